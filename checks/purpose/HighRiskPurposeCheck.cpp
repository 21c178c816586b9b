//===- HighRiskPurposeCheck.cpp - aiact-high-risk-purpose -----------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "purpose/HighRiskPurposeCheck.h"

#include "clang/AST/Decl.h"

#include <set>

using namespace clang;

namespace aiact {

namespace {

const char HighRiskMessage[] =
    "model inference serves %0 (Annex III point %1); once placed on the "
    "market or put into service, the system would be high-risk under "
    "Art. 6(2) and the open-source exemption of Art. 2(12) would not apply";

const char DerogationMessage[] =
    "model inference serves %0 (Annex III point %1); component '%2' declares "
    "an Art. 6(3) derogation (%3): the system would not be high-risk if it "
    "poses no significant risk of harm; Art. 6(4) requires documenting that "
    "assessment before it is placed on the market or put into service, and "
    "Art. 49(2) registering it";

} // namespace

void HighRiskPurposeCheck::report(const PurposeResults &R,
                                  const SourceManager &SM) {
  if (R.Inferences.empty())
    return;
  DeclaredPurpose Declared = declaredPurpose(config(), SM);
  const ComponentDecl *Decl = Declared.Decl;
  const std::string Derogation = Decl ? Decl->Derogation : std::string();
  std::set<std::pair<const FunctionDecl *, std::string>> Reported;

  // One finding for \p U: a warning, or with a declared derogation and no
  // profiling, the derogation's reminder.
  auto Emit = [&](const PurposeUse &U, Confidence C) {
    const PurposePoint &P = *U.Point;
    bool Profiling = U.Personal || llvm::StringRef(P.Id) == "6(e)";
    if (!Derogation.empty() && !Profiling) {
      FindingBuilder D =
          diag(U.Loc, DerogationMessage, Effect::Info, C, "Art. 6(3)");
      D << P.What << P.Id << Decl->Name << Derogation;
      D.inFunction(U.FD);
      addClueNotes(D, U);
      D.note(U.Loc,
             "Art. 6(3) does not apply to a system that profiles natural "
             "persons; no personal data was found on the model's inputs");
      return;
    }
    FindingBuilder D = diag(U.Loc, HighRiskMessage, Effect::HighRisk, C,
                            std::string("Annex III ") + P.Id);
    D << P.What << P.Id;
    D.inFunction(U.FD);
    if (Declared.covers(P))
      D.note(U.Loc, "%0", {Declared.describe()});
    addClueNotes(D, U);
    if (!U.ModelSide && !U.Clues.empty())
      D.note(U.Loc, "these words are in the function that runs the model, "
                    "not on the model's inputs or outputs");
    if (!Derogation.empty()) {
      if (U.Personal)
        D.note(U.Personal->Loc,
               "'%0' in %1 on the model's inputs: the system profiles "
               "natural persons, which Art. 6(3) keeps high-risk despite the "
               "derogation declared for component '%2'",
               {U.Personal->Term, U.Personal->What, Decl->Name});
      else
        D.note(U.Loc,
               "point 6(e) is profiling: Art. 6(3) keeps it high-risk "
               "despite the derogation declared for component '%0'",
               {Decl->Name});
    }
  };

  for (const PurposeUse &U : R.HighRisk) {
    if (!Reported.insert({U.FD, U.Point->Id}).second)
      continue;
    if (U.Excluded) {
      FindingBuilder D = diag(
          U.Loc,
          "model inference scores fraud ('%0'), which Annex III point 5(b) "
          "excludes from credit scoring; not high-risk on that ground",
          Effect::Info, U.ModelSide ? Confidence::Likely : Confidence::Possible,
          "Annex III 5(b)");
      D << U.Excluded->Term;
      D.inFunction(U.FD);
      D.note(U.Excluded->Loc, "'%0' in %1",
             {U.Excluded->Term, U.Excluded->What});
      addClueNotes(D, U);
      continue;
    }
    Confidence C = Declared.covers(*U.Point) ? Confidence::Certain
                   : U.ModelSide             ? Confidence::Likely
                                             : Confidence::Possible;
    Emit(U, C);
  }

  // A declared point is reported wherever the unit runs a model, with
  // or without words in the code that show it; `AnnexIII: '5'` as the
  // whole point, unless one of its letters was found there.
  const PurposePoint *P = findAnnexPoint(Declared.Point);
  if (!P)
    return;
  for (const Inference &I : R.Inferences) {
    bool Shown = false;
    for (const PurposePoint &Q : annexPoints())
      Shown |= Declared.covers(Q) && Reported.count({I.FD, Q.Id});
    if (Shown || !Reported.insert({I.FD, P->Id}).second)
      continue;
    PurposeUse U;
    U.FD = I.FD;
    U.Loc = I.Loc;
    U.Point = P;
    U.Personal = I.Personal;
    Emit(U, Confidence::Certain);
  }
}

} // namespace aiact
