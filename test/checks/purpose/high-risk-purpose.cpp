// RUN: %aiact --checks='-*,aiact-high-risk-purpose' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-high-risk-purpose' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-high-risk-purpose' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %aiact --checks='-*,aiact-high-risk-purpose' --min-confidence=possible %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefixes=CHECK,POSSIBLE --implicit-check-not='{{warning|error}}:'

// Model inference whose inputs, outputs or decisions carry the words of an
// Annex III point, followed through references, containers, callers,
// templates, lambdas and macros; and look-alikes that stay silent.

#include "ncnn/net.h"
#include "onnxruntime_cxx_api.h"
#include "openvino/openvino.hpp"
#include "torch/script.h"

#include <algorithm>
#include <string>
#include <vector>

std::vector<float> embed(const std::string &Text);

static Ort::Value tensor(std::vector<float> &X) {
  return Ort::Value::CreateTensor<float>(
      Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault),
      X.data(), X.size(), nullptr, 0);
}

// 4(a): a subject on the input ('cv text') and a ranking of the output,
// written through a range-for reference and sorted by a lambda.
struct Applicant {
  std::string cv_text;
  float fit = 0;
};

void order(Ort::Session &S, std::vector<Applicant> &Pool) {
  const char *In[] = {"x"};
  const char *Out[] = {"y"};
  for (Applicant &A : Pool) {
    std::vector<float> X = embed(A.cv_text);
    Ort::Value V = tensor(X);
    // CHECK: high-risk-purpose.cpp:[[@LINE+1]]:{{[0-9]+}}: warning: model inference serves recruitment or selection of candidates (Annex III point 4(a)); once placed on the market or put into service, the system would be high-risk under Art. 6(2) and the open-source exemption of Art. 2(12) would not apply [aiact-high-risk-purpose]
    auto R = S.Run(Ort::RunOptions{nullptr}, In, &V, 1, Out, 1);
    A.fit = R[0].GetTensorMutableData<float>()[0];
  }
  // CHECK: note: 'cv text' in field 'cv_text'
  // CHECK: high-risk-purpose.cpp:[[@LINE+1]]:3: note: the model's output sorted (a ranking)
  std::sort(Pool.begin(), Pool.end(),
            [](const Applicant &L, const Applicant &R) { return L.fit > R.fit; });
}

// 5(b): the model runs in a helper; the caller's names and its threshold
// decide. camelCase and a member function.
class Scorer {
public:
  float predict(std::vector<float> &Features) {
    Ort::Value V = tensor(Features);
    const char *In[] = {"input"};
    const char *Out[] = {"output"};
    // CHECK: high-risk-purpose.cpp:[[@LINE+1]]:{{[0-9]+}}: warning: model inference serves credit scoring of natural persons (Annex III point 5(b)); {{.*}} [aiact-high-risk-purpose]
    auto R = Session.Run(Ort::RunOptions{nullptr}, In, &V, 1, Out, 1);
    return R[0].GetTensorMutableData<float>()[0];
  }

private:
  Ort::Session Session{nullptr};
};

struct LoanRequest {
  float amount;
  float monthlyIncome;
};

bool decide(Scorer &M, const LoanRequest &Req) {
  std::vector<float> F = {Req.amount, Req.monthlyIncome};
  // CHECK: high-risk-purpose.cpp:[[@LINE+1]]:{{[0-9]+}}: note: 'probability of default' in variable 'probabilityOfDefault'
  float probabilityOfDefault = M.predict(F);
  return probabilityOfDefault < 0.2f;
}

// 3(b), German: ncnn with the blob names carrying the words.
float bewerte(const ncnn::Net &Net, const ncnn::Mat &Aufsatz) {
  ncnn::Extractor Ex = Net.create_extractor();
  Ex.input("aufsatz", Aufsatz);
  ncnn::Mat Out;
  // CHECK: high-risk-purpose.cpp:[[@LINE+1]]:{{[0-9]+}}: warning: model inference serves evaluating learning outcomes (Annex III point 3(b)); {{.*}} [aiact-high-risk-purpose]
  Ex.extract("pruefungsnote", Out);
  // CHECK: note: 'pruefungsnote' in string "pruefungsnote"
  return Out.row(0)[0];
}

// 7(c), through a template instantiated with the type that names it, and
// a macro around the call.
#define RUN_ONE(Req, T) (Req).set_input_tensor(T), (Req).infer()

struct VisaApplication {
  std::vector<float> features;
};

template <typename Case> float assess(ov::InferRequest &Req, Case &C) {
  ov::Tensor T(ov::element::f32, ov::Shape{1, C.features.size()},
               C.features.data());
  // CHECK: high-risk-purpose.cpp:[[@LINE+1]]:{{[0-9]+}}: warning: model inference serves examining asylum, visa or residence permit applications (Annex III point 7(c)); {{.*}} [aiact-high-risk-purpose]
  RUN_ONE(Req, T);
  return static_cast<float *>(Req.get_output_tensor().data())[0];
}

float visaRisk(ov::InferRequest &Req, VisaApplication &V) {
  return assess(Req, V);
}

// 6(d), French, LibTorch inside a lambda.
void evaluer(torch::jit::Module &Modele, const std::vector<at::Tensor> &Dossiers,
             std::vector<float> &Sorties) {
  auto Une = [&](const at::Tensor &Dossier) {
    // CHECK: high-risk-purpose.cpp:[[@LINE+1]]:{{[0-9]+}}: warning: model inference serves assessing the risk of offending or re-offending (Annex III point 6(d)); {{.*}} [aiact-high-risk-purpose]
    float risque_de_recidive = Modele.forward({Dossier}).toTensor().item<float>();
    Sorties.push_back(risque_de_recidive);
  };
  for (const at::Tensor &D : Dossiers)
    Une(D);
}

// Words only elsewhere in the function, not on the model's data path:
// `possible`, hidden unless asked for.
float unrelated(Ort::Session &S, std::vector<float> &X) {
  const char *Banner = "credit scoring service v2";
  (void)Banner;
  Ort::Value V = tensor(X);
  const char *In[] = {"a"};
  const char *Out[] = {"b"};
  // POSSIBLE: high-risk-purpose.cpp:[[@LINE+1]]:{{[0-9]+}}: warning: model inference serves credit scoring of natural persons (Annex III point 5(b)); {{.*}} [aiact-high-risk-purpose]
  auto R = S.Run(Ort::RunOptions{nullptr}, In, &V, 1, Out, 1);
  // POSSIBLE: note: 'credit scoring' in string "credit scoring service v2"
  // POSSIBLE: note: these words are in the function that runs the model, not on the model's inputs or outputs
  return R[0].GetTensorMutableData<float>()[0];
}

//===--- Look-alikes: silent ---===//

// A CV parser: a tagger over the CV's text, an argmax per token, fields
// filled; nothing ranks, filters or scores the person.
struct ParsedCv {
  std::string email, skills;
};

ParsedCv parse_cv(Ort::Session &S, const std::string &cv_text) {
  std::vector<float> X = embed(cv_text);
  Ort::Value V = tensor(X);
  const char *In[] = {"tokens"};
  const char *Out[] = {"tags"};
  auto R = S.Run(Ort::RunOptions{nullptr}, In, &V, 1, Out, 1);
  float *Logits = R[0].GetTensorMutableData<float>();
  ParsedCv P;
  for (int T = 0; T < 128; ++T) {
    int Best = 0;
    for (int K = 1; K < 9; ++K)
      if (Logits[T * 9 + K] > Logits[T * 9 + Best])
        Best = K;
    if (Best == 1)
      P.email += cv_text[T];
    else if (Best == 2)
      P.skills += cv_text[T];
  }
  return P;
}

// An HR tool with no model: ranking employees by hand is not AI.
struct Employee {
  std::string name;
  float performance_score;
};
void rank_employees(std::vector<Employee> &Staff) {
  std::sort(Staff.begin(), Staff.end(), [](const Employee &A, const Employee &B) {
    return A.performance_score > B.performance_score;
  });
}

// A thermostat with no model: district heating control by rule.
float heating_valve(float district_heating_return_temp, float setpoint) {
  return district_heating_return_temp < setpoint ? 1.0f : 0.0f;
}

// Resuming training, MPI ranks, workers and scores: words that look like
// the vocabularies but are not.
float resume_eval(Ort::Session &S, std::vector<float> &Batch, int rank,
                  int worker) {
  bool resume_from_checkpoint = rank == 0 && worker > 0;
  Ort::Value V = tensor(Batch);
  const char *In[] = {"pixel_values"};
  const char *Out[] = {"logits"};
  auto R = S.Run(Ort::RunOptions{nullptr}, In, &V, 1, Out, 1);
  float score = R[0].GetTensorMutableData<float>()[0];
  return resume_from_checkpoint && score > 0.5f ? score : 0.0f;
}

// A detector with a confidence threshold: a decision, but on nothing an
// Annex III point names.
int count_cars(ov::InferRequest &Req, ov::Tensor &Frame) {
  Req.set_input_tensor(Frame);
  Req.infer();
  float *Conf = static_cast<float *>(Req.get_output_tensor().data());
  int N = 0;
  for (int I = 0; I < 100; ++I)
    if (Conf[I] > 0.6f)
      ++N;
  return N;
}
