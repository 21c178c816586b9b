//===- Suppression.h - NOLINT comments --------------------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Parses NOLINT, NOLINTNEXTLINE and NOLINTBEGIN/NOLINTEND comments in a
/// source buffer and answers whether a finding on a line is suppressed.
/// Plain C++: works on the text of a file, so the driver, the plugin and
/// the audit share it.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_CORE_SUPPRESSION_H
#define AIACT_CORE_SUPPRESSION_H

#include <cstddef>
#include <string>
#include <vector>

namespace aiact {

/// One NOLINT comment as written.
struct NolintComment {
  enum Kind { SameLine, NextLine, Begin, End } K = SameLine;
  unsigned Line = 0;   ///< 1-based line of the comment
  unsigned Column = 0; ///< 1-based column of the word NOLINT...
  std::vector<std::string> Globs; ///< empty: every check ("NOLINT" alone)
  std::string Reason; ///< text after "): " or ": ", trimmed; may be empty
};

/// An unmatched NOLINTBEGIN or NOLINTEND.
struct NolintProblem {
  unsigned Line = 0;
  unsigned Column = 0;
  std::string Message; ///< e.g. "unmatched 'NOLINTBEGIN' comment ..."
};

/// The suppressions of one file.
class SuppressionIndex {
public:
  /// Scans \p Text (a whole file) for NOLINT comments in // and /* */
  /// comments. String literals are not comments and are skipped.
  explicit SuppressionIndex(const std::string &Text);

  /// True when a finding of \p CheckId on \p Line is suppressed; \p Reason
  /// receives the comment's reason when there is one.
  bool isSuppressed(const std::string &CheckId, unsigned Line,
                    std::string *Reason = nullptr) const;

  const std::vector<NolintComment> &comments() const { return Comments; }
  const std::vector<NolintProblem> &problems() const { return Problems; }

private:
  /// Lines [First, Last] suppressed by Comments[Index]; an index rather
  /// than a pointer so that growing or copying the vector keeps it valid.
  struct Range {
    unsigned First, Last;
    std::size_t Index;
  };
  std::vector<NolintComment> Comments;
  std::vector<NolintProblem> Problems;
  std::vector<Range> Ranges;
};

} // namespace aiact

#endif
