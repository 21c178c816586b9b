//===- UnitResult.h - What the driver knows of one translation unit ------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The result of analysing one unit, and how the reports describe it. No
/// Clang types: the analysis fills it, the reports read it.
///
//===----------------------------------------------------------------------===//

#ifndef AIACT_DRIVER_UNITRESULT_H
#define AIACT_DRIVER_UNITRESULT_H

#include "core/Finding.h"
#include "report/Report.h"

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

/// The findings and problems of one source file.
struct FileResult {
  std::vector<aiact::Finding> Findings;
  std::vector<std::string> SkippedIncludes;
  std::vector<std::string> StubbedIncludes;
  /// Names declared by recovery (see Recovery.h).
  std::vector<std::string> Declared;
  unsigned TokenFindings = 0; ///< findings from tokens the parser lost
  unsigned Errors = 0;
  std::string FirstError;
  bool Failed = false; ///< the tool could not run on it at all
  bool Crashed = false; ///< the compiler crashed on it
};

/// \p P made absolute against the process's working directory, without
/// "." and ".." components.
std::string absolutePath(llvm::StringRef P);

/// What went wrong with a unit, or empty when it was analysed completely.
std::string unitProblem(const FileResult &R);

/// The status of each unit for the reports, sorted by file.
std::vector<aiact::UnitStatus>
unitStatuses(const std::vector<std::string> &Files,
             const std::vector<FileResult> &Results);

#endif // AIACT_DRIVER_UNITRESULT_H
