//===- LicenceFuzzer.cpp - Fuzz target for licence and diff readers -------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Feeds arbitrary text to what an audit reads from the audited tree and
/// from git: licence texts, SPDX lines and expressions, CMakeLists.txt
/// commands, and `git diff` output. Properties: non-free terms point at a
/// line of the text; a rejected diff has a message.
///
//===----------------------------------------------------------------------===//

#include "project/Licence.h"
#include "project/SourceTree.h"
#include "report/DiffBase.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  (void)aiact::identifyLicenceText(Text);
  (void)aiact::saysAnyLaterVersion(Text);
  size_t Lines = std::count(Text.begin(), Text.end(), '\n') + 1;
  for (const aiact::NonFreeTerm &T : aiact::findNonFreeTerms(Text))
    if (T.Line == 0 || T.Line > Lines) {
      std::fprintf(stderr, "property violated: term on line %u of %zu\n",
                   T.Line, Lines);
      std::abort();
    }
  for (const std::string &E : aiact::spdxIdentifiers(Text))
    (void)aiact::evaluateSpdx(E);
  (void)aiact::evaluateSpdx(Text);
  (void)aiact::cmakeProjectName(Text);
  (void)aiact::cmakeIncludeDirs(Text, "/nonexistent/dir", "/nonexistent");
  aiact::ChangedLines C;
  std::string Err;
  if (!aiact::parseUnifiedDiff(Text, C, Err) && Err.empty()) {
    std::fprintf(stderr, "property violated: a rejected diff has a message\n");
    std::abort();
  }
  return 0;
}
