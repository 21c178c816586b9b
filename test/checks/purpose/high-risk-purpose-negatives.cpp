// RUN: %aiact --checks='-*,aiact-high-risk-purpose,aiact-prohibited-practice' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-high-risk-purpose,aiact-prohibited-practice' -I%inputs %s 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error}}:'

// Models next to words that look like an Annex III purpose but are not
// one: nothing is reported. Each has a threshold or a sort on the output,
// which alone is no decision about a person.
// CHECK-NOT: warning

#include "onnxruntime_cxx_api.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

static float infer(Ort::Session &S, std::vector<float> &X, const char *Name) {
  Ort::Value V = Ort::Value::CreateTensor<float>(
      Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault),
      X.data(), X.size(), nullptr, 0);
  const char *In[] = {"input"};
  const char *Out[] = {Name};
  auto R = S.Run(Ort::RunOptions{nullptr}, In, &V, 1, Out, 1);
  return R[0].GetTensorMutableData<float>()[0];
}

// Sentiment of employee reviews, counted for a report.
struct EmployeeReview {
  std::vector<float> tokens;
};
int positive_reviews(Ort::Session &S, std::vector<EmployeeReview> &Reviews) {
  int N = 0;
  for (EmployeeReview &R : Reviews)
    if (infer(S, R.tokens, "sentiment") > 0.5f)
      ++N;
  return N;
}

// Hospital readmission and ICU mortality: health, not insurance pricing
// and not school admission.
float readmission(Ort::Session &S, std::vector<float> &admission_type) {
  float mortality_risk = infer(S, admission_type, "mortality_risk");
  return mortality_risk > 0.3f ? 1.0f : 0.0f;
}

// A substation load forecast shown on a dashboard; cars counted at a
// junction; a status "Ampel" (traffic light) colour for a build server.
void forecast(Ort::Session &S, std::vector<float> &SubstationLoad) {
  std::printf("forecast %f\n", infer(S, SubstationLoad, "load_mw"));
}
int count_vehicles(Ort::Session &S, std::vector<float> &road_traffic_frame) {
  return infer(S, road_traffic_frame, "vehicles") > 0.6f;
}
const char *ampel(Ort::Session &S, std::vector<float> &build_metrics) {
  float ampel_status = infer(S, build_metrics, "health");
  return ampel_status > 0.8f ? "green" : "red";
}

// Admission control of network packets; an autoscaler's idle time; a
// reinforcement-learning agent's performance.
bool admission_control(Ort::Session &S, std::vector<float> &packet) {
  return infer(S, packet, "drop_probability") < 0.5f;
}
int scale(Ort::Session &S, std::vector<float> &idle_time) {
  return infer(S, idle_time, "replicas") > 1.0f ? 2 : 1;
}
float agent_performance(Ort::Session &S, std::vector<float> &observation) {
  return infer(S, observation, "value");
}

// A French beam search keeps its best candidates ("candidats").
void beam(Ort::Session &S, std::vector<std::vector<float>> &candidats) {
  std::vector<float> scores;
  for (std::vector<float> &c : candidats)
    scores.push_back(infer(S, c, "logprob"));
  std::sort(scores.begin(), scores.end());
}

// Triage of GitHub issues; diffusion-tensor imaging (DTI).
int triage_issue(Ort::Session &S, std::vector<float> &issue_text) {
  return infer(S, issue_text, "triage_category") > 0.5f;
}
float tractography(Ort::Session &S, std::vector<float> &dti) {
  float fa = infer(S, dti, "fractional_anisotropy");
  return fa > 0.2f ? fa : 0.0f;
}

// A lambda's parameter is not the enclosing function's: the loan desk's
// office name is not on the model's inputs.
void photos(Ort::Session &S, const char *loan_desk_office,
            std::vector<std::vector<float>> &Images) {
  auto Caption = [&](std::vector<float> &Img) {
    return infer(S, Img, "caption_score") > 0.1f;
  };
  std::printf("%s\n", loan_desk_office);
  for (std::vector<float> &I : Images)
    Caption(I);
}
