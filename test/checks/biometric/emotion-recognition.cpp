// RUN: %aiact --checks='-*,aiact-emotion-recognition' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-emotion-recognition' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-emotion-recognition' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-emotion-recognition: an emotion model known by its file name, and a
// label set of emotions that the program indexes with the model's output;
// a speech recogniser's emotion tag that the program reads. Nothing here
// names a workplace or a school, so the findings are high-risk, not
// prohibited (see emotion-recognition-setting.cpp).

#include "ncnn/net.h"
#include "onnxruntime_cxx_api.h"
#include "opencv2/dnn.hpp"
#include "sherpa-onnx/c-api/c-api.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <vector>

namespace {
// Labels in the order the FER+ model outputs them.
const char *const Moods[] = {"neutral", "happiness", "surprise", "sadness",
                             "anger",   "disgust",   "fear",     "contempt"};
} // namespace

std::string f1(const cv::Mat &Face) {
  cv::dnn::Net N = cv::dnn::readNet("models/emotion-ferplus-8.onnx");
  N.setInput(Face);
  cv::Mat Out = N.forward();
  int Best = 0;
  for (int I = 1; I < 8; ++I)
    if (Out.at<float>(0, I) > Out.at<float>(0, Best))
      Best = I;
  // CHECK: {{.*}}emotion-recognition.cpp:[[@LINE+3]]:10: warning: infers emotions of people (emotion labels); if placed on the market or put into service, emotion recognition would be high-risk under Annex III point 1(c), Art. 50(3) would require informing the people exposed to it, and the open-source exemption of Art. 2(12) would not apply [aiact-emotion-recognition]
  // CHECK: {{.*}}emotion-recognition.cpp:[[@LINE+2]]:10: note: emotion labels used here: 'neutral', 'happiness', 'surprise', 'sadness', ...
  // CHECK: {{.*}}emotion-recognition.cpp:[[@LINE-9]]:37: note: and model 'emotion-ferplus-8.onnx' here
  return Moods[Best];
}

// A label set in a local vector, indexed with an argmax, with ONNX Runtime.
int f2(Ort::Session &S, Ort::Value &In) {
  const char *InNames[] = {"x"};
  const char *OutNames[] = {"y"};
  std::vector<std::string> L = {"Angry", "Disgust", "Fear", "Happy", "Sad",
                                "Surprise", "Neutral"};
  std::vector<Ort::Value> Out =
      S.Run(Ort::RunOptions{nullptr}, InNames, &In, 1, OutNames, 1);
  float *P = Out[0].GetTensorMutableData<float>();
  int K = static_cast<int>(std::max_element(P, P + 7) - P);
  // CHECK: {{.*}}emotion-recognition.cpp:[[@LINE+1]]:23: warning: infers emotions of people (emotion labels); if placed on the market
  std::printf("%s\n", L[K].c_str());
  return K;
}

// SenseVoice's emotion tag, read by the program.
void f3(const SherpaOnnxOfflineStream *St) {
  const SherpaOnnxOfflineRecognizerResult *R =
      SherpaOnnxGetOfflineStreamResult(St);
  // CHECK: {{.*}}emotion-recognition.cpp:[[@LINE+1]]:38: warning: infers emotions of people (SherpaOnnxOfflineRecognizerResult::emotion); if placed on the market
  std::printf("%s %s\n", R->text, R->emotion);
}

// A std::array of labels indexed by a helper's argmax, with ncnn, in a
// member function.
namespace {
int argmax(const float *P, int N) {
  int K = 0;
  for (int I = 1; I < N; ++I)
    if (P[I] > P[K])
      K = I;
  return K;
}
} // namespace

struct Expressions {
  ncnn::Net Net;
  std::string of(const ncnn::Mat &Face) {
    static const std::array<const char *, 7> Names = {
        "Wut", "Ekel", "Angst", "Freude", "Trauer", "Überraschung", "neutral"};
    ncnn::Extractor Ex = Net.create_extractor();
    Ex.input("in0", Face);
    ncnn::Mat Out;
    Ex.extract("out0", Out);
    // CHECK: {{.*}}emotion-recognition.cpp:[[@LINE+2]]:12: warning: infers emotions of people (emotion labels); if placed on the market
    // CHECK: {{.*}}emotion-recognition.cpp:[[@LINE+1]]:12: note: emotion labels used here: 'Wut', 'Ekel', 'Angst', 'Freude', ...
    return Names[argmax(Out, 7)];
  }
};

// Not emotion recognition.

// The same recogniser when the emotion tag is never read.
void n1(const SherpaOnnxOfflineStream *St) {
  const SherpaOnnxOfflineRecognizerResult *R =
      SherpaOnnxGetOfflineStreamResult(St);
  std::printf("%s [%s]\n", R->text, R->lang);
}

// A mood list picked at random for a game character: no model output.
const char *const Faces[] = {"happy", "sad", "angry", "surprised"};
const char *n2(unsigned Seed) { return Faces[Seed % 4]; }

// Emotion words that are not a label set: a prompt.
const char *n3() { return "Write a happy, sad and angry poem about fear."; }

// A game's states, among which three moods: mostly not emotions.
const char *const States[] = {"idle",  "walking", "running", "jumping",
                              "happy", "sad",     "angry",   "sleeping"};
const char *n4(cv::dnn::Net &Policy, const cv::Mat &Obs) {
  Policy.setInput(Obs);
  cv::Mat Q = Policy.forward();
  int K = 0;
  for (int I = 1; I < 8; ++I)
    if (Q.at<float>(0, I) > Q.at<float>(0, K))
      K = I;
  return States[K];
}
