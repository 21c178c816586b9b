// The setting decides between high-risk and prohibited (Art. 5(1)(f)).
// RUN: %aiact --checks='-*,aiact-emotion-recognition' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=CODE --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-emotion-recognition' -I%inputs %s 2>&1 | FileCheck %s --check-prefix=CODE --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-emotion-recognition' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=CODE --implicit-check-not='{{warning|error}}:'
// The declared purpose names a workplace: certain, and SARIF level error.
// RUN: %aiact --config-file=%S/Inputs/workplace.yaml --checks='-*,aiact-emotion-recognition' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=DECLARED --implicit-check-not='{{warning|error}}:'
// RUN: %aiact --config-file=%S/Inputs/workplace.yaml --format=json --checks='-*,aiact-emotion-recognition' %s -- -std=c++17 -I%inputs 2>/dev/null | FileCheck %s --check-prefix=JSON
// RUN: %aiact --config-file=%S/Inputs/workplace.yaml --format=sarif --checks='-*,aiact-emotion-recognition' %s -- -std=c++17 -I%inputs 2>/dev/null | FileCheck %s --check-prefix=SARIF
// A declared safety purpose is excepted: high-risk again.
// RUN: %aiact --config-file=%S/Inputs/safety.yaml --checks='-*,aiact-emotion-recognition' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=SAFETY --implicit-check-not='{{warning|error}}:'

// SenseVoice's emotion tag for each employee's call, logged by name.

#include "sherpa-onnx/c-api/c-api.h"

#include <cstdio>

void log_call(const SherpaOnnxOfflineStream *S, const char *Name) {
  const SherpaOnnxOfflineRecognizerResult *R =
      SherpaOnnxGetOfflineStreamResult(S);
  // CODE: {{.*}}setting.cpp:[[@LINE+8]]:59: warning: infers emotions of people (SherpaOnnxOfflineRecognizerResult::emotion) in a workplace or education setting; Art. 5(1)(f) would prohibit placing on the market, putting into service or using emotion recognition there, except for medical or safety reasons [aiact-emotion-recognition]
  // CODE: {{.*}}setting.cpp:[[@LINE+7]]:15: note: a string of the program names 'employee'
  // DECLARED: {{.*}}setting.cpp:[[@LINE+6]]:59: warning: infers emotions of people (SherpaOnnxOfflineRecognizerResult::emotion) in a workplace or education setting
  // DECLARED: {{.*}}setting.cpp:[[@LINE+5]]:59: note: the declared intended purpose of component 'moodboard' names 'call centre agents'
  // JSON: "confidence": "certain"
  // SARIF: "level": "error"
  // SAFETY: {{.*}}setting.cpp:[[@LINE+2]]:59: warning: infers emotions of people (SherpaOnnxOfflineRecognizerResult::emotion); if placed on the market
  // SAFETY: {{.*}}setting.cpp:[[@LINE+1]]:59: note: the declared intended purpose of component 'cabin' names 'drowsiness': Art. 5(1)(f) excepts medical and safety reasons
  std::printf("employee %s: %s (%s)\n", Name, R->text, R->emotion);
}
