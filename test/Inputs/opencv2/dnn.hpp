// Mock of OpenCV's public API (opencv2/dnn.hpp) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OPENCV_DNN_HPP
#define AIACT_MOCK_OPENCV_DNN_HPP

#include "opencv2/core.hpp"

namespace cv {

// Declared by the real core.hpp; the core mock has no arrays of arrays.
typedef const _InputArray &InputArrayOfArrays;
typedef const _OutputArray &OutputArrayOfArrays;

namespace dnn {
// The real header wraps everything in a versioned inline namespace
// (CV__DNN_INLINE_NS); qualified names leave it out.
inline namespace dnn4_v20241223 {

enum Backend {
  DNN_BACKEND_DEFAULT = 0,
  DNN_BACKEND_INFERENCE_ENGINE = 2,
  DNN_BACKEND_OPENCV = 3,
  DNN_BACKEND_CUDA = 5,
};

enum Target {
  DNN_TARGET_CPU = 0,
  DNN_TARGET_OPENCL = 1,
  DNN_TARGET_OPENCL_FP16 = 2,
  DNN_TARGET_CUDA = 6,
  DNN_TARGET_CUDA_FP16 = 7,
};

class Net {
public:
  Net();
  ~Net();
  bool empty() const;
  std::vector<String> getLayerNames() const;
  std::vector<String> getUnconnectedOutLayersNames() const;
  void setInput(InputArray blob, const String &name = "",
                double scalefactor = 1.0, const Scalar &mean = Scalar());
  Mat forward(const String &outputName = String());
  void forward(OutputArrayOfArrays outputBlobs,
               const String &outputName = String());
  void forward(OutputArrayOfArrays outputBlobs,
               const std::vector<String> &outBlobNames);
  void forward(std::vector<std::vector<Mat>> &outputBlobs,
               const std::vector<String> &outBlobNames);
  void setPreferableBackend(int backendId);
  void setPreferableTarget(int targetId);
};

Net readNet(const String &model, const String &config = "",
            const String &framework = "");
Net readNetFromONNX(const String &onnxFile);
Net readNetFromCaffe(const String &prototxt,
                     const String &caffeModel = String());
Net readNetFromTensorflow(const String &model, const String &config = String());
Net readNetFromDarknet(const String &cfgFile,
                       const String &darknetModel = String());

Mat blobFromImage(InputArray image, double scalefactor = 1.0,
                  const Size &size = Size(), const Scalar &mean = Scalar(),
                  bool swapRB = false, bool crop = false, int ddepth = CV_32F);
void blobFromImage(InputArray image, OutputArray blob,
                   double scalefactor = 1.0, const Size &size = Size(),
                   const Scalar &mean = Scalar(), bool swapRB = false,
                   bool crop = false, int ddepth = CV_32F);

void NMSBoxes(const std::vector<Rect> &bboxes,
              const std::vector<float> &scores, const float score_threshold,
              const float nms_threshold, std::vector<int> &indices,
              const float eta = 1.f, const int top_k = 0);

} // namespace dnn4_v20241223
} // namespace dnn
} // namespace cv

#endif // AIACT_MOCK_OPENCV_DNN_HPP
