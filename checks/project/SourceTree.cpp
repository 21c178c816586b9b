//===- SourceTree.cpp - What an audit finds in a source tree --------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "project/SourceTree.h"
#include "project/Licence.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace aiact {
namespace fs = std::filesystem;

namespace {

/// A CMakeLists.txt larger than this is not a hand-written one.
constexpr std::uintmax_t MaxCMakeBytes = 1u << 20;
/// Deeper than any real source tree; the walk stops there.
constexpr unsigned MaxDepth = 128;

std::string lower(std::string S) {
  for (char &C : S)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  return S;
}

std::string extension(const std::string &Path) {
  return lower(fs::path(Path).extension().string());
}

bool isHeader(const std::string &Path) {
  static const std::set<std::string> Exts = {".h", ".hh", ".hpp", ".hxx",
                                             ".inc", ".inl", ".cuh", ".ipp"};
  return Exts.count(extension(Path)) != 0;
}

bool readSmallFile(const fs::path &P, std::uintmax_t Max, std::string &Out) {
  std::error_code EC;
  std::uintmax_t Size = fs::file_size(P, EC);
  if (EC || Size > Max)
    return false;
  std::ifstream In(P, std::ios::binary);
  if (!In)
    return false;
  std::ostringstream SS;
  SS << In.rdbuf();
  Out = SS.str();
  return true;
}

/// True when \p Child is \p Parent or lies below it (both normalised).
bool isWithin(const fs::path &Child, const fs::path &Parent) {
  auto C = Child.begin(), P = Parent.begin();
  for (; P != Parent.end(); ++P, ++C)
    if (C == Child.end() || *C != *P)
      return false;
  return true;
}

class Walker {
public:
  Walker(SourceTree &Out) : Out(Out) {}

  void walk(const fs::path &Dir, unsigned Depth) {
    if (Depth > MaxDepth) {
      Out.Warnings.push_back(Dir.string() + ": deeper than " +
                             std::to_string(MaxDepth) +
                             " folders; not searched");
      return;
    }
    std::error_code EC;
    fs::directory_iterator It(Dir, EC), End;
    if (EC) {
      Out.Warnings.push_back(Dir.string() + ": cannot read folder (" +
                             EC.message() + "); skipped");
      return;
    }
    // Entries sorted so that the walk, and what it reports, does not depend
    // on the file system's order.
    std::vector<fs::directory_entry> Entries;
    for (; It != End; It.increment(EC)) {
      if (EC) {
        Out.Warnings.push_back(Dir.string() + ": cannot read folder (" +
                               EC.message() + "); skipped the rest");
        break;
      }
      Entries.push_back(*It);
    }
    std::sort(Entries.begin(), Entries.end(),
              [](const fs::directory_entry &A, const fs::directory_entry &B) {
                return A.path().filename() < B.path().filename();
              });
    if (std::any_of(Entries.begin(), Entries.end(), [](const auto &E) {
          return E.path().filename() == "CMakeCache.txt";
        }) && Depth > 0)
      return; // a CMake build tree: generated files, not sources
    bool HasHeader = false;
    for (const fs::directory_entry &E : Entries) {
      fs::path P = E.path();
      std::string Name = P.filename().string();
      std::error_code SEC;
      fs::file_status LS = fs::symlink_status(P, SEC);
      if (SEC)
        continue;
      bool IsLink = fs::is_symlink(LS);
      fs::file_status S = IsLink ? fs::status(P, SEC) : LS;
      if (IsLink && SEC) {
        // A dangling link, or one in a loop of links to links.
        if (SEC == std::errc::too_many_symbolic_link_levels)
          Out.Warnings.push_back(P.string() +
                                 ": symbolic link loop; not followed");
        continue;
      }
      if (fs::is_directory(S)) {
        if (Name.empty() || Name[0] == '.' || Name == "node_modules" ||
            Name == "CMakeFiles")
          continue;
        fs::path Real = fs::weakly_canonical(P, SEC);
        if (SEC)
          continue;
        if (IsLink) {
          if (!isWithin(Real, RealRoot))
            continue; // outside the audited tree
          if (isWithin(fs::weakly_canonical(Dir, SEC), Real)) {
            Out.Warnings.push_back(P.string() +
                                   ": symbolic link loop; not followed");
            continue;
          }
        }
        if (!Visited.insert(Real.string()).second)
          continue; // already walked through another link
        walk(P, Depth + 1);
        continue;
      }
      if (!fs::is_regular_file(S))
        continue;
      std::string File = P.string();
      if (isAuditedUnit(File))
        Out.Units.push_back(File);
      else if (isHeader(File))
        HasHeader = true;
      if (isLicenceFileName(Name))
        Out.LicenceFiles[Dir.string()].push_back(File);
      if (Name == ".aiact.yaml")
        Out.ConfigFiles.push_back(File);
      if (Name == "CMakeLists.txt")
        readCMake(P, Dir);
    }
    if (HasHeader)
      HeaderDirs.push_back(Dir.string());
    if (Dir.filename() == "include")
      IncludeNamed.push_back(Dir.string());
  }

  void readCMake(const fs::path &File, const fs::path &Dir) {
    std::string Text;
    if (!readSmallFile(File, MaxCMakeBytes, Text))
      return;
    std::string Name = cmakeProjectName(Text);
    if (!Name.empty())
      Out.Projects.push_back({Dir.string(), Name});
    for (const std::string &D : cmakeIncludeDirs(Text, Dir.string(), Out.Root))
      CMakeDirs.push_back(D);
    Out.CxxStandard = std::max(Out.CxxStandard, cmakeCxxStandard(Text));
  }

  SourceTree &Out;
  fs::path RealRoot;
  std::set<std::string> Visited;
  std::vector<std::string> HeaderDirs, IncludeNamed, CMakeDirs;
};

/// Splits the argument text of one CMake command into its arguments,
/// honouring quotes and dropping comments.
std::vector<std::string> cmakeArgs(const std::string &Args) {
  std::vector<std::string> Out;
  std::string Cur;
  bool InQuote = false, Have = false;
  for (size_t I = 0; I < Args.size(); ++I) {
    char C = Args[I];
    if (InQuote) {
      if (C == '"')
        InQuote = false;
      else
        Cur += C;
      continue;
    }
    if (C == '"') {
      InQuote = Have = true;
    } else if (C == '#') {
      while (I < Args.size() && Args[I] != '\n')
        ++I;
    } else if (std::isspace(static_cast<unsigned char>(C))) {
      if (Have)
        Out.push_back(Cur);
      Cur.clear();
      Have = false;
    } else {
      Cur += C;
      Have = true;
    }
  }
  if (Have)
    Out.push_back(Cur);
  return Out;
}

/// Calls \p F with the lower-cased name and the argument text of each
/// command in a CMakeLists.txt.
template <typename Fn> void forEachCMakeCommand(const std::string &Text, Fn F) {
  size_t I = 0;
  while (I < Text.size()) {
    char C = Text[I];
    if (C == '#') {
      while (I < Text.size() && Text[I] != '\n')
        ++I;
      continue;
    }
    if (!(std::isalpha(static_cast<unsigned char>(C)) || C == '_')) {
      ++I;
      continue;
    }
    size_t B = I;
    while (I < Text.size() && (std::isalnum(static_cast<unsigned char>(Text[I])) ||
                               Text[I] == '_'))
      ++I;
    std::string Name = lower(Text.substr(B, I - B));
    size_t J = I;
    while (J < Text.size() && (Text[J] == ' ' || Text[J] == '\t'))
      ++J;
    if (J >= Text.size() || Text[J] != '(')
      continue;
    // The arguments up to the matching parenthesis.
    int Depth = 0;
    size_t K = J;
    bool InQuote = false;
    for (; K < Text.size(); ++K) {
      if (Text[K] == '"' && (K == 0 || Text[K - 1] != '\\'))
        InQuote = !InQuote;
      if (InQuote)
        continue;
      if (Text[K] == '(')
        ++Depth;
      else if (Text[K] == ')' && --Depth == 0)
        break;
    }
    F(Name, Text.substr(J + 1, K > J + 1 ? K - J - 1 : 0));
    I = K + 1;
  }
}

/// True when \p Dir directly holds a header named like one of the C
/// library's or POSIX's (features.h, stdint.h ...): searched before the
/// system's folders, it would replace the system's header for every
/// system header that includes it.
bool shadowsSystemHeader(const std::string &Dir) {
  static const char *const Names[] = {
      "features.h", "stdint.h",  "stddef.h",   "stdlib.h",  "stdio.h",
      "string.h",   "math.h",    "time.h",     "limits.h",  "assert.h",
      "errno.h",    "signal.h",  "float.h",    "stdbool.h", "stdarg.h",
      "ctype.h",    "locale.h",  "setjmp.h",   "wchar.h",   "unistd.h",
      "fcntl.h",    "pthread.h", "sched.h",    "memory.h",  "complex.h",
      "fenv.h",     "inttypes.h", "wctype.h",  "alloca.h",  "endian.h",
      "malloc.h",   "dirent.h",  "strings.h",  "uchar.h",   "threads.h"};
  std::error_code EC;
  for (const char *N : Names)
    if (fs::is_regular_file(fs::path(Dir) / N, EC))
      return true;
  return false;
}

} // namespace

unsigned cmakeCxxStandard(const std::string &Text) {
  unsigned Best = 0;
  auto Note = [&](const std::string &V) {
    unsigned N = 0;
    for (char C : V) {
      if (!std::isdigit(static_cast<unsigned char>(C)))
        return;
      N = N * 10 + static_cast<unsigned>(C - '0');
      if (N > 100)
        return;
    }
    if (N == 98 || N == 3)
      N = 3;
    if (N >= 11 && N <= 26)
      Best = std::max(Best, N);
  };
  forEachCMakeCommand(Text, [&](const std::string &Cmd, const std::string &A) {
    std::vector<std::string> Args = cmakeArgs(A);
    for (size_t I = 0; I < Args.size(); ++I) {
      // set(CMAKE_CXX_STANDARD 20), set_target_properties(... CXX_STANDARD 20)
      if ((Args[I] == "CMAKE_CXX_STANDARD" || Args[I] == "CXX_STANDARD") &&
          I + 1 < Args.size() && (Cmd == "set" || Args[I] == "CXX_STANDARD"))
        Note(Args[I + 1]);
      // target_compile_features(t PUBLIC cxx_std_20)
      if (Args[I].compare(0, 8, "cxx_std_") == 0)
        Note(Args[I].substr(8));
      // add_compile_options(-std=c++20), CMAKE_CXX_FLAGS "... -std=gnu++2a"
      for (const char *Flag : {"-std=c++", "-std=gnu++"}) {
        size_t P = Args[I].find(Flag);
        if (P == std::string::npos)
          continue;
        std::string V = Args[I].substr(P + std::string(Flag).size(), 2);
        Note(V == "2a" ? "20" : V == "2b" ? "23" : V == "2c" ? "26" : V);
      }
    }
  });
  return Best;
}

bool isAuditedUnit(const std::string &Path) {
  static const std::set<std::string> Exts = {".c", ".cc", ".cpp", ".cxx",
                                             ".cu"};
  return Exts.count(extension(Path)) != 0;
}

std::string cmakeProjectName(const std::string &Text) {
  std::string Name;
  forEachCMakeCommand(Text, [&](const std::string &Cmd, const std::string &A) {
    if (Cmd != "project" || !Name.empty())
      return;
    std::vector<std::string> Args = cmakeArgs(A);
    if (!Args.empty() && Args[0].find("${") == std::string::npos)
      Name = Args[0];
  });
  return Name;
}

std::vector<std::string> cmakeIncludeDirs(const std::string &Text,
                                          const std::string &Dir,
                                          const std::string &Root) {
  std::string Project = cmakeProjectName(Text);
  std::vector<std::string> Out;
  static const std::set<std::string> Keywords = {
      "AFTER", "BEFORE", "SYSTEM", "PUBLIC", "PRIVATE", "INTERFACE"};
  forEachCMakeCommand(Text, [&](const std::string &Cmd, const std::string &A) {
    bool Target = Cmd == "target_include_directories";
    if (Cmd != "include_directories" && !Target)
      return;
    std::vector<std::string> Args = cmakeArgs(A);
    for (size_t I = Target ? 1 : 0; I < Args.size(); ++I) {
      std::string V = Args[I];
      if (Keywords.count(V) || V.empty())
        continue;
      // $<BUILD_INTERFACE:dir> holds a usable folder; other generator
      // expressions do not.
      const std::string BI = "$<BUILD_INTERFACE:";
      if (V.compare(0, BI.size(), BI) == 0 && V.back() == '>')
        V = V.substr(BI.size(), V.size() - BI.size() - 1);
      for (const std::pair<std::string, std::string> &Var :
           std::vector<std::pair<std::string, std::string>>{
               {"${CMAKE_CURRENT_SOURCE_DIR}", Dir},
               {"${CMAKE_CURRENT_LIST_DIR}", Dir},
               {"${PROJECT_SOURCE_DIR}", Dir},
               {"${CMAKE_SOURCE_DIR}", Root},
               {"${" + Project + "_SOURCE_DIR}", Dir}}) {
        if (Project.empty() && Var.first == "${_SOURCE_DIR}")
          continue;
        size_t P;
        while ((P = V.find(Var.first)) != std::string::npos)
          V.replace(P, Var.first.size(), Var.second);
      }
      if (V.find("${") != std::string::npos || V.find("$<") != std::string::npos)
        continue;
      fs::path Path(V);
      if (Path.is_relative())
        Path = fs::path(Dir) / Path;
      Path = Path.lexically_normal();
      std::string S = Path.string();
      while (S.size() > 1 && S.back() == '/')
        S.pop_back();
      std::error_code EC;
      if (fs::is_directory(S, EC) && isWithin(fs::path(S), fs::path(Root)))
        Out.push_back(S);
    }
  });
  return Out;
}

bool scanSourceTree(const std::string &Root, SourceTree &Out,
                    std::string &Err) {
  std::error_code EC;
  fs::path R = fs::absolute(Root, EC).lexically_normal();
  if (EC) {
    Err = "cannot resolve '" + Root + "': " + EC.message();
    return false;
  }
  if (!fs::exists(R, EC)) {
    Err = "'" + Root + "' does not exist";
    return false;
  }
  if (!fs::is_directory(R, EC)) {
    Err = "'" + Root + "' is not a folder; audit expects the root of a source "
                       "tree";
    return false;
  }
  fs::directory_iterator Probe(R, EC);
  if (EC) {
    Err = "cannot read '" + Root + "': " + EC.message();
    return false;
  }
  std::string RS = R.string();
  while (RS.size() > 1 && RS.back() == '/')
    RS.pop_back();
  Out = SourceTree();
  Out.Root = RS;
  Walker W(Out);
  W.RealRoot = fs::weakly_canonical(R, EC);
  W.Visited.insert(W.RealRoot.string());
  W.walk(fs::path(RS), 0);
  std::sort(Out.Units.begin(), Out.Units.end());
  std::sort(Out.ConfigFiles.begin(), Out.ConfigFiles.end());
  std::sort(Out.Projects.begin(), Out.Projects.end(),
            [](const CMakeProject &A, const CMakeProject &B) {
              return A.Dir < B.Dir;
            });
  for (auto &L : Out.LicenceFiles)
    std::sort(L.second.begin(), L.second.end());
  // Search order: what CMake names, then include/ folders, then every other
  // folder with headers, then the root (for "sub/dir/header.h" includes).
  std::set<std::string> Seen;
  auto Add = [&](std::vector<std::string> Dirs, std::vector<std::string> &To) {
    std::sort(Dirs.begin(), Dirs.end());
    for (const std::string &D : Dirs)
      if (Seen.insert(D).second)
        To.push_back(D);
  };
  // A folder that holds its own features.h or stdint.h is searched after
  // the system's, even when CMake names it.
  std::vector<std::string> Front, Back = W.HeaderDirs;
  for (const std::vector<std::string> *L : {&W.CMakeDirs, &W.IncludeNamed})
    for (const std::string &D : *L)
      (shadowsSystemHeader(D) ? Back : Front).push_back(D);
  Add(Front, Out.IncludeDirs);
  Add(Back, Out.FallbackIncludeDirs);
  Add({RS}, Out.FallbackIncludeDirs);
  return true;
}

std::string cxxStandardFlag(unsigned Standard) {
  // Older standards are read as C++17: what such code uses parses there,
  // and the catalog stubs need it.
  if (Standard >= 26)
    return "-std=gnu++2c";
  if (Standard >= 23)
    return "-std=gnu++23";
  if (Standard >= 20)
    return "-std=gnu++20";
  return "-std=gnu++17";
}

std::vector<std::string> auditCompilerFlags(const SourceTree &Tree,
                                            const std::string &Unit) {
  std::vector<std::string> Flags;
  std::string Ext = extension(Unit);
  if (Ext == ".c") {
    Flags = {"-xc", "-std=gnu17"};
  } else if (Ext == ".cu") {
    // Host code only, without a CUDA installation: the CUDA keywords are
    // given their meaning here instead of through CUDA's headers.
    Flags = {"-xcuda",
             "--cuda-host-only",
             "-nocudainc",
             "-nocudalib",
             cxxStandardFlag(Tree.CxxStandard),
             "-D__global__=__attribute__((global))",
             "-D__device__=__attribute__((device))",
             "-D__host__=__attribute__((host))",
             "-D__shared__=__attribute__((shared))",
             "-D__constant__=__attribute__((constant))",
             "-D__forceinline__=__inline__ __attribute__((always_inline))"};
  } else {
    Flags = {"-xc++", cxxStandardFlag(Tree.CxxStandard)};
  }
  for (const std::string &D : Tree.IncludeDirs)
    Flags.push_back("-I" + D);
  for (const std::string &D : Tree.FallbackIncludeDirs) {
    Flags.push_back("-idirafter");
    Flags.push_back(D);
  }
  return Flags;
}

} // namespace aiact
