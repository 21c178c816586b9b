//===- UndisclosedAiInteractionCheck.h - aiact-undisclosed-ai-interaction -===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
#ifndef AIACT_CONTENT_UNDISCLOSEDAIINTERACTIONCHECK_H
#define AIACT_CONTENT_UNDISCLOSEDAIINTERACTIONCHECK_H

#include "core/FunctionCheck.h"

namespace aiact {

/// Finds conversations with people that show no evidence of telling them,
/// before the first reply, that they are interacting with an AI (Art. 50(1)).
class UndisclosedAiInteractionCheck : public FunctionCheck {
public:
  using FunctionCheck::FunctionCheck;

private:
  void checkFunction(const clang::FunctionDecl *FD, GenerationAnalyzer &A,
                     const clang::SourceManager &SM) override;
};

/// True when \p Text tells a reader that they deal with an AI: "AI" as a
/// word, or phrases such as "language model", "chatbot", "künstliche
/// Intelligenz", "intelligence artificielle".
bool isDisclosureText(llvm::StringRef Text);

} // namespace aiact

#endif
