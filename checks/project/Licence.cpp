//===- Licence.cpp - Recognising licences and non-free terms --------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "project/Licence.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace aiact {

namespace {

/// Lower case, every run of other characters one space, padded with a space
/// at each end so that " word " finds whole words only.
std::string normalise(const std::string &Text) {
  std::string Out = " ";
  for (unsigned char C : Text) {
    if (std::isalnum(C))
      Out += static_cast<char>(std::tolower(C));
    else if (Out.back() != ' ')
      Out += ' ';
  }
  if (Out.back() != ' ')
    Out += ' ';
  return Out;
}

bool has(const std::string &Norm, const char *Phrase) {
  return Norm.find(std::string(" ") + Phrase + " ") != std::string::npos;
}

/// Licences that grant use, study, modification and redistribution
/// (Recital 102): the OSI- and FSF-approved licences seen in C and C++ ML
/// code. Deprecated SPDX spellings are accepted as their current ids.
const std::set<std::string> &freeIds() {
  static const std::set<std::string> Ids = {
      "0BSD", "AFL-3.0", "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later",
      "Apache-1.1", "Apache-2.0", "APSL-2.0", "Artistic-2.0", "BSD-1-Clause",
      "BSD-2-Clause", "BSD-2-Clause-Patent", "BSD-3-Clause",
      "BSD-3-Clause-Clear", "BSL-1.0", "bzip2-1.0.6", "CC0-1.0",
      "CDDL-1.0", "CECILL-2.1", "curl", "ECL-2.0", "EPL-1.0", "EPL-2.0",
      "EUPL-1.1", "EUPL-1.2", "GPL-2.0", "GPL-2.0-only", "GPL-2.0-or-later",
      "GPL-3.0", "GPL-3.0-only", "GPL-3.0-or-later", "HPND", "IJG", "ISC",
      "LGPL-2.0", "LGPL-2.0-only", "LGPL-2.0-or-later", "LGPL-2.1",
      "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0-only",
      "LGPL-3.0-or-later", "libpng-2.0", "Libpng", "MIT", "MIT-0", "MPL-1.1",
      "MPL-2.0", "MPL-2.0-no-copyleft-exception", "MS-PL", "NCSA",
      "OFL-1.1", "OpenSSL", "PostgreSQL", "PSF-2.0", "Python-2.0",
      "Unicode-3.0", "Unicode-DFS-2016", "Unlicense", "UPL-1.0", "W3C",
      "WTFPL", "X11", "Zlib", "zlib-acknowledgement", "ZPL-2.1"};
  return Ids;
}

/// Licences known not to be free and open-source in the sense of Recital
/// 102: non-commercial or no-derivatives terms, field-of-use restrictions.
const std::set<std::string> &nonFreeIds() {
  static const std::set<std::string> Ids = {
      "BUSL-1.1", "CC-BY-NC-1.0", "CC-BY-NC-2.0", "CC-BY-NC-2.5",
      "CC-BY-NC-3.0", "CC-BY-NC-4.0", "CC-BY-NC-ND-1.0", "CC-BY-NC-ND-2.0",
      "CC-BY-NC-ND-2.5", "CC-BY-NC-ND-3.0", "CC-BY-NC-ND-4.0",
      "CC-BY-NC-SA-1.0", "CC-BY-NC-SA-2.0", "CC-BY-NC-SA-2.5",
      "CC-BY-NC-SA-3.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-1.0", "CC-BY-ND-2.0",
      "CC-BY-ND-2.5", "CC-BY-ND-3.0", "CC-BY-ND-4.0", "Commons-Clause",
      "Elastic-2.0", "PolyForm-Noncommercial-1.0.0",
      "PolyForm-Small-Business-1.0.0", "SSPL-1.0"};
  return Ids;
}

std::string upper(std::string S) {
  for (char &C : S)
    C = static_cast<char>(std::toupper(static_cast<unsigned char>(C)));
  return S;
}

/// The id in \p Set equal to \p Id ignoring case (SPDX ids are
/// case-insensitive), or empty.
std::string findId(const std::set<std::string> &Set, const std::string &Id) {
  std::string U = upper(Id);
  for (const std::string &S : Set)
    if (upper(S) == U)
      return S;
  return "";
}

/// Recursive descent over an SPDX expression:
///   or   := and ("OR" and)*
///   and  := with ("AND" with)*
///   with := atom ("WITH" id)?
///   atom := id | "(" or ")"
class SpdxEvaluator {
public:
  explicit SpdxEvaluator(const std::string &Expr) {
    std::string Cur;
    auto Flush = [&] {
      if (!Cur.empty())
        Tokens.push_back(Cur);
      Cur.clear();
    };
    for (char C : Expr) {
      if (C == '(' || C == ')') {
        Flush();
        Tokens.push_back(std::string(1, C));
      } else if (std::isspace(static_cast<unsigned char>(C))) {
        Flush();
      } else {
        Cur += C;
      }
    }
    Flush();
  }

  LicenceStatus run(std::string *Why) {
    if (Tokens.empty())
      return LicenceStatus::Invalid;
    LicenceStatus S = parseOr();
    if (Bad || Pos != Tokens.size())
      return LicenceStatus::Invalid;
    if (Why)
      *Why = Decider;
    return S;
  }

private:
  static bool isOp(const std::string &T, const char *Op) {
    return upper(T) == Op;
  }
  bool atEnd() const { return Pos >= Tokens.size(); }

  LicenceStatus parseOr() {
    LicenceStatus S = parseAnd();
    while (!atEnd() && isOp(Tokens[Pos], "OR")) {
      ++Pos;
      LicenceStatus R = parseAnd();
      // One free alternative is enough; otherwise the less bad reason.
      if (S == LicenceStatus::Free || R == LicenceStatus::Free)
        S = LicenceStatus::Free;
      else if (S == LicenceStatus::Unknown || R == LicenceStatus::Unknown)
        S = LicenceStatus::Unknown;
    }
    return S;
  }

  LicenceStatus parseAnd() {
    LicenceStatus S = parseWith();
    while (!atEnd() && isOp(Tokens[Pos], "AND")) {
      ++Pos;
      LicenceStatus R = parseWith();
      if (S == LicenceStatus::NonFree || R == LicenceStatus::NonFree)
        S = LicenceStatus::NonFree;
      else if (S == LicenceStatus::Unknown || R == LicenceStatus::Unknown)
        S = LicenceStatus::Unknown;
    }
    return S;
  }

  LicenceStatus parseWith() {
    LicenceStatus S = parseAtom();
    if (!atEnd() && isOp(Tokens[Pos], "WITH")) {
      ++Pos;
      if (atEnd() || Tokens[Pos] == "(" || Tokens[Pos] == ")") {
        Bad = true;
        return LicenceStatus::Invalid;
      }
      // "Apache-2.0 WITH Commons-Clause" is written in the wild although the
      // Commons Clause is not an SPDX exception: it takes the freedom away.
      if (!findId(nonFreeIds(), Tokens[Pos]).empty()) {
        note(Tokens[Pos]);
        S = LicenceStatus::NonFree;
      }
      ++Pos;
    }
    return S;
  }

  LicenceStatus parseAtom() {
    if (atEnd()) {
      Bad = true;
      return LicenceStatus::Invalid;
    }
    std::string T = Tokens[Pos++];
    if (T == "(") {
      LicenceStatus S = parseOr();
      if (atEnd() || Tokens[Pos] != ")") {
        Bad = true;
        return LicenceStatus::Invalid;
      }
      ++Pos;
      return S;
    }
    if (T == ")" || isOp(T, "AND") || isOp(T, "OR") || isOp(T, "WITH")) {
      Bad = true;
      return LicenceStatus::Invalid;
    }
    if (!T.empty() && T.back() == '+')
      T.pop_back();
    if (!findId(freeIds(), T).empty())
      return LicenceStatus::Free;
    note(T);
    if (!findId(nonFreeIds(), T).empty())
      return LicenceStatus::NonFree;
    return LicenceStatus::Unknown;
  }

  void note(const std::string &Id) {
    if (Decider.empty())
      Decider = Id;
  }

  std::vector<std::string> Tokens;
  size_t Pos = 0;
  bool Bad = false;
  std::string Decider;
};

/// The GNU licence a text names first (its title, or the licence a notice
/// points to) with the version written right after that name.
std::string gnuFamily(const std::string &N) {
  struct Title {
    const char *Phrase;
    const char *Family;
  };
  static const Title Titles[] = {
      {"gnu affero general public license", "AGPL"},
      {"gnu lesser general public license", "LGPL"},
      {"gnu library general public license", "LGPL"},
      {"gnu general public license", "GPL"},
  };
  size_t Best = std::string::npos;
  const Title *Found = nullptr;
  for (const Title &T : Titles) {
    size_t P = N.find(std::string(" ") + T.Phrase + " ");
    if (P < Best) {
      Best = P;
      Found = &T;
    }
  }
  if (!Found)
    return "";
  std::string After = N.substr(Best, std::string(Found->Phrase).size() + 90);
  std::string Family = Found->Family;
  if (has(After, "version 2 1"))
    return Family == "LGPL" ? "LGPL-2.1" : "";
  if (has(After, "version 3"))
    return Family + "-3.0";
  if (has(After, "version 2"))
    return Family == "AGPL" ? "" : Family + "-2.0";
  return "";
}

} // namespace

std::string identifyLicenceText(const std::string &Text) {
  std::string N = normalise(Text);
  // Licence texts first, the longest and most specific before the short
  // permissive ones that other licences quote.
  std::string Gnu = gnuFamily(N);
  // A GNU licence's full text has its terms; a notice only points to them.
  if (!Gnu.empty() && has(N, "terms and conditions"))
    return Gnu + "-only";
  if (has(N, "apache license") && has(N, "version 2 0") &&
      has(N, "terms and conditions for use reproduction and distribution"))
    return "Apache-2.0";
  if (has(N, "mozilla public license version 2 0"))
    return "MPL-2.0";
  if (has(N, "european union public licence") && has(N, "v 1 2"))
    return "EUPL-1.2";
  if (has(N, "boost software license version 1 0"))
    return "BSL-1.0";
  if (has(N, "this is free and unencumbered software released into the "
             "public domain"))
    return "Unlicense";
  if (has(N, "permission is hereby granted free of charge to any person "
             "obtaining a copy") &&
      has(N, "the above copyright notice and this permission notice shall be "
             "included"))
    return "MIT";
  if (has(N, "permission to use copy modify and or distribute this software "
             "for any purpose with or without fee is hereby granted") ||
      has(N, "permission to use copy modify and distribute this software for "
             "any purpose with or without fee is hereby granted"))
    return "ISC";
  if (has(N, "this software is provided as is without any express or implied "
             "warranty") &&
      has(N, "altered source versions must be plainly marked as such"))
    return "Zlib";
  if (has(N, "redistribution and use in source and binary forms with or "
             "without modification are permitted")) {
    if (has(N, "all advertising materials mentioning features or use of this "
               "software"))
      return "BSD-4-Clause";
    if (has(N, "neither the name") || has(N, "the name of the author may not"))
      return "BSD-3-Clause";
    return "BSD-2-Clause";
  }
  if (has(N, "cc0 1 0 universal"))
    return "CC0-1.0";
  // A GNU notice without the terms (a short COPYING that points to them).
  if (!Gnu.empty())
    return Gnu + (saysAnyLaterVersion(Text) ? "-or-later" : "-only");
  return "";
}

bool saysAnyLaterVersion(const std::string &Text) {
  std::string N = normalise(Text);
  // The notice's wording; the licence's own section on versions says "any
  // later version" too, but never "or at your option any later version"
  // right after a version number, except in its appendix, which the caller
  // does not pass for a full text.
  for (const char *V : {"version 2", "version 2 1", "version 3"})
    if (has(N, (std::string("either ") + V +
                " of the license or at your option any later version")
                   .c_str()))
      return true;
  return false;
}

std::vector<NonFreeTerm> findNonFreeTerms(const std::string &Text) {
  struct Pattern {
    const char *Phrase;
    const char *Kind;
  };
  // Grants that name what they allow ("commercial or non-commercial") are
  // not restrictions.
  static const char *const Grants[] = {"allowed only for noncommercial distribution",
                                       "commercial or non commercial",
                                       "commercial and non commercial",
                                       "commercial or noncommercial",
                                       "commercial and noncommercial"};
  static const Pattern Patterns[] = {
      {"non commercial", "non-commercial use only"},
      {"noncommercial", "non-commercial use only"},
      {"not for commercial use", "non-commercial use only"},
      {"commercial use is prohibited", "non-commercial use only"},
      {"commercial use is not permitted", "non-commercial use only"},
      {"research purposes only", "research-only use"},
      {"for research use only", "research-only use"},
      {"research use only", "research-only use"},
      {"solely for research", "research-only use"},
      {"academic use only", "research-only use"},
      {"for non profit research", "research-only use"},
      {"may not redistribute", "no redistribution"},
      {"may not be redistributed", "no redistribution"},
      {"shall not redistribute", "no redistribution"},
      {"redistribution is not permitted", "no redistribution"},
      {"redistribution is prohibited", "no redistribution"},
      {"monthly active users", "a limit on the number of users"},
      {"daily active users", "a limit on the number of users"},
      {"commons clause", "the Commons Clause"},
      {"the software is provided to you by the licensor under the license "
       "as defined below subject to the following condition",
       "the Commons Clause"},
      {"a separate commercial license is required",
       "a separate commercial licence required"},
      {"requires a commercial license", "a separate commercial licence required"},
  };
  std::vector<NonFreeTerm> Out;
  std::set<std::string> Seen;
  // Line by line, so that each term says where it is; a phrase broken
  // across two lines is caught by also looking at each pair of lines.
  std::vector<std::string> Lines;
  size_t Start = 0;
  while (Start <= Text.size()) {
    size_t End = Text.find('\n', Start);
    if (End == std::string::npos)
      End = Text.size();
    Lines.push_back(normalise(Text.substr(Start, End - Start)));
    Start = End + 1;
  }
  for (size_t I = 0; I < Lines.size(); ++I) {
    std::string Pair =
        I + 1 < Lines.size() ? Lines[I] + Lines[I + 1].substr(1) : Lines[I];
    std::string Checked = Pair;
    for (const char *G : Grants) {
      size_t At;
      while ((At = Checked.find(std::string(" ") + G + " ")) != std::string::npos)
        Checked.replace(At, std::string(G).size() + 2, " ");
    }
    for (const Pattern &P : Patterns) {
      if (Seen.count(P.Kind) || !has(Checked, P.Phrase))
        continue;
      Seen.insert(P.Kind);
      Out.push_back({P.Kind, static_cast<unsigned>(
                                 has(Lines[I], P.Phrase) || I + 1 >= Lines.size()
                                     ? I + 1
                                     : I + 2)});
    }
  }
  return Out;
}

std::vector<std::string> spdxIdentifiers(const std::string &Text) {
  static const std::string Tag = "SPDX-License-Identifier:";
  std::vector<std::string> Out;
  size_t Pos = 0;
  while ((Pos = Text.find(Tag, Pos)) != std::string::npos) {
    size_t B = Pos + Tag.size();
    size_t E = Text.find('\n', B);
    std::string V = Text.substr(B, E == std::string::npos ? E : E - B);
    // Comment closers and trailing blanks are not part of the expression.
    for (const char *Closer : {"*/", "-->", "*)"}) {
      size_t C = V.find(Closer);
      if (C != std::string::npos)
        V.resize(C);
    }
    size_t F = V.find_first_not_of(" \t");
    size_t L = V.find_last_not_of(" \t\r");
    if (F != std::string::npos)
      Out.push_back(V.substr(F, L - F + 1));
    Pos = B;
  }
  return Out;
}

LicenceStatus evaluateSpdx(const std::string &Expr, std::string *Why) {
  return SpdxEvaluator(Expr).run(Why);
}

bool isLicenceFileName(const std::string &FileName) {
  std::string U = upper(FileName);
  if (U.find("THIRD") != std::string::npos ||
      U.find("NOTICE") != std::string::npos)
    return false;
  for (const char *P : {"LICENSE", "LICENCE", "COPYING", "UNLICENSE"}) {
    std::string Prefix = P;
    if (U.compare(0, Prefix.size(), Prefix) != 0)
      continue;
    if (U.size() == Prefix.size())
      return true;
    char Next = U[Prefix.size()];
    // LICENSE.md, LICENSE-MIT, LICENSE_APACHE, COPYING.LESSER; not
    // LICENSES (a folder) or LICENSED.
    return Next == '.' || Next == '-' || Next == '_';
  }
  return false;
}

} // namespace aiact
