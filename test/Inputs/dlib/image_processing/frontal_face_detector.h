// Mock of dlib's public API (dlib/image_processing/frontal_face_detector.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_DLIB_FRONTAL_FACE_DETECTOR_H
#define AIACT_MOCK_DLIB_FRONTAL_FACE_DETECTOR_H

#include "dlib/array2d.h"
#include "dlib/geometry.h"
#include "dlib/matrix.h"

#include <utility>
#include <vector>

namespace dlib {

template <unsigned int N> class pyramid_down {};
class default_fhog_feature_extractor {};

template <typename Pyramid_type,
          typename Feature_extractor_type = default_fhog_feature_extractor>
class scan_fhog_pyramid {};

// A sliding-window HOG detector; frontal_face_detector is one.
template <typename image_scanner_type> class object_detector {
public:
  object_detector();
  template <typename image_type>
  std::vector<rectangle> operator()(const image_type &img,
                                    double adjust_threshold = 0);
  template <typename image_type>
  void operator()(const image_type &img,
                  std::vector<std::pair<double, rectangle>> &final_dets,
                  double adjust_threshold = 0);
};

typedef object_detector<scan_fhog_pyramid<pyramid_down<6>>>
    frontal_face_detector;

frontal_face_detector get_frontal_face_detector();

template <typename image_type> void pyramid_up(image_type &img);

} // namespace dlib

#endif // AIACT_MOCK_DLIB_FRONTAL_FACE_DETECTOR_H
