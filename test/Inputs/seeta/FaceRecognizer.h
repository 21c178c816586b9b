// Mock of SeetaFace6's public API (seeta/FaceRecognizer.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_SEETA_FACERECOGNIZER_H
#define AIACT_MOCK_SEETA_FACERECOGNIZER_H

#include "seeta/Common/Struct.h"

namespace seeta {
namespace v6 {

// Face features (GetExtractFeatureSize() floats) and their similarity.
class FaceRecognizer {
public:
  enum Property { PROPERTY_NUMBER_THREADS = 4, PROPERTY_ARM_CPU_MODE = 5 };

  SEETA_API explicit FaceRecognizer(const SeetaModelSetting &setting);
  SEETA_API ~FaceRecognizer();

  SEETA_API static int GetCropFaceWidth();
  SEETA_API static int GetCropFaceHeight();
  SEETA_API static int GetCropFaceChannels();
  SEETA_API static bool CropFace(const SeetaImageData &image,
                                 const SeetaPointF *points,
                                 SeetaImageData &face);

  SEETA_API int GetExtractFeatureSize() const;
  SEETA_API bool ExtractCroppedFace(const SeetaImageData &image,
                                    float *features) const;
  SEETA_API bool Extract(const SeetaImageData &image,
                         const SeetaPointF *points, float *features) const;
  SEETA_API float CalculateSimilarity(const float *features1,
                                      const float *features2) const;

  SEETA_API int GetCropFaceWidthV2() const;
  SEETA_API int GetCropFaceHeightV2() const;
  SEETA_API int GetCropFaceChannelsV2() const;
  SEETA_API bool CropFaceV2(const SeetaImageData &image,
                            const SeetaPointF *points, SeetaImageData &face);

  SEETA_API void set(Property property, double value);
  SEETA_API double get(Property property) const;

private:
  FaceRecognizer(const FaceRecognizer &) = delete;
  const FaceRecognizer &operator=(const FaceRecognizer &) = delete;
};

} // namespace v6
using namespace v6;
} // namespace seeta

#endif // AIACT_MOCK_SEETA_FACERECOGNIZER_H
