//===- BiometricCategorisationCheck.h - aiact-biometric-categorisation ----===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
#ifndef AIACT_BIOMETRIC_BIOMETRICCATEGORISATIONCHECK_H
#define AIACT_BIOMETRIC_BIOMETRICCATEGORISATIONCHECK_H

#include "biometric/BiometricAnalysis.h"

namespace aiact {

/// Finds biometric categorisation (Annex III point 1(b), Art. 50(3)): age,
/// sex, race and similar attributes inferred from faces, bodies or voices.
/// Prohibited by Art. 5(1)(g) for race, political opinions, trade-union
/// membership, religion, sex life or sexual orientation, except for
/// labelling or filtering datasets.
class BiometricCategorisationCheck : public BiometricCheck {
public:
  using BiometricCheck::BiometricCheck;

private:
  void report(const BiometricResults &Results,
              const clang::SourceManager &SM) override;
};

} // namespace aiact

#endif
