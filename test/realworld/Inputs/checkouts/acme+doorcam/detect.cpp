// Counts faces in camera frames; nobody is recognised or compared.
#include <cstdio>

#include <opencv2/opencv.hpp>

int main() {
  cv::VideoCapture cam(0);
  cv::CascadeClassifier faces("haarcascade_frontalface_default.xml");
  cv::Mat frame;
  while (cam.read(frame)) {
    std::vector<cv::Rect> found;
    faces.detectMultiScale(frame, found);
    std::printf("%zu faces\n", found.size());
  }
  return 0;
}
