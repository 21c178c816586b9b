// Mock of SeetaFace6's public API (seeta/FaceDatabase.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_SEETA_FACEDATABASE_H
#define AIACT_MOCK_SEETA_FACEDATABASE_H

#include "seeta/Common/Struct.h"

#include <cstddef>
#include <cstdint>

namespace seeta {
namespace v6 {

class FaceRecognizer;

// A gallery of registered faces: Register adds one, Query and QueryTop
// search it, Compare matches two images.
class FaceDatabase {
public:
  SEETA_API explicit FaceDatabase(const SeetaModelSetting &setting);
  SEETA_API explicit FaceDatabase(const SeetaModelSetting &setting,
                                  int extraction_core_number,
                                  int comparation_core_number);
  SEETA_API ~FaceDatabase();

  SEETA_API float Compare(const SeetaImageData &image1,
                          const SeetaPointF *points1,
                          const SeetaImageData &image2,
                          const SeetaPointF *points2) const;
  SEETA_API float CompareByCroppedFace(const SeetaImageData &cropped_face_image1,
                                       const SeetaImageData &cropped_face_image2) const;

  SEETA_API int64_t Register(const SeetaImageData &image,
                             const SeetaPointF *points);
  SEETA_API int64_t RegisterByCroppedFace(const SeetaImageData &cropped_face_image);
  SEETA_API int Delete(int64_t index);
  SEETA_API void Clear();
  SEETA_API size_t Count() const;

  SEETA_API int64_t Query(const SeetaImageData &image,
                          const SeetaPointF *points,
                          float *similarity = nullptr) const;
  SEETA_API int64_t QueryByCroppedFace(const SeetaImageData &cropped_face_image,
                                       float *similarity = nullptr) const;
  SEETA_API size_t QueryTop(const SeetaImageData &image,
                            const SeetaPointF *points, size_t N,
                            int64_t *index, float *similarity) const;
  SEETA_API size_t QueryTopByCroppedFace(const SeetaImageData &cropped_face_image,
                                         size_t N, int64_t *index,
                                         float *similarity) const;
  SEETA_API size_t QueryAbove(const SeetaImageData &image,
                              const SeetaPointF *points, float threshold,
                              size_t N, int64_t *index,
                              float *similarity) const;

  SEETA_API bool Save(const char *path) const;
  SEETA_API bool Load(const char *path);

private:
  FaceDatabase(const FaceDatabase &other) = delete;
  const FaceDatabase &operator=(const FaceDatabase &other) = delete;
};

} // namespace v6
using namespace v6;
} // namespace seeta

#endif // AIACT_MOCK_SEETA_FACEDATABASE_H
