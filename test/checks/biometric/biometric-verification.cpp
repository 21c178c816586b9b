// RUN: %aiact --show-remarks --checks='-*,aiact-biometric-verification,aiact-biometric-identification' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-show-remarks -fplugin-arg-aiact-checks='-*,aiact-biometric-verification,aiact-biometric-identification' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// Without remarks, verification says nothing.
// RUN: %aiact --checks='-*,aiact-biometric-verification' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=QUIET --allow-empty --implicit-check-not='{{warning|error|remark}}:'

// aiact-biometric-verification: one-to-one comparisons, which Annex III
// point 1(a) excludes. The reference may be looked up by a claimed
// identity; that is still one comparison. None of these is identification.

#include "opencv2/core.hpp"
#include "opencv2/imgcodecs.hpp"
#include "opencv2/objdetect.hpp"
#include "opencv2/videoio.hpp"

#include <map>
#include <string>
#include <unordered_map>

class Door {
public:
  Door(cv::Ptr<cv::FaceRecognizerSF> R) : R(R) {}

  void enrol(const std::string &Badge, const cv::Mat &Photo) {
    cv::Mat T;
    R->feature(Photo, T);
    Refs[Badge] = T;
  }

  // The person claims an identity (a badge); only that template is used.
  bool open(const std::string &Badge, const cv::Mat &Face) {
    cv::Mat P;
    R->feature(Face, P);
    auto It = Refs.find(Badge);
    if (It == Refs.end())
      return false;
    // CHECK: {{.*}}biometric-verification.cpp:[[@LINE+4]]:12: remark: cv::FaceRecognizerSF::match compares a face template with a single reference (one-to-one verification); verification whose sole purpose is to confirm that a person is who they claim to be is excluded from Annex III point 1(a) [aiact-biometric-verification]
    // CHECK: {{.*}}biometric-verification.cpp:[[@LINE-5]]:5: note: the face template is made here (cv::FaceRecognizerSF::feature)
    // CHECK: {{.*}}biometric-verification.cpp:[[@LINE-5]]:15: note: the reference is looked up by the claimed identity here
    // QUIET-NOT: remark
    return R->match(P, It->second) > 0.363;
  }

  // The same with at() on an unordered map.
  bool open2(const std::string &Badge, const cv::Mat &Face) {
    cv::Mat P;
    R->feature(Face, P);
    // CHECK: {{.*}}biometric-verification.cpp:[[@LINE+3]]:12: remark: cv::FaceRecognizerSF::match compares a face template with a single reference (one-to-one verification)
    // CHECK: {{.*}}biometric-verification.cpp:[[@LINE-2]]:5: note: the face template is made here (cv::FaceRecognizerSF::feature)
    // CHECK: {{.*}}biometric-verification.cpp:[[@LINE+1]]:24: note: the reference is looked up by the claimed identity here
    return R->match(P, Refs2.at(Badge)) > 0.363;
  }

private:
  cv::Ptr<cv::FaceRecognizerSF> R;
  std::map<std::string, cv::Mat> Refs;
  std::unordered_map<std::string, cv::Mat> Refs2;
};

// Two photos of the same document check: two inputs.
bool same(cv::FaceRecognizerSF &R, const cv::Mat &A, const cv::Mat &B) {
  cv::Mat FA, FB;
  R.feature(A, FA);
  R.feature(B, FB);
  // CHECK: {{.*}}biometric-verification.cpp:[[@LINE+2]]:10: remark: cv::FaceRecognizerSF::match compares a face template with a single reference (one-to-one verification)
  // CHECK: {{.*}}biometric-verification.cpp:[[@LINE-3]]:3: note: the face template is made here (cv::FaceRecognizerSF::feature)
  return R.match(FA, FB) > 0.363;
}

// Face unlock: the owner enrolled from one photo, then each face of each
// camera frame compared with that reference, through a cv::Ptr. The
// recogniser's calls in the loop are not a source of the reference.
bool unlock(cv::Ptr<cv::FaceDetectorYN> Det, cv::Ptr<cv::FaceRecognizerSF> Rec) {
  cv::Mat Photo = cv::imread("owner.jpg");
  cv::Mat Boxes, Crop, Owner;
  Det->detect(Photo, Boxes);
  Rec->alignCrop(Photo, Boxes.row(0), Crop);
  Rec->feature(Crop, Owner);
  cv::VideoCapture Cam(0);
  cv::Mat Frame, Faces;
  for (int Try = 0; Try < 50 && Cam.read(Frame); ++Try) {
    Det->detect(Frame, Faces);
    for (int I = 0; I < Faces.rows; ++I) {
      cv::Mat Aligned, Probe;
      Rec->alignCrop(Frame, Faces.row(I), Aligned);
      Rec->feature(Aligned, Probe);
      // CHECK: {{.*}}biometric-verification.cpp:[[@LINE+2]]:11: remark: cv::FaceRecognizerSF::match compares a face template with a single reference (one-to-one verification)
      // CHECK: {{.*}}biometric-verification.cpp:[[@LINE-2]]:7: note: the face template is made here (cv::FaceRecognizerSF::feature)
      if (Rec->match(Probe, Owner) > 0.363)
        return true;
    }
  }
  return false;
}
