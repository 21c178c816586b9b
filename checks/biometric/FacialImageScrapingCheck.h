//===- FacialImageScrapingCheck.h - aiact-facial-image-scraping -----------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
#ifndef AIACT_BIOMETRIC_FACIALIMAGESCRAPINGCHECK_H
#define AIACT_BIOMETRIC_FACIALIMAGESCRAPINGCHECK_H

#include "biometric/BiometricAnalysis.h"

namespace aiact {

/// Finds the practice Art. 5(1)(e) prohibits: a loop that downloads images
/// in bulk (or reads network camera streams), computes face templates and
/// stores them for later matching.
class FacialImageScrapingCheck : public BiometricCheck {
public:
  using BiometricCheck::BiometricCheck;

private:
  void report(const BiometricResults &Results,
              const clang::SourceManager &SM) override;
};

} // namespace aiact

#endif
