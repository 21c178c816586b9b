// RUN: %aiact --show-remarks --checks='-*,aiact-biometric-*,aiact-emotion-recognition' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-show-remarks -fplugin-arg-aiact-checks='-*,aiact-biometric-*,aiact-emotion-recognition' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'

// More shapes: iterator loops, std::min_element over distances,
// std::for_each, next to look-alikes that are not biometric: text search
// with faiss, a sentiment classifier, an IoU tracker, per-frame
// verification, and grouping the faces of unknown people in a photo album.

#include "faiss/IndexFlat.h"
#include "opencv2/core.hpp"
#include "opencv2/dnn.hpp"
#include "opencv2/objdetect.hpp"
#include "opencv2/videoio.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

std::string it_loop(cv::FaceRecognizerSF &R, const cv::Mat &Img,
                    const std::unordered_map<std::string, cv::Mat> &G) {
  cv::Mat P;
  R.feature(Img, P);
  std::string Who;
  // CHECK: {{.*}}shapes.cpp:[[@LINE+3]]:9: warning: cv::FaceRecognizerSF::match compares a face template with every template of a gallery
  // CHECK: {{.*}}shapes.cpp:[[@LINE+1]]:3: note: the loop goes over the stored templates here
  for (auto It = G.begin(); It != G.end(); ++It)
    if (R.match(P, It->second) > 0.4)
      Who = It->first;
  return Who;
}

size_t nearest(cv::FaceRecognizerSF &R, const cv::Mat &Img,
               const std::vector<cv::Mat> &G) {
  cv::Mat P;
  R.feature(Img, P);
  // CHECK: {{.*}}shapes.cpp:[[@LINE+1]]:13: warning: cv::norm compares a face template with every template of a gallery
  auto It = std::min_element(G.begin(), G.end(), [&](const cv::Mat &A, const cv::Mat &B) {
    return cv::norm(P, A) < cv::norm(P, B);
  });
  return It - G.begin();
}

int each(cv::FaceRecognizerSF &R, const cv::Mat &Img,
         const std::vector<cv::Mat> &G) {
  cv::Mat P;
  R.feature(Img, P);
  int Hits = 0;
  // CHECK: {{.*}}shapes.cpp:[[@LINE+1]]:3: warning: cv::FaceRecognizerSF::match compares a face template with every template of a gallery
  std::for_each(G.begin(), G.end(), [&](const cv::Mat &T) {
    if (R.match(P, T) > 0.4)
      ++Hits;
  });
  return Hits;
}

// Retrieval over text embeddings in the same unit as face detection.
long rag(faiss::IndexFlatIP &Idx, cv::dnn::Net &Emb, const cv::Mat &Tok) {
  Emb.setInput(Tok);
  cv::Mat Q = Emb.forward();
  float D[4];
  faiss::idx_t L[4];
  Idx.search(1, Q.ptr<float>(), 4, D, L);
  return L[0];
}
void faces(cv::FaceDetectorYN &D, const cv::Mat &Img) {
  cv::Mat F;
  D.detect(Img, F);
}

// Sentiment of a text: not an emotion label set.
static const char *Sentiments[] = {"negative", "neutral", "positive"};
const char *sentiment(cv::dnn::Net &N, const cv::Mat &Tok) {
  N.setInput(Tok);
  cv::Mat O = N.forward();
  int K = 0;
  for (int I = 1; I < 3; ++I)
    if (O.at<float>(0, I) > O.at<float>(0, K))
      K = I;
  return Sentiments[K];
}

// Boxes matched with tracks by overlap.
struct Box {
  float X, Y, W, H;
};
int track(const std::vector<Box> &Tracks, const Box &B) {
  int Best = -1;
  float Top = 0.3f;
  for (size_t I = 0; I < Tracks.size(); ++I) {
    float Ix = std::max(0.f, std::min(B.X + B.W, Tracks[I].X + Tracks[I].W) -
                                 std::max(B.X, Tracks[I].X));
    if (Ix > Top) {
      Top = Ix;
      Best = static_cast<int>(I);
    }
  }
  return Best;
}

// Each frame compared with one reference: verification.
int frames(cv::VideoCapture &C, cv::FaceRecognizerSF &R, const cv::Mat &Ref) {
  cv::Mat F, T;
  int N = 0;
  while (C.read(F)) {
    R.feature(F, T);
    // CHECK: {{.*}}shapes.cpp:[[@LINE+1]]:9: remark: cv::FaceRecognizerSF::match compares a face template with a single reference (one-to-one verification)
    if (R.match(T, Ref) > 0.4)
      ++N;
  }
  return N;
}

// Grouping an album's faces: each new face starts a group of its own.
void group(cv::FaceRecognizerSF &R, const std::vector<cv::Mat> &Photos,
           std::vector<cv::Mat> &Centres) {
  for (const cv::Mat &P : Photos) {
    cv::Mat T;
    R.feature(P, T);
    bool Found = false;
    for (const cv::Mat &C : Centres)
      if (R.match(T, C) > 0.5)
        Found = true;
    if (!Found)
      Centres.push_back(T);
  }
}

// An iterator declared before a while loop.
int while_it(cv::FaceRecognizerSF &R, const cv::Mat &Img,
             const std::unordered_map<int, cv::Mat> &G) {
  cv::Mat P;
  R.feature(Img, P);
  int Who = -1;
  auto It = G.cbegin();
  // CHECK: {{.*}}shapes.cpp:[[@LINE+3]]:9: warning: cv::FaceRecognizerSF::match compares a face template with every template of a gallery
  // CHECK: {{.*}}shapes.cpp:[[@LINE+1]]:3: note: the loop goes over the stored templates here
  while (It != G.cend()) {
    if (R.match(P, It->second) > 0.4)
      Who = It->first;
    ++It;
  }
  return Who;
}

// An index stepped in a do-while's condition.
int do_index(cv::FaceRecognizerSF &R, const cv::Mat &Img,
             const std::vector<cv::Mat> &G) {
  cv::Mat P;
  R.feature(Img, P);
  size_t I = 0;
  int Best = -1;
  // CHECK: {{.*}}shapes.cpp:[[@LINE+3]]:9: warning: cv::FaceRecognizerSF::match compares a face template with every template of a gallery
  // CHECK: {{.*}}shapes.cpp:[[@LINE+1]]:3: note: the loop goes over the stored templates here
  do {
    if (R.match(P, G[I]) > 0.4)
      Best = static_cast<int>(I);
  } while (++I < G.size());
  return Best;
}

// Retrying until a match: the loop steps a counter and a flag, never a
// reference. Verification.
bool retry(cv::VideoCapture &C, cv::FaceRecognizerSF &R, const cv::Mat &Ref) {
  cv::Mat F, T;
  int Tries = 0;
  bool Ok = false;
  while (!Ok && Tries < 5) {
    C.read(F);
    R.feature(F, T);
    // CHECK: {{.*}}shapes.cpp:[[@LINE+1]]:10: remark: cv::FaceRecognizerSF::match compares a face template with a single reference (one-to-one verification)
    Ok = R.match(T, Ref) > 0.4;
    ++Tries;
  }
  return Ok;
}

// Counting visitors: a face that matches no track opens a new anonymous
// track, in the caller of the search. Online clustering.
struct Visitors {
  cv::Ptr<cv::FaceRecognizerSF> Rec;
  std::vector<cv::Mat> Tracks;
  int nearest(const cv::Mat &T) const {
    for (size_t I = 0; I < Tracks.size(); ++I)
      if (Rec->match(T, Tracks[I]) > 0.5)
        return static_cast<int>(I);
    return -1;
  }
  void add(const cv::Mat &Face) {
    cv::Mat T;
    Rec->feature(Face, T);
    int K = nearest(T);
    if (K < 0)
      Tracks.push_back(T.clone());
    else
      Tracks[K] = T.clone();
  }
};

// The same shape, but an unknown face is enrolled under a name someone
// types: a gallery of identities.
struct Door {
  cv::Ptr<cv::FaceRecognizerSF> Rec;
  std::vector<std::pair<std::string, cv::Mat>> Known;
  int nearest(const cv::Mat &T) const {
    for (size_t I = 0; I < Known.size(); ++I)
      // CHECK: {{.*}}shapes.cpp:[[@LINE+1]]:11: warning: cv::FaceRecognizerSF::match compares a face template with every template of a gallery
      if (Rec->match(T, Known[I].second) > 0.5)
        return static_cast<int>(I);
    return -1;
  }
  void see(const cv::Mat &Face, const std::string &Typed) {
    cv::Mat T;
    Rec->feature(Face, T);
    if (nearest(T) < 0)
      Known.push_back({Typed, T.clone()});
  }
};

// Enrolment and identification chosen by a switch, on the same template:
// the gallery is filled by enrol(), whatever its callers pass.
static std::vector<cv::Mat> Enrolled;
void enrol(const cv::Mat &T) { Enrolled.push_back(T.clone()); }
int identify(cv::FaceRecognizerSF &R, const cv::Mat &T) {
  for (size_t I = 0; I < Enrolled.size(); ++I)
    // CHECK: {{.*}}shapes.cpp:[[@LINE+1]]:9: warning: cv::FaceRecognizerSF::match compares a face template with every template of a gallery
    if (R.match(T, Enrolled[I]) > 0.4)
      return static_cast<int>(I);
  return -1;
}
int run(cv::FaceRecognizerSF &R, const cv::Mat &Img, bool Enrol) {
  cv::Mat T;
  R.feature(Img, T);
  if (Enrol) {
    enrol(T);
    return 0;
  }
  return identify(R, T);
}
