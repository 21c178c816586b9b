// RUN: %aiact --show-remarks --checks='-*,aiact-high-risk-purpose' %s -- -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -fplugin=%plugin -fplugin-arg-aiact-show-remarks -fplugin-arg-aiact-checks='-*,aiact-high-risk-purpose' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'

// Every Annex III point from 2 to 8 in C, with gradient-boosted trees
// (XGBoost, LightGBM): the words sit on the model's input (a struct field,
// a column name), on its output (a variable, a field it is stored in), or
// in a call the output decides; in English, German and French.

#include "LightGBM/c_api.h"
#include "xgboost/c_api.h"

#include <string.h>

static float xgb(BoosterHandle B, const float *Row, int N) {
  DMatrixHandle M;
  bst_ulong Len;
  const float *Out;
  XGDMatrixCreateFromMat(Row, 1, N, 0.0f, &M);
  // The helper is reported, with the caller's words (point 3(a), below).
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves admission or assignment to education (Annex III point 3(a)); {{.*}}
  XGBoosterPredict(B, M, 0, 0, 0, &Len, &Out);
  // CHECK: points.c:[[@LINE+21]]:{{[0-9]+}}: note: 'admission decision' in string "admission_decision_prior"
  return Out[0];
}

// Point 2: the output sets a traffic signal's phase: a subject (the
// junction) and an action on it.
struct Junction { int traffic_signal_phase; };
void control(BoosterHandle B, const float *Sensors, struct Junction *J) {
  DMatrixHandle M;
  bst_ulong Len;
  const float *Out;
  XGDMatrixCreateFromMat(Sensors, 1, 16, 0.0f, &M);
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves a safety component of critical infrastructure (road traffic, water, gas, heating or electricity supply) (Annex III point 2); {{.*}}
  XGBoosterPredict(B, M, 0, 0, 0, &Len, &Out);
  J->traffic_signal_phase = Out[0] > 0.5f;
  // CHECK: note: 'junction' in type 'Junction'
  // CHECK: note: 'signal phase' in field 'traffic_signal_phase'
}

// Point 3(a): a column name on the input.
float admit(BoosterHandle B) {
  static const char *Columns[] = {"gpa", "admission_decision_prior"};
  float Row[2];
  Row[0] = (float)strlen(Columns[1]);
  return xgb(B, Row, 2);
}

float level(BoosterHandle B, const float *X) {
  DMatrixHandle M;
  bst_ulong Len;
  const float *Out;
  XGDMatrixCreateFromMat(X, 1, 8, 0.0f, &M);
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves assessing the level of education a person may access (Annex III point 3(c)); {{.*}}
  XGBoosterPredict(B, M, 0, 0, 0, &Len, &Out);
  float placement_test_band = Out[0];
  return placement_test_band;
  // CHECK: note: 'placement test' in variable 'placement_test_band'
}

float watch(BoosterHandle B, const float *X) {
  int64_t Len;
  double Out[1];
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves proctoring: detecting prohibited behaviour of students during tests (Annex III point 3(d)); {{.*}}
  LGBM_BoosterPredictForMatSingleRow(B, X, C_API_DTYPE_FLOAT32, 8, 1, C_API_PREDICT_NORMAL, 0, -1, "", &Len, Out);
  float cheatingScore = Out[0];
  return cheatingScore;
  // CHECK: note: 'cheating score' in variable 'cheatingScore'
}

struct MonitorRow { float mitarbeiterueberwachung[8]; };
float monitor(BoosterHandle B, const struct MonitorRow *R) {
  DMatrixHandle M;
  bst_ulong Len;
  const float *Out;
  XGDMatrixCreateFromMat(R->mitarbeiterueberwachung, 1, 8, 0.0f, &M);
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves decisions on workers (promotion, termination, task allocation, performance monitoring) (Annex III point 4(b)); {{.*}}
  XGBoosterPredict(B, M, 0, 0, 0, &Len, &Out);
  return Out[0];
  // CHECK: note: 'mitarbeiterueberwachung' in field 'mitarbeiterueberwachung'
}

void housing_benefit_granted(int id);
float benefits(BoosterHandle B, const float *X) {
  int64_t Len;
  double Out[1];
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves eligibility for public assistance benefits (Annex III point 5(a)); {{.*}}
  LGBM_BoosterPredictForMatSingleRow(B, X, C_API_DTYPE_FLOAT32, 8, 1, C_API_PREDICT_NORMAL, 0, -1, "", &Len, Out);
  if (Out[0] > 0.5)
    housing_benefit_granted(7);
  return 0;
  // CHECK: note: 'housing benefit' in call to 'housing_benefit_granted'
}

float premium(BoosterHandle B, const float *X) {
  DMatrixHandle M;
  bst_ulong Len;
  const float *Out;
  XGDMatrixCreateFromMat(X, 1, 8, 0.0f, &M);
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves risk assessment and pricing in life and health insurance (Annex III point 5(c)); {{.*}}
  XGBoosterPredict(B, M, 0, 0, 0, &Len, &Out);
  float prime_d_assurance = Out[0];
  return prime_d_assurance;
  // CHECK: note: 'prime d assurance' in variable 'prime_d_assurance'
}

float dispatch(BoosterHandle B, const float *X) {
  int64_t Len;
  double Out[1];
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves triage of emergency calls or dispatch of emergency services (Annex III point 5(d)); {{.*}}
  LGBM_BoosterPredictForMatSingleRow(B, X, C_API_DTYPE_FLOAT32, 8, 1, C_API_PREDICT_NORMAL, 0, -1, "", &Len, Out);
  float patientTriageLevel = Out[0];
  return patientTriageLevel;
  // CHECK: note: 'patient triage' in variable 'patientTriageLevel'
}

float victims(BoosterHandle B, const float *X) {
  DMatrixHandle M;
  bst_ulong Len;
  const float *Out;
  const char *Cols[] = {"domestic_violence_risk"};
  XGDMatrixCreateFromMat(Cols[0] ? X : 0, 1, 8, 0.0f, &M);
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves assessing the risk of a person becoming a crime victim (Annex III point 6(a)); {{.*}}
  XGBoosterPredict(B, M, 0, 0, 0, &Len, &Out);
  return Out[0];
  // CHECK: note: 'domestic violence risk' in string "domestic_violence_risk"
}

float interview(BoosterHandle B, const float *X) {
  int64_t Len;
  double Out[1];
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves polygraphs or similar tools (point 7(a) when used in migration) (Annex III point 6(b)); {{.*}}
  LGBM_BoosterPredictForMatSingleRow(B, X, C_API_DTYPE_FLOAT32, 8, 1, C_API_PREDICT_NORMAL, 0, -1, "", &Len, Out);
  float deception_score = Out[0];
  return deception_score;
  // CHECK: note: 'deception score' in variable 'deception_score'
}

struct EvidenceResult { float witness_credibility; };
float evidence(BoosterHandle B, const float *X, struct EvidenceResult *Res) {
  DMatrixHandle M;
  bst_ulong Len;
  const float *Out;
  XGDMatrixCreateFromMat(X, 1, 8, 0.0f, &M);
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves evaluating the reliability of evidence (Annex III point 6(c)); {{.*}}
  XGBoosterPredict(B, M, 0, 0, 0, &Len, &Out);
  Res->witness_credibility = Out[0];
  return 0;
  // CHECK: note: 'witness credibility' in field 'witness_credibility'
}

void update_suspect_ranking(int id, float v);
float suspects(BoosterHandle B, const float *X) {
  int64_t Len;
  double Out[1];
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves profiling persons in criminal investigations (Annex III point 6(e)); {{.*}}
  LGBM_BoosterPredictForMatSingleRow(B, X, C_API_DTYPE_FLOAT32, 8, 1, C_API_PREDICT_NORMAL, 0, -1, "", &Len, Out);
  update_suspect_ranking(7, Out[0]);
  return 0;
  // CHECK: note: 'suspect ranking' in call to 'update_suspect_ranking'
}

float border(BoosterHandle B, const float *X) {
  DMatrixHandle M;
  bst_ulong Len;
  const float *Out;
  XGDMatrixCreateFromMat(X, 1, 8, 0.0f, &M);
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves assessing risks posed by persons entering a Member State (Annex III point 7(b)); {{.*}}
  XGBoosterPredict(B, M, 0, 0, 0, &Len, &Out);
  float travellerRisk = Out[0];
  return travellerRisk;
  // CHECK: note: 'traveller risk' in variable 'travellerRisk'
}

float court(BoosterHandle B, const float *X) {
  int64_t Len;
  double Out[1];
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves assisting judicial authorities or alternative dispute resolution (Annex III point 8(a)); {{.*}}
  LGBM_BoosterPredictForMatSingleRow(B, X, C_API_DTYPE_FLOAT32, 8, 1, C_API_PREDICT_NORMAL, 0, -1, "num_threads=1", &Len, Out);
  double sentence_recommendation = Out[0];
  return sentence_recommendation;
  // CHECK: note: 'sentence recommendation' in variable 'sentence_recommendation'
}

struct CampaignResult { float swing_voters; };
float campaign(BoosterHandle B, const float *X, struct CampaignResult *Res) {
  DMatrixHandle M;
  bst_ulong Len;
  const float *Out;
  XGDMatrixCreateFromMat(X, 1, 8, 0.0f, &M);
  // CHECK: points.c:[[@LINE+1]]:3: warning: model inference serves influencing elections or voting behaviour (Annex III point 8(b)); {{.*}}
  XGBoosterPredict(B, M, 0, 0, 0, &Len, &Out);
  Res->swing_voters = Out[0];
  return 0;
  // CHECK: note: 'swing voters' in field 'swing_voters'
}

// Fraud detection is excluded from point 5(b): a remark, not a warning,
// even with loan words on the input.
struct Transaction { float amount, loan_balance; };
float screen(BoosterHandle B, const struct Transaction *T) {
  DMatrixHandle M;
  bst_ulong Len;
  const float *Out;
  XGDMatrixCreateFromMat(&T->loan_balance, 1, 1, 0.0f, &M);
  // CHECK: points.c:[[@LINE+1]]:3: remark: model inference scores fraud ('fraud score'), which Annex III point 5(b) excludes from credit scoring; not high-risk on that ground [aiact-high-risk-purpose]
  XGBoosterPredict(B, M, 0, 0, 0, &Len, &Out);
  float fraud_score = Out[0];
  // CHECK: note: 'fraud score' in variable 'fraud_score'
  // CHECK: note: 'loan' in field 'loan_balance'
  // CHECK: note: 'score' in variable 'fraud_score'
  return fraud_score > 0.9f;
}
