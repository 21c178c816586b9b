// RUN: %aiact --checks='-*,aiact-prohibited-practice' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=DEFAULT --allow-empty --implicit-check-not='{{warning|error|remark}}:'
// RUN: %aiact --min-confidence=possible --checks='-*,aiact-prohibited-practice,aiact-high-risk-purpose' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-config=%S/Inputs/possible.yaml -fplugin-arg-aiact-checks='-*,aiact-prohibited-practice,aiact-high-risk-purpose' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'

// Art. 5(1)(a) to (d) from names alone: confidence `possible`, so nothing
// by default. A crime-risk model fed with objective facts is Annex III
// point 6(d) instead of Art. 5(1)(d).
// DEFAULT-NOT: warning

#include "torch/script.h"

#include <string>
#include <vector>

struct Resident {
  std::string name;
  float social_credit_score;
};

// (c)
void rate(torch::jit::Module &M, Resident &R, const at::Tensor &History) {
  // CHECK: prohibited-practice.cpp:[[@LINE+1]]:13: warning: model inference appears to serve social scoring of persons; Art. 5(1)(c) would prohibit placing such a system on the market, putting it into service or using it [aiact-prohibited-practice]
  float S = M.forward({History}).toTensor().item<float>();
  R.social_credit_score = S;
  // CHECK: note: 'social credit score' in field 'social_credit_score'
  // CHECK: note: code alone shows little of a purpose: these words suggest it, the intended purpose decides; declare it under 'Components' in .aiact.yaml or suppress with a reason
}

// (d): personality traits only.
float propensity(torch::jit::Module &M, const at::Tensor &personality_traits) {
  // CHECK: prohibited-practice.cpp:[[@LINE+1]]:22: warning: model inference appears to serve predicting the risk that a person commits a crime from profiling or personality traits; Art. 5(1)(d) {{.*}}
  float crime_risk = M.forward({personality_traits}).toTensor().item<float>();
  // CHECK: note: 'crime risk' in variable 'crime_risk'
  // CHECK: note: 'personality traits' in parameter 'personality_traits'
  return crime_risk;
}

// (d) excepted: objective facts on the input; high-risk under 6(d).
float assessment(torch::jit::Module &M, const at::Tensor &prior_convictions) {
  // CHECK: prohibited-practice.cpp:[[@LINE+1]]:22: warning: model inference serves assessing the risk of offending or re-offending (Annex III point 6(d)); {{.*}} [aiact-high-risk-purpose]
  float crime_risk = M.forward({prior_convictions}).toTensor().item<float>();
  // CHECK: note: 'crime risk' in variable 'crime_risk'
  // CHECK: note: 'prior convictions' in parameter 'prior_convictions'
  return crime_risk;
}

// (b): a vulnerability next to targeting.
void send_push_notification(int user, const char *text);
void nudge(torch::jit::Module &M, const at::Tensor &Activity, int User) {
  // CHECK: prohibited-practice.cpp:[[@LINE+1]]:27: warning: model inference appears to serve exploiting vulnerabilities due to age, disability or a social or economic situation; Art. 5(1)(b) {{.*}}
  float problem_gambler = M.forward({Activity}).toTensor().item<float>();
  if (problem_gambler > 0.7f)
    send_push_notification(User, "Your bonus is waiting");
  // CHECK: note: 'problem gambler' in variable 'problem_gambler'
  // CHECK: note: 'push notification' in call to 'send_push_notification'
}

// (a)
float layout(torch::jit::Module &M, const at::Tensor &Session) {
  // CHECK: prohibited-practice.cpp:[[@LINE+1]]:29: warning: model inference appears to serve subliminal, purposefully manipulative or deceptive techniques; Art. 5(1)(a) {{.*}}
  float dark_pattern_pick = M.forward({Session}).toTensor().item<float>();
  // CHECK: note: 'dark pattern' in variable 'dark_pattern_pick'
  return dark_pattern_pick;
}

//===--- Look-alikes: silent even at `possible` ---===//

// Sentiment of social-media posts; a person's credit score; a problem
// detector that sends a notification to an operator.
float sentiment(torch::jit::Module &M, const at::Tensor &social_media_post) {
  float positive = M.forward({social_media_post}).toTensor().item<float>();
  return positive;
}

void alert_operator(const char *text);
void vibration(torch::jit::Module &M, const at::Tensor &Sensor) {
  float anomaly = M.forward({Sensor}).toTensor().item<float>();
  if (anomaly > 0.9f)
    alert_operator("bearing wear");
}
