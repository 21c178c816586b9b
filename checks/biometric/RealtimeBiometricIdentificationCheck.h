//===- RealtimeBiometricIdentificationCheck.h -----------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
#ifndef AIACT_BIOMETRIC_REALTIMEBIOMETRICIDENTIFICATIONCHECK_H
#define AIACT_BIOMETRIC_REALTIMEBIOMETRICIDENTIFICATIONCHECK_H

#include "biometric/BiometricAnalysis.h"

namespace aiact {

/// Finds identification fed by a live source in the same loop: a camera or
/// network stream, or a microphone (Annex III point 1(a); Art. 5(1)(h)
/// prohibits it for law enforcement in publicly accessible spaces).
class RealtimeBiometricIdentificationCheck : public BiometricCheck {
public:
  using BiometricCheck::BiometricCheck;

private:
  void report(const BiometricResults &Results,
              const clang::SourceManager &SM) override;
};

} // namespace aiact

#endif
