//===- FactsFuzzer.cpp - Fuzz target for the facts-file reader ------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Feeds arbitrary text to parseFacts, which `aiact-check merge` runs on
/// files written by other machines' builds. Properties: a rejected file has
/// a message; an accepted one survives a round trip through formatFacts.
///
//===----------------------------------------------------------------------===//

#include "report/Facts.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  aiact::UnitFacts F;
  std::string Err;
  if (!aiact::parseFacts(Text, F, Err)) {
    if (Err.empty()) {
      std::fprintf(stderr, "property violated: a rejected facts file has a "
                           "message\n");
      std::abort();
    }
    return 0;
  }
  std::string Once = aiact::formatFacts(F);
  aiact::UnitFacts Again;
  if (!aiact::parseFacts(Once, Again, Err) ||
      aiact::formatFacts(Again) != Once) {
    std::fprintf(stderr, "property violated: facts do not survive a round "
                         "trip (%s)\n", Err.c_str());
    std::abort();
  }
  return 0;
}
