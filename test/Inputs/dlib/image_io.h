// Mock of dlib's public API (dlib/image_io.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_DLIB_IMAGE_IO_H
#define AIACT_MOCK_DLIB_IMAGE_IO_H

#include "dlib/array2d.h"
#include "dlib/matrix.h"

#include <string>

namespace dlib {

template <typename image_type>
void load_image(image_type &image, const std::string &file_name);
template <typename image_type>
void save_png(const image_type &image, const std::string &file_name);
template <typename image_type>
void save_jpeg(const image_type &image, const std::string &file_name,
               int quality = 75);

} // namespace dlib

#endif // AIACT_MOCK_DLIB_IMAGE_IO_H
