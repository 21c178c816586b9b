//===- Recovery.h - Declarations that answer a unit's unknown names -------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Missing-header mode, after the catalog stubs: a unit that still has
/// errors is read for the names they say are missing ("unknown type name",
/// "use of undeclared identifier", "no member named X in namespace N",
/// "no template named", "expected class name", class-head and export
/// macros such as `class MYLIB_API Model`), and parsed again with a header,
/// included before the unit, that declares each of them on the permissive
/// placeholder `::aiact_stub::any`. Members missing from a stub class are
/// added to that class through a hook each stub class has. At most
/// MaxRecoveryRounds parses follow the first; recovery stops earlier when no
/// error is left or a parse finds nothing new to declare.
///
/// Names declared this way carry no catalog meaning: a call to one is
/// recognised only by its name, as an unresolved call is.
///
//===----------------------------------------------------------------------===//

#ifndef AIACT_DRIVER_RECOVERY_H
#define AIACT_DRIVER_RECOVERY_H

#include "RecoveryText.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceLocation.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace aiact {

/// Parses after the first one, at most.
constexpr unsigned MaxRecoveryRounds = 3;

/// What a unit's errors say is missing, accumulated over its parses.
class RecoveryPlan {
public:
  /// Reads one error of the parse under way.
  void noteError(const clang::Diagnostic &Info, bool CPlusPlus);
  /// True when the parse under way found something not yet declared.
  bool foundNew() const { return New; }
  /// Starts the next parse: everything found so far is declared by
  /// header().
  void nextRound();
  /// True when header() has something to declare.
  bool empty() const;
  /// The recovery header for a unit in C++ (\p CPlusPlus) or C.
  std::string header(bool CPlusPlus) const;
  /// The names declared, qualified, for the unit's report.
  std::vector<std::string> declaredNames() const;

  using Kind = RecoveredKind;

private:
  struct Scope {
    std::map<std::string, Kind> Names;
    std::map<std::string, Scope> Namespaces;
  };
  void add(Scope &S, const std::string &Name, Kind K);
  void addQualified(const std::vector<std::string> &Path, Kind K);
  void addMacro(const std::string &Name, bool FunctionLike,
                const std::string &Body = "");
  void addClassMember(const std::string &Class, const std::string &Name,
                      Kind K);
  void needSupport();
  void addUnqualified(const std::string &Name, Kind K);
  void noteStubRedefinition(const clang::Diagnostic &Info);
  void noteUnknownName(const clang::Diagnostic &Info);
  void noteMissingMember(const clang::Diagnostic &Info);
  void noteIncompleteType(const clang::Diagnostic &Info);
  /// Export and annotation macros on the line of an error.
  void noteMacros(const clang::SourceManager &SM, clang::SourceLocation Loc);
  void emitScope(const Scope &S, bool CPlusPlus, std::string &Out,
                 const std::set<std::string> *Skip,
                 const std::string &Prefix) const;
  static void listScope(const Scope &S, const std::string &Prefix,
                        std::vector<std::string> &Out);

  Scope Global;
  /// Macros defined empty (or as Body): name -> "(...) body" or " body".
  std::map<std::string, std::string> Macros;
  /// Members missing from stub classes: qualified class -> name -> kind.
  std::map<std::string, std::map<std::string, Kind>> ClassMembers;
  /// Every name declared in a scope, and those whose declaration here
  /// conflicted with the unit's own.
  std::set<std::string> Declared, Dropped;
  bool Support = false;   ///< the stubs' standard headers are included
  bool SupportNow = false; ///< ... from the next parse on
  bool New = false;
  bool CPlusPlus = true;
};

/// Counts the compiler's errors instead of printing them, remembers the
/// first one and the first on each line of the main file, and feeds every
/// error to a RecoveryPlan.
class UnitDiagnostics : public clang::DiagnosticConsumer {
public:
  explicit UnitDiagnostics(RecoveryPlan &Plan) : Plan(Plan) {}
  void BeginSourceFile(const clang::LangOptions &LO,
                       const clang::Preprocessor *) override;
  void HandleDiagnostic(clang::DiagnosticsEngine::Level L,
                        const clang::Diagnostic &Info) override;
  bool cplusplus() const { return CPlusPlus; }

  std::string First;
  /// The errors, formatted with their positions (the first 100).
  std::vector<std::string> Errors;
  /// The first error on each line of the main file.
  std::map<unsigned, std::string> MainErrorLines;

private:
  RecoveryPlan &Plan;
  bool CPlusPlus = true;
};

} // namespace aiact

#endif // AIACT_DRIVER_RECOVERY_H
