//===- Report.h - Printing findings: clang text, JSON, SARIF --------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Emitters for the driver's findings. Plain C++ and llvm::json: no Clang
/// types, so the same code serves the driver, `merge` and the audit.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_REPORT_REPORT_H
#define AIACT_REPORT_REPORT_H

#include "core/Finding.h"

#include "llvm/Support/JSON.h"

#include <string>
#include <vector>

namespace aiact {

/// What the rules section of a report says about one check.
struct RuleInfo {
  std::string Id;
  std::string Summary;  ///< one sentence: the doc page's first sentence
  std::string Markdown; ///< the whole doc page
  std::string Precision = "high"; ///< SARIF precision: very-high, high, medium, low
};

/// The rule descriptions compiled in from docs/checks/*.md, sorted by id.
const std::vector<RuleInfo> &ruleInfos();

/// How far one translation unit was analysed.
enum class UnitState {
  Clean,     ///< parsed without errors, every include found
  Recovered, ///< parsed without errors with missing includes stubbed or skipped
  Degraded,  ///< compiler errors left, or not analysed at all
  Crashed,   ///< the analysis crashed; nothing of the unit is reported
};

/// "clean", "recovered", "degraded" or "crashed".
const char *unitStateName(UnitState S);

/// The status of one translation unit, for the reports.
struct UnitStatus {
  std::string File; ///< absolute
  UnitState State = UnitState::Clean;
  unsigned ErrorsLeft = 0; ///< compiler errors after recovery
  std::string How;         ///< what was missing or failed; empty when clean
};

/// Everything an emitter needs besides the findings.
struct ReportContext {
  std::string SrcRoot; ///< absolute folder that URIs are made relative to
  std::string WorkingDir; ///< absolute current folder, for clang output
  std::string ToolVersion;
  bool ShowRemarks = false;
  /// Every unit of the run, sorted by file; empty where the run does not
  /// know them (merge of facts files).
  std::vector<UnitStatus> Units;
};

/// Computes each finding's fingerprint: a hash of the rule id, the enclosing
/// function, the whitespace-normalised primary line, and the occurrence index
/// among findings with the same key.
void assignFingerprints(std::vector<Finding> &Findings,
                        std::vector<std::string> &Out);

/// Clang-style text: "file:line:col: warning: message [id]" with the source
/// line and a caret, and notes. Suppressed findings are not printed.
std::string formatClang(const std::vector<Finding> &Findings,
                        const ReportContext &Ctx, bool Snippets);

/// The JSON report (schema documented in docs/usage.md).
std::string formatJson(const std::vector<Finding> &Findings,
                       const ReportContext &Ctx);

/// A SARIF 2.1.0 log with one run.
std::string formatSarif(const std::vector<Finding> &Findings,
                        const ReportContext &Ctx);

/// The GitLab code quality report: a JSON array of issues.
std::string formatCodeClimate(const std::vector<Finding> &Findings,
                              const ReportContext &Ctx);

/// The "units" object of the JSON reports: counts per state and the units
/// that were not clean.
llvm::json::Object unitsJson(const ReportContext &Ctx);

/// The SARIF level of a finding.
const char *sarifLevel(const Finding &F);

} // namespace aiact

#endif
