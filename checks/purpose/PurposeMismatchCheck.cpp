//===- PurposeMismatchCheck.cpp - aiact-purpose-mismatch ------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "purpose/PurposeMismatchCheck.h"

#include "clang/AST/Decl.h"

#include <set>

using namespace clang;

namespace aiact {

void PurposeMismatchCheck::report(const PurposeResults &R,
                                  const SourceManager &SM) {
  DeclaredPurpose Declared = declaredPurpose(config(), SM);
  if (!Declared.Decl || R.Inferences.empty())
    return;
  const ComponentDecl &Decl = *Declared.Decl;
  std::string What = Declared.describe();
  if (What.empty())
    What = Decl.IntendedPurpose.empty()
               ? "component '" + Decl.Name + "' declares no intended purpose"
               : "the intended purpose of component '" + Decl.Name + "' is '" +
                     Decl.IntendedPurpose + "'";
  std::set<std::pair<const FunctionDecl *, std::string>> Reported;
  bool DeclaredShown = false;

  // What the code shows and the declaration does not mention.
  for (const PurposeUse &U : R.HighRisk) {
    if (U.Excluded)
      continue;
    if (Declared.covers(*U.Point)) {
      DeclaredShown = true;
      continue;
    }
    if (!Reported.insert({U.FD, U.Point->Id}).second)
      continue;
    FindingBuilder D = diag(
        U.Loc,
        "the code shows %0 (Annex III point %1), which the declared purpose "
        "does not mention: %2",
        Effect::Info, U.ModelSide ? Confidence::Likely : Confidence::Possible,
        std::string("Annex III ") + U.Point->Id);
    D << U.Point->What << U.Point->Id << What;
    D.inFunction(U.FD);
    addClueNotes(D, U);
    D.note(U.Loc, "declare the Annex III point under 'Components' in "
                  ".aiact.yaml, or change the code or the declaration so "
                  "that they agree");
  }
  for (const PurposeUse &U : R.Practices) {
    if (!declaredTerm(*U.Point, Decl.IntendedPurpose).empty())
      continue;
    if (!Reported.insert({U.FD, U.Point->Id}).second)
      continue;
    FindingBuilder D = diag(
        U.Loc,
        "the code suggests %0 (Art. %1), which the declared purpose does not "
        "mention: %2",
        Effect::Info, Confidence::Possible, std::string("Art. ") + U.Point->Id);
    D << U.Point->What << U.Point->Id << What;
    D.inFunction(U.FD);
    addClueNotes(D, U);
  }

  // The reverse: a declared Annex III point that the unit's model
  // inference shows nothing of.
  if (Decl.AnnexIII.empty() || DeclaredShown)
    return;
  const Inference &I = R.Inferences.front();
  FindingBuilder D = diag(
      I.Loc,
      "component '%0' declares Annex III point %1, but the model inference "
      "in this unit shows nothing of it",
      Effect::Info, Confidence::Likely,
      std::string("Annex III ") + Decl.AnnexIII);
  D << Decl.Name << Decl.AnnexIII;
  D.inFunction(I.FD);
  D.note(I.Loc,
         "the model is run here (%0); check that the component's "
         "paths and its declared point are right",
         {I.Call});
}

} // namespace aiact
