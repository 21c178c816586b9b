//===- Finding.h - The finding model shared by every front-end ------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Plain data that describes one finding: which check, which provision, what
/// effect, how sure, where, and the evidence. No Clang types appear here so
/// that emitters (SARIF, JSON, facts files) need no Clang headers.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_CORE_FINDING_H
#define AIACT_CORE_FINDING_H

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aiact {

/// What a finding means in law; fixes its clang and SARIF level.
enum class Effect {
  Prohibited,
  HighRisk,
  Transparency,
  ObligationUnmet,
  ObligationMet,
  Gpai,
  Info,
};

/// How sure the evidence is; ordered so that a larger value is surer.
enum class Confidence { Possible = 0, Likely = 1, Certain = 2 };

/// The spelling of \p E used in configuration, JSON and SARIF.
const char *effectName(Effect E);
/// The spelling of \p C used in configuration, JSON and SARIF.
const char *confidenceName(Confidence C);
/// Parses a confidence name; std::nullopt when it is not one.
std::optional<Confidence> parseConfidence(const std::string &Name);

/// Parses a calendar date written YYYY-MM-DD into the number YYYYMMDD
/// (2026-12-02 -> 20261202); nullopt unless it is a real date.
std::optional<unsigned> parseIsoDate(const std::string &Text);

/// Today's date in UTC as YYYYMMDD: the run date that decides which
/// provisions are in force unless --as-of gives another.
unsigned todayUtc();

/// The date YYYYMMDD written as YYYY-MM-DD.
std::string formatIsoDate(unsigned Date);
/// True when findings with \p E are hidden unless remarks are asked for.
bool isRemarkEffect(Effect E);

/// A position in a source file, 1-based. RawLoc is the Clang source
/// location's encoding, meaningful only inside the translation unit that
/// produced it (0 when unknown).
struct SourcePos {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  uint64_t RawLoc = 0;
};

/// A message with its arguments kept apart, so that a front-end can create
/// one diagnostic id per format string and stream the arguments.
struct Message {
  std::string Format;             ///< constant text with %0, %1, ...
  std::vector<std::string> Args;  ///< values for %0, %1, ...

  /// The message with every %N replaced by its argument.
  std::string str() const;
};

/// One piece of evidence shown as a note under a finding.
struct Note {
  SourcePos Pos;
  Message Msg;
};

/// One finding of one check.
struct Finding {
  std::string CheckId;
  std::string Provision; ///< e.g. "Art. 50(2)"
  Effect Eff = Effect::Info;
  Confidence Conf = Confidence::Certain;
  SourcePos Pos;
  Message Msg;
  std::vector<Note> Notes;
  std::string Function; ///< enclosing function's qualified name, or empty
  std::string LineText; ///< the primary line's text, for fingerprints
  std::string Fingerprint; ///< stable across unrelated edits (see Report.h)
  bool AsError = false; ///< made an error by WarningsAsErrors
  /// A finding of a remark effect that is still a warning: a training
  /// compute estimate above the systemic-risk threshold.
  bool Warning = false;
  bool Suppressed = false;
  std::string SuppressionReason;
};

/// Orders findings by file, line, column, check id and message so that every
/// front-end and every -j value prints them in the same order.
bool findingLess(const Finding &A, const Finding &B);

/// True when \p F is reported as a remark (hidden unless remarks are
/// shown): its effect is one of remarks and it is not made a warning.
inline bool isRemark(const Finding &F) {
  return isRemarkEffect(F.Eff) && !F.Warning;
}

} // namespace aiact

#endif
