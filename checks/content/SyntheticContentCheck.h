//===- SyntheticContentCheck.h - aiact-synthetic-content ------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
#ifndef AIACT_CONTENT_SYNTHETICCONTENTCHECK_H
#define AIACT_CONTENT_SYNTHETICCONTENTCHECK_H

#include "core/Check.h"
#include "core/FlowGraph.h"

#include <memory>

namespace aiact {

/// Finds code that generates synthetic content (Art. 50(2)): for text, a loop
/// that runs a model, turns its output into a token and feeds that token
/// back into the model.
class SyntheticContentCheck : public Check {
public:
  SyntheticContentCheck(llvm::StringRef Id, CheckContext &Ctx);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  void finishTranslationUnit() override;
  CheckContext &Ctx;
  std::unique_ptr<GenerationAnalyzer> Analyzer;
};

} // namespace aiact

#endif
