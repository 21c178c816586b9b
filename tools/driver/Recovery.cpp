//===- Recovery.cpp - Declarations that answer a unit's unknown names -----===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "Recovery.h"
#include "RecoveryText.h"

#include "core/StubHeaders.h"

#include "clang/AST/DeclBase.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/DeclarationName.h"
#include "clang/AST/Type.h"
#include "clang/Basic/DiagnosticParse.h"
#include "clang/Basic/DiagnosticSema.h"
#include "clang/Basic/IdentifierTable.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"

#include <cctype>
#include <set>

using namespace clang;
using llvm::StringRef;

namespace aiact {

namespace {

/// The text of the file that holds \p Loc (its spelling), and the offset.
bool bufferAt(const SourceManager &SM, SourceLocation Loc, StringRef &Buf,
              size_t &Off) {
  if (Loc.isInvalid())
    return false;
  Loc = SM.getSpellingLoc(Loc);
  bool Invalid = false;
  Buf = SM.getBufferData(SM.getFileID(Loc), &Invalid);
  Off = SM.getFileOffset(Loc);
  return !Invalid && Off <= Buf.size();
}

bool readUse(const SourceManager &SM, SourceLocation Loc, StringRef Name,
             Use &U) {
  StringRef Buf;
  size_t Off;
  return bufferAt(SM, Loc, Buf, Off) && readUse(Buf, Off, Name, U);
}

StringRef lineAt(const SourceManager &SM, SourceLocation Loc) {
  StringRef Buf;
  size_t Off;
  return bufferAt(SM, Loc, Buf, Off) ? lineOf(Buf, Off) : StringRef();
}

/// The identifier that starts at \p Loc, or empty.
std::string identifierAt(const SourceManager &SM, SourceLocation Loc) {
  StringRef Buf;
  size_t Off;
  if (!bufferAt(SM, Loc, Buf, Off) || Off >= Buf.size() ||
      !isIdentStart(Buf[Off]))
    return "";
  size_t E = Off;
  while (E < Buf.size() && isIdentChar(Buf[E]))
    ++E;
  return Buf.slice(Off, E).str();
}

/// The namespaces from the global one down to \p DC, or false when one is
/// anonymous or \p DC is not a namespace (or the global scope).
bool namespacePath(const DeclContext *DC, std::vector<std::string> &Out) {
  std::vector<std::string> Rev;
  for (; DC && !DC->isTranslationUnit(); DC = DC->getParent()) {
    const auto *NS = dyn_cast<NamespaceDecl>(DC);
    if (!NS || NS->isAnonymousNamespace())
      return false;
    Rev.push_back(NS->getName().str());
  }
  Out.assign(Rev.rbegin(), Rev.rend());
  return true;
}

/// The stub class \p DC, qualified as the stub generator names it, or
/// empty when \p DC is not a class of a stub header.
std::string stubClassName(const SourceManager &SM, const DeclContext *DC) {
  const auto *RD = dyn_cast_or_null<CXXRecordDecl>(DC);
  if (!RD)
    return "";
  if (!isStubHeader(SM.getFilename(SM.getSpellingLoc(RD->getLocation()))))
    return "";
  std::vector<std::string> Rev;
  for (const DeclContext *C = RD; C && !C->isTranslationUnit();
       C = C->getParent()) {
    const auto *ND = dyn_cast<NamedDecl>(C);
    if (!ND || !ND->getIdentifier())
      return "";
    Rev.push_back(ND->getName().str());
  }
  std::string Out;
  for (auto It = Rev.rbegin(); It != Rev.rend(); ++It)
    Out += (Out.empty() ? "" : "::") + *It;
  return Out;
}

/// The scope an error's argument \p I names: a namespace, a class or a
/// type.
const DeclContext *scopeArg(const Diagnostic &Info, unsigned I) {
  if (Info.getNumArgs() <= I)
    return nullptr;
  switch (Info.getArgKind(I)) {
  case DiagnosticsEngine::ak_declcontext:
    return reinterpret_cast<const DeclContext *>(Info.getRawArg(I));
  case DiagnosticsEngine::ak_nameddecl: {
    const auto *ND = reinterpret_cast<const NamedDecl *>(Info.getRawArg(I));
    return dyn_cast_or_null<DeclContext>(ND);
  }
  case DiagnosticsEngine::ak_qualtype: {
    QualType T = QualType::getFromOpaquePtr(
        reinterpret_cast<void *>(Info.getRawArg(I)));
    if (T.isNull())
      return nullptr;
    T = T.getNonReferenceType();
    if (const auto *P = T->getAs<PointerType>())
      T = P->getPointeeType();
    return T->getAsCXXRecordDecl();
  }
  default:
    return nullptr;
  }
}

/// The missing name an error's argument \p I spells.
std::string nameArg(const Diagnostic &Info, unsigned I) {
  if (Info.getNumArgs() <= I)
    return "";
  switch (Info.getArgKind(I)) {
  case DiagnosticsEngine::ak_identifierinfo:
    if (const IdentifierInfo *II = Info.getArgIdentifier(I))
      return II->getName().str();
    return "";
  case DiagnosticsEngine::ak_declarationname: {
    DeclarationName N = DeclarationName::getFromOpaqueInteger(Info.getRawArg(I));
    return N.isIdentifier() ? N.getAsString() : "";
  }
  case DiagnosticsEngine::ak_std_string:
    return Info.getArgStdStr(I);
  default:
    return "";
  }
}

} // namespace

void RecoveryPlan::add(Scope &S, const std::string &Name, Kind K) {
  if (Name.empty() || S.Namespaces.count(Name) || Dropped.count(Name))
    return;
  auto It = S.Names.find(Name);
  if (It != S.Names.end()) {
    // A type serves as a value and a call too (a class whose constructor
    // takes anything); the reverse does not hold.
    bool Stronger = (K == Kind::Type || K == Kind::Template) &&
                    (It->second == Kind::Value || It->second == Kind::Function);
    if (!Stronger)
      return;
  }
  if (K == Kind::Namespace)
    S.Namespaces[Name];
  else
    S.Names[Name] = K;
  Declared.insert(Name);
  New = true;
}

void RecoveryPlan::noteMacros(const SourceManager &SM, SourceLocation Loc) {
  StringRef Line = lineAt(SM, Loc);
  if (Line.empty())
    return;
  for (const LineMacro &M :
       macrosOnLine(Line, SM.getSpellingColumnNumber(SM.getSpellingLoc(Loc))))
    addMacro(M.Name, false, M.Body);
}

void RecoveryPlan::addQualified(const std::vector<std::string> &Path, Kind K) {
  if (Path.empty())
    return;
  // Nothing is declared into the standard library: its headers are.
  if (Path.front() == "std") {
    needSupport();
    return;
  }
  Scope *S = &Global;
  for (size_t I = 0; I + 1 < Path.size(); ++I) {
    if (S->Names.count(Path[I]))
      return; // declared as something other than a namespace
    if (!S->Namespaces.count(Path[I]))
      New = true;
    S = &S->Namespaces[Path[I]];
  }
  add(*S, Path.back(), K);
}

void RecoveryPlan::addMacro(const std::string &Name, bool FunctionLike,
                            const std::string &Body) {
  if (Macros.emplace(Name, (FunctionLike ? "(...) " : " ") + Body).second)
    New = true;
}

void RecoveryPlan::addClassMember(const std::string &Class,
                                  const std::string &Name, Kind K) {
  if (K == Kind::Namespace)
    K = Kind::Type;
  if (ClassMembers[Class].emplace(Name, K).second)
    New = true;
}

void RecoveryPlan::needSupport() {
  if (!Support && !SupportNow) {
    SupportNow = true;
    New = true;
  }
}

void RecoveryPlan::nextRound() {
  // The placeholder type is declared by the stubs' support header.
  Support |= SupportNow || (CPlusPlus && !empty());
  New = false;
}

bool RecoveryPlan::empty() const {
  return !Support && Macros.empty() && ClassMembers.empty() &&
         Global.Names.empty() && Global.Namespaces.empty();
}

void RecoveryPlan::noteError(const Diagnostic &Info, bool CPlusPlus) {
  this->CPlusPlus = CPlusPlus;
  if (!Info.hasSourceManager() || Info.getLocation().isInvalid())
    return;
  const SourceManager &SM = Info.getSourceManager();
  StringRef File = SM.getFilename(SM.getSpellingLoc(Info.getLocation()));
  namespace d = clang::diag;
  unsigned ID = Info.getID();
  // A name declared here that the unit's headers declare differently
  // after all (the error is on either declaration): it is left to them
  // from the next parse on.
  if (ID == d::err_redefinition_different_type || ID == d::err_redefinition ||
      ID == d::err_redefinition_different_kind ||
      ID == d::err_tag_definition_of_typedef) {
    std::string Name = nameArg(Info, 0);
    if (Declared.count(Name) && Dropped.insert(Name).second) {
      New = true;
      return;
    }
  }
  // Other errors in this header are not the unit's; in a stub, one may be
  // a class the tree defines itself.
  if (isStubHeader(File)) {
    if (File != RecoveryHeaderPath)
      noteStubRedefinition(Info);
    return;
  }
  if (CPlusPlus)
    noteMacros(SM, Info.getLocation());
  switch (ID) {
  case d::err_unknown_typename:
  case d::err_unknown_typename_suggest:
  case d::err_unknown_type_or_class_name_suggest:
  case d::err_expected_class_name:
  case d::err_no_template:
  case d::err_no_template_suggest:
  case d::err_unknown_template_name:
  case d::err_undeclared_var_use:
  case d::err_undeclared_var_use_suggest:
  case d::ext_implicit_function_decl_c99:
    noteUnknownName(Info);
    return;
  case d::err_missing_type_specifier: {
    // `DEFINE_string(model, "", "...");` at file scope: a macro that
    // declares something.
    std::string Name = identifierAt(SM, Info.getLocation());
    Use U;
    if (!Name.empty() && readUse(SM, Info.getLocation(), Name, U) &&
        U.Path.size() == 1 && U.After.is('(') && !isLowerName(Name))
      addMacro(Name, true);
    return;
  }
  case d::err_no_member:
  case d::err_no_member_suggest:
  case d::err_no_member_overloaded_arrow:
  case d::err_typename_nested_not_found:
  case d::err_no_member_template:
  case d::err_no_member_template_suggest:
    if (CPlusPlus)
      noteMissingMember(Info);
    return;
  case d::err_incomplete_member_access:
  case d::err_typecheck_incomplete_tag:
    if (CPlusPlus)
      noteIncompleteType(Info);
    return;
  case d::err_expected_namespace_name:
  case d::err_template_arg_must_be_type: {
    // `using namespace web::http;`; `std::vector<uchar>` after `uchar` was
    // declared a value.
    std::string Name = identifierAt(SM, Info.getLocation());
    Use U;
    if (CPlusPlus && !Name.empty() &&
        readUse(SM, Info.getLocation(), Name, U)) {
      std::vector<std::string> Path = U.Qualifiers;
      Path.insert(Path.end(), U.Path.begin(), U.Path.end());
      if (Info.getID() == d::err_template_arg_must_be_type && Path.size() == 1)
        add(Global, Name, Kind::Type);
      else if (Info.getID() == d::err_expected_namespace_name)
        addQualified(Path, Kind::Namespace);
    }
    return;
  }
  default:
    return;
  }
}

void RecoveryPlan::noteStubRedefinition(const Diagnostic &Info) {
  // A stub class that the tree's own copy of the library's header also
  // defines: the stub gives way, through the guard on the line before it.
  if (Info.getID() != clang::diag::err_redefinition)
    return;
  const SourceManager &SM = Info.getSourceManager();
  SourceLocation S = SM.getSpellingLoc(Info.getLocation());
  unsigned Line = SM.getSpellingLineNumber(S);
  if (Line <= 1)
    return;
  StringRef Text =
      lineAt(SM, SM.translateLineCol(SM.getFileID(S), Line - 1, 1));
  if (Text.consume_front("#ifndef ") && Text.starts_with("AIACT_SKIP_"))
    addMacro(Text.trim().str(), false);
}

void RecoveryPlan::noteUnknownName(const Diagnostic &Info) {
  namespace d = clang::diag;
  unsigned ID = Info.getID();
  const SourceManager &SM = Info.getSourceManager();
  SourceLocation Loc = Info.getLocation();
  // "expected class name" names nothing: the source does.
  std::string Name = nameArg(Info, 0);
  if (Name.empty())
    Name = identifierAt(SM, Loc);
  Use U;
  if (Name.empty() || !readUse(SM, Loc, Name, U))
    return;
  bool TypeContext = ID != d::err_undeclared_var_use &&
                     ID != d::err_undeclared_var_use_suggest &&
                     ID != d::ext_implicit_function_decl_c99;
  bool TemplateContext = ID == d::err_no_template ||
                         ID == d::err_no_template_suggest ||
                         ID == d::err_unknown_template_name;
  if (TypeContext && isAnnotationMacro(U)) {
    addMacro(Name, false);
    return;
  }
  // `CV_WRAP_AS(predictLabel) int predict(...)`.
  if (TypeContext && U.Path.size() == 1 && isAllCaps(Name) && U.After.is('(')) {
    addMacro(Name, true);
    return;
  }
  if (!CPlusPlus) {
    // C has no placeholder type; an implicit declaration answers calls.
    if (!(U.After.is('(') && !TypeContext))
      addUnqualified(Name, TypeContext ? Kind::Type : Kind::Value);
    return;
  }
  if (!U.Qualifiers.empty() && ID == d::err_expected_class_name) {
    std::vector<std::string> Path = U.Qualifiers;
    Path.insert(Path.end(), U.Path.begin(), U.Path.end());
    addQualified(Path, Kind::Type);
  } else if (U.Path.size() > 1) {
    addQualified(U.Path, kindFromUse(U, TypeContext));
  } else if (U.After.isScope()) {
    addQualified(U.Path, Kind::Namespace);
  } else {
    addUnqualified(Name,
                   TemplateContext ? Kind::Template : kindFromUse(U, TypeContext));
  }
}

void RecoveryPlan::addUnqualified(const std::string &Name, Kind K) {
  // Lower-case names are most often the standard library's, which a
  // missing header would have brought: it is included before they are
  // declared.
  if (!Support && (isLowerName(Name) || isStandardName(Name))) {
    needSupport();
    return;
  }
  add(Global, Name, K);
}

void RecoveryPlan::noteMissingMember(const Diagnostic &Info) {
  namespace d = clang::diag;
  unsigned ID = Info.getID();
  const SourceManager &SM = Info.getSourceManager();
  std::string Name = nameArg(Info, 0);
  const DeclContext *DC = scopeArg(Info, 1);
  if (Name.empty() || !DC)
    return;
  Use U;
  if (!readUse(SM, Info.getLocation(), Name, U))
    U.Path = {Name};
  bool TypeContext = ID == d::err_typename_nested_not_found;
  bool TemplateContext = ID == d::err_no_member_template ||
                         ID == d::err_no_member_template_suggest;
  Kind K = TemplateContext ? Kind::Template : kindFromUse(U, TypeContext);
  std::vector<std::string> Path;
  if (namespacePath(DC, Path)) {
    Path.insert(Path.end(), U.Path.begin(), U.Path.end());
    addQualified(Path, K);
    return;
  }
  // A member of a stub class, of a class declared here, or of the
  // placeholder itself (`result.size()`, `box.x`). `Cls::Nested::x`
  // names a nested type; `obj.get<T>()` a member function template.
  std::string Class = stubClassName(SM, DC);
  if (Class.empty())
    return;
  if (U.Path.size() > 1)
    K = Kind::Type;
  else if (!TypeContext && U.After.is('<'))
    K = U.AfterThat.isWord() ? Kind::Function : Kind::VarTemplate;
  addClassMember(Class, Name, K);
}

void RecoveryPlan::noteIncompleteType(const Diagnostic &Info) {
  // `struct ggml_tensor;` declared, its definition in a missing header:
  // defined here, before the unit's forward declaration.
  if (Info.getNumArgs() < 1 ||
      Info.getArgKind(0) != DiagnosticsEngine::ak_qualtype)
    return;
  QualType T =
      QualType::getFromOpaquePtr(reinterpret_cast<void *>(Info.getRawArg(0)));
  const auto *RD = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  if (!RD || !RD->getIdentifier() || RD->hasDefinition() ||
      isa<ClassTemplateSpecializationDecl>(RD))
    return;
  std::vector<std::string> Path;
  if (!namespacePath(RD->getDeclContext(), Path))
    return;
  Path.push_back(RD->getName().str());
  addQualified(Path, Kind::Type);
}

void RecoveryPlan::emitScope(const Scope &S, bool CPlusPlus, std::string &Out,
                             const std::set<std::string> *Skip,
                             const std::string &Prefix) const {
  for (const auto &KV : S.Namespaces) {
    if (!CPlusPlus)
      continue;
    Out += "namespace " + KV.first + " {\n";
    emitScope(KV.second, CPlusPlus, Out, &Dropped, Prefix + KV.first + "::");
    Out += "}\n";
  }
  for (const auto &KV : S.Names)
    if (!Skip || !Skip->count(KV.first))
      Out += recoveredDeclaration(KV.first, KV.second, CPlusPlus, /*InClass=*/false, Prefix);
}

std::string RecoveryPlan::header(bool CPlusPlus) const {
  std::string Out = "#pragma clang system_header\n"
                    "// Declared by aiact-check for names this unit's "
                    "missing headers would declare.\n";
  for (const auto &KV : Macros)
    Out += "#define " + KV.first + KV.second + "\n";
  if (CPlusPlus)
    for (const auto &C : ClassMembers) {
      Out += "#define " + stubClassHook(C.first);
      for (const auto &M : C.second) {
        std::string D = recoveredDeclaration(M.first, M.second, true, /*InClass=*/true, "");
        while (!D.empty() && D.back() == '\n')
          D.pop_back();
        for (char &Ch : D)
          if (Ch == '\n')
            Ch = ' ';
        Out += " " + D;
      }
      Out += "\n";
    }
  // After the hooks: the placeholder type expands its own.
  if (Support)
    Out += "#include \"aiact-stub-support.h\"\n";
  // In CUDA sources what is declared here serves device code too.
  Out += "#ifdef __CUDA__\n#pragma clang force_cuda_host_device begin\n#endif\n";
  // A name that recovery also declares in a namespace is that namespace's
  // (`cv::String` for `String`); declared globally too, it would make
  // `using namespace cv; String s;` ambiguous.
  std::set<std::string> Skip = Dropped;
  for (const auto &KV : Macros)
    Skip.insert(KV.first);
  std::vector<const Scope *> Work;
  for (const auto &KV : Global.Namespaces)
    Work.push_back(&KV.second);
  while (!Work.empty()) {
    const Scope *S = Work.back();
    Work.pop_back();
    for (const auto &KV : S->Names)
      Skip.insert(KV.first);
    for (const auto &KV : S->Namespaces)
      Work.push_back(&KV.second);
  }
  emitScope(Global, CPlusPlus, Out, &Skip, "");
  Out += "#ifdef __CUDA__\n#pragma clang force_cuda_host_device end\n#endif\n";
  return Out;
}

void RecoveryPlan::listScope(const Scope &S, const std::string &Prefix,
                             std::vector<std::string> &Out) {
  for (const auto &KV : S.Names)
    Out.push_back(Prefix + KV.first);
  for (const auto &KV : S.Namespaces) {
    if (KV.second.Names.empty() && KV.second.Namespaces.empty())
      Out.push_back(Prefix + KV.first);
    listScope(KV.second, Prefix + KV.first + "::", Out);
  }
}

std::vector<std::string> RecoveryPlan::declaredNames() const {
  std::vector<std::string> Out;
  for (const auto &KV : Macros)
    Out.push_back(KV.first + (KV.second.compare(0, 5, "(...)") == 0 ? "()" : ""));
  for (const auto &C : ClassMembers)
    for (const auto &M : C.second)
      Out.push_back(C.first + "::" + M.first);
  listScope(Global, "", Out);
  return Out;
}

void UnitDiagnostics::BeginSourceFile(const LangOptions &LO,
                                      const Preprocessor *PP) {
  DiagnosticConsumer::BeginSourceFile(LO, PP);
  CPlusPlus = LO.CPlusPlus;
}

void UnitDiagnostics::HandleDiagnostic(DiagnosticsEngine::Level L,
                                       const Diagnostic &Info) {
  DiagnosticConsumer::HandleDiagnostic(L, Info);
  if (L < DiagnosticsEngine::Error)
    return;
  Plan.noteError(Info, CPlusPlus);
  if (Info.getLocation().isValid() && Info.hasSourceManager() &&
      Info.getSourceManager().isWrittenInMainFile(Info.getLocation())) {
    const SourceManager &SM = Info.getSourceManager();
    unsigned Line = SM.getSpellingLineNumber(Info.getLocation());
    if (!MainErrorLines.count(Line)) {
      llvm::SmallString<128> Msg;
      Info.FormatDiagnostic(Msg);
      MainErrorLines[Line] = Msg.str().str();
    }
  }
  if (First.empty() || Errors.size() < 100) {
    llvm::SmallString<128> Msg;
    Info.FormatDiagnostic(Msg);
    std::string Text = Msg.str().str();
    if (Info.getLocation().isValid() && Info.hasSourceManager()) {
      PresumedLoc P =
          Info.getSourceManager().getPresumedLoc(Info.getLocation());
      if (P.isValid())
        Text = (llvm::Twine(P.getFilename()) + ":" + llvm::Twine(P.getLine()) +
                ":" + llvm::Twine(P.getColumn()) + ": " + Text)
                   .str();
    }
    if (First.empty())
      First = Text;
    if (Errors.size() < 100)
      Errors.push_back(std::move(Text));
  }
}

} // namespace aiact
