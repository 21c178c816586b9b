// Mock of SeetaFace6's public API (seeta/GenderPredictor.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_SEETA_GENDERPREDICTOR_H
#define AIACT_MOCK_SEETA_GENDERPREDICTOR_H

#include "seeta/Common/Struct.h"

namespace seeta {
namespace v6 {

class GenderPredictor {
public:
  enum Property { PROPERTY_NUMBER_THREADS = 4, PROPERTY_ARM_CPU_MODE = 5 };
  enum GENDER { MALE, FEMALE };

  SEETA_API explicit GenderPredictor(const SeetaModelSetting &setting);
  SEETA_API ~GenderPredictor();

  SEETA_API int GetCropFaceWidth() const;
  SEETA_API int GetCropFaceHeight() const;
  SEETA_API int GetCropFaceChannels() const;
  SEETA_API bool CropFace(const SeetaImageData &image,
                          const SeetaPointF *points,
                          SeetaImageData &face) const;
  SEETA_API bool PredictGender(const SeetaImageData &image,
                               GENDER &gender) const;
  SEETA_API bool PredictGenderWithCrop(const SeetaImageData &image,
                                       const SeetaPointF *points,
                                       GENDER &gender) const;
  SEETA_API void set(Property property, double value);
  SEETA_API double get(Property property) const;

private:
  GenderPredictor(const GenderPredictor &) = delete;
  const GenderPredictor &operator=(const GenderPredictor &) = delete;
};

} // namespace v6
using namespace v6;
} // namespace seeta

#endif // AIACT_MOCK_SEETA_GENDERPREDICTOR_H
