//===- Components.cpp - Components, their licences and verdicts -----------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "project/Components.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace aiact {
namespace fs = std::filesystem;

namespace {

/// Licence texts are short; anything larger is not one.
constexpr size_t MaxLicenceBytes = 1u << 20;
/// SPDX lines and licence notices sit at the top of a source file.
constexpr size_t SourceHeadBytes = 4096;

std::string readHead(const std::string &Path, size_t Max) {
  std::ifstream In(Path, std::ios::binary);
  if (!In)
    return "";
  std::string Out(Max, '\0');
  In.read(&Out[0], static_cast<std::streamsize>(Max));
  Out.resize(static_cast<size_t>(In.gcount()));
  return Out;
}

std::string relative(const std::string &Path, const std::string &Root) {
  if (Path == Root)
    return ".";
  if (Path.size() > Root.size() && Path.compare(0, Root.size(), Root) == 0 &&
      Path[Root.size()] == '/')
    return Path.substr(Root.size() + 1);
  return Path;
}

bool isUnder(const std::string &File, const std::string &Dir) {
  return File.size() > Dir.size() && File.compare(0, Dir.size(), Dir) == 0 &&
         (File[Dir.size()] == '/' || Dir == "/");
}

std::string join(const std::vector<std::string> &Parts, const char *Sep) {
  std::string Out;
  for (const std::string &P : Parts) {
    if (!Out.empty())
      Out += Sep;
    Out += P;
  }
  return Out;
}

/// A GNU licence id with "-only" and "-or-later" removed: "GPL-3.0".
std::string gnuBase(const std::string &Id) {
  for (const char *Suffix : {"-only", "-or-later"}) {
    std::string S = Suffix;
    if (Id.size() > S.size() &&
        Id.compare(Id.size() - S.size(), S.size(), S) == 0)
      return Id.substr(0, Id.size() - S.size());
  }
  return Id;
}

/// The licence of one folder from its licence files, or an empty Spdx.
/// \p Notices is the text of its sources' heads, where a GNU "or any later
/// version" notice may be.
LicenceInfo licenceFromFiles(const std::vector<std::string> &Files,
                             const std::string &Root, bool NoticeSaysLater) {
  LicenceInfo L;
  std::vector<std::string> Ids;
  for (const std::string &F : Files) {
    std::string Rel = relative(F, Root);
    std::string Text = readHead(F, MaxLicenceBytes);
    std::string Id = identifyLicenceText(Text);
    std::vector<std::string> Spdx = spdxIdentifiers(Text);
    if (Id.empty() && !Spdx.empty())
      Id = Spdx.front();
    if (!Id.empty()) {
      L.Evidence.push_back(Rel + ": " + Id + " licence text");
      Ids.push_back(Id);
    } else {
      L.Problems.push_back(Rel + ": licence text not recognised");
    }
    for (const NonFreeTerm &T : findNonFreeTerms(Text))
      L.NonFree.push_back(Rel + ":" + std::to_string(T.Line) + ": " + T.Kind);
  }
  // The GNU licence texts do not say "-only" or "-or-later"; the notices
  // in the sources do.
  for (std::string &Id : Ids) {
    std::string Base = gnuBase(Id);
    if (Base != Id && NoticeSaysLater)
      Id = Base + "-or-later";
  }
  // COPYING with COPYING.LESSER: the LGPL builds on the GPL's text.
  bool HasLgpl3 = std::any_of(Ids.begin(), Ids.end(), [](const std::string &I) {
    return gnuBase(I) == "LGPL-3.0";
  });
  std::vector<std::string> Kept;
  for (const std::string &Id : Ids)
    if (!(HasLgpl3 && gnuBase(Id) == "GPL-3.0") &&
        std::find(Kept.begin(), Kept.end(), Id) == Kept.end())
      Kept.push_back(Id);
  if (Kept.size() > 1)
    for (std::string &K : Kept)
      if (K.find(' ') != std::string::npos)
        K = "(" + K + ")";
  L.Spdx = join(Kept, " AND ");
  return L;
}

void evaluate(LicenceInfo &L) {
  if (!L.NonFree.empty()) {
    L.Status = LicenceStatus::NonFree;
    return;
  }
  if (L.Spdx.empty()) {
    L.Status = LicenceStatus::Unknown;
    return;
  }
  std::string Why;
  L.Status = evaluateSpdx(L.Spdx, &Why);
  if (L.Status == LicenceStatus::Invalid)
    L.Problems.push_back("'" + L.Spdx + "' is not a valid SPDX expression");
}

} // namespace

const char *verdictName(Verdict V) {
  switch (V) {
  case Verdict::NotEligible:
    return "not eligible";
  case Verdict::Exempt:
    return "exempt";
  case Verdict::Conditional:
    return "conditional";
  case Verdict::NotExempt:
    return "not exempt";
  }
  return "exempt";
}

namespace {

bool globAt(const char *G, const char *P) {
  if (!*G)
    return !*P;
  if (G[0] == '*' && G[1] == '*') {
    const char *Rest = G + 2;
    // "**/" also matches no folder at all.
    if (*Rest == '/' && globAt(Rest + 1, P))
      return true;
    for (const char *Q = P;; ++Q) {
      if (globAt(Rest, Q))
        return true;
      if (!*Q)
        return false;
    }
  }
  if (*G == '*') {
    for (const char *Q = P;; ++Q) {
      if (globAt(G + 1, Q))
        return true;
      if (!*Q || *Q == '/')
        return false;
    }
  }
  if (!*P)
    return false;
  if ((*G == '?' && *P != '/') || *G == *P)
    return globAt(G + 1, P + 1);
  return false;
}

} // namespace

bool pathGlobMatch(const std::string &Glob, const std::string &Path) {
  if (Glob.find_first_of("*?") == std::string::npos)
    return Path == Glob || isUnder(Path, Glob);
  return globAt(Glob.c_str(), Path.c_str());
}

std::vector<Component>
findComponents(const SourceTree &Tree,
               const std::vector<std::pair<std::string, ComponentDecl>> &Declared) {
  std::vector<Component> Out;
  std::map<std::string, std::string> ProjectName;
  for (const CMakeProject &P : Tree.Projects)
    ProjectName.emplace(P.Dir, P.Name);

  // Folder components: the tree, then each folder with a licence file or a
  // CMake project, sorted so that parents come before their children.
  std::set<std::string> Dirs;
  for (const auto &L : Tree.LicenceFiles)
    Dirs.insert(L.first);
  for (const CMakeProject &P : Tree.Projects)
    Dirs.insert(P.Dir);
  Dirs.erase(Tree.Root);
  auto MakeFolder = [&](const std::string &Dir, const char *Kind) {
    Component C;
    C.Dir = Dir;
    C.Kind = Kind;
    auto It = ProjectName.find(Dir);
    C.Name = It != ProjectName.end() ? It->second
             : Dir == Tree.Root     ? fs::path(Dir).filename().string()
                                    : relative(Dir, Tree.Root);
    if (C.Name.empty())
      C.Name = Dir;
    return C;
  };
  Out.push_back(MakeFolder(Tree.Root, "tree"));
  for (const std::string &D : Dirs)
    Out.push_back(MakeFolder(D, Tree.LicenceFiles.count(D) ? "licence file"
                                                           : "CMake project"));
  // Names are how declarations refer to components: keep them unique.
  std::map<std::string, unsigned> NameCount;
  for (const Component &C : Out)
    ++NameCount[C.Name];
  for (Component &C : Out)
    if (NameCount[C.Name] > 1 && C.Dir != Tree.Root)
      C.Name = relative(C.Dir, Tree.Root);

  // Declared components: facts for a detected one of the same name, or a
  // path set of their own.
  size_t FolderCount = Out.size();
  for (const auto &D : Declared) {
    auto Same = std::find_if(Out.begin(), Out.end(), [&](const Component &C) {
      return C.Name == D.second.Name;
    });
    Component *C;
    if (Same != Out.end()) {
      C = &*Same;
    } else {
      Out.push_back(Component());
      C = &Out.back();
      C->Name = D.second.Name;
      C->Kind = "declared";
      C->Dir = fs::path(D.first).parent_path().string();
    }
    C->Decl = D.second;
    C->DeclaredIn = D.first;
    if (!D.second.Paths.empty())
      C->Paths = D.second.Paths;
  }

  // Sources by component, for SPDX lines, notices and the unit count.
  std::vector<std::vector<std::string>> UnitsOf(Out.size());
  for (const std::string &U : Tree.Units) {
    size_t I = componentOf(Out, U);
    UnitsOf[I].push_back(U);
    ++Out[I].Units;
  }

  for (size_t I = 0; I < Out.size(); ++I) {
    Component &C = Out[I];
    std::vector<std::string> Spdx;
    std::map<std::string, unsigned> SpdxCount;
    bool SaysLater = false;
    for (const std::string &U : UnitsOf[I]) {
      std::string Head = readHead(U, SourceHeadBytes);
      for (const std::string &E : spdxIdentifiers(Head))
        if (SpdxCount[E]++ == 0)
          Spdx.push_back(E);
      SaysLater = SaysLater || saysAnyLaterVersion(Head);
    }
    LicenceInfo L;
    auto Files = Tree.LicenceFiles.find(C.Dir);
    if (I < FolderCount && Files != Tree.LicenceFiles.end())
      L = licenceFromFiles(Files->second, Tree.Root, SaysLater);
    if (L.Spdx.empty() && !Spdx.empty()) {
      std::vector<std::string> Parts;
      for (const std::string &E : Spdx)
        Parts.push_back(Spdx.size() > 1 && E.find(' ') != std::string::npos
                            ? "(" + E + ")"
                            : E);
      L.Spdx = join(Parts, " AND ");
    }
    for (const std::string &E : Spdx)
      L.Evidence.push_back(std::to_string(SpdxCount[E]) + " source file" +
                           (SpdxCount[E] == 1 ? "" : "s") +
                           ": SPDX-License-Identifier: " + E);
    if (!C.Decl.Licence.empty()) {
      L.Spdx = C.Decl.Licence;
      L.Declared = true;
      // The declaration overrides detection; what was detected stays visible.
      for (const std::string &T : L.NonFree)
        L.Problems.push_back("overridden by the declaration: " + T);
      L.NonFree.clear();
      L.Evidence.insert(L.Evidence.begin(),
                        "declared in " + relative(C.DeclaredIn, Tree.Root));
    }
    evaluate(L);
    C.Licence = std::move(L);
  }
  // A component without a licence of its own is covered by the licence of
  // the folder component around it, if any.
  for (size_t I = 1; I < Out.size(); ++I) {
    Component &C = Out[I];
    if (!C.Licence.Spdx.empty() || !C.Licence.Problems.empty())
      continue;
    std::string Anchor = C.Dir;
    if (C.Kind == "declared" && !C.Paths.empty()) {
      std::string P = C.Paths.front();
      size_t W = P.find_first_of("*?");
      Anchor = fs::path(W == std::string::npos ? P : P.substr(0, W))
                   .parent_path()
                   .string();
    }
    size_t Best = 0;
    for (size_t J = 1; J < FolderCount; ++J)
      if (J != I && isUnder(Anchor + "/", Out[J].Dir) &&
          Out[J].Dir.size() > Out[Best].Dir.size())
        Best = J;
    const Component &Outer = Out[Best];
    if (Outer.Licence.Spdx.empty())
      continue;
    LicenceInfo L = Outer.Licence;
    L.Inherited = true;
    L.Declared = false;
    L.Evidence.insert(L.Evidence.begin(), "no licence of its own; covered by " +
                                              Outer.Name);
    C.Licence = std::move(L);
  }
  return Out;
}

size_t componentOf(const std::vector<Component> &Components,
                   const std::string &File) {
  for (size_t I = 0; I < Components.size(); ++I)
    for (const std::string &G : Components[I].Paths)
      if (pathGlobMatch(G, File))
        return I;
  size_t Best = 0;
  for (size_t I = 1; I < Components.size(); ++I) {
    const Component &C = Components[I];
    if (C.Kind == "declared" || C.Dir.empty())
      continue;
    if (isUnder(File, C.Dir) && C.Dir.size() > Components[Best].Dir.size())
      Best = I;
  }
  return Best;
}

bool isTriggeringEffect(Effect E) {
  return E == Effect::Prohibited || E == Effect::HighRisk ||
         E == Effect::Transparency;
}

void decideVerdicts(std::vector<Component> &Components,
                    const std::vector<Finding> &Findings) {
  // Per component: provision -> (count, checks).
  std::vector<std::map<std::string, std::set<std::string>>> Provisions(
      Components.size());
  std::vector<std::map<std::string, unsigned>> Counts(Components.size());
  for (Component &C : Components) {
    C.Triggering = 0;
    C.Prohibited = false;
    C.Reasons.clear();
  }
  for (const Finding &F : Findings) {
    if (F.Suppressed || F.Conf < Confidence::Likely ||
        !isTriggeringEffect(F.Eff))
      continue;
    size_t I = componentOf(Components, F.Pos.File);
    Component &C = Components[I];
    ++C.Triggering;
    if (F.Eff == Effect::Prohibited)
      C.Prohibited = true;
    Provisions[I][F.Provision].insert(F.CheckId);
    ++Counts[I][F.Provision];
  }
  for (size_t I = 0; I < Components.size(); ++I) {
    Component &C = Components[I];
    const LicenceInfo &L = C.Licence;
    bool Eligible = true;
    if (L.Spdx.empty() && L.Problems.empty()) {
      Eligible = false;
      C.Reasons.push_back("no licence found: no licence file and no "
                          "SPDX-License-Identifier line (a README naming a "
                          "licence is not a licence)");
    } else if (L.Status == LicenceStatus::NonFree) {
      Eligible = false;
      if (!L.NonFree.empty())
        for (const std::string &T : L.NonFree)
          C.Reasons.push_back("licence terms that are not free and "
                              "open-source: " + T);
      else
        C.Reasons.push_back("licence '" + L.Spdx +
                            "' is not free and open-source");
    } else if (L.Status != LicenceStatus::Free) {
      Eligible = false;
      std::string What = L.Spdx.empty() ? "the licence text" : "'" + L.Spdx + "'";
      C.Reasons.push_back(What + " is not recognised as a free and "
                                 "open-source licence; after review, "
                                 "declare it with 'Licence:'");
    }
    if (C.Decl.Monetised.value_or(false)) {
      Eligible = false;
      C.Reasons.push_back("declared monetised (Recital 103): the exemption "
                          "does not apply");
    }
    for (const auto &P : Provisions[I]) {
      std::vector<std::string> Checks(P.second.begin(), P.second.end());
      unsigned N = Counts[I][P.first];
      C.Reasons.push_back(P.first + ": " + std::to_string(N) + " finding" +
                          (N == 1 ? "" : "s") + " (" + join(Checks, ", ") + ")");
    }
    if (!Eligible)
      C.V = Verdict::NotEligible;
    else if (C.Triggering == 0)
      C.V = Verdict::Exempt;
    else if (C.Decl.PlacedOnMarket.value_or(false))
      C.V = Verdict::NotExempt;
    else
      C.V = Verdict::Conditional;
  }
}

const std::vector<ProvisionDate> &provisionDates() {
  static const std::vector<ProvisionDate> Dates = {
      {"Art. 5", "prohibited practices", 20250202, false},
      {"Chapter V", "general-purpose AI model duties (Art. 53, 55)", 20250802,
       false},
      {"Art. 50", "transparency duties", 20260802, false},
      {"Art. 111(4)",
       "Art. 50(2) marking for systems on the market before 2 August 2026",
       20261202, true},
      {"Art. 5(1)(ba), (bb)",
       "non-consensual intimate deep fakes; child sexual abuse material",
       20261202, true},
      {"Annex III", "high-risk duties for Annex III systems", 20271202, true},
  };
  return Dates;
}

} // namespace aiact
