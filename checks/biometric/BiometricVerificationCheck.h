//===- BiometricVerificationCheck.h - aiact-biometric-verification --------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
#ifndef AIACT_BIOMETRIC_BIOMETRICVERIFICATIONCHECK_H
#define AIACT_BIOMETRIC_BIOMETRICVERIFICATIONCHECK_H

#include "biometric/BiometricAnalysis.h"

namespace aiact {

/// Finds one-to-one biometric verification, which Annex III point 1(a)
/// excludes: a template compared with a single reference, also when the
/// reference is looked up by a claimed identity. Reported as `info` so that
/// an audit shows why identification was ruled out.
class BiometricVerificationCheck : public BiometricCheck {
public:
  using BiometricCheck::BiometricCheck;

private:
  void report(const BiometricResults &Results,
              const clang::SourceManager &SM) override;
};

} // namespace aiact

#endif
