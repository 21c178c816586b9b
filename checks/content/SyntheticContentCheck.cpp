//===- SyntheticContentCheck.cpp - aiact-synthetic-content ----------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "content/SyntheticContentCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace aiact {

namespace {

/// A catalogued call found in a function body.
struct ApiCall {
  const Expr *E;
  const CatalogEntry *Entry;
  bool Resolved;
};

/// The catalogued calls in \p S, in source order, without entering lambdas
/// (they are functions of their own).
void collectCalls(const Stmt *S, CallResolver &R, std::vector<ApiCall> &Out,
                  unsigned Depth = 0) {
  // Deeply nested generated code is cut off rather than risk the stack.
  if (!S || isa<LambdaExpr, BlockExpr>(S) || Depth > 400)
    return;
  if (isa<CallExpr, RecoveryExpr>(S))
    if (std::optional<CallInfo> CI = R.describe(cast<Expr>(S)))
      if (CI->Entry)
        Out.push_back({cast<Expr>(S), CI->Entry, CI->Resolved});
  for (const Stmt *C : S->children())
    collectCalls(C, R, Out, Depth + 1);
}

/// Where \p FD is declared for other programs to call: a declaration in a
/// header of the project (not a system header) of a function visible
/// outside its unit. Null location when it is not offered.
std::pair<SourceLocation, std::string>
offeredThroughHeader(const FunctionDecl *FD, const SourceManager &SM) {
  if (!FD->isExternallyVisible() || FD->isMain())
    return {};
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    if (MD->getParent()->isLambda())
      return {};
  for (const FunctionDecl *R : FD->redecls()) {
    SourceLocation L = SM.getFileLoc(R->getLocation());
    if (L.isInvalid() || SM.isInMainFile(L) || SM.isInSystemHeader(L))
      continue;
    if (OptionalFileEntryRef File = SM.getFileEntryRefForID(SM.getFileID(L)))
      return {R->getLocation(), File->getName().str()};
  }
  return {};
}

/// Says that a generation API offered to others is covered by Art. 25(4).
void noteOffered(FindingBuilder &D, const FunctionDecl *FD,
                 const std::pair<SourceLocation, std::string> &Offered) {
  if (Offered.first.isInvalid())
    return;
  D.note(Offered.first,
         "'%0' is offered to other programs (declared in %1): a tool or "
         "component made publicly accessible under a free and open-source "
         "licence is covered by Art. 25(4), and the Art. 50 duties would "
         "fall on the provider of a system built with it",
         {FD->getQualifiedNameAsString(),
          llvm::sys::path::filename(Offered.second).str()});
}

constexpr const char *DutyText =
    "; if placed on the market or put into service, Art. 50(2) would require "
    "marking its output as AI-generated and the open-source exemption of "
    "Art. 2(12) would not apply";

} // namespace

void SyntheticContentCheck::checkFunction(const FunctionDecl *FD,
                                          GenerationAnalyzer &A,
                                          const SourceManager &SM) {
  // A generation API of a library is reported once, where it generates,
  // with a note on Art. 25(4).
  const std::pair<SourceLocation, std::string> Offered =
      offeredThroughHeader(FD, SM);
  std::vector<ApiCall> Calls;
  collectCalls(FD->getBody(), A.resolver(), Calls);
  const ApiCall *Transcription = nullptr;
  for (const ApiCall &C : Calls)
    if (C.Entry->Sig == Signal::SpeechRecognition) {
      Transcription = &C;
      break;
    }
  bool ReportedTranscription = false;
  for (const GenerationLoop &GL : A.loopsIn(FD)) {
    // Tokens a later model decodes into media (a codec, a vocoder) make
    // that medium, not text.
    const ContentOutput *Decoded = nullptr;
    for (const ContentOutput &O : A.outputsIn(FD))
      if (O.What.Seed == SeedKind::Tokens &&
          O.What.Origin.Loc == GL.Model.Loc) {
        Decoded = &O;
        break;
      }
    bool Certain = GL.Model.Resolved && GL.Token.Resolved;
    Confidence Conf = Certain ? Confidence::Certain : Confidence::Likely;
    // A decoder is conditioned on audio when it runs a model of the speech
    // library whose recogniser the function uses; a voice assistant that
    // transcribes with one library and answers with another still generates.
    if (std::optional<Evidence> Audio = A.transcriber(GL)) {
      // A decoder conditioned on audio transcribes: speech-to-text does not
      // substantially alter the meaning of its input.
      FindingBuilder D =
          diag(GL.Loop->getBeginLoc(),
               "loop decodes speech into text; transcription does not "
               "substantially alter its input, an exception to the Art. 50(2) "
               "marking duty",
               Effect::Info, Conf, "Art. 50(2)");
      D.inFunction(GL.Function)
          .note(Audio->Loc, "the decoder is conditioned on audio here (%0)",
                {Audio->What})
          .note(GL.Model.Loc, "model is run here (%0)", {GL.Model.What});
      ReportedTranscription = true;
      continue;
    }
    FindingBuilder D =
        diag(GL.Loop->getBeginLoc(),
             std::string("loop generates %0 autoregressively") + DutyText,
             Effect::Transparency, Conf, "Art. 50(2)");
    D << modalityName(Decoded ? Decoded->What.Kind : Modality::Text);
    D.inFunction(GL.Function);
    auto NoteDecoded = [&] {
      if (!Decoded)
        return;
      for (const Evidence &Dec : Decoded->What.Decoders)
        D.note(Dec.Loc, "the tokens are decoded into %0 by a model here (%1)",
               {modalityName(Decoded->What.Kind), Dec.What});
      D.note(Decoded->Path.Write.Loc, "and written here (%0)",
             {Decoded->Path.Write.What});
    };
    if (GL.LibraryStep) {
      D.note(GL.Model.Loc,
             "the library runs the model, turns its output into a token and "
             "feeds it back here (%0)",
             {GL.Model.What});
      NoteDecoded();
      noteOffered(D, FD, Offered);
      continue;
    }
    D.note(GL.Model.Loc, "model is run here (%0)", {GL.Model.What})
        .note(GL.Token.Loc, "model output becomes a token here (%0)",
              {GL.Token.What})
        .note(GL.Feedback, "the token is fed back into the model input here");
    NoteDecoded();
    noteOffered(D, FD, Offered);
  }

  // Generation through a library's API: one finding per function and
  // modality, at the first call, with the others as notes.
  std::vector<bool> Done(Calls.size(), false);
  for (size_t I = 0; I < Calls.size(); ++I) {
    std::optional<Modality> Kind = synthesisModality(Calls[I].Entry->Sig);
    if (!Kind || Done[I])
      continue;
    const char *What = modalityName(*Kind);
    bool Certain = Calls[I].Resolved;
    std::vector<std::pair<const ApiCall *, bool>> More;
    for (size_t J = I + 1; J < Calls.size(); ++J)
      if (Calls[J].Entry->Sig == Calls[I].Entry->Sig) {
        Done[J] = true;
        More.push_back({&Calls[J], true});
      }
    FindingBuilder D =
        diag(Calls[I].E->getBeginLoc(),
             std::string("call generates %0 with a model (%1)") + DutyText,
             Effect::Transparency,
             Certain ? Confidence::Certain : Confidence::Likely, "Art. 50(2)");
    D << What << Calls[I].Entry->Name;
    D.inFunction(FD);
    for (const auto &M : More)
      D.note(M.first->E->getBeginLoc(), "%0 %1 also generated here (%2)",
             {What, *Kind == Modality::Images ? "are" : "is",
              M.first->Entry->Name});
    noteOffered(D, FD, Offered);
  }

  reportSeeded(FD, A, SM);

  if (Transcription && !ReportedTranscription) {
    FindingBuilder D =
        diag(Transcription->E->getBeginLoc(),
             "speech is transcribed here (%0); transcription does not "
             "substantially alter its input, an exception to the Art. 50(2) "
             "marking duty",
             Effect::Info,
             Transcription->Resolved ? Confidence::Certain : Confidence::Likely,
             "Art. 50(2)");
    D << Transcription->Entry->Name;
    D.inFunction(FD);
  }
}

void SyntheticContentCheck::reportSeeded(const FunctionDecl *FD,
                                         GenerationAnalyzer &A,
                                         const SourceManager &SM) {
  for (const ContentOutput &O : A.outputsIn(FD)) {
    const Content &C = O.What;
    if (C.Seed == SeedKind::None || C.Seed == SeedKind::Tokens)
      continue;
    if (!ReportedSeeded.insert(C.Origin.Loc).second)
      continue;
    bool Certain =
        C.Origin.Resolved && C.SeedAt.Resolved && O.Path.Write.Resolved;
    bool Noise = C.Seed == SeedKind::Noise;
    const FunctionDecl *Where = C.Function ? C.Function : FD;
    FindingBuilder D =
        diag(C.Origin.Loc, std::string("model generates %0 from %1") + DutyText,
             Effect::Transparency,
             Certain ? Confidence::Certain : Confidence::Likely, "Art. 50(2)");
    const char *From = Noise                      ? "random noise"
                       : C.Seed == SeedKind::Face ? "a person's face embedding"
                       : C.Seed == SeedKind::Voice
                           ? "a person's voice embedding"
                           : "text";
    D << modalityName(C.Kind) << From;
    D.inFunction(Where);
    D.note(C.SeedAt.Loc,
           Noise ? "the noise it starts from is drawn here (%0)"
           : isIdentitySeed(C.Seed) ? "the embedding is computed here (%0)"
                                    : "the text is tokenised here (%0)",
           {C.SeedAt.What});
    D.note(C.Origin.Loc, "model is run here (%0)", {C.Origin.What});
    if (C.Feedback)
      D.note(*C.Feedback,
             "the model's output is fed back into its input in this loop: "
             "iterative sampling, as a diffusion model does");
    for (const Evidence &Dec : C.Decoders)
      D.note(Dec.Loc, "its output is decoded by a model here (%0)", {Dec.What});
    const char *As = O.Path.Med == Medium::Image   ? "an image"
                     : O.Path.Med == Medium::Video ? "video"
                                                   : "audio";
    D.note(O.Path.Write.Loc, "and written as %0 here (%1)",
           {As, O.Path.Write.What});
    for (const Evidence &Step : O.Path.Inner)
      D.note(Step.Loc, "which writes it here (%0)", {Step.What});
    noteOffered(D, Where, offeredThroughHeader(Where, SM));
  }
}

void SyntheticContentCheck::finishTranslationUnit() {
  ReportedSeeded.clear();
  FunctionCheck::finishTranslationUnit();
}

} // namespace aiact
