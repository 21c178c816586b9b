//===- BaselineFuzzer.cpp - Fuzz target for the baseline reader -----------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Feeds arbitrary text to parseBaseline, which reads the SARIF or JSON
/// report given to `--baseline`.
///
//===----------------------------------------------------------------------===//

#include "report/Baseline.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  aiact::Baseline B;
  std::string Err;
  if (!aiact::parseBaseline(Text, B, Err) && Err.empty()) {
    std::fprintf(stderr, "property violated: a rejected baseline has a "
                         "message\n");
    std::abort();
  }
  return 0;
}
