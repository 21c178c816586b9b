//===- CallSignals.cpp - What a call expression means ---------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "core/CallSignals.h"
#include "core/StubHeaders.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

#include <algorithm>

using namespace clang;

namespace aiact {

bool CallInfo::mayWriteArg(unsigned I) const {
  if (I >= Args.size() || !Args[I])
    return false;
  const Expr *A = Args[I]->IgnoreParenImpCasts();
  if (Callee && I < Callee->getNumParams()) {
    QualType T = Callee->getParamDecl(I)->getType();
    if (const auto *RT = T->getAs<ReferenceType>())
      return !RT->getPointeeType().isConstQualified();
    if (const auto *PT = T->getAs<PointerType>())
      return !PT->getPointeeType().isConstQualified();
    return false;
  }
  if (Callee && Callee->isVariadic())
    return false;
  if (!Callee && Proto && I < Proto->getNumParams()) {
    QualType T = Proto->getParamType(I);
    if (const auto *PT = T->getAs<PointerType>())
      return !PT->getPointeeType().isConstQualified();
    if (const auto *RT = T->getAs<ReferenceType>())
      return !RT->getPointeeType().isConstQualified();
    return false;
  }
  // Unknown callee: only what is visibly handed over for writing.
  if (const auto *UO = dyn_cast<UnaryOperator>(A))
    return UO->getOpcode() == UO_AddrOf;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(A))
    return DRE->getType()->isRecordType();
  return false;
}

std::shared_ptr<CallResolver> unitResolver(const CheckContext &Ctx) {
  if (!Ctx.Calls)
    Ctx.Calls = std::make_shared<CallResolver>(Ctx);
  return Ctx.Calls;
}

const FunctionDecl *calleeThroughPointer(const CallExpr *CE) {
  const Expr *C = CE->getCallee()->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(C))
    if (UO->getOpcode() == UO_Deref)
      C = UO->getSubExpr()->IgnoreParenImpCasts();
  const auto *DRE = dyn_cast<DeclRefExpr>(C);
  if (!DRE)
    return nullptr;
  const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
  if (!VD || !VD->getType()->isFunctionPointerType() || !VD->hasInit())
    return nullptr;
  // Only a variable that is never reassigned can be trusted; a const
  // pointer or a local whose only value is its initialiser.
  if (!VD->getType().isConstQualified() && !VD->isLocalVarDecl())
    return nullptr;
  const Expr *Init = VD->getInit()->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(Init))
    if (UO->getOpcode() == UO_AddrOf)
      Init = UO->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *F = dyn_cast<DeclRefExpr>(Init))
    return dyn_cast<FunctionDecl>(F->getDecl());
  return nullptr;
}

const CatalogEntry *CallResolver::entryForName(llvm::StringRef Qualified,
                                               llvm::StringRef Last) {
  if (Last.empty() ||
      !Ctx.Cat->mayContain(std::string_view(Last.data(), Last.size())))
    return nullptr;
  Ctx.Cat->lookup(std::string_view(Last.data(), Last.size()), Scratch);
  std::string_view Q(Qualified.data(), Qualified.size());
  for (const CatalogEntry *E : Scratch)
    if (qualifiedNameMatches(Q, E->Name))
      return E;
  return nullptr;
}

/// The scopes of \p DC as a catalog writes them, outermost first:
/// namespaces and classes by name, without template arguments and without
/// inline namespaces ("Ort::detail::SessionImpl", "std::basic_ostream").
/// False for a scope that has no such name (a function, a lambda, an
/// unnamed class).
static bool catalogScope(const DeclContext *DC, std::string &Out) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  for (; DC && !DC->isTranslationUnit(); DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline())
        continue;
      if (NS->isAnonymousNamespace())
        return false;
      Parts.push_back(NS->getName());
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      if (!RD->getIdentifier())
        return false;
      Parts.push_back(RD->getName());
    } else if (isa<LinkageSpecDecl, ExportDecl>(DC)) {
      continue;
    } else {
      return false;
    }
  }
  Out.clear();
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It)
    Out += It->str() + "::";
  return true;
}

const CatalogEntry *CallResolver::entryFor(const FunctionDecl *FD) {
  if (!FD)
    return nullptr;
  FD = FD->getCanonicalDecl();
  auto It = Cache.find(FD);
  if (It != Cache.end())
    return It->second;
  const CatalogEntry *E = nullptr;
  // Operators are catalogued by their spelling: cv::VideoWriter::operator<<.
  std::string Spelled;
  llvm::StringRef Last;
  if (const IdentifierInfo *II = FD->getIdentifier()) {
    Last = II->getName();
  } else if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD)) {
    // Constructors are catalogued as Class::Class.
    if (const IdentifierInfo *II = Ctor->getParent()->getIdentifier())
      Last = II->getName();
  } else if (FD->isOverloadedOperator()) {
    Spelled = FD->getNameAsString();
    Last = Spelled;
  }
  // The qualified name is only built for names the catalog knows.
  std::string Scope;
  if (!Last.empty() &&
      Ctx.Cat->mayContain(std::string_view(Last.data(), Last.size())) &&
      catalogScope(FD->getDeclContext(), Scope))
    E = entryForName(Scope + Last.str(), Last);
  Cache[FD] = E;
  return E;
}

const CatalogEntry *CallResolver::entryForField(const FieldDecl *Field) {
  if (!Field || !Field->getIdentifier() ||
      !Ctx.Cat->mayContain(Field->getName()))
    return nullptr;
  std::string Scope;
  if (!catalogScope(Field->getDeclContext(), Scope))
    return nullptr;
  return entryForName(Scope + Field->getName().str(), Field->getName());
}

const CatalogEntry *CallResolver::entryForObject(const FunctionDecl *Method,
                                                 const Expr *Object) {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Method);
  if (!MD || !Object || !MD->getIdentifier() ||
      !Ctx.Cat->mayContain(MD->getName()))
    return nullptr;
  QualType T = Object->IgnoreParenImpCasts()->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || RD == MD->getParent() || !RD->getIdentifier())
    return nullptr;
  std::string Scope;
  if (!catalogScope(RD, Scope))
    return nullptr;
  return entryForName(Scope + MD->getName().str(), MD->getName());
}

/// The name written for an unresolved callee: "ns::f" or "f".
static std::string writtenName(const OverloadExpr *OE) {
  std::string Name;
  if (NestedNameSpecifier *NNS = OE->getQualifier()) {
    llvm::raw_string_ostream OS(Name);
    NNS->print(OS, PrintingPolicy(LangOptions()));
  }
  return Name + OE->getName().getAsString();
}

namespace {

bool declaredInStub(const Decl *D) {
  const SourceManager &SM = D->getASTContext().getSourceManager();
  SourceLocation L = SM.getSpellingLoc(D->getLocation());
  return L.isValid() && isStubHeader(SM.getFilename(L));
}

} // namespace

std::optional<CallInfo> CallResolver::describe(const Expr *E) {
  CallInfo CI;
  CI.E = E;
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E)) {
    CI.Callee = MCE->getMethodDecl();
    CI.Object = MCE->getImplicitObjectArgument();
    if (const auto *MD = MCE->getMethodDecl())
      CI.ConstMethod = MD->isConst();
    for (const Expr *A : MCE->arguments())
      CI.Args.push_back(A);
  } else if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(E)) {
    CI.Callee = OCE->getDirectCallee();
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(CI.Callee);
    unsigned First = 0;
    if (MD && !MD->isStatic() && OCE->getNumArgs() > 0) {
      CI.Object = OCE->getArg(0);
      CI.ConstMethod = MD->isConst();
      First = 1;
    }
    for (unsigned I = First; I < OCE->getNumArgs(); ++I)
      CI.Args.push_back(OCE->getArg(I));
  } else if (const auto *CE = dyn_cast<CallExpr>(E)) {
    CI.Callee = CE->getDirectCallee();
    if (!CI.Callee)
      CI.Callee = calleeThroughPointer(CE);
    for (const Expr *A : CE->arguments()) {
      if (!A)
        return std::nullopt; // see below
      CI.Args.push_back(A);
    }
    // Catalog stubs declare methods static; `net.setInput(x)` still runs
    // on net.
    if (const auto *ME =
            dyn_cast<MemberExpr>(CE->getCallee()->IgnoreParenImpCasts()))
      if (const auto *MD = dyn_cast<CXXMethodDecl>(ME->getMemberDecl());
          MD && MD->isStatic() && declaredInStub(MD))
        CI.Object = ME->getBase();
    if (!CI.Callee) {
      // A call through a function pointer stored in a struct: a function
      // table such as ONNX Runtime's OrtApi (`api->Run(...)`), catalogued
      // by its field.
      const Expr *C = CE->getCallee()->IgnoreParenImpCasts();
      if (const auto *ME = dyn_cast<MemberExpr>(C))
        if (const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl())) {
          QualType T = Field->getType();
          if (const auto *PT = T->getAs<PointerType>())
            T = PT->getPointeeType();
          CI.Proto = T->getAs<FunctionProtoType>();
          const CatalogEntry *Entry = entryForField(Field);
          if (Entry && Entry->Sig != Signal::OutputWrite) {
            CI.Entry = Entry;
            CI.Name = Entry->Name;
            CI.Resolved = !(Ctx.AllowUnresolved && declaredInStub(Field));
            return CI;
          }
          CI.Name = Field->getNameAsString();
          return CI;
        }
      // A call in a template pattern, or to an undeclared function.
      if (const auto *ULE = dyn_cast<UnresolvedLookupExpr>(C)) {
        for (const NamedDecl *D : ULE->decls())
          if (const auto *FD = dyn_cast<FunctionDecl>(D->getUnderlyingDecl())) {
            CI.Callee = FD;
            break;
          }
        if (!CI.Callee)
          CI.Name = writtenName(ULE);
      } else if (const auto *UME = dyn_cast<UnresolvedMemberExpr>(C)) {
        CI.Name = UME->getMemberName().getAsString();
        if (!UME->isImplicitAccess())
          CI.Object = UME->getBase();
      } else if (const auto *DME = dyn_cast<CXXDependentScopeMemberExpr>(C)) {
        CI.Name = DME->getMember().getAsString();
        if (!DME->isImplicitAccess())
          CI.Object = DME->getBase();
      }
    }
  } else if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    CI.Callee = CE->getConstructor();
    for (const Expr *A : CE->arguments())
      CI.Args.push_back(A);
  } else if (const auto *RE = dyn_cast<RecoveryExpr>(E)) {
    // `f(args)` where f was never declared: Clang keeps the callee name
    // and the arguments as sub-expressions of a RecoveryExpr.
    auto Subs = RE->subExpressions();
    if (Subs.empty())
      return std::nullopt;
    const Expr *C = Subs.front()->IgnoreParenImpCasts();
    if (const auto *ULE = dyn_cast<UnresolvedLookupExpr>(C))
      CI.Name = writtenName(ULE);
    else if (const auto *DRE = dyn_cast<DeclRefExpr>(C))
      CI.Name = DRE->getNameInfo().getAsString();
    else
      return std::nullopt;
    for (size_t I = 1; I < Subs.size(); ++I)
      CI.Args.push_back(Subs[I]);
  } else {
    return std::nullopt;
  }
  // Error recovery can leave an argument slot empty; such a call is not
  // described rather than described with a hole the analyses would meet.
  if (std::find(CI.Args.begin(), CI.Args.end(), nullptr) != CI.Args.end())
    return std::nullopt;

  if (CI.Callee) {
    // In C, a call to an undeclared function creates an implicit
    // declaration that looks resolved but is only a guess.
    if (CI.Callee->isImplicit() && !CI.Callee->getBuiltinID()) {
      CI.Name = CI.Callee->getNameAsString();
      CI.Callee = nullptr;
    } else {
      // A declaration from a catalog stub stands in for a missing header:
      // the name is known, the declaration is not the library's own.
      CI.Resolved = !(Ctx.AllowUnresolved && declaredInStub(CI.Callee));
      CI.Entry = entryFor(CI.Callee);
      // A method inherited from a base is also known by the class it is
      // called on: Ort::Session::Run for Ort::detail::SessionImpl::Run.
      if (!CI.Entry && CI.Object)
        CI.Entry = entryForObject(CI.Callee, CI.Object);
      if (CI.Entry)
        CI.Name = CI.Entry->Name;
      else if (const IdentifierInfo *II = CI.Callee->getIdentifier())
        CI.Name = II->getName().str();
      return CI;
    }
  }
  if (!CI.Name.empty() && Ctx.AllowUnresolved) {
    std::string Last(lastNameComponent(CI.Name));
    CI.Entry = entryForName(CI.Name, Last);
    if (!CI.Entry && CI.Name.find("::") != std::string::npos)
      CI.Entry = nullptr;
    else if (!CI.Entry)
      // An unqualified written name matches a catalog entry by its last
      // component only when the entry itself is a global name.
      if (const CatalogEntry *E = entryForName(Last, Last))
        CI.Entry = E;
    if (CI.Entry)
      CI.Name = CI.Entry->Name;
  }
  return CI;
}

} // namespace aiact
