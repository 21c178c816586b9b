//===- GpaiTrainingCheck.cpp - aiact-gpai-training ------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "gpai/GpaiTrainingCheck.h"

#include "core/CallSignals.h"
#include "core/Vocabulary.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

using namespace clang;

namespace aiact {
namespace {

/// A number the code fixes, or why it does not.
struct Num {
  std::optional<double> V;
  std::string Why; ///< when unknown: "'steps' is read from the command line"
  SourceLocation Where; ///< where the unknown value is read or declared
  static Num of(double X) { return Num{X, {}, {}}; }
  static Num unknown(std::string Why, SourceLocation L) {
    return Num{std::nullopt, std::move(Why), L};
  }
};

/// One layer of a LibTorch module.
struct Layer {
  enum Kind { Linear, Conv2d, Embedding } K = Linear;
  Num In, Out, Kernel, Stride = Num::of(1), Padding = Num::of(0);
  SourceLocation Loc;
};

/// A model class and the layers it builds.
struct ModelClass {
  const CXXRecordDecl *RD = nullptr;
  std::vector<Layer> Layers;
  llvm::DenseMap<const FieldDecl *, size_t> FieldLayer; ///< conv1 -> layer
};

/// A step of training found in a function.
struct Step {
  const FunctionDecl *FD = nullptr;
  const Expr *Call = nullptr; ///< the optimiser call, or the update
  SourceLocation Loc;
  std::string What;
  bool Resolved = true;
  std::vector<const Stmt *> Loops; ///< around it in FD, outermost first
};

/// What a loop contributes to the samples seen.
struct Trip {
  Num Count;
  Num Batch; ///< a data loader's batch size, for a loop over one
};

std::string qualified(const NamedDecl *D) {
  return D ? D->getQualifiedNameAsString() : std::string();
}

std::string recordName(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *RD = T->getAsCXXRecordDecl())
    return qualified(RD);
  return {};
}

bool isLoop(const Stmt *S) {
  return isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S);
}

std::string formatFlop(double V) {
  char Buf[32];
  std::snprintf(Buf, sizeof Buf, "%.2e", V);
  return Buf;
}

/// A threshold as the law writes it: "10^25", or "3.30e+24".
std::string formatThreshold(double V) {
  double L = std::log10(V);
  if (V > 0 && std::fabs(L - std::round(L)) < 1e-9)
    return "10^" + std::to_string(static_cast<int>(std::round(L)));
  return formatFlop(V);
}

/// The integer-literal list of a braced list or an IntArrayRef built from
/// one: `{64, 3, 32, 32}`.
const InitListExpr *bracedList(const Expr *E) {
  for (unsigned I = 0; E && I < 8; ++I) {
    E = E->IgnoreImplicit()->IgnoreParenImpCasts();
    if (const auto *IL = dyn_cast<InitListExpr>(E))
      return IL;
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      if (CE->getNumArgs() == 0)
        return nullptr;
      if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(
              CE->getArg(0)->IgnoreImplicit()))
        E = SIL->getSubExpr();
      else
        E = CE->getArg(0);
      continue;
    }
    if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E)) {
      E = SIL->getSubExpr();
      continue;
    }
    if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = MT->getSubExpr();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

class Analysis {
public:
  Analysis(const CheckContext &Ctx, ASTContext &AST,
           const std::vector<const FunctionDecl *> &Fns)
      : Ctx(Ctx), AST(AST), SM(AST.getSourceManager()),
        UnitCalls(unitResolver(Ctx)), Resolver(*UnitCalls), Fns(Fns) {}

  // -- Numbers the code fixes ------------------------------------------

  /// The value of an integer expression, following constants, variables
  /// initialised once, config fields with default values and the unit's
  /// callers of a function whose parameter it is.
  Num eval(const Expr *E, unsigned Depth = 0) {
    if (!E || Depth > 8)
      return Num::unknown("a value the code does not fix", {});
    // Through conversions: `IntArrayRef(2)`, `int64_t{n}`.
    for (unsigned I = 0; I < 8; ++I) {
      E = E->IgnoreImplicit()->IgnoreParenImpCasts();
      const auto *CE = dyn_cast<CXXConstructExpr>(E);
      if (!CE || CE->getNumArgs() != 1 ||
          !CE->getArg(0)->getType()->isArithmeticType())
        break;
      E = CE->getArg(0);
    }
    if (!E->isValueDependent()) {
      Expr::EvalResult R;
      if (E->EvaluateAsRValue(R, AST)) {
        if (R.Val.isInt())
          return Num::of(static_cast<double>(R.Val.getInt().getExtValue()));
        if (R.Val.isFloat())
          return Num::of(R.Val.getFloat().convertToDouble());
      }
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      Num A = eval(BO->getLHS(), Depth + 1), B = eval(BO->getRHS(), Depth + 1);
      if (!A.V)
        return A;
      if (!B.V)
        return B;
      switch (BO->getOpcode()) {
      case BO_Mul:
        return Num::of(*A.V * *B.V);
      case BO_Add:
        return Num::of(*A.V + *B.V);
      case BO_Sub:
        return Num::of(*A.V - *B.V);
      case BO_Div:
        if (*B.V != 0)
          return Num::of(std::floor(*A.V / *B.V));
        break;
      default:
        break;
      }
      return Num::unknown("a value the code does not fix", E->getExprLoc());
    }
    if (const auto *CE = dyn_cast<CallExpr>(E)) {
      if (Num R = readAtRunTime(CE); !R.Why.empty())
        return R;
      return Num::unknown("the result of a call", E->getExprLoc());
    }
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      return evalField(ME, Depth);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      if (!VD)
        return Num::unknown("a value the code does not fix", E->getExprLoc());
      if (const auto *PV = dyn_cast<ParmVarDecl>(VD))
        return evalParam(PV, Depth);
      // Written after its initialisation: `scanf("%d", &n)`, `in >> n`.
      if (std::optional<Num> W = writtenLater(VD))
        return *W;
      if (const Expr *Init = VD->getInit()) {
        Num R = eval(Init, Depth + 1);
        if (!R.V && R.Why == "the result of a call")
          R = Num::unknown("'" + VD->getNameAsString() +
                               "' is the result of a call",
                           VD->getLocation());
        else if (!R.V && (llvm::StringRef(R.Why).starts_with("read ") ||
                          llvm::StringRef(R.Why).starts_with("parsed ")))
          R.Why = "'" + VD->getNameAsString() + "' is " + R.Why;
        return R;
      }
      return Num::unknown("'" + VD->getNameAsString() + "' is set at run time",
                          VD->getLocation());
    }
    return Num::unknown("a value the code does not fix", E->getExprLoc());
  }

  /// A write to \p VD after its declaration: an assignment, `++`, its
  /// address given to a call, `stream >> v`, or a non-const reference
  /// parameter bound to it. Loop counters are not asked about.
  std::optional<Num> writtenLater(const VarDecl *VD) {
    if (!VD->isLocalVarDecl() && !VD->hasGlobalStorage())
      return std::nullopt;
    if (VD->getType().isConstQualified())
      return std::nullopt;
    auto IsVD = [&](const Expr *E) {
      const auto *D = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
      return D && D->getDecl() == VD;
    };
    std::optional<Num> Out;
    auto Found = [&](SourceLocation L, const char *How) {
      if (!Out)
        Out = Num::unknown("'" + VD->getNameAsString() + "' is " + How, L);
    };
    for (const FunctionDecl *G : Fns)
      forEach<Stmt>(G->getBody(), [&](const Stmt *S) {
        if (Out)
          return;
        if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
          if (BO->isAssignmentOp() && IsVD(BO->getLHS()))
            Found(BO->getBeginLoc(), "assigned at run time");
        } else if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
          if (UO->isIncrementDecrementOp() && IsVD(UO->getSubExpr()))
            Found(UO->getBeginLoc(), "changed at run time");
        } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
          if (OC->getOperator() == OO_GreaterGreater && OC->getNumArgs() == 2 &&
              IsVD(OC->getArg(1)))
            Found(OC->getBeginLoc(), "read from a stream");
        } else if (const auto *CE = dyn_cast<CallExpr>(S)) {
          const FunctionDecl *F = CE->getDirectCallee();
          for (unsigned A = 0; A < CE->getNumArgs(); ++A) {
            const Expr *Arg = CE->getArg(A)->IgnoreParenImpCasts();
            if (const auto *UO = dyn_cast<UnaryOperator>(Arg))
              if (UO->getOpcode() == UO_AddrOf && IsVD(UO->getSubExpr())) {
                llvm::StringRef N =
                    F && F->getIdentifier() ? F->getName() : llvm::StringRef();
                Found(CE->getBeginLoc(), N.contains("scanf") || N == "fread"
                                             ? "read from input"
                                             : "written by a call");
              }
            if (F && A < F->getNumParams() && IsVD(Arg)) {
              QualType T = F->getParamDecl(A)->getType();
              if (T->isReferenceType() &&
                  !T.getNonReferenceType().isConstQualified())
                Found(CE->getBeginLoc(), "written by a call");
            }
          }
        }
      });
    return Out;
  }

  /// `atoi(argv[1])`, `std::stoi(...)`, `getenv(...)`: read at run time.
  Num readAtRunTime(const CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD || !FD->getIdentifier())
      return Num{};
    llvm::StringRef N = FD->getName();
    bool FromArgv = false;
    for (const Expr *A : CE->arguments())
      if (mentionsArgv(A))
        FromArgv = true;
    if (N == "atoi" || N == "atol" || N == "atoll" || N == "atof" ||
        N == "strtol" || N == "strtoul" || N == "strtoll" || N == "strtoull" ||
        N == "strtod" || N == "stoi" || N == "stol" || N == "stoul" ||
        N == "stoll" || N == "stoull" || N == "stod")
      return Num::unknown(FromArgv ? "read from the command line"
                                   : "parsed from text at run time",
                          CE->getBeginLoc());
    if (N == "getenv")
      return Num::unknown("read from the environment", CE->getBeginLoc());
    if (N == "fread" || N == "fscanf" || N == "scanf")
      return Num::unknown("read from a file", CE->getBeginLoc());
    return Num{};
  }

  static bool mentionsArgv(const Stmt *S) {
    if (!S)
      return false;
    // `argv`, `Argv`, or main's second parameter whatever its name.
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
      if (const auto *PV = dyn_cast<ParmVarDecl>(DRE->getDecl())) {
        if (PV->getIdentifier() && PV->getName().equals_insensitive("argv"))
          return true;
        if (const auto *FD = dyn_cast<FunctionDecl>(PV->getDeclContext()))
          if (FD->isMain() && PV->getFunctionScopeIndex() == 1)
            return true;
      }
    for (const Stmt *C : S->children())
      if (mentionsArgv(C))
        return true;
    return false;
  }

  Num evalParam(const ParmVarDecl *PV, unsigned Depth) {
    const auto *FD = dyn_cast<FunctionDecl>(PV->getDeclContext());
    unsigned Idx = PV->getFunctionScopeIndex();
    std::optional<Num> Found;
    for (const FunctionDecl *G : Fns)
      forEach<CallExpr>(G->getBody(), [&](const CallExpr *CE) {
        const FunctionDecl *Callee = CE->getDirectCallee();
        if (!Found && Callee && FD &&
            Callee->getCanonicalDecl() == FD->getCanonicalDecl() &&
            Idx < CE->getNumArgs())
          Found = eval(CE->getArg(Idx), Depth + 1);
      });
    if (Found)
      return *Found;
    return Num::unknown("'" + PV->getNameAsString() +
                            "' is a parameter no call in the unit sets",
                        PV->getLocation());
  }

  /// A field read through a variable (`cfg.n_embd`): see fieldValue.
  Num evalField(const MemberExpr *ME, unsigned Depth) {
    const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!Field)
      return Num::unknown("a value the code does not fix", ME->getExprLoc());
    const VarDecl *VD = nullptr;
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(ME->getBase()->IgnoreParenImpCasts()))
      VD = dyn_cast<VarDecl>(DRE->getDecl());
    return fieldValue(VD, Field, Depth);
  }

  /// `cfg.n_layer = header[2];` somewhere in the unit: the assigned value.
  std::optional<Num> assignedField(const VarDecl *VD, const FieldDecl *Field) {
    std::optional<Num> Out;
    for (const FunctionDecl *G : Fns)
      forEach<BinaryOperator>(G->getBody(), [&](const BinaryOperator *BO) {
        if (Out || BO->getOpcode() != BO_Assign)
          return;
        const auto *ME =
            dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts());
        if (!ME || ME->getMemberDecl() != Field)
          return;
        const Expr *B = ME->getBase()->IgnoreParenImpCasts();
        if (const auto *UO = dyn_cast<UnaryOperator>(B))
          B = UO->getSubExpr()->IgnoreParenImpCasts();
        const auto *DRE = dyn_cast<DeclRefExpr>(B);
        // `model->config.x = ...` through a pointer: still the field.
        if (DRE && DRE->getDecl() != VD && !isa<ParmVarDecl>(DRE->getDecl()))
          return;
        Num V = eval(BO->getRHS(), 1);
        if (!V.V &&
            (V.Why.empty() || V.Why == "a value the code does not fix" ||
             V.Why == "the result of a call")) {
          V.Why = "field '" + Field->getNameAsString() + "' is set at run time";
          V.Where = BO->getBeginLoc();
        }
        Out = V;
      });
    return Out;
  }

  template <typename T, typename Fn>
  static void forEach(const Stmt *S, Fn F, unsigned Depth = 0) {
    if (!S || Depth > 300)
      return;
    if (const auto *X = dyn_cast<T>(S))
      F(X);
    for (const Stmt *C : S->children())
      forEach<T>(C, F, Depth + 1);
  }

  // -- Training steps -----------------------------------------------------

  void findSteps() {
    for (const FunctionDecl *FD : Fns) {
      std::vector<const Stmt *> Stack;
      walk(FD, FD->getBody(), Stack, 0);
    }
  }

  void walk(const FunctionDecl *FD, const Stmt *S,
            std::vector<const Stmt *> &Stack, unsigned Depth) {
    if (!S || Depth > 300 || isa<LambdaExpr>(S))
      return;
    bool L = isLoop(S);
    if (L) {
      Stack.push_back(S);
      // The pattern is enough for code that names no type.
      if (!FD->isTemplateInstantiation())
        adamIn(FD, S, Stack);
    }
    if (const auto *E = dyn_cast<Expr>(S))
      if (isa<CallExpr, CXXConstructExpr>(E))
        if (std::optional<CallInfo> CI = Resolver.describe(E)) {
          if (CI->Entry && CI->Entry->Sig == Signal::OptimizerStep)
            Steps.push_back({FD, E, E->getBeginLoc(), CI->Entry->Name,
                             CI->Resolved, Stack});
          if (CI->Entry && CI->Entry->Sig == Signal::ModelLoad)
            Loads.push_back({FD, E->getBeginLoc(), CI->Entry->Name});
          if (CI->Entry && isGenerating(CI->Entry->Sig) && !Generates)
            Generates = E->getBeginLoc();
          // Calls of the unit's functions, with the loops around them.
          if (CI->Callee && !CI->Entry)
            if (const FunctionDecl *Def = CI->Callee->getDefinition())
              Calls.push_back({FD, Def, Stack});
        }
    for (const Stmt *C : S->children())
      walk(FD, C, Stack, Depth + 1);
    if (L)
      Stack.pop_back();
  }

  static bool isGenerating(Signal S) {
    switch (S) {
    case Signal::TokenSampling:
    case Signal::TextGeneration:
    case Signal::ImageSynthesis:
    case Signal::SpeechSynthesis:
    case Signal::VideoSynthesis:
    case Signal::GenerationStep:
      return true;
    default:
      return false;
    }
  }

  /// A hand-written Adam update in loop \p L: a moment kept as a moving
  /// average (`m[i] = b1 * m[i] + (1 - b1) * g[i]`) and a parameter
  /// decreased by a quotient with a square root (`w[i] -= lr * m / (sqrt(v)
  /// + eps)`), in the loop's own body.
  void adamIn(const FunctionDecl *FD, const Stmt *L,
              const std::vector<const Stmt *> &Stack) {
    const Stmt *Body = nullptr;
    if (const auto *F = dyn_cast<ForStmt>(L))
      Body = F->getBody();
    else if (const auto *W = dyn_cast<WhileStmt>(L))
      Body = W->getBody();
    else
      return;
    // Adam keeps two moving averages: of the gradient (m) and of its
    // square (v); the parameter goes down by m over the square root of v.
    // Running statistics, filters and gain controls lack the square or
    // the quotient of the one by the other.
    // The square in v must be of what m averages (the gradient): a
    // variance of readings around their mean squares something else.
    std::vector<std::pair<const ValueDecl *, const Expr *>> First, Second;
    std::vector<const BinaryOperator *> Decreases;
    forEachShallow(Body, [&](const BinaryOperator *BO) {
      if (BO->getOpcode() == BO_Assign && isElement(BO->getLHS()) &&
          isMovingAverage(BO->getLHS(), BO->getRHS())) {
        const ValueDecl *M = elementBase(BO->getLHS());
        (squared(BO->getRHS(), M) ? Second : First)
            .push_back({M, BO->getRHS()});
      }
      if (isDecrease(BO))
        Decreases.push_back(BO);
    });
    const BinaryOperator *Update = nullptr;
    for (const BinaryOperator *BO : Decreases)
      for (auto &[M, MRhs] : First)
        for (auto &[V, VRhs] : Second)
          if (!Update && M != V && averages(MRhs, M, squared(VRhs, V)) &&
              refersTo(BO->getRHS(), M, 0) && sqrtOf(BO->getRHS(), V, 0))
            Update = BO;
    // The loop over parameters is not a training iteration.
    std::vector<const Stmt *> Outer(Stack.begin(), Stack.end() - 1);
    if (Update)
      Steps.push_back({FD, Update, Update->getOperatorLoc(),
                       "a hand-written Adam update", true, Outer});
  }

  /// The factors of a product: `(1 - b) * g * g` -> {1 - b, g, g}.
  static void factors(const Expr *E, std::vector<const Expr *> &Out,
                      unsigned Depth = 0) {
    E = E->IgnoreParenImpCasts();
    const auto *BO = dyn_cast<BinaryOperator>(E);
    if (BO && BO->getOpcode() == BO_Mul && Depth < 8) {
      factors(BO->getLHS(), Out, Depth + 1);
      factors(BO->getRHS(), Out, Depth + 1);
      return;
    }
    Out.push_back(E);
  }

  /// The variable or array a factor reads: `g`, `g[i]`, `p->g[i]`.
  static const ValueDecl *factorDecl(const Expr *E) {
    if (const ValueDecl *B = elementBase(E))
      return B;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
      return DRE->getDecl();
    return nullptr;
  }

  /// True when the new term of moving average \p Rhs of \p M reads \p G:
  /// `b1 * m[i] + (1 - b1) * g`.
  static bool averages(const Expr *Rhs, const ValueDecl *M,
                       const ValueDecl *G) {
    if (!G)
      return false;
    bool Found = false;
    forEach<Expr>(Rhs, [&](const Expr *E) {
      if (factorDecl(E) == G && G != M)
        Found = true;
    });
    return Found;
  }

  /// What the new term of moving average \p Rhs of array \p M squares:
  /// `(1 - b2) * g * g`, `(1 - b2) * g[i] * g[i]`, `(1 - b2) * powf(g, 2)`;
  /// null when it squares nothing.
  static const ValueDecl *squared(const Expr *Rhs, const ValueDecl *M) {
    const ValueDecl *Found = nullptr;
    forEach<BinaryOperator>(Rhs, [&](const BinaryOperator *BO) {
      if (Found || BO->getOpcode() != BO_Mul)
        return;
      std::vector<const Expr *> F;
      factors(BO, F);
      for (size_t I = 0; I < F.size(); ++I)
        for (size_t J = I + 1; J < F.size(); ++J)
          if (const ValueDecl *D = factorDecl(F[I]))
            if (D != M && D == factorDecl(F[J]))
              Found = D;
    });
    forEach<CallExpr>(Rhs, [&](const CallExpr *CE) {
      const FunctionDecl *F = CE->getDirectCallee();
      if (F && F->getIdentifier() &&
          (F->getName() == "pow" || F->getName() == "powf") &&
          CE->getNumArgs() == 2) {
        Expr::EvalResult R;
        if (CE->getArg(1)->EvaluateAsRValue(R, F->getASTContext()) &&
            ((R.Val.isInt() && R.Val.getInt() == 2) ||
             (R.Val.isFloat() && R.Val.getFloat().convertToDouble() == 2.0)))
          if (const ValueDecl *D = factorDecl(CE->getArg(0)))
            Found = D;
      }
    });
    return Found;
  }

  /// True when \p S reads array \p M, directly or through locals
  /// initialised from it (`float mh = m[i] / (1 - b1t);`).
  static bool refersTo(const Stmt *S, const ValueDecl *M, unsigned Depth) {
    if (!S || Depth > 3)
      return false;
    bool Found = false;
    forEach<Expr>(S, [&](const Expr *E) {
      if (Found)
        return;
      if (elementBase(E) == M)
        Found = true;
      else if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          if (VD->isLocalVarDecl() && VD->getInit() &&
              refersTo(VD->getInit(), M, Depth + 1))
            Found = true;
    });
    return Found;
  }

  /// True when \p S divides by a square root of something that reads \p V.
  static bool sqrtOf(const Stmt *S, const ValueDecl *V, unsigned Depth) {
    if (!S || Depth > 3)
      return false;
    bool Found = false;
    forEach<BinaryOperator>(S, [&](const BinaryOperator *BO) {
      if (Found || BO->getOpcode() != BO_Div)
        return;
      forEach<CallExpr>(BO->getRHS(), [&](const CallExpr *CE) {
        const FunctionDecl *F = CE->getDirectCallee();
        if (F && F->getIdentifier() &&
            (F->getName() == "sqrt" || F->getName() == "sqrtf") &&
            CE->getNumArgs() == 1 && refersTo(CE->getArg(0), V, 0))
          Found = true;
      });
    });
    forEach<DeclRefExpr>(S, [&](const DeclRefExpr *DRE) {
      if (!Found)
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          if (VD->isLocalVarDecl() && VD->getInit() &&
              sqrtOf(VD->getInit(), V, Depth + 1))
            Found = true;
    });
    return Found;
  }

  /// `w[i] -= x` or `w[i] = w[i] - x`.
  static bool isDecrease(const BinaryOperator *BO) {
    const ValueDecl *W = elementBase(BO->getLHS());
    if (!W)
      return false;
    if (BO->getOpcode() == BO_SubAssign)
      return true;
    if (BO->getOpcode() != BO_Assign)
      return false;
    const auto *Sub =
        dyn_cast<BinaryOperator>(BO->getRHS()->IgnoreParenImpCasts());
    return Sub && Sub->getOpcode() == BO_Sub && elementBase(Sub->getLHS()) == W;
  }

  template <typename Fn>
  static void forEachShallow(const Stmt *S, Fn F, unsigned Depth = 0) {
    if (!S || Depth > 64 || (Depth > 0 && isLoop(S)))
      return;
    if (const auto *BO = dyn_cast<BinaryOperator>(S))
      F(BO);
    for (const Stmt *C : S->children())
      forEachShallow(C, F, Depth + 1);
  }

  /// The array an element access reads: `m[i]`, `p->m[i]`, `v[i]` on a
  /// std::vector.
  static const ValueDecl *elementBase(const Expr *E) {
    E = E->IgnoreParenImpCasts();
    const Expr *B = nullptr;
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
      B = AS->getBase();
    else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
      if (OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2)
        B = OC->getArg(0);
    if (!B)
      return nullptr;
    B = B->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(B))
      return DRE->getDecl();
    if (const auto *ME = dyn_cast<MemberExpr>(B))
      return ME->getMemberDecl();
    return nullptr;
  }
  static bool isElement(const Expr *E) { return elementBase(E) != nullptr; }

  static bool isMovingAverage(const Expr *Lhs, const Expr *Rhs) {
    const ValueDecl *M = elementBase(Lhs);
    const auto *Sum = dyn_cast<BinaryOperator>(Rhs->IgnoreParenImpCasts());
    if (!M || !Sum || Sum->getOpcode() != BO_Add)
      return false;
    auto Product = [&](const Expr *E, bool Self) {
      const auto *P = dyn_cast<BinaryOperator>(E->IgnoreParenImpCasts());
      if (!P || P->getOpcode() != BO_Mul)
        return false;
      const ValueDecl *A = elementBase(P->getLHS());
      const ValueDecl *B = elementBase(P->getRHS());
      if (Self)
        return A == M || B == M;
      // The new gradient's share: `(1 - b1) * g[i]`, `(1 - b2) * g * g`.
      return !containsElementOf(P, M, false);
    };
    return (Product(Sum->getLHS(), true) && Product(Sum->getRHS(), false)) ||
           (Product(Sum->getRHS(), true) && Product(Sum->getLHS(), false));
  }

  /// True when \p S has an element access of an array other than \p M
  /// (\p Other) or of \p M itself.
  static bool containsElementOf(const Stmt *S, const ValueDecl *M, bool Other) {
    if (!S)
      return false;
    if (const auto *E = dyn_cast<Expr>(S))
      if (const ValueDecl *B = elementBase(E))
        if ((B != M) == Other)
          return true;
    for (const Stmt *C : S->children())
      if (containsElementOf(C, M, Other))
        return true;
    return false;
  }

  /// The loops around \p S, outermost first, through the unit's callers of
  /// its function (the first caller found at each level).
  std::vector<std::pair<const FunctionDecl *, const Stmt *>>
  loopsAround(const Step &S, size_t Pick = 0) {
    std::vector<std::pair<const FunctionDecl *, const Stmt *>> Out;
    for (const Stmt *L : S.Loops)
      Out.push_back({S.FD, L});
    const FunctionDecl *F = S.FD;
    for (unsigned Level = 0; Level < 3; ++Level) {
      const CallSite *Up = nullptr;
      size_t Seen = 0;
      for (const CallSite &C : Calls)
        if (C.Callee->getCanonicalDecl() == F->getCanonicalDecl() &&
            C.Caller != F) {
          Up = &C;
          // The step's own function may be called from several places.
          if (Level > 0 || Seen++ == Pick)
            break;
          Up = nullptr;
        }
      if (!Up)
        break;
      std::vector<std::pair<const FunctionDecl *, const Stmt *>> Outer;
      for (const Stmt *L : Up->Loops)
        Outer.push_back({Up->Caller, L});
      Out.insert(Out.begin(), Outer.begin(), Outer.end());
      F = Up->Caller;
    }
    return Out;
  }

  /// How many times a loop runs, and the batch size of a data loader it
  /// goes over.
  Trip tripOf(const Stmt *L) {
    Trip T;
    if (const auto *F = dyn_cast<ForStmt>(L)) {
      T.Count = forTrips(F);
      return T;
    }
    if (const auto *R = dyn_cast<CXXForRangeStmt>(L)) {
      rangeTrips(R, T);
      return T;
    }
    T.Count = Num::unknown("the loop here ends at run time", L->getBeginLoc());
    return T;
  }

  Num forTrips(const ForStmt *F) {
    const VarDecl *V = nullptr;
    Num From = Num::of(0);
    if (const auto *DS = dyn_cast_or_null<DeclStmt>(F->getInit()))
      if (DS->isSingleDecl())
        if ((V = dyn_cast<VarDecl>(DS->getSingleDecl())))
          From = V->getInit() ? eval(V->getInit()) : Num::of(0);
    const auto *Cond = dyn_cast_or_null<BinaryOperator>(
        F->getCond() ? F->getCond()->IgnoreParenImpCasts() : nullptr);
    if (!V || !Cond || !F->getInc())
      return Num::unknown("the loop here ends at run time", F->getBeginLoc());
    auto IsV = [&](const Expr *E) {
      const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
      return DRE && DRE->getDecl() == V;
    };
    const Expr *Bound = nullptr;
    bool Inclusive = false;
    switch (Cond->getOpcode()) {
    case BO_LT:
    case BO_LE:
      if (IsV(Cond->getLHS()))
        Bound = Cond->getRHS();
      Inclusive = Cond->getOpcode() == BO_LE;
      break;
    case BO_GT:
    case BO_GE:
      if (IsV(Cond->getRHS()))
        Bound = Cond->getLHS();
      Inclusive = Cond->getOpcode() == BO_GE;
      break;
    default:
      break;
    }
    if (!Bound)
      return Num::unknown("the loop here ends at run time", F->getBeginLoc());
    double StepBy = 1;
    const Expr *Inc = F->getInc()->IgnoreParenImpCasts();
    if (const auto *CA = dyn_cast<CompoundAssignOperator>(Inc)) {
      Num S = eval(CA->getRHS());
      if (!S.V || *S.V <= 0 || CA->getOpcode() != BO_AddAssign)
        return Num::unknown("the loop here ends at run time", F->getBeginLoc());
      StepBy = *S.V;
    } else if (const auto *UO = dyn_cast<UnaryOperator>(Inc)) {
      if (!UO->isIncrementOp())
        return Num::unknown("the loop here ends at run time", F->getBeginLoc());
    } else {
      return Num::unknown("the loop here ends at run time", F->getBeginLoc());
    }
    Num To = eval(Bound);
    if (!To.V)
      return To;
    if (!From.V)
      return From;
    double N = std::ceil((*To.V - *From.V + (Inclusive ? 1 : 0)) / StepBy);
    return Num::of(N < 0 ? 0 : N);
  }

  /// `for (auto &batch : *loader)`: batches per epoch are the dataset's
  /// size over the batch size; the size is known only at run time.
  void rangeTrips(const CXXForRangeStmt *R, Trip &T) {
    const Expr *Range = R->getRangeInit()->IgnoreParenImpCasts();
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Range))
      if (OC->getOperator() == OO_Star && OC->getNumArgs() == 1)
        Range = OC->getArg(0)->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(Range))
      if (UO->getOpcode() == UO_Deref)
        Range = UO->getSubExpr()->IgnoreParenImpCasts();
    const auto *DRE = dyn_cast<DeclRefExpr>(Range);
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    const CallExpr *Make = nullptr;
    if (VD && VD->getInit())
      forEach<CallExpr>(VD->getInit(), [&](const CallExpr *CE) {
        if (const FunctionDecl *F = CE->getDirectCallee())
          if (!Make && F->getIdentifier() && F->getName() == "make_data_loader")
            Make = CE;
      });
    if (!Make) {
      // A container with a size the code fixes: std::array, C arrays.
      QualType Ty = R->getRangeInit()->getType();
      if (const auto *CAT = AST.getAsConstantArrayType(Ty)) {
        T.Count = Num::of(static_cast<double>(CAT->getSize().getZExtValue()));
        return;
      }
      T.Count = Num::unknown("the number of elements the loop here goes over "
                             "is known at run time",
                             R->getBeginLoc());
      return;
    }
    if (Make->getNumArgs() >= 2)
      T.Batch = batchOf(Make->getArg(1));
    // The dataset: its size is read at run time.
    std::string Name = "the dataset";
    SourceLocation Where = Make->getBeginLoc();
    forEach<DeclRefExpr>(Make->getArg(0), [&](const DeclRefExpr *D) {
      if (isa<VarDecl>(D->getDecl()) && Name == "the dataset") {
        Name = "dataset '" + D->getDecl()->getNameAsString() + "'";
        Where = D->getDecl()->getLocation();
      }
    });
    T.Count = Num::unknown("the number of batches per epoch depends on the "
                           "size of " +
                               Name + ", known at run time",
                           Where);
  }

  /// The batch size given to a data loader: a number or DataLoaderOptions.
  Num batchOf(const Expr *E) {
    Num Direct = eval(E);
    if (Direct.V)
      return Direct;
    std::optional<Num> Out;
    forEach<CallExpr>(E, [&](const CallExpr *CE) {
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
        if (const auto *M = MC->getMethodDecl())
          if (!Out && M->getIdentifier() && M->getName() == "batch_size" &&
              MC->getNumArgs() == 1)
            Out = eval(MC->getArg(0));
    });
    forEach<CXXConstructExpr>(E, [&](const CXXConstructExpr *CE) {
      if (!Out &&
          recordName(CE->getType()) == "torch::data::DataLoaderOptions" &&
          CE->getNumArgs() == 1)
        Out = eval(CE->getArg(0));
    });
    return Out ? *Out : Direct;
  }

  // -- The model ----------------------------------------------------------

  /// The kind of layer a construction of type \p Name makes.
  static std::optional<Layer::Kind> layerKind(llvm::StringRef Name) {
    if (Name == "torch::nn::Linear" || Name == "torch::nn::LinearImpl" ||
        Name == "torch::nn::LinearOptions")
      return Layer::Linear;
    if (Name == "torch::nn::Conv2d" || Name == "torch::nn::Conv2dImpl" ||
        Name == "torch::nn::Conv2dOptions")
      return Layer::Conv2d;
    if (Name == "torch::nn::Embedding" || Name == "torch::nn::EmbeddingImpl" ||
        Name == "torch::nn::EmbeddingOptions")
      return Layer::Embedding;
    return std::nullopt;
  }

  /// The layer a construction makes, with its options' chained setters
  /// (`Conv2dOptions(3, 16, 3).stride(2).padding(1)`).
  std::optional<Layer> layerOf(const CXXConstructExpr *CE) {
    std::optional<Layer::Kind> K = layerKind(recordName(CE->getType()));
    if (!K)
      return std::nullopt;
    // A module built from options: the options are the layer.
    if (CE->getNumArgs() >= 1 &&
        layerKind(recordName(CE->getArg(0)->getType())) &&
        !CE->getArg(0)->getType()->isIntegerType())
      return std::nullopt;
    unsigned Need = *K == Layer::Conv2d ? 3 : 2;
    if (CE->getNumArgs() < Need)
      return std::nullopt;
    Layer L;
    L.K = *K;
    L.Loc = CE->getBeginLoc();
    L.In = eval(CE->getArg(0));
    L.Out = eval(CE->getArg(1));
    if (*K == Layer::Conv2d)
      L.Kernel = eval(CE->getArg(2));
    return L;
  }

  /// Applies `.stride(n)` and `.padding(n)` found on the chain of
  /// member calls that ends in \p CE.
  void chainedOptions(const Stmt *Top, const CXXConstructExpr *CE, Layer &L) {
    forEach<CXXMemberCallExpr>(Top, [&](const CXXMemberCallExpr *MC) {
      const auto *M = MC->getMethodDecl();
      if (!M || !M->getIdentifier() || MC->getNumArgs() != 1)
        return;
      bool OnCE = false;
      forEach<CXXConstructExpr>(MC->getImplicitObjectArgument(),
                                [&](const CXXConstructExpr *X) {
                                  if (X == CE)
                                    OnCE = true;
                                });
      if (!OnCE)
        return;
      if (M->getName() == "stride")
        L.Stride = eval(MC->getArg(0));
      else if (M->getName() == "padding")
        L.Padding = eval(MC->getArg(0));
    });
  }

  void findModels() {
    for (const FunctionDecl *FD : Fns) {
      const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      if (!MD || !isTorchModule(MD->getParent()))
        continue;
      ModelClass &M = modelFor(MD->getParent());
      collectLayers(M, FD->getBody());
      if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
        for (const CXXCtorInitializer *I : Ctor->inits())
          if (I->getMember())
            collectLayers(M, I->getInit(), I->getMember());
    }
    // In-class initialisers: `torch::nn::Linear fc{784, 10};`.
    for (auto &[RD, Idx] : ModelIndex)
      for (const FieldDecl *F : RD->fields())
        if (const Expr *Init = F->getInClassInitializer())
          collectLayers(Models[Idx], Init, F);
  }

  static bool isTorchModule(const CXXRecordDecl *RD) {
    if (!RD || !RD->hasDefinition())
      return false;
    for (const CXXBaseSpecifier &B : RD->bases())
      if (recordName(B.getType()) == "torch::nn::Module")
        return true;
    return false;
  }

  llvm::DenseMap<const CXXRecordDecl *, size_t> ModelIndex;
  std::vector<ModelClass> Models;

  ModelClass &modelFor(const CXXRecordDecl *RD) {
    auto It = ModelIndex.find(RD);
    if (It != ModelIndex.end())
      return Models[It->second];
    ModelIndex[RD] = Models.size();
    Models.emplace_back();
    Models.back().RD = RD;
    return Models.back();
  }

  void collectLayers(ModelClass &M, const Stmt *S,
                     const FieldDecl *Into = nullptr) {
    if (!S)
      return;
    // `conv1 = register_module("conv1", torch::nn::Conv2d(...))`.
    forEach<Stmt>(S, [&](const Stmt *X) {
      const Expr *Lhs = nullptr, *Rhs = nullptr;
      if (const auto *BO = dyn_cast<BinaryOperator>(X)) {
        if (BO->getOpcode() == BO_Assign) {
          Lhs = BO->getLHS();
          Rhs = BO->getRHS();
        }
      } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(X)) {
        if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2) {
          Lhs = OC->getArg(0);
          Rhs = OC->getArg(1);
        }
      }
      if (!Lhs)
        return;
      if (const auto *ME = dyn_cast<MemberExpr>(Lhs->IgnoreParenImpCasts()))
        if (const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl()))
          addLayers(M, Rhs, F);
    });
    if (Into)
      addLayers(M, S, Into);
    else
      addLayers(M, S, nullptr);
  }

  void addLayers(ModelClass &M, const Stmt *S, const FieldDecl *Field) {
    forEach<CXXConstructExpr>(S, [&](const CXXConstructExpr *CE) {
      std::optional<Layer> L = layerOf(CE);
      if (!L)
        return;
      for (const Layer &Have : M.Layers)
        if (Have.Loc == L->Loc) {
          if (Field && !M.FieldLayer.count(Field))
            M.FieldLayer[Field] = &Have - M.Layers.data();
          return;
        }
      chainedOptions(S, CE, *L);
      if (Field && !M.FieldLayer.count(Field))
        M.FieldLayer[Field] = M.Layers.size();
      M.Layers.push_back(*L);
    });
  }

  // -- Estimates ------------------------------------------------------------

  struct Estimate {
    std::optional<double> Flop;
    std::string Method;
    std::vector<std::pair<SourceLocation, std::string>> Assumptions;
    std::optional<Num> Missing; ///< why there is no estimate
    /// Why another call path to the step has no estimate.
    std::optional<Num> Other;
    std::string Model;     ///< "class Net", "GPT configuration 'cfg'"
    bool Language = false; ///< a language model (generates text)
  };

  /// The variable a parameter stands for: what the unit's first call of
  /// its function passes (`train_epoch(net, opt)`), a few levels up.
  const VarDecl *argumentOf(const VarDecl *VD) {
    for (unsigned Level = 0; VD && Level < 4; ++Level) {
      const auto *PV = dyn_cast<ParmVarDecl>(VD);
      if (!PV)
        return VD;
      const auto *FD = dyn_cast<FunctionDecl>(PV->getDeclContext());
      unsigned Idx = PV->getFunctionScopeIndex();
      const VarDecl *Next = nullptr;
      for (const FunctionDecl *G : Fns)
        forEach<CallExpr>(G->getBody(), [&](const CallExpr *CE) {
          const FunctionDecl *Callee = CE->getDirectCallee();
          if (Next || !FD || !Callee ||
              Callee->getCanonicalDecl() != FD->getCanonicalDecl() ||
              Idx >= CE->getNumArgs())
            return;
          if (const auto *D =
                  dyn_cast<DeclRefExpr>(CE->getArg(Idx)->IgnoreParenImpCasts()))
            Next = dyn_cast<VarDecl>(D->getDecl());
        });
      VD = Next;
    }
    return VD;
  }

  /// The model a step trains: the module class whose parameters() the
  /// optimiser of the step was given, or the only one in the unit. Only a
  /// LibTorch optimiser trains a LibTorch module.
  const ModelClass *trainedModel(const Step &S) {
    if (Models.empty() || !llvm::StringRef(S.What).starts_with("torch::"))
      return nullptr;
    const ModelClass *ByOptimizer = nullptr;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S.Call))
      if (const Expr *Obj = MC->getImplicitObjectArgument())
        if (const auto *DRE = dyn_cast<DeclRefExpr>(Obj->IgnoreParenImpCasts()))
          if (const VarDecl *VD = argumentOf(dyn_cast<VarDecl>(DRE->getDecl())))
            if (const Expr *Init = VD->getInit())
              forEach<CXXMemberCallExpr>(Init, [&](const CXXMemberCallExpr *P) {
                const auto *PM = P->getMethodDecl();
                if (ByOptimizer || !PM || !PM->getIdentifier() ||
                    PM->getName() != "parameters")
                  return;
                const CXXRecordDecl *RD = PM->getParent();
                // The object before its conversion to torch::nn::Module.
                if (const Expr *O =
                        P->getImplicitObjectArgument()->IgnoreParenImpCasts()) {
                  if (const auto *R = O->getType()->getPointeeCXXRecordDecl())
                    RD = R;
                  else if (const auto *R2 = O->getType()->getAsCXXRecordDecl())
                    RD = R2;
                }
                auto It = ModelIndex.find(RD);
                if (It != ModelIndex.end())
                  ByOptimizer = &Models[It->second];
              });
    if (ByOptimizer)
      return ByOptimizer;
    const ModelClass *Only = nullptr;
    for (const ModelClass &M : Models)
      if (!M.Layers.empty()) {
        if (Only)
          return nullptr;
        Only = &M;
      }
    return Only;
  }

  /// A member of the model that is itself a module whose cost is not
  /// counted: a module class of the unit (a residual block), or a library
  /// layer other than linear, convolution, embedding and cost-free ones.
  std::optional<Num> uncountedModule(const ModelClass &M) {
    static const char *const Free[] = {
        "Dropout",   "Dropout2d",   "ReLU",        "GELU",      "Tanh",
        "Sigmoid",   "Softmax",     "LogSoftmax",  "Flatten",   "MaxPool2d",
        "AvgPool2d", "BatchNorm1d", "BatchNorm2d", "LayerNorm", "Identity",
        "Linear",    "Conv2d",      "Embedding"};
    for (const FieldDecl *F : M.RD->fields()) {
      const CXXRecordDecl *RD = F->getType()->getAsCXXRecordDecl();
      if (!RD)
        continue;
      std::string Name = qualified(RD);
      llvm::StringRef N(Name);
      bool Torch = N.consume_front("torch::nn::");
      if (Torch) {
        N.consume_back("Impl");
        if (llvm::is_contained(Free, N) || N == "Module" ||
            N.starts_with("ModuleHolder"))
          continue;
        return Num::unknown("layer '" + F->getNameAsString() + "' (" + Name +
                                ") is not counted",
                            F->getLocation());
      }
      // A module class of the unit, held directly or by a holder.
      const CXXRecordDecl *Impl = RD;
      for (const CXXBaseSpecifier &B : RD->bases())
        if (const auto *TS = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
                B.getType()->getAsCXXRecordDecl()))
          if (TS->getName() == "ModuleHolder" &&
              TS->getTemplateArgs().size() >= 1)
            Impl = TS->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
      if (Impl && Impl != M.RD && isTorchModule(Impl))
        return Num::unknown("the layers of member '" + F->getNameAsString() +
                                "' (" + Impl->getNameAsString() +
                                ") are not counted",
                            F->getLocation());
    }
    return std::nullopt;
  }

  /// The input a step's loop gives the model: `torch::randn({64, 3, 32,
  /// 32})` passed to forward(), as its dimensions.
  std::vector<Num> inputShape(
      const std::vector<std::pair<const FunctionDecl *, const Stmt *>> &Loops) {
    std::vector<Num> Out;
    if (Loops.empty())
      return Out;
    forEach<CallExpr>(Loops.back().second, [&](const CallExpr *CE) {
      if (!Out.empty())
        return;
      const FunctionDecl *F = CE->getDirectCallee();
      if (!F || !F->getIdentifier() || F->getName() != "forward")
        return;
      std::vector<const Stmt *> Inputs;
      for (const Expr *A : CE->arguments()) {
        Inputs.push_back(A);
        // `auto x = torch::randn({...}); net->forward(x)`.
        forEach<DeclRefExpr>(A, [&](const DeclRefExpr *D) {
          if (const auto *V = dyn_cast<VarDecl>(D->getDecl()))
            if (V->getInit())
              Inputs.push_back(V->getInit());
        });
      }
      for (const Stmt *A : Inputs)
        forEach<CallExpr>(A, [&](const CallExpr *Fac) {
          const FunctionDecl *G = Fac->getDirectCallee();
          if (!Out.empty() || !G || !G->getIdentifier() ||
              !(G->getName() == "randn" || G->getName() == "zeros" ||
                G->getName() == "ones" || G->getName() == "rand" ||
                G->getName() == "empty") ||
              Fac->getNumArgs() < 1)
            return;
          if (const InitListExpr *IL = bracedList(Fac->getArg(0)))
            for (const Expr *D : IL->inits())
              Out.push_back(eval(D));
        });
    });
    return Out;
  }

  /// A linear layer's forward FLOP per sample, noted as an assumption.
  static double linearFlop(const Layer &L, Estimate &Est) {
    Est.Assumptions.push_back(
        {L.Loc, "linear layer " + fmtInt(*L.In.V) + " x " + fmtInt(*L.Out.V) +
                    ": 2 x " + fmtInt(*L.In.V) + " x " + fmtInt(*L.Out.V) +
                    " FLOP per sample"});
    return 2 * *L.In.V * *L.Out.V;
  }

  /// Forward FLOP per sample of a module class; conv layers need the
  /// input's height and width, followed through forward().
  std::optional<double> forwardFlop(const ModelClass &M,
                                    const std::vector<Num> &Shape,
                                    Estimate &Est) {
    bool HasConv = false;
    for (const Layer &L : M.Layers)
      HasConv |= L.K == Layer::Conv2d;
    double Total = 0;
    if (!HasConv) {
      for (const Layer &L : M.Layers) {
        if (L.K != Layer::Linear)
          continue;
        if (!L.In.V || !L.Out.V) {
          Est.Missing = !L.In.V ? L.In : L.Out;
          return std::nullopt;
        }
        Total += linearFlop(L, Est);
      }
      return Total;
    }
    // Convolutions: walk forward() in evaluation order.
    if (Shape.size() != 4 || !Shape[2].V || !Shape[3].V) {
      Est.Missing = Num::unknown(
          "the height and width of the convolutions' input are not fixed in "
          "the code (no fixed-size input reaches forward())",
          M.RD->getLocation());
      return std::nullopt;
    }
    double H = *Shape[2].V, W = *Shape[3].V;
    const CXXMethodDecl *Fwd = nullptr;
    for (const CXXMethodDecl *MD : M.RD->methods())
      if (MD->getIdentifier() && MD->getName() == "forward" && MD->hasBody())
        Fwd = MD;
    if (!Fwd) {
      Est.Missing = Num::unknown("forward() is not defined in the unit",
                                 M.RD->getLocation());
      return std::nullopt;
    }
    bool Ok = true;
    std::vector<bool> Used(M.Layers.size());
    postOrder(Fwd->getBody(), [&](const Stmt *S) {
      if (!Ok)
        return;
      const auto *CE = dyn_cast<CallExpr>(S);
      if (!CE)
        return;
      const FunctionDecl *F = CE->getDirectCallee();
      if (!F || !F->getIdentifier())
        return;
      llvm::StringRef N = F->getName();
      if (N == "forward") {
        const FieldDecl *Field = calledField(CE);
        auto It = Field ? M.FieldLayer.find(Field) : M.FieldLayer.end();
        if (It == M.FieldLayer.end())
          return;
        const Layer &L = M.Layers[It->second];
        Used[It->second] = true;
        if (L.K == Layer::Conv2d) {
          if (!L.In.V || !L.Out.V || !L.Kernel.V || !L.Stride.V ||
              !L.Padding.V) {
            Est.Missing = !L.In.V       ? L.In
                          : !L.Out.V    ? L.Out
                          : !L.Kernel.V ? L.Kernel
                          : !L.Stride.V ? L.Stride
                                        : L.Padding;
            Ok = false;
            return;
          }
          double K = *L.Kernel.V, S2 = *L.Stride.V, P = *L.Padding.V;
          H = std::floor((H + 2 * P - K) / S2) + 1;
          W = std::floor((W + 2 * P - K) / S2) + 1;
          double F2 = 2 * K * K * *L.In.V * *L.Out.V * H * W;
          Total += F2;
          Est.Assumptions.push_back(
              {L.Loc, "convolution " + fmtInt(*L.In.V) + " -> " +
                          fmtInt(*L.Out.V) + " channels, " + fmtInt(K) + "x" +
                          fmtInt(K) + " kernel, " + fmtInt(H) + "x" +
                          fmtInt(W) + " output positions: 2 x " + fmtInt(K) +
                          " x " + fmtInt(K) + " x " + fmtInt(*L.In.V) + " x " +
                          fmtInt(*L.Out.V) + " FLOP per position"});
        } else if (L.K == Layer::Linear) {
          if (!L.In.V || !L.Out.V) {
            Est.Missing = !L.In.V ? L.In : L.Out;
            Ok = false;
            return;
          }
          Total += linearFlop(L, Est);
        }
        return;
      }
      if (N == "max_pool2d" || N == "avg_pool2d") {
        if (CE->getNumArgs() < 2) {
          Ok = false;
          return;
        }
        Num K = eval(CE->getArg(1));
        if (!K.V)
          if (const InitListExpr *IL = bracedList(CE->getArg(1)))
            if (IL->getNumInits() >= 1)
              K = eval(IL->getInit(0));
        if (!K.V || *K.V <= 0) {
          Est.Missing = Num::unknown(
              "the pooling size is not fixed in the code", CE->getBeginLoc());
          Ok = false;
          return;
        }
        H = std::floor((H - *K.V) / *K.V) + 1;
        W = std::floor((W - *K.V) / *K.V) + 1;
      }
    });
    if (!Ok)
      return std::nullopt;
    for (size_t I = 0; I < Used.size(); ++I)
      if (!Used[I] && M.Layers[I].K != Layer::Embedding) {
        Est.Missing = Num::unknown("a layer is not called through a member "
                                   "of the model in forward()",
                                   M.Layers[I].Loc);
        return std::nullopt;
      }
    return Total;
  }

  static const FieldDecl *calledField(const CallExpr *CE) {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(CE);
    if (!MC)
      return nullptr;
    const Expr *Obj = MC->getImplicitObjectArgument()->IgnoreParenImpCasts();
    // `conv1->forward(x)`: operator-> of the holder.
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Obj))
      if (OC->getOperator() == OO_Arrow && OC->getNumArgs() >= 1)
        Obj = OC->getArg(0)->IgnoreParenImpCasts();
    if (const auto *ME = dyn_cast<MemberExpr>(Obj))
      return dyn_cast<FieldDecl>(ME->getMemberDecl());
    return nullptr;
  }

  template <typename Fn>
  static void postOrder(const Stmt *S, Fn F, unsigned Depth = 0) {
    if (!S || Depth > 300)
      return;
    for (const Stmt *C : S->children())
      postOrder(C, F, Depth + 1);
    F(S);
  }

  static std::string fmtInt(double V) {
    char Buf[32];
    std::snprintf(Buf, sizeof Buf, "%.0f", V);
    return Buf;
  }

  /// A GPT-style configuration: a record of the unit with a layer count, a
  /// width and a vocabulary size (names from the gpai vocabulary).
  struct TransformerConfig {
    const RecordDecl *RD = nullptr;
    const FieldDecl *Layers = nullptr, *Width = nullptr, *Vocab = nullptr,
                    *Context = nullptr, *Batch = nullptr;
    const VarDecl *Var = nullptr; ///< a variable of that type, if any
  };

  std::optional<TransformerConfig> findConfig() {
    const Vocabulary &Voc = builtinVocabulary();
    std::optional<TransformerConfig> Out;
    auto Visit = [&](const RecordDecl *RD) {
      if (Out || !RD || !RD->isCompleteDefinition() ||
          SM.isInSystemHeader(RD->getLocation()))
        return;
      TransformerConfig C;
      C.RD = RD;
      for (const FieldDecl *F : RD->fields()) {
        if (!F->getType()->isIntegerType() || !F->getIdentifier())
          continue;
        std::string N = F->getName().lower();
        if (!C.Layers && Voc.isLabel("config-layers", N))
          C.Layers = F;
        else if (!C.Width && Voc.isLabel("config-width", N))
          C.Width = F;
        else if (!C.Vocab && Voc.isLabel("config-vocabulary", N))
          C.Vocab = F;
        else if (!C.Context && Voc.isLabel("config-context", N))
          C.Context = F;
        else if (!C.Batch && Voc.isLabel("config-batch", N))
          C.Batch = F;
      }
      if (C.Layers && C.Width && C.Vocab)
        Out = C;
    };
    for (const FunctionDecl *FD : Fns)
      forEach<DeclRefExpr>(FD->getBody(), [&](const DeclRefExpr *DRE) {
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
          QualType T = VD->getType().getNonReferenceType();
          if (T->isPointerType())
            T = T->getPointeeType();
          if (const RecordDecl *RD = T->getAsRecordDecl()) {
            bool Had = Out.has_value();
            Visit(RD);
            if (!Had && Out)
              Out->Var = isa<ParmVarDecl>(VD) ? nullptr : VD;
            // A model struct holding its configuration: `model.config`.
            if (!Out)
              for (const FieldDecl *F : RD->fields())
                if (const RecordDecl *Inner = F->getType()->getAsRecordDecl())
                  Visit(Inner);
          }
        }
      });
    return Out;
  }

  /// A variable named like a batch size (`batch_size`, `n_batch`) that the
  /// innermost loop around the step reads.
  Num batchVariable(
      const std::vector<std::pair<const FunctionDecl *, const Stmt *>> &Loops) {
    const Vocabulary &Voc = builtinVocabulary();
    std::optional<Num> Out;
    for (auto It = Loops.rbegin(); It != Loops.rend() && !Out; ++It)
      forEach<DeclRefExpr>(It->second, [&](const DeclRefExpr *D) {
        const auto *V = dyn_cast<VarDecl>(D->getDecl());
        if (!Out && V && V->getIdentifier() && V->getType()->isIntegerType() &&
            Voc.isLabel("config-batch", V->getName()))
          Out = eval(D);
      });
    if (Out)
      return *Out;
    return Num::unknown(
        "the batch size is not found in the code (no data loader, "
        "configuration field or fixed-size input gives it)",
        Loops.empty() ? SourceLocation() : Loops.back().second->getBeginLoc());
  }

  /// The value of a field of a record, for variable \p Var when known: an
  /// assignment to the field (`cfg.n_layer = 12`), the record initialised
  /// or assigned from a braced list (`GPTConfig cfg = {...}`,
  /// `model.config = (GPTConfig){.n_layer = 12}`), the field's default.
  Num fieldValue(const VarDecl *Var, const FieldDecl *F, unsigned Depth = 0) {
    if (Depth > 8)
      return Num::unknown("a value the code does not fix", F->getLocation());
    if (Var)
      if (std::optional<Num> A = assignedField(Var, F))
        return *A;
    if (std::optional<Num> A = assignedField(nullptr, F))
      return *A;
    const RecordDecl *RD = F->getParent();
    const InitListExpr *Whole = nullptr;
    auto Braced = [&](const Expr *E) -> const InitListExpr * {
      if (!E)
        return nullptr;
      E = E->IgnoreImplicit()->IgnoreParenImpCasts();
      if (const auto *CL = dyn_cast<CompoundLiteralExpr>(E))
        E = CL->getInitializer()->IgnoreImplicit();
      const auto *IL = dyn_cast<InitListExpr>(E);
      return IL && IL->getType()->getAsRecordDecl() == RD ? IL : nullptr;
    };
    if (Var)
      Whole = Braced(Var->getInit());
    for (const FunctionDecl *G : Fns) {
      forEach<BinaryOperator>(G->getBody(), [&](const BinaryOperator *BO) {
        if (!Whole && BO->getOpcode() == BO_Assign)
          Whole = Braced(BO->getRHS());
      });
      forEach<DeclStmt>(G->getBody(), [&](const DeclStmt *DS) {
        for (const Decl *D : DS->decls())
          if (const auto *V = dyn_cast<VarDecl>(D))
            if (!Whole)
              Whole = Braced(V->getInit());
      });
    }
    if (Whole) {
      unsigned I = F->getFieldIndex();
      if (I < Whole->getNumInits() &&
          !isa<ImplicitValueInitExpr, CXXDefaultInitExpr>(Whole->getInit(I)))
        return eval(Whole->getInit(I), Depth + 1);
    }
    if (const Expr *Def = F->getInClassInitializer())
      return eval(Def, Depth + 1);
    return Num::unknown("field '" + F->getNameAsString() +
                            "' is set at run time",
                        F->getLocation());
  }

  /// How many call sites of the step's function there are (at least 1).
  size_t callers(const Step &S) {
    size_t N = 0;
    for (const CallSite &C : Calls)
      if (C.Callee->getCanonicalDecl() == S.FD->getCanonicalDecl() &&
          C.Caller != S.FD)
        ++N;
    return N ? N : 1;
  }

  /// The estimate through each caller of the step's function: the largest
  /// one the code fixes, or else the first reason there is none.
  Estimate estimateAll(const Step &S) {
    std::optional<Estimate> Best, FirstMissing;
    for (size_t K = 0, N = callers(S); K < N && K < 8; ++K) {
      Estimate E = estimate(S, K);
      if (E.Flop && (!Best || *E.Flop > *Best->Flop))
        Best = std::move(E);
      else if (!E.Flop && !FirstMissing)
        FirstMissing = std::move(E);
    }
    if (Best && FirstMissing)
      Best->Other = FirstMissing->Missing;
    return Best ? *Best : *FirstMissing;
  }

  Estimate estimate(const Step &S, size_t Pick) {
    Estimate Est;
    auto Loops = loopsAround(S, Pick);
    // Samples seen: batch size times the trip counts of the loops.
    double Trips = 1;
    std::optional<Num> Batch;
    for (auto &[FD, L] : Loops) {
      Trip T = tripOf(L);
      if (T.Batch.V && !Batch)
        Batch = T.Batch;
      if (!T.Count.V) {
        Est.Missing = T.Count;
        return Est;
      }
      Trips *= *T.Count.V;
      Est.Assumptions.push_back(
          {L->getBeginLoc(),
           "this loop runs " + fmtInt(*T.Count.V) + " times"});
    }
    if (Loops.empty()) {
      Est.Missing = Num::unknown("the number of training steps is not fixed "
                                 "in the unit (the call runs outside any "
                                 "loop of it)",
                                 S.Loc);
      return Est;
    }

    if (std::optional<TransformerConfig> C = findConfig()) {
      Est.Language = true;
      Est.Model = "GPT-style configuration '" + C->RD->getNameAsString() + "'";
      Num L = fieldValue(C->Var, C->Layers), D = fieldValue(C->Var, C->Width),
          V = fieldValue(C->Var, C->Vocab);
      Num Ctx2 = C->Context
                     ? fieldValue(C->Var, C->Context)
                     : Num::unknown("the configuration has no context length",
                                    C->RD->getLocation());
      // The batch: a data loader's, the configuration's, the first
      // dimension of the input given to forward(), a variable so named.
      if (!Batch && !C->Batch) {
        std::vector<Num> Shape = inputShape(Loops);
        if (!Shape.empty() && Shape[0].V)
          Batch = Shape[0];
      }
      Num B = Batch      ? *Batch
              : C->Batch ? fieldValue(C->Var, C->Batch)
                         : batchVariable(Loops);
      for (const Num *X : {&L, &D, &V, &Ctx2, &B})
        if (!X->V) {
          Est.Missing = *X;
          return Est;
        }
      double P = 12 * *L.V * *D.V * *D.V + *V.V * *D.V + *Ctx2.V * *D.V;
      double Tokens = *B.V * *Ctx2.V * Trips;
      Est.Flop = 6 * P * Tokens;
      Est.Method = "6·P·D for a dense transformer";
      Est.Assumptions.insert(
          Est.Assumptions.begin(),
          {C->RD->getLocation(),
           "P = 12 x " + fmtInt(*L.V) + " layers x " + fmtInt(*D.V) + "^2 + (" +
               fmtInt(*V.V) + " + " + fmtInt(*Ctx2.V) + ") x " + fmtInt(*D.V) +
               " = " + formatFlop(P) + " parameters; D = batch " +
               fmtInt(*B.V) + " x context " + fmtInt(*Ctx2.V) + " x " +
               fmtInt(Trips) + " steps = " + formatFlop(Tokens) + " tokens"});
      return Est;
    }

    const ModelClass *M = trainedModel(S);
    if (!M) {
      Est.Missing = Num::unknown(
          Models.empty() || !llvm::StringRef(S.What).starts_with("torch::")
              ? "the model's layers are not built in the unit"
              : "several models are built in the unit and the optimiser's "
                "is not known",
          S.Loc);
      return Est;
    }
    Est.Model = "class " + M->RD->getNameAsString();
    std::vector<Num> Shape = inputShape(Loops);
    if (!Batch && !Shape.empty() && Shape[0].V)
      Batch = Shape[0];
    if (!Batch && !Shape.empty() && !Shape[0].V && !Shape[0].Why.empty() &&
        Shape[0].Why != "a value the code does not fix") {
      Est.Missing = Shape[0];
      return Est;
    }
    if (std::optional<Num> Sub = uncountedModule(*M)) {
      Est.Missing = Sub;
      return Est;
    }
    std::optional<double> Fwd = forwardFlop(*M, Shape, Est);
    if (!Fwd)
      return Est;
    if (*Fwd <= 0) {
      Est.Missing = Num::unknown("no layer of the model has sizes the code "
                                 "fixes",
                                 M->RD->getLocation());
      return Est;
    }
    if (!Batch) {
      Est.Missing = Num::unknown(
          "the batch size is not found in the code (no data loader, "
          "configuration field or fixed-size input gives it)",
          S.Loc);
      return Est;
    }
    double Samples = *Batch->V * Trips;
    Est.Flop = 3 * *Fwd * Samples;
    Est.Method = "architecture-based: 3 x forward FLOP per sample x samples";
    Est.Assumptions.push_back(
        {S.Loc, "forward " + formatFlop(*Fwd) +
                    " FLOP per sample, x3 for the "
                    "backward pass; " +
                    fmtInt(*Batch->V) + " samples per step x " + fmtInt(Trips) +
                    " steps = " + formatFlop(Samples) + " samples"});
    return Est;
  }

  const CheckContext &Ctx;
  ASTContext &AST;
  const SourceManager &SM;
  std::shared_ptr<CallResolver> UnitCalls;
  CallResolver &Resolver;
  const std::vector<const FunctionDecl *> &Fns;

  std::vector<Step> Steps;
  struct CallSite {
    const FunctionDecl *Caller;
    const FunctionDecl *Callee;
    std::vector<const Stmt *> Loops;
  };
  std::vector<CallSite> Calls;
  struct Load {
    const FunctionDecl *FD;
    SourceLocation Loc;
    std::string What;
  };
  std::vector<Load> Loads;

  /// A model loaded in the step's function or in a caller around it.
  const Load *loadedBefore(const Step &S) {
    std::vector<const FunctionDecl *> Chain = {S.FD};
    for (auto &[FD, L] : loopsAround(S))
      Chain.push_back(FD);
    for (const Load &L : Loads)
      if (llvm::is_contained(Chain, L.FD))
        return &L;
    return nullptr;
  }
  std::optional<SourceLocation> Generates;
};

} // namespace

void GpaiTrainingCheck::registerMatchers(ast_matchers::MatchFinder *Finder) {
  using namespace ast_matchers;
  Finder->addMatcher(functionDecl(isDefinition()).bind("fn"), this);
}

void GpaiTrainingCheck::check(const ast_matchers::MatchFinder::MatchResult &R) {
  const auto *FD = R.Nodes.getNodeAs<FunctionDecl>("fn");
  // Instantiations are analysed too: in a template's pattern, the
  // optimiser's type is a parameter and `opt.step()` resolves to nothing.
  if (!FD || !FD->hasBody() ||
      R.SourceManager->isInSystemHeader(FD->getLocation()))
    return;
  Unit = R.Context;
  Functions.push_back(FD);
}

double GpaiTrainingCheck::threshold() const {
  std::string V = option("SystemicRiskFLOP", "1e25");
  double D = 0;
  if (llvm::StringRef(V).trim().getAsDouble(D) || D <= 0)
    return 1e25;
  return D;
}

void GpaiTrainingCheck::storeOptions(
    std::map<std::string, std::string> &Opts) const {
  Opts["SystemicRiskFLOP"] = option("SystemicRiskFLOP", "1e25");
}

static const char FineTuneNote[] =
    "the model is loaded before training (%0): when fine-tuning another "
    "provider's general-purpose model, the modifier becomes its provider "
    "above one third of the original training compute (one third of 10^23 "
    "FLOP, or of 10^25 FLOP for a model with systemic risk, when that is "
    "unknown)";

void GpaiTrainingCheck::finishTranslationUnit() {
  std::vector<const FunctionDecl *> Fns;
  Fns.swap(Functions);
  if (!Unit || Fns.empty())
    return;
  Analysis A(Ctx, *Unit, Fns);
  A.findSteps();
  if (A.Steps.empty())
    return;
  A.findModels();
  const double Limit = threshold();
  // One finding per function with training steps, at its first step; one
  // for all the instantiations of a template.
  llvm::DenseMap<const FunctionDecl *, bool> Done;
  llvm::DenseSet<SourceLocation> DoneAt;
  for (const Step &S : A.Steps) {
    if (Done.count(S.FD) || DoneAt.count(S.Loc))
      continue;
    Done[S.FD] = true;
    DoneAt.insert(S.Loc);
    auto Est = A.estimateAll(S);
    Confidence C = S.Resolved ? Confidence::Certain : Confidence::Likely;
    if (S.What == "a hand-written Adam update")
      C = Confidence::Likely;
    if (!Est.Flop) {
      const Num &M = *Est.Missing;
      FindingBuilder D =
          diag(S.Loc,
               "trains a model (%0); training compute not estimated: %1; a "
               "general-purpose model trained with more than %2 FLOP would be "
               "presumed to have systemic risk (Art. 51(2))",
               Effect::Gpai, C, "Art. 51(2)");
      D << S.What << M.Why << formatThreshold(Limit);
      D.inFunction(S.FD);
      if (M.Where.isValid() && M.Where != S.Loc)
        D.note(M.Where, "the estimate stops here: %0", {M.Why});
      if (const auto *L = A.loadedBefore(S))
        D.note(L->Loc, FineTuneNote, {L->What});
      continue;
    }
    double F = *Est.Flop;
    bool Above = F > Limit;
    FindingBuilder D =
        Above ? diag(S.Loc,
                     "trains a model (%0) with an estimated %1 FLOP, above "
                     "%2 FLOP: a general-purpose model would be presumed to "
                     "have systemic risk (Art. 51(2)) and the open-source "
                     "exceptions of Art. 53(2) and 54(6) would not apply",
                     Effect::Gpai, C, "Art. 51(2)")
              : diag(S.Loc,
                     "trains a model (%0); estimated training compute %1 "
                     "FLOP (%2); a general-purpose model trained with more "
                     "than %3 FLOP would be presumed to have systemic risk "
                     "(Art. 51(2))",
                     Effect::Gpai, C, "Art. 51(2)");
    if (Above)
      D << S.What << formatFlop(F) << formatThreshold(Limit);
    else
      D << S.What << formatFlop(F) << Est.Method << formatThreshold(Limit);
    if (Above)
      D.asWarning();
    D.inFunction(S.FD);
    if (Above)
      D.note(S.Loc, "method: %0", {Est.Method});
    for (auto &[Loc, Text] : Est.Assumptions)
      D.note(Loc.isValid() ? Loc : S.Loc, "assumption: %0", {Text});
    if (F > 1e23 && (Est.Language || A.Generates)) {
      SourceLocation L = A.Generates ? *A.Generates : S.Loc;
      D.note(L,
             "above 10^23 FLOP, a model that generates %0 is indicatively a "
             "general-purpose model (Commission guidelines on GPAI models, "
             "para. 17)",
             {Est.Language ? "text" : "content"});
    }
    if (Est.Other && Est.Other->Where.isValid())
      D.note(Est.Other->Where,
             "another call of the step is not counted, its estimate stops "
             "here: %0",
             {Est.Other->Why});
    if (const auto *L = A.loadedBefore(S))
      D.note(L->Loc, FineTuneNote, {L->What});
  }
}

} // namespace aiact
