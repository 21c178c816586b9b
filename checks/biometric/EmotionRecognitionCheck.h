//===- EmotionRecognitionCheck.h - aiact-emotion-recognition --------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
#ifndef AIACT_BIOMETRIC_EMOTIONRECOGNITIONCHECK_H
#define AIACT_BIOMETRIC_EMOTIONRECOGNITIONCHECK_H

#include "biometric/BiometricAnalysis.h"

namespace aiact {

/// Finds emotion recognition (Annex III point 1(c), Art. 50(3)): emotion
/// models by file name, emotion label sets the program indexes, emotion
/// outputs of libraries it reads. Prohibited by Art. 5(1)(f) at work and in
/// education, unless the declared purpose is medical or safety.
class EmotionRecognitionCheck : public BiometricCheck {
public:
  using BiometricCheck::BiometricCheck;

private:
  void report(const BiometricResults &Results,
              const clang::SourceManager &SM) override;
};

} // namespace aiact

#endif
