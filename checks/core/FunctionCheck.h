//===- FunctionCheck.h - Base of checks that look at function bodies ------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
#ifndef AIACT_CORE_FUNCTIONCHECK_H
#define AIACT_CORE_FUNCTIONCHECK_H

#include "core/Check.h"
#include "core/FlowGraph.h"

#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

namespace aiact {

/// A check that examines each function defined outside system headers, with
/// the unit's generation analysis, which all such checks of a run share.
class FunctionCheck : public Check {
public:
  FunctionCheck(llvm::StringRef Id, CheckContext &Ctx)
      : Check(Id, Ctx), Ctx(Ctx) {}

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override {
    using namespace clang::ast_matchers;
    Finder->addMatcher(functionDecl(isDefinition()).bind("fn"), this);
  }

  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) final {
    const auto *FD = R.Nodes.getNodeAs<clang::FunctionDecl>("fn");
    if (!FD || !FD->hasBody() ||
        R.SourceManager->isInSystemHeader(FD->getLocation()))
      return;
    if (!Ctx.Analyzer)
      Ctx.Analyzer = std::make_shared<GenerationAnalyzer>(Ctx);
    checkFunction(FD, *Ctx.Analyzer, *R.SourceManager);
  }

protected:
  /// Examines one function definition.
  virtual void checkFunction(const clang::FunctionDecl *FD,
                             GenerationAnalyzer &A,
                             const clang::SourceManager &SM) = 0;

  void finishTranslationUnit() override { Ctx.Analyzer.reset(); }

private:
  CheckContext &Ctx;
};

} // namespace aiact

#endif
