//===- BiometricAnalysis.cpp - What a unit does with people's biometrics --===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "biometric/BiometricAnalysis.h"

#include "core/Vocabulary.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <map>
#include <tuple>
#include <set>

using namespace clang;

namespace aiact {

const char *traitName(Trait T) {
  switch (T) {
  case Trait::Face:
    return "face";
  case Trait::Voice:
    return "voice";
  case Trait::Fingerprint:
    return "fingerprint";
  }
  return "biometric";
}

namespace {

using LoopStack = std::vector<const Stmt *>;

bool contains(const LoopStack &V, const Stmt *S) {
  return std::find(V.begin(), V.end(), S) != V.end();
}

bool isLoopStmt(const Stmt *S) {
  if (const auto *D = dyn_cast<DoStmt>(S)) {
    // `do { ... } while (0)` is how statement macros are written.
    const auto *Lit =
        dyn_cast<IntegerLiteral>(D->getCond()->IgnoreParenImpCasts());
    return !(Lit && Lit->getValue() == 0);
  }
  return isa<ForStmt, WhileStmt, CXXForRangeStmt>(S);
}

/// Variables a loop condition reads.
void condVars(const Stmt *S, llvm::SmallVectorImpl<const ValueDecl *> &Out,
              unsigned Depth = 0) {
  if (!S || Depth > 16)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      Out.push_back(VD->getCanonicalDecl());
  for (const Stmt *C : S->children())
    condVars(C, Out, Depth + 1);
}

/// The variable an expression steps: `++it`, `i += 2`, `p = p->next`,
/// `it = std::next(it)`; null for anything else.
const ValueDecl *steppedVar(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  const Expr *Target = nullptr;
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->isIncrementDecrementOp())
      Target = UO->getSubExpr();
  } else if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->isAssignmentOp())
      Target = BO->getLHS();
  } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
    switch (OC->getOperator()) {
    case OO_PlusPlus:
    case OO_MinusMinus:
    case OO_PlusEqual:
    case OO_MinusEqual:
    case OO_Equal:
      if (OC->getNumArgs() > 0)
        Target = OC->getArg(0);
      break;
    default:
      break;
    }
  }
  if (!Target)
    return nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Target->IgnoreParenImpCasts()))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      return VD->getCanonicalDecl();
  return nullptr;
}

/// Variables declared before a loop that the loop steps through: read by
/// its condition and stepped by its increment or by a statement of its
/// body (`while (it != m.end()) { ...; ++it; }`). Steps inside nested
/// loops and conditions do not count.
void steppedCounters(const Expr *Cond, const Stmt *Inc, const Stmt *Body,
                     llvm::SmallVectorImpl<const ValueDecl *> &Out) {
  llvm::SmallVector<const ValueDecl *, 4> Read;
  condVars(Cond, Read);
  if (Read.empty())
    return;
  auto Take = [&](const Stmt *S) {
    if (const auto *E = dyn_cast_or_null<Expr>(S))
      if (const ValueDecl *V = steppedVar(E))
        if (llvm::is_contained(Read, V) && !llvm::is_contained(Out, V))
          Out.push_back(V);
  };
  Take(Inc);
  if (const auto *CS = dyn_cast_or_null<CompoundStmt>(Body)) {
    for (const Stmt *C : CS->body())
      Take(C);
  } else {
    Take(Body);
  }
  // `while (i++ < n)`, `while (p = next(p))`.
  if (Cond)
    for (const Stmt *C : Cond->children())
      Take(C);
  Take(Cond);
}

/// A call in a function, with the loops around it (outermost first).
struct Site {
  const Expr *E = nullptr;
  CallInfo Info;
  LoopStack Loops;
  const FunctionDecl *Local = nullptr;    ///< definition in the unit, if any
  const ValueDecl *Constructed = nullptr; ///< object a constructor makes

  Signal sig() const {
    return Info.Entry ? Info.Entry->Sig : Signal::NumSignals;
  }
  Evidence ev() const {
    return Evidence(E->getBeginLoc(), Info.Entry ? Info.Entry->Name : Info.Name,
                    Info.Resolved,
                    Info.Entry ? Info.Entry->Library : std::string());
  }
};

/// `c.push_back(v)` and the like: \p Value enters container \p Container.
struct StoreSite {
  const ValueDecl *Container = nullptr;
  const Expr *Value = nullptr;
  const Expr *Call = nullptr;
  LoopStack Loops;
};

/// `labels[i]` with an index that is not a constant.
struct IndexUse {
  const VarDecl *Array = nullptr;
  const Expr *Index = nullptr;
  SourceLocation Loc;
};

/// Element-wise arithmetic over two arrays: `a[i] * b[i]`, `a[i] - b[i]`.
struct InlineOp {
  const BinaryOperator *BO = nullptr;
  LoopStack Loops;
};

/// A lambda given to a call (an algorithm's comparator or transform).
struct LambdaArg {
  size_t SiteIdx = 0;
  const CXXMethodDecl *Op = nullptr;
};

/// What one function definition contains.
struct Fn {
  const FunctionDecl *FD = nullptr;
  std::vector<Site> Sites;
  llvm::DenseMap<const Expr *, size_t> SiteOf;
  llvm::DenseMap<const ValueDecl *, std::vector<const Expr *>> Defs;
  llvm::DenseMap<const ValueDecl *, const Stmt *> LoopVar;
  llvm::DenseMap<const Stmt *, LoopStack> LoopParents;
  std::vector<const Stmt *> Loops;
  std::vector<StoreSite> Stores;
  std::vector<IndexUse> Indexed;
  std::vector<InlineOp> Inline;
  std::vector<LambdaArg> Lambdas;
  std::vector<std::pair<const MemberExpr *, const CatalogEntry *>> FieldReads;
  std::vector<const Expr *> Returns;
  std::vector<const StringLiteral *> Strings;
  std::vector<std::pair<SourceLocation, LoopStack>> V4l2Reads;
  /// Functions given to a capture API as the callback of each buffer.
  std::vector<std::pair<const FunctionDecl *, Evidence>> CaptureCallbacks;
  std::optional<Evidence> DirWalk;
  std::vector<const VarDecl *> LocalArrays; ///< locals with initialisers
};

/// The values an expression depends on.
struct Roots {
  std::vector<std::pair<Fn *, size_t>> Calls;
  std::vector<std::pair<Fn *, unsigned>> Params;
  std::vector<std::pair<const ValueDecl *, const Stmt *>> Elements;
  std::vector<const ValueDecl *> Vars;      ///< locals and containers seen
  std::vector<const ValueDecl *> NonLocals; ///< fields and globals
  std::vector<const Expr *> Lookups;        ///< `m[k]`, `m.at(k)`, `m.find(k)`
  bool OnlyLiterals = true;

  bool hasElementOf(const Stmt *L) const {
    for (const auto &E : Elements)
      if (E.second == L)
        return true;
    return false;
  }
  bool hasParam(const Fn *F, unsigned I) const {
    for (const auto &P : Params)
      if (P.first == F && P.second == I)
        return true;
    return false;
  }
  bool sharesVar(const Roots &O) const {
    for (const ValueDecl *V : Vars)
      if (std::find(O.Vars.begin(), O.Vars.end(), V) != O.Vars.end())
        return true;
    return false;
  }
};

/// A comparison of two values.
struct Compare {
  SourceLocation Loc;
  const Expr *A = nullptr, *B = nullptr;
  Evidence Ev;
  bool BiometricApi = false; ///< catalogued as comparing biometric templates
  LoopStack Loops;
};

/// What a function of the unit does, for its callers.
struct Summary {
  std::optional<TemplateSource> Template; ///< returns or writes a template
  /// Parameters it compares, and how; the comparison is biometric by API.
  std::optional<std::pair<unsigned, unsigned>> ComparesParams;
  bool CompareBiometric = false;
};

bool isStdAlgorithmLike(const CallInfo &CI) {
  return CI.Callee && CI.Callee->isInStdNamespace();
}

/// Container insertions by member name.
bool isInsertion(llvm::StringRef N) {
  return N == "push_back" || N == "emplace_back" || N == "insert" ||
         N == "emplace" || N == "push" || N == "push_front" ||
         N == "emplace_front" || N == "assign" || N == "insert_or_assign" ||
         N == "try_emplace";
}

/// Lookups by key on a map-like container.
bool isLookup(llvm::StringRef N) {
  return N == "at" || N == "find" || N == "operator[]" || N == "lower_bound";
}

/// The variable or field an lvalue expression is rooted in: `v`, `v.a.b`,
/// `v[i]`, `*p`, `this->f`.
const ValueDecl *baseDecl(const Expr *E) {
  for (unsigned I = 0; E && I < 32; ++I) {
    E = E->IgnoreImplicit()->IgnoreParenImpCasts();
    // Converting constructors: cv::_OutputArray(Mat &), std::string(p).
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      if (CE->getNumArgs() < 1 || isa<CXXTemporaryObjectExpr>(CE))
        return nullptr;
      E = CE->getArg(0);
      continue;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return isa<VarDecl>(DRE->getDecl()) ? DRE->getDecl() : nullptr;
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
        return dyn_cast<FieldDecl>(ME->getMemberDecl());
      E = ME->getBase();
      continue;
    }
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      E = AS->getBase();
      continue;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() == UO_Deref || UO->getOpcode() == UO_AddrOf) {
        E = UO->getSubExpr();
        continue;
      }
      return nullptr;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
      if ((OC->getOperator() == OO_Subscript || OC->getOperator() == OO_Star ||
           OC->getOperator() == OO_Arrow) &&
          OC->getNumArgs() > 0) {
        E = OC->getArg(0);
        continue;
      }
      return nullptr;
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      // `v.data()`, `m.ptr<float>()`: the buffer of v.
      E = MC->getImplicitObjectArgument();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

/// True when \p E is the value a call returns, which a callee may write
/// without writing any variable: `f(v.clone())`. (A converting
/// constructor, `cv::_OutputArray(m)`, still refers to its argument.)
bool isTemporary(const Expr *E) {
  E = E->IgnoreImplicit()->IgnoreParenImpCasts();
  if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
    E = MT->getSubExpr()->IgnoreImplicit()->IgnoreParenImpCasts();
  return E->isPRValue() && isa<CallExpr>(E);
}

/// The function an argument names: `cb`, `&cb`, `Class::cb`.
const FunctionDecl *functionOf(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_AddrOf)
      E = UO->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<FunctionDecl>(DRE->getDecl());
  return nullptr;
}

/// True for `a[i]`-like operands of element-wise arithmetic.
bool isElementAccess(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (isa<ArraySubscriptExpr>(E))
    return true;
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
    return OC->getOperator() == OO_Subscript;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    if (const auto *M = MC->getMethodDecl())
      return M->getIdentifier() && (M->getName() == "at");
  return false;
}

/// The text an expression is written as in the file (a macro's name, not
/// its expansion): `VIDIOC_DQBUF`, `CURLOPT_URL`.
llvm::StringRef macroName(const Expr *E, const SourceManager &SM,
                          const LangOptions &LO) {
  SourceLocation L = E->getBeginLoc();
  if (!L.isMacroID())
    return {};
  CharSourceRange R = SM.getExpansionRange(E->getSourceRange());
  return Lexer::getSourceText(R, SM, LO).trim();
}

/// True when a capture source string names a live source: a camera device,
/// a network stream, or a GStreamer pipeline that starts from one.
bool isLiveSourceText(llvm::StringRef S, std::string &What) {
  std::string L = S.lower();
  llvm::StringRef R(L);
  for (const char *P : {"rtsp://", "rtsps://", "rtmp://", "http://", "https://",
                        "udp://", "tcp://", "srt://"})
    if (R.starts_with(P)) {
      What = std::string(P, std::strlen(P) - 3) + " stream";
      return true;
    }
  if (R.starts_with("/dev/video")) {
    What = "camera " + L;
    return true;
  }
  for (const char *P : {"v4l2src", "libcamerasrc", "nvarguscamerasrc",
                        "ksvideosrc", "avfvideosrc", "mfvideosrc"})
    if (R.contains(P)) {
      What = std::string("camera (") + P + ")";
      return true;
    }
  for (const char *P : {"rtspsrc", "souphttpsrc", "udpsrc", "srtsrc"})
    if (R.contains(P)) {
      What = std::string("network stream (") + P + ")";
      return true;
    }
  return false;
}

/// True when a source names a network stream rather than a local camera.
bool isNetworkSource(llvm::StringRef What) { return What.contains("stream"); }

} // namespace

struct BiometricAnalyzer::Impl {
  Impl(const CheckContext &Ctx, ASTContext &AST)
      : Ctx(Ctx), AST(AST), SM(AST.getSourceManager()),
        UnitCalls(unitResolver(Ctx)), Resolver(*UnitCalls),
        Voc(builtinVocabulary()) {}

  const CheckContext &Ctx;
  ASTContext &AST;
  const SourceManager &SM;
  std::shared_ptr<CallResolver> UnitCalls;
  CallResolver &Resolver;
  const Vocabulary &Voc;
  /// The functions recorded so far, in the order they were reached. The
  /// analysis records more while it runs (fnFor), so a walk that may reach
  /// new functions goes by index or over a copy, never by iterator.
  std::vector<const FunctionDecl *> Order;
  /// Each function's record, behind a pointer so that references to it stay
  /// valid while the table grows (see core/StableMap.h for the rule).
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<Fn>> Fns;
  std::optional<BiometricResults> Results;

  // Derived, TU-wide.
  /// What each call site loads, by its model file's name; nullopt when the
  /// call loads nothing known.
  llvm::DenseMap<const Expr *, std::optional<std::pair<std::string, Evidence>>>
      ModelOfLoad;
  /// Capture objects opened on live sources: object -> (what, where).
  llvm::DenseMap<const ValueDecl *, std::pair<std::string, Evidence>> LiveOpens;
  std::optional<std::pair<std::string, Evidence>> LivePipeline;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<Summary>> Summaries;
  llvm::DenseSet<const FunctionDecl *> InProgress;
  llvm::DenseMap<const ValueDecl *, std::optional<TemplateSource>>
      FieldTemplates;
  llvm::DenseSet<const ValueDecl *> FieldInProgress;
  /// Identifications with the loops around their site.
  std::vector<std::pair<Identification, LoopStack>> IdentLoops;
  bool HasModelRun = false;
  bool HasFaceInput = false;
  bool HasVoiceInput = false;

  //===--------------------------------------------------------------------===//
  // Collecting
  //===--------------------------------------------------------------------===//

  Fn *fnFor(const FunctionDecl *FD) {
    if (!FD)
      return nullptr;
    const FunctionDecl *Def = nullptr;
    if (!FD->hasBody(Def) || !Def)
      return nullptr;
    auto It = Fns.find(Def);
    if (It != Fns.end())
      return It->second.get();
    if (SM.isInSystemHeader(Def->getLocation()))
      return nullptr;
    auto F = std::make_unique<Fn>();
    F->FD = Def;
    Fn *Raw = F.get();
    Fns[Def] = std::move(F);
    Order.push_back(Def);
    Collector(*this, *Raw).run();
    return Raw;
  }

  class Collector {
  public:
    Collector(Impl &I, Fn &F) : I(I), F(F) {}

    void run() {
      if (const auto *CD = dyn_cast<CXXConstructorDecl>(F.FD))
        for (const CXXCtorInitializer *Init : CD->inits())
          if (Init->getMember() && Init->getInit()) {
            const Expr *E = Init->getInit();
            F.Defs[Init->getMember()].push_back(E);
            markConstructed(E, Init->getMember());
            visit(E, 0);
          }
      visit(F.FD->getBody(), 0);
    }

  private:
    Impl &I;
    Fn &F;
    LoopStack Stack;
    /// Conditions of the `if` statements around the current statement: a
    /// value assigned under a condition depends on it (`if (p[i] > p[k])
    /// k = i;` is an argmax).
    std::vector<const Expr *> Conds;

    void def(const ValueDecl *D, const Expr *Value) {
      auto &V = F.Defs[D];
      V.push_back(Value);
      for (const Expr *C : Conds)
        if (std::find(V.begin(), V.end(), C) == V.end())
          V.push_back(C);
    }
    llvm::SmallPtrSet<const Expr *, 8> AssignedLhs;
    llvm::DenseMap<const Expr *, const ValueDecl *> PendingConstruct;

    /// `T v(args)` and `T v = T(args)`: the constructor call makes v.
    void markConstructed(const Expr *Init, const ValueDecl *D) {
      const Expr *E = Init;
      for (unsigned K = 0; E && K < 8; ++K) {
        if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
          E = EWC->getSubExpr();
        else if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
          E = MT->getSubExpr();
        else if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
          E = BT->getSubExpr();
        else if (const auto *IC = dyn_cast<ImplicitCastExpr>(E))
          E = IC->getSubExpr();
        else if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
          E = FC->getSubExpr();
        else
          break;
      }
      if (E && isa<CXXConstructExpr>(E))
        PendingConstruct[E] = D;
    }

    void addSite(const Expr *E) {
      std::optional<CallInfo> CI = I.Resolver.describe(E);
      if (!CI)
        return;
      Site S;
      S.E = E;
      S.Loops = Stack;
      if (!CI->Entry && CI->Callee) {
        const FunctionDecl *Def = nullptr;
        if (CI->Callee->hasBody(Def) && Def && Def != F.FD &&
            !I.SM.isInSystemHeader(Def->getLocation()))
          S.Local = Def;
      }
      auto PC = PendingConstruct.find(E);
      if (PC != PendingConstruct.end())
        S.Constructed = PC->second;
      S.Info = std::move(*CI);
      // A static member called through an object (catalog stubs declare
      // methods that way): the object is still what it is called on.
      if (!S.Info.Object)
        if (const auto *CE = dyn_cast<CallExpr>(E))
          if (const auto *ME =
                  dyn_cast<MemberExpr>(CE->getCallee()->IgnoreParenImpCasts()))
            S.Info.Object = ME->getBase();
      const CallInfo &C = S.Info;

      // What the call writes: out-arguments, the object of a non-const
      // member call, the elements put into a container.
      for (unsigned A = 0; A < C.Args.size(); ++A)
        if (writesArg(C, A) && !isTemporary(C.Args[A]))
          if (const ValueDecl *D = baseDecl(C.Args[A]))
            F.Defs[D].push_back(E);
      if (C.Object && !C.ConstMethod && !computesFromInputs(C))
        if (const ValueDecl *D = baseDecl(C.Object)) {
          F.Defs[D].push_back(E);
          llvm::StringRef N = C.Callee && C.Callee->getIdentifier()
                                  ? C.Callee->getName()
                                  : llvm::StringRef(C.Name);
          // A flag or a count computed from a template is not one.
          if (!C.Entry && isInsertion(N))
            for (const Expr *A : C.Args)
              if (!A->getType().isNull() && !A->getType()->isBooleanType() &&
                  !A->getType()->isIntegerType())
                F.Stores.push_back({D, A, E, Stack});
        }
      if (S.Constructed)
        F.Defs[S.Constructed].push_back(E);
      // `Pa_OpenStream(..., cb, user)`: cb runs on every captured buffer.
      if (C.Entry && C.Entry->Sig == Signal::LiveCapture)
        for (unsigned A = 0; A < C.Args.size() && A < 32; ++A)
          if (C.Entry->CallbackArgs & (1u << A))
            if (const FunctionDecl *CB = functionOf(C.Args[A]))
              F.CaptureCallbacks.push_back({CB, S.ev()});
      if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
        if (OC->isAssignmentOp() && OC->getNumArgs() == 2) {
          if (const ValueDecl *D = baseDecl(OC->getArg(0)))
            def(D, OC->getArg(1));
          AssignedLhs.insert(OC->getArg(0)->IgnoreParenImpCasts());
        }
      // V4L2: ioctl(fd, VIDIOC_DQBUF, &buf) dequeues a captured frame.
      if (!C.Entry && C.Args.size() >= 2) {
        llvm::StringRef N = C.Callee && C.Callee->getIdentifier()
                                ? C.Callee->getName()
                                : llvm::StringRef(C.Name);
        if (N == "ioctl" &&
            macroName(C.Args[1], I.SM, I.AST.getLangOpts()) == "VIDIOC_DQBUF")
          F.V4l2Reads.push_back({E->getBeginLoc(), Stack});
        if (!F.DirWalk && (N == "readdir" || N == "opendir" || N == "glob" ||
                           N == "nftw" || N == "scandir"))
          F.DirWalk = Evidence(E->getBeginLoc(), N.str(), C.Resolved);
      }
      // Lookups by key: `gallery.at(id)`, `gallery[id]`, `gallery.find(id)`.
      size_t Idx = F.Sites.size();
      for (const Expr *A : C.Args) {
        const Expr *X = A->IgnoreParenImpCasts();
        if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(X))
          X = MT->getSubExpr()->IgnoreParenImpCasts();
        if (const auto *CE = dyn_cast<CXXConstructExpr>(X))
          if (CE->getNumArgs() == 1)
            X = CE->getArg(0)->IgnoreParenImpCasts();
        if (const auto *LE = dyn_cast<LambdaExpr>(X))
          F.Lambdas.push_back({Idx, LE->getCallOperator()});
      }
      F.SiteOf[E] = Idx;
      F.Sites.push_back(std::move(S));
    }

    /// A recogniser's or detector's call reads its inputs and writes its
    /// outputs: the object (the model) holds no data of the call, so what
    /// one `rec->feature(a, t)` reads is not a source of every later value
    /// computed with `rec`.
    static bool computesFromInputs(const CallInfo &C) {
      if (!C.Entry || !C.Entry->InputArgs)
        return false;
      switch (C.Entry->Sig) {
      case Signal::FaceDetect:
      case Signal::FaceEmbedding:
      case Signal::SpeakerEmbedding:
      case Signal::BiometricTemplate:
      case Signal::EmbeddingCompare:
      case Signal::BiometricVerify:
      case Signal::VectorSimilarity:
        return true;
      default:
        return false;
      }
    }

    bool writesArg(const CallInfo &C, unsigned A) {
      // The catalog's input arguments are read, not written.
      if (C.Entry && C.Entry->InputArgs && A < 32 &&
          (C.Entry->InputArgs & (1u << A)))
        return false;
      // A catalog stub takes any argument by forwarding reference: only
      // the catalog says what it writes.
      bool Stub = C.Callee && !C.Resolved;
      if (!Stub && C.mayWriteArg(A))
        return true;
      if (C.Callee && A < C.Callee->getNumParams()) {
        QualType T = C.Callee->getParamDecl(A)->getType().getNonReferenceType();
        std::string Name = T.getUnqualifiedType().getAsString();
        if (llvm::StringRef(Name).contains("_OutputArray") ||
            llvm::StringRef(Name).contains("OutputArray"))
          return true;
      }
      // A catalogued call with input arguments writes the others.
      if (C.Entry && C.Entry->InputArgs && A < 32 &&
          !(C.Entry->InputArgs & (1u << A))) {
        const Expr *X = C.Args[A]->IgnoreParenImpCasts();
        return isa<DeclRefExpr, MemberExpr, ArraySubscriptExpr>(X) ||
               (isa<UnaryOperator>(X) &&
                cast<UnaryOperator>(X)->getOpcode() == UO_AddrOf);
      }
      return false;
    }

    void visit(const Stmt *S, unsigned Depth) {
      if (!S || Depth > 400 || isa<BlockExpr>(S))
        return;
      if (const auto *LE = dyn_cast<LambdaExpr>(S)) {
        // The body is a function of its own; its captures are resolved
        // through this function.
        (void)LE;
        return;
      }
      bool Loop = isLoopStmt(S);
      if (Loop) {
        F.LoopParents[S] = Stack;
        F.Loops.push_back(S);
        if (const auto *FS = dyn_cast<ForStmt>(S)) {
          if (const auto *DS = dyn_cast_or_null<DeclStmt>(FS->getInit()))
            for (const Decl *D : DS->decls())
              if (const auto *VD = dyn_cast<VarDecl>(D))
                F.LoopVar[VD] = S;
          // `for (i = 0; ...)` on a variable declared before the loop.
          if (const auto *BO = dyn_cast_or_null<BinaryOperator>(FS->getInit()))
            if (BO->isAssignmentOp())
              if (const ValueDecl *D = baseDecl(BO->getLHS()))
                F.LoopVar[D] = S;
        }
        // Counters declared before the loop: `while (it != end) {...; ++it;}`.
        llvm::SmallVector<const ValueDecl *, 4> Counters;
        if (const auto *FS = dyn_cast<ForStmt>(S))
          steppedCounters(FS->getCond(), FS->getInc(), FS->getBody(), Counters);
        else if (const auto *WS = dyn_cast<WhileStmt>(S))
          steppedCounters(WS->getCond(), nullptr, WS->getBody(), Counters);
        else if (const auto *DS = dyn_cast<DoStmt>(S))
          steppedCounters(DS->getCond(), nullptr, DS->getBody(), Counters);
        for (const ValueDecl *V : Counters)
          F.LoopVar.try_emplace(V, S);
        if (const auto *RF = dyn_cast<CXXForRangeStmt>(S)) {
          const VarDecl *LV = RF->getLoopVariable();
          F.LoopVar[LV] = S;
          F.Defs[LV].push_back(RF->getRangeInit());
          // Walk what the range is, then the body with the loop pushed.
          visit(RF->getRangeInit(), Depth + 1);
          Stack.push_back(S);
          visit(RF->getBody(), Depth + 1);
          Stack.pop_back();
          return;
        }
        Stack.push_back(S);
      }

      if (const auto *DS = dyn_cast<DeclStmt>(S)) {
        for (const Decl *D : DS->decls())
          if (const auto *VD = dyn_cast<VarDecl>(D))
            if (const Expr *Init = VD->getInit()) {
              F.Defs[VD].push_back(Init);
              markConstructed(Init, VD);
              F.LocalArrays.push_back(VD);
            }
      } else if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
        if (BO->isAssignmentOp()) {
          if (const ValueDecl *D = baseDecl(BO->getLHS()))
            def(D, BO->getRHS());
          // `cfg.dataCallback = f`: f runs on every live capture.
          if (const auto *ME =
                  dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts()))
            if (const auto *FDl = dyn_cast<FieldDecl>(ME->getMemberDecl()))
              if (const CatalogEntry *E = I.Resolver.entryForField(FDl))
                if (E->Sig == Signal::LiveCapture)
                  if (const auto *Ref = dyn_cast<DeclRefExpr>(
                          BO->getRHS()->IgnoreParenImpCasts()))
                    if (const auto *CB = dyn_cast<FunctionDecl>(Ref->getDecl()))
                      F.CaptureCallbacks.push_back(
                          {CB, Evidence(BO->getOperatorLoc(), E->Name)});
          AssignedLhs.insert(BO->getLHS()->IgnoreParenImpCasts());
        } else if ((BO->getOpcode() == BO_Mul || BO->getOpcode() == BO_Sub) &&
                   isElementAccess(BO->getLHS()) &&
                   isElementAccess(BO->getRHS())) {
          F.Inline.push_back({BO, Stack});
        }
      } else if (const auto *RS = dyn_cast<ReturnStmt>(S)) {
        if (RS->getRetValue())
          F.Returns.push_back(RS->getRetValue());
      } else if (const auto *SL = dyn_cast<StringLiteral>(S)) {
        if (SL->getCharByteWidth() == 1)
          F.Strings.push_back(SL);
      } else if (const auto *ME = dyn_cast<MemberExpr>(S)) {
        if (const auto *FDl = dyn_cast<FieldDecl>(ME->getMemberDecl()))
          if (const CatalogEntry *E = I.Resolver.entryForField(FDl))
            if (!AssignedLhs.count(ME))
              F.FieldReads.push_back({ME, E});
      } else if (const auto *CE = dyn_cast<CXXConstructExpr>(S)) {
        if (!F.DirWalk)
          if (const CXXRecordDecl *RD = CE->getType()->getAsCXXRecordDecl())
            if (RD->getIdentifier() && RD->isInStdNamespace() &&
                (RD->getName() == "directory_iterator" ||
                 RD->getName() == "recursive_directory_iterator"))
              F.DirWalk = Evidence(CE->getBeginLoc(),
                                   "std::filesystem::" + RD->getName().str());
      }
      // Indexing an array or container with a value that is not constant.
      if (const auto *AS = dyn_cast<ArraySubscriptExpr>(S))
        recordIndex(AS->getBase(), AS->getIdx(), AS->getBeginLoc());
      else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
        if (OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2)
          recordIndex(OC->getArg(0), OC->getArg(1), OC->getBeginLoc());
      } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S)) {
        if (const auto *M = MC->getMethodDecl())
          if (M->getIdentifier() && M->getName() == "at" &&
              MC->getNumArgs() == 1)
            recordIndex(MC->getImplicitObjectArgument(), MC->getArg(0),
                        MC->getBeginLoc());
      }

      if (isa<CallExpr, CXXConstructExpr, RecoveryExpr>(S))
        addSite(cast<Expr>(S));

      if (const auto *If = dyn_cast<IfStmt>(S)) {
        visit(If->getInit(), Depth + 1);
        visit(If->getConditionVariableDeclStmt(), Depth + 1);
        visit(If->getCond(), Depth + 1);
        Conds.push_back(If->getCond());
        visit(If->getThen(), Depth + 1);
        visit(If->getElse(), Depth + 1);
        Conds.pop_back();
      } else {
        for (const Stmt *C : S->children())
          visit(C, Depth + 1);
      }
      if (Loop)
        Stack.pop_back();
    }

    void recordIndex(const Expr *Base, const Expr *Index, SourceLocation Loc) {
      const auto *DRE = dyn_cast<DeclRefExpr>(Base->IgnoreParenImpCasts());
      if (!DRE)
        return;
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      if (!VD || !Index)
        return;
      if (Index->isValueDependent() || !Index->isIntegerConstantExpr(I.AST))
        F.Indexed.push_back({VD, Index, Loc});
    }
  };

  //===--------------------------------------------------------------------===//
  // Data flow
  //===--------------------------------------------------------------------===//

  /// The function whose body declares \p D, for a lambda's captures.
  Fn *ownerOf(const ValueDecl *D, Fn &Here) {
    const DeclContext *DC = D->getDeclContext();
    const auto *FD = dyn_cast_or_null<FunctionDecl>(DC);
    if (!FD || FD == Here.FD)
      return &Here;
    Fn *O = fnFor(FD);
    return O ? O : &Here;
  }

  void roots(Fn &F, const Stmt *S, Roots &R,
             llvm::DenseSet<const ValueDecl *> &Seen, unsigned Depth = 0) {
    if (!S || Depth > 200 || isa<LambdaExpr, BlockExpr>(S))
      return;
    if (const auto *E = dyn_cast<Expr>(S))
      S = E->IgnoreParenImpCasts();
    if (isa<StringLiteral>(S))
      return;
    if (isa<IntegerLiteral, FloatingLiteral, CharacterLiteral,
            CXXBoolLiteralExpr, CXXNullPtrLiteralExpr,
            UnaryExprOrTypeTraitExpr>(S)) {
      return;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      // `auto &[k, v] : m`: a binding stands for the decomposed variable.
      if (const auto *BD = dyn_cast<BindingDecl>(DRE->getDecl()))
        VD = dyn_cast_or_null<VarDecl>(BD->getDecomposedDecl());
      if (!VD) {
        if (!isa<EnumConstantDecl, FunctionDecl>(DRE->getDecl()))
          R.OnlyLiterals = false;
        return;
      }
      const ValueDecl *D = cast<ValueDecl>(VD->getCanonicalDecl());
      if (!Seen.insert(D).second)
        return;
      Fn &O = *ownerOf(D, F);
      if (const auto *P = dyn_cast<ParmVarDecl>(VD)) {
        if (O.FD == P->getDeclContext() ||
            llvm::is_contained(O.FD->parameters(), P)) {
          R.Params.push_back({&O, P->getFunctionScopeIndex()});
          R.OnlyLiterals = false;
        }
      }
      auto LV = O.LoopVar.find(D);
      if (LV != O.LoopVar.end())
        R.Elements.push_back({D, LV->second});
      if (VD->hasGlobalStorage() && !VD->isStaticLocal()) {
        R.NonLocals.push_back(D);
        // A constant global array of literals is still only literals.
        if (VD->getInit() && VD->getType().isConstQualified())
          roots(F, VD->getInit(), R, Seen, Depth + 1);
        else
          R.OnlyLiterals = false;
        R.Vars.push_back(D);
        return;
      }
      R.Vars.push_back(D);
      auto It = O.Defs.find(VD);
      if (It == O.Defs.end())
        It = O.Defs.find(D);
      if (It != O.Defs.end())
        for (const Expr *Def : std::vector<const Expr *>(It->second))
          roots(O, Def, R, Seen, Depth + 1);
      else if (!isa<ParmVarDecl>(VD))
        R.OnlyLiterals = false;
      return;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(S)) {
      if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts())) {
        if (const auto *FDl = dyn_cast<FieldDecl>(ME->getMemberDecl())) {
          R.NonLocals.push_back(FDl);
          R.Vars.push_back(FDl);
          R.OnlyLiterals = false;
          // Within this function, what was stored into the field.
          if (Seen.insert(FDl).second) {
            auto It = F.Defs.find(FDl);
            if (It != F.Defs.end())
              for (const Expr *Def : std::vector<const Expr *>(It->second))
                roots(F, Def, R, Seen, Depth + 1);
          }
        }
        return;
      }
      roots(F, ME->getBase(), R, Seen, Depth + 1);
      return;
    }
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(S)) {
      noteLookup(F, AS, AS->getIdx(), R, Seen);
      roots(F, AS->getBase(), R, Seen, Depth + 1);
      roots(F, AS->getIdx(), R, Seen, Depth + 1);
      return;
    }
    if (isa<CallExpr, CXXConstructExpr, RecoveryExpr>(S)) {
      const auto *E = cast<Expr>(S);
      auto It = F.SiteOf.find(E);
      if (It != F.SiteOf.end()) {
        const Site &St = F.Sites[It->second];
        R.Calls.push_back({&F, It->second});
        llvm::StringRef N = St.Info.Callee && St.Info.Callee->getIdentifier()
                                ? St.Info.Callee->getName()
                                : llvm::StringRef();
        if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
          if (OC->getOperator() == OO_Subscript)
            N = "operator[]";
        if (St.Info.Object && isLookup(N) && !St.Info.Args.empty())
          noteLookup(F, E, St.Info.Args[0], R, Seen);
        // A string made from a literal is still the literal.
        bool StringCtor =
            isa<CXXConstructExpr>(E) && E->getType()->getAsCXXRecordDecl() &&
            E->getType()->getAsCXXRecordDecl()->isInStdNamespace();
        if (!StringCtor)
          R.OnlyLiterals = false;
        // A library call's value depends on its inputs, not on the state
        // of the object it is called on (a recogniser, a session).
        if (const CatalogEntry *CE = St.Info.Entry) {
          for (unsigned A = 0; A < St.Info.Args.size(); ++A)
            if (!CE->InputArgs || (A < 32 && (CE->InputArgs & (1u << A))))
              roots(F, St.Info.Args[A], R, Seen, Depth + 1);
          return;
        }
      } else {
        R.OnlyLiterals = false;
      }
    }
    for (const Stmt *C : S->children())
      roots(F, C, R, Seen, Depth + 1);
  }

  /// Records a lookup by a key that is not a loop counter.
  void noteLookup(Fn &F, const Expr *E, const Expr *Key, Roots &R,
                  llvm::DenseSet<const ValueDecl *> &Seen) {
    if (!Key || Key->isValueDependent() || Key->isIntegerConstantExpr(AST))
      return;
    const ValueDecl *K = baseDecl(Key);
    if (K && F.LoopVar.count(K))
      return;
    R.Lookups.push_back(E);
  }

  Roots rootsOf(Fn &F, const Expr *E) {
    Roots R;
    llvm::DenseSet<const ValueDecl *> Seen;
    roots(F, E, R, Seen);
    return R;
  }

  /// The string literals an expression's value is built from.
  void literals(Fn &F, const Stmt *S, std::vector<const StringLiteral *> &Out,
                llvm::DenseSet<const ValueDecl *> &Seen, unsigned Depth = 0) {
    if (!S || Depth > 64 || isa<LambdaExpr>(S))
      return;
    if (const auto *SL = dyn_cast<StringLiteral>(S)) {
      if (SL->getCharByteWidth() == 1)
        Out.push_back(SL);
      return;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S)) {
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
        if (!Seen.insert(VD).second)
          return;
        Fn &O = *ownerOf(VD, F);
        auto It = O.Defs.find(VD);
        if (It != O.Defs.end())
          for (const Expr *Def : std::vector<const Expr *>(It->second))
            literals(O, Def, Out, Seen, Depth + 8);
        else if (VD->getInit() && VD->hasGlobalStorage())
          literals(O, VD->getInit(), Out, Seen, Depth + 8);
      }
      return;
    }
    for (const Stmt *C : S->children())
      literals(F, C, Out, Seen, Depth + 1);
  }

  std::vector<const StringLiteral *> literalsOf(Fn &F, const Expr *E) {
    std::vector<const StringLiteral *> Out;
    llvm::DenseSet<const ValueDecl *> Seen;
    literals(F, E, Out, Seen);
    return Out;
  }

  //===--------------------------------------------------------------------===//
  // Models, templates, captures
  //===--------------------------------------------------------------------===//

  static llvm::StringRef fileName(llvm::StringRef Path) {
    size_t Slash = Path.find_last_of("/\\");
    return Slash == llvm::StringRef::npos ? Path : Path.substr(Slash + 1);
  }

  /// The technique of the model a call loads by a literal file name, with
  /// the literal; for catalogued model loads and make_unique/make_shared of
  /// one.
  std::optional<std::pair<std::string, Evidence>> modelOfSite(Fn &F,
                                                              const Site &S) {
    auto Cached = ModelOfLoad.find(S.E);
    if (Cached != ModelOfLoad.end())
      return Cached->second;
    std::optional<std::pair<std::string, Evidence>> M = loadedModel(F, S);
    ModelOfLoad[S.E] = M;
    return M;
  }

  std::optional<std::pair<std::string, Evidence>> loadedModel(Fn &F,
                                                              const Site &S) {
    std::optional<std::pair<std::string, Evidence>> Out;
    bool Load = S.sig() == Signal::ModelLoad;
    if (!Load && S.Info.Callee && S.Info.Callee->isInStdNamespace() &&
        S.Info.Callee->getIdentifier() &&
        (S.Info.Callee->getName() == "make_unique" ||
         S.Info.Callee->getName() == "make_shared"))
      Load = true;
    if (!Load)
      return std::nullopt;
    for (unsigned A = 0; A < S.Info.Args.size() && !Out; ++A) {
      if (S.Info.Entry && S.Info.Entry->InputArgs && A < 32 &&
          !(S.Info.Entry->InputArgs & (1u << A)))
        continue;
      for (const StringLiteral *SL : literalsOf(F, S.Info.Args[A])) {
        llvm::StringRef Name = fileName(SL->getString());
        if (const ModelPattern *M = Ctx.Cat->matchModel(
                std::string_view(Name.data(), Name.size()))) {
          Out = std::make_pair(
              M->Technique,
              Evidence(SL->getBeginLoc(), Name.str(), S.Info.Resolved));
          break;
        }
      }
    }
    return Out;
  }

  /// The recognition model a model run uses: the model loaded into the
  /// object it is called on, followed through locals and members.
  std::optional<std::pair<std::string, Evidence>>
  modelOfRun(Fn &F, const Site &S, unsigned Depth = 0) {
    if (Depth > 4)
      return std::nullopt;
    std::vector<const Expr *> Inputs;
    if (S.Info.Object)
      Inputs.push_back(S.Info.Object);
    else
      for (const Expr *A : S.Info.Args)
        Inputs.push_back(A);
    for (const Expr *In : Inputs) {
      Roots R = rootsOf(F, In);
      for (auto [G, Idx] : R.Calls)
        if (auto M = modelOfSite(*G, G->Sites[Idx]))
          return M;
      // An output read from the result of a model run (Ort::Value from
      // Session::Run): the model of that run.
      for (auto [G, Idx] : R.Calls) {
        const Site &Run = G->Sites[Idx];
        if (&Run != &S && (Run.sig() == Signal::ModelForward ||
                           Run.sig() == Signal::ModelOutput))
          if (auto M = modelOfRun(*G, Run, Depth + 1))
            return M;
      }
      for (const ValueDecl *D : R.NonLocals)
        if (const auto *FDl = dyn_cast<FieldDecl>(D))
          if (auto M = modelOfField(FDl))
            return M;
    }
    return std::nullopt;
  }

  /// The model loaded into field \p FDl anywhere in the unit.
  std::optional<std::pair<std::string, Evidence>>
  modelOfField(const FieldDecl *FDl) {
    for (size_t K = 0; K < Order.size(); ++K) {
      Fn &G = *Fns[Order[K]];
      auto It = G.Defs.find(FDl);
      if (It == G.Defs.end())
        continue;
      for (const Expr *Def : It->second) {
        Roots R;
        llvm::DenseSet<const ValueDecl *> Seen{FDl};
        roots(G, Def, R, Seen);
        for (auto [H, Idx] : R.Calls)
          if (auto M = modelOfSite(*H, H->Sites[Idx]))
            return M;
      }
    }
    return std::nullopt;
  }

  static std::optional<Trait> recognitionTrait(llvm::StringRef Technique) {
    if (Technique == "face-recognition")
      return Trait::Face;
    if (Technique == "speaker-recognition")
      return Trait::Voice;
    return std::nullopt;
  }

  /// The template a call makes, if it makes one.
  std::optional<TemplateSource> templateOfSite(Fn &F, size_t Idx,
                                               unsigned Depth) {
    const Site &S = F.Sites[Idx];
    switch (S.sig()) {
    case Signal::FaceEmbedding:
      return TemplateSource{S.ev(), Trait::Face, false, std::nullopt};
    case Signal::SpeakerEmbedding:
      return TemplateSource{S.ev(), Trait::Voice, false, std::nullopt};
    case Signal::BiometricTemplate:
      return TemplateSource{S.ev(), Trait::Fingerprint, false, std::nullopt};
    case Signal::ModelForward:
    case Signal::ModelOutput:
      if (auto M = modelOfRun(F, S))
        if (auto T = recognitionTrait(M->first)) {
          TemplateSource TS{S.ev(), *T, true, M->second};
          return TS;
        }
      return std::nullopt;
    default:
      break;
    }
    if (S.Local && Depth < 6)
      if (const Summary *Sum = summary(S.Local, Depth + 1))
        if (Sum->Template)
          return Sum->Template;
    return std::nullopt;
  }

  /// The first template among \p R's values.
  std::optional<TemplateSource> templateIn(const Roots &R, unsigned Depth) {
    if (Depth > 6)
      return std::nullopt;
    for (auto [F, Idx] : R.Calls)
      if (auto T = templateOfSite(*F, Idx, Depth))
        return T;
    for (const ValueDecl *D : R.NonLocals)
      if (auto T = fieldTemplate(D, Depth + 1))
        return T;
    for (auto [F, P] : R.Params)
      if (auto T = paramTemplate(*F, P, Depth + 1))
        return T;
    return std::nullopt;
  }

  /// A template some caller in the unit passes as parameter \p P of \p F.
  std::map<std::pair<const Fn *, unsigned>, std::optional<TemplateSource>>
      ParamTemplates;

  std::optional<TemplateSource> paramTemplate(Fn &F, unsigned P,
                                              unsigned Depth) {
    auto Key = std::make_pair(static_cast<const Fn *>(&F), P);
    auto Memo = ParamTemplates.find(Key);
    if (Memo != ParamTemplates.end())
      return Memo->second;
    if (Depth > 6)
      return std::nullopt;
    // Cut recursion (a parameter passed back to itself): a miss.
    ParamTemplates[Key] = std::nullopt;
    std::optional<TemplateSource> Out = paramTemplateUncached(F, P, Depth);
    ParamTemplates[Key] = Out;
    return Out;
  }

  std::optional<TemplateSource> paramTemplateUncached(Fn &F, unsigned P,
                                                      unsigned Depth) {
    for (size_t K = 0; K < Order.size(); ++K) {
      Fn &G = *Fns[Order[K]];
      for (size_t I = 0; I < G.Sites.size(); ++I) {
        const Site &S = G.Sites[I];
        if (S.Local != F.FD || P >= S.Info.Args.size())
          continue;
        if (auto T = templateIn(rootsOf(G, S.Info.Args[P]), Depth + 1))
          return T;
      }
    }
    return std::nullopt;
  }

  /// A template stored into field or global \p D anywhere in the unit.
  std::optional<TemplateSource> fieldTemplate(const ValueDecl *D,
                                              unsigned Depth) {
    auto It = FieldTemplates.find(D);
    if (It != FieldTemplates.end())
      return It->second;
    if (Depth > 6 || !FieldInProgress.insert(D).second)
      return std::nullopt;
    std::optional<TemplateSource> Out;
    for (size_t K = 0; K < Order.size(); ++K) {
      Fn &G = *Fns[Order[K]];
      auto Defs = G.Defs.find(D);
      if (Defs == G.Defs.end())
        continue;
      for (const Expr *Def : Defs->second) {
        Roots R;
        llvm::DenseSet<const ValueDecl *> Seen{D};
        roots(G, Def, R, Seen);
        if ((Out = templateIn(R, Depth + 1)))
          break;
      }
      if (Out)
        break;
    }
    FieldInProgress.erase(D);
    FieldTemplates[D] = Out;
    return Out;
  }

  /// Where templates enter container \p D: a store whose value is one.
  std::optional<Evidence> storedInto(const std::vector<const ValueDecl *> &Ds) {
    for (size_t K = 0; K < Order.size(); ++K) {
      Fn &G = *Fns[Order[K]];
      for (const StoreSite &St : G.Stores)
        if (llvm::is_contained(Ds, St.Container))
          if (templateIn(rootsOf(G, St.Value), 1))
            return Evidence(St.Call->getBeginLoc(), "stored", true);
      for (const Site &S : G.Sites)
        if (S.sig() == Signal::TemplateStore && S.Info.Object)
          if (const ValueDecl *B = baseDecl(S.Info.Object))
            if (llvm::is_contained(Ds, B))
              return S.ev();
    }
    return std::nullopt;
  }

  /// Whether an object of the capture API reads from a live source, and
  /// what it is.
  std::optional<std::pair<std::string, Evidence>> liveSourceOf(Fn &F,
                                                               const Site &S) {
    // A stream opened with a callback is read in the callback.
    if (S.sig() == Signal::LiveCapture && !S.Info.Entry->CallbackArgs)
      return std::make_pair(std::string("microphone"), S.ev());
    if (S.sig() != Signal::CaptureRead)
      return std::nullopt;
    if (S.Info.Object) {
      if (const ValueDecl *D = baseDecl(S.Info.Object)) {
        auto It = LiveOpens.find(cast<ValueDecl>(D->getCanonicalDecl()));
        if (It != LiveOpens.end())
          return It->second;
      }
      return std::nullopt;
    }
    // C APIs (GStreamer's appsink): a live pipeline in the unit.
    return LivePipeline;
  }

  /// Classifies what a capture is opened on.
  std::optional<std::string> classifySource(Fn &F, const Expr *Arg) {
    const Expr *E = Arg->IgnoreParenImpCasts();
    QualType T = E->getType();
    if (!T.isNull() && T->isIntegralOrEnumerationType() &&
        !T->isAnyCharacterType()) {
      Expr::EvalResult ER;
      if (!E->isValueDependent() && E->EvaluateAsInt(ER, AST))
        return "camera " + std::to_string(ER.Val.getInt().getExtValue());
      return std::string("a camera by index");
    }
    std::string What;
    for (const StringLiteral *SL : literalsOf(F, Arg))
      if (isLiveSourceText(SL->getString(), What))
        return What;
    return std::nullopt;
  }

  void findLiveOpens() {
    for (size_t K = 0; K < Order.size(); ++K) {
      Fn &F = *Fns[Order[K]];
      for (const Site &S : F.Sites) {
        if (S.sig() != Signal::CaptureOpen)
          continue;
        std::optional<std::string> What;
        for (unsigned A = 0; A < S.Info.Args.size() && !What; ++A) {
          if (S.Info.Entry->InputArgs && A < 32 &&
              !(S.Info.Entry->InputArgs & (1u << A)))
            continue;
          What = classifySource(F, S.Info.Args[A]);
        }
        if (!What)
          continue;
        const ValueDecl *Obj =
            S.Info.Object ? baseDecl(S.Info.Object) : S.Constructed;
        if (Obj)
          LiveOpens[cast<ValueDecl>(Obj->getCanonicalDecl())] = {*What, S.ev()};
        else if (!LivePipeline)
          LivePipeline = std::make_pair(*What, S.ev());
      }
    }
  }

  //===--------------------------------------------------------------------===//
  // Comparisons and identification
  //===--------------------------------------------------------------------===//

  std::vector<Compare> comparesIn(Fn &F) {
    std::vector<Compare> Out;
    for (size_t I = 0; I < F.Sites.size(); ++I) {
      const Site &S = F.Sites[I];
      Compare C;
      C.Loc = S.E->getBeginLoc();
      C.Ev = S.ev();
      C.Loops = S.Loops;
      if (S.sig() == Signal::EmbeddingCompare ||
          S.sig() == Signal::VectorSimilarity) {
        C.BiometricApi = S.sig() == Signal::EmbeddingCompare;
        const auto &A = S.Info.Args;
        // The catalog names the two compared arguments when there are more
        // (std::inner_product, cblas_sdot).
        std::vector<unsigned> Picked;
        if (uint32_t Bits = S.Info.Entry->InputArgs)
          for (unsigned K = 0; K < 32 && K < A.size(); ++K)
            if (Bits & (1u << K))
              Picked.push_back(K);
        if (Picked.size() >= 2) {
          C.A = A[Picked[0]];
          C.B = A[Picked[1]];
        } else if (A.size() >= 2) {
          C.A = A[0];
          C.B = A[1];
        } else if (S.Info.Object && A.size() == 1) {
          C.A = S.Info.Object; // a.dot(b)
          C.B = A[0];
        } else if (A.size() == 1) {
          const auto *BO =
              dyn_cast<BinaryOperator>(A[0]->IgnoreParenImpCasts());
          const Expr *L = nullptr, *R = nullptr;
          if (BO && BO->getOpcode() == BO_Sub) {
            L = BO->getLHS();
            R = BO->getRHS();
          } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(
                         A[0]->IgnoreParenImpCasts());
                     OC && OC->getOperator() == OO_Minus &&
                     OC->getNumArgs() == 2) {
            L = OC->getArg(0);
            R = OC->getArg(1);
          }
          if (!L)
            continue;
          C.A = L;
          C.B = R;
        } else {
          continue;
        }
        Out.push_back(C);
      } else if (S.Local) {
        const Summary *Sum = summary(S.Local, 1);
        if (!Sum || !Sum->ComparesParams)
          continue;
        auto [PA, PB] = *Sum->ComparesParams;
        if (PA >= S.Info.Args.size() || PB >= S.Info.Args.size())
          continue;
        C.A = S.Info.Args[PA];
        C.B = S.Info.Args[PB];
        C.BiometricApi = Sum->CompareBiometric;
        C.Ev.What = S.Local->getNameAsString();
        Out.push_back(C);
      }
    }
    for (const InlineOp &Op : F.Inline) {
      Compare C;
      C.Loc = Op.BO->getOperatorLoc();
      C.Ev = Evidence(Op.BO->getOperatorLoc(), "element-wise arithmetic");
      C.A = Op.BO->getLHS();
      C.B = Op.BO->getRHS();
      C.Loops = Op.Loops;
      Out.push_back(C);
    }
    return Out;
  }

  /// True when both sides of a comparison depend on parameters of \p F
  /// only through different parameters: F is a comparison helper.
  std::optional<std::pair<unsigned, unsigned>>
  helperParams(Fn &F, const Roots &A, const Roots &B) {
    // One side an element of a loop the other is not in: a search over a
    // container, not a comparison of two given values.
    for (const auto &E : A.Elements)
      if (!B.hasElementOf(E.second))
        return std::nullopt;
    for (const auto &E : B.Elements)
      if (!A.hasElementOf(E.second))
        return std::nullopt;
    for (auto [FA, PA] : A.Params)
      for (auto [FB, PB] : B.Params)
        if (FA == &F && FB == &F && PA != PB && !B.hasParam(&F, PA) &&
            !A.hasParam(&F, PB))
          return std::make_pair(PA, PB);
    return std::nullopt;
  }

  const Summary *summary(const FunctionDecl *FD, unsigned Depth) {
    auto It = Summaries.find(FD);
    if (It != Summaries.end())
      return It->second.get();
    if (Depth > 8 || InProgress.count(FD))
      return nullptr;
    Fn *F = fnFor(FD);
    if (!F)
      return nullptr;
    InProgress.insert(FD);
    auto S = std::make_unique<Summary>();
    // Templates returned or written through parameters.
    for (const Expr *R : F->Returns)
      if ((S->Template = templateIn(rootsOf(*F, R), Depth)))
        break;
    if (!S->Template)
      for (const ParmVarDecl *P : FD->parameters()) {
        QualType T = P->getType();
        bool Out =
            (T->isReferenceType() && !T->getPointeeType().isConstQualified()) ||
            (T->isPointerType() && !T->getPointeeType().isConstQualified());
        if (!Out)
          continue;
        auto D = F->Defs.find(P);
        if (D == F->Defs.end())
          continue;
        for (const Expr *Def : D->second) {
          Roots R;
          llvm::DenseSet<const ValueDecl *> Seen{P};
          roots(*F, Def, R, Seen);
          if ((S->Template = templateIn(R, Depth)))
            break;
        }
        if (S->Template)
          break;
      }
    // A helper that compares two of its parameters.
    for (const Compare &C : comparesIn(*F)) {
      Roots A = rootsOf(*F, C.A), B = rootsOf(*F, C.B);
      if (auto P = helperParams(*F, A, B)) {
        S->ComparesParams = P;
        S->CompareBiometric = C.BiometricApi;
        break;
      }
    }
    InProgress.erase(FD);
    Summary *Raw = S.get();
    Summaries[FD] = std::move(S);
    return Raw;
  }

  bool hasLocalCallers(const Fn &F) {
    for (size_t K = 0; K < Order.size(); ++K)
      for (const Site &S : Fns[Order[K]]->Sites)
        if (S.Local == F.FD)
          return true;
    return false;
  }

  /// The template one side of a comparison is, \p First tried first.
  std::optional<TemplateSource> templateOfEither(const Roots &First,
                                                 const Roots &Second) {
    std::optional<TemplateSource> T = templateIn(First, 1);
    return T ? T : templateIn(Second, 1);
  }

  /// Records identification at \p Loc (with the loops around it): what
  /// compares, what is searched, and the template, whose trait it takes
  /// (\p Kind without one).
  void addIdentification(const FunctionDecl *FD, SourceLocation Loc,
                         const Evidence &Compare, Evidence Gallery,
                         std::optional<TemplateSource> T,
                         std::optional<Evidence> Stored, Trait Kind,
                         LoopStack Loops) {
    Identification Id;
    Id.Function = FD;
    Id.Loc = Loc;
    Id.Compare = Compare;
    Id.Gallery = std::move(Gallery);
    Id.Stored = std::move(Stored);
    Id.Kind = T ? T->Kind : Kind;
    Id.Resolved = Compare.Resolved && (!T || T->Ev.Resolved);
    Id.ByModelName = T && T->ByModelName;
    Id.Template = std::move(T);
    IdentLoops.push_back({std::move(Id), std::move(Loops)});
  }

  /// A one-to-one comparison at \p Loc.
  Verification verification(const FunctionDecl *FD, SourceLocation Loc,
                            const Evidence &Compare,
                            std::optional<TemplateSource> T, Trait Kind) {
    Verification V;
    V.Function = FD;
    V.Loc = Loc;
    V.Compare = Compare;
    V.Kind = T ? T->Kind : Kind;
    V.Resolved = Compare.Resolved && (!T || T->Ev.Resolved);
    V.Template = std::move(T);
    return V;
  }

  /// True for string types: `std::string`, `const char *`, `char[N]`.
  static bool isText(QualType T) {
    T = T.getNonReferenceType();
    if (T->isPointerType() || T->isArrayType()) {
      QualType E = T->isPointerType()
                       ? T->getPointeeType()
                       : QualType(T->getArrayElementTypeNoTypeQual(), 0);
      return E->isCharType();
    }
    if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
      return RD->isInStdNamespace() && RD->getIdentifier() &&
             (RD->getName() == "basic_string" ||
              RD->getName() == "basic_string_view");
    return false;
  }

  /// True when every template that enters \p Gallery anywhere in the unit
  /// comes from the values the probe \p Pr of a comparison in \p F comes
  /// from: centroids averaged from the segments they are compared with
  /// (diarization), a track list that a caller extends with each face
  /// that matched none (counting anonymous visitors). The probe's
  /// parameters are followed to the unit's callers; the stores' are not,
  /// so an `enrol(t)` next to an `identify(t)` stays identification.
  bool filledFromProbes(Fn &F, const std::vector<const ValueDecl *> &Gallery,
                        const Roots &Pr) {
    if (Gallery.empty())
      return false;
    std::vector<const ValueDecl *> Probe;
    auto AddVars = [&](Fn &H, const Roots &R) {
      for (const ValueDecl *V : R.Vars)
        if (!H.LoopVar.count(V) && !llvm::is_contained(Gallery, V))
          Probe.push_back(V);
      for (const ValueDecl *V : R.NonLocals)
        if (!llvm::is_contained(Gallery, V))
          Probe.push_back(V);
    };
    AddVars(F, Pr);
    // rootsOf and templateOfSite may record functions first reached here,
    // which appends to Order: walk a copy.
    const std::vector<const FunctionDecl *> Known = Order;
    for (auto [H, P] : Pr.Params)
      for (const FunctionDecl *GD : Known) {
        Fn &G = *Fns[GD];
        for (const Site &S : G.Sites)
          if (S.Local == H->FD && P < S.Info.Args.size())
            AddVars(G, rootsOf(G, S.Info.Args[P]));
      }
    if (Probe.empty())
      return false;
    bool FromProbe = false;
    const std::vector<const FunctionDecl *> Reached = Order;
    for (const FunctionDecl *HD : Reached) {
      Fn &H = *Fns[HD];
      std::vector<const Expr *> Values;
      for (const ValueDecl *V : Gallery) {
        // Locals of another function are another variable.
        if (&H != &F && !isa<FieldDecl>(V) &&
            !(isa<VarDecl>(V) && cast<VarDecl>(V)->hasGlobalStorage()))
          continue;
        auto It = H.Defs.find(V);
        if (It != H.Defs.end())
          Values.insert(Values.end(), It->second.begin(), It->second.end());
      }
      for (const Expr *E : Values) {
        Roots R = rootsOf(H, E);
        bool Shares = false, Other = !R.Params.empty(), Named = false;
        for (const std::vector<const ValueDecl *> *Vs : {&R.Vars, &R.NonLocals})
          for (const ValueDecl *V : *Vs) {
            if (llvm::is_contained(Probe, V)) {
              Shares = true;
            } else if (!H.LoopVar.count(V) && !llvm::is_contained(Gallery, V)) {
              Other = true;
              Named |= isText(V->getType());
            }
          }
        for (auto [G, Idx] : R.Calls)
          if (templateOfSite(*G, Idx, 1))
            Other = true;
        // Enrolling an unknown face under a name someone types is a
        // gallery of identities, not a group of anonymous faces.
        if (Shares && Named)
          return false;
        if (Shares)
          FromProbe = true;
        else if (Other)
          return false;
      }
    }
    return FromProbe;
  }

  /// Identification and verification from the comparisons of \p F.
  void compareSites(Fn &F, std::vector<Verification> &Ver,
                    llvm::DenseSet<const Stmt *> &LambdaOps) {
    std::vector<Compare> Cs = comparesIn(F);
    bool VerifiedHere = false;
    for (const Compare &C : Cs) {
      Roots A = rootsOf(F, C.A), B = rootsOf(F, C.B);
      // Both sides the same values: a norm, not a comparison.
      if (A.Vars == B.Vars && A.Calls == B.Calls && A.Params == B.Params)
        continue;
      // A helper is reported where it is called, unless nothing in the
      // unit calls it.
      if (helperParams(F, A, B) && hasLocalCallers(F))
        continue;
      // Lambda parameters: the algorithm that calls the lambda decides.
      if (LambdaOps.count(F.FD->getBody()))
        continue;
      bool Done = false, Clustering = false;
      for (auto L = C.Loops.rbegin(); L != C.Loops.rend() && !Done; ++L) {
        bool EA = A.hasElementOf(*L), EB = B.hasElementOf(*L);
        if (EA == EB)
          continue;
        const Roots &G = EA ? A : B;
        const Roots &Pr = EA ? B : A;
        // Comparing a set with itself (pairs of detections, clusters).
        bool Self = false;
        for (const ValueDecl *V : G.Vars)
          if (!F.LoopVar.count(V) && llvm::is_contained(Pr.Vars, V))
            Self = true;
        if (Self)
          continue;
        // A template made inside the loop from each element: the loop
        // goes over probes, not over a gallery.
        bool MadeInLoop = false;
        for (auto [G2, Idx] : G.Calls)
          if (G2 == &F && contains(F.Sites[Idx].Loops, *L) &&
              templateOfSite(F, Idx, 1))
            MadeInLoop = true;
        if (MadeInLoop)
          continue;
        std::vector<const ValueDecl *> Gallery;
        for (const ValueDecl *V : G.Vars)
          if (!F.LoopVar.count(V))
            Gallery.push_back(V);
        for (const ValueDecl *V : G.NonLocals)
          Gallery.push_back(V);
        // Templates added to the same set inside a loop around the
        // comparison: online clustering (diarization), anonymous.
        for (const StoreSite &St : F.Stores)
          if (llvm::is_contained(Gallery, St.Container) &&
              llvm::any_of(C.Loops, [&](const Stmt *Outer) {
                return contains(St.Loops, Outer) &&
                       (Outer == *L || contains(F.LoopParents[*L], Outer));
              }))
            Clustering = true;
        if (!Clustering && filledFromProbes(F, Gallery, Pr))
          Clustering = true;
        if (Clustering)
          break;
        std::optional<TemplateSource> T = templateOfEither(Pr, G);
        if (!C.BiometricApi && !T)
          break;
        addIdentification(F.FD, C.Loc, C.Ev,
                          Evidence((*L)->getBeginLoc(), "loop", true), T,
                          storedInto(Gallery), Trait::Face, C.Loops);
        Done = true;
      }
      if (Done || Clustering || VerifiedHere)
        continue;
      // No gallery: a one-to-one comparison, when it is biometric.
      if (!A.Elements.empty() && !B.Elements.empty())
        continue;
      std::optional<TemplateSource> T = templateOfEither(A, B);
      if (!C.BiometricApi && !T)
        continue;
      Verification V = verification(F.FD, C.Loc, C.Ev, T, Trait::Face);
      const Roots &Ref = !A.Lookups.empty() ? A : B;
      if (!Ref.Lookups.empty())
        V.ClaimedLookup =
            Evidence(Ref.Lookups.front()->getBeginLoc(), "lookup", true);
      Ver.push_back(std::move(V));
      VerifiedHere = true;
    }
  }

  /// Identification by algorithms whose lambda compares its parameter with
  /// a value from outside: `std::max_element(g.begin(), g.end(), cmp)`.
  void lambdaSearches(Fn &F) {
    for (const LambdaArg &LA : F.Lambdas) {
      Fn *L = fnFor(LA.Op);
      if (!L)
        continue;
      const Site &S = F.Sites[LA.SiteIdx];
      if (!isStdAlgorithmLike(S.Info))
        continue;
      for (const Compare &C : comparesIn(*L)) {
        Roots A = rootsOf(*L, C.A), B = rootsOf(*L, C.B);
        bool Found = false;
        for (unsigned P = 0; P < LA.Op->getNumParams() && !Found; ++P) {
          bool PA = A.hasParam(L, P), PB = B.hasParam(L, P);
          if (PA == PB)
            continue;
          const Roots &Pr = PA ? B : A;
          const Roots &G = PA ? A : B;
          std::optional<TemplateSource> T = templateOfEither(Pr, G);
          if (!C.BiometricApi && !T)
            continue;
          std::vector<const ValueDecl *> Gallery;
          if (!S.Info.Args.empty()) {
            Roots RG = rootsOf(F, S.Info.Args[0]);
            Gallery = RG.Vars;
            Gallery.insert(Gallery.end(), RG.NonLocals.begin(),
                           RG.NonLocals.end());
          }
          addIdentification(
              F.FD, S.E->getBeginLoc(), C.Ev,
              Evidence(S.E->getBeginLoc(),
                       S.Info.Callee ? S.Info.Callee->getQualifiedNameAsString()
                                     : S.Info.Name,
                       S.Info.Resolved),
              T, storedInto(Gallery), Trait::Face, S.Loops);
          Found = true;
        }
        if (Found)
          break;
      }
    }
  }

  /// Catalogued searches and verifications.
  void librarySearches(Fn &F, std::vector<Verification> &Ver) {
    for (const Site &S : F.Sites) {
      Signal Sig = S.sig();
      if (Sig != Signal::BiometricSearch && Sig != Signal::VectorSearch &&
          Sig != Signal::BiometricVerify)
        continue;
      std::optional<TemplateSource> T;
      for (unsigned A = 0; A < S.Info.Args.size() && !T; ++A) {
        if (S.Info.Entry->InputArgs && A < 32 &&
            !(S.Info.Entry->InputArgs & (1u << A)))
          continue;
        T = templateIn(rootsOf(F, S.Info.Args[A]), 1);
      }
      if (Sig == Signal::VectorSearch && !T)
        continue;
      if (Sig == Signal::BiometricVerify) {
        Ver.push_back(verification(F.FD, S.E->getBeginLoc(), S.ev(), T,
                                   traitOfLibrary(S)));
        continue;
      }
      std::optional<Evidence> Stored;
      if (S.Info.Object)
        if (const ValueDecl *B = baseDecl(S.Info.Object))
          Stored = storedInto({B});
      addIdentification(F.FD, S.E->getBeginLoc(), S.ev(), S.ev(), T, Stored,
                        traitOfLibrary(S), S.Loops);
    }
  }

  static Trait traitOfLibrary(const Site &S) {
    static const std::string None;
    llvm::StringRef N = S.Info.Entry ? S.Info.Entry->Name : None;
    if (N.contains("Speaker") || N.contains("speaker"))
      return Trait::Voice;
    if (N.starts_with("fp_"))
      return Trait::Fingerprint;
    return Trait::Face;
  }

  //===--------------------------------------------------------------------===//
  // Chains through the unit's call graph
  //===--------------------------------------------------------------------===//

  enum class Does { Identify, Fetch, Detect, Template, Store };

  /// The chain from a call site to what it does: the site itself, or the
  /// call to a function of the unit followed by that function's chain.
  std::vector<Evidence> chainOf(Fn &F, size_t Idx, Does What, unsigned Depth,
                                llvm::DenseSet<const FunctionDecl *> &Seen) {
    const Site &S = F.Sites[Idx];
    switch (What) {
    case Does::Fetch: {
      if (S.sig() == Signal::HttpFetch && !fetchesKnownUrl(F, S))
        return {S.ev()};
      if (S.sig() == Signal::CaptureRead)
        if (auto Live = liveSourceOf(F, S);
            Live && isNetworkSource(Live->first))
          return {S.ev()};
      break;
    }
    case Does::Detect:
      if (S.sig() == Signal::FaceDetect)
        return {S.ev()};
      break;
    case Does::Template:
      if (S.sig() == Signal::FaceEmbedding ||
          ((S.sig() == Signal::ModelForward ||
            S.sig() == Signal::ModelOutput) &&
           templateOfSite(F, Idx, 1)))
        return {S.ev()};
      break;
    case Does::Store:
      if (S.sig() == Signal::TemplateStore)
        return {S.ev()};
      if (S.sig() == Signal::OutputWrite)
        for (unsigned A = 0; A < S.Info.Args.size(); ++A) {
          if (S.Info.Entry->InputArgs && A < 32 &&
              !(S.Info.Entry->InputArgs & (1u << A)))
            continue;
          if (templateIn(rootsOf(F, S.Info.Args[A]), 1))
            return {S.ev()};
        }
      break;
    case Does::Identify:
      for (const auto &[Id, Loops] : IdentLoops)
        if (Id.Function == F.FD && Id.Loc == S.E->getBeginLoc())
          return {Id.Compare};
      break;
    }
    if (S.Local && Depth < 8 && Seen.insert(S.Local).second) {
      std::vector<Evidence> Inner = does(S.Local, What, Depth + 1, Seen);
      if (!Inner.empty()) {
        Inner.insert(Inner.begin(),
                     Evidence(S.E->getBeginLoc(), S.Local->getNameAsString(),
                              S.Info.Resolved));
        return Inner;
      }
    }
    return {};
  }

  /// The first chain in \p FD to what it does.
  std::vector<Evidence> does(const FunctionDecl *FD, Does What, unsigned Depth,
                             llvm::DenseSet<const FunctionDecl *> &Seen) {
    Fn *F = fnFor(FD);
    if (!F)
      return {};
    if (What == Does::Identify)
      for (const auto &[Id, Loops] : IdentLoops)
        if (Id.Function == F->FD)
          return {Id.Compare};
    if (What == Does::Store)
      for (const StoreSite &St : F->Stores)
        if (templateIn(rootsOf(*F, St.Value), 1))
          return {Evidence(St.Call->getBeginLoc(), "stored", true)};
    for (size_t I = 0; I < F->Sites.size(); ++I) {
      std::vector<Evidence> C = chainOf(*F, I, What, Depth, Seen);
      if (!C.empty())
        return C;
    }
    return {};
  }

  /// The first chain inside loop \p L of \p F to what it does.
  std::vector<Evidence> doesInLoop(Fn &F, const Stmt *L, Does What) {
    if (What == Does::Identify)
      for (const auto &[Id, Loops] : IdentLoops)
        if (Id.Function == F.FD && contains(Loops, L))
          return {Id.Compare};
    if (What == Does::Store)
      for (const StoreSite &St : F.Stores)
        if (contains(St.Loops, L) && templateIn(rootsOf(F, St.Value), 1))
          return {Evidence(St.Call->getBeginLoc(), "stored", true)};
    for (size_t I = 0; I < F.Sites.size(); ++I) {
      if (!contains(F.Sites[I].Loops, L))
        continue;
      llvm::DenseSet<const FunctionDecl *> Seen{F.FD};
      std::vector<Evidence> C = chainOf(F, I, What, 0, Seen);
      if (!C.empty())
        return C;
    }
    return {};
  }

  /// True when every URL a download uses is a string literal: known
  /// images, not scraping.
  bool fetchesKnownUrl(Fn &F, const Site &S) {
    std::vector<const Expr *> Urls;
    for (const Site &O : F.Sites) {
      // libcurl: curl_easy_setopt(h, CURLOPT_URL, url).
      llvm::StringRef N = O.Info.Callee && O.Info.Callee->getIdentifier()
                              ? O.Info.Callee->getName()
                              : llvm::StringRef(O.Info.Name);
      if (N == "curl_easy_setopt" && O.Info.Args.size() >= 3) {
        const Expr *Opt = O.Info.Args[1]->IgnoreParenImpCasts();
        bool IsUrl = false;
        if (const auto *DRE = dyn_cast<DeclRefExpr>(Opt))
          IsUrl = DRE->getDecl()->getName() == "CURLOPT_URL";
        if (!IsUrl)
          IsUrl =
              macroName(O.Info.Args[1], SM, AST.getLangOpts()) == "CURLOPT_URL";
        if (IsUrl)
          Urls.push_back(O.Info.Args[2]);
      }
    }
    if (S.Info.Entry && S.Info.Entry->Name != "curl_easy_perform")
      for (const Expr *A : S.Info.Args)
        Urls.push_back(A);
    if (Urls.empty())
      return false;
    for (const Expr *U : Urls)
      if (!rootsOf(F, U).OnlyLiterals)
        return false;
    return true;
  }

  //===--------------------------------------------------------------------===//
  // Emotions and attributes
  //===--------------------------------------------------------------------===//

  /// True when values \p R depend on a model's output: a model run or
  /// output read, a function of the unit that returns one, or a parameter
  /// some caller passes one in.
  bool derivesFromModel(const Roots &R, unsigned Depth) {
    if (Depth > 4)
      return false;
    for (auto [F, Idx] : R.Calls) {
      const Site &S = F->Sites[Idx];
      Signal Sig = S.sig();
      if (Sig == Signal::ModelForward || Sig == Signal::ModelOutput ||
          Sig == Signal::EmbeddingOutput)
        return true;
      if (S.Local)
        if (Fn *G = fnFor(S.Local))
          if (returnsFromModel(*G, Depth + 1))
            return true;
    }
    for (auto [F, P] : R.Params)
      if (paramFromModel(*F, P, Depth + 1))
        return true;
    return false;
  }

  /// Memo of derivesFromModel for a function's returned values and for the
  /// arguments its callers pass, by (function, parameter or ~0u, depth):
  /// without it, a unit with thousands of functions (dlib's examples) takes
  /// exponential time. An entry is false while it is computed, which also
  /// ends recursion.
  std::map<std::tuple<const Fn *, unsigned, unsigned>, bool> DerivesMemo;

  bool returnsFromModel(Fn &G, unsigned Depth) {
    auto Key = std::make_tuple(&G, ~0u, Depth);
    auto It = DerivesMemo.find(Key);
    if (It != DerivesMemo.end())
      return It->second;
    DerivesMemo[Key] = false;
    bool Out = false;
    // derivesFromModel may record functions, but never appends to G's own
    // lists: G.Returns is stable here.
    for (const Expr *Ret : G.Returns)
      if (derivesFromModel(rootsOf(G, Ret), Depth)) {
        Out = true;
        break;
      }
    return DerivesMemo[Key] = Out;
  }

  bool paramFromModel(Fn &F, unsigned P, unsigned Depth) {
    auto Key = std::make_tuple(&F, P, Depth);
    auto It = DerivesMemo.find(Key);
    if (It != DerivesMemo.end())
      return It->second;
    DerivesMemo[Key] = false;
    bool Out = false;
    for (auto [G, Idx] : callsTo(F.FD))
      if (P < G->Sites[Idx].Info.Args.size() &&
          derivesFromModel(rootsOf(*G, G->Sites[Idx].Info.Args[P]), Depth)) {
        Out = true;
        break;
      }
    return DerivesMemo[Key] = Out;
  }

  /// The call sites of \p FD in the functions recorded so far. A copy: the
  /// index is rebuilt when more functions have been recorded.
  std::vector<std::pair<Fn *, size_t>> callsTo(const FunctionDecl *FD) {
    if (CallsToBuiltFor != Order.size()) {
      CallsTo.clear();
      for (size_t K = 0; K < Order.size(); ++K) {
        Fn &G = *Fns[Order[K]];
        for (size_t I = 0; I < G.Sites.size(); ++I)
          if (G.Sites[I].Local)
            CallsTo[G.Sites[I].Local].push_back({&G, I});
      }
      CallsToBuiltFor = Order.size();
    }
    auto It = CallsTo.find(FD);
    return It == CallsTo.end() ? std::vector<std::pair<Fn *, size_t>>()
                               : It->second;
  }
  llvm::DenseMap<const FunctionDecl *, std::vector<std::pair<Fn *, size_t>>>
      CallsTo;
  size_t CallsToBuiltFor = ~size_t(0);

  struct LabelSet {
    std::vector<std::string> Labels;
    SourceLocation Loc;
  };
  llvm::DenseMap<const VarDecl *, std::optional<LabelSet>> LabelSets;

  /// The string labels a variable is initialised with.
  const std::optional<LabelSet> &labelSet(const VarDecl *VD) {
    auto It = LabelSets.find(VD);
    if (It != LabelSets.end())
      return It->second;
    std::optional<LabelSet> Out;
    if (const Expr *Init = VD->getInit()) {
      std::vector<const StringLiteral *> Lits;
      collectInitLiterals(Init, Lits, 0);
      if (Lits.size() >= 2) {
        Out.emplace();
        Out->Loc = Lits.front()->getBeginLoc();
        for (const StringLiteral *SL : Lits)
          Out->Labels.push_back(SL->getString().str());
      }
    }
    return LabelSets[VD] = std::move(Out);
  }

  void collectInitLiterals(const Stmt *S,
                           std::vector<const StringLiteral *> &Out,
                           unsigned Depth) {
    if (!S || Depth > 12 || Out.size() > 256)
      return;
    if (const auto *SL = dyn_cast<StringLiteral>(S)) {
      if (SL->getCharByteWidth() == 1)
        Out.push_back(SL);
      return;
    }
    if (isa<LambdaExpr, CallExpr>(S) && !isa<CXXConstructExpr>(S))
      return;
    for (const Stmt *C : S->children())
      collectInitLiterals(C, Out, Depth + 1);
  }

  /// Emotion labels among \p Labels, when they make an emotion label set.
  std::vector<std::string>
  emotionLabels(const std::vector<std::string> &Labels) {
    std::vector<std::string> Hit;
    unsigned Strong = 0;
    for (const std::string &L : Labels)
      if (Voc.isLabel("emotion-labels", L)) {
        Hit.push_back(L);
        if (!Voc.isLabel("emotion-weak-labels", L))
          ++Strong;
      }
    // Mostly emotions: a mood among a game's states is not a classifier.
    if (Hit.size() >= 3 && Strong >= 2 && Hit.size() * 2 > Labels.size())
      return Hit;
    return {};
  }

  /// The largest number in an age bucket label ("(60-100)" -> 100).
  static unsigned ageBucketBound(llvm::StringRef L) {
    unsigned Max = 0;
    while (!L.empty()) {
      L = L.drop_until(llvm::isDigit);
      llvm::StringRef Num = L.take_while(llvm::isDigit);
      L = L.drop_front(Num.size());
      unsigned V = 0;
      if (!Num.empty() && !Num.getAsInteger(10, V))
        Max = std::max(Max, V);
      else if (!Num.empty())
        Max = ~0u;
    }
    return Max;
  }

  static bool isAgeBucket(llvm::StringRef L) {
    // "(25-32)", "25-32", "60+", "0-2".
    L = L.trim().trim("()[] ");
    if (L.empty() || !llvm::isDigit(L.front()))
      return false;
    L = L.drop_while(llvm::isDigit);
    if (L.consume_front("+"))
      return L.trim().empty();
    L = L.ltrim();
    if (!L.consume_front("-") && !L.consume_front(",") && !L.consume_front("~"))
      return false;
    L = L.ltrim();
    if (L.empty() || !llvm::isDigit(L.front()))
      return false;
    return L.drop_while(llvm::isDigit).trim().empty();
  }

  /// Attributes a label set names: category -> labels.
  std::map<std::string, std::vector<std::string>>
  attributeLabels(const std::vector<std::string> &Labels) {
    std::map<std::string, std::vector<std::string>> Hits;
    unsigned RaceStrong = 0;
    for (const std::string &L : Labels) {
      if (Voc.isLabel("sex-labels", L))
        Hits["sex"].push_back(L);
      if (Voc.isLabel("age-labels", L) || isAgeBucket(L))
        Hits["age"].push_back(L);
      if (Voc.isLabel("race-labels", L)) {
        Hits["race or ethnic origin"].push_back(L);
        if (!Voc.isLabel("race-weak-labels", L))
          ++RaceStrong;
      }
      if (Voc.isLabel("religion-labels", L))
        Hits["religious beliefs"].push_back(L);
      if (Voc.isLabel("orientation-labels", L))
        Hits["sexual orientation"].push_back(L);
      if (Voc.isLabel("political-labels", L))
        Hits["political opinions"].push_back(L);
      if (Voc.isLabel("union-labels", L))
        Hits["trade-union membership"].push_back(L);
    }
    // Buckets of days or amounts, not of years of a life.
    if (Hits.count("age"))
      for (const std::string &L : Hits["age"])
        if (ageBucketBound(L) > 120) {
          Hits.erase("age");
          break;
        }
    // A classifier of people's attributes has mostly attribute labels;
    // {"men", "women", "unisex", "kids"} are departments of a shop.
    size_t Named = 0;
    for (const std::string &L : Labels)
      for (auto &[K, V] : Hits)
        if (llvm::is_contained(V, L)) {
          ++Named;
          break;
        }
    if (Named * 2 <= Labels.size())
      return {};
    std::map<std::string, std::vector<std::string>> Out;
    for (auto &[K, V] : Hits) {
      size_t Need = K == "trade-union membership" ? 1 : 2;
      if (K == "age")
        Need = 3;
      if (V.size() < Need)
        continue;
      // Two group names can be cuisines or languages; classifiers of
      // origin list more.
      if (K == "race or ethnic origin" && (RaceStrong < 2 || V.size() < 3))
        continue;
      Out[K] = V;
    }
    return Out;
  }

  static bool isSensitive(llvm::StringRef Category) {
    return Category != "age" && Category != "sex";
  }

  static std::string joinLabels(const std::vector<std::string> &L,
                                size_t Max = 4) {
    std::string Out;
    for (size_t I = 0; I < L.size() && I < Max; ++I)
      Out += (I ? ", '" : "'") + L[I] + "'";
    if (L.size() > Max)
      Out += ", ...";
    return Out;
  }

  void inferences(BiometricResults &R) {
    std::map<const FunctionDecl *, EmotionInference> Em;
    std::map<const FunctionDecl *, AttributeInference> At;
    std::vector<const FunctionDecl *> Snapshot = Order;
    auto addEm = [&](const FunctionDecl *FD, InferenceEvidence E) {
      EmotionInference &X = Em[FD];
      X.Function = FD;
      X.Evidence.push_back(std::move(E));
    };
    auto addAt = [&](const FunctionDecl *FD, InferenceEvidence E,
                     const std::vector<std::string> &Cats, bool Sensitive) {
      AttributeInference &X = At[FD];
      X.Function = FD;
      for (const std::string &C : Cats)
        if (!llvm::is_contained(X.Attributes, C))
          X.Attributes.push_back(C);
      if (Sensitive && !X.Sensitive)
        X.Sensitive = E;
      X.Evidence.push_back(std::move(E));
    };
    for (const FunctionDecl *FD : Snapshot) {
      Fn &F = *Fns[FD];
      // Recognition models by file name, when the unit runs a model.
      for (const Site &S : F.Sites) {
        auto M = HasModelRun ? modelOfSite(F, S) : std::nullopt;
        if (M && llvm::StringRef(M->first).ends_with("emotion-recognition") &&
            (HasFaceInput || HasVoiceInput))
          addEm(FD, {M->second.Loc, "model '" + M->second.What + "'", "", false,
                     M->second.Resolved});
        if (M && (M->first == "attribute-recognition" ||
                  M->first == "sensitive-attribute-recognition")) {
          bool Sens = M->first == "sensitive-attribute-recognition";
          std::string Lower = llvm::StringRef(M->second.What).lower();
          std::vector<std::string> Cats;
          if (Sens)
            Cats.push_back("race or ethnic origin");
          if (llvm::StringRef(Lower).contains("age"))
            Cats.push_back("age");
          if (llvm::StringRef(Lower).contains("gender") ||
              llvm::StringRef(Lower).contains("sex"))
            Cats.push_back("sex");
          if (Cats.empty())
            Cats.push_back("age or sex");
          addAt(FD,
                {M->second.Loc, "model '" + M->second.What + "'", "", false,
                 M->second.Resolved},
                Cats, Sens);
        }
        // Catalogued outputs.
        if (S.sig() == Signal::EmotionOutput)
          addEm(FD, {S.E->getBeginLoc(), S.Info.Entry->Name, "", true,
                     S.Info.Resolved});
        if (S.sig() == Signal::AttributeOutput)
          addAt(FD,
                {S.E->getBeginLoc(), S.Info.Entry->Name, "", true,
                 S.Info.Resolved},
                {"age or sex"}, false);
        if (S.sig() == Signal::SensitiveAttributeOutput)
          addAt(FD,
                {S.E->getBeginLoc(), S.Info.Entry->Name, "", true,
                 S.Info.Resolved},
                {"race or ethnic origin"}, true);
      }
      for (const auto &[ME, E] : F.FieldReads) {
        if (E->Sig == Signal::EmotionOutput)
          addEm(FD, {ME->getMemberLoc(), E->Name, "", true, true});
        else if (E->Sig == Signal::AttributeOutput)
          addAt(FD, {ME->getMemberLoc(), E->Name, "", true, true},
                {"age or sex"}, false);
        else if (E->Sig == Signal::SensitiveAttributeOutput)
          addAt(FD, {ME->getMemberLoc(), E->Name, "", true, true},
                {"race or ethnic origin"}, true);
      }
      // Label sets the program indexes at run time.
      if (!HasModelRun)
        continue;
      llvm::DenseSet<const VarDecl *> Done;
      for (const IndexUse &U : F.Indexed) {
        if (Done.count(U.Array) || !derivesFromModel(rootsOf(F, U.Index), 0))
          continue;
        Done.insert(U.Array);
        const std::optional<LabelSet> &LS = labelSet(U.Array);
        if (!LS)
          continue;
        std::vector<std::string> Emo = emotionLabels(LS->Labels);
        // Emotions of a text (a ticket's tone) are not biometric: the unit
        // must handle faces or voices.
        if (!Emo.empty() && (HasFaceInput || HasVoiceInput))
          addEm(FD, {U.Loc, "emotion labels", joinLabels(Emo), true, true});
        if (!HasFaceInput)
          continue;
        auto Attrs = attributeLabels(LS->Labels);
        if (Attrs.empty())
          continue;
        std::vector<std::string> Cats, All;
        bool Sens = false;
        for (auto &[K, V] : Attrs) {
          Cats.push_back(K);
          All.insert(All.end(), V.begin(), V.end());
          Sens |= isSensitive(K);
        }
        std::string What = "labels of " + Cats.front();
        addAt(FD, {U.Loc, What, joinLabels(All), true, true}, Cats, Sens);
      }
    }
    for (auto &[FD, X] : Em) {
      std::stable_sort(
          X.Evidence.begin(), X.Evidence.end(),
          [](const InferenceEvidence &A, const InferenceEvidence &B) {
            return A.Strong > B.Strong;
          });
      X.Loc = X.Evidence.front().Loc;
      R.Emotions.push_back(std::move(X));
    }
    for (auto &[FD, X] : At) {
      std::stable_sort(
          X.Evidence.begin(), X.Evidence.end(),
          [](const InferenceEvidence &A, const InferenceEvidence &B) {
            return A.Strong > B.Strong;
          });
      X.Loc = X.Evidence.front().Loc;
      R.Attributes.push_back(std::move(X));
    }
  }

  //===--------------------------------------------------------------------===//
  // The whole unit
  //===--------------------------------------------------------------------===//

  /// Functions added, not yet examined.
  std::vector<const FunctionDecl *> Pending;

  static bool isBiometricSignal(Signal S) {
    switch (S) {
    case Signal::FaceDetect:
    case Signal::FaceEmbedding:
    case Signal::SpeakerEmbedding:
    case Signal::BiometricTemplate:
    case Signal::BiometricSearch:
    case Signal::BiometricVerify:
    case Signal::TemplateStore:
    case Signal::EmbeddingCompare:
    case Signal::EmotionOutput:
    case Signal::AttributeOutput:
    case Signal::SensitiveAttributeOutput:
      return true;
    default:
      return false;
    }
  }

  /// A quick look at a body for anything biometric: a catalogued biometric
  /// call or data member, a string naming a recognition, emotion or
  /// attribute model, or an indexed label set. Most units have none and
  /// stop here.
  bool prescan(const Stmt *S, unsigned Depth = 0) {
    if (!S || Depth > 400)
      return false;
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S))
      // `labels[k]` on a std::array, a std::vector or a map.
      if (OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2 &&
          isLabelArray(OC->getArg(0)))
        return true;
    if (isa<CallExpr, CXXConstructExpr>(S)) {
      if (std::optional<CallInfo> CI = Resolver.describe(cast<Expr>(S)))
        if (CI->Entry && isBiometricSignal(CI->Entry->Sig))
          return true;
    } else if (const auto *ME = dyn_cast<MemberExpr>(S)) {
      if (const auto *FDl = dyn_cast<FieldDecl>(ME->getMemberDecl()))
        if (const CatalogEntry *E = Resolver.entryForField(FDl))
          if (isBiometricSignal(E->Sig))
            return true;
    } else if (const auto *SL = dyn_cast<StringLiteral>(S)) {
      if (SL->getCharByteWidth() == 1) {
        llvm::StringRef Name = fileName(SL->getString());
        if (Name.size() < 256 && Name.contains('.'))
          if (const ModelPattern *M = Ctx.Cat->matchModel(
                  std::string_view(Name.data(), Name.size())))
            if (recognitionTrait(M->Technique) ||
                llvm::StringRef(M->Technique).ends_with("-recognition"))
              return true;
      }
    } else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(S)) {
      if (isLabelArray(AS->getBase()))
        return true;
    }
    for (const Stmt *C : S->children())
      if (prescan(C, Depth + 1))
        return true;
    return false;
  }

  bool isLabelArray(const Expr *Base) {
    const auto *DRE = dyn_cast<DeclRefExpr>(Base->IgnoreParenImpCasts());
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (!VD)
      return false;
    const std::optional<LabelSet> &LS = labelSet(VD);
    return LS && (!emotionLabels(LS->Labels).empty() ||
                  !attributeLabels(LS->Labels).empty());
  }

  void compute() {
    Results.emplace();
    BiometricResults &R = *Results;
    bool Any = false;
    for (const FunctionDecl *FD : Pending) {
      Any = prescan(FD->getBody());
      if (const auto *CD = dyn_cast<CXXConstructorDecl>(FD))
        for (const CXXCtorInitializer *Init : CD->inits())
          Any = Any || prescan(Init->getInit());
      if (Any)
        break;
    }
    if (!Any)
      return;
    for (const FunctionDecl *FD : Pending)
      fnFor(FD);
    std::vector<const FunctionDecl *> Snapshot = Order;
    for (const FunctionDecl *FD : Snapshot)
      for (const Site &S : Fns[FD]->Sites) {
        Signal Sig = S.sig();
        if (Sig == Signal::ModelForward || Sig == Signal::ModelOutput ||
            Sig == Signal::GenerationStep || Sig == Signal::EmbeddingOutput)
          HasModelRun = true;
        if (Sig == Signal::FaceDetect || Sig == Signal::FaceEmbedding ||
            Sig == Signal::CaptureRead || Sig == Signal::AttributeOutput)
          HasFaceInput = true;
        if (Sig == Signal::LiveCapture || Sig == Signal::SpeechRecognition ||
            Sig == Signal::SpeakerEmbedding)
          HasVoiceInput = true;
        if (Sig == Signal::ModelLoad)
          if (Fn *F = Fns[FD].get())
            if (auto M = modelOfSite(*F, S)) {
              // Models that only take faces or voices say what the unit
              // handles; an emotion model may as well read text.
              llvm::StringRef T = M->first;
              if (T.starts_with("speaker-") || T.starts_with("voice-"))
                HasVoiceInput = true;
              else if (T.starts_with("face-") ||
                       T.ends_with("attribute-recognition"))
                HasFaceInput = true;
            }
      }
    findLiveOpens();

    // Lambdas given to algorithms are judged at the algorithm.
    llvm::DenseSet<const Stmt *> LambdaBodies;
    for (const FunctionDecl *FD : Snapshot)
      for (const LambdaArg &LA : Fns[FD]->Lambdas)
        if (LA.Op && LA.Op->getBody())
          LambdaBodies.insert(LA.Op->getBody());

    for (const FunctionDecl *FD : Snapshot) {
      Fn &F = *Fns[FD];
      librarySearches(F, R.Verifications);
      lambdaSearches(F);
    }
    for (const FunctionDecl *FD : Snapshot)
      compareSites(*Fns[FD], R.Verifications, LambdaBodies);

    for (auto &[Id, Loops] : IdentLoops)
      R.Identifications.push_back(Id);

    // Live sources feeding identification in the same loop.
    for (const FunctionDecl *FD : Snapshot) {
      Fn &F = *Fns[FD];
      std::vector<std::pair<const Stmt *, Evidence>> Reads;
      for (const Site &S : F.Sites)
        if (auto Live = liveSourceOf(F, S))
          for (auto L = S.Loops.rbegin(); L != S.Loops.rend(); ++L) {
            std::vector<Evidence> Chain = doesInLoop(F, *L, Does::Identify);
            if (Chain.empty())
              continue;
            LiveIdentification LI;
            LI.Function = FD;
            LI.Loc = (*L)->getBeginLoc();
            LI.Capture = S.ev();
            LI.Opened = Live->second;
            LI.Source = Live->first;
            LI.Chain = std::move(Chain);
            LI.Resolved = S.Info.Resolved;
            for (const Evidence &E : LI.Chain)
              LI.Resolved &= E.Resolved;
            R.Live.push_back(std::move(LI));
            break;
          }
      // A capture callback runs once per captured buffer: it is the loop.
      for (const auto &[CB, Ev] : F.CaptureCallbacks) {
        llvm::DenseSet<const FunctionDecl *> Seen;
        std::vector<Evidence> Chain = does(CB, Does::Identify, 1, Seen);
        if (Chain.empty())
          continue;
        const FunctionDecl *Def = CB->getDefinition();
        LiveIdentification LI;
        LI.Function = Def ? Def : CB;
        LI.Loc = LI.Function->getLocation();
        LI.Capture = Ev;
        LI.Opened = Ev;
        LI.Source = "microphone, through a capture callback";
        LI.Chain = std::move(Chain);
        R.Live.push_back(std::move(LI));
      }
      for (const auto &[Loc, Loops] : F.V4l2Reads)
        for (auto L = Loops.rbegin(); L != Loops.rend(); ++L) {
          std::vector<Evidence> Chain = doesInLoop(F, *L, Does::Identify);
          if (Chain.empty())
            continue;
          LiveIdentification LI;
          LI.Function = FD;
          LI.Loc = (*L)->getBeginLoc();
          LI.Capture = Evidence(Loc, "ioctl(VIDIOC_DQBUF)", true);
          LI.Opened = LI.Capture;
          LI.Source = "V4L2 camera";
          LI.Chain = std::move(Chain);
          R.Live.push_back(std::move(LI));
          break;
        }
    }

    // Bulk downloads that end in stored face templates.
    for (const FunctionDecl *FD : Snapshot) {
      Fn &F = *Fns[FD];
      llvm::DenseSet<const Stmt *> Covered;
      for (const Stmt *L : F.Loops) {
        bool Inside = false;
        for (const Stmt *C : Covered)
          if (contains(F.LoopParents[L], C))
            Inside = true;
        if (Inside)
          continue;
        std::vector<Evidence> Fetch = doesInLoop(F, L, Does::Fetch);
        if (Fetch.empty())
          continue;
        std::vector<Evidence> Tmpl = doesInLoop(F, L, Does::Template);
        if (Tmpl.empty())
          continue;
        std::vector<Evidence> Store = doesInLoop(F, L, Does::Store);
        if (Store.empty())
          continue;
        Scraping Sc;
        Sc.Function = FD;
        Sc.Loc = L->getBeginLoc();
        Sc.Fetch = std::move(Fetch);
        Sc.Template = std::move(Tmpl);
        Sc.Store = std::move(Store);
        Sc.Detect = doesInLoop(F, L, Does::Detect);
        for (const auto *V : {&Sc.Fetch, &Sc.Template, &Sc.Store})
          for (const Evidence &E : *V)
            Sc.Resolved &= E.Resolved;
        R.Scrapings.push_back(std::move(Sc));
        Covered.insert(L);
      }
    }

    inferences(R);

    // Settings named in the unit's strings.
    for (const FunctionDecl *FD : Snapshot) {
      Fn &F = *Fns[FD];
      for (const StringLiteral *SL : F.Strings) {
        if (!R.Workplace) {
          std::string T = Voc.findTerm("workplace-terms", SL->getString());
          if (!T.empty())
            R.Workplace = SettingEvidence{SL->getBeginLoc(), T};
        }
        if (!R.Education) {
          std::string T = Voc.findTerm("education-terms", SL->getString());
          if (!T.empty())
            R.Education = SettingEvidence{SL->getBeginLoc(), T};
        }
      }
      if (F.DirWalk && !R.DatasetWork)
        R.DatasetWork = SettingEvidence{F.DirWalk->Loc, F.DirWalk->What};
    }
  }
};

BiometricAnalyzer::BiometricAnalyzer(const CheckContext &Ctx, ASTContext &AST)
    : P(std::make_unique<Impl>(Ctx, AST)), AST(AST) {}
BiometricAnalyzer::~BiometricAnalyzer() = default;

void BiometricAnalyzer::addFunction(const FunctionDecl *FD) {
  if (!P->Results)
    P->Pending.push_back(FD);
}

const BiometricResults &BiometricAnalyzer::results() {
  if (!P->Results)
    P->compute();
  return *P->Results;
}

void BiometricCheck::registerMatchers(ast_matchers::MatchFinder *Finder) {
  using namespace ast_matchers;
  // Every biometric check hears of each unit; only the first one
  // registered collects the unit's functions for all of them, so that
  // enabling six checks costs one matcher on function definitions.
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
  if (!Ctx.BiometricCollector) {
    Ctx.BiometricCollector = this;
    Finder->addMatcher(functionDecl(isDefinition()).bind("fn"), this);
  }
}

void BiometricCheck::check(const ast_matchers::MatchFinder::MatchResult &R) {
  if (R.Nodes.getNodeAs<TranslationUnitDecl>("tu")) {
    // The collector is registered first, so it sees the unit first.
    if (Ctx.BiometricCollector == this)
      Ctx.Biometrics = std::make_shared<BiometricAnalyzer>(Ctx, *R.Context);
    Analyzer = Ctx.Biometrics;
    return;
  }
  const auto *FD = R.Nodes.getNodeAs<FunctionDecl>("fn");
  if (!FD || !FD->hasBody() || !Analyzer ||
      R.SourceManager->isInSystemHeader(FD->getLocation()))
    return;
  // Template patterns are analysed; their instantiations repeat them.
  if (FD->isTemplateInstantiation())
    return;
  Analyzer->addFunction(FD);
}

void BiometricCheck::finishTranslationUnit() {
  if (Analyzer) {
    report(Analyzer->results(), Analyzer->astContext().getSourceManager());
    Analyzer.reset();
  }
  if (Ctx.BiometricCollector == this)
    Ctx.Biometrics.reset();
}

} // namespace aiact
