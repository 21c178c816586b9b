// Mock of OpenCV's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OPENCV_OBJDETECT_HPP
#define AIACT_MOCK_OPENCV_OBJDETECT_HPP

#include "opencv2/core.hpp"
#include "opencv2/objdetect/face.hpp"

namespace cv {

class CascadeClassifier {
public:
  CascadeClassifier();
  CascadeClassifier(const String &filename);
  ~CascadeClassifier();
  bool load(const String &filename);
  bool empty() const;
  void detectMultiScale(InputArray image, std::vector<Rect> &objects,
                        double scaleFactor = 1.1, int minNeighbors = 3,
                        int flags = 0, Size minSize = Size(),
                        Size maxSize = Size());
};

} // namespace cv

#endif // AIACT_MOCK_OPENCV_OBJDETECT_HPP
