//===- DeepFakeCheck.cpp - aiact-deep-fake --------------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "content/DeepFakeCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

#include <map>

using namespace clang;

namespace aiact {

namespace {

/// The day Art. 5(1)(ba) applies, as YYYYMMDD.
constexpr unsigned BanDate = 20261202;

/// The kind of model a technique names, for messages.
const char *modelKind(llvm::StringRef Technique) {
  if (Technique == "face-swap")
    return "a face-swap model";
  if (Technique == "face-reenactment")
    return "a face-reenactment model";
  if (Technique == "lip-sync")
    return "a lip-sync model";
  if (Technique == "voice-conversion")
    return "a voice-conversion model";
  if (Technique == "undressing")
    return "a model that undresses people in images";
  if (Technique == "identity-adapter")
    return "an adapter that makes generated images keep the identity of the "
           "person in a reference photo";
  return "a model";
}

/// Techniques that make deep fakes; recognition and detection models are
/// the biometric checks' business.
bool isDeepFakeTechnique(llvm::StringRef T) {
  return T == "face-swap" || T == "face-reenactment" || T == "lip-sync" ||
         T == "voice-conversion" || T == "undressing" ||
         T == "identity-adapter";
}

/// Words that say a program undresses people or makes nude images of them.
/// Plain "nude" or "nsfw" are not among them: negative prompts and safety
/// filters use them to keep such content out.
bool isUndressingText(llvm::StringRef Text) {
  std::string Lower = Text.lower();
  for (const char *W :
       {"undress", "nudify", "nudifier", "deepnude", "remove clothes",
        "remove clothing", "remove the clothes", "removing clothes",
        "clothes remover", "clothing remover", "take off clothes"})
    if (llvm::StringRef(Lower).contains(W))
      return true;
  return false;
}

/// One piece of evidence of a deep fake.
struct Sighting {
  SourceLocation Call;   ///< the model load or generation call
  SourceLocation Where;  ///< the file name or the identity argument
  std::string Technique; ///< a model technique, or "identity"
  std::string Detail;    ///< the file name, or the call's name
  bool Resolved = true;
  Signal Sig = Signal::ModelLoad; ///< for identity: what is generated
  bool Profile = false; ///< identity from a catalogued speaker-profile setting
};

/// True when argument \p I of \p Call is a path that the call opens:
/// `fopen`, `open`, a file stream (its constructor or `open`), or a
/// function of the program that hands that parameter on to one of these
/// (two calls deep). Logging, printing, comparing or copying the path
/// opens nothing.
bool opensPath(const Expr *Call, unsigned I, unsigned Depth = 0) {
  const FunctionDecl *F = nullptr;
  if (const auto *CE = dyn_cast<CallExpr>(Call)) {
    if (isa<CXXOperatorCallExpr>(CE))
      return false;
    F = CE->getDirectCallee();
  } else if (const auto *CC = dyn_cast<CXXConstructExpr>(Call)) {
    F = CC->getConstructor();
  }
  if (!F)
    return false;
  if (const auto *M = dyn_cast<CXXMethodDecl>(F)) {
    const CXXRecordDecl *RD = M->getParent();
    if (RD->isInStdNamespace() && RD->getIdentifier() &&
        llvm::is_contained({"basic_ifstream", "basic_fstream", "basic_filebuf"},
                           RD->getName()))
      return I == 0 && (isa<CXXConstructorDecl>(M) ||
                        (M->getIdentifier() && M->getName() == "open"));
  } else if (F->getIdentifier() &&
             F->getDeclContext()->getRedeclContext()->isTranslationUnit()) {
    llvm::StringRef N = F->getName();
    if (llvm::is_contained({"fopen", "fopen64", "freopen", "open", "open64"},
                           N))
      return I == 0;
    if (N == "openat")
      return I == 1;
  }
  const FunctionDecl *Def = nullptr;
  if (Depth >= 2 || !F->hasBody(Def) || !Def || I >= Def->getNumParams() ||
      Def->getASTContext().getSourceManager().isInSystemHeader(
          Def->getLocation()))
    return false;
  const ParmVarDecl *P = Def->getParamDecl(I);
  // A call in the body that is given the parameter (or its c_str()).
  llvm::SmallVector<const Stmt *, 32> Work{Def->getBody()};
  for (unsigned Seen = 0; !Work.empty() && Seen < 4096; ++Seen) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    llvm::ArrayRef<const Expr *> Args;
    if (const auto *CE = dyn_cast<CallExpr>(S))
      Args = llvm::ArrayRef(CE->getArgs(), CE->getNumArgs());
    else if (const auto *CC = dyn_cast<CXXConstructExpr>(S))
      Args = llvm::ArrayRef(CC->getArgs(), CC->getNumArgs());
    for (unsigned J = 0; J < Args.size(); ++J) {
      const Expr *A = Args[J]->IgnoreParenImpCasts();
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(A))
        A = MC->getImplicitObjectArgument()->IgnoreParenImpCasts();
      if (const auto *DRE = dyn_cast<DeclRefExpr>(A);
          DRE && DRE->getDecl() == P && opensPath(cast<Expr>(S), J, Depth + 1))
        return true;
    }
    for (const Stmt *C : S->children())
      Work.push_back(C);
  }
  return false;
}

/// A catalogued setting that carries a person's likeness, named by its own
/// IdentityFields (llama.cpp's `common_params_vocoder::speaker_file`, the
/// OuteTTS speaker profile that generated speech imitates), handed over as
/// \p Arg: `load_speaker(params.vocoder.speaker_file)`.
const CatalogEntry *likenessSetting(const Expr *Arg, CallResolver &R) {
  const Expr *E = Arg->IgnoreParenImpCasts();
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) // .c_str(), .data()
    E = MC->getImplicitObjectArgument()->IgnoreParenImpCasts();
  const auto *ME = dyn_cast<MemberExpr>(E);
  const auto *Field = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
  if (!Field)
    return nullptr;
  const CatalogEntry *Entry = R.entryForField(Field);
  if (!Entry || Entry->Sig != Signal::SpeechSynthesis)
    return nullptr;
  llvm::SmallVector<llvm::StringRef, 2> Names;
  llvm::StringRef(Entry->IdentityFields).split(Names, ',', -1, false);
  return llvm::is_contained(Names, Field->getName()) ? Entry : nullptr;
}

/// Walks one function body: catalogued calls, string literals, and the
/// literals each local variable is built from.
class Walker {
public:
  explicit Walker(CallResolver &R) : R(R) {}

  void walk(const Stmt *S, unsigned Depth = 0) {
    // Lambdas are functions of their own; deep generated code is cut off.
    if (!S || isa<LambdaExpr, BlockExpr>(S) || Depth > 400)
      return;
    if (const auto *SL = dyn_cast<StringLiteral>(S)) {
      if (SL->getCharByteWidth() == 1)
        Strings.push_back(SL);
      return;
    }
    if (isa<CallExpr, CXXConstructExpr, RecoveryExpr>(S)) {
      if (std::optional<CallInfo> CI = R.describe(cast<Expr>(S))) {
        for (unsigned I = 0; I < CI->Args.size(); ++I) {
          const Expr *A = CI->Args[I];
          const CatalogEntry *E = likenessSetting(A, R);
          // `const std::string &path = params.vocoder.speaker_file;`
          if (const auto *DRE = dyn_cast<DeclRefExpr>(A->IgnoreParenImpCasts());
              !E && DRE)
            if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
              if (auto It = Sources.find(VD); It != Sources.end())
                for (const Expr *Src : It->second)
                  if (!E)
                    E = likenessSetting(Src, R);
          if (E && opensPath(cast<Expr>(S), I))
            Settings.push_back({A, E});
        }
        if (CI->Entry)
          Calls.push_back(std::move(*CI));
        else if (std::optional<CallInfo> Made = madeObject(*CI))
          Calls.push_back(std::move(*Made));
      }
    }
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D))
          if (const Expr *Init = VD->getInit())
            Sources[VD].push_back(Init);
    } else if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
      if (BO->isAssignmentOp())
        store(BO->getLHS(), BO->getRHS());
    } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
      if (OC->isAssignmentOp() && OC->getNumArgs() == 2)
        store(OC->getArg(0), OC->getArg(1));
    }
    for (const Stmt *C : S->children())
      walk(C, Depth + 1);
  }

  /// The string literals that \p E's value is built from: literals in it,
  /// and those of the local variables it uses, a few assignments deep.
  void literalsOf(const Stmt *E, std::vector<const StringLiteral *> &Out,
                  unsigned Depth = 0) const {
    if (!E || Depth > 64)
      return;
    if (const auto *SL = dyn_cast<StringLiteral>(E)) {
      if (SL->getCharByteWidth() == 1)
        Out.push_back(SL);
      return;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
        auto It = Sources.find(VD);
        if (It != Sources.end() && Depth < 48)
          for (const Expr *Src : It->second)
            literalsOf(Src, Out, Depth + 16);
        return;
      }
    for (const Stmt *C : E->children())
      literalsOf(C, Out, Depth + 1);
  }

  /// The values stored into field path \p Field ("pm_params.id_images")
  /// of the struct variable \p Arg denotes (`cfg`, `&cfg`).
  std::vector<const Expr *> fieldValues(const Expr *Arg,
                                        llvm::StringRef Field) const {
    const Expr *E = Arg->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_AddrOf)
      E = UO->getSubExpr()->IgnoreParenImpCasts();
    const auto *DRE = dyn_cast<DeclRefExpr>(E);
    const VarDecl *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (!VD)
      return {};
    auto It = Fields.find({VD, Field.str()});
    return It == Fields.end() ? std::vector<const Expr *>() : It->second;
  }

  std::vector<CallInfo> Calls;
  std::vector<const StringLiteral *> Strings;
  /// Likeness settings handed to a call, and their entries.
  std::vector<std::pair<const Expr *, const CatalogEntry *>> Settings;

private:
  /// Records `v = x` for a local variable and `v.a.b = x` (or `v->a`) for
  /// a field of one.
  void store(const Expr *L, const Expr *R) {
    std::string Path;
    const Expr *E = L->IgnoreParenImpCasts();
    while (const auto *ME = dyn_cast<MemberExpr>(E)) {
      std::string Name = ME->getMemberDecl()->getNameAsString();
      Path = Path.empty() ? Name : Name + "." + Path;
      E = ME->getBase()->IgnoreParenImpCasts();
    }
    const auto *DRE = dyn_cast<DeclRefExpr>(E);
    const VarDecl *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (!VD)
      return;
    if (Path.empty())
      Sources[VD].push_back(R);
    else
      Fields[{VD, Path}].push_back(R);
  }

  /// std::make_unique<T>(args) and std::make_shared<T>(args) construct T
  /// from args: the constructor, found in the instantiated body, with the
  /// call's arguments.
  std::optional<CallInfo> madeObject(const CallInfo &CI) {
    const FunctionDecl *F = CI.Callee;
    if (!F || !F->isInStdNamespace() || !F->getIdentifier() ||
        (F->getName() != "make_unique" && F->getName() != "make_shared"))
      return std::nullopt;
    std::optional<CallInfo> Made;
    findConstruct(F->getBody(), Made, 0);
    if (!Made)
      return std::nullopt;
    Made->E = CI.E;
    Made->Args = CI.Args;
    return Made;
  }

  /// The first catalogued constructor call in \p S (the library's body of
  /// make_unique also constructs the unique_ptr).
  void findConstruct(const Stmt *S, std::optional<CallInfo> &Out,
                     unsigned Depth) {
    if (!S || Out || Depth > 32)
      return;
    if (const auto *CE = dyn_cast<CXXConstructExpr>(S))
      if (std::optional<CallInfo> CI = R.describe(CE); CI && CI->Entry) {
        Out = std::move(CI);
        return;
      }
    for (const Stmt *C : S->children())
      findConstruct(C, Out, Depth + 1);
  }

  CallResolver &R;
  llvm::DenseMap<const VarDecl *, std::vector<const Expr *>> Sources;
  std::map<std::pair<const VarDecl *, std::string>, std::vector<const Expr *>>
      Fields;
};

/// The file name at the end of a path: "models/inswapper_128.onnx" ->
/// "inswapper_128.onnx".
llvm::StringRef fileName(llvm::StringRef Path) {
  size_t Slash = Path.find_last_of("/\\");
  return Slash == llvm::StringRef::npos ? Path : Path.substr(Slash + 1);
}

/// True when an identity argument is given something: not a null pointer
/// and not an empty string.
bool isGiven(const Expr *Arg, ASTContext &Ctx) {
  const Expr *E = Arg->IgnoreParenImpCasts();
  if (isa<CXXDefaultArgExpr>(E))
    return false;
  if (E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
    return false;
  if (const auto *SL = dyn_cast<StringLiteral>(E))
    return SL->getLength() > 0;
  return true;
}

} // namespace

void DeepFakeCheck::checkFunction(const FunctionDecl *FD, GenerationAnalyzer &A,
                                  const SourceManager &) {
  Walker W(A.resolver());
  W.walk(FD->getBody());

  std::vector<Sighting> Seen;
  for (const CallInfo &CI : W.Calls) {
    const CatalogEntry &E = *CI.Entry;
    if (E.Sig == Signal::ModelLoad) {
      for (unsigned I = 0; I < CI.Args.size(); ++I) {
        if (E.InputArgs && !(I < 32 && (E.InputArgs & (1u << I))))
          continue;
        std::vector<const StringLiteral *> Lits;
        W.literalsOf(CI.Args[I], Lits);
        for (const StringLiteral *SL : Lits) {
          llvm::StringRef Name = fileName(SL->getString());
          if (const ModelPattern *M = catalog().matchModel(
                  std::string_view(Name.data(), Name.size()));
              M && isDeepFakeTechnique(M->Technique))
            Seen.push_back({CI.E->getBeginLoc(), SL->getBeginLoc(),
                            M->Technique, Name.str(), CI.Resolved});
        }
      }
    } else if (E.IdentityArgs || !E.IdentityFields.empty()) {
      for (unsigned I = 0; I < CI.Args.size() && I < 32; ++I)
        if ((E.IdentityArgs & (1u << I)) &&
            isGiven(CI.Args[I], FD->getASTContext()))
          Seen.push_back({CI.E->getBeginLoc(), CI.Args[I]->getBeginLoc(),
                          "identity", E.Name, CI.Resolved, E.Sig});
      llvm::SmallVector<llvm::StringRef, 4> Names;
      llvm::StringRef(E.IdentityFields).split(Names, ',', -1, false);
      for (const Expr *Arg : CI.Args)
        for (llvm::StringRef Field : Names)
          for (const Expr *V : W.fieldValues(Arg, Field))
            if (isGiven(V, FD->getASTContext())) {
              Seen.push_back({CI.E->getBeginLoc(), V->getBeginLoc(), "identity",
                              E.Name, CI.Resolved, E.Sig});
              break;
            }
    }
  }
  for (const auto &[Arg, E] : W.Settings) {
    Sighting S{Arg->getBeginLoc(),
               Arg->getBeginLoc(),
               "identity",
               E->Name,
               true,
               E->Sig};
    S.Profile = true;
    Seen.push_back(S);
  }
  // A model conditioned on a person's face or voice embedding whose output
  // is written as media: reported once, where the model runs.
  for (const ContentOutput &O : A.outputsIn(FD))
    if (isIdentitySeed(O.What.Seed) &&
        ReportedLikeness.insert(O.What.Origin.Loc).second)
      Seen.push_back({O.What.Origin.Loc, O.What.SeedAt.Loc, "likeness",
                      O.What.SeedAt.What,
                      O.What.Origin.Resolved && O.What.SeedAt.Resolved,
                      O.What.Seed == SeedKind::Voice ? Signal::SpeechSynthesis
                      : O.Path.Med == Medium::Video  ? Signal::VideoSynthesis
                                                     : Signal::ImageSynthesis});
  if (Seen.empty())
    return;

  // Evidence of undressing: such a model, or words that say so.
  std::optional<std::pair<SourceLocation, std::string>> Undressing;
  for (const Sighting &S : Seen)
    if (S.Technique == "undressing") {
      Undressing = {S.Where, "model '" + S.Detail + "'"};
      break;
    }
  if (!Undressing)
    for (const StringLiteral *SL : W.Strings)
      if (isUndressingText(SL->getString())) {
        Undressing = {SL->getBeginLoc(), "a string that says so"};
        break;
      }

  const Sighting &First = Seen.front();
  bool Banned = Undressing && context().AsOf >= BanDate;
  bool Identity = First.Technique == "identity";
  bool Likeness = First.Technique == "likeness";
  Confidence Conf = (Identity || Likeness) && First.Resolved && !First.Profile
                        ? Confidence::Certain
                        : Confidence::Likely;
  std::string What =
      Likeness    ? (First.Sig == Signal::SpeechSynthesis
                         ? "a model makes speech from the voice embedding of a "
                           "person (%0)"
                         : "a model makes images from the face embedding of a "
                           "person (%0)")
      : !Identity ? "model '%0' is %1"
      : First.Profile
          ? "speech synthesis imitates the voice in a speaker profile, made "
            "from a recording of a person (%0)"
      : First.Sig == Signal::SpeechSynthesis
          ? "speech synthesis clones the voice of the speaker in a reference "
            "recording (%0)"
      : First.Sig == Signal::VideoSynthesis
          ? "video generation preserves the identity of the person in "
            "reference images (%0)"
          : "image generation preserves the identity of the person in "
            "reference photos (%0)";
  FindingBuilder D =
      Banned
          ? diag(First.Call,
                 What + ", with evidence of undressing people: Art. 5(1)(ba), "
                        "in force since 2 December 2026 under the 2026 "
                        "amendment, would prohibit making intimate deep fakes "
                        "of identifiable people without their consent",
                 Effect::Prohibited, Confidence::Likely, "Art. 5(1)(ba)")
          : diag(First.Call,
                 What + ", which makes deep fakes of real people; if placed "
                        "on the market or put into service, Art. 50(4) would "
                        "require disclosing that the content is artificially "
                        "generated or manipulated, and the open-source "
                        "exemption of Art. 2(12) would not apply",
                 Effect::Transparency, Conf, "Art. 50(4)");
  if (Identity || Likeness)
    D << First.Detail;
  else
    D << First.Detail << modelKind(First.Technique);
  D.inFunction(FD);
  if (Likeness)
    D.note(First.Where, "the embedding is computed here");
  else if (First.Profile)
    D.note(First.Where, "the speaker profile is loaded from this setting");
  else if (Identity)
    D.note(First.Where, First.Sig == Signal::SpeechSynthesis
                            ? "the reference recording is given here"
                            : "the reference images are given here");
  else
    D.note(First.Where, "the model file is named here");
  for (size_t I = 1; I < Seen.size(); ++I) {
    if (Seen[I].Technique == "identity" || Seen[I].Technique == "likeness")
      D.note(Seen[I].Technique == "identity" ? Seen[I].Where : Seen[I].Call,
             "identity-preserving generation here too (%0)", {Seen[I].Detail});
    else
      D.note(Seen[I].Where, "model '%0', %1, is loaded here too",
             {Seen[I].Detail, modelKind(Seen[I].Technique)});
  }
  if (Undressing) {
    if (Banned)
      D.note(Undressing->first, "evidence of undressing: %0",
             {Undressing->second});
    else
      D.note(Undressing->first,
             "evidence of undressing (%0): from 2 December 2026, Art. "
             "5(1)(ba) under the 2026 amendment would prohibit making "
             "intimate deep fakes of identifiable people without their "
             "consent",
             {Undressing->second});
  }
}

void DeepFakeCheck::finishTranslationUnit() {
  ReportedLikeness.clear();
  FunctionCheck::finishTranslationUnit();
}

} // namespace aiact
