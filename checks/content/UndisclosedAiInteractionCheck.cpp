//===- UndisclosedAiInteractionCheck.cpp - aiact-undisclosed-ai-interaction
//===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "content/UndisclosedAiInteractionCheck.h"
#include "content/ConversationalAiCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace aiact {

bool isDisclosureText(llvm::StringRef Text) {
  // "AI" in capitals, as a word of its own.
  for (size_t P = Text.find("AI"); P != llvm::StringRef::npos;
       P = Text.find("AI", P + 1)) {
    bool Before = P == 0 || !llvm::isAlnum(Text[P - 1]);
    bool After = P + 2 >= Text.size() || !llvm::isAlnum(Text[P + 2]);
    if (Before && After)
      return true;
  }
  std::string Lower = Text.lower();
  for (const char *Phrase :
       {"artificial intelligence", "language model", "chatbot", "chat bot",
        "künstliche intelligenz", "künstlichen intelligenz", "ki-assistent",
        "intelligence artificielle", "assistant ia", "not a human",
        "automated assistant"})
    if (llvm::StringRef(Lower).contains(Phrase))
      return true;
  return false;
}

namespace {

/// The first evidence of a disclosure in \p S before \p Limit (or anywhere
/// when \p Limit is invalid): a call to a declared disclosure function, or a
/// string that says so. Lambdas are searched too (request handlers).
std::optional<std::pair<SourceLocation, std::string>>
findDisclosure(const Stmt *S, const Config &Cfg, const SourceManager &SM,
               SourceLocation Limit, unsigned Depth = 0) {
  // Deeply nested generated code is cut off rather than risk the stack.
  if (!S || Depth > 400)
    return std::nullopt;
  auto Before = [&](SourceLocation L) {
    return Limit.isInvalid() ||
           SM.isBeforeInTranslationUnit(SM.getFileLoc(L), SM.getFileLoc(Limit));
  };
  if (const auto *SL = dyn_cast<StringLiteral>(S)) {
    if (SL->getCharByteWidth() == 1 && isDisclosureText(SL->getString()) &&
        Before(SL->getBeginLoc()))
      return std::make_pair(SL->getBeginLoc(),
                            std::string("a message that says so"));
    return std::nullopt;
  }
  if (const auto *CE = dyn_cast<CallExpr>(S))
    if (const FunctionDecl *F = CE->getDirectCallee()) {
      std::string Q = F->getQualifiedNameAsString();
      for (const std::string &D : Cfg.DisclosureFunctions)
        if (qualifiedNameMatches(Q, D) && Before(CE->getBeginLoc()))
          return std::make_pair(CE->getBeginLoc(), Q);
    }
  if (const auto *LE = dyn_cast<LambdaExpr>(S))
    return findDisclosure(LE->getBody(), Cfg, SM, Limit, Depth + 1);
  for (const Stmt *C : S->children())
    if (auto R = findDisclosure(C, Cfg, SM, Limit, Depth + 1))
      return R;
  return std::nullopt;
}

} // namespace

void UndisclosedAiInteractionCheck::checkFunction(const FunctionDecl *FD,
                                                  GenerationAnalyzer &A,
                                                  const SourceManager &SM) {
  for (const Conversation &C : findConversations(FD, A)) {
    Confidence Conf = C.Input.Resolved && C.Reply.Resolved ? Confidence::Certain
                                                           : Confidence::Likely;
    // A chat route's handlers answer later: any disclosure in the function
    // counts. An interactive loop must disclose before it first answers.
    SourceLocation Limit = C.Route.empty() ? C.Reply.Loc : SourceLocation();
    auto Found = findDisclosure(FD->getBody(), config(), SM, Limit);
    // The handler of a route writes the answer: a notice there counts.
    if (!Found && C.HandlerFn)
      Found = findDisclosure(C.HandlerFn->getBody(), config(), SM,
                             SourceLocation());
    if (Found) {
      FindingBuilder D =
          diag(Found->first,
               "users are told that they are interacting with an AI (%0), as "
               "Art. 50(1) requires",
               Effect::ObligationMet, Conf, "Art. 50(1)");
      D << Found->second;
      D.inFunction(FD).note(C.Loc, "the conversation is here");
      continue;
    }
    FindingBuilder D =
        diag(C.Loc,
             "no evidence that users are told they are interacting with an AI "
             "before the first reply; Art. 50(1) would require it once the "
             "component is placed on the market or put into service",
             Effect::ObligationUnmet, Conf, "Art. 50(1)");
    D.inFunction(FD);
    if (C.Route.empty())
      D.note(C.Reply.Loc, "the first reply is generated here (%0)",
             {C.Reply.What});
    else
      D.note(C.Input.Loc,
             C.Handler ? "route '%0' is registered here"
                       : "chat route '%0' is registered here",
             {C.Route});
  }
}

} // namespace aiact
