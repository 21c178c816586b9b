//===- EmotionRecognitionCheck.cpp - aiact-emotion-recognition ------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "biometric/EmotionRecognitionCheck.h"

#include "core/Vocabulary.h"

#include "clang/AST/Decl.h"

using namespace clang;

namespace aiact {

void EmotionRecognitionCheck::report(const BiometricResults &R,
                                     const SourceManager &SM) {
  if (R.Emotions.empty())
    return;
  const Vocabulary &Voc = builtinVocabulary();
  const ComponentDecl *Decl = declaredComponent(config(), SM);
  std::string Purpose = Decl ? Decl->IntendedPurpose : std::string();
  // The setting: the declared purpose first, then the unit's strings.
  std::string DeclaredSetting = Voc.findTerm("workplace-terms", Purpose);
  if (DeclaredSetting.empty())
    DeclaredSetting = Voc.findTerm("education-terms", Purpose);
  std::string Excepted = Voc.findTerm("medical-or-safety-terms", Purpose);
  const std::optional<SettingEvidence> &CodeSetting =
      R.Workplace ? R.Workplace : R.Education;

  for (const EmotionInference &E : R.Emotions) {
    const InferenceEvidence &First = E.Evidence.front();
    bool Strong = First.Strong;
    bool Resolved = true;
    for (const InferenceEvidence &Ev : E.Evidence)
      Resolved &= Ev.Resolved;
    bool Setting = !DeclaredSetting.empty() || CodeSetting.has_value();
    if (Setting && Excepted.empty()) {
      FindingBuilder D = diag(
          E.Loc,
          "infers emotions of people (%0) in a workplace or education "
          "setting; Art. 5(1)(f) would prohibit placing on the market, "
          "putting into service or using emotion recognition there, except "
          "for medical or safety reasons",
          Effect::Prohibited,
          !DeclaredSetting.empty() ? Confidence::Certain : Confidence::Likely,
          "Art. 5(1)(f)");
      D << First.What;
      D.inFunction(E.Function);
      if (!DeclaredSetting.empty())
        D.note(E.Loc,
               "the declared intended purpose of component '%0' names '%1'",
               {Decl->Name, DeclaredSetting});
      else
        D.note(CodeSetting->Loc, "a string of the program names '%0'",
               {CodeSetting->Term});
      for (size_t I = 0; I < E.Evidence.size(); ++I)
        if (!E.Evidence[I].Detail.empty())
          D.note(E.Evidence[I].Loc, "%0 used here: %1",
                 {E.Evidence[I].What, E.Evidence[I].Detail});
        else if (I > 0)
          D.note(E.Evidence[I].Loc, "and %0 here", {E.Evidence[I].What});
      continue;
    }
    FindingBuilder D = diag(
        E.Loc,
        "infers emotions of people (%0); if placed on the market or put into "
        "service, emotion recognition would be high-risk under Annex III "
        "point 1(c), Art. 50(3) would require informing the people exposed "
        "to it, and the open-source exemption of Art. 2(12) would not apply",
        Effect::HighRisk,
        Strong && Resolved ? Confidence::Certain : Confidence::Likely,
        "Annex III 1(c)");
    D << First.What;
    D.inFunction(E.Function);
    for (size_t I = 0; I < E.Evidence.size(); ++I)
      if (!E.Evidence[I].Detail.empty())
        D.note(E.Evidence[I].Loc, "%0 used here: %1",
               {E.Evidence[I].What, E.Evidence[I].Detail});
      else if (I > 0)
        D.note(E.Evidence[I].Loc, "and %0 here", {E.Evidence[I].What});
    if (Setting && !Excepted.empty())
      D.note(E.Loc,
             "the declared intended purpose of component '%0' names '%1': "
             "Art. 5(1)(f) excepts medical and safety reasons",
             {Decl->Name, Excepted});
  }
}

} // namespace aiact
