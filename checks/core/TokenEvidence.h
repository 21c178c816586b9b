//===- TokenEvidence.h - Evidence from tokens the parser lost -------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The last resort of missing-header mode (driver and audit): where the
/// compiler could not parse a statement, the statement is gone from the AST
/// and no check sees it. The source's tokens still show it: a call to a
/// catalogued content-generating function (txt2img, piper::textToAudio,
/// cv-less code alike) on a line with a compiler error is reported by
/// `aiact-synthetic-content` with confidence `possible`, which is hidden
/// unless `MinConfidence: possible` asks for it and never counts for exit
/// codes or verdicts.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_CORE_TOKENEVIDENCE_H
#define AIACT_CORE_TOKENEVIDENCE_H

#include "core/Analysis.h"

#include <map>
#include <string>
#include <vector>

namespace aiact {

/// Findings for catalogued synthesis calls written on the lines of \p Text
/// (the text of main file \p File) that \p ErrorLines maps to the compiler's
/// first error there, as \p S configures (enabled checks, MinConfidence,
/// NOLINT, WarningsAsErrors).
std::vector<Finding> tokenEvidence(const std::string &File,
                                   const std::string &Text,
                                   const std::map<unsigned, std::string> &ErrorLines,
                                   const RunSettings &S);

} // namespace aiact

#endif
