//===- Registry.cpp - The list of every aiact check -----------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
//
// One line per check, in alphabetical order. Every front-end (plugin,
// clang-tidy module, driver) takes its checks from here.
//
//===----------------------------------------------------------------------===//

#include "biometric/BiometricCategorisationCheck.h"
#include "biometric/BiometricIdentificationCheck.h"
#include "biometric/BiometricVerificationCheck.h"
#include "biometric/EmotionRecognitionCheck.h"
#include "biometric/FacialImageScrapingCheck.h"
#include "biometric/RealtimeBiometricIdentificationCheck.h"
#include "content/ConversationalAiCheck.h"
#include "content/DeepFakeCheck.h"
#include "content/SyntheticContentCheck.h"
#include "content/UndisclosedAiInteractionCheck.h"
#include "content/UnmarkedSyntheticOutputCheck.h"
#include "core/Check.h"
#include "gpai/GpaiTrainingCheck.h"
#include "purpose/HighRiskPurposeCheck.h"
#include "purpose/ProhibitedPracticeCheck.h"
#include "purpose/PurposeMismatchCheck.h"

namespace aiact {

static CheckRegistry makeRegistry() {
  CheckRegistry R;
  R.registerCheck<BiometricCategorisationCheck>(
      "aiact-biometric-categorisation");
  R.registerCheck<BiometricIdentificationCheck>(
      "aiact-biometric-identification");
  R.registerCheck<BiometricVerificationCheck>("aiact-biometric-verification");
  R.registerCheck<ConversationalAiCheck>("aiact-conversational-ai");
  R.registerCheck<DeepFakeCheck>("aiact-deep-fake");
  R.registerCheck<EmotionRecognitionCheck>("aiact-emotion-recognition");
  R.registerCheck<FacialImageScrapingCheck>("aiact-facial-image-scraping");
  R.registerCheck<GpaiTrainingCheck>("aiact-gpai-training");
  R.registerCheck<HighRiskPurposeCheck>("aiact-high-risk-purpose");
  R.registerCheck<ProhibitedPracticeCheck>("aiact-prohibited-practice");
  R.registerCheck<PurposeMismatchCheck>("aiact-purpose-mismatch");
  R.registerCheck<RealtimeBiometricIdentificationCheck>(
      "aiact-realtime-biometric-identification");
  R.registerCheck<SyntheticContentCheck>("aiact-synthetic-content");
  R.registerCheck<UndisclosedAiInteractionCheck>(
      "aiact-undisclosed-ai-interaction");
  R.registerCheck<UnmarkedSyntheticOutputCheck>(
      "aiact-unmarked-synthetic-output");
  return R;
}

const CheckRegistry &checkRegistry() {
  static const CheckRegistry R = makeRegistry();
  return R;
}

} // namespace aiact
