//===- UndisclosedAiInteractionCheck.h - aiact-undisclosed-ai-interaction -===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
#ifndef AIACT_CONTENT_UNDISCLOSEDAIINTERACTIONCHECK_H
#define AIACT_CONTENT_UNDISCLOSEDAIINTERACTIONCHECK_H

#include "core/Check.h"
#include "core/FlowGraph.h"

#include <memory>

namespace aiact {

/// Finds conversations with people that show no evidence of telling them,
/// before the first reply, that they are interacting with an AI (Art. 50(1)).
class UndisclosedAiInteractionCheck : public Check {
public:
  UndisclosedAiInteractionCheck(llvm::StringRef Id, CheckContext &Ctx);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;

private:
  void finishTranslationUnit() override;
  CheckContext &Ctx;
  std::unique_ptr<GenerationAnalyzer> Analyzer;
};

/// True when \p Text tells a reader that they deal with an AI: "AI" as a
/// word, or phrases such as "language model", "chatbot", "künstliche
/// Intelligenz", "intelligence artificielle".
bool isDisclosureText(llvm::StringRef Text);

} // namespace aiact

#endif
