//===- AuditReport.h - The audit report: verdicts, findings, trust --------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// What `aiact-check audit` prints: the component table with licences and
/// verdicts first, the provisions in force on the run date, the findings
/// with their code and evidence, then what could weaken the audit (units
/// analysed in degraded mode, suppressions, configuration files inside the
/// tree). Markdown, HTML (one self-contained file) and JSON; the schema of
/// the JSON is documented in docs/audit.md. No Clang types.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_REPORT_AUDITREPORT_H
#define AIACT_REPORT_AUDITREPORT_H

#include "project/Components.h"
#include "report/Report.h"

#include <string>
#include <vector>

namespace aiact {

/// How one translation unit was analysed.
struct AuditUnit {
  std::string File; ///< absolute
  bool Degraded = false;
  bool Crashed = false; ///< the analysis crashed: none of it is reported
  unsigned ErrorsLeft = 0; ///< compiler errors after recovery
  std::string How; ///< what was missing or failed; empty when complete
};

/// A `.aiact.yaml` found inside the audited tree.
struct AuditConfigFile {
  std::string File; ///< absolute
  bool Applied = false; ///< false under --no-suppressions or when broken
  std::vector<std::string> Changes; ///< "Checks: ...", one per key it sets
  std::string Problem; ///< why it was not applied, if it was broken
};

/// Everything an audit report shows.
struct AuditData {
  std::string Root;  ///< absolute
  unsigned AsOf = 0; ///< the run date, YYYYMMDD
  bool AsOfGiven = false; ///< from --as-of rather than today
  bool NoSuppressions = false;
  std::vector<Component> Components;
  std::vector<Finding> Findings; ///< fingerprinted, sorted
  std::vector<AuditUnit> Units;
  std::vector<AuditConfigFile> Configs;
  std::vector<std::string> Warnings; ///< from walking the tree
};

/// The keys a configuration sets, one line each, for the trust section.
std::vector<std::string> describeConfig(const Config &C);

/// Findings that are remarks in compiler output but warnings in an audit:
/// a mismatch between a component's declared purpose and its code is
/// context while coding and a problem when vetting the component
/// (aiact-purpose-mismatch).
bool raisedInAudit(const Finding &F);

std::string formatAuditJson(const AuditData &D, const ReportContext &Ctx);
std::string formatAuditMarkdown(const AuditData &D, const ReportContext &Ctx);
std::string formatAuditHtml(const AuditData &D, const ReportContext &Ctx);

} // namespace aiact

#endif
