//===- Replay.cpp - Runs a fuzz target over saved inputs ------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A main() for a fuzz target without libFuzzer: it feeds every file named
/// on the command line, and every file inside each folder named, to
/// LLVMFuzzerTestOneInput once. A crash fails the run; so does finding no
/// input at all.
///
//===----------------------------------------------------------------------===//

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size);

namespace fs = std::filesystem;

namespace {

/// Feeds the file at \p Path to the target; false when it cannot be read.
bool replay(const fs::path &Path) {
  std::ifstream In(Path, std::ios::binary);
  if (!In)
    return false;
  std::vector<char> Bytes((std::istreambuf_iterator<char>(In)),
                          std::istreambuf_iterator<char>());
  if (In.bad())
    return false;
  // An allocation of exactly the input's size, as libFuzzer passes it, so
  // that AddressSanitizer sees any read past the end.
  std::unique_ptr<uint8_t[]> Data(new uint8_t[Bytes.size()]);
  std::copy(Bytes.begin(), Bytes.end(), Data.get());
  LLVMFuzzerTestOneInput(Data.get(), Bytes.size());
  return true;
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 2) {
    std::fprintf(stderr, "usage: %s FILE-OR-FOLDER...\n", Argv[0]);
    return 2;
  }
  std::vector<fs::path> Files;
  for (int I = 1; I < Argc; ++I) {
    std::error_code EC;
    fs::path P(Argv[I]);
    if (!fs::is_directory(P, EC)) {
      Files.push_back(P);
      continue;
    }
    std::vector<fs::path> InFolder;
    for (const fs::directory_entry &E : fs::directory_iterator(P, EC))
      if (E.is_regular_file(EC))
        InFolder.push_back(E.path());
    if (EC) {
      std::fprintf(stderr, "%s: cannot list: %s\n", Argv[I],
                   EC.message().c_str());
      return 1;
    }
    std::sort(InFolder.begin(), InFolder.end());
    Files.insert(Files.end(), InFolder.begin(), InFolder.end());
  }
  for (const fs::path &F : Files) {
    if (!replay(F)) {
      std::fprintf(stderr, "%s: cannot read\n", F.c_str());
      return 1;
    }
  }
  if (Files.empty()) {
    std::fprintf(stderr, "no inputs found\n");
    return 1;
  }
  std::printf("replayed %zu inputs\n", Files.size());
  return 0;
}
