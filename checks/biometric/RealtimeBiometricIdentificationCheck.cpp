//===- RealtimeBiometricIdentificationCheck.cpp ---------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "biometric/RealtimeBiometricIdentificationCheck.h"

#include "clang/AST/Decl.h"

using namespace clang;

namespace aiact {

void RealtimeBiometricIdentificationCheck::report(const BiometricResults &R,
                                                  const SourceManager &) {
  for (const LiveIdentification &L : R.Live) {
    FindingBuilder D = diag(
        L.Loc,
        "loop identifies people from a live source (%0) as it is captured "
        "(real-time one-to-many identification); if placed on the market or "
        "put into service, it would be high-risk under Annex III point 1(a), "
        "the open-source exemption of Art. 2(12) would not apply, and Art. "
        "5(1)(h) would prohibit using it for law enforcement in publicly "
        "accessible spaces outside the narrow exceptions of Art. 5(2)-(7)",
        Effect::HighRisk, L.Resolved ? Confidence::Certain : Confidence::Likely,
        "Annex III 1(a)");
    D << L.Source;
    D.inFunction(L.Function);
    if (L.Opened.Loc != L.Capture.Loc)
      D.note(L.Opened.Loc, "the live source is opened here (%0)",
             {L.Opened.What});
    D.note(L.Capture.Loc, "each capture is read here (%0)", {L.Capture.What});
    for (size_t I = 0; I < L.Chain.size(); ++I) {
      if (I + 1 < L.Chain.size())
        D.note(L.Chain[I].Loc, "which calls %0", {L.Chain[I].What});
      else
        D.note(L.Chain[I].Loc,
               "which compares the template with the gallery here (%0)",
               {L.Chain[I].What});
    }
  }
}

} // namespace aiact
