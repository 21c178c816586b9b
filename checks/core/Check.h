//===- Check.h - Base class of every aiact check --------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A check in the manner of clang-tidy's ClangTidyCheck: options are read
/// once in the constructor, matchers are registered on the shared
/// MatchFinder (one AST traversal for all checks), and diag() returns a
/// builder that arguments and notes stream into. Findings are handed to a
/// FindingSink at the end of the translation unit, which each front-end
/// (plugin, clang-tidy module, driver) supplies.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_CORE_CHECK_H
#define AIACT_CORE_CHECK_H

#include "core/Catalog.h"
#include "core/Config.h"
#include "core/Finding.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class Preprocessor;
class SourceManager;
class FunctionDecl;
} // namespace clang

namespace aiact {

/// A finding still tied to its translation unit's source locations.
struct PendingFinding {
  Finding F;
  clang::SourceLocation Loc;
  std::vector<clang::SourceLocation> NoteLocs; ///< parallel to F.Notes
};

/// Receives the findings of a check at the end of a translation unit.
class FindingSink {
public:
  virtual ~FindingSink();
  /// Takes one finding; called in a deterministic order.
  virtual void report(PendingFinding P) = 0;
};

/// Read access to check options, whichever front-end holds them.
class OptionsProvider {
public:
  virtual ~OptionsProvider();
  /// The value of option \p Name of check \p CheckId, if set.
  virtual std::optional<std::string> get(llvm::StringRef CheckId,
                                         llvm::StringRef Name) const = 0;
};

/// Options taken from `CheckOptions` of a Config.
class ConfigOptions : public OptionsProvider {
public:
  explicit ConfigOptions(const Config &C) : C(C) {}
  std::optional<std::string> get(llvm::StringRef CheckId,
                                 llvm::StringRef Name) const override;

private:
  const Config &C;
};

class GenerationAnalyzer;
class BiometricAnalyzer;
class PurposeAnalyzer;
class CallResolver;

/// What every check of one run shares: configuration, catalog, options, and
/// the analysis of the current translation unit.
struct CheckContext {
  const Config *Cfg = nullptr;
  const Catalog *Cat = nullptr;
  const OptionsProvider *Options = nullptr;
  /// Missing-header mode (driver and audit): calls whose callee could not be
  /// resolved still count by name, with confidence `likely`.
  bool AllowUnresolved = false;
  /// The run date (YYYYMMDD) that decides which provisions are in force.
  unsigned AsOf = 0;
  /// The unit's generation analysis, made by the first check that needs it
  /// and dropped at the end of the unit.
  std::shared_ptr<GenerationAnalyzer> Analyzer;
  /// The unit's biometric analysis, shared the same way.
  std::shared_ptr<BiometricAnalyzer> Biometrics;
  /// The biometric check that collects the unit's functions for all of
  /// them (the first one registered).
  const void *BiometricCollector = nullptr;
  /// The unit's purpose analysis (Annex III, Art. 5(1)(a)-(d)), shared by
  /// the purpose checks, and the one of them that collects its functions.
  std::shared_ptr<PurposeAnalyzer> Purposes;
  const void *PurposeCollector = nullptr;
  /// The unit's catalog lookups, cached by declaration and shared by every
  /// analysis above (see unitResolver()); dropped at the end of the unit.
  mutable std::shared_ptr<CallResolver> Calls;
};

class Check;

/// Builds one finding; it is recorded when the builder goes out of scope.
class FindingBuilder {
public:
  FindingBuilder(Check &Owner, PendingFinding P);
  FindingBuilder(FindingBuilder &&Other);
  FindingBuilder(const FindingBuilder &) = delete;
  ~FindingBuilder();

  /// Appends the next %N argument of the message.
  FindingBuilder &operator<<(llvm::StringRef Arg);
  FindingBuilder &operator<<(const std::string &Arg) {
    return *this << llvm::StringRef(Arg);
  }
  FindingBuilder &operator<<(const char *Arg) {
    return *this << llvm::StringRef(Arg);
  }
  FindingBuilder &operator<<(long long Arg);

  /// Adds a note with evidence; its arguments follow in \p Args.
  FindingBuilder &note(clang::SourceLocation Loc, llvm::StringRef Format,
                       std::vector<std::string> Args = {});
  /// Records the function the finding is in, for fingerprints.
  FindingBuilder &inFunction(const clang::FunctionDecl *FD);
  /// Reports a finding of a remark effect as a warning.
  FindingBuilder &asWarning() {
    P.F.Warning = true;
    return *this;
  }

private:
  Check *Owner;
  PendingFinding P;
};

/// Base class of every check.
class Check : public clang::ast_matchers::MatchFinder::MatchCallback {
public:
  Check(llvm::StringRef Id, CheckContext &Ctx);
  ~Check() override;

  /// Registers the AST matchers this check needs on the shared finder.
  virtual void registerMatchers(clang::ast_matchers::MatchFinder *Finder) {}
  /// Registers preprocessor callbacks, when the check needs any.
  virtual void registerPPCallbacks(const clang::SourceManager &SM,
                                   clang::Preprocessor *PP) {}
  /// Handles one match of the check's matchers.
  virtual void check(const clang::ast_matchers::MatchFinder::MatchResult &R) {}
  /// Writes the check's options with their effective values.
  virtual void storeOptions(std::map<std::string, std::string> &Opts) const {}

  /// The check id, e.g. "aiact-synthetic-content".
  llvm::StringRef id() const { return Id; }
  /// Sets where findings go at the end of each translation unit.
  void setSink(FindingSink *S) { Sink = S; }

  // MatchCallback interface; final so that checks override check() instead.
  void run(const clang::ast_matchers::MatchFinder::MatchResult &R) final;
  void onStartOfTranslationUnit() final;
  void onEndOfTranslationUnit() final;
  llvm::StringRef getID() const final { return Id; }

protected:
  /// Starts a finding at \p Loc with a constant format string.
  FindingBuilder diag(clang::SourceLocation Loc, llvm::StringRef Format,
                      Effect E, Confidence C, llvm::StringRef Provision);

  /// The value of option \p Name, or \p Default.
  std::string option(llvm::StringRef Name, llvm::StringRef Default) const;

  const Catalog &catalog() const { return *Ctx.Cat; }
  const Config &config() const { return *Ctx.Cfg; }
  const CheckContext &context() const { return Ctx; }
  bool allowUnresolved() const { return Ctx.AllowUnresolved; }
  clang::ASTContext *astContext() const { return AST; }

  /// Called after the whole translation unit has been matched, for checks
  /// that collect evidence over the whole unit before reporting.
  virtual void finishTranslationUnit() {}

public:
  /// Option names the check reads; checks with options hide this.
  static std::vector<std::string> optionNames() { return {}; }

private:
  friend class FindingBuilder;
  void record(PendingFinding P);

  std::string Id;
  CheckContext &Ctx;
  clang::ASTContext *AST = nullptr;
  FindingSink *Sink = nullptr;
  std::vector<PendingFinding> Pending;
};

/// Creates a check for one run.
using CheckFactory = std::unique_ptr<Check> (*)(llvm::StringRef Id,
                                                CheckContext &Ctx);

/// One registered check.
struct CheckInfo {
  std::string Id;
  CheckFactory Factory;
  std::vector<std::string> Options; ///< option names, without the id
};

/// The explicit list of checks every front-end uses.
class CheckRegistry {
public:
  /// Registers check class \p T under \p Id.
  template <typename T> void registerCheck(llvm::StringRef Id) {
    Checks.push_back(
        {Id.str(),
         [](llvm::StringRef Id, CheckContext &Ctx) -> std::unique_ptr<Check> {
           return std::make_unique<T>(Id, Ctx);
         },
         T::optionNames()});
  }
  const std::vector<CheckInfo> &checks() const { return Checks; }

private:
  std::vector<CheckInfo> Checks;
};

/// The registry of all checks (filled by checks/Registry.cpp).
const CheckRegistry &checkRegistry();

/// The id of the pseudo-check that reports unmatched NOLINTBEGIN/END.
inline constexpr const char *NolintCheckId = "aiact-nolint";

/// Every check id and option key a configuration may name.
CheckNameSet knownCheckNames();

/// Converts \p Loc to the file position every front-end prints: macro
/// locations become the location in the file where they are written.
SourcePos toSourcePos(const clang::SourceManager &SM,
                      clang::SourceLocation Loc);

/// The location diagnostics should point at for \p Loc.
/// The component a main file belongs to, as declared in `Components:`.
const ComponentDecl *declaredComponent(const Config &Cfg,
                                       const clang::SourceManager &SM);

clang::SourceLocation toFileLoc(const clang::SourceManager &SM,
                                clang::SourceLocation Loc);

} // namespace aiact

#endif
