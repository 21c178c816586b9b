// Mock of OpenCV's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OPENCV_IMGCODECS_HPP
#define AIACT_MOCK_OPENCV_IMGCODECS_HPP

#include "opencv2/core.hpp"

namespace cv {

enum ImreadModes {
  IMREAD_UNCHANGED = -1,
  IMREAD_GRAYSCALE = 0,
  IMREAD_COLOR = 1,
};

Mat imread(const String &filename, int flags = IMREAD_COLOR);
bool imwrite(const String &filename, InputArray img,
             const std::vector<int> &params = std::vector<int>());
Mat imdecode(InputArray buf, int flags);
bool imencode(const String &ext, InputArray img, std::vector<uchar> &buf,
              const std::vector<int> &params = std::vector<int>());

} // namespace cv

#endif // AIACT_MOCK_OPENCV_IMGCODECS_HPP
