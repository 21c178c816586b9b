// Mock of dlib's public API (dlib/opencv.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_DLIB_OPENCV_H
#define AIACT_MOCK_DLIB_OPENCV_H

#include "dlib/matrix.h"
#include "opencv2/core.hpp"

namespace dlib {

// A dlib image view of a cv::Mat's pixels, without a copy.
template <typename pixel_type> class cv_image {
public:
  cv_image();
  cv_image(const cv::Mat &img);
  long nr() const;
  long nc() const;
};

template <typename image_type> cv::Mat toMat(image_type &img);

} // namespace dlib

#endif // AIACT_MOCK_DLIB_OPENCV_H
