//===- Suppression.cpp - NOLINT comments ----------------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
//
// A small lexer that knows just enough C and C++ to find comments: string,
// character and raw string literals are skipped so that "// NOLINT" inside
// a literal suppresses nothing, and digit separators (1'000) are not taken
// for character literals.
//
//===----------------------------------------------------------------------===//

#include "core/Suppression.h"

#include "core/Config.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace aiact {
namespace {

const char *const UnmatchedBegin = "unmatched 'NOLINTBEGIN' comment without a "
                                   "subsequent 'NOLINTEND' comment";
const char *const UnmatchedEnd = "unmatched 'NOLINTEND' comment without a "
                                 "previous 'NOLINTBEGIN' comment";

bool isIdentChar(char C) {
  unsigned char U = static_cast<unsigned char>(C);
  return (U >= 'a' && U <= 'z') || (U >= 'A' && U <= 'Z') ||
         (U >= '0' && U <= '9') || U == '_' || U >= 0x80;
}

bool isIdentStart(char C) { return isIdentChar(C) && !(C >= '0' && C <= '9'); }

bool isDigit(char C) { return C >= '0' && C <= '9'; }

bool isBlank(char C) { return C == ' ' || C == '\t'; }

bool isSpace(char C) {
  return isBlank(C) || C == '\n' || C == '\r' || C == '\f' || C == '\v';
}

/// Trims and collapses every whitespace run to one space, so that a reason
/// continued over several lines of a block comment reads as one line.
std::string normaliseSpace(std::string_view S) {
  std::string Out;
  bool PendingSpace = false;
  for (char C : S) {
    if (isSpace(C)) {
      PendingSpace = !Out.empty();
      continue;
    }
    if (PendingSpace)
      Out += ' ';
    PendingSpace = false;
    Out += C;
  }
  return Out;
}

/// A directive as found, before BEGIN/END pairing decides what it covers.
struct Directive {
  NolintComment C;
  /// Identifies the glob list for pairing BEGIN with END: empty for a bare
  /// directive, else the parenthesised list without whitespace.
  std::string Key;
  /// "NOLINT()" names no check, so it suppresses nothing.
  bool NoChecks = false;
};

/// Finds every NOLINT directive in the comments of one buffer.
class Scanner {
public:
  explicit Scanner(const std::string &Text) : T(Text) {
    LineStarts.push_back(0);
    for (size_t I = 0; I < T.size(); ++I) {
      if (T[I] == '\r' && I + 1 < T.size() && T[I + 1] == '\n')
        continue; // the '\n' starts the next line
      if (T[I] == '\n' || T[I] == '\r')
        LineStarts.push_back(I + 1);
    }
  }

  std::vector<Directive> run() {
    size_t N = T.size();
    size_t I = 0;
    while (I < N) {
      char C = T[I];
      char Next = I + 1 < N ? T[I + 1] : '\0';
      if (C == '/' && Next == '/') {
        size_t End = endOfLineComment(I + 2);
        comment(I + 2, End);
        I = End;
      } else if (C == '/' && Next == '*') {
        size_t Close = T.find("*/", I + 2);
        size_t End = Close == std::string::npos ? N : Close;
        comment(I + 2, End);
        I = Close == std::string::npos ? N : Close + 2;
      } else if (C == '"' || C == '\'') {
        I = skipQuoted(I + 1, C);
      } else if (isIdentStart(C)) {
        size_t Start = I;
        while (I < N && isIdentChar(T[I]))
          ++I;
        if (I < N && T[I] == '"') {
          std::string_view Prefix(T.data() + Start, I - Start);
          bool Raw = Prefix == "R" || Prefix == "LR" || Prefix == "uR" ||
                     Prefix == "UR" || Prefix == "u8R";
          I = Raw ? skipRaw(I + 1) : skipQuoted(I + 1, '"');
        } else if (I < N && T[I] == '\'') {
          I = skipQuoted(I + 1, '\''); // L'x', u8'x', ...
        }
      } else if (isDigit(C) || (C == '.' && isDigit(Next))) {
        I = skipNumber(I);
      } else {
        ++I;
      }
    }
    return std::move(Found);
  }

private:
  /// The end of a // comment starting at \p I: the next line break that is
  /// not spliced away by a trailing backslash.
  size_t endOfLineComment(size_t I) const {
    size_t N = T.size();
    while (I < N) {
      char C = T[I];
      if (C == '\n' || C == '\r') {
        size_t Back = I;
        if (C == '\n' && Back > 0 && T[Back - 1] == '\r')
          --Back;
        if (Back > 0 && T[Back - 1] == '\\') {
          I += (C == '\r' && I + 1 < N && T[I + 1] == '\n') ? 2 : 1;
          continue;
        }
        return I;
      }
      ++I;
    }
    return N;
  }

  /// Skips a string or character literal body starting at \p I. An
  /// unterminated literal ends at the line break, as in Clang's lexer, so a
  /// stray apostrophe (in "#error don't") cannot swallow later comments.
  size_t skipQuoted(size_t I, char Quote) const {
    size_t N = T.size();
    while (I < N) {
      char C = T[I];
      if (C == '\\') {
        I += (I + 2 < N && T[I + 1] == '\r' && T[I + 2] == '\n') ? 3 : 2;
      } else if (C == Quote) {
        return I + 1;
      } else if (C == '\n' || C == '\r') {
        return I;
      } else {
        ++I;
      }
    }
    return N;
  }

  /// Skips a raw string body starting after R" at \p I.
  size_t skipRaw(size_t I) const {
    size_t N = T.size();
    size_t Open = I;
    while (Open < N && Open - I <= 16 && T[Open] != '(') {
      char C = T[Open];
      if (isSpace(C) || C == ')' || C == '\\' || C == '"')
        break;
      ++Open;
    }
    if (Open >= N || T[Open] != '(' || Open - I > 16)
      return skipQuoted(I, '"'); // not a valid raw string; lex it plainly
    std::string Terminator = ")" + T.substr(I, Open - I) + "\"";
    size_t Close = T.find(Terminator, Open + 1);
    return Close == std::string::npos ? N : Close + Terminator.size();
  }

  /// Skips a preprocessing number, including digit separators and signed
  /// exponents.
  size_t skipNumber(size_t I) const {
    size_t N = T.size();
    ++I;
    while (I < N) {
      char C = T[I];
      if ((C == '+' || C == '-') && (T[I - 1] == 'e' || T[I - 1] == 'E' ||
                                     T[I - 1] == 'p' || T[I - 1] == 'P')) {
        ++I;
      } else if (isIdentChar(C) || C == '.') {
        ++I;
      } else if (C == '\'' && I + 1 < N && isIdentChar(T[I + 1])) {
        I += 2;
      } else {
        break;
      }
    }
    return I;
  }

  void position(size_t Offset, unsigned &Line, unsigned &Column) const {
    auto It = std::upper_bound(LineStarts.begin(), LineStarts.end(), Offset);
    size_t Index = static_cast<size_t>(It - LineStarts.begin()) - 1;
    Line = static_cast<unsigned>(Index + 1);
    Column = static_cast<unsigned>(Offset - LineStarts[Index] + 1);
  }

  bool startsWith(size_t At, size_t End, std::string_view Word) const {
    return At + Word.size() <= End &&
           std::string_view(T.data() + At, Word.size()) == Word;
  }

  /// Collects the directives in the comment body [Begin, End).
  void comment(size_t Begin, size_t End) {
    std::string_view Body(T.data() + Begin, End - Begin);
    size_t Rel = 0;
    while ((Rel = Body.find("NOLINT", Rel)) != std::string_view::npos) {
      size_t At = Begin + Rel;
      Rel += 6;
      if (At > Begin && isIdentChar(T[At - 1]))
        continue; // part of a longer word
      size_t Q = At + 6;
      NolintComment C;
      if (startsWith(Q, End, "NEXTLINE")) {
        C.K = NolintComment::NextLine;
        Q += 8;
      } else if (startsWith(Q, End, "BEGIN")) {
        C.K = NolintComment::Begin;
        Q += 5;
      } else if (startsWith(Q, End, "END")) {
        C.K = NolintComment::End;
        Q += 3;
      }
      if (Q < End && isIdentChar(T[Q]))
        continue; // NOLINTFOO and the like are not directives
      position(At, C.Line, C.Column);

      Directive D;
      // As in clang-tidy, an unclosed parenthesis leaves a bare directive.
      if (Q < End && T[Q] == '(') {
        size_t Close = Q + 1;
        while (Close < End && T[Close] != ')' && T[Close] != '\n' &&
               T[Close] != '\r')
          ++Close;
        if (Close < End && T[Close] == ')') {
          C.Globs =
              splitGlobs(std::string_view(T.data() + Q + 1, Close - Q - 1));
          D.NoChecks = C.Globs.empty();
          D.Key = "(";
          for (const std::string &G : C.Globs)
            D.Key += G + ",";
          D.Key += ")";
          Q = Close + 1;
        }
      }

      size_t R = Q;
      while (R < End && isBlank(T[R]))
        ++R;
      bool HasReason = R < End && T[R] == ':';
      if (HasReason)
        C.Reason =
            normaliseSpace(std::string_view(T.data() + R + 1, End - R - 1));
      D.C = std::move(C);
      Found.push_back(std::move(D));
      // The reason runs to the end of the comment, so a NOLINT mentioned
      // in it is prose, not another directive.
      if (HasReason)
        return;
      Rel = Q - Begin;
    }
  }

  static std::vector<std::string> splitGlobs(std::string_view S) {
    std::vector<std::string> Out;
    std::string Cur;
    for (size_t I = 0; I <= S.size(); ++I) {
      if (I == S.size() || S[I] == ',') {
        if (!Cur.empty())
          Out.push_back(Cur);
        Cur.clear();
      } else if (!isSpace(S[I])) {
        Cur += S[I];
      }
    }
    return Out;
  }

  const std::string &T;
  std::vector<size_t> LineStarts; ///< offset of each line's first byte
  std::vector<Directive> Found;
};

/// One glob of a NOLINT list: '*' wildcards as in Checks, but no negation.
bool nolintGlobMatches(const std::string &Glob, const std::string &CheckId) {
  if (Glob.empty() || Glob[0] == '-')
    return false;
  return globListMatches(Glob, CheckId);
}

} // namespace

SuppressionIndex::SuppressionIndex(const std::string &Text) {
  std::vector<Directive> All = Scanner(Text).run();

  // Directives that name checks become Comments; "NOLINT()" names none and
  // would read as "every check" there, so it only takes part in pairing.
  std::vector<size_t> CommentIndex(All.size(), static_cast<size_t>(-1));
  for (size_t I = 0; I < All.size(); ++I) {
    if (All[I].NoChecks)
      continue;
    CommentIndex[I] = Comments.size();
    Comments.push_back(All[I].C);
  }

  auto Report = [&](const Directive &D, const char *Message) {
    Problems.push_back({D.C.Line, D.C.Column, Message});
  };
  auto AddRange = [&](size_t Index, unsigned First, unsigned Last) {
    if (CommentIndex[Index] != static_cast<size_t>(-1))
      Ranges.push_back({First, Last, CommentIndex[Index]});
  };

  // One stack per glob list: an END closes the most recent open BEGIN
  // with the same list, so blocks for different lists may interleave.
  std::map<std::string, std::vector<size_t>> Open;
  for (size_t I = 0; I < All.size(); ++I) {
    const NolintComment &C = All[I].C;
    switch (C.K) {
    case NolintComment::SameLine:
      AddRange(I, C.Line, C.Line);
      break;
    case NolintComment::NextLine:
      AddRange(I, C.Line + 1, C.Line + 1);
      break;
    case NolintComment::Begin:
      Open[All[I].Key].push_back(I);
      break;
    case NolintComment::End: {
      std::vector<size_t> &Stack = Open[All[I].Key];
      if (Stack.empty()) {
        Report(All[I], UnmatchedEnd);
        break;
      }
      size_t Begin = Stack.back();
      Stack.pop_back();
      AddRange(Begin, All[Begin].C.Line, C.Line);
      break;
    }
    }
  }
  for (const auto &KV : Open)
    for (size_t Begin : KV.second)
      Report(All[Begin], UnmatchedBegin);
  std::sort(Problems.begin(), Problems.end(),
            [](const NolintProblem &A, const NolintProblem &B) {
              return A.Line != B.Line ? A.Line < B.Line : A.Column < B.Column;
            });
}

bool SuppressionIndex::isSuppressed(const std::string &CheckId, unsigned Line,
                                    std::string *Reason) const {
  bool Found = false;
  std::string FoundReason;
  for (const Range &R : Ranges) {
    if (Line < R.First || Line > R.Last)
      continue;
    const NolintComment &C = Comments[R.Index];
    if (!C.Globs.empty() &&
        std::none_of(C.Globs.begin(), C.Globs.end(), [&](const std::string &G) {
          return nolintGlobMatches(G, CheckId);
        }))
      continue;
    // Several comments may cover the line; prefer one that says why.
    if (!Found || (FoundReason.empty() && !C.Reason.empty()))
      FoundReason = C.Reason;
    Found = true;
  }
  if (Found && Reason)
    *Reason = FoundReason;
  return Found;
}

} // namespace aiact
