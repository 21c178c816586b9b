// RUN: %aiact --show-remarks --checks='-*,aiact-biometric-categorisation' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefixes=CHECK,CODE --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-show-remarks -fplugin-arg-aiact-checks='-*,aiact-biometric-categorisation' -I%inputs %s 2>&1 | FileCheck %s --check-prefixes=CHECK,CODE --implicit-check-not='{{warning|error|remark}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-biometric-categorisation' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefixes=CHECK,CODE --implicit-check-not='{{warning|error}}:'
// A declared ancillary purpose (a try-on feature) turns age and sex into a
// remark; race stays prohibited.
// RUN: %aiact --show-remarks --config-file=%S/Inputs/try-on.yaml --checks='-*,aiact-biometric-categorisation' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefixes=CHECK,TRYON --implicit-check-not='{{warning|error|remark}}:'

// aiact-biometric-categorisation through libraries: SeetaFace's age and
// gender predictors, InspireFace's attribute result (race is an Art.
// 5(1)(g) category).

#include "inspireface.h"
#include "seeta/AgePredictor.h"
#include "seeta/GenderPredictor.h"

#include <cstdio>

void seeta_attrs(seeta::AgePredictor &A, seeta::GenderPredictor &G,
                 const SeetaImageData &Img, const SeetaPointF *Pts) {
  int Age = 0;
  seeta::GenderPredictor::GENDER Sex;
  // CODE: {{.*}}libraries.cpp:[[@LINE+3]]:3: warning: infers age or sex of people (seeta::v6::AgePredictor::PredictAgeWithCrop); if placed on the market or put into service, biometric categorisation would be high-risk under Annex III point 1(b), Art. 50(3) would require informing the people exposed to it, and the open-source exemption of Art. 2(12) would not apply [aiact-biometric-categorisation]
  // TRYON: {{.*}}libraries.cpp:[[@LINE+2]]:3: remark: infers age or sex of people (seeta::v6::AgePredictor::PredictAgeWithCrop) for a feature the declared purpose describes as ancillary; a feature strictly necessary for another service (Art. 3(40), recital 16) is not a biometric categorisation system [aiact-biometric-categorisation]
  // TRYON: {{.*}}libraries.cpp:[[@LINE+1]]:3: note: the declared intended purpose of component 'shop' names 'virtual try on'
  A.PredictAgeWithCrop(Img, Pts, Age);
  // CHECK: {{.*}}libraries.cpp:[[@LINE+1]]:3: note: and seeta::v6::GenderPredictor::PredictGenderWithCrop here
  G.PredictGenderWithCrop(Img, Pts, Sex);
  std::printf("%d %d\n", Age, static_cast<int>(Sex));
}

void inspire_attrs(HFSession S) {
  HFFaceAttributeResult R;
  HFGetFaceAttributeResult(S, &R);
  // CHECK: {{.*}}libraries.cpp:[[@LINE+2]]:57: warning: infers age or sex and race or ethnic origin of people (HFFaceAttributeResult::race); Art. 5(1)(g) would prohibit placing on the market, putting into service or using a biometric categorisation system that deduces race, political opinions, trade-union membership, religious or philosophical beliefs, sex life or sexual orientation [aiact-biometric-categorisation]
  // CHECK: {{.*}}libraries.cpp:[[@LINE-2]]:3: note: and HFGetFaceAttributeResult here
  for (int I = 0; I < R.num; ++I) std::printf("%d\n", R.race[I]);
}

// Reading only the gender field of the same result is still age or sex;
// a face tracked without attributes is nothing.
void track_only(HFSession S, HFImageStream Img) {
  HFMultipleFaceData Faces;
  HFExecuteFaceTrack(S, Img, &Faces);
}
