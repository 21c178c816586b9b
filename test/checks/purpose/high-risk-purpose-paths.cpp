// RUN: %aiact --checks='-*,aiact-high-risk-purpose' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-high-risk-purpose' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Data paths the words travel along: a setter that stores the output in
// an object, the names a model gives its outputs, a lambda's argument,
// German compounds and French names without articles, and a helper whose
// callers have different purposes (each caller is weighed on its own).

#include "onnxruntime_cxx_api.h"

#include <algorithm>
#include <string>
#include <vector>

static Ort::Value tensor(std::vector<float> &X) {
  return Ort::Value::CreateTensor<float>(
      Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault),
      X.data(), X.size(), nullptr, 0);
}

class LoanApplicant {
public:
  void setRiskScore(float S) { Risk = S; }

private:
  float Risk = 0;
};

void assess(Ort::Session &S, std::vector<float> &X, LoanApplicant &Who) {
  Ort::Value V = tensor(X);
  const char *In[] = {"x"};
  const char *Out[] = {"y"};
  // CHECK: paths.cpp:[[@LINE+1]]:12: warning: model inference serves credit scoring of natural persons (Annex III point 5(b)); {{.*}}
  auto R = S.Run(Ort::RunOptions{nullptr}, In, &V, 1, Out, 1);
  Who.setRiskScore(R[0].GetTensorMutableData<float>()[0]);
  // CHECK: note: 'loan applicant' in type 'LoanApplicant'
  // CHECK: note: 'score' in call to 'setRiskScore'
}

// Only the output's name says what it is.
float named(Ort::Session &S, std::vector<float> &X) {
  Ort::Value V = tensor(X);
  const char *In[] = {"x"};
  // CHECK: paths.cpp:[[@LINE+3]]:12: warning: model inference serves credit scoring of natural persons (Annex III point 5(b)); {{.*}}
  // CHECK: paths.cpp:[[@LINE+1]]:24: note: 'credit score' in string "credit_score"
  const char *Out[] = {"credit_score"};
  auto R = S.Run(Ort::RunOptions{nullptr}, In, &V, 1, Out, 1);
  return R[0].GetTensorMutableData<float>()[0];
}

// The CV text reaches the model through a lambda's argument; the scores
// are sorted.
void shortlist(Ort::Session &S, const std::vector<std::string> &cv_texts,
               std::vector<float> &Scores);
std::vector<float> featurise(const std::string &Text);
void shortlist(Ort::Session &S, const std::vector<std::string> &cv_texts,
               std::vector<float> &Scores) {
  auto Score = [&](const std::string &Text) {
    std::vector<float> X = featurise(Text);
    Ort::Value V = tensor(X);
    const char *In[] = {"x"};
    const char *Out[] = {"y"};
    // CHECK: paths.cpp:[[@LINE+1]]:14: warning: model inference serves recruitment or selection of candidates (Annex III point 4(a)); {{.*}}
    auto R = S.Run(Ort::RunOptions{nullptr}, In, &V, 1, Out, 1);
    return R[0].GetTensorMutableData<float>()[0];
  };
  for (const std::string &T : cv_texts)
    Scores.push_back(Score(T));
  std::sort(Scores.begin(), Scores.end());
}

// German compounds with the linking -s, French names without articles.
float pruefe(Ort::Session &S, std::vector<float> &Nettoeinkommen) {
  Ort::Value V = tensor(Nettoeinkommen);
  const char *In[] = {"x"};
  const char *Out[] = {"y"};
  // CHECK: paths.cpp:[[@LINE+1]]:12: warning: model inference serves credit scoring of natural persons (Annex III point 5(b)); {{.*}}
  auto R = S.Run(Ort::RunOptions{nullptr}, In, &V, 1, Out, 1);
  float BonitaetsScore = R[0].GetTensorMutableData<float>()[0];
  // CHECK: note: 'bonitaets' in variable 'BonitaetsScore'
  return BonitaetsScore;
}
float noter(Ort::Session &S, std::vector<float> &copie) {
  Ort::Value V = tensor(copie);
  const char *In[] = {"x"};
  const char *Out[] = {"y"};
  // CHECK: paths.cpp:[[@LINE+1]]:12: warning: model inference serves evaluating learning outcomes (Annex III point 3(b)); {{.*}}
  auto R = S.Run(Ort::RunOptions{nullptr}, In, &V, 1, Out, 1);
  float note_examen = R[0].GetTensorMutableData<float>()[0];
  // CHECK: note: 'note examen' in variable 'note_examen'
  return note_examen;
}

// One helper, two callers: only the credit caller's path is credit
// scoring; the image caller's threshold never meets the loan's words.
float predict(Ort::Session &S, std::vector<float> &X) {
  Ort::Value V = tensor(X);
  const char *In[] = {"x"};
  const char *Out[] = {"y"};
  // CHECK: paths.cpp:[[@LINE+1]]:12: warning: model inference serves credit scoring of natural persons (Annex III point 5(b)); {{.*}}
  auto R = S.Run(Ort::RunOptions{nullptr}, In, &V, 1, Out, 1);
  return R[0].GetTensorMutableData<float>()[0];
}
bool approve_loan(Ort::Session &S, std::vector<float> &loan_application) {
  // CHECK: paths.cpp:[[@LINE+1]]:21: note: 'loan application' in parameter 'loan_application'
  return predict(S, loan_application) < 0.2f;
}
bool is_cat(Ort::Session &S, std::vector<float> &Pixels) {
  std::vector<std::string> ranking;
  return predict(S, Pixels) > 0.5f;
}
