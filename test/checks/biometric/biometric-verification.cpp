// RUN: %aiact --show-remarks --checks='-*,aiact-biometric-verification,aiact-biometric-identification' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-show-remarks -fplugin-arg-aiact-checks='-*,aiact-biometric-verification,aiact-biometric-identification' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// Without remarks, verification says nothing.
// RUN: %aiact --checks='-*,aiact-biometric-verification' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=QUIET --allow-empty --implicit-check-not='{{warning|error|remark}}:'

// aiact-biometric-verification: one-to-one comparisons, which Annex III
// point 1(a) excludes. The reference may be looked up by a claimed
// identity; that is still one comparison. None of these is identification.

#include "opencv2/core.hpp"
#include "opencv2/objdetect.hpp"

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
