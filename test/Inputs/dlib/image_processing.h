// Mock of dlib's public API (dlib/image_processing.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_DLIB_IMAGE_PROCESSING_H
#define AIACT_MOCK_DLIB_IMAGE_PROCESSING_H

#include "dlib/array2d.h"
#include "dlib/geometry.h"
#include "dlib/matrix.h"
#include "dlib/serialize.h"

#include <vector>

namespace dlib {

// A detected object and its landmarks ("parts").
class full_object_detection {
public:
  full_object_detection();
  full_object_detection(const rectangle &rect, const std::vector<point> &parts);
  const rectangle &get_rect() const;
  unsigned long num_parts() const;
  const point &part(unsigned long idx) const;
};

// Landmarks inside a detected rectangle.
class shape_predictor {
public:
  shape_predictor();
  template <typename image_type>
  full_object_detection operator()(const image_type &img,
                                   const rectangle &rect) const;
};

// Where to cut an aligned chip out of an image.
struct chip_details {
  chip_details();
  chip_details(const rectangle &rect, unsigned long size);
  rectangle rect;
  double angle;
  unsigned long rows;
  unsigned long cols;
};

chip_details get_face_chip_details(const full_object_detection &det,
                                   const unsigned long size = 200,
                                   const double padding = 0.2);
std::vector<chip_details>
get_face_chip_details(const std::vector<full_object_detection> &dets,
                      const unsigned long size = 200,
                      const double padding = 0.2);

template <typename image_type1, typename image_type2>
void extract_image_chip(const image_type1 &img, const chip_details &location,
                        image_type2 &chip);
template <typename image_type1, typename image_type2>
void extract_image_chips(const image_type1 &img,
                         const std::vector<chip_details> &chip_locations,
                         std::vector<image_type2> &chips);

} // namespace dlib

#endif // AIACT_MOCK_DLIB_IMAGE_PROCESSING_H
