//===- SuppressionFuzzer.cpp - Fuzz target for NOLINT comments ------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Feeds arbitrary source text to SuppressionIndex, which scans every file
/// the driver and the plugin report findings in, and asks it about the lines
/// around each comment it found.
///
//===----------------------------------------------------------------------===//

#include "core/Suppression.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

/// Aborts, so that libFuzzer records the input, when \p Ok is false.
void require(bool Ok, const char *What, const std::string &Detail) {
  if (Ok)
    return;
  std::fprintf(stderr, "property violated: %s\n%s\n", What, Detail.c_str());
  std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  aiact::SuppressionIndex Index(Text);
  // Every kind of line break starts a line, as in Clang.
  unsigned Lines = 1;
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n' ||
        (Text[I] == '\r' && (I + 1 == Text.size() || Text[I + 1] != '\n')))
      ++Lines;
  for (const aiact::NolintComment &C : Index.comments())
    require(C.Line >= 1 && C.Line <= Lines && C.Column >= 1,
            "comments lie inside the file", Text);
  for (const aiact::NolintProblem &P : Index.problems())
    require(P.Line >= 1 && P.Line <= Lines && !P.Message.empty(),
            "problems lie inside the file and say what is wrong", Text);

  // A few questions per comment, as a file with findings would ask.
  size_t Asked = 0;
  for (const aiact::NolintComment &C : Index.comments()) {
    if (++Asked > 64)
      break;
    for (unsigned L : {C.Line, C.Line + 1}) {
      std::string Reason;
      (void)Index.isSuppressed("aiact-synthetic-content", L, &Reason);
      (void)Index.isSuppressed("aiact-nolint", L);
    }
  }
  require(!Index.isSuppressed("aiact-synthetic-content", 0),
          "line 0 is never suppressed", Text);
  return 0;
}
