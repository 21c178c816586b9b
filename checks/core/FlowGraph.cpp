//===- FlowGraph.cpp - Token feedback through a function's data flow ------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "core/FlowGraph.h"
#include "core/StableMap.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

#include <deque>

using namespace clang;

namespace aiact {

namespace {

/// Noise is a Gaussian draw, Data recorded input (a read image, a file, a
/// capture), Text the result of a tokeniser, Identity a face or speaker
/// embedding.
enum class SourceKind {
  Token,
  Logits,
  Argmax,
  Media,
  Noise,
  Data,
  Text,
  Identity
};

bool isIdentitySignal(Signal S) {
  return S == Signal::FaceEmbedding || S == Signal::SpeakerEmbedding;
}

/// A value that appears in the function: a token, model output, or a
/// candidate argmax whose input must turn out to be model output.
struct SourceNode {
  int Node = -1;
  SourceKind Kind = SourceKind::Token;
  Evidence Ev;
  std::vector<const Stmt *> Loops;   ///< loops around the place it appears
  std::vector<int> Bases;            ///< for Argmax: the values compared
  Signal Sig = Signal::ModelForward; ///< for Media: the synthesis signal
};

/// A call that writes data out of the program.
struct WriteSite {
  std::vector<int> Data;  ///< what is written
  std::vector<int> Other; ///< the rest: file names, streams, handles
  Evidence Ev;
  Medium Med = Medium::None;
  /// The write goes to a file or stream of the program's own, not to
  /// standard output or error: a hand-written file writer's medium can be
  /// read from the header it writes.
  bool ToFile = false;
};

/// A model run: a catalogued model-forward call, or a call to a function of
/// the unit that runs one on a parameter and returns its output.
struct ModelCall {
  Evidence Ev;
  std::vector<int> Inputs;  ///< what it reads
  std::vector<int> Outputs; ///< what it produces
  /// The object it runs on (a session, a net, an extractor): it carries the
  /// inputs set on it before, and, when the run returns and writes nothing
  /// (StateOut), the outputs read from it after (OpenCV's setInput, then
  /// forward).
  std::vector<int> State;
  bool StateOut = false;
  std::vector<const Stmt *> Loops;
};

/// A call to a marking function.
struct MarkSite {
  std::vector<int> Args;
  Evidence Ev;
};

/// A call to a function defined in the unit, resolved lazily for content.
struct LocalCall {
  const FunctionDecl *Def = nullptr;
  int Result = -1;
  std::vector<std::vector<int>> ArgRefs; ///< per argument: what it carries
  std::vector<int> ArgTargets;           ///< per argument: what it may write
  Evidence Ev;
};

/// A place where values reach a model's input.
struct SinkNode {
  std::vector<int> Nodes;
  Evidence Model;
  SourceLocation Feedback;
  std::vector<const Stmt *> Loops;
  bool LibraryStep = false; ///< a generation-step call feeds back itself
};

bool contains(const std::vector<const Stmt *> &V, const Stmt *S) {
  return std::find(V.begin(), V.end(), S) != V.end();
}

/// True for statements that repeat. `do { ... } while (0)`, the usual way
/// to write a statement macro, runs once and is not a loop.
bool isLoop(const Stmt *S, const ASTContext &Ctx) {
  if (const auto *DS = dyn_cast<DoStmt>(S)) {
    const Expr *Cond = DS->getCond();
    if (!Cond || Cond->isValueDependent())
      return true;
    std::optional<llvm::APSInt> V = Cond->getIntegerConstantExpr(Ctx);
    return !V || !V->isZero();
  }
  return isa<ForStmt, WhileStmt, CXXForRangeStmt>(S);
}

/// True for a class derived from std::basic_ostream that is not a string
/// stream (which only buffers what it is given).
bool isOutputStreamType(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return false;
  bool Ostream = false, Buffer = false;
  auto Visit = [&](const CXXRecordDecl *C) {
    if (!C->isInStdNamespace() || !C->getIdentifier())
      return true;
    llvm::StringRef N = C->getName();
    if (N == "basic_ostream")
      Ostream = true;
    else if (N == "basic_ostringstream" || N == "basic_stringstream" ||
             N == "basic_ospanstream" || N == "basic_spanstream" ||
             N == "basic_osyncstream")
      Buffer = true;
    return true;
  };
  Visit(RD);
  if (RD->hasDefinition())
    RD->forallBases(Visit);
  return Ostream && !Buffer;
}

/// The stream a chain of insertions starts from: `s` in `s << a << b`.
const Expr *streamRoot(const Expr *E) {
  for (unsigned I = 0; I < 64; ++I) {
    E = E->IgnoreParenImpCasts();
    const auto *OCE = dyn_cast<CXXOperatorCallExpr>(E);
    if (!OCE || OCE->getOperator() != OO_LessLess || OCE->getNumArgs() != 2)
      break;
    E = OCE->getArg(0);
  }
  return E;
}

/// True when \p E denotes an output stream that is not a string stream.
bool isOutputStream(const Expr *E) {
  return isOutputStreamType(streamRoot(E)->getType());
}

/// A short name for the stream an expression denotes, for messages.
std::string streamName(const Expr *E) {
  E = streamRoot(E);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return DRE->getDecl()->getQualifiedNameAsString();
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return ME->getMemberDecl()->getNameAsString();
  return "an output stream";
}

/// True for `stdout`, `stderr`, `std::cout`, `std::cerr`, `std::clog` and
/// their wide forms.
bool isStandardStream(const Expr *E) {
  const auto *DRE = dyn_cast<DeclRefExpr>(streamRoot(E)->IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->getIdentifier())
    return false;
  return llvm::is_contained({"stdout", "stderr", "cout", "cerr", "clog",
                             "wcout", "wcerr", "wclog", "_IO_2_1_stdout_",
                             "_IO_2_1_stderr_"},
                            VD->getName());
}

/// True when \p E is a C file handle (`FILE *`) other than stdout and
/// stderr.
bool isFileHandle(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  const auto *PT = E->getType()->getAs<PointerType>();
  if (!PT)
    return false;
  QualType T = PT->getPointeeType().getCanonicalType();
  const RecordType *RT = T->getAs<RecordType>();
  const IdentifierInfo *II = RT ? RT->getDecl()->getIdentifier() : nullptr;
  return II &&
         (II->getName() == "_IO_FILE" || II->getName() == "FILE" ||
          II->getName() == "__sFILE") &&
         !isStandardStream(E);
}

/// The header literals a hand-written file writer's body holds.
struct FileHeader {
  bool Riff = false, Wave = false, Netpbm = false;

  void scan(const Stmt *S, unsigned Depth = 0) {
    if (!S || Depth > 400 || Netpbm || (Riff && Wave))
      return;
    if (const auto *SL = dyn_cast<StringLiteral>(S)) {
      if (SL->getCharByteWidth() != 1)
        return;
      llvm::StringRef T = SL->getString();
      Riff |= T.starts_with("RIFF");
      Wave |= T.contains("WAVE");
      Netpbm |= T.size() >= 3 && T[0] == 'P' && T[1] >= '1' && T[1] <= '6' &&
                llvm::StringRef(" \t\r\n").contains(T[2]);
      return;
    }
    for (const Stmt *C : S->children())
      scan(C, Depth + 1);
  }
};

/// The medium a hand-written file writer writes, told by the header
/// literals in its body: "RIFF" and "WAVE" (a WAV file), or a Netpbm
/// header such as "P6\n%d %d\n255\n" (an image). None otherwise.
Medium headerMedium(const Stmt *Body) {
  FileHeader H;
  H.scan(Body);
  return H.Riff && H.Wave ? Medium::Audio
         : H.Netpbm       ? Medium::Image
                          : Medium::None;
}

bool isSynthesis(Signal S) { return synthesisModality(S).has_value(); }

/// The medium of a hand-written writer \p FD: the header in its body, in
/// a function of the unit it calls (`write_header(f, n)`), or, for a member
/// function, in another member function of its class (a WAV writer class
/// whose `open` writes the header and whose `write` writes the samples).
Medium writerMedium(const FunctionDecl *FD,
                    llvm::ArrayRef<const FunctionDecl *> Callees) {
  Medium M = headerMedium(FD->getBody());
  for (const FunctionDecl *C : Callees)
    if (M == Medium::None)
      M = headerMedium(C->getBody());
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && M == Medium::None)
    for (const CXXMethodDecl *Other : MD->getParent()->methods())
      if (M == Medium::None && Other != MD && Other->hasBody())
        M = headerMedium(Other->getBody());
  return M;
}

/// True when \p E passes an output stream that is not a string stream, by
/// reference or by pointer (`std::cout`, `&log`, a defaulted `&std::cout`).
bool passesOutputStream(const Expr *E) {
  if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(E))
    E = DA->getExpr();
  E = E->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_AddrOf)
    return isOutputStream(UO->getSubExpr());
  if (E->getType()->isPointerType()) {
    QualType P = E->getType()->getPointeeType();
    return isOutputStreamType(P) && !isa<CXXNullPtrLiteralExpr>(E);
  }
  return isOutputStream(E);
}

} // namespace

/// The data-flow graph of one function body.
class FunctionGraph {
public:
  FunctionGraph(GenerationAnalyzer &A, const FunctionDecl *FD)
      : FD(FD), A(A), SM(FD->getASTContext().getSourceManager()) {
    ReturnNode = newNode(nullptr);
    for (const ParmVarDecl *P : FD->parameters())
      if (P->getIdentifier())
        Named[P->getName()] = P;
    if (const Stmt *Body = FD->getBody())
      visit(Body);
  }

  const FunctionDecl *FD;
  std::vector<std::vector<int>> Succ;
  std::vector<std::vector<int>> Pred;
  std::vector<const ValueDecl *> NodeDecl;
  int ReturnNode = -1;
  std::vector<SourceNode> Sources;
  std::vector<SinkNode> Sinks;
  std::vector<std::vector<const Stmt *>> GenerationCalls;
  std::vector<const Stmt *> LoopsInnerFirst;
  llvm::DenseMap<const Stmt *, std::vector<const Stmt *>> LoopParents;
  std::vector<WriteSite> Writes;
  std::vector<MarkSite> Marks;
  std::vector<LocalCall> LocalCalls;
  std::vector<Evidence> Recognisers;
  std::vector<ModelCall> Models;
  /// The function runs an optimiser step: it trains.
  bool Trains = false;

  /// Like reach(), but a value that reaches a model's input also reaches
  /// its output (forward), or a model's output reaches back to its inputs
  /// (backward). Models inside \p Skip (a loop) are not passed through.
  /// \p Passed, when given, receives the models passed, in order.
  std::vector<int>
  reachThroughModels(const std::vector<std::pair<int, int>> &Starts,
                     bool Forward, const Stmt *Skip = nullptr,
                     std::vector<int> *Passed = nullptr) {
    if (ModelAt.empty())
      for (size_t K = 0; K < Models.size(); ++K) {
        for (int N : Models[K].Inputs)
          ModelAt[{N, true}].push_back(static_cast<int>(K));
        for (int N : Models[K].Outputs)
          ModelAt[{N, false}].push_back(static_cast<int>(K));
        for (int N : Models[K].State) {
          ModelAt[{N, true}].push_back(static_cast<int>(K));
          if (Models[K].StateOut)
            ModelAt[{N, false}].push_back(static_cast<int>(K));
        }
      }
    std::vector<int> Via(Succ.size(), -1);
    std::vector<bool> Crossed(Models.size(), false);
    std::deque<int> Work;
    auto Push = [&](int N, int Tag) {
      if (N >= 0 && Via[N] < 0) {
        Via[N] = Tag;
        Work.push_back(N);
      }
    };
    for (auto [Node, Tag] : Starts)
      Push(Node, Tag);
    while (!Work.empty()) {
      int N = Work.front();
      Work.pop_front();
      for (int M : Forward ? Succ[N] : Pred[N])
        Push(M, Via[N]);
      auto It = ModelAt.find({N, Forward});
      if (It == ModelAt.end())
        continue;
      for (int K : It->second) {
        if (Crossed[K] || (Skip && contains(Models[K].Loops, Skip)))
          continue;
        Crossed[K] = true;
        if (Passed)
          Passed->push_back(K);
        for (int M : Forward ? Models[K].Outputs : Models[K].Inputs)
          Push(M, Via[N]);
        if (!Forward || Models[K].StateOut)
          for (int M : Models[K].State)
            Push(M, Via[N]);
      }
    }
    return Via;
  }

  /// Nodes reachable from \p Starts (forward or backward); Via[n] is the
  /// index in \p Starts that reached n first, or -1.
  std::vector<int> reach(const std::vector<std::pair<int, int>> &Starts,
                         bool Forward) const {
    std::vector<int> Via(Succ.size(), -1);
    std::deque<int> Work;
    for (auto [Node, Tag] : Starts)
      if (Via[Node] < 0) {
        Via[Node] = Tag;
        Work.push_back(Node);
      }
    while (!Work.empty()) {
      int N = Work.front();
      Work.pop_front();
      for (int M : Forward ? Succ[N] : Pred[N])
        if (Via[M] < 0) {
          Via[M] = Via[N];
          Work.push_back(M);
        }
    }
    return Via;
  }

private:
  GenerationAnalyzer &A;
  const SourceManager &SM;
  llvm::DenseMap<const ValueDecl *, int> VarIds;
  /// Parameters and locals by name, for references that the parser dropped
  /// because the declaration had an unknown type (missing headers).
  llvm::StringMap<const ValueDecl *> Named;
  llvm::DenseMap<const Expr *, int> CallSource; ///< call -> source index
  /// What each call is; references to its values are held across the
  /// walk, which describes more calls (see StableMap.h).
  StableMap<const Expr *, std::optional<CallInfo>> Calls;
  llvm::DenseMap<const Expr *, int> CallResults; ///< local call -> its value
  /// (node, is input) -> the models that read or produce it.
  std::map<std::pair<int, bool>, llvm::SmallVector<int, 1>> ModelAt;
  std::vector<const Stmt *> LoopStack;
  /// Calls whose value is discarded (statements of a block).
  llvm::SmallPtrSet<const Expr *, 16> Discarded;
  /// Nesting of the recursive walks; beyond MaxDepth a walk stops, so that
  /// generated code with huge expressions costs a miss, never a crash.
  unsigned Depth = 0;
  static constexpr unsigned MaxDepth = 400;
  struct DepthGuard {
    unsigned &D;
    explicit DepthGuard(unsigned &D) : D(D) { ++D; }
    ~DepthGuard() { --D; }
  };

  int newNode(const ValueDecl *D) {
    Succ.emplace_back();
    Pred.emplace_back();
    NodeDecl.push_back(D);
    return static_cast<int>(Succ.size()) - 1;
  }

  int varNode(const ValueDecl *D) {
    D = cast<ValueDecl>(D->getCanonicalDecl());
    auto It = VarIds.find(D);
    if (It != VarIds.end())
      return It->second;
    int N = newNode(D);
    VarIds[D] = N;
    return N;
  }

  void edge(int From, int To) {
    if (From < 0 || To < 0 || From == To)
      return;
    auto &S = Succ[From];
    if (std::find(S.begin(), S.end(), To) != S.end())
      return;
    S.push_back(To);
    Pred[To].push_back(From);
  }

  const std::optional<CallInfo> &callInfo(const Expr *E) {
    return Calls.getOrCreate(E, [&] { return A.resolver().describe(E); });
  }

  /// The definition of a callee defined in this unit (outside system
  /// headers), other than this function itself.
  const FunctionDecl *localDefinition(const CallInfo &CI) {
    if (!CI.Callee)
      return nullptr;
    const FunctionDecl *Def = nullptr;
    if (!CI.Callee->hasBody(Def) || !Def || Def == FD)
      return nullptr;
    if (SM.isInSystemHeader(Def->getLocation()))
      return nullptr;
    return Def;
  }

  /// A summary for a call to a function defined in this unit, if any.
  const FunctionSummary *calleeSummary(const CallInfo &CI) {
    const FunctionDecl *Def = localDefinition(CI);
    return Def ? &A.summary(Def) : nullptr;
  }

  /// The node standing for the value a call to a function defined in this
  /// unit returns; -1 for other calls.
  int resultNode(const Expr *E) {
    auto It = CallResults.find(E);
    if (It != CallResults.end())
      return It->second;
    const auto &CI = callInfo(E);
    int N = CI && !CI->Entry && localDefinition(*CI) ? newNode(nullptr) : -1;
    CallResults[E] = N;
    return N;
  }

  int addSource(const Expr *Key, SourceKind K, Evidence Ev,
                std::vector<int> Bases = {}) {
    if (Key) {
      auto It = CallSource.find(Key);
      if (It != CallSource.end())
        return Sources[It->second].Node;
    }
    SourceNode S;
    S.Node = newNode(nullptr);
    S.Kind = K;
    S.Ev = std::move(Ev);
    S.Loops = LoopStack;
    S.Bases = std::move(Bases);
    Sources.push_back(std::move(S));
    if (Key)
      CallSource[Key] = static_cast<int>(Sources.size()) - 1;
    return Sources.back().Node;
  }

  static bool isMaxElement(const CallInfo &CI) {
    llvm::StringRef N(CI.Name);
    if (CI.Callee)
      return CI.Callee->getQualifiedNameAsString() == "std::max_element" ||
             CI.Callee->getQualifiedNameAsString() ==
                 "std::ranges::max_element";
    return N == "max_element" || N == "std::max_element";
  }

  /// The source node a call itself produces, creating it on first sight.
  int sourceOfCall(const Expr *E) {
    auto It = CallSource.find(E);
    if (It != CallSource.end())
      return Sources[It->second].Node;
    const auto &CI = callInfo(E);
    if (!CI)
      return -1;
    if (CI->Entry) {
      Evidence Ev{E->getBeginLoc(), CI->Entry->Name, CI->Resolved,
                  CI->Entry->Library};
      // A generation step returns (or leaves in the generator) the token it
      // chose; what a model run returns is its output.
      if (CI->Entry->Sig == Signal::TokenSampling ||
          CI->Entry->Sig == Signal::GenerationStep)
        return addSource(E, SourceKind::Token, Ev);
      if (CI->Entry->Sig == Signal::ModelOutput ||
          CI->Entry->Sig == Signal::ModelForward)
        return addSource(E, SourceKind::Logits, Ev);
      if (isSynthesis(CI->Entry->Sig)) {
        int N = addSource(E, SourceKind::Media, Ev);
        Sources[CallSource[E]].Sig = CI->Entry->Sig;
        return N;
      }
      switch (CI->Entry->Sig) {
      case Signal::RandomNoise:
        return addSource(E, SourceKind::Noise, Ev);
      case Signal::DataRead:
      case Signal::CaptureRead:
      case Signal::LiveCapture:
        return addSource(E, SourceKind::Data, Ev);
      case Signal::Tokenize:
        return addSource(E, SourceKind::Text, Ev);
      case Signal::FaceEmbedding:
      case Signal::SpeakerEmbedding: {
        int N = addSource(E, SourceKind::Identity, Ev);
        Sources[CallSource[E]].Sig = CI->Entry->Sig;
        return N;
      }
      default:
        return -1;
      }
    }
    if (isMaxElement(*CI)) {
      std::vector<int> Bases;
      for (const Expr *Arg : CI->Args)
        refs(Arg, Bases);
      return addSource(E, SourceKind::Argmax,
                       Evidence{E->getBeginLoc(), "", CI->Resolved},
                       std::move(Bases));
    }
    if (const FunctionSummary *S = calleeSummary(*CI)) {
      if (S->ReturnsToken)
        return addSource(E, SourceKind::Token, *S->ReturnsToken);
      if (S->ReturnsLogits)
        return addSource(E, SourceKind::Logits, *S->ReturnsLogits);
      if (S->ReturnsNoise)
        return addSource(E, SourceKind::Noise, *S->ReturnsNoise);
      if (S->ReturnsData)
        return addSource(E, SourceKind::Data, *S->ReturnsData);
    }
    return -1;
  }

  /// The variable an empty RecoveryExpr stands for. When a declaration's
  /// type is unknown, Clang marks it invalid and replaces later references
  /// to it with an empty RecoveryExpr; its single identifier token still
  /// names the variable.
  int recoveredVar(const RecoveryExpr *RE) {
    if (!RE->subExpressions().empty() || Named.empty())
      return -1;
    CharSourceRange R = CharSourceRange::getTokenRange(RE->getSourceRange());
    llvm::StringRef Text =
        Lexer::getSourceText(R, SM, FD->getASTContext().getLangOpts());
    if (Text.empty() || !llvm::all_of(Text, [](char C) {
          return llvm::isAlnum(C) || C == '_';
        }))
      return -1;
    auto It = Named.find(Text);
    return It == Named.end() ? -1 : varNode(It->second);
  }

  /// The nodes whose values an expression's value may depend on.
  void refs(const Stmt *S, std::vector<int> &Out) {
    if (!S || isa<LambdaExpr, UnaryExprOrTypeTraitExpr, BlockExpr>(S) ||
        Depth > MaxDepth)
      return;
    DepthGuard G(Depth);
    if (const auto *RE = dyn_cast<RecoveryExpr>(S)) {
      int V = recoveredVar(RE);
      if (V >= 0) {
        Out.push_back(V);
        return;
      }
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S)) {
      if (isa<VarDecl, BindingDecl>(DRE->getDecl()))
        Out.push_back(varNode(DRE->getDecl()));
      return;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(S)) {
      if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts())) {
        if (isa<FieldDecl>(ME->getMemberDecl()))
          Out.push_back(varNode(ME->getMemberDecl()));
        return;
      }
      refs(ME->getBase(), Out);
      return;
    }
    // The size of a container tells nothing of what it holds.
    if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(S))
      if (const CXXMethodDecl *MD = MCE->getMethodDecl();
          MD && MD->isConst() && MD->getIdentifier() &&
          llvm::is_contained({"size", "length", "empty", "capacity"},
                             MD->getName()))
        return;
    if (isa<CallExpr, RecoveryExpr>(S)) {
      int Src = sourceOfCall(cast<Expr>(S));
      if (Src >= 0)
        Out.push_back(Src);
      int Res = resultNode(cast<Expr>(S));
      if (Res >= 0)
        Out.push_back(Res);
      // Tokenising text depends on the text, not on the state of the
      // object that does it (which a sampled token may have touched).
      const auto &CI = callInfo(cast<Expr>(S));
      // An embedding is a person's likeness, not the image or sound it was
      // computed from.
      if (CI && CI->Entry && isIdentitySignal(CI->Entry->Sig))
        return;
      if (CI && CI->Entry && CI->Object &&
          (CI->Entry->Sig == Signal::Tokenize ||
           CI->Entry->Sig == Signal::ChatTemplate)) {
        for (const Expr *Arg : CI->Args)
          refs(Arg, Out);
        return;
      }
    }
    for (const Stmt *C : S->children())
      refs(C, Out);
  }

  /// The variable written when \p E is the target of a store.
  int lhsBase(const Expr *E) {
    while (E) {
      E = E->IgnoreParenImpCasts();
      if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
        return isa<VarDecl, BindingDecl>(DRE->getDecl())
                   ? varNode(DRE->getDecl())
                   : -1;
      if (const auto *ME = dyn_cast<MemberExpr>(E)) {
        if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
          return isa<FieldDecl>(ME->getMemberDecl())
                     ? varNode(ME->getMemberDecl())
                     : -1;
        E = ME->getBase();
      } else if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
        E = ASE->getBase();
      } else if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E)) {
        // `(void **)&p`, as C passes an out-parameter of another type.
        E = Cast->getSubExpr();
      } else if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
        if (UO->getOpcode() != UO_Deref && UO->getOpcode() != UO_AddrOf)
          return -1;
        E = UO->getSubExpr();
      } else if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(E)) {
        if (OCE->getNumArgs() == 0)
          return -1;
        E = OCE->getArg(0);
      } else if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E)) {
        E = MCE->getImplicitObjectArgument();
      } else if (const auto *RE = dyn_cast<RecoveryExpr>(E)) {
        if (RE->subExpressions().empty())
          return recoveredVar(RE);
        E = RE->subExpressions().front();
      } else if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
        if (!BO->isAdditiveOp())
          return -1;
        E = BO->getLHS()->getType()->isPointerType() ? BO->getLHS()
                                                     : BO->getRHS();
      } else {
        return -1;
      }
    }
    return -1;
  }

  /// The variable a pointer or reference initialiser refers into.
  int aliasBase(const Expr *E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      QualType T = DRE->getType();
      if (T->isPointerType() || T->isArrayType() || T->isReferenceType())
        return lhsBase(E);
      return -1;
    }
    if (isa<UnaryOperator, ArraySubscriptExpr, MemberExpr, BinaryOperator>(E))
      return lhsBase(E);
    if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E))
      if (const auto *MD = MCE->getMethodDecl()) {
        if (MD->getIdentifier() &&
            llvm::is_contained({"data", "begin", "end", "front", "back"},
                               MD->getName()))
          return lhsBase(MCE->getImplicitObjectArgument());
        // `float *p = mat;` through a conversion to a pointer (ncnn::Mat).
        if (isa<CXXConversionDecl>(MD) && MD->getReturnType()->isPointerType())
          return lhsBase(MCE->getImplicitObjectArgument());
      }
    return -1;
  }

  void flowInto(int Target, const Expr *From) {
    if (Target < 0 || !From)
      return;
    std::vector<int> R;
    refs(From, R);
    for (int N : R)
      edge(N, Target);
  }

  void alias(int A1, int A2) {
    edge(A1, A2);
    edge(A2, A1);
  }

  void handleInit(const VarDecl *VD, const Expr *Init) {
    int V = varNode(VD);
    flowInto(V, Init);
    QualType T = VD->getType();
    if (T->isReferenceType())
      alias(V, lhsBase(Init));
    else if (T->isPointerType())
      alias(V, aliasBase(Init));
  }

  void handleAssign(const Expr *L, const Expr *R) {
    int Base = lhsBase(L);
    flowInto(Base, R);
    // Assigning to a catalogued field writes out: res.body = text.
    if (const auto *ME = dyn_cast<MemberExpr>(L->IgnoreParenImpCasts()))
      if (const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl()))
        if (const CatalogEntry *E = A.resolver().entryForField(Field);
            E && E->Sig == Signal::OutputWrite) {
          WriteSite W;
          refs(R, W.Data);
          refs(ME->getBase(), W.Other);
          W.Ev = Evidence{ME->getBeginLoc(), E->Name, true, E->Library};
          W.Med = E->Med;
          Writes.push_back(std::move(W));
        }
    const Expr *LS = L->IgnoreParenImpCasts();
    if (isa<DeclRefExpr>(LS) && LS->getType()->isPointerType())
      alias(Base, aliasBase(R));
  }

  void addSink(const std::vector<int> &Nodes, const Evidence &Model,
               SourceLocation Feedback) {
    if (Nodes.empty())
      return;
    SinkNode S;
    S.Nodes = Nodes;
    S.Model = Model;
    S.Feedback = Feedback;
    S.Loops = LoopStack;
    Sinks.push_back(std::move(S));
  }

  void handleCall(const Expr *E) {
    const auto &CIOpt = callInfo(E);
    if (!CIOpt)
      return;
    const CallInfo &CI = *CIOpt;
    int Self = sourceOfCall(E);
    recordContentFlow(E, CI, Self);
    // What the call produces may be written through an out-parameter.
    if (CI.Entry && CI.Entry->OutputArgs && Self >= 0)
      for (unsigned I = 0; I < CI.Args.size() && I < 32; ++I)
        if (CI.Entry->OutputArgs & (1u << I))
          edge(Self, lhsBase(CI.Args[I]));
    bool IsModel = CI.Entry && CI.Entry->Sig == Signal::ModelForward;
    if (CI.Entry && CI.Entry->Sig == Signal::OptimizerStep)
      Trains = true;
    if (IsModel) {
      Evidence Model{E->getBeginLoc(), CI.Entry->Name, CI.Resolved,
                     CI.Entry->Library};
      ModelCall MC;
      MC.Ev = Model;
      MC.Loops = LoopStack;
      uint32_t Mask = CI.Entry->InputArgs;
      for (unsigned I = 0; I < CI.Args.size(); ++I) {
        bool Input = !Mask || (I < 32 && (Mask & (1u << I)));
        if (CI.mayWriteArg(I))
          MC.Outputs.push_back(lhsBase(CI.Args[I]));
        if (!Input)
          continue;
        std::vector<int> Nodes;
        refs(CI.Args[I], Nodes);
        MC.Inputs.insert(MC.Inputs.end(), Nodes.begin(), Nodes.end());
        addSink(Nodes, Model, CI.Args[I]->getBeginLoc());
      }
      // The object carries the inputs set on it earlier (ncnn's
      // Extractor::input) and keeps the outputs a run leaves (OpenCV's
      // Net::forward after setInput).
      if (CI.Object) {
        refs(CI.Object, MC.State);
        // A stub's parameters take anything by reference: they tell nothing
        // of what the call writes.
        MC.StateOut =
            (MC.Outputs.empty() || !CI.Resolved) &&
            ((CI.Callee && CI.Callee->getReturnType()->isVoidType()) ||
             Discarded.count(E));
      }
      MC.Outputs.push_back(Self);
      Models.push_back(std::move(MC));
    }
    if (!CI.Entry)
      if (const FunctionSummary *S = calleeSummary(CI)) {
        ModelCall MC;
        MC.Loops = LoopStack;
        for (const auto &[I, Ev] : S->ParamToModel)
          if (I < CI.Args.size()) {
            std::vector<int> Nodes;
            refs(CI.Args[I], Nodes);
            addSink(Nodes, Ev, CI.Args[I]->getBeginLoc());
            MC.Inputs.insert(MC.Inputs.end(), Nodes.begin(), Nodes.end());
            MC.Ev = Ev;
          }
        // A function that runs a model on what it is given and returns the
        // output is a model run for its callers.
        if (!MC.Inputs.empty() && S->ReturnsLogits && Self >= 0) {
          const FunctionDecl *Def = localDefinition(CI);
          const auto *MD = dyn_cast<CXXMethodDecl>(Def);
          MC.Ev = Evidence{E->getBeginLoc(),
                           MD && MD->getParent()->isLambda()
                               ? std::string("a lambda")
                               : Def->getQualifiedNameAsString(),
                           CI.Resolved, MC.Ev.Library};
          MC.Outputs.push_back(Self);
          Models.push_back(std::move(MC));
        }
        for (const auto &[I, Ev] : S->TokenIntoParam)
          if (I < CI.Args.size())
            edge(addSource(nullptr, SourceKind::Token, Ev),
                 lhsBase(CI.Args[I]));
        for (const auto &[I, Ev] : S->DataIntoParam)
          if (I < CI.Args.size())
            edge(addSource(nullptr, SourceKind::Data, Ev), lhsBase(CI.Args[I]));
        for (const auto &[D, Ev] : S->NonLocalToken)
          edge(addSource(nullptr, SourceKind::Token, Ev), varNode(D));
        for (const auto &[D, Ev] : S->NonLocalToModel)
          addSink({varNode(D)}, Ev, E->getBeginLoc());
        if (S->HasGenerationLoop)
          GenerationCalls.push_back(LoopStack);
      }
    if (IsModel)
      return;
    if (CI.Entry && CI.Entry->Sig == Signal::GenerationStep && Self >= 0) {
      // The library runs the model, samples and feeds the token back.
      Evidence Step{E->getBeginLoc(), CI.Entry->Name, CI.Resolved,
                    CI.Entry->Library};
      addSink({Self}, Step, E->getBeginLoc());
      Sinks.back().LibraryStep = true;
    }
    // What a write sends out does not come back through the stream, socket
    // or file it is written to.
    if (CI.Entry && CI.Entry->Sig == Signal::OutputWrite)
      return;
    // An embedding call writes the embedding, and only it, through its
    // out-parameters.
    if (CI.Entry && isIdentitySignal(CI.Entry->Sig)) {
      for (unsigned I = 0; I < CI.Args.size(); ++I)
        if (Self >= 0 && CI.mayWriteArg(I))
          edge(Self, lhsBase(CI.Args[I]));
      return;
    }
    // Whatever goes in may come out through arguments the callee can write
    // and through the object of a non-const member function. A token or
    // model output that a catalogued call returns is not also stored in
    // its object: the sampler or context that made it is not the token.
    std::vector<int> In;
    bool SelfStaysOut = CI.Entry && (CI.Entry->Sig == Signal::TokenSampling ||
                                     CI.Entry->Sig == Signal::ModelOutput);
    if (Self >= 0 && !SelfStaysOut)
      In.push_back(Self);
    for (const Expr *Arg : CI.Args)
      refs(Arg, In);
    if (In.empty())
      return;
    // A call that reads recorded data or draws noise fills what it is
    // given, also through parameter types that hide it (OpenCV's
    // OutputArray is a const reference).
    bool Reads = CI.Entry && (CI.Entry->Sig == Signal::DataRead ||
                              CI.Entry->Sig == Signal::CaptureRead ||
                              CI.Entry->Sig == Signal::LiveCapture ||
                              CI.Entry->Sig == Signal::RandomNoise);
    for (unsigned I = 0; I < CI.Args.size(); ++I)
      if (CI.mayWriteArg(I)) {
        // A file handle or an output stream handed to a function is where
        // it writes, not a value that carries what it is given.
        if (!Reads && (isFileHandle(CI.Args[I]) || isOutputStream(CI.Args[I])))
          continue;
        int T = lhsBase(CI.Args[I]);
        for (int N : In)
          edge(N, T);
      } else if (Reads && Self >= 0) {
        const Expr *A = CI.Args[I]->IgnoreParenImpCasts();
        // OutputArray(frame): the wrapper refers to the variable.
        if (const auto *CE = dyn_cast<CXXConstructExpr>(A);
            CE && CE->getNumArgs() == 1)
          A = CE->getArg(0);
        edge(Self, lhsBase(A));
      }
    if (CI.Object && !CI.ConstMethod) {
      int T = lhsBase(CI.Object);
      for (int N : In)
        edge(N, T);
    }
  }

  /// Writes, marking calls, recognisers and calls to local functions, for
  /// the content analysis, which resolves them only when a check asks.
  void recordContentFlow(const Expr *E, const CallInfo &CI, int Self) {
    Evidence Here{E->getBeginLoc(), CI.Name, CI.Resolved,
                  CI.Entry ? CI.Entry->Library : std::string()};
    auto RefsOf = [&](const Expr *Arg) {
      std::vector<int> R;
      refs(Arg, R);
      return R;
    };
    if (CI.Entry) {
      Signal Sig = CI.Entry->Sig;
      if (Sig == Signal::OutputWrite) {
        WriteSite W;
        uint32_t Mask = CI.Entry->InputArgs;
        for (unsigned I = 0; I < CI.Args.size(); ++I) {
          std::vector<int> R = RefsOf(CI.Args[I]);
          bool Data = !Mask || (I < 32 && (Mask & (1u << I)));
          (Data ? W.Data : W.Other)
              .insert((Data ? W.Data : W.Other).end(), R.begin(), R.end());
        }
        if (CI.Object) {
          std::vector<int> R = RefsOf(CI.Object);
          W.Other.insert(W.Other.end(), R.begin(), R.end());
        }
        W.Ev = Here;
        W.Med = CI.Entry->Med;
        W.ToFile = llvm::any_of(CI.Args, isFileHandle);
        Writes.push_back(std::move(W));
      } else if (Sig == Signal::Marking) {
        MarkSite M;
        for (const Expr *Arg : CI.Args) {
          std::vector<int> R = RefsOf(Arg);
          M.Args.insert(M.Args.end(), R.begin(), R.end());
        }
        if (CI.Object) {
          std::vector<int> R = RefsOf(CI.Object);
          M.Args.insert(M.Args.end(), R.begin(), R.end());
        }
        M.Ev = Here;
        Marks.push_back(std::move(M));
      } else if (Sig == Signal::SpeechRecognition) {
        Recognisers.push_back(Here);
      } else if (isSynthesis(Sig) && Self >= 0 &&
                 (CI.Entry->Writes ||
                  llvm::any_of(CI.Args, passesOutputStream))) {
        // The call writes what it generates itself: to stdout, or to the
        // output stream it is given.
        WriteSite W;
        W.Data.push_back(Self);
        for (const Expr *Arg : CI.Args) {
          std::vector<int> R = RefsOf(Arg);
          W.Other.insert(W.Other.end(), R.begin(), R.end());
        }
        W.Ev = Here;
        Writes.push_back(std::move(W));
      }
      return;
    }
    // `out << x` and `out.write(p, n)` on an output stream.
    if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (OCE->getOperator() == OO_LessLess && OCE->getNumArgs() == 2 &&
          isOutputStream(OCE->getArg(0))) {
        WriteSite W;
        W.Data = RefsOf(OCE->getArg(1));
        W.Other = RefsOf(OCE->getArg(0));
        W.ToFile = !isStandardStream(OCE->getArg(0));
        W.Ev = Evidence{E->getBeginLoc(), "<< on " + streamName(OCE->getArg(0)),
                        true};
        Writes.push_back(std::move(W));
      }
    } else if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *MD = MCE->getMethodDecl();
      if (MD && MD->getIdentifier() &&
          (MD->getName() == "write" || MD->getName() == "put") &&
          MCE->getNumArgs() >= 1 &&
          isOutputStream(MCE->getImplicitObjectArgument())) {
        WriteSite W;
        W.Data = RefsOf(MCE->getArg(0));
        W.Other = RefsOf(MCE->getImplicitObjectArgument());
        W.ToFile = !isStandardStream(MCE->getImplicitObjectArgument());
        W.Ev = Evidence{E->getBeginLoc(),
                        MD->getName().str() + " on " +
                            streamName(MCE->getImplicitObjectArgument()),
                        true};
        Writes.push_back(std::move(W));
      }
    }
    if (const FunctionDecl *Def = localDefinition(CI)) {
      if (Here.What.empty()) {
        const auto *MD = dyn_cast<CXXMethodDecl>(Def);
        Here.What = MD && MD->getParent()->isLambda() ? std::string("a lambda")
                                                      : Def->getNameAsString();
      }
      LocalCall LC;
      LC.Def = Def;
      LC.Result = resultNode(E);
      for (const Expr *Arg : CI.Args) {
        LC.ArgRefs.push_back(RefsOf(Arg));
        LC.ArgTargets.push_back(lhsBase(Arg));
      }
      LC.Ev = Here;
      LocalCalls.push_back(std::move(LC));
    }
  }

  /// `if (out[i] > out[best]) best = i;`: an argmax over what is compared.
  void handleIf(const IfStmt *If) {
    const auto *Cond =
        dyn_cast_or_null<BinaryOperator>(If->getCond()->IgnoreParenImpCasts());
    const Expr *CL = nullptr, *CR = nullptr;
    if (Cond && Cond->isRelationalOp()) {
      CL = Cond->getLHS();
      CR = Cond->getRHS();
    } else if (const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(
                   If->getCond()->IgnoreParenImpCasts())) {
      if (OC->getNumArgs() == 2 &&
          (OC->getOperator() == OO_Greater || OC->getOperator() == OO_Less ||
           OC->getOperator() == OO_GreaterEqual ||
           OC->getOperator() == OO_LessEqual)) {
        CL = OC->getArg(0);
        CR = OC->getArg(1);
      }
    }
    if (!CL)
      return;
    std::vector<int> Bases;
    for (const Expr *Side : {CL, CR}) {
      const Expr *S = Side->IgnoreParenImpCasts();
      if (isa<ArraySubscriptExpr>(S) ||
          (isa<CXXOperatorCallExpr>(S) &&
           cast<CXXOperatorCallExpr>(S)->getOperator() == OO_Subscript) ||
          (isa<UnaryOperator>(S) &&
           cast<UnaryOperator>(S)->getOpcode() == UO_Deref)) {
        int B = lhsBase(S);
        if (B >= 0)
          Bases.push_back(B);
      }
    }
    if (Bases.empty() || !If->getThen())
      return;
    // Index variables stored in the branch are the argmax.
    std::vector<const Stmt *> Work{If->getThen()};
    while (!Work.empty()) {
      const Stmt *S = Work.back();
      Work.pop_back();
      if (!S || isa<LambdaExpr>(S))
        continue;
      if (const auto *BO = dyn_cast<BinaryOperator>(S))
        if (BO->getOpcode() == BO_Assign) {
          const Expr *R = BO->getRHS()->IgnoreParenImpCasts();
          if (isa<DeclRefExpr>(R) && R->getType()->isIntegerType()) {
            int Src = addSource(BO, SourceKind::Argmax,
                                Evidence{BO->getBeginLoc(), "", true}, Bases);
            edge(Src, lhsBase(BO->getLHS()));
          }
        }
      for (const Stmt *C : S->children())
        Work.push_back(C);
    }
  }

  void visit(const Stmt *S) {
    if (!S || isa<LambdaExpr, BlockExpr>(S) || Depth > MaxDepth)
      return;
    DepthGuard G(Depth);
    if (isLoop(S, FD->getASTContext())) {
      LoopParents[S] = LoopStack;
      LoopStack.push_back(S);
      if (const auto *RF = dyn_cast<CXXForRangeStmt>(S))
        if (const VarDecl *LV = RF->getLoopVariable()) {
          flowInto(varNode(LV), RF->getRangeInit());
          // `for (auto &x : v) x = ...` writes v's elements.
          if (LV->getType()->isReferenceType() &&
              !LV->getType().getNonReferenceType().isConstQualified())
            edge(varNode(LV), lhsBase(RF->getRangeInit()));
        }
      for (const Stmt *C : S->children())
        visit(C);
      LoopStack.pop_back();
      LoopsInnerFirst.push_back(S);
      return;
    }
    if (const auto *CS = dyn_cast<CompoundStmt>(S))
      for (const Stmt *C : CS->body())
        if (const auto *E = dyn_cast<Expr>(C))
          Discarded.insert(E->IgnoreImplicit());
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D)) {
          if (VD->getIdentifier())
            Named[VD->getName()] = VD;
          if (const Expr *Init = VD->getInit())
            handleInit(VD, Init);
        }
    } else if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
      if (BO->isAssignmentOp())
        handleAssign(BO->getLHS(), BO->getRHS());
    } else if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(S);
               OCE && OCE->isAssignmentOp() && OCE->getNumArgs() == 2) {
      handleAssign(OCE->getArg(0), OCE->getArg(1));
      for (const Stmt *C : S->children())
        visit(C);
      return;
    } else if (isa<CallExpr, RecoveryExpr>(S)) {
      handleCall(cast<Expr>(S));
    } else if (isa<CXXConstructExpr>(S)) {
      // A catalogued constructor: crow::response(200, text) writes text.
      const std::optional<CallInfo> &CI = callInfo(cast<Expr>(S));
      if (CI && CI->Entry)
        handleCall(cast<Expr>(S));
    } else if (const auto *RS = dyn_cast<ReturnStmt>(S)) {
      flowInto(ReturnNode, RS->getRetValue());
    } else if (const auto *If = dyn_cast<IfStmt>(S)) {
      handleIf(If);
    }
    for (const Stmt *C : S->children())
      visit(C);
  }
};

GenerationAnalyzer::GenerationAnalyzer(const CheckContext &Ctx)
    : UnitCalls(unitResolver(Ctx)), Resolver(*UnitCalls) {}
GenerationAnalyzer::~GenerationAnalyzer() = default;

FunctionGraph &GenerationAnalyzer::graphFor(const FunctionDecl *FD) {
  auto It = Graphs.find(FD);
  if (It != Graphs.end())
    return *It->second;
  // Building the graph summarises callees, which adds to Graphs: insert
  // only once it is complete.
  auto G = std::make_unique<FunctionGraph>(*this, FD);
  FunctionGraph &Ref = *G;
  Graphs[FD] = std::move(G);
  return Ref;
}

namespace {

/// Sources active for loop \p L (or for the whole function when null), with
/// argmax candidates kept only when what they compare is model output.
struct Activation {
  std::vector<std::pair<int, int>> TokenStarts; ///< (node, source index)
  std::vector<int> LogitsVia;
};

template <typename Graph> Activation activate(const Graph &G, const Stmt *L) {
  Activation Act;
  std::vector<std::pair<int, int>> LogitStarts;
  for (size_t I = 0; I < G.Sources.size(); ++I)
    if (G.Sources[I].Kind == SourceKind::Logits &&
        (!L || contains(G.Sources[I].Loops, L)))
      LogitStarts.push_back({G.Sources[I].Node, static_cast<int>(I)});
  Act.LogitsVia = G.reach(LogitStarts, /*Forward=*/true);
  for (size_t I = 0; I < G.Sources.size(); ++I) {
    const SourceNode &S = G.Sources[I];
    if (L && !contains(S.Loops, L))
      continue;
    if (S.Kind == SourceKind::Token)
      Act.TokenStarts.push_back({S.Node, static_cast<int>(I)});
    else if (S.Kind == SourceKind::Argmax)
      for (int B : S.Bases)
        if (Act.LogitsVia[B] >= 0) {
          Act.TokenStarts.push_back({S.Node, static_cast<int>(I)});
          break;
        }
  }
  return Act;
}

template <typename Graph>
Evidence tokenEvidence(const Graph &G, const Activation &Act, int SourceIdx) {
  const SourceNode &S = G.Sources[SourceIdx];
  if (S.Kind != SourceKind::Argmax)
    return S.Ev;
  Evidence Ev = S.Ev;
  for (int B : S.Bases)
    if (Act.LogitsVia[B] >= 0) {
      const Evidence &Out = G.Sources[Act.LogitsVia[B]].Ev;
      Ev.What = "argmax over " + Out.What;
      Ev.Resolved = Ev.Resolved && Out.Resolved;
      break;
    }
  return Ev;
}

bool isNonLocal(const ValueDecl *D, const FunctionDecl *FD) {
  if (isa<FieldDecl>(D))
    return true;
  if (const auto *VD = dyn_cast<VarDecl>(D)) {
    if (isa<ParmVarDecl>(VD))
      return VD->getDeclContext() != FD;
    if (!VD->isLocalVarDeclOrParm())
      return true;
    const DeclContext *DC = VD->getDeclContext();
    while (DC && DC != FD)
      DC = DC->getParent();
    return DC == nullptr;
  }
  return false;
}

} // namespace

const FunctionSummary &GenerationAnalyzer::summary(const FunctionDecl *FD) {
  auto Found = Summaries.find(FD);
  if (Found != Summaries.end())
    return *Found->second;
  // Recursion (direct or mutual) and very deep call chains get an empty
  // summary: a miss, never a false finding.
  static const FunctionSummary Empty;
  if (InProgress.lookup(FD) || Depth > 8)
    return Empty;
  InProgress[FD] = true;
  ++Depth;
  auto S = std::make_unique<FunctionSummary>();
  FunctionGraph &G = graphFor(FD);
  Activation Act = activate(G, nullptr);
  std::vector<int> TokenVia = G.reach(Act.TokenStarts, /*Forward=*/true);
  if (TokenVia[G.ReturnNode] >= 0)
    S->ReturnsToken = tokenEvidence(G, Act, TokenVia[G.ReturnNode]);
  else if (Act.LogitsVia[G.ReturnNode] >= 0)
    S->ReturnsLogits = G.Sources[Act.LogitsVia[G.ReturnNode]].Ev;
  std::vector<std::pair<int, int>> SinkStarts;
  for (size_t I = 0; I < G.Sinks.size(); ++I)
    for (int N : G.Sinks[I].Nodes)
      SinkStarts.push_back({N, static_cast<int>(I)});
  std::vector<int> ModelVia = G.reach(SinkStarts, /*Forward=*/false);
  for (size_t N = 0; N < G.NodeDecl.size(); ++N) {
    const ValueDecl *D = G.NodeDecl[N];
    if (!D)
      continue;
    if (const auto *P = dyn_cast<ParmVarDecl>(D);
        P && P->getDeclContext() == FD) {
      unsigned Idx = P->getFunctionScopeIndex();
      if (ModelVia[N] >= 0)
        S->ParamToModel.emplace(Idx, G.Sinks[ModelVia[N]].Model);
      QualType T = P->getType();
      bool Writable =
          (T->isPointerType() && !T->getPointeeType().isConstQualified()) ||
          (T->isReferenceType() && !T.getNonReferenceType().isConstQualified());
      if (Writable && TokenVia[N] >= 0)
        S->TokenIntoParam.emplace(Idx, tokenEvidence(G, Act, TokenVia[N]));
      continue;
    }
    if (!isNonLocal(D, FD))
      continue;
    if (TokenVia[N] >= 0)
      S->NonLocalToken.emplace(D, tokenEvidence(G, Act, TokenVia[N]));
    if (ModelVia[N] >= 0)
      S->NonLocalToModel.emplace(D, G.Sinks[ModelVia[N]].Model);
  }
  // A function that returns noise it draws (`noise(n)`), with no recorded
  // data and none of its callers' values mixed in, is a noise source for
  // its callers.
  std::vector<std::pair<int, int>> NoiseStarts, DataStarts;
  for (size_t I = 0; I < G.Sources.size(); ++I) {
    if (G.Sources[I].Kind == SourceKind::Noise)
      NoiseStarts.push_back({G.Sources[I].Node, static_cast<int>(I)});
    else if (G.Sources[I].Kind == SourceKind::Data)
      DataStarts.push_back({G.Sources[I].Node, static_cast<int>(I)});
  }
  std::vector<int> DataVia;
  if (!DataStarts.empty())
    DataVia = G.reach(DataStarts, /*Forward=*/true);
  if (!NoiseStarts.empty()) {
    int Noise = G.reach(NoiseStarts, /*Forward=*/true)[G.ReturnNode];
    bool Mixed = !DataVia.empty() && DataVia[G.ReturnNode] >= 0;
    if (Noise >= 0 && !Mixed) {
      // Sizes, counts and seeds may shape the noise; a sample or any other
      // value of the caller mixed into it makes it the caller's data.
      std::vector<int> Into = G.reach({{G.ReturnNode, 0}}, /*Forward=*/false);
      for (size_t N = 0; N < G.NodeDecl.size() && !Mixed; ++N)
        if (const auto *P = dyn_cast_or_null<ParmVarDecl>(G.NodeDecl[N]))
          Mixed = Into[N] >= 0 && P->getDeclContext() == FD &&
                  !P->getType()->isIntegralOrEnumerationType();
      if (!Mixed)
        S->ReturnsNoise = G.Sources[Noise].Ev;
    }
  }
  // Recorded data read here is recorded data for the callers too.
  if (!DataVia.empty()) {
    if (DataVia[G.ReturnNode] >= 0)
      S->ReturnsData = G.Sources[DataVia[G.ReturnNode]].Ev;
    for (size_t N = 0; N < G.NodeDecl.size(); ++N)
      if (const auto *P = dyn_cast_or_null<ParmVarDecl>(G.NodeDecl[N]);
          P && P->getDeclContext() == FD && DataVia[N] >= 0) {
        QualType T = P->getType();
        if ((T->isPointerType() && !T->getPointeeType().isConstQualified()) ||
            (T->isReferenceType() &&
             !T.getNonReferenceType().isConstQualified()))
          S->DataIntoParam.emplace(P->getFunctionScopeIndex(),
                                   G.Sources[DataVia[N]].Ev);
      }
  }
  // A function that calls a generator is one too, for its callers.
  S->HasGenerationLoop = !loopsIn(FD).empty() || !G.GenerationCalls.empty();
  --Depth;
  InProgress[FD] = false;
  FunctionSummary &Ref = *S;
  Summaries[FD] = std::move(S);
  return Ref;
}

const std::vector<GenerationLoop> &
GenerationAnalyzer::loopsIn(const FunctionDecl *FD) {
  if (const std::vector<GenerationLoop> *Known = Loops.lookup(FD))
    return *Known;
  std::vector<GenerationLoop> Found;
  FunctionGraph &G = graphFor(FD);
  llvm::SmallPtrSet<const Stmt *, 8> Reported;
  for (const Stmt *L : G.LoopsInnerFirst) {
    bool Covered = false;
    for (const Stmt *R : Reported)
      if (contains(G.LoopParents[R], L))
        Covered = true;
    for (const auto &Stack : G.GenerationCalls)
      if (contains(Stack, L))
        Covered = true;
    if (Covered)
      continue;
    Activation Act = activate(G, L);
    if (Act.TokenStarts.empty())
      continue;
    std::vector<int> TokenVia = G.reach(Act.TokenStarts, /*Forward=*/true);
    // Recorded data read in the loop (a camera frame, a file) that reaches
    // the same model input makes it a perception loop: a tracker that crops
    // the next frame around the argmax of a heatmap feeds back where to
    // look, not what it generated.
    std::vector<std::pair<int, int>> DataStarts;
    for (const SourceNode &S : G.Sources)
      if (S.Kind == SourceKind::Data && contains(S.Loops, L))
        DataStarts.push_back({S.Node, 0});
    std::vector<int> DataVia;
    if (!DataStarts.empty())
      DataVia = G.reach(DataStarts, /*Forward=*/true);
    for (const SinkNode &Sink : G.Sinks) {
      if (!contains(Sink.Loops, L))
        continue;
      int Via = -1;
      for (int N : Sink.Nodes)
        if (TokenVia[N] >= 0) {
          Via = TokenVia[N];
          break;
        }
      if (Via < 0)
        continue;
      if (!DataVia.empty() &&
          llvm::any_of(Sink.Nodes, [&](int N) { return DataVia[N] >= 0; }))
        continue;
      GenerationLoop GL;
      GL.Loop = L;
      GL.Function = FD;
      GL.Model = Sink.Model;
      GL.Token = tokenEvidence(G, Act, Via);
      GL.Feedback = Sink.Feedback;
      GL.LibraryStep = Sink.LibraryStep;
      Found.push_back(std::move(GL));
      Reported.insert(L);
      break;
    }
  }
  return Loops.set(FD, std::move(Found));
}

const char *modalityName(Modality M) {
  switch (M) {
  case Modality::Text:
    return "text";
  case Modality::Images:
    return "images";
  case Modality::Speech:
    return "speech audio";
  case Modality::Video:
    return "video";
  case Modality::Audio:
    return "audio";
  }
  return "content";
}

std::optional<Modality> mediumModality(Medium M, bool FromText) {
  switch (M) {
  case Medium::Image:
    return Modality::Images;
  case Medium::Audio:
    return FromText ? Modality::Speech : Modality::Audio;
  case Medium::Video:
    return Modality::Video;
  case Medium::None:
    break;
  }
  return std::nullopt;
}

std::optional<Modality> synthesisModality(Signal S) {
  switch (S) {
  case Signal::ImageSynthesis:
    return Modality::Images;
  case Signal::SpeechSynthesis:
    return Modality::Speech;
  case Signal::VideoSynthesis:
    return Modality::Video;
  case Signal::TextGeneration:
    return Modality::Text;
  default:
    return std::nullopt;
  }
}

std::optional<Evidence>
GenerationAnalyzer::transcriber(const GenerationLoop &GL) {
  for (const Evidence &R : graphFor(GL.Function).Recognisers)
    if (R.Library == GL.Model.Library)
      return R;
  return std::nullopt;
}

struct GenerationAnalyzer::ContentResult {
  ContentSummary Summary;
  std::vector<ContentOutput> Outputs;
};

namespace {

/// An output in a function: a write there, or a call to a function that
/// writes what it is given.
struct ResolvedSink {
  std::vector<int> Data, Other;
  OutputPath Path;
};

struct ResolvedMark {
  std::vector<int> Args;
  Evidence Ev;
};

/// Models that make media from a seed: a model run on random noise or on
/// tokenised text, with no recorded data (a read image or sound, a file, a
/// capture) among its inputs, in a function that does not train. Each such
/// model starts seeded content; the models its output passes through are
/// its decoders, not starts of their own.
/// Generated content and the nodes that hold it where it is made.
using ContentStart = std::pair<std::vector<int>, Content>;

void addSeededStarts(FunctionGraph &G, const FunctionDecl *FD,
                     std::vector<bool> Decoder,
                     std::vector<ContentStart> &Starts) {
  if (G.Trains || G.Models.empty())
    return;
  std::vector<std::pair<int, int>> Seeds, Recorded, Identities;
  for (size_t I = 0; I < G.Sources.size(); ++I) {
    const SourceNode &S = G.Sources[I];
    if (S.Kind == SourceKind::Noise || S.Kind == SourceKind::Text)
      Seeds.push_back({S.Node, static_cast<int>(I)});
    else if (S.Kind == SourceKind::Data)
      Recorded.push_back({S.Node, static_cast<int>(I)});
    else if (S.Kind == SourceKind::Identity)
      Identities.push_back({S.Node, static_cast<int>(I)});
  }
  if (Seeds.empty() && Identities.empty())
    return;
  std::vector<int> SeedVia = G.reachThroughModels(Seeds, /*Forward=*/true);
  std::vector<int> DataVia = G.reachThroughModels(Recorded, /*Forward=*/true);
  std::vector<int> IdVia = G.reachThroughModels(Identities, /*Forward=*/true);
  // Each start costs a walk of the graph: a function with very many seeded
  // models (generated code) is cut off rather than walked for each.
  constexpr unsigned MaxStarts = 16;
  unsigned Made = 0;
  for (size_t K = 0; K < G.Models.size() && Made < MaxStarts; ++K) {
    if (Decoder[K])
      continue;
    const ModelCall &M = G.Models[K];
    int Seed = -1, Identity = -1;
    bool FromData = false;
    for (const std::vector<int> *In : {&M.Inputs, &M.State})
      for (int N : *In) {
        if (N < 0)
          continue;
        if (Seed < 0 && SeedVia[N] >= 0)
          Seed = SeedVia[N];
        if (Identity < 0 && IdVia[N] >= 0)
          Identity = IdVia[N];
        FromData = FromData || DataVia[N] >= 0;
      }
    // A person's face or voice embedding conditioning a model that also
    // takes an image, a recording, noise or text: the output carries that
    // person's likeness (face swapping, identity-preserving generation,
    // voice cloning). An embedding alone into a model (an attribute
    // classifier) is not this.
    bool Likeness = Identity >= 0 && (Seed >= 0 || FromData);
    if (!Likeness && (Seed < 0 || FromData))
      continue;
    std::vector<std::pair<int, int>> Out;
    for (const std::vector<int> *Of : {&M.Outputs, &M.State})
      for (int N : *Of)
        if (N >= 0 && (Of == &M.Outputs || M.StateOut))
          Out.push_back({N, 0});
    if (Out.empty())
      continue;
    ++Made;
    std::vector<int> Passed;
    std::vector<int> Fwd =
        G.reachThroughModels(Out, /*Forward=*/true, nullptr, &Passed);
    const SourceNode &From = G.Sources[Likeness ? Identity : Seed];
    Content C(Modality::Images, M.Ev);
    C.Seed = Likeness ? (From.Sig == Signal::SpeakerEmbedding ? SeedKind::Voice
                                                              : SeedKind::Face)
             : From.Kind == SourceKind::Noise ? SeedKind::Noise
                                              : SeedKind::Text;
    C.SeedAt = From.Ev;
    C.Function = FD;
    for (int P : Passed)
      if (P != static_cast<int>(K)) {
        Decoder[P] = true;
        C.Decoders.push_back(G.Models[P].Ev);
      }
    // The output comes back to the model's own input inside a loop:
    // iterative sampling, as a diffusion loop does. The object and an
    // argument the model writes are its own, not fed back.
    auto Own = [&](int N) {
      return llvm::is_contained(M.Outputs, N) || llvm::is_contained(M.State, N);
    };
    if (!M.Loops.empty() && llvm::any_of(M.Inputs, [&](int N) {
          return N >= 0 && !Own(N) && Fwd[N] >= 0;
        }))
      C.Feedback = M.Loops.back()->getBeginLoc();
    std::vector<int> Nodes;
    for (const auto &[N, Tag] : Out)
      Nodes.push_back(N);
    Starts.push_back({std::move(Nodes), std::move(C)});
  }
}

} // namespace

GenerationAnalyzer::ContentResult &
GenerationAnalyzer::content(const FunctionDecl *FD) {
  auto Found = Contents.find(FD);
  if (Found != Contents.end())
    return *Found->second;
  // Recursion and very deep call chains get an empty result: a miss, never
  // a false finding.
  static ContentResult Empty;
  if (ContentInProgress.lookup(FD) || ContentDepth > 8)
    return Empty;
  ContentInProgress[FD] = true;
  ++ContentDepth;
  auto R = std::make_unique<ContentResult>();
  FunctionGraph &G = graphFor(FD);

  std::vector<ResolvedSink> Sinks;
  std::vector<ResolvedMark> Marks;
  std::vector<ContentStart> Starts;
  // A write to a file of the program's own whose function writes a WAV or
  // Netpbm header writes that medium.
  std::optional<Medium> Header;
  for (const WriteSite &W : G.Writes) {
    Medium M = W.Med;
    if (M == Medium::None && W.ToFile) {
      if (!Header) {
        llvm::SmallVector<const FunctionDecl *, 4> Callees;
        for (const LocalCall &LC : G.LocalCalls)
          Callees.push_back(LC.Def);
        Header = writerMedium(FD, Callees);
      }
      M = *Header;
    }
    Sinks.push_back({W.Data, W.Other, OutputPath{W.Ev, {}, std::nullopt, M}});
  }
  for (const MarkSite &M : G.Marks)
    Marks.push_back({M.Args, M.Ev});
  for (const LocalCall &LC : G.LocalCalls) {
    const ContentSummary &CS = content(LC.Def).Summary;
    for (const auto &[I, P] : CS.ParamToOutput)
      if (I < LC.ArgRefs.size()) {
        OutputPath Path{LC.Ev, {P.Write}, P.Marking, P.Med};
        Path.Inner.insert(Path.Inner.end(), P.Inner.begin(), P.Inner.end());
        Sinks.push_back({LC.ArgRefs[I], {}, std::move(Path)});
      }
    for (const auto &[I, Ev] : CS.ParamToMarking)
      if (I < LC.ArgRefs.size())
        Marks.push_back({LC.ArgRefs[I], Ev});
    if (CS.Returns && LC.Result >= 0)
      Starts.push_back({{LC.Result}, *CS.Returns});
    for (const auto &[I, C] : CS.IntoParam)
      if (I < LC.ArgTargets.size() && LC.ArgTargets[I] >= 0)
        Starts.push_back({{LC.ArgTargets[I]}, C});
  }
  for (const SourceNode &S : G.Sources)
    if (S.Kind == SourceKind::Media)
      Starts.push_back({{S.Node}, Content{*synthesisModality(S.Sig), S.Ev}});
  // The models of generation loops, and those that decode their tokens,
  // belong to the loop's finding.
  std::vector<bool> LoopModels(G.Models.size(), false);
  for (const GenerationLoop &GL : loopsIn(FD)) {
    if (transcriber(GL))
      continue;
    Activation Act = activate(G, GL.Loop);
    std::vector<int> Passed;
    G.reachThroughModels(Act.TokenStarts, /*Forward=*/true, GL.Loop, &Passed);
    for (int P : Passed)
      LoopModels[P] = true;
    for (size_t K = 0; K < G.Models.size(); ++K)
      if (G.Models[K].Ev.Loc == GL.Model.Loc ||
          contains(G.Models[K].Loops, GL.Loop))
        LoopModels[K] = true;
    std::vector<int> Tokens;
    for (auto [Node, Idx] : Act.TokenStarts)
      Tokens.push_back(Node);
    Starts.push_back({Tokens, Content{Modality::Text, GL.Model}});
    // The tokens may also be decoded into media by a model after the loop
    // (a codec or vocoder): seeded content, followed through that model.
    Content Decoded{Modality::Text, GL.Model};
    Decoded.Seed = SeedKind::Tokens;
    Decoded.SeedAt = GL.Token;
    Decoded.Function = FD;
    Starts.push_back({std::move(Tokens), std::move(Decoded)});
  }
  addSeededStarts(G, FD, std::move(LoopModels), Starts);

  // Whether a value reaching sink S passes a marking call: the sink's own
  // path is marked, the value (or what it becomes) is given to a marker, or
  // the marker is given what names the output (the file written).
  auto MarkingFor = [&](const std::vector<int> &Via,
                        const ResolvedSink &S) -> std::optional<Evidence> {
    if (S.Path.Marking)
      return S.Path.Marking;
    for (const ResolvedMark &M : Marks)
      for (int N : M.Args)
        if (Via[N] >= 0)
          return M.Ev;
    if (S.Other.empty() || Marks.empty())
      return std::nullopt;
    std::vector<std::pair<int, int>> OtherStarts;
    for (int N : S.Other)
      OtherStarts.push_back({N, 0});
    std::vector<int> Named = G.reach(OtherStarts, /*Forward=*/false);
    for (const ResolvedMark &M : Marks) {
      // The same variable names both: the path written and the path
      // marked, or a stream opened on it.
      std::vector<std::pair<int, int>> MarkStarts;
      for (int N : M.Args)
        MarkStarts.push_back({N, 0});
      std::vector<int> MarkNamed = G.reach(MarkStarts, /*Forward=*/false);
      for (int N : M.Args)
        if (Named[N] >= 0 && G.NodeDecl[N])
          return M.Ev;
      for (int N : S.Other)
        if (MarkNamed[N] >= 0 && G.NodeDecl[N])
          return M.Ev;
    }
    return std::nullopt;
  };
  auto Reaches = [](const std::vector<int> &Via, const std::vector<int> &Ns) {
    for (int N : Ns)
      if (Via[N] >= 0)
        return true;
    return false;
  };

  for (const auto &[Nodes, C] : Starts) {
    std::vector<std::pair<int, int>> From;
    for (int N : Nodes)
      From.push_back({N, 0});
    // Seeded media is followed through the models that decode it; the
    // tokens of a loop not through the loop's own model.
    const Stmt *Skip = nullptr;
    if (C.Seed == SeedKind::Tokens)
      for (const GenerationLoop &GL : loopsIn(FD))
        if (GL.Model.Loc == C.Origin.Loc)
          Skip = GL.Loop;
    std::vector<int> Passed;
    std::vector<int> Via =
        C.Seed == SeedKind::None
            ? G.reach(From, /*Forward=*/true)
            : G.reachThroughModels(From, /*Forward=*/true, Skip, &Passed);
    for (const ResolvedSink &S : Sinks)
      if (Reaches(Via, S.Data)) {
        OutputPath P = S.Path;
        P.Marking = MarkingFor(Via, S);
        Content Out = C;
        // Text written by an image, audio or video writer is not text out.
        if (C.Seed == SeedKind::None && C.Kind == Modality::Text &&
            S.Path.Med != Medium::None)
          continue;
        if (C.Seed != SeedKind::None) {
          // Only a write that tells its medium shows what was made.
          std::optional<Modality> K =
              mediumModality(S.Path.Med, C.Seed == SeedKind::Text ||
                                             C.Seed == SeedKind::Voice);
          if (!K)
            continue;
          Out.Kind = *K;
          if (Out.Decoders.empty())
            for (int P : Passed)
              if (G.Models[P].Ev.Loc != C.Origin.Loc)
                Out.Decoders.push_back(G.Models[P].Ev);
        }
        R->Outputs.push_back({std::move(Out), std::move(P)});
      }
    if (!R->Summary.Returns && Via[G.ReturnNode] >= 0)
      R->Summary.Returns = C;
    for (size_t N = 0; N < G.NodeDecl.size(); ++N) {
      const auto *P = dyn_cast_or_null<ParmVarDecl>(G.NodeDecl[N]);
      if (!P || P->getDeclContext() != FD || Via[N] < 0)
        continue;
      QualType T = P->getType();
      bool Writable =
          (T->isPointerType() && !T->getPointeeType().isConstQualified()) ||
          (T->isReferenceType() && !T.getNonReferenceType().isConstQualified());
      if (Writable)
        R->Summary.IntoParam.emplace(P->getFunctionScopeIndex(), C);
    }
  }
  // What the parameters reach, for callers that pass content in.
  if (!Sinks.empty() || !Marks.empty())
    for (size_t N = 0; N < G.NodeDecl.size(); ++N) {
      const auto *P = dyn_cast_or_null<ParmVarDecl>(G.NodeDecl[N]);
      if (!P || P->getDeclContext() != FD)
        continue;
      unsigned Idx = P->getFunctionScopeIndex();
      std::vector<int> Via = G.reach({{static_cast<int>(N), 0}}, true);
      for (const ResolvedSink &S : Sinks)
        if (Reaches(Via, S.Data)) {
          OutputPath Path = S.Path;
          Path.Marking = MarkingFor(Via, S);
          R->Summary.ParamToOutput.emplace(Idx, std::move(Path));
          break;
        }
      for (const ResolvedMark &M : Marks)
        if (Reaches(Via, M.Args)) {
          R->Summary.ParamToMarking.emplace(Idx, M.Ev);
          break;
        }
    }
  --ContentDepth;
  ContentInProgress[FD] = false;
  ContentResult &Ref = *R;
  Contents[FD] = std::move(R);
  return Ref;
}

const std::vector<ContentOutput> &
GenerationAnalyzer::outputsIn(const FunctionDecl *FD) {
  return content(FD).Outputs;
}

const ContentSummary &
GenerationAnalyzer::contentSummary(const FunctionDecl *FD) {
  return content(FD).Summary;
}

} // namespace aiact
