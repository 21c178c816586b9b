// RUN: %aiact --checks='-*,aiact-biometric-identification' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-biometric-identification' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-biometric-identification' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-biometric-identification with OpenCV's face recogniser: one probe
// compared with every enrolled template, written as a range loop, an index
// loop, an algorithm with a comparator, through a helper, a macro and a
// template. Names are deliberately meaningless.

#include "opencv2/core.hpp"
#include "opencv2/objdetect.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace q {

struct Rec {
  std::string A;
  cv::Mat B;
};

class Z {
public:
  explicit Z(cv::Ptr<cv::FaceRecognizerSF> R) : R(R) {}

  // The template is made here and returned through an out-parameter.
  void f1(const cv::Mat &Img, cv::Mat &Out) {
    cv::Mat T;
    R->feature(Img, T);
    Out = T;
  }

  void f2(const std::string &Name, const cv::Mat &Img) {
    Rec X;
    X.A = Name;
    f1(Img, X.B);
    V.push_back(X);
  }

  const Rec *f3(const cv::Mat &P) const {
    const Rec *Best = nullptr;
    double Top = 0.5;
    for (const Rec &X : V) {
      // CHECK: {{.*}}biometric-identification.cpp:[[@LINE+6]]:18: warning: cv::FaceRecognizerSF::match compares a face template with every template of a gallery (one-to-many identification); if placed on the market or put into service to identify people without their active involvement, it would be remote biometric identification, high-risk under Annex III point 1(a), and the open-source exemption of Art. 2(12) would not apply [aiact-biometric-identification]
      // CHECK: {{.*}}biometric-identification.cpp:[[@LINE-2]]:5: note: the loop goes over the stored templates here
      // CHECK: {{.*}}biometric-identification.cpp:[[@LINE-17]]:5: note: the face template is made here (cv::FaceRecognizerSF::feature)
      // The one above is found through the caller, which passes f1's output;
      // the note below points at the enrolment.
      // CHECK: {{.*}}biometric-identification.cpp:[[@LINE-12]]:5: note: templates are added to the gallery here
      double S = R->match(P, X.B);
      if (S > Top) {
        Top = S;
        Best = &X;
      }
    }
    return Best;
  }

  cv::Ptr<cv::FaceRecognizerSF> R;
  std::vector<Rec> V;
};

// An index loop over a plain vector of templates.
int g1(cv::FaceRecognizerSF &R, const cv::Mat &P, const std::vector<cv::Mat> &G) {
  int Hit = -1;
  for (size_t K = 0; K < G.size(); ++K)
    // CHECK: {{.*}}biometric-identification.cpp:[[@LINE+2]]:9: warning: cv::FaceRecognizerSF::match compares a face template with every template of a gallery
    // CHECK: {{.*}}biometric-identification.cpp:[[@LINE-2]]:3: note: the loop goes over the stored templates here
    if (R.match(P, G[K], cv::FaceRecognizerSF::FR_NORM_L2) < 1.1)
      Hit = static_cast<int>(K);
  return Hit;
}

// std::max_element with a comparator that scores each gallery entry.
const Rec *g2(cv::Ptr<cv::FaceRecognizerSF> R, const cv::Mat &P,
              const std::vector<Rec> &G) {
  // CHECK: {{.*}}biometric-identification.cpp:[[@LINE+1]]:13: warning: cv::FaceRecognizerSF::match compares a face template with every template of a gallery
  auto It = std::max_element(G.begin(), G.end(), [&](const Rec &L, const Rec &M) {
    return R->match(P, L.B) < R->match(P, M.B);
  });
  // CHECK: {{.*}}biometric-identification.cpp:[[@LINE-3]]:13: note: std::max_element goes over the stored templates here
  return It == G.end() ? nullptr : &*It;
}

// A helper that compares two of its parameters, called in a loop.
double h(cv::FaceRecognizerSF *R, const cv::Mat &U, const cv::Mat &W) {
  return R->match(U, W);
}

std::string g3(cv::FaceRecognizerSF *R, const cv::Mat &Img,
               const std::map<std::string, cv::Mat> &G) {
  cv::Mat P;
  R->feature(Img, P);
  std::string Who;
  for (const auto &[Name, T] : G)
    // CHECK: {{.*}}biometric-identification.cpp:[[@LINE+3]]:9: warning: h compares a face template with every template of a gallery
    // CHECK: {{.*}}biometric-identification.cpp:[[@LINE-2]]:3: note: the loop goes over the stored templates here
    // CHECK: {{.*}}biometric-identification.cpp:[[@LINE-5]]:3: note: the face template is made here (cv::FaceRecognizerSF::feature)
    if (h(R, P, T) > 0.4)
      Who = Name;
  return Who;
}

// Behind a macro and in a template.
#define SCORE(rec, a, b) (rec)->match((a), (b))

template <typename Gallery>
int g4(cv::Ptr<cv::FaceRecognizerSF> R, const cv::Mat &P, const Gallery &G) {
  int I = 0, Hit = -1;
  for (const auto &T : G) {
    // CHECK: {{.*}}biometric-identification.cpp:[[@LINE+2]]:9: warning: cv::FaceRecognizerSF::match compares a face template with every template of a gallery
    // CHECK: {{.*}}biometric-identification.cpp:[[@LINE-2]]:3: note: the loop goes over the stored templates here
    if (SCORE(R, P, T) > 0.4)
      Hit = I;
    ++I;
  }
  return Hit;
}

int g5(cv::Ptr<cv::FaceRecognizerSF> R, const cv::Mat &P,
       const std::vector<cv::Mat> &G) {
  return g4(R, P, G);
}

} // namespace q

// Not identification.

// Comparing two given templates once: verification (another check).
bool n1(cv::FaceRecognizerSF &R, const cv::Mat &A, const cv::Mat &B) {
  return R.match(A, B) > 0.4;
}

// A loop over the faces found in one photo, each compared with one
// reference: each template is made in the loop, so the loop goes over
// probes, not over a gallery (verification of each face).
int n2(cv::FaceRecognizerSF &R, const cv::Mat &Ref,
       const std::vector<cv::Mat> &Crops) {
  int N = 0;
  for (const cv::Mat &C : Crops) {
    cv::Mat T;
    R.feature(C, T);
    if (R.match(T, Ref) > 0.4)
      ++N;
  }
  return N;
}

// Comparing each template of a set with the others (duplicates in a photo
// collection): a set compared with itself, not probe against gallery.
int n3(cv::FaceRecognizerSF &R, const std::vector<cv::Mat> &S) {
  int Dup = 0;
  for (size_t I = 0; I < S.size(); ++I)
    for (size_t J = I + 1; J < S.size(); ++J)
      if (R.match(S[I], S[J]) > 0.6)
        ++Dup;
  return Dup;
}

// Element-wise arithmetic over detections that are not biometric templates.
float n4(const std::vector<float> &Boxes, const std::vector<float> &Anchors) {
  float Sum = 0;
  for (size_t I = 0; I < Anchors.size(); ++I)
    for (size_t J = 0; J < Boxes.size(); ++J)
      Sum += Boxes[J] - Anchors[I];
  return Sum;
}
