// RUN: %expect-exit 0 %aiact --show-remarks --checks='-*,aiact-emotion-recognition,aiact-biometric-*' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-show-remarks -fplugin-arg-aiact-checks='-*,aiact-emotion-recognition,aiact-biometric-*' -I%inputs %s 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error|remark}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-emotion-recognition,aiact-biometric-*' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error|remark}}:'

// The emotions of a text are not biometric: a support ticket's tone from a
// text classifier whose file name says "emotion", with the labels of a text
// emotion dataset, in a unit that never handles a face or a voice.

#include "onnxruntime_cxx_api.h"

#include <algorithm>
#include <string>
#include <vector>

static const char *const Tones[] = {"sadness", "joy",  "love",
                                    "anger",   "fear", "surprise"};

std::string ticket_tone(const Ort::Env &Env, const Ort::SessionOptions &Opt,
                        Ort::Value &Tokens) {
  Ort::Session S(Env, "distilbert-base-uncased-emotion.onnx", Opt);
  const char *In[] = {"input_ids"}, *Out[] = {"logits"};
  std::vector<Ort::Value> R =
      S.Run(Ort::RunOptions{nullptr}, In, &Tokens, 1, Out, 1);
  float *P = R[0].GetTensorMutableData<float>();
  int K = static_cast<int>(std::max_element(P, P + 6) - P);
  return std::string("tone: ") + Tones[K];
}
