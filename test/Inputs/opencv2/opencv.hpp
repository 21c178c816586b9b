// Mock of OpenCV's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OPENCV_HPP
#define AIACT_MOCK_OPENCV_HPP

#include "opencv2/core.hpp"
#include "opencv2/highgui.hpp"
#include "opencv2/imgcodecs.hpp"
#include "opencv2/imgproc.hpp"
#include "opencv2/objdetect.hpp"
#include "opencv2/videoio.hpp"

#endif // AIACT_MOCK_OPENCV_HPP
