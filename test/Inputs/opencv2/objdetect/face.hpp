// Mock of OpenCV's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OPENCV_OBJDETECT_FACE_HPP
#define AIACT_MOCK_OPENCV_OBJDETECT_FACE_HPP

#include "opencv2/core.hpp"

namespace cv {

class FaceDetectorYN {
public:
  virtual ~FaceDetectorYN() {}

  virtual void setInputSize(const Size &input_size) = 0;
  virtual Size getInputSize() = 0;
  virtual void setScoreThreshold(float score_threshold) = 0;
  virtual float getScoreThreshold() = 0;
  virtual void setNMSThreshold(float nms_threshold) = 0;
  virtual float getNMSThreshold() = 0;
  virtual void setTopK(int top_k) = 0;
  virtual int getTopK() = 0;
  virtual int detect(InputArray image, OutputArray faces) = 0;

  static Ptr<FaceDetectorYN>
  create(const String &model, const String &config, const Size &input_size,
         float score_threshold = 0.9f, float nms_threshold = 0.3f,
         int top_k = 5000, int backend_id = 0, int target_id = 0);
};

class FaceRecognizerSF {
public:
  virtual ~FaceRecognizerSF() {}

  enum DisType { FR_COSINE = 0, FR_NORM_L2 = 1 };

  virtual void alignCrop(InputArray src_img, InputArray face_box,
                         OutputArray aligned_img) const = 0;
  virtual void feature(InputArray aligned_img, OutputArray face_feature) = 0;
  virtual double match(InputArray face_feature1, InputArray face_feature2,
                       int dis_type = FaceRecognizerSF::FR_COSINE) const = 0;

  static Ptr<FaceRecognizerSF> create(const String &model, const String &config,
                                      int backend_id = 0, int target_id = 0);
};

} // namespace cv

#endif // AIACT_MOCK_OPENCV_OBJDETECT_FACE_HPP
