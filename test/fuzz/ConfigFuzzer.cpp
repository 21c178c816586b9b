//===- ConfigFuzzer.cpp - Fuzz target for the .aiact.yaml loader ----------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Feeds arbitrary text to parseConfig, the loader every front-end uses for
/// `.aiact.yaml` and `--config-file`. A configuration that loads must print
/// (`--dump-config`) as YAML that loads again with the same settings.
///
//===----------------------------------------------------------------------===//

#include "core/Config.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

/// The check names of the current build, written out because the registry
/// that knows them needs Clang. The option key makes the CheckOptions branch
/// reachable.
const aiact::CheckNameSet &knownNames() {
  static const aiact::CheckNameSet Known = {
      {"aiact-synthetic-content", "aiact-nolint"},
      {"aiact-synthetic-content.MaxDepth"}};
  return Known;
}

/// Aborts, so that libFuzzer records the input, when \p Ok is false.
void require(bool Ok, const char *What, const std::string &Detail) {
  if (Ok)
    return;
  std::fprintf(stderr, "property violated: %s\n%s\n", What, Detail.c_str());
  std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  const std::string Path = "fuzz/.aiact.yaml";
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  aiact::Config C;
  aiact::ConfigError Err;
  if (!aiact::parseConfig(Text, Path, knownNames(), C, Err)) {
    require(!Err.Message.empty(), "a failed parse has a message", Text);
    (void)Err.str();
  } else {
    std::string Dump = aiact::dumpConfig(C);
    aiact::Config Again;
    aiact::ConfigError Err2;
    require(aiact::parseConfig(Dump, Path, knownNames(), Again, Err2),
            "the dumped configuration loads", Dump + "\n" + Err2.str());
    require(Again.Checks == C.Checks.value_or("aiact-*"), "Checks survives",
            Dump);
    require(Again.HeaderFilterRegex.value_or("") ==
                C.HeaderFilterRegex.value_or(""),
            "HeaderFilterRegex survives", Dump);
    require(Again.CheckOptions == C.CheckOptions, "CheckOptions survive", Dump);
    require(Again.Catalog == C.Catalog, "Catalog survives", Dump);
    require(Again.MarkingFunctions == C.MarkingFunctions &&
                Again.DisclosureFunctions == C.DisclosureFunctions,
            "Mitigations survive", Dump);
    require(Again.Components.size() == C.Components.size(),
            "Components survive", Dump);
    for (size_t I = 0; I < C.Components.size(); ++I)
      require(Again.Components[I].Name == C.Components[I].Name &&
                  Again.Components[I].Paths == C.Components[I].Paths &&
                  Again.Components[I].PlacedOnMarket ==
                      C.Components[I].PlacedOnMarket,
              "a component survives", Dump);
    Again.inheritFrom(C);
    Again.overrideWith(C);
  }

  // The same text as a --checks value and as a name to correct.
  std::string GlobErr;
  if (!aiact::validateCheckGlobs(Text, knownNames(), GlobErr))
    require(!GlobErr.empty(), "a rejected glob list has a message", Text);
  (void)aiact::globListMatches(Text, "aiact-synthetic-content");
  (void)aiact::didYouMean(Text.substr(0, 256), knownNames().Ids);
  return 0;
}
