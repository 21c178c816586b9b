// Mock of OpenCV's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OPENCV_VIDEOIO_HPP
#define AIACT_MOCK_OPENCV_VIDEOIO_HPP

#include "opencv2/core.hpp"

namespace cv {

enum VideoCaptureAPIs { CAP_ANY = 0, CAP_V4L2 = 200, CAP_FFMPEG = 1900 };

enum VideoCaptureProperties {
  CAP_PROP_POS_MSEC = 0,
  CAP_PROP_FRAME_WIDTH = 3,
  CAP_PROP_FRAME_HEIGHT = 4,
  CAP_PROP_FPS = 5,
};

class VideoCapture {
public:
  VideoCapture();
  explicit VideoCapture(const String &filename, int apiPreference = CAP_ANY);
  explicit VideoCapture(int index, int apiPreference = CAP_ANY);
  virtual ~VideoCapture();

  virtual bool open(const String &filename, int apiPreference = CAP_ANY);
  virtual bool open(int index, int apiPreference = CAP_ANY);
  virtual bool isOpened() const;
  virtual void release();
  virtual bool grab();
  virtual bool retrieve(OutputArray image, int flag = 0);
  virtual VideoCapture &operator>>(Mat &image);
  virtual bool read(OutputArray image);
  virtual bool set(int propId, double value);
  virtual double get(int propId) const;
};

class VideoWriter {
public:
  VideoWriter();
  VideoWriter(const String &filename, int fourcc, double fps, Size frameSize,
              bool isColor = true);
  virtual ~VideoWriter();
  virtual bool open(const String &filename, int fourcc, double fps,
                    Size frameSize, bool isColor = true);
  virtual bool isOpened() const;
  virtual void release();
  virtual VideoWriter &operator<<(const Mat &image);
  virtual void write(InputArray image);
  static int fourcc(char c1, char c2, char c3, char c4);
};

} // namespace cv

#endif // AIACT_MOCK_OPENCV_VIDEOIO_HPP
