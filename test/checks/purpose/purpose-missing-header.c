// RUN: %aiact --checks='-*,aiact-high-risk-purpose' %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %aiact --checks='-*,aiact-high-risk-purpose' --format=json %s 2>/dev/null | FileCheck %s --check-prefix=JSON

// XGBoost's header is not on the include path (driver only): the catalog's
// stubs declare its API, so the prediction is still model inference, and
// the finding has confidence `likely`.
// CHECK: warning: {{.*}}missing-header.c: {{[0-9]+}} compiler errors
// CHECK: warning: {{.*}}missing-header.c: missing includes served from catalog stubs: xgboost/c_api.h; findings that rest on them have confidence 'likely'
// JSON: "check": "aiact-high-risk-purpose"
// JSON: "confidence": "likely"

#include <xgboost/c_api.h>

struct Claim {
  float age, bmi, smoker;
};

float price(BoosterHandle B, const struct Claim *C) {
  DMatrixHandle M;
  bst_ulong Len;
  const float *Out;
  XGDMatrixCreateFromMat(&C->age, 1, 3, 0.0f, &M);
  // CHECK: missing-header.c:[[@LINE+1]]:3: warning: model inference serves risk assessment and pricing in life and health insurance (Annex III point 5(c)); {{.*}}
  XGBoosterPredict(B, M, 0, 0, 0, &Len, &Out);
  float health_premium = Out[0] * 1200.0f;
  // CHECK: note: 'health premium' in variable 'health_premium'
  return health_premium;
}
