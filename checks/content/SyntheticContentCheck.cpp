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
    bool Certain = GL.Model.Resolved && GL.Token.Resolved;
    Confidence Conf = Certain ? Confidence::Certain : Confidence::Likely;
    // A decoder is conditioned on audio when it runs a model of the speech
    // library whose recogniser the function uses; a voice assistant that
    // transcribes with one library and answers with another still generates.
    if (std::optional<Evidence> Audio = A.transcriber(GL)) {
      // A decoder conditioned on audio transcribes: speech-to-text does not
      // substantially alter the meaning of its input.
      FindingBuilder D = diag(
          GL.Loop->getBeginLoc(),
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
    D << "text";
    D.inFunction(GL.Function);
    if (GL.LibraryStep) {
      D.note(GL.Model.Loc,
             "the library runs the model, turns its output into a token and "
             "feeds it back here (%0)",
             {GL.Model.What});
      noteOffered(D, FD, Offered);
      continue;
    }
    D.note(GL.Model.Loc, "model is run here (%0)", {GL.Model.What})
        .note(GL.Token.Loc, "model output becomes a token here (%0)",
              {GL.Token.What})
        .note(GL.Feedback, "the token is fed back into the model input here");
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

  if (Transcription && !ReportedTranscription) {
    FindingBuilder D = diag(
        Transcription->E->getBeginLoc(),
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

} // namespace aiact
