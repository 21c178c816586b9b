// Mock of OpenCV's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OPENCV_CORE_HPP
#define AIACT_MOCK_OPENCV_CORE_HPP

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#define CV_8U 0
#define CV_32F 5
#define CV_8UC1 0
#define CV_8UC3 16
#define CV_32FC1 5

namespace cv {

typedef std::string String;
typedef unsigned char uchar;

template <typename T> using Ptr = std::shared_ptr<T>;

template <typename T, typename... A> Ptr<T> makePtr(A &&...args);

template <typename T> class Size_ {
public:
  Size_();
  Size_(T width, T height);
  T area() const;
  T width, height;
};
typedef Size_<int> Size;

template <typename T> class Point_ {
public:
  Point_();
  Point_(T x, T y);
  T x, y;
};
typedef Point_<int> Point;
typedef Point_<float> Point2f;

template <typename T> class Rect_ {
public:
  Rect_();
  Rect_(T x, T y, T width, T height);
  T area() const;
  T x, y, width, height;
};
typedef Rect_<int> Rect;

class Scalar {
public:
  Scalar();
  Scalar(double v0, double v1 = 0, double v2 = 0, double v3 = 0);
  double val[4];
};

enum NormTypes {
  NORM_INF = 1,
  NORM_L1 = 2,
  NORM_L2 = 4,
  NORM_L2SQR = 5,
  NORM_HAMMING = 6,
  NORM_MINMAX = 32,
};

class _InputArray;

class Mat {
public:
  Mat();
  Mat(int rows, int cols, int type);
  void create(int rows, int cols, int type);
  Mat(int rows, int cols, int type, void *data);
  Mat(const Mat &m);
  Mat &operator=(const Mat &m);
  ~Mat();

  Mat operator()(const Rect &roi) const;
  Mat row(int y) const;
  Mat rowRange(int startrow, int endrow) const;
  Mat clone() const;
  void copyTo(Mat &m) const;
  void release();
  bool empty() const;
  size_t total() const;
  int type() const;
  int channels() const;
  double dot(const _InputArray &m) const;
  Mat reshape(int cn, int rows = 0) const;
  template <typename T> T &at(int row, int col);
  template <typename T> const T &at(int row, int col) const;
  template <typename T> T *ptr(int row = 0);
  template <typename T> const T *ptr(int row = 0) const;

  int rows, cols;
  uchar *data;
};

class _InputArray {
public:
  _InputArray();
  _InputArray(const Mat &m);
  _InputArray(const Scalar &s);
  _InputArray(const double &val);
  _InputArray(const std::vector<uchar> &vec);
  _InputArray(const std::vector<float> &vec);
  template <typename T> _InputArray(const std::vector<T> &vec);
  Mat getMat(int idx = -1) const;
};

class _OutputArray : public _InputArray {
public:
  _OutputArray();
  _OutputArray(Mat &m);
  _OutputArray(std::vector<uchar> &vec);
  _OutputArray(std::vector<float> &vec);
  template <typename T> _OutputArray(std::vector<T> &vec);
};

class _InputOutputArray : public _OutputArray {
public:
  _InputOutputArray();
  _InputOutputArray(Mat &m);
};

typedef const _InputArray &InputArray;
typedef const _OutputArray &OutputArray;
typedef const _InputOutputArray &InputOutputArray;

InputOutputArray noArray();

double norm(InputArray src1, int normType = NORM_L2,
            InputArray mask = noArray());
double norm(InputArray src1, InputArray src2, int normType = NORM_L2,
            InputArray mask = noArray());
void randn(InputOutputArray dst, InputArray mean, InputArray stddev);
void normalize(InputArray src, InputOutputArray dst, double alpha = 1,
               double beta = 0, int normType = NORM_L2, int dtype = -1);

class Algorithm {
public:
  Algorithm();
  virtual ~Algorithm();
  virtual void clear();
  virtual bool empty() const;
  virtual void save(const String &filename) const;
};

} // namespace cv

#endif // AIACT_MOCK_OPENCV_CORE_HPP
