// Mock of dlib's public API (dlib/array2d.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_DLIB_ARRAY2D_H
#define AIACT_MOCK_DLIB_ARRAY2D_H

namespace dlib {

template <typename T> class array2d {
public:
  typedef T type;
  array2d();
  array2d(long rows, long cols);
  long nr() const;
  long nc() const;
  long size() const;
  void set_size(long rows, long cols);
};

} // namespace dlib

#endif // AIACT_MOCK_DLIB_ARRAY2D_H
