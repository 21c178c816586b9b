// Mock of dlib's public API (dlib/geometry.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_DLIB_GEOMETRY_H
#define AIACT_MOCK_DLIB_GEOMETRY_H

namespace dlib {

// The real point is vector<long,2>.
class point {
public:
  point();
  point(long x, long y);
  long x() const;
  long y() const;
};

class rectangle {
public:
  rectangle();
  rectangle(long left, long top, long right, long bottom);
  long left() const;
  long top() const;
  long right() const;
  long bottom() const;
  unsigned long width() const;
  unsigned long height() const;
  unsigned long area() const;
  bool is_empty() const;
};

} // namespace dlib

#endif // AIACT_MOCK_DLIB_GEOMETRY_H
