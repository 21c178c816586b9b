// RUN: %aiact --config-file=%S/Inputs/declared-5b.yaml --checks='-*,aiact-high-risk-purpose,aiact-purpose-mismatch' --show-remarks %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=DECLARED --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-config=%S/Inputs/declared-5b.yaml -fplugin-arg-aiact-checks='-*,aiact-high-risk-purpose,aiact-purpose-mismatch' -fplugin-arg-aiact-show-remarks -I%inputs %s 2>&1 | FileCheck %s --check-prefix=DECLARED --implicit-check-not='{{warning|error|remark}}:'
// RUN: %aiact --config-file=%S/Inputs/derogation.yaml --checks='-*,aiact-high-risk-purpose' --show-remarks %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=DEROGATION --implicit-check-not='{{warning|error|remark}}:'
// RUN: %aiact --config-file=%S/Inputs/chat.yaml --checks='-*,aiact-purpose-mismatch' --show-remarks %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=CHAT --implicit-check-not='{{warning|error|remark}}:'
// RUN: %aiact --config-file=%S/Inputs/declared-3b.yaml --checks='-*,aiact-purpose-mismatch' --show-remarks %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=REVERSE
// RUN: %aiact --config-file=%S/Inputs/social-scoring.yaml --checks='-*,aiact-prohibited-practice' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=SOCIAL --implicit-check-not='{{warning|error|remark}}:'
// RUN: %aiact --config-file=%S/Inputs/declared-5b.yaml --checks='-*,aiact-high-risk-purpose' --format=json %s -- -std=c++17 -I%inputs 2>/dev/null | FileCheck %s --check-prefix=JSON

// A component's declared purpose against its code: a declared point is
// certain wherever a model runs; a derogation becomes a reminder unless
// personal data on the inputs shows profiling; and what the code shows
// and the declaration does not mention is a mismatch, both ways.

#include "onnxruntime_cxx_api.h"

#include <algorithm>
#include <string>
#include <vector>

std::vector<float> embed(const std::string &Text);

static float run(Ort::Session &S, std::vector<float> &X) {
  Ort::Value V = Ort::Value::CreateTensor<float>(
      Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault),
      X.data(), X.size(), nullptr, 0);
  const char *In[] = {"x"};
  const char *Out[] = {"y"};
  // DECLARED: purpose-declared.cpp:[[@LINE+11]]:12: warning: model inference serves credit scoring of natural persons (Annex III point 5(b)); {{.*}} [aiact-high-risk-purpose]
  // DECLARED: {{.*}}: note: component 'lending' declares Annex III point 5(b)
  // DEROGATION: purpose-declared.cpp:[[@LINE+9]]:12: warning: model inference serves credit scoring of natural persons (Annex III point 5(b)); {{.*}} [aiact-high-risk-purpose]
  // DEROGATION: {{.*}}: note: 'annual income' in field 'annual_income' on the model's inputs: the system profiles natural persons, which Art. 6(3) keeps high-risk despite the derogation declared for component 'lending'
  // CHAT: purpose-declared.cpp:[[@LINE+7]]:12: remark: the code shows credit scoring of natural persons (Annex III point 5(b)), which the declared purpose does not mention: the intended purpose of component 'assistant' is 'chat assistant for developers' [aiact-purpose-mismatch]
  // REVERSE: purpose-declared.cpp:[[@LINE+6]]:12: remark: component 'grading' declares Annex III point 3(b), but the model inference in this unit shows nothing of it
  // REVERSE: purpose-declared.cpp:[[@LINE+5]]:12: remark: the code shows credit scoring of natural persons (Annex III point 5(b)), which the declared purpose does not mention: component 'grading' declares Annex III point 3(b) [aiact-purpose-mismatch]
  // SOCIAL: purpose-declared.cpp:[[@LINE+4]]:12: warning: model inference appears to serve social scoring of persons; Art. 5(1)(c) would prohibit placing such a system on the market, putting it into service or using it [aiact-prohibited-practice]
  // SOCIAL: {{.*}}: note: the intended purpose of component 'city' names 'social scoring'
  // JSON: "check": "aiact-high-risk-purpose"
  // JSON: "confidence": "certain"
  auto R = S.Run(Ort::RunOptions{nullptr}, In, &V, 1, Out, 1);
  return R[0].GetTensorMutableData<float>()[0];
}

// Credit scoring with personal data on the model's inputs.
struct Borrower {
  float annual_income;
  float loan_amount;
};

bool approve(Ort::Session &S, const Borrower &B) {
  std::vector<float> X = {B.annual_income, B.loan_amount};
  float credit_risk = run(S, X);
  return credit_risk < 0.1f;
}

// A model whose code says nothing of its purpose.
float anonymous(Ort::Session &S) {
  std::vector<float> X(16, 0.0f);
  Ort::Value V = Ort::Value::CreateTensor<float>(
      Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault),
      X.data(), X.size(), nullptr, 0);
  const char *In[] = {"x"};
  const char *Out[] = {"y"};
  // DECLARED: purpose-declared.cpp:[[@LINE+5]]:12: warning: model inference serves credit scoring of natural persons (Annex III point 5(b)); {{.*}} [aiact-high-risk-purpose]
  // DECLARED: {{.*}}: note: component 'lending' declares Annex III point 5(b)
  // DEROGATION: purpose-declared.cpp:[[@LINE+3]]:12: remark: model inference serves access to essential private and public services and benefits (Annex III point 5); component 'lending' declares an Art. 6(3) derogation ((d): prepares the file for a human underwriter): the system would not be high-risk if it poses no significant risk of harm; Art. 6(4) requires documenting that assessment before it is placed on the market or put into service, and Art. 49(2) registering it [aiact-high-risk-purpose]
  // DEROGATION: {{.*}}: note: Art. 6(3) does not apply to a system that profiles natural persons; no personal data was found on the model's inputs
  // SOCIAL: purpose-declared.cpp:[[@LINE+1]]:12: warning: model inference appears to serve social scoring of persons; {{.*}}
  auto R = S.Run(Ort::RunOptions{nullptr}, In, &V, 1, Out, 1);
  return R[0].GetTensorMutableData<float>()[0];
}

// In an audit, a mismatch is a warning: shown without --show-remarks.
// RUN: rm -rf %t && mkdir -p %t/tree && cp %s %inputs/onnxruntime_cxx_api.h %inputs/onnxruntime_c_api.h %t/tree/ && cp %S/Inputs/chat.yaml %t/tree/.aiact.yaml
// RUN: %aiact audit %t/tree --checks='-*,aiact-purpose-mismatch' --format=markdown 2>/dev/null | FileCheck %s --check-prefix=AUDIT
// AUDIT: ## Findings (1)
// AUDIT: purpose-declared.cpp:{{[0-9]+}}:12: the code shows credit scoring of natural persons (Annex III point 5(b)), which the declared purpose does not mention
// AUDIT: `aiact-purpose-mismatch` · Annex III 5(b) · info · confidence likely

// A component declared for some paths covers only those files.
// RUN: rm -rf %t.p && mkdir -p %t.p/src %t.p/other && cp %s %t.p/src/a.cpp && cp %s %t.p/other/b.cpp
// RUN: printf "Components:\n  - Name: lending\n    Paths: ['src/**']\n    AnnexIII: '5(b)'\n" > %t.p/.aiact.yaml
// RUN: %aiact --checks='-*,aiact-high-risk-purpose' %t.p/src/a.cpp -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=INSIDE
// INSIDE: a.cpp:{{[0-9]+}}:12: warning: model inference serves credit scoring of natural persons (Annex III point 5(b))
// INSIDE: note: component 'lending' declares Annex III point 5(b)
// RUN: %aiact --checks='-*,aiact-high-risk-purpose' %t.p/other/b.cpp -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=OUTSIDE --implicit-check-not=declares
// OUTSIDE: b.cpp:{{[0-9]+}}:12: warning: model inference serves credit scoring of natural persons (Annex III point 5(b))
