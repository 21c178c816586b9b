//===- CatalogGen.cpp - Compile the default catalog into a table ----------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
//
// Build-time tool: validates config/catalog/*.yaml and writes the sorted
// table that Catalog.cpp includes. A bad catalog stops the build with
// "file:line:col: error: ..." so that it never reaches users.
//
// Usage: aiact-catalog-gen OUTPUT.inc FILE.yaml...
//
//===----------------------------------------------------------------------===//

#include "core/Catalog.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

namespace {

std::string cString(const std::string &S) {
  std::string Out = "\"";
  for (char C : S) {
    if (C == '\n') {
      Out += "\\n";
      continue;
    }
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out + "\"";
}

std::string baseName(const std::string &Path) {
  size_t Pos = Path.find_last_of('/');
  return Pos == std::string::npos ? Path : Path.substr(Pos + 1);
}

const char *signalEnumName(aiact::Signal S) {
  static const char *const Names[] = {
#define AIACT_SIGNAL(Id, Name) #Id,
#include "core/Signals.def"
  };
  return Names[static_cast<size_t>(S)];
}

const char *mediumEnumName(aiact::Medium M) {
  switch (M) {
  case aiact::Medium::Image:
    return "Medium::Image";
  case aiact::Medium::Audio:
    return "Medium::Audio";
  case aiact::Medium::Video:
    return "Medium::Video";
  case aiact::Medium::None:
    break;
  }
  return "Medium::None";
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 2) {
    std::fprintf(stderr, "usage: aiact-catalog-gen OUTPUT.inc FILE.yaml...\n");
    return 2;
  }
  // Later files override earlier ones, as for user catalogs.
  std::map<std::string, aiact::CatalogEntry> ByName;
  std::vector<aiact::ModelPattern> Models;
  std::vector<aiact::LibraryInfo> Libraries;
  for (int I = 2; I < Argc; ++I) {
    aiact::CatalogFile File;
    aiact::ConfigError Err;
    if (!aiact::loadCatalogFile(Argv[I], File, Err)) {
      std::fprintf(stderr, "%s\n", Err.str().c_str());
      return 1;
    }
    for (auto &E : File.Entries) {
      E.Source = "config/catalog/" + baseName(E.Source);
      ByName[E.Name] = E;
    }
    for (auto &M : File.Models) {
      M.Source = "config/catalog/" + baseName(M.Source);
      Models.push_back(M);
    }
    if (!File.Headers.empty() || !File.Types.empty())
      Libraries.push_back({File.Library, File.Headers, File.Types});
  }
  std::vector<aiact::CatalogEntry> Sorted;
  for (auto &KV : ByName)
    Sorted.push_back(KV.second);
  std::stable_sort(
      Sorted.begin(), Sorted.end(),
      [](const aiact::CatalogEntry &A, const aiact::CatalogEntry &B) {
        auto LA = aiact::lastNameComponent(A.Name);
        auto LB = aiact::lastNameComponent(B.Name);
        return LA != LB ? LA < LB : A.Name < B.Name;
      });
  std::ostringstream OS;
  OS << "// Generated from config/catalog/*.yaml by aiact-catalog-gen.\n";
  // Rows of the function table, then rows of the model-pattern table;
  // Catalog.cpp includes the file once for each.
  for (const auto &E : Sorted)
    OS << "AIACT_ENTRY({" << cString(E.Name) << ", "
       << cString(std::string(aiact::lastNameComponent(E.Name))) << ", "
       << cString(E.Library) << ", Signal::" << signalEnumName(E.Sig) << ", "
       << E.InputArgs << "u, " << (E.Writes ? "true" : "false") << ", "
       << E.IdentityArgs << "u, " << E.CallbackArgs << "u, " << E.OutputArgs
       << "u, " << cString(E.IdentityFields) << ", " << mediumEnumName(E.Med)
       << ", " << cString(E.Source) << "})\n";
  for (const auto &M : Models)
    OS << "AIACT_MODEL({" << cString(M.Pattern) << ", " << cString(M.Technique)
       << ", " << cString(M.Library) << ", " << cString(M.Source) << "})\n";
  auto Lines = [](const std::vector<std::string> &V) {
    std::string Out;
    for (const std::string &S : V)
      Out += S + "\n";
    return Out;
  };
  for (const auto &L : Libraries)
    OS << "AIACT_LIBRARY({" << cString(L.Library) << ", "
       << cString(Lines(L.Headers)) << ", " << cString(Lines(L.Types))
       << "})\n";
  std::string Text = OS.str();
  // Only rewrite when the content changes, so dependants are not rebuilt.
  std::ifstream Old(Argv[1]);
  std::stringstream OldText;
  OldText << Old.rdbuf();
  if (Old && OldText.str() == Text)
    return 0;
  std::ofstream Out(Argv[1]);
  Out << Text;
  return Out ? 0 : 1;
}
