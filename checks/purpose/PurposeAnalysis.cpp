//===- PurposeAnalysis.cpp - What a unit's model inference is used for ----===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "purpose/PurposeAnalysis.h"

#include "core/CallSignals.h"
#include "core/Vocabulary.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"

#include <functional>
#include <set>

using namespace clang;

namespace aiact {

const std::vector<PurposePoint> &annexPoints() {
  static const std::vector<PurposePoint> Points = {
      {"2", "annex-iii-2",
       "a safety component of critical infrastructure (road traffic, water, "
       "gas, heating or electricity supply)"},
      {"3(a)", "annex-iii-3a", "admission or assignment to education"},
      {"3(b)", "annex-iii-3b", "evaluating learning outcomes"},
      {"3(c)", "annex-iii-3c",
       "assessing the level of education a person may access"},
      {"3(d)", "annex-iii-3d",
       "proctoring: detecting prohibited behaviour of students during tests"},
      {"4(a)", "annex-iii-4a", "recruitment or selection of candidates"},
      {"4(b)", "annex-iii-4b",
       "decisions on workers (promotion, termination, task allocation, "
       "performance monitoring)"},
      {"5(a)", "annex-iii-5a", "eligibility for public assistance benefits"},
      {"5(b)", "annex-iii-5b", "credit scoring of natural persons"},
      {"5(c)", "annex-iii-5c",
       "risk assessment and pricing in life and health insurance"},
      {"5(d)", "annex-iii-5d",
       "triage of emergency calls or dispatch of emergency services"},
      {"6(a)", "annex-iii-6a",
       "assessing the risk of a person becoming a crime victim"},
      {"6(b)", "annex-iii-6b",
       "polygraphs or similar tools (point 7(a) when used in migration)"},
      {"6(c)", "annex-iii-6c", "evaluating the reliability of evidence"},
      {"6(d)", "annex-iii-6d",
       "assessing the risk of offending or re-offending"},
      {"6(e)", "annex-iii-6e", "profiling persons in criminal investigations"},
      {"7(b)", "annex-iii-7b",
       "assessing risks posed by persons entering a Member State"},
      {"7(c)", "annex-iii-7c",
       "examining asylum, visa or residence permit applications"},
      {"8(a)", "annex-iii-8a",
       "assisting judicial authorities or alternative dispute resolution"},
      {"8(b)", "annex-iii-8b", "influencing elections or voting behaviour"},
  };
  return Points;
}

const std::vector<PurposePoint> &practices() {
  static const std::vector<PurposePoint> Points = {
      {"5(1)(a)", "art-5-1a",
       "subliminal, purposefully manipulative or deceptive techniques"},
      {"5(1)(b)", "art-5-1b-subject",
       "exploiting vulnerabilities due to age, disability or a social or "
       "economic situation"},
      {"5(1)(c)", "art-5-1c", "social scoring of persons"},
      {"5(1)(d)", "art-5-1d",
       "predicting the risk that a person commits a crime from profiling or "
       "personality traits"},
  };
  return Points;
}

const PurposePoint *findAnnexPoint(const std::string &Id) {
  for (const PurposePoint &P : annexPoints())
    if (Id == P.Id)
      return &P;
  // Whole points, for a declaration such as `AnnexIII: '5'`.
  static const std::vector<PurposePoint> Whole = {
      {"3", "", "education and vocational training"},
      {"4", "",
       "employment, workers' management and access to self-employment"},
      {"5", "", "access to essential private and public services and benefits"},
      {"6", "", "law enforcement"},
      {"7", "", "migration, asylum and border control management"},
      {"8", "", "the administration of justice and democratic processes"},
  };
  for (const PurposePoint &P : Whole)
    if (Id == P.Id)
      return &P;
  return nullptr;
}

namespace {

constexpr const char DecisionList[] = "annex-iii-decision";
constexpr const char PersonalList[] = "personal-data";

/// The subject list of an Annex III point ("annex-iii-4a-subject").
std::string subjectList(const PurposePoint &P) {
  return std::string(P.List) + "-subject";
}

bool isTargetingPractice(const PurposePoint &P) {
  return llvm::StringRef(P.Id) == "5(1)(b)";
}

/// "creditScore" -> "credit Score", "XMLParser" -> "XML Parser": camelCase
/// identifiers become words; the vocabulary lower-cases the rest.
std::string identifierText(llvm::StringRef Name) {
  std::string Out;
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (I > 0 && llvm::isUpper(C)) {
      char Prev = Name[I - 1];
      bool NextLower = I + 1 < Name.size() && llvm::isLower(Name[I + 1]);
      if (llvm::isLower(Prev) || llvm::isDigit(Prev) ||
          (llvm::isUpper(Prev) && NextLower))
        Out += ' ';
    }
    Out += C;
  }
  return Out;
}

/// Text a clue is matched on, and how it is described in a note.
struct Clue {
  SourceLocation Loc;
  std::string Text;
  std::string What;
  /// The vocabulary terms in Text, with their lists.
  std::vector<std::pair<std::string_view, std::string_view>> Terms;
};

class ClueList {
public:
  void add(SourceLocation Loc, llvm::StringRef Text, std::string What) {
    if (Text.empty() || Items.size() >= Cap)
      return;
    std::string T = normaliseTerm(identifierText(Text.take_front(240)));
    if (T.empty() || !Seen.insert(T).second)
      return;
    Clue C{Loc, std::move(T), std::move(What), {}};
    builtinVocabulary().findAll(C.Text, C.Terms);
    Items.push_back(std::move(C));
  }
  void addAll(const ClueList &O) {
    for (const Clue &C : O.Items)
      if (Items.size() < Cap && Seen.insert(C.Text).second)
        Items.push_back(C);
  }
  /// The first clue with a word of \p List (its longest), skipping clues
  /// that also have a word of \p Unless ('social credit score' is not a
  /// credit score).
  std::optional<PurposeClue> match(llvm::StringRef List,
                                   llvm::StringRef Unless = {}) const {
    for (const Clue &C : Items) {
      std::string_view Best;
      bool Excluded = false;
      for (const auto &[L, T] : C.Terms) {
        if (L == std::string_view(List) && T.size() > Best.size())
          Best = T;
        Excluded |= !Unless.empty() && L == std::string_view(Unless);
      }
      if (!Best.empty() && !Excluded)
        return PurposeClue{C.Loc, std::string(Best), C.What};
    }
    return std::nullopt;
  }
  bool empty() const { return Items.empty(); }

private:
  static constexpr size_t Cap = 4000;
  std::vector<Clue> Items;
  std::set<std::string> Seen;
};

std::string quoted(llvm::StringRef S) { return "'" + S.str() + "'"; }

/// The record a type names, through references, pointers, arrays and one
/// level of template arguments (std::vector<Applicant> -> Applicant).
void typeNames(QualType T, llvm::SmallVectorImpl<const NamedDecl *> &Out) {
  if (T.isNull())
    return;
  T = T.getNonReferenceType();
  while (!T.isNull() && (T->isPointerType() || T->isArrayType())) {
    if (T->isPointerType())
      T = T->getPointeeType();
    else
      T = QualType(T->getPointeeOrArrayElementType(), 0);
  }
  if (T.isNull())
    return;
  const auto *RD = T->getAsRecordDecl();
  if (!RD)
    return;
  if (const auto *CTS = dyn_cast<ClassTemplateSpecializationDecl>(RD)) {
    for (const TemplateArgument &A : CTS->getTemplateArgs().asArray())
      if (A.getKind() == TemplateArgument::Type)
        if (const auto *Inner = A.getAsType()->getAsRecordDecl())
          if (Inner->getIdentifier())
            Out.push_back(Inner);
    return;
  }
  if (RD->getIdentifier())
    Out.push_back(RD);
}

void addDeclClue(ClueList &L, const ValueDecl *D, SourceLocation Loc) {
  if (!D->getIdentifier() || D->isImplicit())
    return;
  L.add(Loc, D->getName(),
        (isa<ParmVarDecl>(D) ? "parameter "
         : isa<FieldDecl>(D) ? "field "
                             : "variable ") +
            quoted(D->getName()));
  llvm::SmallVector<const NamedDecl *, 2> Types;
  typeNames(D->getType(), Types);
  for (const NamedDecl *T : Types)
    L.add(Loc, T->getName(), "type " + quoted(T->getName()));
}

void addStringClue(ClueList &L, const StringLiteral *S) {
  if (S->getCharByteWidth() != 1 || S->getLength() == 0)
    return;
  llvm::StringRef Str = S->getString();
  L.add(S->getBeginLoc(), Str,
        "string \"" + Str.take_front(60).str() +
            (Str.size() > 60 ? "...\"" : "\""));
}

/// The local variable an lvalue expression writes into: `v`, `v.f`,
/// `v[i]`, `*v`, `v->f`.
const VarDecl *baseVar(const Expr *E) {
  for (int Guard = 0; E && Guard < 16; ++Guard) {
    E = E->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<VarDecl>(DRE->getDecl());
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      E = ME->getBase();
    else if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E))
      E = ASE->getBase();
    else if (const auto *UO = dyn_cast<UnaryOperator>(E))
      E = UO->getSubExpr();
    else if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(E))
      E = OCE->getNumArgs() ? OCE->getArg(0) : nullptr;
    else if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E))
      E = MCE->getImplicitObjectArgument();
    else
      return nullptr;
  }
  return nullptr;
}

/// A `void *` handle passed by value (a booster, a session): the library
/// may write through it, but not the model's output.
bool isHandle(const Expr *E) {
  QualType T = E->IgnoreParenImpCasts()->getType();
  return T->isPointerType() && T->getPointeeType()->isVoidType();
}

bool isContainerAdd(llvm::StringRef Name) {
  return llvm::StringSwitch<bool>(Name)
      .Cases("push_back", "emplace_back", "push_front", "emplace_front", true)
      .Cases("insert", "emplace", "push", "append", "assign", true)
      .Default(false);
}

bool isSortName(llvm::StringRef Name) {
  return llvm::StringSwitch<bool>(Name)
      .Cases("sort", "stable_sort", "partial_sort", "partial_sort_copy", true)
      .Cases("nth_element", "qsort", true)
      .Default(false);
}

llvm::StringRef lastName(llvm::StringRef Qualified) {
  size_t P = Qualified.rfind("::");
  return P == llvm::StringRef::npos ? Qualified : Qualified.substr(P + 2);
}

/// Calls ... \p F on \p S and every statement below it, lambda bodies
/// included (they run with the function's data).
void walk(const Stmt *S, const std::function<void(const Stmt *)> &F) {
  if (!S)
    return;
  F(S);
  if (const auto *LE = dyn_cast<LambdaExpr>(S)) {
    walk(LE->getBody(), F);
    return;
  }
  for (const Stmt *C : S->children())
    walk(C, F);
}

} // namespace

std::string declaredTerm(const PurposePoint &Point,
                         const std::string &Purpose) {
  if (Purpose.empty())
    return {};
  const Vocabulary &V = builtinVocabulary();
  std::string T = V.findTerm(Point.List, Purpose);
  if (isTargetingPractice(Point))
    return !T.empty() && !V.findTerm("art-5-1b-targeting", Purpose).empty()
               ? T
               : std::string();
  if (!T.empty())
    return T;
  std::string S = V.findTerm(subjectList(Point), Purpose);
  if (!S.empty() && !V.findTerm(DecisionList, Purpose).empty())
    return S;
  return {};
}

bool DeclaredPurpose::covers(const PurposePoint &P) const {
  if (Point.empty())
    return false;
  llvm::StringRef Id(P.Id);
  return Id == Point ||
         (Point.find('(') == std::string::npos && Id.starts_with(Point + "("));
}

std::string DeclaredPurpose::describe() const {
  if (!Decl)
    return {};
  if (!Decl->AnnexIII.empty())
    return "component '" + Decl->Name + "' declares Annex III point " +
           Decl->AnnexIII;
  if (!Term.empty())
    return "the intended purpose of component '" + Decl->Name + "' names '" +
           Term + "'";
  return {};
}

DeclaredPurpose declaredPurpose(const Config &Cfg, const SourceManager &SM) {
  DeclaredPurpose D;
  D.Decl = declaredComponent(Cfg, SM);
  if (!D.Decl)
    return D;
  if (!D.Decl->AnnexIII.empty()) {
    D.Point = D.Decl->AnnexIII;
    return D;
  }
  for (const PurposePoint &P : annexPoints()) {
    std::string T = declaredTerm(P, D.Decl->IntendedPurpose);
    if (!T.empty()) {
      D.Point = P.Id;
      D.Term = T;
      break;
    }
  }
  return D;
}

//===----------------------------------------------------------------------===//
// The analysis
//===----------------------------------------------------------------------===//

struct PurposeAnalyzer::Impl {
  Impl(const CheckContext &Ctx, ASTContext &AST)
      : UnitCalls(unitResolver(Ctx)), Resolver(*UnitCalls), AST(AST),
        Voc(builtinVocabulary()) {}

  struct Fn {
    const FunctionDecl *FD = nullptr;
    std::vector<CallInfo> Calls;
    std::vector<size_t> Models;  ///< indices of model-forward calls
    std::vector<size_t> Outputs; ///< indices of model-output calls
    bool Built = false;
    std::unique_ptr<ClueList> Whole; ///< see wholeOf()
    /// What is written into each local variable.
    llvm::DenseMap<const VarDecl *, llvm::SmallVector<const Expr *, 2>> Sources;
  };

  /// A site that calls a function of the unit.
  struct Site {
    Fn *Caller;
    const CallInfo *Call;
  };

  /// What one direction of the data path shows.
  struct Side {
    ClueList Clues;
    std::optional<PurposeClue> Decision; ///< compared or sorted
  };

  std::shared_ptr<CallResolver> UnitCalls;
  CallResolver &Resolver;
  ASTContext &AST;
  const Vocabulary &Voc;
  std::vector<const FunctionDecl *> Pending;
  std::vector<std::unique_ptr<Fn>> Fns;
  llvm::DenseMap<const FunctionDecl *, Fn *> ByDecl;
  llvm::DenseMap<const FunctionDecl *, std::vector<Site>> Callers;
  std::optional<PurposeResults> Results;

  /// Records \p FD's calls; the lambdas it defines are functions of their
  /// own (their call operators are not among the unit's matched
  /// definitions), called from it.
  void collect(const FunctionDecl *FD) {
    if (ByDecl.count(FD->getCanonicalDecl()))
      return;
    auto F = std::make_unique<Fn>();
    F->FD = FD;
    ByDecl[FD->getCanonicalDecl()] = F.get();
    std::vector<const FunctionDecl *> Lambdas;
    std::function<void(const Stmt *)> Visit = [&](const Stmt *S) {
      if (!S)
        return;
      if (const auto *LE = dyn_cast<LambdaExpr>(S)) {
        if (const FunctionDecl *Op = LE->getCallOperator())
          if (Op->hasBody())
            Lambdas.push_back(Op);
        return;
      }
      if (isa<CallExpr>(S) || isa<RecoveryExpr>(S))
        if (std::optional<CallInfo> CI = Resolver.describe(cast<Expr>(S))) {
          if (CI->Entry && CI->Entry->Sig == Signal::ModelForward)
            F->Models.push_back(F->Calls.size());
          else if (CI->Entry && CI->Entry->Sig == Signal::ModelOutput)
            F->Outputs.push_back(F->Calls.size());
          F->Calls.push_back(std::move(*CI));
        }
      for (const Stmt *C : S->children())
        Visit(C);
    };
    Visit(FD->getBody());
    Fns.push_back(std::move(F));
    for (const FunctionDecl *L : Lambdas)
      collect(L);
  }

  void linkCallers() {
    for (auto &F : Fns)
      for (const CallInfo &C : F->Calls)
        if (C.Callee)
          if (Fn *T = ByDecl.lookup(C.Callee->getCanonicalDecl()))
            if (T != F.get())
              Callers[T->FD->getCanonicalDecl()].push_back({F.get(), &C});
  }

  /// Records what is written into each local variable of \p F. A write
  /// through a reference (`for (auto &c : pool) c.score = ...`, `auto &r =
  /// v[i]`) is also a write into what it refers to.
  void build(Fn &F) {
    if (F.Built)
      return;
    F.Built = true;
    llvm::DenseMap<const VarDecl *, const VarDecl *> Alias;
    auto Write = [&](const VarDecl *V, const Expr *E) {
      if (!V || !E)
        return;
      F.Sources[V].push_back(E);
      if (const VarDecl *A = Alias.lookup(V))
        F.Sources[A].push_back(E);
    };
    walk(F.FD->getBody(), [&](const Stmt *S) {
      if (const auto *DS = dyn_cast<DeclStmt>(S)) {
        for (const Decl *D : DS->decls())
          if (const auto *V = dyn_cast<VarDecl>(D))
            if (const Expr *Init = V->getInit()) {
              F.Sources[V].push_back(Init);
              if (V->getType()->isReferenceType())
                if (const VarDecl *To = baseVar(Init))
                  if (To != V)
                    Alias.try_emplace(V, To);
            }
      } else if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
        if (BO->isAssignmentOp())
          Write(baseVar(BO->getLHS()), BO->getRHS());
      } else if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(S)) {
        if (OCE->isAssignmentOp() && OCE->getNumArgs() == 2)
          Write(baseVar(OCE->getArg(0)), OCE->getArg(1));
      } else if (const auto *FR = dyn_cast<CXXForRangeStmt>(S)) {
        if (const VarDecl *V = FR->getLoopVariable()) {
          F.Sources[V].push_back(FR->getRangeInit());
          if (V->getType()->isReferenceType())
            if (const VarDecl *To = baseVar(FR->getRangeInit()))
              Alias[V] = To;
        }
      }
    });
    for (const CallInfo &C : F.Calls) {
      llvm::StringRef Name =
          C.Callee ? (C.Callee->getIdentifier() ? C.Callee->getName()
                                                : llvm::StringRef())
                   : lastName(C.Name);
      if (C.Object && isContainerAdd(Name)) {
        for (const Expr *A : C.Args)
          Write(baseVar(C.Object), A);
        continue;
      }
      // A model call writes its output, not its inputs.
      std::vector<const Expr *> In;
      llvm::DenseSet<const VarDecl *> Out;
      if (C.Entry && C.Entry->Sig == Signal::ModelForward) {
        splitArgs(C, In, Out);
        for (const VarDecl *V : Out)
          Write(V, C.E);
        continue;
      }
      for (unsigned I = 0; I < C.Args.size(); ++I)
        if (C.mayWriteArg(I))
          Write(baseVar(C.Args[I]), C.E);
      // A non-const member function may store its arguments in its object
      // (`applicant.setRiskScore(out[0])`).
      if (C.Object && C.Callee && !C.ConstMethod && !C.Args.empty())
        if (const VarDecl *V = baseVar(C.Object))
          if (V->isLocalVarDeclOrParm())
            Write(V, C.E);
    }
  }

  /// Clues an expression itself carries: names, fields, strings, calls.
  void exprClues(const Stmt *E, ClueList &L,
                 const std::function<void(const VarDecl *)> &OnVar) {
    walk(E, [&](const Stmt *S) {
      if (const auto *DRE = dyn_cast<DeclRefExpr>(S)) {
        if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl())) {
          addDeclClue(L, V, DRE->getLocation());
          if (OnVar)
            OnVar(V);
        }
      } else if (const auto *ME = dyn_cast<MemberExpr>(S)) {
        const ValueDecl *M = ME->getMemberDecl();
        if (M->getIdentifier())
          L.add(ME->getMemberLoc(), M->getName(),
                (isa<FieldDecl>(M) ? "field " : "member ") +
                    quoted(M->getName()));
      } else if (const auto *SL = dyn_cast<StringLiteral>(S)) {
        addStringClue(L, SL);
      } else if (const auto *CE = dyn_cast<CallExpr>(S)) {
        if (const FunctionDecl *C = CE->getDirectCallee())
          if (C->getIdentifier() && !C->isInStdNamespace())
            L.add(CE->getBeginLoc(), C->getName(),
                  "call to " + quoted(C->getName()));
      }
    });
  }

  /// Follows \p Start back through the writes of \p F's variables and,
  /// for parameters, into the unit's callers.
  /// Where a function's model data leaves it for its callers.
  struct Exits {
    llvm::SmallVector<unsigned, 2> Params;    ///< inputs from these parameters
    bool Returns = false;                     ///< the output is returned
    llvm::SmallVector<unsigned, 2> OutParams; ///< or written through these
  };

  /// The callers of \p F in the unit.
  llvm::ArrayRef<Site> callersOf(const Fn &F) const {
    auto It = Callers.find(F.FD->getCanonicalDecl());
    if (It == Callers.end())
      return {};
    return It->second;
  }

  /// Follows \p Start back through the writes of \p F's variables and,
  /// for parameters, into the unit's callers; or, with \p Stop, records
  /// the parameters there instead of following them.
  void backward(Fn &F, std::vector<const Expr *> Start, unsigned Depth,
                ClueList &L, Exits *Stop = nullptr) {
    build(F);
    // What the model's output is written into is not its input.
    llvm::DenseSet<const Stmt *> Model;
    for (size_t I : F.Models)
      Model.insert(F.Calls[I].E);
    for (size_t I : F.Outputs)
      Model.insert(F.Calls[I].E);
    const llvm::DenseSet<const VarDecl *> None;
    llvm::DenseSet<const VarDecl *> Seen;
    std::vector<const Expr *> Work = std::move(Start);
    llvm::SmallVector<unsigned, 2> Params;
    size_t Steps = 0;
    while (!Work.empty() && ++Steps < 600) {
      const Expr *E = Work.back();
      Work.pop_back();
      exprClues(E, L, [&](const VarDecl *V) {
        if (!Seen.insert(V).second)
          return;
        if (const auto *P = dyn_cast<ParmVarDecl>(V)) {
          unsigned Index = P->getFunctionScopeIndex();
          if (P->getDeclContext() == F.FD) {
            Params.push_back(Index);
            return;
          }
          // A parameter of a lambda in the function: what the lambda is
          // called with there.
          const auto *MD = dyn_cast<CXXMethodDecl>(P->getDeclContext());
          if (MD && MD->getParent()->isLambda())
            for (const CallInfo &C : F.Calls)
              if (C.Callee &&
                  C.Callee->getCanonicalDecl() == MD->getCanonicalDecl() &&
                  Index < C.Args.size())
                Work.push_back(C.Args[Index]);
          return;
        }
        auto It = F.Sources.find(V);
        if (It != F.Sources.end())
          for (const Expr *S : It->second)
            if (Model.empty() || !mentions(S, None, Model))
              Work.push_back(S);
      });
    }
    if (Stop) {
      Stop->Params = Params;
      return;
    }
    if (Depth >= 2)
      return;
    for (const Site &S : callersOf(F))
      intoCaller(S, Params, Depth + 1, L);
  }

  /// Follows the inputs that come from parameters \p Params into the
  /// caller of site \p S.
  void intoCaller(const Site &S, llvm::ArrayRef<unsigned> Params,
                  unsigned Depth, ClueList &L) {
    for (unsigned P : Params)
      if (P < S.Call->Args.size())
        backward(*S.Caller, {S.Call->Args[P]}, Depth, L);
  }

  /// True when \p E uses a value of \p Derived or one of \p Seeds.
  static bool mentions(const Stmt *E,
                       const llvm::DenseSet<const VarDecl *> &Derived,
                       const llvm::DenseSet<const Stmt *> &Seeds) {
    bool Found = false;
    walk(E, [&](const Stmt *S) {
      if (Found)
        return;
      if (Seeds.count(S))
        Found = true;
      else if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
        if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
          Found = Derived.count(V);
    });
    return Found;
  }

  /// Follows the model's output forward in \p F from \p Seeds (expressions
  /// whose value is the output) and \p SeedVars (variables it is written
  /// into), and through returns and out-parameters into the callers.
  void forward(Fn &F, llvm::DenseSet<const Stmt *> Seeds,
               llvm::DenseSet<const VarDecl *> Derived, unsigned Depth,
               Side &Out, Exits *Stop = nullptr) {
    build(F);
    // The variables the output reaches.
    for (bool Changed = true; Changed;) {
      Changed = false;
      for (const auto &KV : F.Sources) {
        if (Derived.count(KV.first))
          continue;
        for (const Expr *S : KV.second)
          if (mentions(S, Derived, Seeds)) {
            Derived.insert(KV.first);
            Changed = true;
            break;
          }
      }
    }
    for (const VarDecl *V : Derived)
      addDeclClue(Out.Clues, V, V->getLocation());

    bool Returns = false;
    llvm::SmallVector<unsigned, 2> OutParams;
    for (const VarDecl *V : Derived)
      if (const auto *P = dyn_cast<ParmVarDecl>(V))
        if (P->getDeclContext() == F.FD &&
            (P->getType()->isReferenceType() || P->getType()->isPointerType()))
          OutParams.push_back(P->getFunctionScopeIndex());

    auto Uses = [&](const Stmt *E) { return mentions(E, Derived, Seeds); };
    auto BranchClues = [&](const Stmt *Body) {
      exprClues(Body, Out.Clues, nullptr);
    };
    walk(F.FD->getBody(), [&](const Stmt *S) {
      if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
        if (BO->isAssignmentOp() && Uses(BO->getRHS()))
          exprClues(BO->getLHS(), Out.Clues, nullptr);
      } else if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(S)) {
        if (OCE->isAssignmentOp() && OCE->getNumArgs() == 2 &&
            Uses(OCE->getArg(1)))
          exprClues(OCE->getArg(0), Out.Clues, nullptr);
      } else if (const auto *IS = dyn_cast<IfStmt>(S)) {
        if (IS->getCond() && Uses(IS->getCond())) {
          BranchClues(IS->getThen());
          BranchClues(IS->getElse());
        }
      } else if (const auto *CO = dyn_cast<ConditionalOperator>(S)) {
        if (Uses(CO->getCond())) {
          BranchClues(CO->getTrueExpr());
          BranchClues(CO->getFalseExpr());
        }
      } else if (const auto *RS = dyn_cast<ReturnStmt>(S)) {
        if (RS->getRetValue() && Uses(RS->getRetValue()))
          Returns = true;
      }
    });
    for (const CallInfo &C : F.Calls) {
      if (Seeds.count(C.E))
        continue;
      bool Arg = false;
      for (const Expr *A : C.Args)
        Arg |= Uses(A);
      if (!Arg)
        continue;
      llvm::StringRef Name = C.Callee && C.Callee->getIdentifier()
                                 ? C.Callee->getName()
                                 : lastName(C.Name);
      if (isSortName(Name)) {
        if (!Out.Decision)
          Out.Decision = PurposeClue{C.E->getBeginLoc(), "",
                                     "the model's output sorted (a ranking)"};
        continue;
      }
      if (!Name.empty() && !(C.Callee && C.Callee->isInStdNamespace()))
        Out.Clues.add(C.E->getBeginLoc(), Name, "call to " + quoted(Name));
      for (const Expr *A : C.Args)
        if (const auto *SL = dyn_cast<StringLiteral>(A->IgnoreParenImpCasts()))
          addStringClue(Out.Clues, SL);
    }
    if (Returns && F.FD->getIdentifier())
      Out.Clues.add(F.FD->getLocation(), F.FD->getName(),
                    "function " + quoted(F.FD->getName()) +
                        " returning the output");
    if (Stop) {
      Stop->Returns = Returns;
      Stop->OutParams = OutParams;
      return;
    }
    if (Depth >= 2 || (!Returns && OutParams.empty()))
      return;
    for (const Site &S : callersOf(F))
      outToCaller(S, Returns, OutParams, Depth + 1, Out);
  }

  /// Follows an output that is returned (\p Returns) or written through
  /// parameters \p OutParams into the caller of site \p S.
  void outToCaller(const Site &S, bool Returns,
                   llvm::ArrayRef<unsigned> OutParams, unsigned Depth,
                   Side &Out) {
    if (!Returns && OutParams.empty())
      return;
    llvm::DenseSet<const Stmt *> CallerSeeds;
    llvm::DenseSet<const VarDecl *> CallerVars;
    if (Returns)
      CallerSeeds.insert(S.Call->E);
    for (unsigned P : OutParams)
      if (P < S.Call->Args.size())
        if (const VarDecl *V = baseVar(S.Call->Args[P]))
          CallerVars.insert(V);
    forward(*S.Caller, std::move(CallerSeeds), std::move(CallerVars), Depth,
            Out);
  }

  /// The arguments of model call \p C that carry its input, and the
  /// variables it writes its output into.
  void splitArgs(const CallInfo &C, std::vector<const Expr *> &In,
                 llvm::DenseSet<const VarDecl *> &OutVars,
                 std::vector<const Expr *> *Other = nullptr) {
    uint32_t Mask = C.Entry ? C.Entry->InputArgs : 0;
    for (unsigned I = 0; I < C.Args.size(); ++I) {
      bool Input = Mask ? (I < 32 && (Mask >> I) & 1) : !C.mayWriteArg(I);
      if (Input)
        In.push_back(C.Args[I]);
      else if (isHandle(C.Args[I]))
        continue;
      else if (C.mayWriteArg(I)) {
        if (const VarDecl *V = baseVar(C.Args[I]))
          OutVars.insert(V);
      } else if (Other)
        Other->push_back(C.Args[I]); // output names, options, counts
    }
  }

  void analyse(Fn &F, PurposeResults &R) {
    build(F);
    const CallInfo &First = F.Calls[F.Models.front()];
    // Inputs: the model calls' input arguments, and what other calls on
    // the same model object are given (ex.input(...), net.setInput(...)).
    std::vector<const Expr *> In;
    llvm::DenseSet<const VarDecl *> OutVars;
    llvm::DenseSet<const Stmt *> Seeds;
    llvm::DenseSet<const VarDecl *> Objects;
    std::vector<const Expr *> Other;
    for (size_t I : F.Models) {
      const CallInfo &C = F.Calls[I];
      splitArgs(C, In, OutVars, &Other);
      Seeds.insert(C.E);
      if (C.Object)
        if (const VarDecl *V = baseVar(C.Object))
          Objects.insert(V);
    }
    for (size_t I : F.Outputs)
      Seeds.insert(F.Calls[I].E);
    for (const CallInfo &C : F.Calls) {
      if (!C.Object || Seeds.count(C.E) || !Objects.count(baseVar(C.Object)))
        continue;
      for (unsigned I = 0; I < C.Args.size(); ++I)
        if (!C.mayWriteArg(I))
          In.push_back(C.Args[I]);
    }
    Side Input, Output;
    Exits Ex;
    backward(F, In, 0, Input.Clues, &Ex);
    forward(F, Seeds, OutVars, 0, Output, &Ex);
    // The names a model call gives its outputs ({"credit_score"}), and
    // where they come from in the function.
    backward(F, Other, 2, Output.Clues);

    Inference Inf;
    Inf.FD = F.FD;
    Inf.Loc = First.E->getBeginLoc();
    Inf.Call = callName(First);
    Inf.Personal = Input.Clues.match(PersonalList);

    // A function that runs the model for its callers (a predict() helper)
    // serves each caller's purpose: each call site is weighed on its own,
    // with the helper's words, so that one caller's subject never meets
    // another caller's decision.
    llvm::ArrayRef<Site> Sites;
    if (!Ex.Params.empty() || Ex.Returns || !Ex.OutParams.empty())
      Sites = callersOf(F);
    if (Sites.empty()) {
      R.Inferences.push_back(Inf);
      classify(F, Inf, Input, Output, R);
      return;
    }
    for (const Site &S : Sites) {
      Side SiteIn = Input, SiteOut = Output;
      intoCaller(S, Ex.Params, 1, SiteIn.Clues);
      outToCaller(S, Ex.Returns, Ex.OutParams, 1, SiteOut);
      if (!Inf.Personal)
        Inf.Personal = SiteIn.Clues.match(PersonalList);
      classify(F, Inf, SiteIn, SiteOut, R);
    }
    R.Inferences.push_back(Inf);
  }

  /// The words of \p F as a whole: its name, its class, its parameters
  /// and everything its body names; computed once per function.
  const ClueList &wholeOf(Fn &F) {
    if (F.Whole)
      return *F.Whole;
    F.Whole = std::make_unique<ClueList>();
    ClueList &W = *F.Whole;
    if (F.FD->getIdentifier())
      W.add(F.FD->getLocation(), F.FD->getName(),
            "function " + quoted(F.FD->getName()));
    if (const auto *MD = dyn_cast<CXXMethodDecl>(F.FD))
      if (MD->getParent()->getIdentifier())
        W.add(F.FD->getLocation(), MD->getParent()->getName(),
              "class " + quoted(MD->getParent()->getName()));
    for (const ParmVarDecl *P : F.FD->parameters())
      addDeclClue(W, P, P->getLocation());
    exprClues(F.FD->getBody(), W, nullptr);
    return W;
  }

  /// Records the points and practices that the words on one data path of
  /// \p F's model inference (\p Input, \p Output) and in \p F show.
  void classify(Fn &F, const Inference &Inf, const Side &Input,
                const Side &Output, PurposeResults &R) {
    ClueList ModelSide;
    ModelSide.addAll(Input.Clues);
    ModelSide.addAll(Output.Clues);
    ClueList Whole = ModelSide;
    Whole.addAll(wholeOf(F));
    std::optional<PurposeClue> Personal = Input.Clues.match(PersonalList);

    auto Use = [&](const PurposePoint &P, bool ModelSideFound,
                   std::vector<PurposeClue> Clues) {
      PurposeUse U;
      U.FD = F.FD;
      U.Loc = Inf.Loc;
      U.Point = &P;
      U.ModelSide = ModelSideFound;
      U.Clues = std::move(Clues);
      U.Personal = Personal;
      return U;
    };
    // Annex III points: a term that names the point, or a term that names
    // its subject next to a decision on it: a word of the point's own
    // decision list where it has one (a safety component acts on the
    // infrastructure), else a decision word or the output sorted.
    auto Find = [&](const PurposePoint &P,
                    bool &OnModel) -> std::vector<PurposeClue> {
      std::string Subject = subjectList(P);
      std::string OwnDecision = std::string(P.List) + "-decision";
      bool Own = Voc.hasList(OwnDecision);
      auto DecisionIn = [&](const ClueList &L) -> std::optional<PurposeClue> {
        if (Own)
          return L.match(OwnDecision);
        if (Output.Decision)
          return Output.Decision;
        return L.match(DecisionList);
      };
      // Words of a prohibited practice are not this point's ('social
      // credit score' is social scoring, not credit scoring).
      llvm::StringRef Unless =
          llvm::StringRef(P.Id) == "5(b)" ? "art-5-1c" : "";
      OnModel = true;
      if (auto C = ModelSide.match(P.List, Unless))
        return {*C};
      if (auto C = ModelSide.match(Subject, Unless))
        if (auto D = DecisionIn(ModelSide))
          return {*C, *D};
      OnModel = false;
      if (auto C = Whole.match(P.List, Unless))
        return {*C};
      if (auto C = Whole.match(Subject, Unless))
        if (auto D = DecisionIn(Whole))
          return {*C, *D};
      return {};
    };
    for (const PurposePoint &P : annexPoints()) {
      bool OnModel = false;
      std::vector<PurposeClue> Clues = Find(P, OnModel);
      if (Clues.empty())
        continue;
      PurposeUse U = Use(P, OnModel, std::move(Clues));
      // Fraud detection is excluded from point 5(b): the model's output
      // (or the function that runs it) is about fraud.
      if (llvm::StringRef(P.Id) == "5(b)") {
        ClueList Fraud;
        Fraud.addAll(Output.Clues);
        if (F.FD->getIdentifier())
          Fraud.add(F.FD->getLocation(), F.FD->getName(),
                    "function " + quoted(F.FD->getName()));
        U.Excluded = Fraud.match("annex-iii-5b-excluded");
      }
      R.HighRisk.push_back(std::move(U));
    }

    // Art. 5(1)(a) to (d).
    for (const PurposePoint &P : practices()) {
      std::vector<PurposeClue> Clues;
      bool OnModel = true;
      auto Either = [&](llvm::StringRef List) {
        if (auto C = ModelSide.match(List))
          return C;
        OnModel = false;
        return Whole.match(List);
      };
      if (isTargetingPractice(P)) {
        auto S = Either(P.List);
        auto T = S ? Either("art-5-1b-targeting") : std::nullopt;
        if (!S || !T)
          continue;
        Clues = {*S, *T};
      } else {
        auto C = Either(P.List);
        if (!C)
          continue;
        Clues = {*C};
      }
      if (llvm::StringRef(P.Id) == "5(1)(d)") {
        // Objective facts about a criminal activity on the inputs: a tool
        // that supports a human assessment, excepted from Art. 5(1)(d) and
        // high-risk under point 6(d) instead.
        if (auto Fact = Input.Clues.match("art-5-1d-objective")) {
          bool Known = false;
          for (const PurposeUse &H : R.HighRisk)
            Known |= H.FD == F.FD && llvm::StringRef(H.Point->Id) == "6(d)";
          if (!Known)
            R.HighRisk.push_back(
                Use(*findAnnexPoint("6(d)"), OnModel, {Clues[0], *Fact}));
          continue;
        }
        if (auto Trait = Input.Clues.match("art-5-1d-profile"))
          Clues.push_back(*Trait);
      }
      R.Practices.push_back(Use(P, OnModel, std::move(Clues)));
    }
  }

  static std::string callName(const CallInfo &C) {
    if (C.Entry)
      return C.Entry->Name;
    if (C.Callee)
      return C.Callee->getQualifiedNameAsString();
    return C.Name;
  }

  void compute() {
    Results.emplace();
    for (const FunctionDecl *FD : Pending)
      collect(FD);
    Pending.clear();
    bool Any = false;
    for (auto &F : Fns)
      Any |= !F->Models.empty();
    if (!Any)
      return;
    linkCallers();
    // A template's pattern and its instantiations are all analysed: in the
    // pattern, types are parameters; findings are kept once per place.
    for (auto &F : Fns)
      if (!F->Models.empty())
        analyse(*F, *Results);
  }
};

PurposeAnalyzer::PurposeAnalyzer(const CheckContext &Ctx, ASTContext &AST)
    : P(std::make_unique<Impl>(Ctx, AST)), AST(AST) {}

PurposeAnalyzer::~PurposeAnalyzer() = default;

void PurposeAnalyzer::addFunction(const FunctionDecl *FD) {
  if (!P->Results)
    P->Pending.push_back(FD);
}

const PurposeResults &PurposeAnalyzer::results() {
  if (!P->Results)
    P->compute();
  return *P->Results;
}

//===----------------------------------------------------------------------===//
// The checks' common part
//===----------------------------------------------------------------------===//

void PurposeCheck::registerMatchers(ast_matchers::MatchFinder *Finder) {
  using namespace ast_matchers;
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
  if (!Ctx.PurposeCollector) {
    Ctx.PurposeCollector = this;
    Finder->addMatcher(functionDecl(isDefinition()).bind("fn"), this);
  }
}

void PurposeCheck::check(const ast_matchers::MatchFinder::MatchResult &R) {
  if (R.Nodes.getNodeAs<TranslationUnitDecl>("tu")) {
    if (Ctx.PurposeCollector == this)
      Ctx.Purposes = std::make_shared<PurposeAnalyzer>(Ctx, *R.Context);
    Analyzer = Ctx.Purposes;
    return;
  }
  const auto *FD = R.Nodes.getNodeAs<FunctionDecl>("fn");
  if (!FD || !FD->hasBody() || !Analyzer ||
      R.SourceManager->isInSystemHeader(FD->getLocation()))
    return;
  // Instantiations too: in a template's pattern, a call on an object of a
  // parameter type resolves to nothing. Findings are kept once per place.
  Analyzer->addFunction(FD);
}

void PurposeCheck::finishTranslationUnit() {
  if (Analyzer) {
    report(Analyzer->results(), Analyzer->astContext().getSourceManager());
    Analyzer.reset();
  }
  if (Ctx.PurposeCollector == this)
    Ctx.Purposes.reset();
}

void PurposeCheck::addClueNotes(FindingBuilder &D, const PurposeUse &U) {
  for (const PurposeClue &C : U.Clues)
    if (C.Term.empty()) // a decision seen in the code's shape
      D.note(C.Loc, "%0", {C.What});
    else
      D.note(C.Loc, "'%0' in %1", {C.Term, C.What});
}

} // namespace aiact
