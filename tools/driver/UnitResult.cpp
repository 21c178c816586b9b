//===- UnitResult.cpp - What the driver knows of one translation unit ----===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "UnitResult.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>

using namespace llvm;

std::string absolutePath(StringRef P) {
  SmallString<256> Abs(P);
  sys::fs::make_absolute(Abs);
  sys::path::remove_dots(Abs, true);
  return Abs.str().str();
}

/// The status of each unit for the reports, sorted by file.
std::vector<aiact::UnitStatus>
unitStatuses(const std::vector<std::string> &Files,
             const std::vector<FileResult> &Results) {
  std::vector<aiact::UnitStatus> Out;
  for (size_t I = 0; I < Files.size(); ++I) {
    const FileResult &R = Results[I];
    aiact::UnitStatus U;
    U.File = absolutePath(Files[I]);
    U.ErrorsLeft = R.Errors;
    U.How = unitProblem(R);
    if (R.Crashed)
      U.State = aiact::UnitState::Crashed;
    else if (R.Failed || R.Errors || R.TokenFindings)
      U.State = aiact::UnitState::Degraded;
    else if (!R.StubbedIncludes.empty() || !R.SkippedIncludes.empty() ||
             !R.Declared.empty())
      U.State = aiact::UnitState::Recovered;
    Out.push_back(std::move(U));
  }
  std::sort(Out.begin(), Out.end(),
            [](const aiact::UnitStatus &A, const aiact::UnitStatus &B) {
              return A.File < B.File;
            });
  return Out;
}

namespace {
/// Appends "; Label a b c" (at most \p Shown items, "and N more") when
/// \p Items is not empty.
void appendList(std::string &How, const char *Label,
                const std::vector<std::string> &Items, size_t Shown) {
  if (Items.empty())
    return;
  if (!How.empty())
    How += "; ";
  How += Label;
  for (size_t I = 0; I < Items.size() && I < Shown; ++I)
    How += " " + Items[I];
  if (Items.size() > Shown)
    How += " and " + std::to_string(Items.size() - Shown) + " more";
}
} // namespace

/// What went wrong with a unit, or empty when it was analysed completely.
std::string unitProblem(const FileResult &R) {
  if (R.Crashed)
    return "the compiler crashed on this unit; not analysed";
  if (R.Failed)
    return R.FirstError.empty() ? "could not be analysed"
                                : "could not be analysed: " + R.FirstError;
  std::string How;
  if (R.Errors)
    How = std::to_string(R.Errors) + " compiler error" +
          (R.Errors == 1 ? "" : "s") + " (first: " + R.FirstError +
          "); analysed as far as possible";
  if (R.TokenFindings) {
    if (!How.empty())
      How += "; ";
    How += "token-level evidence for " + std::to_string(R.TokenFindings) +
           " call" + (R.TokenFindings == 1 ? "" : "s") +
           " on lines that did not parse";
  }
  appendList(How, "missing includes served from catalog stubs:",
             R.StubbedIncludes, R.StubbedIncludes.size());
  appendList(How, "missing includes skipped:", R.SkippedIncludes,
             R.SkippedIncludes.size());
  appendList(How, "names declared by recovery:", R.Declared, 8);
  return How;
}
