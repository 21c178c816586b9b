//===- Config.cpp - .aiact.yaml configuration -----------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
//
// Built with exceptions: yaml-cpp reports errors by throwing. Every exception
// is caught in this file and turned into a ConfigError, because the callers
// include Clang plugins that must never see one.
//
//===----------------------------------------------------------------------===//

#include "core/Config.h"
#include "core/YamlDocument.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <new>
#include <regex>
#include <set>
#include <sys/stat.h>

namespace aiact {
namespace fs = std::filesystem;

namespace {

/// Real configuration files are a few kilobytes; the cap keeps a wrong path
/// (a model file, /dev/zero) from exhausting memory in yaml-cpp's node tree.
constexpr size_t MaxConfigBytes = 8u << 20;
/// How much of a file is inspected to tell text from binary data.
constexpr size_t TextProbeBytes = 4096;
/// libstdc++ compiles a regular expression recursively, one frame per term;
/// very long patterns overflow the stack instead of throwing.
constexpr size_t MaxRegexLength = 1024;

const char *const DefaultChecks = "aiact-*";
const char *const DefaultMinConfidence = "likely";

const std::vector<std::string> TopLevelKeys = {
    "Checks",        "WarningsAsErrors",    "HeaderFilterRegex",
    "MinConfidence", "InheritParentConfig", "CheckOptions",
    "Catalog",       "Mitigations",         "Components"};
const std::vector<std::string> MitigationKeys = {"Marking", "Disclosure"};
const std::vector<std::string> ComponentKeys = {
    "Name",      "Paths",           "Licence",  "PlacedOnMarket",
    "Monetised", "IntendedPurpose", "AnnexIII", "Derogation"};
const std::vector<std::string> ConfidenceNames = {"possible", "likely",
                                                  "certain"};

/// Unwinds from a nested validation step to parseConfig, which is the only
/// place that catches it.
struct Failure {
  ConfigError E;
};

bool isSpace(char C) {
  return C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\f' ||
         C == '\v';
}

std::string trim(const std::string &S) {
  size_t B = 0, E = S.size();
  while (B < E && isSpace(S[B]))
    ++B;
  while (E > B && isSpace(S[E - 1]))
    --E;
  return S.substr(B, E - B);
}

char toLower(char C) {
  return (C >= 'A' && C <= 'Z') ? static_cast<char>(C - 'A' + 'a') : C;
}

/// One entry of a comma-separated glob list and where it starts, so that an
/// error can point into the string.
struct GlobEntry {
  std::string Text;
  size_t Offset;
};

std::vector<GlobEntry> splitGlobList(const std::string &S) {
  std::vector<GlobEntry> Out;
  size_t Start = 0;
  while (Start <= S.size()) {
    size_t Comma = S.find(',', Start);
    size_t End = Comma == std::string::npos ? S.size() : Comma;
    size_t B = Start, E = End;
    while (B < E && isSpace(S[B]))
      ++B;
    while (E > B && isSpace(S[E - 1]))
      --E;
    if (B < E)
      Out.push_back({S.substr(B, E - B), B});
    if (Comma == std::string::npos)
      break;
    Start = Comma + 1;
  }
  return Out;
}

/// Splits "-name" into the negation flag, the name and the name's offset
/// within the entry.
void splitNegation(const std::string &Entry, bool &Negated, std::string &Name,
                   size_t &NameOffset) {
  Negated = !Entry.empty() && Entry[0] == '-';
  size_t B = Negated ? 1 : 0;
  while (B < Entry.size() && isSpace(Entry[B]))
    ++B;
  Name = Entry.substr(B);
  NameOffset = B;
}

/// '*' matches any run of characters; everything else matches itself.
/// Greedy with one backtrack point, so it runs in linear-ish time even on
/// hostile patterns.
bool globMatch(const std::string &P, const std::string &S) {
  size_t PI = 0, SI = 0;
  size_t StarP = std::string::npos, StarS = 0;
  while (SI < S.size()) {
    if (PI < P.size() && P[PI] == '*') {
      StarP = PI++;
      StarS = SI;
    } else if (PI < P.size() && P[PI] == S[SI]) {
      ++PI;
      ++SI;
    } else if (StarP != std::string::npos) {
      PI = StarP + 1;
      SI = ++StarS;
    } else {
      return false;
    }
  }
  while (PI < P.size() && P[PI] == '*')
    ++PI;
  return PI == P.size();
}

/// Levenshtein distance, giving up once every path exceeds \p Limit.
size_t editDistance(const std::string &A, const std::string &B, size_t Limit) {
  std::vector<size_t> Prev(B.size() + 1), Cur(B.size() + 1);
  for (size_t J = 0; J <= B.size(); ++J)
    Prev[J] = J;
  for (size_t I = 1; I <= A.size(); ++I) {
    Cur[0] = I;
    size_t RowMin = Cur[0];
    for (size_t J = 1; J <= B.size(); ++J) {
      size_t Subst = Prev[J - 1] + (A[I - 1] == B[J - 1] ? 0 : 1);
      Cur[J] = std::min({Prev[J] + 1, Cur[J - 1] + 1, Subst});
      RowMin = std::min(RowMin, Cur[J]);
    }
    if (RowMin > Limit)
      return Limit + 1;
    std::swap(Prev, Cur);
  }
  return Prev[B.size()];
}

std::string suggestion(const std::string &Name,
                       const std::vector<std::string> &Candidates) {
  std::string Guess = didYouMean(Name, Candidates);
  return Guess.empty() ? std::string() : "; did you mean '" + Guess + "'?";
}

std::string inKey(const std::string &Key) {
  return Key.empty() ? std::string() : " in '" + Key + "'";
}

/// What a check glob may hold: the characters of check names and '*'.
const char *const GlobCharacters = "abcdefghijklmnopqrstuvwxyz"
                                   "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                   "0123456789-_.*";

/// \p C in quotes, or its code as '\xNN' when it is not printable ASCII.
std::string quotedChar(char C) {
  unsigned char U = static_cast<unsigned char>(C);
  if (U >= 0x20 && U < 0x7F)
    return std::string("'") + C + "'";
  const char *Hex = "0123456789abcdef";
  return std::string("'\\x") + Hex[U >> 4] + Hex[U & 15] + "'";
}

/// Validates one glob list; on failure \p ErrOffset is where the offending
/// entry starts within \p Globs.
bool checkGlobList(const std::string &Globs, const CheckNameSet &Known,
                   const std::string &Key, std::string &Err,
                   size_t &ErrOffset) {
  for (const GlobEntry &E : splitGlobList(Globs)) {
    bool Negated;
    std::string Name;
    size_t NameOffset;
    splitNegation(E.Text, Negated, Name, NameOffset);
    ErrOffset = E.Offset;
    if (Name.empty()) {
      Err = "empty check name after '-'" + inKey(Key);
      return false;
    }
    // Only '*' is special: anything else that cannot be part of a check
    // name (a '[', a '?', a space) would make the glob match nothing.
    size_t Bad = Name.find_first_not_of(GlobCharacters);
    if (Bad != std::string::npos) {
      ErrOffset = E.Offset + NameOffset + Bad;
      Err = "invalid character " + quotedChar(Name[Bad]) + " in check glob '" +
            Name + "'" + inKey(Key) +
            "; a glob holds letters, digits, '-', '_', '.' and the wildcard "
            "'*'";
      return false;
    }
    if (Name.find('*') != std::string::npos)
      continue;
    if (std::find(Known.Ids.begin(), Known.Ids.end(), Name) != Known.Ids.end())
      continue;
    ErrOffset = E.Offset + NameOffset;
    Err = "unknown check '" + Name + "'" + inKey(Key) +
          suggestion(Name, Known.Ids);
    return false;
  }
  return true;
}

/// A short description of a std::regex error code, in our message style
/// (libstdc++'s own texts are capitalised sentences).
std::string regexProblem(std::regex_constants::error_type Code) {
  using namespace std::regex_constants;
  switch (Code) {
  case error_collate:
    return "invalid collating element name";
  case error_ctype:
    return "invalid character class name";
  case error_escape:
    return "invalid escape or trailing backslash";
  case error_backref:
    return "invalid back reference";
  case error_brack:
    return "unbalanced '['";
  case error_paren:
    return "unbalanced parentheses";
  case error_brace:
    return "unbalanced '{'";
  case error_badbrace:
    return "invalid range in '{}'";
  case error_range:
    return "invalid character range";
  case error_space:
    return "the expression is too large";
  case error_badrepeat:
    return "'*', '+', '?' or '{' with nothing to repeat";
  case error_complexity:
    return "the expression is too complex";
  case error_stack:
    return "the expression needs too much memory";
  default:
    return "the expression is not valid";
  }
}

bool checkRegex(const std::string &Re, std::string &Problem) {
  if (Re.size() > MaxRegexLength) {
    Problem = "longer than " + std::to_string(MaxRegexLength) + " characters";
    return false;
  }
  try {
    // POSIX extended syntax, as llvm::Regex, which applies the filter.
    std::regex Compiled(Re, std::regex::extended);
    (void)Compiled;
    return true;
  } catch (const std::regex_error &E) {
    Problem = regexProblem(E.code());
  } catch (...) {
    Problem = "the expression is not valid";
  }
  return false;
}

/// Matches an Annex III point: "1".."8", optionally with "(a)".."(e)".
bool isAnnexPoint(const std::string &S) {
  if (S.empty() || S[0] < '1' || S[0] > '8')
    return false;
  if (S.size() == 1)
    return true;
  return S.size() == 4 && S[1] == '(' && S[2] >= 'a' && S[2] <= 'e' &&
         S[3] == ')';
}


ConfigError errorNoPos(const std::string &Path, std::string Msg) {
  ConfigError E;
  E.File = Path;
  E.Message = std::move(Msg);
  return E;
}

std::string concatGlobs(const std::optional<std::string> &First,
                        const std::optional<std::string> &Second, bool &Set) {
  Set = First || Second;
  if (!First)
    return Second.value_or("");
  if (!Second || trim(*Second).empty())
    return *First;
  if (trim(*First).empty())
    return *Second;
  return *First + "," + *Second;
}

template <typename T>
void appendAll(std::vector<T> &To, const std::vector<T> &From) {
  To.insert(To.end(), From.begin(), From.end());
}

template <typename T>
std::vector<T> concat(const std::vector<T> &First,
                      const std::vector<T> &Second) {
  std::vector<T> Out = First;
  appendAll(Out, Second);
  return Out;
}

/// Converts the YAML tree of one file into a Config, throwing Failure at
/// the first problem so that checks can be written as straight-line code.
class Parser {
public:
  Parser(const std::string &Text, const std::string &Path,
         const CheckNameSet &Known)
      : Text(Text), Path(Path), Known(Known) {
    if (!Path.empty()) {
      std::error_code EC;
      fs::path Abs = fs::absolute(fs::path(Path), EC);
      if (EC)
        Abs = fs::path(Path);
      BaseDir = Abs.lexically_normal().parent_path().string();
    }
  }

  Config run(const YAML::Node &Root) {
    Config C;
    if (!Path.empty()) {
      C.Sources.push_back(Path);
      C.Directory = BaseDir;
    }
    if (Root.IsNull())
      return C;
    if (!Root.IsMap())
      fail(Root.Mark(), "expected a mapping of configuration keys such as "
                        "'Checks' at the top level");
    std::set<std::string> Seen;
    for (const auto &KV : Root) {
      std::string Key = keyName(KV.first, Seen, TopLevelKeys, "");
      const YAML::Node &V = KV.second;
      if (Key == "Checks")
        C.Checks = globList(V, Key);
      else if (Key == "WarningsAsErrors")
        C.WarningsAsErrors = globList(V, Key);
      else if (Key == "HeaderFilterRegex") {
        C.HeaderFilterRegex = regexValue(V, Key);
        C.HeaderFilterRegexAt = errorAt(Path, V.Mark(), "");
      }
      else if (Key == "MinConfidence")
        C.MinConfidence = confidence(V, Key);
      else if (Key == "InheritParentConfig")
        C.InheritParentConfig = boolean(V, Key);
      else if (Key == "CheckOptions")
        C.CheckOptions = checkOptions(V);
      else if (Key == "Catalog")
        C.Catalog = pathList(V, "'Catalog' expects a list of file paths");
      else if (Key == "Mitigations")
        mitigations(V, C);
      else if (Key == "Components")
        C.Components = components(V);
    }
    return C;
  }

private:
  [[noreturn]] void fail(const YAML::Mark &M, std::string Msg) const {
    throw Failure{errorAt(Path, M, std::move(Msg))};
  }

  /// The mark of the character \p Offset bytes into scalar \p N, when the
  /// scalar is written on one line without escapes; else the scalar's mark.
  YAML::Mark markInScalar(const YAML::Node &N, size_t Offset) const {
    YAML::Mark M = N.Mark();
    if (M.pos < 0 || static_cast<size_t>(M.pos) >= Text.size())
      return M;
    size_t Pos = static_cast<size_t>(M.pos);
    size_t Quote = (Text[Pos] == '\'' || Text[Pos] == '"') ? 1 : 0;
    const std::string &S = N.Scalar();
    if (S.find('\n') != std::string::npos ||
        Text.compare(Pos + Quote, S.size(), S) != 0)
      return M;
    M.column += static_cast<int>(Quote + Offset);
    M.pos += static_cast<int>(Quote + Offset);
    return M;
  }

  /// Validates a mapping key: a string, not repeated, one of \p Allowed.
  std::string keyName(const YAML::Node &K, std::set<std::string> &Seen,
                      const std::vector<std::string> &Allowed,
                      const std::string &Where) const {
    if (!K.IsScalar())
      fail(K.Mark(), "expected a key name" + inKey(Where));
    const std::string &Key = K.Scalar();
    if (std::find(Allowed.begin(), Allowed.end(), Key) == Allowed.end())
      fail(K.Mark(), "unknown key '" + Key + "'" + inKey(Where) +
                         suggestion(Key, Allowed));
    if (!Seen.insert(Key).second)
      fail(K.Mark(), "duplicate key '" + Key + "'" + inKey(Where));
    return Key;
  }

  /// A scalar value; null counts as "not set".
  std::optional<std::string> scalar(const YAML::Node &V,
                                    const std::string &Message) const {
    if (V.IsNull())
      return std::nullopt;
    if (!V.IsScalar())
      fail(V.Mark(), Message);
    return V.Scalar();
  }

  std::optional<std::string> globList(const YAML::Node &V,
                                      const std::string &Key) const {
    std::optional<std::string> S =
        scalar(V, "'" + Key +
                      "' expects a string of comma-separated check "
                      "globs, such as 'aiact-*,-aiact-gpai-training'");
    if (!S)
      return S;
    std::string Err;
    size_t Offset = 0;
    if (!checkGlobList(*S, Known, Key, Err, Offset))
      fail(markInScalar(V, Offset), Err);
    return S;
  }

  std::optional<std::string> regexValue(const YAML::Node &V,
                                        const std::string &Key) const {
    std::optional<std::string> S =
        scalar(V, "'" + Key + "' expects a regular expression string");
    std::string Problem;
    if (S && !checkRegex(*S, Problem))
      fail(V.Mark(), "invalid regular expression in '" + Key + "': " + Problem);
    return S;
  }

  std::optional<std::string> confidence(const YAML::Node &V,
                                        const std::string &Key) const {
    const std::string Message =
        "'" + Key + "' must be one of possible, likely, certain";
    std::optional<std::string> S = scalar(V, Message);
    if (S && std::find(ConfidenceNames.begin(), ConfidenceNames.end(), *S) ==
                 ConfidenceNames.end())
      fail(V.Mark(), Message);
    return S;
  }

  std::optional<bool> boolean(const YAML::Node &V,
                              const std::string &Key) const {
    const std::string Message =
        "'" + Key + "' expects a boolean (true or false)";
    std::optional<std::string> S = scalar(V, Message);
    if (!S)
      return std::nullopt;
    if (*S == "true" || *S == "True" || *S == "TRUE")
      return true;
    if (*S == "false" || *S == "False" || *S == "FALSE")
      return false;
    fail(V.Mark(), Message);
  }

  std::map<std::string, std::string> checkOptions(const YAML::Node &V) const {
    std::map<std::string, std::string> Out;
    if (V.IsNull())
      return Out;
    if (!V.IsMap())
      fail(V.Mark(), "'CheckOptions' expects a mapping of "
                     "'aiact-<check>.<Option>' keys to values");
    std::set<std::string> Seen;
    for (const auto &KV : V) {
      const YAML::Node &K = KV.first;
      if (!K.IsScalar())
        fail(K.Mark(), "expected a key name in 'CheckOptions'");
      const std::string &Key = K.Scalar();
      checkOptionKey(K, Key);
      if (!Seen.insert(Key).second)
        fail(K.Mark(), "duplicate key '" + Key + "' in 'CheckOptions'");
      const YAML::Node &Value = KV.second;
      if (Value.IsNull())
        Out[Key] = "";
      else if (Value.IsScalar())
        Out[Key] = Value.Scalar();
      else
        fail(Value.Mark(), "option '" + Key +
                               "' expects a single value, not a list or "
                               "mapping");
    }
    return Out;
  }

  void checkOptionKey(const YAML::Node &K, const std::string &Key) const {
    const std::vector<std::string> &Options = Known.OptionKeys;
    if (std::find(Options.begin(), Options.end(), Key) != Options.end())
      return;
    size_t Dot = Key.find('.');
    if (Dot == std::string::npos || Dot == 0 || Dot + 1 == Key.size())
      fail(K.Mark(), "invalid option key '" + Key +
                         "' in 'CheckOptions'; expected "
                         "'aiact-<check>.<Option>'" +
                         suggestion(Key, Options));
    std::string Check = Key.substr(0, Dot);
    std::string Option = Key.substr(Dot + 1);
    std::string Guess = didYouMean(Key, Options);
    if (std::find(Known.Ids.begin(), Known.Ids.end(), Check) ==
        Known.Ids.end()) {
      if (Guess.empty())
        Guess = didYouMean(Check, Known.Ids);
      fail(K.Mark(), "unknown check '" + Check + "' in 'CheckOptions'" +
                         (Guess.empty() ? std::string()
                                        : "; did you mean '" + Guess + "'?"));
    }
    std::vector<std::string> Own;
    for (const std::string &O : Options)
      if (O.compare(0, Check.size() + 1, Check + ".") == 0)
        Own.push_back(O);
    std::string Msg =
        "unknown option '" + Option + "' for '" + Check + "' in 'CheckOptions'";
    if (Own.empty())
      Msg += "; the check has no options";
    else
      Msg += suggestion(Key, Own);
    fail(K.Mark(), Msg);
  }

  std::string makeAbsolute(const std::string &P) const {
    fs::path FP(P);
    if (FP.is_absolute() || BaseDir.empty())
      return FP.lexically_normal().string();
    return (fs::path(BaseDir) / FP).lexically_normal().string();
  }

  /// A list of non-empty strings; null is an empty list.
  std::vector<std::string> stringList(const YAML::Node &V,
                                      const std::string &Message) const {
    std::vector<std::string> Out;
    if (V.IsNull())
      return Out;
    if (!V.IsSequence())
      fail(V.Mark(), Message);
    for (const YAML::Node &Item : V) {
      if (!Item.IsScalar() || trim(Item.Scalar()).empty())
        fail(Item.Mark(), Message);
      Out.push_back(Item.Scalar());
    }
    return Out;
  }

  std::vector<std::string> pathList(const YAML::Node &V,
                                    const std::string &Message) const {
    std::vector<std::string> Out = stringList(V, Message);
    for (std::string &P : Out)
      P = makeAbsolute(P);
    return Out;
  }

  void mitigations(const YAML::Node &V, Config &C) const {
    if (V.IsNull())
      return;
    if (!V.IsMap())
      fail(V.Mark(), "'Mitigations' expects a mapping with 'Marking' and "
                     "'Disclosure' lists");
    std::set<std::string> Seen;
    for (const auto &KV : V) {
      std::string Key = keyName(KV.first, Seen, MitigationKeys, "Mitigations");
      std::vector<std::string> Names =
          stringList(KV.second, "'Mitigations." + Key +
                                    "' expects a list of function "
                                    "names");
      if (Key == "Marking")
        C.MarkingFunctions = std::move(Names);
      else
        C.DisclosureFunctions = std::move(Names);
    }
  }

  std::vector<ComponentDecl> components(const YAML::Node &V) const {
    std::vector<ComponentDecl> Out;
    if (V.IsNull())
      return Out;
    const std::string EntryMessage =
        "each entry of 'Components' expects a mapping with at least 'Name'";
    if (!V.IsSequence())
      fail(V.Mark(), "'Components' expects a list of components, each a "
                     "mapping with at least 'Name'");
    std::set<std::string> Names;
    for (const YAML::Node &Item : V) {
      if (!Item.IsMap())
        fail(Item.Mark(), EntryMessage);
      Out.push_back(component(Item, Names));
    }
    return Out;
  }

  ComponentDecl component(const YAML::Node &Map,
                          std::set<std::string> &Names) const {
    ComponentDecl D;
    bool HasName = false;
    std::set<std::string> Seen;
    for (const auto &KV : Map) {
      std::string Key = keyName(KV.first, Seen, ComponentKeys, "Components");
      const YAML::Node &V = KV.second;
      const std::string StringMessage = "'" + Key + "' expects a string";
      if (Key == "Name") {
        std::optional<std::string> S = scalar(V, StringMessage);
        if (!S || trim(*S).empty())
          fail(V.Mark(), "'Name' of a component must not be empty");
        if (!Names.insert(*S).second)
          fail(V.Mark(), "duplicate component name '" + *S + "'");
        D.Name = *S;
        HasName = true;
      } else if (Key == "Paths") {
        D.Paths = pathList(V, "'Paths' expects a list of path globs");
      } else if (Key == "Licence") {
        D.Licence = trim(scalar(V, StringMessage).value_or(""));
      } else if (Key == "PlacedOnMarket") {
        D.PlacedOnMarket = boolean(V, Key);
      } else if (Key == "Monetised") {
        D.Monetised = boolean(V, Key);
      } else if (Key == "IntendedPurpose") {
        D.IntendedPurpose = scalar(V, StringMessage).value_or("");
      } else if (Key == "AnnexIII") {
        std::string Point = trim(scalar(V, StringMessage).value_or(""));
        if (!Point.empty() && !isAnnexPoint(Point))
          fail(V.Mark(), "'AnnexIII' expects an Annex III point such as "
                         "'4(a)' or '2' (points 1 to 8, letters a to e)");
        D.AnnexIII = Point;
      } else if (Key == "Derogation") {
        D.Derogation = scalar(V, StringMessage).value_or("");
      }
    }
    if (!HasName)
      fail(Map.Mark(), "component has no 'Name'");
    return D;
  }

  const std::string &Text;
  const std::string &Path;
  const CheckNameSet &Known;
  std::string BaseDir; ///< absolute folder of Path; empty without a path
};

/// Strict UTF-8 without NUL over the first \p Limit bytes.
bool looksLikeText(const std::string &Data, size_t Limit) {
  return findNonText(Data, Limit) == std::string::npos;
}


/// Reads until \p Data holds \p Want bytes or the stream ends.
bool readUpTo(std::FILE *F, std::string &Data, size_t Want) {
  char Buf[65536];
  while (Data.size() < Want) {
    size_t Chunk = std::min(sizeof(Buf), Want - Data.size());
    size_t Got = std::fread(Buf, 1, Chunk, F);
    Data.append(Buf, Got);
    if (Got < Chunk)
      return !std::ferror(F);
  }
  return true;
}

bool discoverFrom(const fs::path &Dir, const CheckNameSet &Known, Config &Out,
                  ConfigError &Err) {
  fs::path D = Dir;
  for (;;) {
    fs::path Candidate = D / ".aiact.yaml";
    std::error_code EC;
    fs::file_status St = fs::status(Candidate, EC);
    // A folder we may not look into is treated like one without a config,
    // as the walk would otherwise fail for every file under a locked home.
    if (!EC && fs::exists(St)) {
      Config C;
      if (!loadConfigFile(Candidate.string(), Known, C, Err))
        return false;
      if (C.InheritParentConfig.value_or(false) && D.has_relative_path()) {
        Config Parent;
        if (!discoverFrom(D.parent_path(), Known, Parent, Err))
          return false;
        C.inheritFrom(Parent);
      }
      Out = std::move(C);
      return true;
    }
    if (!D.has_relative_path()) {
      Out = Config();
      return true;
    }
    D = D.parent_path();
  }
}

void emitString(YAML::Emitter &E, const std::string &S, bool Quoted) {
  bool Printable = std::all_of(S.begin(), S.end(), [](char C) {
    unsigned char U = static_cast<unsigned char>(C);
    return U >= 0x80 || (U >= 0x20 && U != 0x7F);
  });
  // yaml-cpp may write a control character raw into a plain scalar, where
  // reading it back changes the value (a trailing '\r', say); double quotes
  // make it write an escape instead.
  if (!Printable)
    E << YAML::DoubleQuoted << S;
  else if (Quoted)
    E << YAML::SingleQuoted << S;
  else
    E << S;
}

void emitStringList(YAML::Emitter &E, const std::vector<std::string> &L) {
  E << YAML::Flow << YAML::BeginSeq;
  for (const std::string &S : L)
    emitString(E, S, true);
  E << YAML::EndSeq;
}

void emitOptionalBool(YAML::Emitter &E, const std::optional<bool> &B) {
  if (B)
    E << (*B ? "true" : "false");
  else
    E << YAML::Null;
}

} // namespace

std::string ConfigError::str() const {
  std::string Out;
  if (!File.empty())
    Out += File + ":";
  if (Line != 0) {
    Out += std::to_string(Line) + ":";
    if (Column != 0)
      Out += std::to_string(Column) + ":";
  }
  if (!Out.empty())
    Out += " ";
  return Out + "error: " + Message;
}

void Config::inheritFrom(const Config &Parent) {
  // Glob lists are appended parent-first, as clang-tidy does: the last
  // matching entry wins, so this config still decides every check it names
  // and a child can write '-aiact-x' without repeating the parent's list.
  bool Set;
  std::string Joined = concatGlobs(Parent.Checks, Checks, Set);
  if (Set)
    Checks = Joined;
  Joined = concatGlobs(Parent.WarningsAsErrors, WarningsAsErrors, Set);
  if (Set)
    WarningsAsErrors = Joined;
  if (!HeaderFilterRegex) {
    HeaderFilterRegex = Parent.HeaderFilterRegex;
    HeaderFilterRegexAt = Parent.HeaderFilterRegexAt;
  }
  if (!MinConfidence)
    MinConfidence = Parent.MinConfidence;
  if (!InheritParentConfig)
    InheritParentConfig = Parent.InheritParentConfig;
  for (const auto &KV : Parent.CheckOptions)
    CheckOptions.insert(KV); // keeps this config's value when both set it
  Catalog = concat(Parent.Catalog, Catalog);
  MarkingFunctions = concat(Parent.MarkingFunctions, MarkingFunctions);
  DisclosureFunctions = concat(Parent.DisclosureFunctions, DisclosureFunctions);
  Components = concat(Parent.Components, Components);
  Sources = concat(Parent.Sources, Sources);
  if (Directory.empty())
    Directory = Parent.Directory;
}

void Config::overrideWith(const Config &Over) {
  bool Set;
  std::string Joined = concatGlobs(Checks, Over.Checks, Set);
  if (Set)
    Checks = Joined;
  Joined = concatGlobs(WarningsAsErrors, Over.WarningsAsErrors, Set);
  if (Set)
    WarningsAsErrors = Joined;
  if (Over.HeaderFilterRegex) {
    HeaderFilterRegex = Over.HeaderFilterRegex;
    HeaderFilterRegexAt = Over.HeaderFilterRegexAt;
  }
  if (Over.MinConfidence)
    MinConfidence = Over.MinConfidence;
  if (Over.InheritParentConfig)
    InheritParentConfig = Over.InheritParentConfig;
  for (const auto &KV : Over.CheckOptions)
    CheckOptions[KV.first] = KV.second;
  appendAll(Catalog, Over.Catalog);
  appendAll(MarkingFunctions, Over.MarkingFunctions);
  appendAll(DisclosureFunctions, Over.DisclosureFunctions);
  appendAll(Components, Over.Components);
  appendAll(Sources, Over.Sources);
  if (Directory.empty())
    Directory = Over.Directory;
}

bool parseConfig(const std::string &Text, const std::string &Path,
                 const CheckNameSet &Known, Config &Out, ConfigError &Err) {
  try {
    YAML::Node Root;
    if (!loadOneDocument(Text, Path, Root, Err))
      return false;
    Parser P(Text, Path, Known);
    Out = P.run(Root);
    return true;
  } catch (const Failure &F) {
    Err = F.E;
  } catch (const YAML::DeepRecursion &E) {
    Err = errorAt(Path, E.mark, "malformed YAML: nesting is too deep");
  } catch (const YAML::Exception &E) {
    Err = errorAt(Path, E.mark, "malformed YAML: " + yamlMessage(E.msg));
  } catch (const std::bad_alloc &) {
    Err = errorNoPos(Path, "out of memory while reading the configuration");
  } catch (const std::exception &E) {
    Err = errorNoPos(Path,
                     "cannot read the configuration: " + yamlMessage(E.what()));
  } catch (...) {
    Err = errorNoPos(Path, "cannot read the configuration: unknown error");
  }
  return false;
}

bool readYamlFile(const std::string &Path, const std::string &Kind,
                  std::string &Text, ConfigError &Err) {
  auto Fail = [&](std::string Msg) {
    Err = errorNoPos(Path, std::move(Msg));
    return false;
  };
  auto CannotRead = [&]() {
    return Fail("cannot read " + Kind + ": " + std::strerror(errno));
  };
  try {
    struct stat St;
    if (::stat(Path.c_str(), &St) != 0)
      return CannotRead();
    if (S_ISDIR(St.st_mode))
      return Fail("is a folder, expected a YAML file");
    std::unique_ptr<std::FILE, int (*)(std::FILE *)> F(
        std::fopen(Path.c_str(), "rb"), &std::fclose);
    if (!F)
      return CannotRead();
    // Read the probe first so that a binary file or an endless device is
    // rejected before anything large is buffered. Three extra bytes let a
    // UTF-8 sequence that starts inside the probe be checked whole.
    std::string Data;
    if (!readUpTo(F.get(), Data, TextProbeBytes + 3))
      return CannotRead();
    if (!looksLikeText(Data, TextProbeBytes))
      return Fail("not a text file; expected YAML");
    if (!readUpTo(F.get(), Data, MaxConfigBytes + 1))
      return CannotRead();
    if (Data.size() > MaxConfigBytes)
      return Fail(Kind + " is larger than " +
                  std::to_string(MaxConfigBytes >> 20) +
                  " MiB; expected a small YAML file");
    Text = std::move(Data);
    return true;
  } catch (const std::bad_alloc &) {
    return Fail("out of memory while reading the " + Kind);
  } catch (...) {
    return Fail("cannot read " + Kind + ": unknown error");
  }
}

bool loadConfigFile(const std::string &Path, const CheckNameSet &Known,
                    Config &Out, ConfigError &Err) {
  std::string Text;
  return readYamlFile(Path, "config file", Text, Err) &&
         parseConfig(Text, Path, Known, Out, Err);
}

bool discoverConfig(const std::string &Dir, const CheckNameSet &Known,
                    Config &Out, ConfigError &Err) {
  try {
    std::error_code EC;
    fs::path Start = fs::absolute(fs::path(Dir.empty() ? "." : Dir), EC);
    if (EC) {
      Err = errorNoPos(Dir, "cannot resolve folder: " + EC.message());
      return false;
    }
    Start = Start.lexically_normal();
    // "a/b/" normalises to a path with an empty last component; drop it so
    // that the walk does not visit the same folder twice.
    if (Start.filename().empty() && Start.has_relative_path())
      Start = Start.parent_path();
    return discoverFrom(Start, Known, Out, Err);
  } catch (const std::bad_alloc &) {
    Err = errorNoPos(Dir, "out of memory while reading the configuration");
  } catch (const std::exception &E) {
    Err = errorNoPos(Dir,
                     "cannot look for .aiact.yaml: " + yamlMessage(E.what()));
  } catch (...) {
    Err = errorNoPos(Dir, "cannot look for .aiact.yaml: unknown error");
  }
  return false;
}

std::string dumpConfig(const Config &C) {
  try {
    YAML::Emitter E;
    E << YAML::BeginMap;
    E << YAML::Key << "Checks" << YAML::Value;
    emitString(E, C.Checks.value_or(DefaultChecks), true);
    E << YAML::Key << "WarningsAsErrors" << YAML::Value;
    emitString(E, C.WarningsAsErrors.value_or(""), true);
    E << YAML::Key << "HeaderFilterRegex" << YAML::Value;
    emitString(E, C.HeaderFilterRegex.value_or(""), true);
    E << YAML::Key << "MinConfidence" << YAML::Value
      << C.MinConfidence.value_or(DefaultMinConfidence);
    E << YAML::Key << "InheritParentConfig" << YAML::Value
      << (C.InheritParentConfig.value_or(false) ? "true" : "false");

    E << YAML::Key << "CheckOptions" << YAML::Value;
    if (C.CheckOptions.empty()) {
      E << YAML::Flow << YAML::BeginMap << YAML::EndMap;
    } else {
      E << YAML::BeginMap;
      for (const auto &KV : C.CheckOptions) {
        E << YAML::Key << KV.first << YAML::Value;
        emitString(E, KV.second, false);
      }
      E << YAML::EndMap;
    }

    E << YAML::Key << "Catalog" << YAML::Value;
    emitStringList(E, C.Catalog);
    E << YAML::Key << "Mitigations" << YAML::Value << YAML::BeginMap;
    E << YAML::Key << "Marking" << YAML::Value;
    emitStringList(E, C.MarkingFunctions);
    E << YAML::Key << "Disclosure" << YAML::Value;
    emitStringList(E, C.DisclosureFunctions);
    E << YAML::EndMap;

    E << YAML::Key << "Components" << YAML::Value;
    if (C.Components.empty()) {
      E << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    } else {
      E << YAML::BeginSeq;
      for (const ComponentDecl &D : C.Components) {
        E << YAML::BeginMap;
        E << YAML::Key << "Name" << YAML::Value;
        emitString(E, D.Name, true);
        E << YAML::Key << "Paths" << YAML::Value;
        emitStringList(E, D.Paths);
        E << YAML::Key << "Licence" << YAML::Value;
        emitString(E, D.Licence, true);
        E << YAML::Key << "PlacedOnMarket" << YAML::Value;
        emitOptionalBool(E, D.PlacedOnMarket);
        E << YAML::Key << "Monetised" << YAML::Value;
        emitOptionalBool(E, D.Monetised);
        E << YAML::Key << "IntendedPurpose" << YAML::Value;
        emitString(E, D.IntendedPurpose, true);
        E << YAML::Key << "AnnexIII" << YAML::Value;
        emitString(E, D.AnnexIII, true);
        E << YAML::Key << "Derogation" << YAML::Value;
        emitString(E, D.Derogation, true);
        E << YAML::EndMap;
      }
      E << YAML::EndSeq;
    }
    E << YAML::EndMap;
    if (!E.good())
      return "# cannot print the configuration: " +
             yamlMessage(E.GetLastError()) + "\n";
    return std::string(E.c_str()) + "\n";
  } catch (...) {
    return "# cannot print the configuration\n";
  }
}

bool validateCheckGlobs(const std::string &Globs, const CheckNameSet &Known,
                        std::string &Err) {
  size_t Offset = 0;
  return checkGlobList(Globs, Known, "", Err, Offset);
}

bool globListMatches(const std::string &Globs, const std::string &CheckId) {
  bool Enabled = false;
  for (const GlobEntry &E : splitGlobList(Globs)) {
    bool Negated;
    std::string Name;
    size_t NameOffset;
    splitNegation(E.Text, Negated, Name, NameOffset);
    if (!Name.empty() && globMatch(Name, CheckId))
      Enabled = !Negated;
  }
  return Enabled;
}

std::string didYouMean(const std::string &Name,
                       const std::vector<std::string> &Candidates) {
  if (Name.empty())
    return {};
  size_t Limit = std::max<size_t>(2, Name.size() / 3);
  std::string Lower = Name;
  std::transform(Lower.begin(), Lower.end(), Lower.begin(), toLower);
  size_t Best = Limit + 1;
  std::string Found;
  for (const std::string &C : Candidates) {
    size_t Diff = C.size() > Name.size() ? C.size() - Name.size()
                                         : Name.size() - C.size();
    if (Diff >= Best)
      continue;
    std::string LowerC = C;
    std::transform(LowerC.begin(), LowerC.end(), LowerC.begin(), toLower);
    size_t D = editDistance(Lower, LowerC, Best - 1);
    if (D < Best) {
      Best = D;
      Found = C;
    }
  }
  return Found;
}

} // namespace aiact
