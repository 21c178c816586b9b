//===- Analysis.h - Running the checks over one translation unit ----------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The part of a run that the compiler plugin and the driver share: create
/// the enabled checks, register them on one MatchFinder, traverse the AST
/// once, then filter the findings (header filter, confidence, remarks,
/// NOLINT, WarningsAsErrors) the same way for both. The clang-tidy module
/// does not use this: clang-tidy filters its own diagnostics.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_CORE_ANALYSIS_H
#define AIACT_CORE_ANALYSIS_H

#include "core/Check.h"

#include "clang/AST/ASTConsumer.h"

#include <functional>
#include <memory>
#include <set>

namespace clang {
class CompilerInstance;
} // namespace clang

namespace aiact {

/// Everything one run needs besides the source: the effective config and
/// the front-end's switches.
struct RunSettings {
  Config Cfg;
  Catalog Cat;
  /// Missing-header mode (driver and audit only).
  bool AllowUnresolved = false;
  /// Show obligation-met, gpai and info findings.
  bool ShowRemarks = false;
  /// An audit: findings that are warnings only in an audit (see
  /// raisedInAudit) are made warnings.
  bool Audit = false;
  /// Make every finding an error (-fplugin-arg-aiact-werror).
  bool AllWarningsAsErrors = false;
  /// The run date as YYYYMMDD (--as-of); 0 means today.
  unsigned AsOf = 0;
  /// Ignore NOLINT comments (audit --no-suppressions).
  bool IgnoreSuppressions = false;
  /// Things worth saying under --verbose, e.g. catalog entries overridden
  /// by a later file.
  std::vector<std::string> Remarks;
};

/// The findings of one translation unit, after filtering.
struct UnitResult {
  std::vector<PendingFinding> Findings; ///< sorted; suppressed ones marked
  std::vector<std::string> SkippedIncludes; ///< missing-header mode only
  /// Missing includes answered by catalog stubs (missing-header mode only).
  std::vector<std::string> StubbedIncludes;
};

/// Builds the settings for a source folder: the nearest `.aiact.yaml` (or
/// \p ConfigFile when given), overridden by \p ChecksOverride and
/// \p MinConfidenceOverride when they are not empty, plus the user catalog
/// files it names. Returns false with \p Err on any configuration error.
/// With \p Discover false and no \p ConfigFile, no `.aiact.yaml` is read.
bool makeSettings(const std::string &SourceDir, const std::string &ConfigFile,
                  const std::string &ChecksOverride,
                  const std::string &MinConfidenceOverride, RunSettings &Out,
                  ConfigError &Err, bool Discover = true);

/// Creates the AST consumer that runs the enabled checks and passes the
/// filtered findings of the unit to \p Done.
std::unique_ptr<clang::ASTConsumer>
makeAnalysisConsumer(clang::CompilerInstance &CI,
                     std::shared_ptr<const RunSettings> Settings,
                     std::function<void(clang::ASTContext &, UnitResult &)> Done);

/// True when check \p Id is enabled by \p Settings.
bool isCheckEnabled(const RunSettings &Settings, const std::string &Id);

/// The first line of a finding in clang's format without the file prefix:
/// the message with its arguments and " [id]".
std::string formatWithId(const Finding &F);

} // namespace aiact

#endif
