//===- DiffBase.cpp - Lines changed since a git revision ------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "report/DiffBase.h"

#include <cstdlib>
#include <sstream>

namespace aiact {

bool ChangedLines::changed(const std::string &RelPath, unsigned Line) const {
  if (WholeFiles.count(RelPath))
    return true;
  auto It = Ranges.find(RelPath);
  if (It == Ranges.end())
    return false;
  for (const auto &R : It->second)
    if (Line >= R.first && Line < R.first + R.second)
      return true;
  return false;
}

std::string unquoteGitPath(const std::string &Path) {
  std::string P = Path;
  if (P.size() >= 2 && P.front() == '"' && P.back() == '"') {
    std::string Out;
    for (size_t I = 1; I + 1 < P.size(); ++I) {
      char C = P[I];
      if (C != '\\' || I + 2 >= P.size()) {
        Out += C;
        continue;
      }
      char N = P[++I];
      switch (N) {
      case 'n':
        Out += '\n';
        break;
      case 't':
        Out += '\t';
        break;
      case 'a':
        Out += '\a';
        break;
      case 'b':
        Out += '\b';
        break;
      case 'f':
        Out += '\f';
        break;
      case 'r':
        Out += '\r';
        break;
      case 'v':
        Out += '\v';
        break;
      default:
        if (N >= '0' && N <= '7' && I + 2 < P.size()) {
          // Three octal digits: one byte of a UTF-8 name.
          Out += static_cast<char>(std::strtol(P.substr(I, 3).c_str(), nullptr, 8));
          I += 2;
        } else {
          Out += N;
        }
      }
    }
    P = Out;
  }
  if (P.compare(0, 2, "b/") == 0)
    P = P.substr(2);
  return P;
}

bool parseUnifiedDiff(const std::string &Diff, ChangedLines &Out,
                      std::string &Err) {
  std::istringstream In(Diff);
  std::string Line, File;
  unsigned N = 0;
  while (std::getline(In, Line)) {
    ++N;
    if (Line.compare(0, 4, "+++ ") == 0) {
      std::string Name = Line.substr(4);
      // "+++ b/path\t" may carry a trailing tab before a timestamp.
      size_t Tab = Name.find('\t');
      if (Tab != std::string::npos && Name.front() != '"')
        Name.resize(Tab);
      File = Name == "/dev/null" ? "" : unquoteGitPath(Name);
      continue;
    }
    if (Line.compare(0, 3, "@@ ") != 0)
      continue;
    // "@@ -a[,b] +c[,d] @@ context"
    size_t Plus = Line.find(" +", 2);
    if (Plus == std::string::npos) {
      Err = "line " + std::to_string(N) + ": expected '+LINE[,COUNT]' in a "
            "hunk header";
      return false;
    }
    const char *P = Line.c_str() + Plus + 2;
    char *End = nullptr;
    unsigned long Start = std::strtoul(P, &End, 10);
    if (End == P) {
      Err = "line " + std::to_string(N) + ": expected a line number after '+'";
      return false;
    }
    unsigned long Count = 1;
    if (*End == ',') {
      const char *C = End + 1;
      Count = std::strtoul(C, &End, 10);
      if (End == C) {
        Err = "line " + std::to_string(N) + ": expected a count after ','";
        return false;
      }
    }
    if (File.empty() || Count == 0)
      continue; // a deleted file, or lines only removed
    Out.Ranges[File].push_back(
        {static_cast<unsigned>(Start), static_cast<unsigned>(Count)});
  }
  return true;
}

} // namespace aiact
