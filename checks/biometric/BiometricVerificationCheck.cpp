//===- BiometricVerificationCheck.cpp - aiact-biometric-verification ------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "biometric/BiometricVerificationCheck.h"

#include "clang/AST/Decl.h"

using namespace clang;

namespace aiact {

void BiometricVerificationCheck::report(const BiometricResults &R,
                                        const SourceManager &) {
  for (const Verification &V : R.Verifications) {
    FindingBuilder D = diag(
        V.Loc,
        "%0 compares a %1 template with a single reference (one-to-one "
        "verification); verification whose sole purpose is to confirm that "
        "a person is who they claim to be is excluded from Annex III point "
        "1(a)",
        Effect::Info,
        V.Resolved ? Confidence::Certain : Confidence::Likely,
        "Annex III 1(a)");
    D << V.Compare.What << traitName(V.Kind);
    D.inFunction(V.Function);
    if (V.Template) {
      D.note(V.Template->Ev.Loc, "the %0 template is made here (%1)",
             {traitName(V.Template->Kind), V.Template->Ev.What});
      if (V.Template->Model)
        D.note(V.Template->Model->Loc,
               "model '%0' is a %1 recognition model, known by its file name",
               {V.Template->Model->What, traitName(V.Template->Kind)});
    }
    if (V.ClaimedLookup)
      D.note(V.ClaimedLookup->Loc,
             "the reference is looked up by the claimed identity here");
  }
}

} // namespace aiact
