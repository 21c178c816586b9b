//===- SyntheticContentCheck.cpp - aiact-synthetic-content ----------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "content/SyntheticContentCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace aiact {

SyntheticContentCheck::SyntheticContentCheck(llvm::StringRef Id,
                                             CheckContext &Ctx)
    : Check(Id, Ctx), Ctx(Ctx) {}

void SyntheticContentCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(functionDecl(isDefinition()).bind("fn"), this);
}

void SyntheticContentCheck::check(const MatchFinder::MatchResult &R) {
  const auto *FD = R.Nodes.getNodeAs<FunctionDecl>("fn");
  if (!FD || !FD->hasBody() ||
      R.SourceManager->isInSystemHeader(FD->getLocation()))
    return;
  if (!Analyzer)
    Analyzer = std::make_unique<GenerationAnalyzer>(Ctx);
  for (const GenerationLoop &GL : Analyzer->loopsIn(FD)) {
    bool Certain = GL.Model.Resolved && GL.Token.Resolved;
    FindingBuilder D = diag(GL.Loop->getBeginLoc(),
         "loop generates %0 autoregressively; if placed on the market or put "
         "into service, Art. 50(2) would require marking its output as "
         "AI-generated and the open-source exemption of Art. 2(12) would not "
         "apply",
         Effect::Transparency,
         Certain ? Confidence::Certain : Confidence::Likely, "Art. 50(2)");
    D << "text";
    D.inFunction(GL.Function)
        .note(GL.Model.Loc, "model is run here (%0)", {GL.Model.What})
        .note(GL.Token.Loc, "model output becomes a token here (%0)",
              {GL.Token.What})
        .note(GL.Feedback, "the token is fed back into the model input here");
  }
}

void SyntheticContentCheck::finishTranslationUnit() { Analyzer.reset(); }

} // namespace aiact
