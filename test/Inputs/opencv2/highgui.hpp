// Mock of OpenCV's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OPENCV_HIGHGUI_HPP
#define AIACT_MOCK_OPENCV_HIGHGUI_HPP

#include "opencv2/core.hpp"

namespace cv {

void namedWindow(const String &winname, int flags = 1);
void imshow(const String &winname, InputArray mat);
int waitKey(int delay = 0);
void destroyAllWindows();

} // namespace cv

#endif // AIACT_MOCK_OPENCV_HIGHGUI_HPP
