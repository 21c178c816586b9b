//===- Baseline.h - Reading a baseline of known findings ------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `--baseline=FILE` takes an earlier SARIF or JSON report and hides the
/// findings whose fingerprints it holds, so CI reports only new ones.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_REPORT_BASELINE_H
#define AIACT_REPORT_BASELINE_H

#include <set>
#include <string>

namespace aiact {

/// Fingerprints from an earlier report.
struct Baseline {
  std::set<std::string> Fingerprints;
};

/// Parses the text of a SARIF log (partialFingerprints.
/// primaryLocationLineHash of every result) or of an aiact JSON report
/// (findings[].fingerprint). On failure \p Err is "LINE:COL: message",
/// where the message says what was expected.
bool parseBaseline(const std::string &Text, Baseline &Out, std::string &Err);

/// Reads and parses \p Path; on failure \p Err is "PATH:LINE:COL: message"
/// or, when the file cannot be read, "PATH: message".
bool loadBaseline(const std::string &Path, Baseline &Out, std::string &Err);

} // namespace aiact

#endif
