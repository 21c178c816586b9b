//===- ConversationalAiCheck.cpp - aiact-conversational-ai ----------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "content/ConversationalAiCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace aiact {

namespace {

/// Routes that chat front-ends and OpenAI-compatible servers serve.
bool isChatRoute(llvm::StringRef R) {
  R = R.rtrim('/');
  return llvm::is_contained({"/chat", "/v1/chat/completions",
                             "/chat/completions", "/completion", "/completions",
                             "/v1/completions", "/api/chat", "/api/generate",
                             "/v1/messages", "/v1/responses"},
                            R);
}

/// A call inside the function, with the loops around it.
struct SeenCall {
  const Expr *E;
  CallInfo Info;
  std::vector<const Stmt *> Loops;
};

/// Walks a body, recording catalogued calls and calls to functions defined
/// in the unit, with their enclosing loops. Lambdas are functions of their
/// own and are not entered.
class Walker {
public:
  Walker(GenerationAnalyzer &A) : A(A) {}
  std::vector<SeenCall> Calls;
  std::vector<const Stmt *> LoopsInOrder; ///< outer before inner
  llvm::DenseMap<const Stmt *, std::vector<const Stmt *>> Parents;

  void walk(const Stmt *S, unsigned Depth = 0) {
    // Deeply nested generated code is cut off rather than risk the stack.
    if (!S || isa<LambdaExpr, BlockExpr>(S) || Depth > 400)
      return;
    bool Loop = isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S);
    if (Loop) {
      Parents[S] = Stack;
      LoopsInOrder.push_back(S);
      Stack.push_back(S);
    }
    if (isa<CallExpr, RecoveryExpr>(S))
      if (std::optional<CallInfo> CI = A.resolver().describe(cast<Expr>(S)))
        Calls.push_back({cast<Expr>(S), *CI, Stack});
    for (const Stmt *C : S->children())
      walk(C, Depth + 1);
    if (Loop)
      Stack.pop_back();
  }

private:
  GenerationAnalyzer &A;
  std::vector<const Stmt *> Stack;
};

bool within(const std::vector<const Stmt *> &Loops, const Stmt *L) {
  return std::find(Loops.begin(), Loops.end(), L) != Loops.end();
}

/// The string literal \p E is, through the string objects made from it.
const StringLiteral *stringLiteralIn(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    if (CE->getNumArgs() > 0)
      E = CE->getArg(0)->IgnoreParenImpCasts();
  if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
    E = B->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
    E = M->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    if (CE->getNumArgs() > 0)
      E = CE->getArg(0)->IgnoreParenImpCasts();
  return dyn_cast<StringLiteral>(E);
}

/// The route a registration names: its first string literal argument, or
/// the argument the catalog's InputArgs names.
const StringLiteral *firstString(const CallInfo &CI) {
  uint32_t Mask = CI.Entry ? CI.Entry->InputArgs : 0;
  for (unsigned I = 0; I < CI.Args.size(); ++I) {
    if (Mask && !(I < 32 && (Mask & (1u << I))))
      continue;
    if (const StringLiteral *SL = stringLiteralIn(CI.Args[I]))
      return SL;
  }
  return nullptr;
}

/// The function a route registration hands its requests to: a lambda, a
/// function, or a member function bound to an object (Pistache's
/// Routes::bind(&Api::chat, this)), among the call's arguments or, for a
/// rule object that takes its handler next (Crow's
/// CROW_ROUTE(app, path)(handler)), those of an enclosing call.
const FunctionDecl *handlerIn(const Expr *E, unsigned Depth = 0) {
  if (!E || Depth > 4)
    return nullptr;
  E = E->IgnoreImplicit();
  if (const auto *LE = dyn_cast<LambdaExpr>(E))
    return LE->getCallOperator();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *F = dyn_cast<FunctionDecl>(DRE->getDecl()))
      return F->hasBody() ? F : nullptr;
  // In a call (Routes::bind(&Api::chat, this)), the handler is among the
  // arguments, not the function called.
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    for (const Expr *A : Call->arguments())
      if (const FunctionDecl *F = handlerIn(A, Depth + 1))
        return F;
    return nullptr;
  }
  for (const Stmt *C : E->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(C))
      if (const FunctionDecl *F = handlerIn(CE, Depth + 1))
        return F;
  return nullptr;
}

const FunctionDecl *routeHandler(const SeenCall &C, ASTContext &AST) {
  for (const Expr *A : C.Info.Args)
    if (const FunctionDecl *F = handlerIn(A))
      return F;
  DynTypedNodeList Parents = AST.getParents(*C.E);
  for (unsigned Up = 0; Up < 4 && Parents.size() == 1; ++Up) {
    const auto *P = Parents[0].get<Expr>();
    if (!P)
      return nullptr;
    if (const auto *Call = dyn_cast<CallExpr>(P))
      for (const Expr *A : Call->arguments())
        if (const FunctionDecl *F = handlerIn(A))
          return F;
    Parents = AST.getParents(*P);
  }
  return nullptr;
}

/// The literal a route accessor's result is compared with:
/// `req.target() == "/v1/chat/completions"` (Boost.Beast has no router).
const StringLiteral *comparedString(const Expr *Call, ASTContext &AST) {
  DynTypedNodeList Parents = AST.getParents(*Call);
  for (unsigned Up = 0; Up < 4 && Parents.size() == 1; ++Up) {
    const Expr *P = Parents[0].get<Expr>();
    if (!P)
      return nullptr;
    const Expr *L = nullptr, *R = nullptr;
    if (const auto *BO = dyn_cast<BinaryOperator>(P);
        BO && BO->getOpcode() == BO_EQ) {
      L = BO->getLHS();
      R = BO->getRHS();
    } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(P);
               OC && OC->getOperator() == OO_EqualEqual &&
               OC->getNumArgs() == 2) {
      L = OC->getArg(0);
      R = OC->getArg(1);
    }
    if (L && R) {
      if (const StringLiteral *SL = stringLiteralIn(L))
        return SL;
      return stringLiteralIn(R);
    }
    Parents = AST.getParents(*P);
  }
  return nullptr;
}

/// True when \p E names the standard input: std::cin, std::wcin or stdin.
bool isStandardInput(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  if (!DRE)
    return false;
  const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
  if (!VD || !VD->getIdentifier())
    return false;
  std::string Q = VD->getQualifiedNameAsString();
  return Q == "std::cin" || Q == "std::wcin" || Q == "stdin" ||
         Q == "_IO_2_1_stdin_";
}

/// True when a user-input call reads what a person types: from the
/// terminal, not from a file. Reading prompts from a file is batch work.
bool readsFromPerson(const CallInfo &CI) {
  llvm::StringRef N = CI.Entry->Name;
  if (N == "std::getline")
    return !CI.Args.empty() && isStandardInput(CI.Args[0]);
  if (N == "fgets" || N == "getline")
    return CI.Args.size() >= 3 && isStandardInput(CI.Args[2]);
  // scanf, readline, linenoise and user catalog entries read the terminal.
  return true;
}

} // namespace

std::vector<Conversation> findConversations(const FunctionDecl *FD,
                                            GenerationAnalyzer &A) {
  std::vector<Conversation> Out;
  Walker W(A);
  W.walk(FD->getBody());
  const std::vector<GenerationLoop> &Gen = A.loopsIn(FD);

  // Chat routes of HTTP servers.
  for (const SeenCall &C : W.Calls) {
    if (!C.Info.Entry || C.Info.Entry->Sig != Signal::HttpRoute)
      continue;
    const StringLiteral *SL = firstString(C.Info);
    if (!SL && C.Info.Args.empty())
      SL = comparedString(C.E, FD->getASTContext());
    if (SL && SL->getCharByteWidth() == 1 && isChatRoute(SL->getString())) {
      Conversation Conv;
      Conv.Function = FD;
      Conv.Loc = C.E->getBeginLoc();
      Conv.Route = SL->getString().str();
      Conv.Input = {SL->getBeginLoc(), C.Info.Entry->Name, C.Info.Resolved};
      Conv.Reply = Conv.Input;
      Out.push_back(std::move(Conv));
      continue;
    }
    // Any other route: its handler answers with generated content when
    // what the request carries reaches a model and the generated content
    // is written out.
    const FunctionDecl *H = routeHandler(C, FD->getASTContext());
    const FunctionDecl *Def = nullptr;
    if (!H || !H->hasBody(Def) || !Def || Def == FD ||
        FD->getASTContext().getSourceManager().isInSystemHeader(
            Def->getLocation()))
      continue;
    const FunctionSummary &S = A.summary(Def);
    if (S.ParamToModel.empty())
      continue;
    const ContentOutput *Written = nullptr;
    for (const ContentOutput &O : A.outputsIn(Def))
      if (!Written)
        Written = &O;
    if (!Written)
      continue;
    Conversation Conv;
    Conv.Function = FD;
    Conv.Loc = C.E->getBeginLoc();
    Conv.Route = SL && SL->getCharByteWidth() == 1 ? SL->getString().str()
                                                   : std::string("(a path)");
    Conv.Input = {SL ? SL->getBeginLoc() : C.E->getBeginLoc(),
                  C.Info.Entry->Name, C.Info.Resolved};
    Conv.Handler = S.ParamToModel.begin()->second;
    Conv.HandlerFn = Def;
    Conv.Answer = Written->Path.Write;
    Conv.Reply = *Conv.Handler;
    Out.push_back(std::move(Conv));
  }

  // Interactive loops: the innermost loop that both reads user input and
  // generates the answer.
  llvm::SmallPtrSet<const Stmt *, 4> Reported;
  for (auto It = W.LoopsInOrder.rbegin(); It != W.LoopsInOrder.rend(); ++It) {
    const Stmt *L = *It;
    bool Covered = false;
    for (const Stmt *R : Reported)
      if (within(W.Parents[R], L))
        Covered = true;
    if (Covered)
      continue;
    const SeenCall *Input = nullptr;
    // Speech: audio captured live and transcribed in the same loop.
    const SeenCall *Capture = nullptr, *Recogniser = nullptr;
    std::optional<Evidence> Reply;
    for (const SeenCall &C : W.Calls) {
      if (!within(C.Loops, L))
        continue;
      if (!Input && C.Info.Entry && C.Info.Entry->Sig == Signal::UserInput &&
          readsFromPerson(C.Info))
        Input = &C;
      if (!Capture && C.Info.Entry && C.Info.Entry->Sig == Signal::LiveCapture)
        Capture = &C;
      if (!Recogniser && C.Info.Entry &&
          C.Info.Entry->Sig == Signal::SpeechRecognition)
        Recogniser = &C;
      if (Reply)
        continue;
      if (C.Info.Entry && (C.Info.Entry->Sig == Signal::ChatTemplate ||
                           C.Info.Entry->Sig == Signal::ImageSynthesis ||
                           C.Info.Entry->Sig == Signal::SpeechSynthesis ||
                           C.Info.Entry->Sig == Signal::TextGeneration)) {
        Reply =
            Evidence{C.E->getBeginLoc(), C.Info.Entry->Name, C.Info.Resolved};
      } else if (!C.Info.Entry && C.Info.Callee) {
        const FunctionDecl *Def = nullptr;
        if (C.Info.Callee->hasBody(Def) && Def && Def != FD &&
            !FD->getASTContext().getSourceManager().isInSystemHeader(
                Def->getLocation()) &&
            A.summary(Def).HasGenerationLoop)
          Reply = Evidence{C.E->getBeginLoc(), Def->getNameAsString(), true};
      }
    }
    if (!Reply)
      for (const GenerationLoop &G : Gen)
        // A decoder that transcribes is how the words come in, not a reply.
        if ((G.Loop == L || within(W.Parents[G.Loop], L)) &&
            !A.transcriber(G)) {
          Reply = Evidence{G.Loop->getBeginLoc(), "generation loop",
                           G.Model.Resolved && G.Token.Resolved};
          break;
        }
    if (!Input && Capture && Recogniser)
      Input = Capture;
    if (!Input || !Reply)
      continue;
    Conversation Conv;
    Conv.Function = FD;
    Conv.Loc = L->getBeginLoc();
    Conv.Input = {Input->E->getBeginLoc(), Input->Info.Name,
                  Input->Info.Resolved};
    if (Input == Capture)
      Conv.Transcribed =
          Evidence{Recogniser->E->getBeginLoc(), Recogniser->Info.Name,
                   Recogniser->Info.Resolved};
    Conv.Reply = *Reply;
    Out.push_back(std::move(Conv));
    Reported.insert(L);
  }
  return Out;
}

void ConversationalAiCheck::checkFunction(const FunctionDecl *FD,
                                          GenerationAnalyzer &A,
                                          const SourceManager &) {
  for (const Conversation &C : findConversations(FD, A)) {
    Confidence Conf = C.Input.Resolved && C.Reply.Resolved &&
                              (!C.Transcribed || C.Transcribed->Resolved)
                          ? Confidence::Certain
                          : Confidence::Likely;
    if (C.Handler) {
      FindingBuilder D =
          diag(C.Loc,
               "HTTP route '%0' answers requests with generated content; if "
               "placed on the market or put into service, Art. 50(1) would "
               "require telling people that they are interacting with an AI "
               "and the open-source exemption of Art. 2(12) would not apply",
               Effect::Transparency, Conf, "Art. 50(1)");
      D << C.Route;
      D.inFunction(FD)
          .note(C.Input.Loc, "the route is registered here (%0)",
                {C.Input.What})
          .note(C.Handler->Loc,
                "what the request carries reaches a model here (%0)",
                {C.Handler->What})
          .note(C.Answer->Loc, "and the generated answer is written here (%0)",
                {C.Answer->What});
      continue;
    }
    if (!C.Route.empty()) {
      FindingBuilder D =
          diag(C.Loc,
               "HTTP route '%0' serves a chat interface; if placed on the "
               "market or put into service, Art. 50(1) would require telling "
               "people that they are interacting with an AI and the "
               "open-source exemption of Art. 2(12) would not apply",
               Effect::Transparency, Conf, "Art. 50(1)");
      D << C.Route;
      D.inFunction(FD).note(C.Input.Loc, "the route is registered here (%0)",
                            {C.Input.What});
      continue;
    }
    FindingBuilder D = diag(
        C.Loc,
        "loop converses with a person: it reads user input and answers with "
        "generated content; if placed on the market or put into service, "
        "Art. 50(1) would require telling people that they are interacting "
        "with an AI and the open-source exemption of Art. 2(12) would not "
        "apply",
        Effect::Transparency, Conf, "Art. 50(1)");
    D.inFunction(FD);
    if (C.Transcribed) {
      D.note(C.Input.Loc, "the person's speech is captured here (%0)",
             {C.Input.What})
          .note(C.Transcribed->Loc, "and transcribed here (%0)",
                {C.Transcribed->What});
    } else {
      D.note(C.Input.Loc, "user input is read here (%0)", {C.Input.What});
    }
    D.note(C.Reply.Loc, "the answer is generated here (%0)", {C.Reply.What});
  }
}

} // namespace aiact
