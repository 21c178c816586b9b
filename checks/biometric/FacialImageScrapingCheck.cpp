//===- FacialImageScrapingCheck.cpp - aiact-facial-image-scraping ---------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "biometric/FacialImageScrapingCheck.h"

#include "clang/AST/Decl.h"

using namespace clang;

namespace aiact {

namespace {

/// Adds one note per step of \p Chain: the calls that lead to the step,
/// then the step itself with \p Last.
void chainNotes(FindingBuilder &D, const std::vector<Evidence> &Chain,
                llvm::StringRef Last) {
  for (size_t I = 0; I < Chain.size(); ++I) {
    if (I + 1 < Chain.size())
      D.note(Chain[I].Loc, "through %0", {Chain[I].What});
    else
      D.note(Chain[I].Loc, Last, {Chain[I].What});
  }
}

} // namespace

void FacialImageScrapingCheck::report(const BiometricResults &R,
                                      const SourceManager &) {
  for (const Scraping &S : R.Scrapings) {
    FindingBuilder D = diag(
        S.Loc,
        "loop downloads images in bulk, computes face templates from them "
        "and stores the templates for later matching; Art. 5(1)(e) would "
        "prohibit placing on the market, putting into service or using a "
        "system that creates or expands facial recognition databases through "
        "untargeted scraping of facial images from the internet or CCTV "
        "footage",
        Effect::Prohibited, Confidence::Likely, "Art. 5(1)(e)");
    D.inFunction(S.Function);
    chainNotes(D, S.Fetch, "images are fetched here (%0)");
    if (!S.Detect.empty())
      chainNotes(D, S.Detect, "faces are detected here (%0)");
    chainNotes(D, S.Template, "face templates are computed here (%0)");
    chainNotes(D, S.Store, S.Store.back().What == "stored"
                               ? "and stored here"
                               : "and stored here (%0)");
  }
}

} // namespace aiact
