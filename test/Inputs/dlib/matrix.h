// Mock of dlib's public API (dlib/matrix.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_DLIB_MATRIX_H
#define AIACT_MOCK_DLIB_MATRIX_H

namespace dlib {

struct rgb_pixel {
  rgb_pixel();
  rgb_pixel(unsigned char red, unsigned char green, unsigned char blue);
  unsigned char red;
  unsigned char green;
  unsigned char blue;
};

// The real template also takes a memory manager and a layout, and its
// arithmetic returns lazy matrix expressions rather than matrices.
template <typename T, long num_rows = 0, long num_cols = 0> class matrix {
public:
  typedef T type;
  matrix();
  explicit matrix(long length);
  matrix(long rows, long cols);
  long nr() const;
  long nc() const;
  long size() const;
  void set_size(long rows, long cols);
  T &operator()(long r, long c);
  const T &operator()(long r, long c) const;
  T &operator()(long i);
  const T &operator()(long i) const;
  T *begin();
  T *end();
  const T *begin() const;
  const T *end() const;
};

template <typename T, long NR, long NC>
matrix<T, NR, NC> operator-(const matrix<T, NR, NC> &a,
                            const matrix<T, NR, NC> &b);
template <typename T, long NR, long NC>
matrix<T, NR, NC> operator+(const matrix<T, NR, NC> &a,
                            const matrix<T, NR, NC> &b);

// Euclidean length, its square, and the dot product.
template <typename T, long NR, long NC> T length(const matrix<T, NR, NC> &m);
template <typename T, long NR, long NC>
T length_squared(const matrix<T, NR, NC> &m);
template <typename T, long NR, long NC>
T dot(const matrix<T, NR, NC> &a, const matrix<T, NR, NC> &b);

template <typename T, long NR, long NC>
matrix<T, NC, NR> trans(const matrix<T, NR, NC> &m);

} // namespace dlib

#endif // AIACT_MOCK_DLIB_MATRIX_H
