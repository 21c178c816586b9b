// Mock of SeetaFace6's public API (seeta/FaceDetector.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_SEETA_FACEDETECTOR_H
#define AIACT_MOCK_SEETA_FACEDETECTOR_H

#include "seeta/Common/Struct.h"

#include <vector>

// From seeta/CFaceInfo.h.
extern "C" {
struct SeetaFaceInfo {
  SeetaRect pos;
  float score;
};

struct SeetaFaceInfoArray {
  const SeetaFaceInfo *data;
  int size;
};
}

// The SDK's classes live in seeta::v6 and are re-exported into seeta.
namespace seeta {
namespace v6 {

class FaceDetector {
public:
  enum Property {
    PROPERTY_MIN_FACE_SIZE,
    PROPERTY_THRESHOLD,
    PROPERTY_MAX_IMAGE_WIDTH,
    PROPERTY_MAX_IMAGE_HEIGHT,
    PROPERTY_NUMBER_THREADS,
    PROPERTY_ARM_CPU_MODE = 0x101,
  };

  SEETA_API explicit FaceDetector(const SeetaModelSetting &setting);
  SEETA_API ~FaceDetector();

  SEETA_API SeetaFaceInfoArray detect(const SeetaImageData &image) const;
  std::vector<SeetaFaceInfo> detect_v2(const SeetaImageData &image) const;
  SEETA_API void set(Property property, double value);
  SEETA_API double get(Property property) const;

private:
  FaceDetector(const FaceDetector &) = delete;
  const FaceDetector &operator=(const FaceDetector &) = delete;
};

} // namespace v6
using namespace v6;
} // namespace seeta

#endif // AIACT_MOCK_SEETA_FACEDETECTOR_H
