//===- BiometricIdentificationCheck.cpp - aiact-biometric-identification --===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "biometric/BiometricIdentificationCheck.h"

#include "clang/AST/Decl.h"

using namespace clang;

namespace aiact {

void BiometricIdentificationCheck::report(const BiometricResults &R,
                                          const SourceManager &) {
  for (const Identification &Id : R.Identifications) {
    bool Library = Id.Gallery.Loc == Id.Compare.Loc;
    Confidence Conf = Id.Resolved && !Id.ByModelName ? Confidence::Certain
                                                     : Confidence::Likely;
    FindingBuilder D = diag(
        Id.Loc,
        Library ? "%0 searches a gallery of stored %1 templates for the "
                  "closest match (one-to-many identification); if placed on "
                  "the market or put into service to identify people without "
                  "their active involvement, it would be remote biometric "
                  "identification, high-risk under Annex III point 1(a), and "
                  "the open-source exemption of Art. 2(12) would not apply"
                : "%0 compares a %1 template with every template of a "
                  "gallery (one-to-many identification); if placed on the "
                  "market or put into service to identify people without "
                  "their active involvement, it would be remote biometric "
                  "identification, high-risk under Annex III point 1(a), and "
                  "the open-source exemption of Art. 2(12) would not apply",
        Effect::HighRisk, Conf, "Annex III 1(a)");
    D << Id.Compare.What << traitName(Id.Kind);
    D.inFunction(Id.Function);
    if (!Library)
      D.note(Id.Gallery.Loc,
             Id.Gallery.What == "loop"
                 ? "the loop goes over the stored templates here"
                 : "%0 goes over the stored templates here",
             Id.Gallery.What == "loop" ? std::vector<std::string>{}
                                       : std::vector<std::string>{
                                             Id.Gallery.What});
    if (Id.Template) {
      D.note(Id.Template->Ev.Loc, "the %0 template is made here (%1)",
             {traitName(Id.Template->Kind), Id.Template->Ev.What});
      if (Id.Template->Model)
        D.note(Id.Template->Model->Loc,
               "model '%0' is a %1 recognition model, known by its file name",
               {Id.Template->Model->What, traitName(Id.Template->Kind)});
    }
    if (Id.Stored)
      D.note(Id.Stored->Loc, "templates are added to the gallery here");
  }
}

} // namespace aiact
