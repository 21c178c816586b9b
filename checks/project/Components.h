//===- Components.h - Components, their licences and verdicts -------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// An audit reports per component: a folder with its own licence file, a
/// CMake project, or a path set declared under `Components:`. Each gets a
/// licence (declared, or detected from licence texts and SPDX lines) and a
/// verdict on the Art. 2(12) exemption from the findings in its files
/// (design.md, "Verdict per component"). Also the table of provisions in
/// force on the run date. Plain C++.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_PROJECT_COMPONENTS_H
#define AIACT_PROJECT_COMPONENTS_H

#include "core/Config.h"
#include "core/Finding.h"
#include "project/Licence.h"
#include "project/SourceTree.h"

#include <optional>
#include <string>
#include <vector>

namespace aiact {

/// What is known about a component's licence, and from where.
struct LicenceInfo {
  std::string Spdx; ///< the expression in effect; empty when none was found
  LicenceStatus Status = LicenceStatus::Unknown;
  bool Declared = false;  ///< from `Licence:` in a config
  bool Inherited = false; ///< no licence of its own: the enclosing one's
  std::vector<std::string> Evidence; ///< "LICENSE: MIT licence text", ...
  std::vector<std::string> NonFree;  ///< "LICENSE:12: non-commercial use only"
  std::vector<std::string> Problems; ///< unrecognised texts, bad expressions
};

/// The verdicts of design.md's Contracts.
enum class Verdict { NotEligible, Exempt, Conditional, NotExempt };
const char *verdictName(Verdict V);

/// One component of an audited tree.
struct Component {
  std::string Name;
  std::string Dir;  ///< absolute folder; for a declared one, its config's
  std::string Kind; ///< "tree", "licence file", "CMake project", "declared"
  std::vector<std::string> Paths; ///< declared globs (absolute)
  std::string DeclaredIn; ///< the config that declared it, if any
  ComponentDecl Decl;     ///< declared facts (PlacedOnMarket, ...)
  LicenceInfo Licence;

  // Filled by decideVerdicts().
  Verdict V = Verdict::Exempt;
  bool Prohibited = false;
  std::vector<std::string> Reasons; ///< one sentence each
  unsigned Triggering = 0; ///< counted findings that trigger a provision
  unsigned Units = 0;      ///< translation units analysed in it
};

/// Finds the components of \p Tree: the tree itself, every folder with a
/// licence file or a CMake project, and those declared in \p Declared
/// (with the config file each came from). Licences are read from the
/// licence files and from the SPDX lines of \p Tree's sources.
std::vector<Component>
findComponents(const SourceTree &Tree,
               const std::vector<std::pair<std::string, ComponentDecl>> &Declared);

/// The index into \p Components of the component \p File belongs to: the
/// first declared component whose paths match it, else the one with the
/// deepest folder that contains it (the tree's own component, index 0, for
/// files outside every other).
size_t componentOf(const std::vector<Component> &Components,
                   const std::string &File);

/// True when a finding of effect \p E is the kind that takes a component
/// out of the exemption once placed on the market or put into service:
/// Art. 5, Annex III and Art. 50 capabilities.
bool isTriggeringEffect(Effect E);

/// Sets each component's verdict, prohibited flag and reasons from
/// \p Findings (only certain and likely, unsuppressed findings count).
void decideVerdicts(std::vector<Component> &Components,
                    const std::vector<Finding> &Findings);

/// A provision and the date from which it applies.
struct ProvisionDate {
  const char *Provision;
  const char *What;
  unsigned From; ///< YYYYMMDD
  bool Amendment; ///< the date comes from Regulation (EU) 2026/1744
};

/// The provisions whose dates the report lists, in date order.
const std::vector<ProvisionDate> &provisionDates();

/// Matches a path against a glob: `**` crosses folders, `*` and `?` do
/// not. A glob without wildcards also matches everything below it.
bool pathGlobMatch(const std::string &Glob, const std::string &Path);

} // namespace aiact

#endif
