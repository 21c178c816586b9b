//===- ProhibitedPracticeCheck.cpp - aiact-prohibited-practice ------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "purpose/ProhibitedPracticeCheck.h"

#include "clang/AST/Decl.h"

#include <set>

using namespace clang;

namespace aiact {

void ProhibitedPracticeCheck::report(const PurposeResults &R,
                                     const SourceManager &SM) {
  if (R.Inferences.empty())
    return;
  DeclaredPurpose Declared = declaredPurpose(config(), SM);
  const std::string Purpose =
      Declared.Decl ? Declared.Decl->IntendedPurpose : std::string();
  std::set<std::pair<const FunctionDecl *, std::string>> Reported;

  auto Emit = [&](const PurposeUse &U, const std::string &DeclaredWords) {
    const PurposePoint &P = *U.Point;
    FindingBuilder D = diag(
        U.Loc,
        "model inference appears to serve %0; Art. %1 would prohibit placing "
        "such a system on the market, putting it into service or using it",
        Effect::Prohibited,
        DeclaredWords.empty() ? Confidence::Possible : Confidence::Certain,
        std::string("Art. ") + P.Id);
    D << P.What << P.Id;
    D.inFunction(U.FD);
    if (!DeclaredWords.empty())
      D.note(U.Loc, "the intended purpose of component '%0' names '%1'",
             {Declared.Decl->Name, DeclaredWords});
    addClueNotes(D, U);
    if (DeclaredWords.empty())
      D.note(U.Loc,
             "code alone shows little of a purpose: these words suggest it, "
             "the intended purpose decides; declare it under 'Components' in "
             ".aiact.yaml or suppress with a reason");
  };

  for (const PurposeUse &U : R.Practices) {
    if (!Reported.insert({U.FD, U.Point->Id}).second)
      continue;
    Emit(U, declaredTerm(*U.Point, Purpose));
  }
  // A declared practice is reported wherever the unit runs a model.
  for (const PurposePoint &P : practices()) {
    std::string Words = declaredTerm(P, Purpose);
    if (Words.empty())
      continue;
    for (const Inference &I : R.Inferences) {
      if (!Reported.insert({I.FD, P.Id}).second)
        continue;
      PurposeUse U;
      U.FD = I.FD;
      U.Loc = I.Loc;
      U.Point = &P;
      Emit(U, Words);
    }
  }
}

} // namespace aiact
