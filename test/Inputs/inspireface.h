// Mock of InspireFace's public C API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_INSPIREFACE_H
#define AIACT_MOCK_INSPIREFACE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Handles and scalar types (intypedef.h in the real SDK). */
typedef void *HFImageStream;
typedef void **PHFImageStream;
typedef void *HFSession;
typedef void **PHFSession;
typedef void *HFImageBitmap;
typedef void **PHFImageBitmap;
typedef void *HPVoid;
typedef float HFloat;
typedef float *HPFloat;
typedef unsigned char HUInt8;
typedef unsigned char *HPUInt8;
typedef signed int HInt32;
typedef signed int HOption;
typedef signed int *HPInt32;
typedef int64_t HFaceId;
typedef int64_t *HPFaceId;
typedef long HResult;
typedef char *HString;
typedef const char *HPath;
typedef char *HPBuffer;

typedef struct HFaceRect {
  HInt32 x;
  HInt32 y;
  HInt32 width;
  HInt32 height;
} HFaceRect, *PHFaceRect;

typedef struct HPoint2f {
  HFloat x;
  HFloat y;
} HPoint2f, *PHPoint2f;

/* Result codes (herror.h in the real SDK). */
#define HSUCCEED (0)

/* Features a session is created with. */
#define HF_ENABLE_NONE 0x00000000
#define HF_ENABLE_FACE_RECOGNITION 0x00000002
#define HF_ENABLE_LIVENESS 0x00000004
#define HF_ENABLE_IR_LIVENESS 0x00000008
#define HF_ENABLE_MASK_DETECT 0x00000010
#define HF_ENABLE_FACE_ATTRIBUTE 0x00000020
#define HF_ENABLE_QUALITY 0x00000080
#define HF_ENABLE_INTERACTION 0x00000100
#define HF_ENABLE_FACE_POSE 0x00000200
#define HF_ENABLE_FACE_EMOTION 0x00000400

typedef enum HFImageFormat {
  HF_STREAM_RGB = 0,
  HF_STREAM_BGR = 1,
  HF_STREAM_RGBA = 2,
  HF_STREAM_BGRA = 3,
  HF_STREAM_YUV_NV12 = 4,
  HF_STREAM_YUV_NV21 = 5,
  HF_STREAM_I420 = 6,
  HF_STREAM_GRAY = 7,
} HFImageFormat;

typedef enum HFRotation {
  HF_CAMERA_ROTATION_0 = 0,
  HF_CAMERA_ROTATION_90 = 1,
  HF_CAMERA_ROTATION_180 = 2,
  HF_CAMERA_ROTATION_270 = 3,
} HFRotation;

typedef struct HFImageData {
  HPUInt8 data;
  HInt32 width;
  HInt32 height;
  HFImageFormat format;
  HFRotation rotation;
} HFImageData, *PHFImageData;

HResult HFCreateImageStream(PHFImageData data, PHFImageStream handle);
HResult HFReleaseImageStream(HFImageStream streamHandle);
HResult HFCreateImageBitmapFromFilePath(HPath filePath, HInt32 channels,
                                        PHFImageBitmap handle);
HResult HFCreateImageStreamFromImageBitmap(HFImageBitmap handle,
                                           HFRotation rotation,
                                           PHFImageStream streamHandle);
HResult HFReleaseImageBitmap(HFImageBitmap handle);

/* Loads the resource pack (the models). */
HResult HFLaunchInspireFace(HPath resourcePath);
HResult HFTerminateInspireFace(void);

typedef struct HFSessionCustomParameter {
  HInt32 enable_recognition;
  HInt32 enable_liveness;
  HInt32 enable_ir_liveness;
  HInt32 enable_mask_detect;
  HInt32 enable_face_quality;
  HInt32 enable_face_attribute;
  HInt32 enable_interaction_liveness;
  HInt32 enable_detect_mode_landmark;
  HInt32 enable_face_pose;
  HInt32 enable_face_emotion;
} HFSessionCustomParameter, *PHFSessionCustomParameter;

typedef enum HFDetectMode {
  HF_DETECT_MODE_ALWAYS_DETECT,
  HF_DETECT_MODE_LIGHT_TRACK,
  HF_DETECT_MODE_TRACK_BY_DETECTION,
} HFDetectMode;

HResult HFCreateInspireFaceSession(HFSessionCustomParameter parameter,
                                   HFDetectMode detectMode,
                                   HInt32 maxDetectFaceNum,
                                   HInt32 detectPixelLevel,
                                   HInt32 trackByDetectModeFPS,
                                   PHFSession handle);
HResult HFCreateInspireFaceSessionOptional(HOption customOption,
                                           HFDetectMode detectMode,
                                           HInt32 maxDetectFaceNum,
                                           HInt32 detectPixelLevel,
                                           HInt32 trackByDetectModeFPS,
                                           PHFSession handle);
HResult HFReleaseInspireFaceSession(HFSession handle);

/* Detection and tracking: one token per face found. */
typedef struct HFFaceBasicToken {
  HInt32 size;
  HPVoid data;
} HFFaceBasicToken, *PHFFaceBasicToken;

typedef struct HFFaceEulerAngle {
  HPFloat roll;
  HPFloat yaw;
  HPFloat pitch;
} HFFaceEulerAngle;

typedef struct HFMultipleFaceData {
  HInt32 detectedNum;
  PHFaceRect rects;
  HPInt32 trackIds;
  HPInt32 trackCounts;
  HPFloat detConfidence;
  HFFaceEulerAngle angles;
  PHFFaceBasicToken tokens;
} HFMultipleFaceData, *PHFMultipleFaceData;

HResult HFExecuteFaceTrack(HFSession session, HFImageStream streamHandle,
                           PHFMultipleFaceData results);

/* Recognition: a feature vector per face, and their comparison. */
typedef struct HFFaceFeature {
  HInt32 size;
  HPFloat data;
} HFFaceFeature, *PHFFaceFeature;

HResult HFFaceFeatureExtract(HFSession session, HFImageStream streamHandle,
                             HFFaceBasicToken singleFace,
                             PHFFaceFeature feature);
HResult HFFaceFeatureExtractTo(HFSession session, HFImageStream streamHandle,
                               HFFaceBasicToken singleFace,
                               HFFaceFeature feature);
HResult HFFaceFeatureExtractCpy(HFSession session, HFImageStream streamHandle,
                                HFFaceBasicToken singleFace, HPFloat feature);
HResult HFCreateFaceFeature(PHFFaceFeature feature);
HResult HFReleaseFaceFeature(PHFFaceFeature feature);
HResult HFFaceComparison(HFFaceFeature feature1, HFFaceFeature feature2,
                         HPFloat result);
HResult HFGetRecommendedCosineThreshold(HPFloat threshold);
HResult HFGetFeatureLength(HPInt32 num);

/* The feature hub: a gallery of enrolled features, searched by the SDK. */
typedef enum HFSearchMode {
  HF_SEARCH_MODE_EAGER = 0,
  HF_SEARCH_MODE_EXHAUSTIVE,
} HFSearchMode;

typedef enum HFPKMode {
  HF_PK_AUTO_INCREMENT = 0,
  HF_PK_MANUAL_INPUT,
} HFPKMode;

typedef struct HFFeatureHubConfiguration {
  HFPKMode primaryKeyMode;
  HInt32 enablePersistence;
  HString persistenceDbPath;
  HFloat searchThreshold;
  HFSearchMode searchMode;
} HFFeatureHubConfiguration;

typedef struct HFFaceFeatureIdentity {
  HFaceId id;
  PHFFaceFeature feature;
} HFFaceFeatureIdentity, *PHFFaceFeatureIdentity;

typedef struct HFSearchTopKResults {
  HInt32 size;
  HPFloat confidence;
  HPFaceId ids;
} HFSearchTopKResults, *PHFSearchTopKResults;

HResult HFFeatureHubDataEnable(HFFeatureHubConfiguration configuration);
HResult HFFeatureHubDataDisable(void);
HResult HFFeatureHubFaceSearchThresholdSetting(HFloat threshold);
HResult HFFeatureHubInsertFeature(HFFaceFeatureIdentity featureIdentity,
                                  HPFaceId allocId);
HResult HFFeatureHubFaceSearch(HFFaceFeature searchFeature,
                               HPFloat confidence,
                               PHFFaceFeatureIdentity mostSimilar);
HResult HFFeatureHubFaceSearchTopK(HFFaceFeature searchFeature, HInt32 topK,
                                   PHFSearchTopKResults results);
HResult HFFeatureHubFaceRemove(HFaceId id);
HResult HFFeatureHubFaceUpdate(HFFaceFeatureIdentity featureIdentity);
HResult HFFeatureHubGetFaceIdentity(HFaceId customId,
                                    PHFFaceFeatureIdentity identity);
HResult HFFeatureHubGetFaceCount(HPInt32 count);

/* The per-face pipeline (liveness, mask, quality, attributes, emotion);
 * results are read with the getters below. */
HResult HFMultipleFacePipelineProcess(HFSession session,
                                      HFImageStream streamHandle,
                                      PHFMultipleFaceData faces,
                                      HFSessionCustomParameter parameter);
HResult HFMultipleFacePipelineProcessOptional(HFSession session,
                                              HFImageStream streamHandle,
                                              PHFMultipleFaceData faces,
                                              HInt32 customOption);

typedef struct HFRGBLivenessConfidence {
  HInt32 num;
  HPFloat confidence;
} HFRGBLivenessConfidence, *PHFRGBLivenessConfidence;
HResult HFGetRGBLivenessConfidence(HFSession session,
                                   PHFRGBLivenessConfidence confidence);

/* race: 0 Black, 1 Asian, 2 Latino/Hispanic, 3 Middle Eastern, 4 White;
 * gender: 0 female, 1 male; ageBracket: 0 (0-2) to 8 (70+). */
typedef struct HFFaceAttributeResult {
  HInt32 num;
  HPInt32 race;
  HPInt32 gender;
  HPInt32 ageBracket;
} HFFaceAttributeResult, *PHFFaceAttributeResult;
HResult HFGetFaceAttributeResult(HFSession session,
                                 PHFFaceAttributeResult results);

/* emotion: 0 neutral, 1 happy, 2 sad, 3 surprise, 4 fear, 5 disgust,
 * 6 anger. */
typedef struct HFFaceEmotionResult {
  HInt32 num;
  HPInt32 emotion;
} HFFaceEmotionResult, *PHFFaceEmotionResult;
HResult HFGetFaceEmotionResult(HFSession session, PHFFaceEmotionResult result);

#ifdef __cplusplus
}
#endif

#endif /* AIACT_MOCK_INSPIREFACE_H */
