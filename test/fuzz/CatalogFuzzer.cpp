//===- CatalogFuzzer.cpp - Fuzz target for the catalog loader -------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Feeds arbitrary text to parseCatalogFile, which reads the user catalogs
/// named by `Catalog:` in `.aiact.yaml`, and looks the entries it accepts up
/// the way the checks do.
///
//===----------------------------------------------------------------------===//

#include "core/Catalog.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
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
  aiact::CatalogFile File;
  aiact::ConfigError Err;
  if (!aiact::parseCatalogFile(Text, "fuzz/catalog.yaml", File, Err)) {
    require(!Err.Message.empty(), "a failed parse has a message", Text);
    (void)Err.str();
    return 0;
  }
  std::set<std::string> Names;
  for (const aiact::CatalogEntry &E : File.Entries) {
    require(!E.Name.empty(), "entries have names", Text);
    require(Names.insert(E.Name).second, "names are unique in a file", Text);
    require(E.Library == File.Library, "entries carry the library", Text);
    aiact::Signal Back;
    require(aiact::parseSignal(aiact::signalName(E.Sig), Back) && Back == E.Sig,
            "signal names round-trip", Text);
    std::string_view Last = aiact::lastNameComponent(E.Name);
    (void)aiact::qualifiedNameMatches(E.Name, E.Name);
    (void)aiact::qualifiedNameMatches("ns::inline_ns::" + std::string(Last),
                                      E.Name);
  }
  return 0;
}
