//===- SyntheticContentCheck.h - aiact-synthetic-content ------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
#ifndef AIACT_CONTENT_SYNTHETICCONTENTCHECK_H
#define AIACT_CONTENT_SYNTHETICCONTENTCHECK_H

#include "core/FunctionCheck.h"

#include <set>

namespace aiact {

/// Finds code that generates synthetic content (Art. 50(2)): for text, a loop
/// that runs a model, turns its output into a token and feeds that token
/// back into the model.
class SyntheticContentCheck : public FunctionCheck {
public:
  using FunctionCheck::FunctionCheck;

private:
  void checkFunction(const clang::FunctionDecl *FD, GenerationAnalyzer &A,
                     const clang::SourceManager &SM) override;
  void finishTranslationUnit() override;
  /// Reports media a model makes from a seed, once per model call, when a
  /// write in \p FD (or a function it calls) shows its medium.
  void reportSeeded(const clang::FunctionDecl *FD, GenerationAnalyzer &A,
                    const clang::SourceManager &SM);
  /// Model calls already reported as seeded generation in this unit.
  std::set<clang::SourceLocation> ReportedSeeded;
};

} // namespace aiact

#endif
