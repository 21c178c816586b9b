// Mock of OpenCV's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OPENCV_IMGPROC_HPP
#define AIACT_MOCK_OPENCV_IMGPROC_HPP

#include "opencv2/core.hpp"

namespace cv {

enum ColorConversionCodes {
  COLOR_BGR2RGB = 4,
  COLOR_RGB2BGR = COLOR_BGR2RGB,
  COLOR_BGR2GRAY = 6,
};

enum InterpolationFlags { INTER_NEAREST = 0, INTER_LINEAR = 1 };
enum LineTypes { FILLED = -1, LINE_4 = 4, LINE_8 = 8, LINE_AA = 16 };
enum HersheyFonts { FONT_HERSHEY_SIMPLEX = 0, FONT_HERSHEY_PLAIN = 1 };

void GaussianBlur(InputArray src, OutputArray dst, Size ksize, double sigmaX,
                  double sigmaY = 0);
void cvtColor(InputArray src, OutputArray dst, int code, int dstCn = 0);
void resize(InputArray src, OutputArray dst, Size dsize, double fx = 0,
            double fy = 0, int interpolation = INTER_LINEAR);
void rectangle(InputOutputArray img, Rect rec, const Scalar &color,
               int thickness = 1, int lineType = LINE_8, int shift = 0);
void putText(InputOutputArray img, const String &text, Point org, int fontFace,
             double fontScale, Scalar color, int thickness = 1,
             int lineType = LINE_8, bool bottomLeftOrigin = false);

} // namespace cv

#endif // AIACT_MOCK_OPENCV_IMGPROC_HPP
