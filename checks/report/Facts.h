//===- Facts.h - Per-unit facts files for merging -------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A facts file holds what one translation unit contributed to a run: the
/// unit, its compile command, its findings with everything the reports need
/// (the primary line's text for fingerprints, the enclosing function,
/// suppressions) and what was missing. The plugin and the driver write one
/// per unit; `aiact-check merge` reads them and prints the same reports as a
/// direct run, without the sources. JSON, with a schema version.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_REPORT_FACTS_H
#define AIACT_REPORT_FACTS_H

#include "core/Finding.h"

#include <string>
#include <vector>

namespace aiact {

/// The version of the facts layout; a reader rejects any other.
constexpr int FactsSchemaVersion = 1;

/// What one translation unit contributed.
struct UnitFacts {
  std::string Unit;      ///< absolute path of the main file
  std::string Directory; ///< the compile command's folder
  std::vector<std::string> Arguments; ///< the compile command, when known
  std::vector<Finding> Findings;      ///< paths absolute
  std::vector<std::string> SkippedIncludes;
  unsigned CompilerErrors = 0;
  std::string Producer; ///< "driver" or "plugin"
};

/// The file name for a unit's facts: a hash of its absolute path and of
/// \p Variant (its compile command), so that the same file compiled twice
/// with different flags gets two files.
std::string factsFileName(const std::string &Unit, const std::string &Variant);

/// The facts as JSON text.
std::string formatFacts(const UnitFacts &F);

/// Parses facts JSON; on failure \p Err says where and what was expected.
bool parseFacts(const std::string &Text, UnitFacts &Out, std::string &Err);

/// Writes \p F into folder \p Dir (created if needed) under factsFileName,
/// through a temporary file renamed into place, so that a reader never sees
/// half a file. On failure \p Err says why.
bool writeFactsFile(const std::string &Dir, const UnitFacts &F,
                    const std::string &Variant, std::string &Err);

} // namespace aiact

#endif
