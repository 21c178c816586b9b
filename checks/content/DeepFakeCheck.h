//===- DeepFakeCheck.h - aiact-deep-fake ----------------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
#ifndef AIACT_CONTENT_DEEPFAKECHECK_H
#define AIACT_CONTENT_DEEPFAKECHECK_H

#include "core/FunctionCheck.h"

#include <set>

namespace aiact {

/// Finds code that makes deep fakes (Art. 50(4)): a face-swap, face
/// reenactment, lip-sync, voice-conversion or undressing model loaded by a
/// known file name, and image generation that preserves the identity of the
/// person in reference photos, or that a person's face or voice embedding
/// conditions (face swapping, voice cloning written by hand). With evidence of
/// undressing, it is the practice Art. 5(1)(ba) prohibits from 2 December 2026
/// (by the run date,
/// --as-of).
class DeepFakeCheck : public FunctionCheck {
public:
  using FunctionCheck::FunctionCheck;

private:
  void checkFunction(const clang::FunctionDecl *FD, GenerationAnalyzer &A,
                     const clang::SourceManager &SM) override;
  void finishTranslationUnit() override;
  /// Model calls already reported as conditioned on a person's embedding.
  std::set<clang::SourceLocation> ReportedLikeness;
};

} // namespace aiact

#endif
