//===- CallSignals.h - What a call expression means -----------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Describes a call uniformly whether it is a free call, a member call, an
/// operator call, a call in a template pattern, or (in missing-header mode)
/// a call to a function the parser never saw, and finds its catalog entry.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_CORE_CALLSIGNALS_H
#define AIACT_CORE_CALLSIGNALS_H

#include "core/Check.h"

#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace aiact {

/// One call, seen the same way whatever its syntax.
struct CallInfo {
  const clang::Expr *E = nullptr;              ///< the call expression
  const clang::FunctionDecl *Callee = nullptr; ///< null when unknown
  std::string Name;      ///< written or declared name, qualified if known
  bool Resolved = false; ///< the callee is a declared function
  const CatalogEntry *Entry = nullptr;
  llvm::SmallVector<const clang::Expr *, 4> Args; ///< without the object
  const clang::Expr *Object = nullptr; ///< implicit object of a member call
  bool ConstMethod = false;            ///< the member function is const
  /// The prototype of a call through a function pointer field, whose
  /// parameters tell what the callee may write.
  const clang::FunctionProtoType *Proto = nullptr;

  /// True when argument \p I is passed where the callee may write through
  /// it: a non-const pointer or reference parameter, or, for an unknown
  /// callee, `&x` or a class-type variable.
  bool mayWriteArg(unsigned I) const;
};

/// Looks calls up in the catalog, caching by declaration.
class CallResolver {
public:
  explicit CallResolver(const CheckContext &Ctx) : Ctx(Ctx) {}

  /// Describes \p E if it is a call (CallExpr, member or operator call, a
  /// constructor call, or a recovered call to an undeclared function in
  /// missing-header mode).
  std::optional<CallInfo> describe(const clang::Expr *E);

  /// The catalog entry for a resolved function, or null. Names compare
  /// without template arguments and inline namespaces.
  const CatalogEntry *entryFor(const clang::FunctionDecl *FD);

  /// The catalog entry for a data member (httplib::Response::body), or null.
  const CatalogEntry *entryForField(const clang::FieldDecl *Field);

  /// The catalog entry for \p Method named after the class of \p Object,
  /// the object it is called on, when that class inherits the method.
  const CatalogEntry *entryForObject(const clang::FunctionDecl *Method,
                                     const clang::Expr *Object);

private:
  const CatalogEntry *entryForName(llvm::StringRef Qualified,
                                   llvm::StringRef Last);
  const CheckContext &Ctx;
  llvm::DenseMap<const clang::FunctionDecl *, const CatalogEntry *> Cache;
  std::vector<const CatalogEntry *> Scratch;
};

/// The unit's shared resolver in \p Ctx, made on first use. Every analysis
/// of a unit resolves its calls through it, so each callee is looked up in
/// the catalog once per unit.
std::shared_ptr<CallResolver> unitResolver(const CheckContext &Ctx);

/// The function a call expression's callee denotes after looking through a
/// local function pointer initialised from a function in the same body.
const clang::FunctionDecl *calleeThroughPointer(const clang::CallExpr *CE);

} // namespace aiact

#endif
