// RUN: %aiact --checks='-*,aiact-biometric-identification,aiact-realtime-biometric-identification,aiact-emotion-recognition' %s -- -std=c++17 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %aiact --format=json --checks='-*,aiact-biometric-identification' %s -- -std=c++17 2>/dev/null | FileCheck %s --check-prefix=JSON

// The biometric checks with OpenCV's and ONNX Runtime's headers missing
// (driver only): the driver answers the includes with stubs generated from
// the catalog, so the catalogued calls stay in the AST, and findings that
// rest on them are `likely`.
// CHECK: warning: {{.*}}biometric-missing-header.cpp: missing includes served from catalog stubs: opencv2/opencv.hpp; findings that rest on them have confidence 'likely'
// JSON: "check": "aiact-biometric-identification"
// JSON: "confidence": "likely"

#include "opencv2/opencv.hpp"

#include <string>
#include <vector>

struct Person {
  std::string Name;
  cv::Mat T;
};

int find(cv::FaceRecognizerSF &R, const cv::Mat &Img,
         const std::vector<Person> &All) {
  cv::Mat P;
  R.feature(Img, P);
  for (size_t I = 0; I < All.size(); ++I)
    // CHECK: {{.*}}missing-header.cpp:[[@LINE+3]]:9: warning: cv::FaceRecognizerSF::match compares a face template with every template of a gallery (one-to-many identification)
    // CHECK: {{.*}}missing-header.cpp:[[@LINE-2]]:3: note: the loop goes over the stored templates here
    // CHECK: {{.*}}missing-header.cpp:[[@LINE-4]]:3: note: the face template is made here (cv::FaceRecognizerSF::feature)
    if (R.match(P, All[I].T) > 0.4)
      return static_cast<int>(I);
  return -1;
}

void watch(cv::FaceRecognizerSF &R, const std::vector<Person> &All) {
  cv::VideoCapture C(0);
  cv::Mat F;
  // CHECK: {{.*}}missing-header.cpp:[[@LINE+1]]:3: warning: loop identifies people from a live source (camera 0) as it is captured
  while (C.read(F))
    find(R, F, All);
}
