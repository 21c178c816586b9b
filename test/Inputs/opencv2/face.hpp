// Mock of OpenCV's public API (contrib face module) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OPENCV_FACE_HPP
#define AIACT_MOCK_OPENCV_FACE_HPP

#include "opencv2/core.hpp"

#include <cfloat>
#include <map>

namespace cv {

// Declared by the real core.hpp; the core mock has no arrays of arrays.
typedef const _InputArray &InputArrayOfArrays;
typedef const _OutputArray &OutputArrayOfArrays;

namespace face {

class PredictCollector;

// Recognisers that learn a gallery of labelled faces and predict the label
// of the closest one.
class FaceRecognizer : public Algorithm {
public:
  virtual void train(InputArrayOfArrays src, InputArray labels) = 0;
  virtual void update(InputArrayOfArrays src, InputArray labels);
  int predict(InputArray src) const;
  void predict(InputArray src, int &label, double &confidence) const;
  virtual void predict(InputArray src, Ptr<PredictCollector> collector) const = 0;
  virtual void write(const String &filename) const;
  virtual void read(const String &filename);
  virtual bool empty() const = 0;
  virtual void setLabelInfo(int label, const String &strInfo);
  virtual String getLabelInfo(int label) const;
  virtual std::vector<int> getLabelsByString(const String &str) const;
  virtual double getThreshold() const = 0;
  virtual void setThreshold(double val) = 0;

protected:
  std::map<int, String> _labelsInfo;
};

class BasicFaceRecognizer : public FaceRecognizer {
public:
  int getNumComponents() const;
  void setNumComponents(int val);
  std::vector<Mat> getProjections() const;
  Mat getLabels() const;
  Mat getEigenValues() const;
  Mat getEigenVectors() const;
  Mat getMean() const;
};

class EigenFaceRecognizer : public BasicFaceRecognizer {
public:
  static Ptr<EigenFaceRecognizer> create(int num_components = 0,
                                         double threshold = DBL_MAX);
};

class FisherFaceRecognizer : public BasicFaceRecognizer {
public:
  static Ptr<FisherFaceRecognizer> create(int num_components = 0,
                                          double threshold = DBL_MAX);
};

class LBPHFaceRecognizer : public FaceRecognizer {
public:
  virtual int getGridX() const = 0;
  virtual void setGridX(int val) = 0;
  virtual int getGridY() const = 0;
  virtual void setGridY(int val) = 0;
  virtual int getRadius() const = 0;
  virtual void setRadius(int val) = 0;
  virtual int getNeighbors() const = 0;
  virtual void setNeighbors(int val) = 0;
  virtual std::vector<Mat> getHistograms() const = 0;
  virtual Mat getLabels() const = 0;
  static Ptr<LBPHFaceRecognizer> create(int radius = 1, int neighbors = 8,
                                        int grid_x = 8, int grid_y = 8,
                                        double threshold = DBL_MAX);
};

// Facial landmarks.
class Facemark : public virtual Algorithm {
public:
  virtual void loadModel(String model) = 0;
  virtual bool fit(InputArray image, InputArray faces,
                   OutputArrayOfArrays landmarks) = 0;
};

Ptr<Facemark> createFacemarkAAM();
Ptr<Facemark> createFacemarkLBF();
Ptr<Facemark> createFacemarkKazemi();

} // namespace face
} // namespace cv

#endif // AIACT_MOCK_OPENCV_FACE_HPP
