// Mock of SeetaFace6's public API (seeta/FaceLandmarker.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_SEETA_FACELANDMARKER_H
#define AIACT_MOCK_SEETA_FACELANDMARKER_H

#include "seeta/Common/Struct.h"

#include <cstdint>
#include <vector>

namespace seeta {
namespace v6 {

class FaceLandmarker {
public:
  SEETA_API explicit FaceLandmarker(const SeetaModelSetting &setting);
  SEETA_API ~FaceLandmarker();

  SEETA_API int number() const;
  SEETA_API void mark(const SeetaImageData &image, const SeetaRect &face,
                      SeetaPointF *points) const;
  SEETA_API void mark(const SeetaImageData &image, const SeetaRect &face,
                      SeetaPointF *points, int32_t *mask) const;
  std::vector<SeetaPointF> mark(const SeetaImageData &image,
                                const SeetaRect &face) const;

private:
  FaceLandmarker(const FaceLandmarker &) = delete;
  const FaceLandmarker &operator=(const FaceLandmarker &) = delete;
};

} // namespace v6
using namespace v6;
} // namespace seeta

#endif // AIACT_MOCK_SEETA_FACELANDMARKER_H
