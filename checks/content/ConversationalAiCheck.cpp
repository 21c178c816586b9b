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
#include "clang/Lex/Lexer.h"

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
/// The class a handler object argument has: `std::make_shared<Ask>(...)`,
/// a `std::shared_ptr<Ask>` variable, `new Ask`, or an `Ask` object.
const CXXRecordDecl *handlerClass(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    T = PT->getPointeeType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD))
    if (Spec->isInStdNamespace() && Spec->getIdentifier() &&
        (Spec->getName() == "shared_ptr" || Spec->getName() == "unique_ptr") &&
        Spec->getTemplateArgs().size() > 0 &&
        Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
      RD = Spec->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
  return RD && RD->hasDefinition() ? RD->getDefinition() : nullptr;
}

/// The method of a request-handler object that a server calls for each
/// request: the override of oatpp's `HttpRequestHandler::handle`.
const FunctionDecl *handlerMethod(const CXXRecordDecl *RD) {
  if (!RD)
    return nullptr;
  for (const CXXMethodDecl *M : RD->methods())
    for (const CXXMethodDecl *O : M->overridden_methods())
      if (O->getQualifiedNameAsString() ==
          "oatpp::web::server::HttpRequestHandler::handle")
        return M->hasBody() ? M : nullptr;
  return nullptr;
}

const FunctionDecl *handlerIn(const Expr *E, unsigned Depth = 0) {
  if (!E || Depth > 4)
    return nullptr;
  E = E->IgnoreImplicit();
  if (const FunctionDecl *M = handlerMethod(handlerClass(E->getType())))
    return M;
  if (const auto *LE = dyn_cast<LambdaExpr>(E))
    return LE->getCallOperator();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *F = dyn_cast<FunctionDecl>(DRE->getDecl()))
      return F->hasBody() ? F : nullptr;
    // A handler object kept in a variable of the base class:
    // `std::shared_ptr<HttpRequestHandler> h = std::make_shared<Ask>();`.
    if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
        V && V->isLocalVarDecl() && V->getInit())
      return handlerIn(V->getInit(), Depth + 1);
    return nullptr;
  }
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

/// True when \p RD is or derives from oatpp's ApiController.
bool isApiController(const CXXRecordDecl *RD, unsigned Depth = 0) {
  if (!RD || Depth > 16 || !RD->hasDefinition())
    return false;
  if (RD->getQualifiedNameAsString() ==
      "oatpp::web::server::api::ApiController")
    return true;
  for (const CXXBaseSpecifier &B : RD->bases())
    if (isApiController(B.getType()->getAsCXXRecordDecl(), Depth + 1))
      return true;
  return false;
}

/// oatpp's `ENDPOINT("POST", "/chat", name, ...)` in an ApiController
/// declares the route's handler, the method `name`: the route's path and
/// where it is written, read from the macro's arguments.
std::optional<std::pair<std::string, SourceLocation>>
endpointRoute(const FunctionDecl *FD) {
  const auto *M = dyn_cast<CXXMethodDecl>(FD);
  if (!M || !M->getIdentifier() || !M->getLocation().isMacroID() ||
      !isApiController(M->getParent()))
    return std::nullopt;
  ASTContext &AST = FD->getASTContext();
  const SourceManager &SM = AST.getSourceManager();
  SourceLocation At = SM.getExpansionRange(M->getLocation()).getBegin();
  Token T;
  auto Next = [&] {
    if (Lexer::getRawToken(At, T, SM, AST.getLangOpts(), true))
      return false;
    At = T.getEndLoc();
    return true;
  };
  auto Identifier = [&](llvm::StringRef Want) {
    return Next() && T.is(tok::raw_identifier) &&
           (Want.empty() || T.getRawIdentifier() == Want);
  };
  if (!Identifier("") || (T.getRawIdentifier() != "ENDPOINT" &&
                          T.getRawIdentifier() != "ENDPOINT_ASYNC"))
    return std::nullopt;
  if (!Next() || !T.is(tok::l_paren) || !Next() || !T.is(tok::string_literal) ||
      !Next() || !T.is(tok::comma) || !Next() || !T.is(tok::string_literal))
    return std::nullopt;
  SourceLocation PathAt = T.getLocation();
  llvm::StringRef Path(SM.getCharacterData(PathAt), T.getLength());
  if (!Next() || !T.is(tok::comma) || !Identifier(M->getName()))
    return std::nullopt;
  return std::make_pair(Path.drop_front().drop_back().str(), PathAt);
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

/// Storage a live-capture callback fills with what it captures: a variable
/// of static storage or a data member, of a buffer type.
struct CaptureStore {
  Evidence Registered;         ///< where the callback is handed to the library
  std::string Callback;        ///< the callback: 'name', or (a lambda)
  clang::SourceLocation Write; ///< where the callback writes the storage
  /// For a data member: the object whose member it is, when known (a
  /// global, or the user data handed over with the callback); null when
  /// any object of the class may be the one.
  const VarDecl *Object = nullptr;
  bool Member = false; ///< the storage is a data member
};

/// The variable an object expression starts from: `g` in `g.ring.data[i]`,
/// `q` in `&q` or `q->r`; null for `this` and other expressions.
const VarDecl *rootVar(const Expr *E) {
  for (unsigned I = 0; I < 32 && E; ++I) {
    E = E->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<VarDecl>(DRE->getDecl());
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      E = ME->getBase();
    else if (const auto *UO = dyn_cast<UnaryOperator>(E))
      E = UO->getSubExpr();
    else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
      E = AS->getBase();
    else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
      E = MC->getImplicitObjectArgument();
    else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
             OC && OC->getNumArgs() > 0)
      E = OC->getArg(0);
    else
      return nullptr;
  }
  return nullptr;
}

/// True for a type that can hold samples: an array, a pointer to data, or
/// an object (a vector, a ring buffer). Counters and flags are not.
bool holdsSamples(QualType T) {
  T = T.getNonReferenceType();
  if (T->isArrayType() || T->isRecordType())
    return true;
  if (const auto *PT = T->getAs<PointerType>())
    return !PT->getPointeeType()->isVoidType() &&
           !PT->getPointeeType()->isFunctionType();
  return false;
}

/// The variables and data members \p S names, not entering lambdas.
void namedDecls(const Stmt *S, llvm::SmallVectorImpl<const ValueDecl *> &Out,
                unsigned Depth = 0) {
  if (!S || Depth > 64 || isa<LambdaExpr, BlockExpr>(S))
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S)) {
    if (isa<VarDecl>(DRE->getDecl()))
      Out.push_back(DRE->getDecl());
  } else if (const auto *ME = dyn_cast<MemberExpr>(S)) {
    if (isa<FieldDecl, VarDecl>(ME->getMemberDecl()))
      Out.push_back(ME->getMemberDecl());
  }
  for (const Stmt *C : S->children())
    namedDecls(C, Out, Depth + 1);
}

/// The function an argument hands over: `cb`, `&cb`, `Class::cb`, or a
/// lambda converted to a function pointer.
const FunctionDecl *callbackIn(const Expr *E, unsigned Depth = 0) {
  if (!E || Depth > 6)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Plus))
    return callbackIn(UO->getSubExpr(), Depth + 1);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<FunctionDecl>(DRE->getDecl());
  if (const auto *LE = dyn_cast<LambdaExpr>(E))
    return LE->getCallOperator();
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) // lambda -> pointer
    return callbackIn(MC->getImplicitObjectArgument(), Depth + 1);
  if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
    return callbackIn(M->getSubExpr(), Depth + 1);
  return nullptr;
}

/// Calls \p Fn on \p S and every statement under it; deeply nested
/// generated code is cut off.
template <typename F> void forEach(const Stmt *S, F &&Fn, unsigned D = 0) {
  if (!S || D > 400)
    return;
  Fn(S);
  for (const Stmt *C : S->children())
    forEach(C, Fn, D + 1);
}

/// The sides of a plain assignment, `a = b` or a class's `operator=`.
bool assignment(const Stmt *S, const Expr *&Lhs, const Expr *&Rhs,
                SourceLocation &At) {
  if (const auto *BO = dyn_cast<BinaryOperator>(S);
      BO && BO->getOpcode() == BO_Assign) {
    Lhs = BO->getLHS();
    Rhs = BO->getRHS();
    At = BO->getOperatorLoc();
    return true;
  }
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S);
      OC && OC->getOperator() == OO_Equal && OC->getNumArgs() == 2) {
    Lhs = OC->getArg(0);
    Rhs = OC->getArg(1);
    At = OC->getOperatorLoc();
    return true;
  }
  return false;
}

/// Splits what a call is given into what it only reads and what it may
/// write: arguments passed to non-const pointer or reference parameters,
/// the destination of `std::copy`, `copy_n` and `transform`, and the
/// object of a non-const member function.
void splitByWrite(const CallExpr *CE, llvm::SmallVectorImpl<const Expr *> &Read,
                  llvm::SmallVectorImpl<const Expr *> &Written) {
  const FunctionDecl *Callee = CE->getDirectCallee();
  bool CopyLike =
      Callee && Callee->isInStdNamespace() && Callee->getIdentifier() &&
      llvm::is_contained({"copy", "copy_n", "transform"}, Callee->getName());
  for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
    const Expr *Arg = CE->getArg(I);
    bool Writes = CopyLike && I + 1 == CE->getNumArgs();
    if (Callee && I < Callee->getNumParams() && !isa<CXXOperatorCallExpr>(CE)) {
      QualType T = Callee->getParamDecl(I)->getType();
      if (const auto *RT = T->getAs<ReferenceType>())
        Writes |= !RT->getPointeeType().isConstQualified();
      else if (const auto *PT = T->getAs<PointerType>())
        Writes |= !PT->getPointeeType().isConstQualified();
    }
    (Writes ? Written : Read).push_back(Arg);
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
    const CXXMethodDecl *M = MC->getMethodDecl();
    (M && !M->isConst() ? Written : Read)
        .push_back(MC->getImplicitObjectArgument());
  }
}

/// What the live-capture callbacks of a unit fill: found by walking every
/// function of the unit outside system headers for a callback handed to a
/// capture library (PortAudio's stream callback, miniaudio's data
/// callback, SDL's audio callback), then the callback's body for storage
/// written with what its parameters deliver.
class CaptureIndex {
  struct Registration {
    const FunctionDecl *Callback;
    Evidence Registered;
    const VarDecl *UserData; ///< the object handed to the callback, if known
  };

public:
  CaptureIndex(ASTContext &AST, CallResolver &R) : AST(AST), R(R) {
    visit(AST.getTranslationUnitDecl());
    for (const Registration &Rg : Callbacks)
      scanCallback(Rg);
  }

  /// Storage filled by a capture callback, by declaration.
  llvm::DenseMap<const ValueDecl *, CaptureStore> Stores;
  /// Functions that register a capture callback.
  llvm::SmallPtrSet<const FunctionDecl *, 4> Registering;

private:
  void visit(const DeclContext *DC) {
    const SourceManager &SM = AST.getSourceManager();
    for (const Decl *D : DC->decls()) {
      if (SM.isInSystemHeader(D->getLocation()))
        continue;
      if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
        D = FT->getTemplatedDecl();
      if (const auto *F = dyn_cast<FunctionDecl>(D)) {
        if (F->doesThisDeclarationHaveABody()) {
          Body = F->getBody();
          size_t Before = Callbacks.size();
          findRegistrations(Body);
          if (Callbacks.size() != Before)
            Registering.insert(F->getCanonicalDecl());
        }
      } else if (isa<NamespaceDecl, LinkageSpecDecl, CXXRecordDecl>(D)) {
        visit(cast<DeclContext>(D));
      }
    }
  }

  void findRegistrations(const Stmt *S, unsigned Depth = 0) {
    if (!S || Depth > 400)
      return;
    if (isa<CallExpr>(S))
      if (std::optional<CallInfo> CI = R.describe(cast<Expr>(S)))
        if (CI->Entry && CI->Entry->Sig == Signal::LiveCapture &&
            CI->Entry->CallbackArgs)
          for (unsigned A = 0; A < CI->Args.size() && A < 32; ++A)
            if (CI->Entry->CallbackArgs & (1u << A))
              if (const FunctionDecl *CB = callbackIn(CI->Args[A]))
                // PortAudio hands the argument after the callback to it.
                Callbacks.push_back({CB,
                                     Evidence(CI->E->getBeginLoc(),
                                              CI->Entry->Name, CI->Resolved),
                                     A + 1 < CI->Args.size()
                                         ? addressed(CI->Args[A + 1])
                                         : nullptr});
    // `cfg.dataCallback = on_audio;`, `spec.callback = on_audio;` (an
    // operator call when the field's type is a class, as in stub headers).
    const Expr *Lhs = nullptr, *Rhs = nullptr;
    SourceLocation At;
    assignment(S, Lhs, Rhs, At);
    // `SDL_AudioSpec want = {.freq = 16000, .callback = on_audio};`
    if (const auto *ILE = dyn_cast<InitListExpr>(S))
      if (const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
          RD && !ILE->isSyntacticForm()) {
        unsigned I = 0;
        for (const FieldDecl *FDl : RD->fields()) {
          if (I >= ILE->getNumInits())
            break;
          const Expr *Init = ILE->getInit(I++);
          if (const CatalogEntry *E = R.entryForField(FDl);
              E && E->Sig == Signal::LiveCapture)
            if (const FunctionDecl *CB = callbackIn(Init)) {
              const VarDecl *User = nullptr;
              for (unsigned J = 0; J < ILE->getNumInits() && !User; ++J)
                User = addressed(ILE->getInit(J));
              Callbacks.push_back(
                  {CB, Evidence(Init->getBeginLoc(), E->Name, true), User});
            }
        }
      }
    if (Lhs)
      if (const auto *ME = dyn_cast<MemberExpr>(Lhs->IgnoreParenImpCasts()))
        if (const auto *FDl = dyn_cast<FieldDecl>(ME->getMemberDecl()))
          if (const CatalogEntry *E = R.entryForField(FDl);
              E && E->Sig == Signal::LiveCapture)
            if (const FunctionDecl *CB = callbackIn(Rhs))
              Callbacks.push_back({CB, Evidence(At, E->Name, true),
                                   userDataOf(rootVar(ME->getBase()), FDl)});
    for (const Stmt *C : S->children())
      findRegistrations(C, Depth + 1);
  }

  /// The variable whose address \p E is: `&ring`.
  static const VarDecl *addressed(const Expr *E) {
    const auto *UO = dyn_cast<UnaryOperator>(E->IgnoreParenImpCasts());
    if (!UO || UO->getOpcode() != UO_AddrOf)
      return nullptr;
    const auto *DRE =
        dyn_cast<DeclRefExpr>(UO->getSubExpr()->IgnoreParenImpCasts());
    return DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  }

  /// The user data a configuration hands its callback: another field of
  /// the same configuration variable assigned the address of a variable in
  /// the registering function (`cfg.pUserData = &mic;`).
  const VarDecl *userDataOf(const VarDecl *Config, const FieldDecl *Callback) {
    if (!Config)
      return nullptr;
    const VarDecl *Found = nullptr;
    forEach(Body, [&](const Stmt *S) {
      const Expr *L, *Rv;
      SourceLocation At;
      if (Found || !assignment(S, L, Rv, At))
        return;
      if (const auto *ME = dyn_cast<MemberExpr>(L->IgnoreParenImpCasts()))
        if (ME->getMemberDecl() != Callback && rootVar(ME->getBase()) == Config)
          Found = addressed(Rv);
    });
    return Found;
  }

  /// Records the storage the callback writes with what its parameters (or
  /// locals made from them) carry.
  void scanCallback(const Registration &Rg) {
    const FunctionDecl *Def = nullptr;
    if (!Rg.Callback->hasBody(Def) || !Def)
      return;
    // The parameters that deliver samples: `const void *input` (PortAudio,
    // miniaudio) or a pointer to numbers (SDL's `Uint8 *stream`). The
    // user-data pointer (`void *`) and the device are not samples.
    llvm::SmallPtrSet<const ValueDecl *, 8> FromInput;
    for (const ParmVarDecl *P : Def->parameters())
      if (const auto *PT = P->getType()->getAs<PointerType>()) {
        QualType Pointee = PT->getPointeeType();
        if ((Pointee->isVoidType() && Pointee.isConstQualified()) ||
            Pointee->isArithmeticType())
          FromInput.insert(P);
      }
    const auto *M = dyn_cast<CXXMethodDecl>(Def);
    std::string Name = M && M->getParent()->isLambda()
                           ? std::string("(a lambda)")
                           : "'" + Def->getNameAsString() + "'";
    scanBody(Def, FromInput, Rg, Name, 0);
  }

  /// Records what \p Def writes with the samples in \p FromInput, and
  /// follows them into the functions of the unit it hands them to
  /// (`self->onAudio(in, n)`), two calls deep.
  void scanBody(const FunctionDecl *Def,
                llvm::SmallPtrSet<const ValueDecl *, 8> FromInput,
                const Registration &Rg, const std::string &Name,
                unsigned Depth) {
    const Evidence &Reg = Rg.Registered;
    llvm::DenseMap<const VarDecl *, const Expr *> PointsInto;
    // Locals made from them: `const float *in = (const float *)input;`.
    for (unsigned Pass = 0; Pass < 2; ++Pass)
      forEach(Def->getBody(), [&](const Stmt *S) {
        if (const auto *DS = dyn_cast<DeclStmt>(S))
          for (const Decl *Dl : DS->decls())
            if (const auto *VD = dyn_cast<VarDecl>(Dl); VD && VD->getInit()) {
              llvm::SmallVector<const ValueDecl *, 4> Ds;
              namedDecls(VD->getInit(), Ds);
              if (llvm::any_of(Ds, [&](const ValueDecl *D) {
                    return FromInput.count(D);
                  }))
                FromInput.insert(VD);
              // `float *w = &data->samples[at];`: writes through w write
              // the storage.
              else if (VD->getType()->isPointerType())
                PointsInto[VD] = VD->getInit();
            }
      });
    auto Carries = [&](const Stmt *E) {
      llvm::SmallVector<const ValueDecl *, 4> Ds;
      namedDecls(E, Ds);
      return llvm::any_of(
          Ds, [&](const ValueDecl *D) { return FromInput.count(D); });
    };
    auto Written = [&](const Stmt *Target, SourceLocation At) {
      llvm::SmallVector<const ValueDecl *, 4> Ds;
      namedDecls(Target, Ds);
      for (size_t K = 0, N = Ds.size(); K < N; ++K)
        if (const auto *VD = dyn_cast<VarDecl>(Ds[K]))
          if (auto It = PointsInto.find(VD); It != PointsInto.end()) {
            namedDecls(It->second, Ds);
            Target = It->second; // whose object the storage is
          }
      for (const ValueDecl *D : Ds) {
        const auto *VD = dyn_cast<VarDecl>(D);
        bool Storage = isa<FieldDecl>(D) ||
                       (VD && VD->hasGlobalStorage() && !VD->isStaticLocal());
        if (!Storage || !holdsSamples(D->getType()) || FromInput.count(D))
          continue;
        // A member of a global is that global's; a member reached from the
        // callback's parameters belongs to the user data, when known.
        const VarDecl *Object = nullptr;
        if (isa<FieldDecl>(D)) {
          const VarDecl *Root = rootVar(cast<Expr>(Target));
          Object = Root && Root->hasGlobalStorage() ? Root : Rg.UserData;
        }
        Stores.try_emplace(
            D, CaptureStore{Reg, Name, At, Object, isa<FieldDecl>(D)});
      }
    };
    forEach(Def->getBody(), [&](const Stmt *S) {
      if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
        if (BO->isAssignmentOp() && Carries(BO->getRHS()))
          Written(BO->getLHS(), BO->getOperatorLoc());
        return;
      }
      if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S);
          OC && OC->isAssignmentOp() && OC->getNumArgs() == 2) {
        if (Carries(OC->getArg(1)))
          Written(OC->getArg(0), OC->getOperatorLoc());
        return;
      }
      // A call that hands captured samples to what it writes writes the
      // storage: `buf.insert(buf.end(), in, in + n)`, `memcpy(ring + w, in,
      // n)`, `ring_push(&g_ring, in, n)`, `std::copy(in, in + n, out)`.
      if (const auto *CE = dyn_cast<CallExpr>(S)) {
        llvm::SmallVector<const Expr *, 6> In, Out;
        splitByWrite(CE, In, Out);
        const FunctionDecl *Callee = CE->getDirectCallee();
        if (llvm::any_of(In, [&](const Expr *P) { return Carries(P); }))
          for (const Expr *P : Out)
            Written(P, CE->getBeginLoc());
        // The samples handed on to a function of the unit.
        const FunctionDecl *Next = nullptr;
        if (Depth < 2 && Callee && Callee->hasBody(Next) && Next &&
            !AST.getSourceManager().isInSystemHeader(Next->getLocation())) {
          llvm::SmallPtrSet<const ValueDecl *, 8> Given;
          for (unsigned I = 0; I < CE->getNumArgs() && I < Next->getNumParams();
               ++I)
            if (Carries(CE->getArg(I)))
              Given.insert(Next->getParamDecl(I));
          if (!Given.empty())
            scanBody(Next, std::move(Given), Rg, Name, Depth + 1);
        }
      }
    });
  }

  ASTContext &AST;
  CallResolver &R;
  std::vector<Registration> Callbacks;
  const Stmt *Body = nullptr; ///< of the function being searched
};

/// True for a variable that can carry captured samples on: an array, a
/// pointer to numbers, or an object.
bool carriesSamples(QualType T) {
  T = T.getNonReferenceType();
  if (T->isArrayType() || T->isRecordType())
    return true;
  if (const auto *PT = T->getAs<PointerType>())
    return PT->getPointeeType()->isArithmeticType();
  return false;
}

/// Follows what a capture callback fills into \p FD: the variables that
/// hold it after copies, swaps, assignments and calls of the unit's
/// functions that read it (`mic.take(pcm)`).
class CapturedFlow {
public:
  CapturedFlow(const FunctionDecl *FD, const CaptureIndex &Index)
      : Index(Index) {
    for (const auto &[D, Store] : Index.Stores)
      Holds[D] = &Store;
    // Locals that may be the object a callback fills: all of them in a
    // function that registers one, else those handed to such a function
    // (`start_mic(&dev, &mic)`).
    AnyLocal = Index.Registering.count(FD->getCanonicalDecl());
    if (!AnyLocal)
      forEach(FD->getBody(), [&](const Stmt *S) {
        const auto *CE = dyn_cast<CallExpr>(S);
        const FunctionDecl *Callee = CE ? CE->getDirectCallee() : nullptr;
        if (!Callee || !Index.Registering.count(Callee->getCanonicalDecl()))
          return;
        for (const Expr *A : CE->arguments())
          if (const VarDecl *V = rootVar(A))
            Handed.insert(V);
        // `mic.start()`: the object a member function registers with.
        if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
          if (const VarDecl *V = rootVar(MC->getImplicitObjectArgument()))
            Handed.insert(V);
      });
    for (unsigned Pass = 0; Pass < 3; ++Pass)
      propagate(FD->getBody());
  }

  /// The capture store whose samples \p E uses, or null.
  const CaptureStore *in(const Stmt *E) {
    if (const CaptureStore *S = held(E))
      return S;
    return readBy(E);
  }

private:
  /// True when the object \p Root may be the one whose member \p St is:
  /// the store's own object, a parameter or an expression (not known), or,
  /// when the store's object is not known, a global or a local that may
  /// have been handed to the callback.
  bool mayBe(const CaptureStore *St, const VarDecl *Root) const {
    if (!Root || isa<ParmVarDecl>(Root) || Root == St->Object)
      return true;
    if (St->Object)
      return false;
    bool Local = Root->isLocalVarDecl() && !Root->isStaticLocal();
    return !Local || AnyLocal || Handed.count(Root);
  }

  /// The store a variable or data member named in \p S holds. A member of
  /// another object than the store's (a buffer of the same class loaded
  /// from a file) is not the store.
  const CaptureStore *held(const Stmt *S, unsigned Depth = 0) {
    if (!S || Depth > 64 || isa<LambdaExpr, BlockExpr>(S))
      return nullptr;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S)) {
      if (const CaptureStore *St = Holds.lookup(DRE->getDecl()))
        return St;
    } else if (const auto *ME = dyn_cast<MemberExpr>(S)) {
      if (const CaptureStore *St = Holds.lookup(ME->getMemberDecl()))
        if (mayBe(St, rootVar(ME->getBase())))
          return St;
    }
    for (const Stmt *C : S->children())
      if (const CaptureStore *St = held(C, Depth + 1))
        return St;
    return nullptr;
  }

  /// A call in \p S to a function of the unit whose body reads a store.
  const CaptureStore *readBy(const Stmt *S, unsigned Depth = 0) {
    if (!S || Depth > 64 || isa<LambdaExpr, BlockExpr>(S))
      return nullptr;
    if (const auto *CE = dyn_cast<CallExpr>(S))
      if (const FunctionDecl *Callee = CE->getDirectCallee()) {
        const FunctionDecl *Def = nullptr;
        if (Callee->hasBody(Def) && Def &&
            !Def->getASTContext().getSourceManager().isInSystemHeader(
                Def->getLocation())) {
          auto [It, New] = Reads.try_emplace(Def, nullptr);
          if (New) {
            llvm::SmallVector<const ValueDecl *, 8> Ds;
            namedDecls(Def->getBody(), Ds);
            for (const ValueDecl *D : Ds)
              if (auto S = Index.Stores.find(D); S != Index.Stores.end()) {
                It->second = &S->second;
                break;
              }
          }
          if (It->second)
            return It->second;
        }
      }
    for (const Stmt *C : S->children())
      if (const CaptureStore *Found = readBy(C, Depth + 1))
        return Found;
    return nullptr;
  }

  void mark(const Stmt *Target, const CaptureStore *S) {
    llvm::SmallVector<const ValueDecl *, 4> Ds;
    namedDecls(Target, Ds);
    for (const ValueDecl *D : Ds)
      if (const auto *VD = dyn_cast<VarDecl>(D);
          VD && VD->isLocalVarDeclOrParm() && carriesSamples(VD->getType()))
        Holds.try_emplace(VD, S);
  }

  void propagate(const Stmt *S, unsigned Depth = 0) {
    if (!S || Depth > 400 || isa<LambdaExpr, BlockExpr>(S))
      return;
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *Dl : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(Dl); VD && VD->getInit())
          if (const CaptureStore *St = in(VD->getInit());
              St && carriesSamples(VD->getType()))
            Holds.try_emplace(VD, St);
    } else if (const auto *BO = dyn_cast<BinaryOperator>(S);
               BO && BO->isAssignmentOp()) {
      if (const CaptureStore *St = in(BO->getRHS()))
        mark(BO->getLHS(), St);
    } else if (const auto *CE = dyn_cast<CallExpr>(S);
               CE && !isa<CXXOperatorCallExpr>(CE)) {
      // `pcm.swap(g_pcm)`, `memcpy(pcm, ring, n)`, `mic.take(pcm)`: the
      // samples go into what the call may write.
      llvm::SmallVector<const Expr *, 6> Parts, Out;
      splitByWrite(CE, Parts, Out);
      Parts.append(Out.begin(), Out.end());
      const CaptureStore *St = readBy(CE);
      // A function that reads a data member reads the store only when one
      // of the objects it is given may be the store's (`pull(&ring, out)`,
      // not `load(path, other_buffer)`).
      if (St && St->Member && !llvm::any_of(Parts, [&](const Expr *P) {
            const VarDecl *Root = P ? rootVar(P) : nullptr;
            return Root && mayBe(St, Root);
          }))
        St = nullptr;
      for (const Expr *P : Parts)
        if (!St && P)
          St = held(P);
      if (St)
        for (const Expr *P : Out)
          if (P)
            mark(P, St);
    }
    for (const Stmt *C : S->children())
      propagate(C, Depth + 1);
  }

  const CaptureIndex &Index;
  bool AnyLocal = false;
  llvm::SmallPtrSet<const VarDecl *, 4> Handed;
  llvm::DenseMap<const ValueDecl *, const CaptureStore *> Holds;
  llvm::DenseMap<const FunctionDecl *, const CaptureStore *> Reads;
};

/// The parts of a call: its arguments and the object it is called on.
llvm::SmallVector<const Expr *, 6> callParts(const SeenCall &C) {
  llvm::SmallVector<const Expr *, 6> Parts(C.Info.Args.begin(),
                                           C.Info.Args.end());
  if (C.Info.Object)
    Parts.push_back(C.Info.Object);
  return Parts;
}

/// The capture store whose samples the recogniser \p Rec in loop \p L
/// transcribes: its own arguments use them, or another call in the loop
/// hands them to an object the recogniser also takes (sherpa-onnx's
/// AcceptWaveform into the stream it then decodes).
const CaptureStore *transcribedStore(const SeenCall &Rec, const Stmt *L,
                                     const std::vector<SeenCall> &Calls,
                                     CapturedFlow &Flow) {
  llvm::SmallVector<const Expr *, 6> RecParts = callParts(Rec);
  for (const Expr *P : RecParts)
    if (const CaptureStore *S = Flow.in(P))
      return S;
  llvm::SmallPtrSet<const ValueDecl *, 8> Shared;
  for (const Expr *P : RecParts) {
    llvm::SmallVector<const ValueDecl *, 4> Ds;
    namedDecls(P, Ds);
    Shared.insert(Ds.begin(), Ds.end());
  }
  for (const SeenCall &C : Calls) {
    if (&C == &Rec || !within(C.Loops, L))
      continue;
    const CaptureStore *S = nullptr;
    bool Meets = false;
    for (const Expr *P : callParts(C)) {
      if (!S)
        S = Flow.in(P);
      llvm::SmallVector<const ValueDecl *, 4> Ds;
      namedDecls(P, Ds);
      for (const ValueDecl *D : Ds)
        if (isa<VarDecl>(D) && Shared.count(D))
          Meets = true;
    }
    if (S && Meets)
      return S;
  }
  return nullptr;
}

} // namespace

std::vector<Conversation> findConversations(const FunctionDecl *FD,
                                            GenerationAnalyzer &A) {
  std::vector<Conversation> Out;
  Walker W(A);
  W.walk(FD->getBody());
  const std::vector<GenerationLoop> &Gen = A.loopsIn(FD);

  // oatpp's ENDPOINT: this function is the route's handler.
  if (auto Route = endpointRoute(FD)) {
    Conversation Conv;
    Conv.Function = FD;
    Conv.Loc = FD->getASTContext().getSourceManager().getExpansionLoc(
        FD->getLocation());
    Conv.Route = Route->first;
    Conv.Input = {Route->second, "oatpp ENDPOINT", true};
    Conv.Reply = Conv.Input;
    if (isChatRoute(Route->first)) {
      Out.push_back(std::move(Conv));
    } else if (const FunctionSummary &S = A.summary(FD);
               !S.ParamToModel.empty() && !A.outputsIn(FD).empty()) {
      Conv.Handler = S.ParamToModel.begin()->second;
      Conv.HandlerFn = FD;
      Conv.Answer = A.outputsIn(FD).front().Path.Write;
      Conv.Reply = *Conv.Handler;
      Out.push_back(std::move(Conv));
    }
  }

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
  std::optional<CaptureIndex> Captures;
  std::optional<CapturedFlow> Flow;
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
    // Audio that a capture callback fills and the loop transcribes.
    const CaptureStore *Filled = nullptr;
    if (!Input && Recogniser && Reply) {
      if (!Captures)
        Captures.emplace(FD->getASTContext(), A.resolver());
      if (!Captures->Stores.empty()) {
        if (!Flow)
          Flow.emplace(FD, *Captures);
        Filled = transcribedStore(*Recogniser, L, W.Calls, *Flow);
      }
    }
    if ((!Input && !Filled) || !Reply)
      continue;
    Conversation Conv;
    Conv.Function = FD;
    Conv.Loc = L->getBeginLoc();
    if (Filled) {
      Conv.Input = Filled->Registered;
      Conv.Filled = Evidence(Filled->Write, Filled->Callback);
    } else {
      Conv.Input = {Input->E->getBeginLoc(), Input->Info.Name,
                    Input->Info.Resolved};
    }
    if (Filled || Input == Capture)
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
             {C.Input.What});
      if (C.Filled)
        D.note(C.Filled->Loc,
               "the capture callback %0 stores the samples here; the loop "
               "reads them",
               {C.Filled->What});
      D.note(C.Transcribed->Loc, "and transcribed here (%0)",
             {C.Transcribed->What});
    } else {
      D.note(C.Input.Loc, "user input is read here (%0)", {C.Input.What});
    }
    D.note(C.Reply.Loc, "the answer is generated here (%0)", {C.Reply.What});
  }
}

} // namespace aiact
