//===- BiometricIdentificationCheck.h - aiact-biometric-identification ----===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
#ifndef AIACT_BIOMETRIC_BIOMETRICIDENTIFICATIONCHECK_H
#define AIACT_BIOMETRIC_BIOMETRICIDENTIFICATIONCHECK_H

#include "biometric/BiometricAnalysis.h"

namespace aiact {

/// Finds one-to-many biometric identification (Annex III point 1(a)): a
/// face, voice or fingerprint template compared with every template of a
/// gallery, in a loop, an algorithm's comparator or a library search.
class BiometricIdentificationCheck : public BiometricCheck {
public:
  using BiometricCheck::BiometricCheck;

private:
  void report(const BiometricResults &Results,
              const clang::SourceManager &SM) override;
};

} // namespace aiact

#endif
