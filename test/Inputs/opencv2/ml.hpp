// Mock of OpenCV's public API (opencv2/ml.hpp) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OPENCV_ML_HPP
#define AIACT_MOCK_OPENCV_ML_HPP

#include "opencv2/core.hpp"

namespace cv {
namespace ml {

enum SampleTypes { ROW_SAMPLE = 0, COL_SAMPLE = 1 };

class StatModel : public Algorithm {
public:
  virtual int getVarCount() const = 0;
  virtual bool isTrained() const = 0;
  virtual bool isClassifier() const = 0;
  virtual bool train(InputArray samples, int layout, InputArray responses);
  virtual float predict(InputArray samples, OutputArray results = noArray(),
                        int flags = 0) const = 0;
};

// k nearest neighbours over the training samples.
class KNearest : public StatModel {
public:
  enum Types { BRUTE_FORCE = 1, KDTREE = 2 };

  virtual int getDefaultK() const = 0;
  virtual void setDefaultK(int val) = 0;
  virtual bool getIsClassifier() const = 0;
  virtual void setIsClassifier(bool val) = 0;
  virtual int getAlgorithmType() const = 0;
  virtual void setAlgorithmType(int val) = 0;
  virtual float findNearest(InputArray samples, int k, OutputArray results,
                            OutputArray neighborResponses = noArray(),
                            OutputArray dist = noArray()) const = 0;

  static Ptr<KNearest> create();
  static Ptr<KNearest> load(const String &filepath);
};

} // namespace ml
} // namespace cv

#endif // AIACT_MOCK_OPENCV_ML_HPP
