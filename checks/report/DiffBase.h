//===- DiffBase.h - Lines changed since a git revision --------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `--diff-base=REF` keeps only the findings whose primary line changed
/// since REF. The lines come from `git diff --unified=0 REF`, parsed here;
/// running git is the driver's business. Plain C++.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_REPORT_DIFFBASE_H
#define AIACT_REPORT_DIFFBASE_H

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace aiact {

/// The lines of each file that are new or changed, by path relative to the
/// repository's top folder. A file in \c WholeFiles (untracked, or new
/// since the revision) counts as changed on every line.
struct ChangedLines {
  std::map<std::string, std::vector<std::pair<unsigned, unsigned>>> Ranges;
  std::set<std::string> WholeFiles;

  bool changed(const std::string &RelPath, unsigned Line) const;
};

/// Adds the new-side line ranges of a `git diff --unified=0` output to
/// \p Out. Returns false with \p Err ("line N: what was expected") when the
/// text is not such a diff.
bool parseUnifiedDiff(const std::string &Diff, ChangedLines &Out,
                      std::string &Err);

/// A path as git prints it in a diff header: C-quoted when it holds
/// special characters, with its "b/" prefix removed.
std::string unquoteGitPath(const std::string &Path);

} // namespace aiact

#endif
