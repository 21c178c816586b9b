// Mock of ncnn's public API (ncnn/mat.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_NCNN_MAT_H
#define AIACT_MOCK_NCNN_MAT_H

#include <cstddef>

namespace ncnn {

class Allocator;

class Mat {
public:
  enum PixelType {
    PIXEL_CONVERT_SHIFT = 16,
    PIXEL_FORMAT_MASK = 0x0000ffff,
    PIXEL_CONVERT_MASK = 0xffff0000,
    PIXEL_RGB = 1,
    PIXEL_BGR = 2,
    PIXEL_GRAY = 3,
    PIXEL_RGBA = 4,
    PIXEL_BGRA = 5,
    PIXEL_RGB2BGR = PIXEL_RGB | (PIXEL_BGR << PIXEL_CONVERT_SHIFT),
    PIXEL_BGR2RGB = PIXEL_BGR | (PIXEL_RGB << PIXEL_CONVERT_SHIFT),
  };

  Mat();
  Mat(int w, size_t elemsize = 4u, Allocator *allocator = 0);
  Mat(int w, int h, size_t elemsize = 4u, Allocator *allocator = 0);
  Mat(int w, int h, int c, size_t elemsize = 4u, Allocator *allocator = 0);
  // Wraps external data without copying it.
  Mat(int w, void *data, size_t elemsize = 4u, Allocator *allocator = 0);
  Mat(const Mat &m);
  ~Mat();
  Mat &operator=(const Mat &m);

  static Mat from_pixels(const unsigned char *pixels, int type, int w, int h,
                         Allocator *allocator = 0);
  static Mat from_pixels_resize(const unsigned char *pixels, int type, int w,
                                int h, int target_width, int target_height,
                                Allocator *allocator = 0);
  void to_pixels(unsigned char *pixels, int type) const;
  void substract_mean_normalize(const float *mean_vals,
                                const float *norm_vals);

  Mat reshape(int w, Allocator *allocator = 0) const;
  Mat channel(int c);
  const Mat channel(int c) const;
  float *row(int y);
  const float *row(int y) const;
  template <typename T> T *row(int y);
  template <typename T> operator T *();
  template <typename T> operator const T *() const;
  float &operator[](size_t i);
  const float &operator[](size_t i) const;
  bool empty() const;
  size_t total() const;

  void *data;
  size_t elemsize;
  int dims;
  int w;
  int h;
  int d;
  int c;
};

} // namespace ncnn

#endif // AIACT_MOCK_NCNN_MAT_H
