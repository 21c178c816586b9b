//===- BiometricCategorisationCheck.cpp - aiact-biometric-categorisation --===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "biometric/BiometricCategorisationCheck.h"

#include "core/Vocabulary.h"

#include "clang/AST/Decl.h"

using namespace clang;

namespace aiact {

namespace {

std::string joinAttributes(const std::vector<std::string> &A) {
  std::string Out;
  for (size_t I = 0; I < A.size(); ++I)
    Out += (I == 0 ? "" : I + 1 == A.size() ? " and " : ", ") + A[I];
  return Out;
}

/// Notes for the evidence, the primary one (\p Primary) first when it has
/// labels to show.
void evidenceNotes(FindingBuilder &D, const AttributeInference &A,
                   const InferenceEvidence &Primary) {
  auto Same = [](const InferenceEvidence &X, const InferenceEvidence &Y) {
    return X.Loc == Y.Loc && X.What == Y.What;
  };
  if (!Primary.Detail.empty())
    D.note(Primary.Loc, "%0 used here: %1", {Primary.What, Primary.Detail});
  for (const InferenceEvidence &E : A.Evidence) {
    if (Same(E, Primary))
      continue;
    if (!E.Detail.empty())
      D.note(E.Loc, "%0 used here: %1", {E.What, E.Detail});
    else
      D.note(E.Loc, "and %0 here", {E.What});
  }
}

} // namespace

void BiometricCategorisationCheck::report(const BiometricResults &R,
                                          const SourceManager &SM) {
  if (R.Attributes.empty())
    return;
  const Vocabulary &Voc = builtinVocabulary();
  const ComponentDecl *Decl = declaredComponent(config(), SM);
  std::string Purpose = Decl ? Decl->IntendedPurpose : std::string();
  std::string Ancillary = Voc.findTerm("ancillary-terms", Purpose);
  std::string Dataset = Voc.findTerm("dataset-terms", Purpose);

  for (const AttributeInference &A : R.Attributes) {
    const InferenceEvidence &First = A.Evidence.front();
    bool Resolved = true;
    for (const InferenceEvidence &Ev : A.Evidence)
      Resolved &= Ev.Resolved;
    std::string Attrs = joinAttributes(A.Attributes);

    if (!Ancillary.empty() && !A.Sensitive) {
      FindingBuilder D = diag(
          A.Loc,
          "infers %0 of people (%1) for a feature the declared purpose "
          "describes as ancillary; a feature strictly necessary for another "
          "service (Art. 3(40), recital 16) is not a biometric "
          "categorisation system",
          Effect::Info, Confidence::Likely, "Art. 3(40)");
      D << Attrs << First.What;
      D.inFunction(A.Function)
          .note(A.Loc,
                "the declared intended purpose of component '%0' names '%1'",
                {Decl->Name, Ancillary});
      evidenceNotes(D, A, First);
      continue;
    }

    if (A.Sensitive) {
      bool Labelling = !Dataset.empty() || R.DatasetWork.has_value();
      if (!Labelling) {
        const InferenceEvidence &S = *A.Sensitive;
        FindingBuilder D = diag(
            S.Loc,
            "infers %0 of people (%1); Art. 5(1)(g) would prohibit placing "
            "on the market, putting into service or using a biometric "
            "categorisation system that deduces race, political opinions, "
            "trade-union membership, religious or philosophical beliefs, sex "
            "life or sexual orientation",
            Effect::Prohibited,
            A.Sensitive->Strong && Resolved ? Confidence::Certain
                                            : Confidence::Likely,
            "Art. 5(1)(g)");
        D << Attrs << S.What;
        D.inFunction(A.Function);
        evidenceNotes(D, A, S);
        continue;
      }
      FindingBuilder D = diag(
          A.Loc,
          "infers %0 of people (%1) while labelling or filtering a dataset; "
          "Art. 5(1)(g) excepts the labelling or filtering of lawfully "
          "acquired biometric datasets, but if placed on the market or put "
          "into service, biometric categorisation would still be high-risk "
          "under Annex III point 1(b), with the Art. 50(3) duty to inform "
          "the people exposed",
          Effect::HighRisk, Confidence::Likely, "Annex III 1(b)");
      D << Attrs << First.What;
      D.inFunction(A.Function);
      if (!Dataset.empty())
        D.note(A.Loc,
               "the declared intended purpose of component '%0' names '%1'",
               {Decl->Name, Dataset});
      else
        D.note(R.DatasetWork->Loc, "the program walks a folder of files (%0)",
               {R.DatasetWork->Term});
      evidenceNotes(D, A, First);
      continue;
    }

    FindingBuilder D = diag(
        A.Loc,
        "infers %0 of people (%1); if placed on the market or put into "
        "service, biometric categorisation would be high-risk under Annex "
        "III point 1(b), Art. 50(3) would require informing the people "
        "exposed to it, and the open-source exemption of Art. 2(12) would "
        "not apply",
        Effect::HighRisk,
        First.Strong && Resolved ? Confidence::Certain : Confidence::Likely,
        "Annex III 1(b)");
    D << Attrs << First.What;
    D.inFunction(A.Function);
    evidenceNotes(D, A, First);
  }
}

} // namespace aiact
