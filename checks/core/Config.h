//===- Config.h - .aiact.yaml configuration --------------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The configuration schema of `.aiact.yaml`, its loader, discovery of the
/// nearest file, merging and printing. Plain C++ and yaml-cpp only: the
/// loader catches every yaml-cpp exception and turns it into a ConfigError,
/// so no exception ever leaves this module.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_CORE_CONFIG_H
#define AIACT_CORE_CONFIG_H

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace aiact {

/// A configuration problem with the position it was found at.
struct ConfigError {
  std::string File;   ///< the file the problem is in (may be empty)
  unsigned Line = 0;  ///< 1-based; 0 when there is no position
  unsigned Column = 0;
  std::string Message; ///< lowercase, no trailing period

  /// "file:line:col: error: message" (parts without a value are left out).
  std::string str() const;
};

/// One component declared under `Components:`.
struct ComponentDecl {
  std::string Name;
  std::vector<std::string> Paths; ///< globs, relative to the config's folder
  std::string Licence;            ///< SPDX expression; empty = detect
  std::optional<bool> PlacedOnMarket;
  std::optional<bool> Monetised;
  std::string IntendedPurpose;
  std::string AnnexIII;   ///< e.g. "4(a)"; empty when not declared
  std::string Derogation; ///< Art. 6(3) point and reason; empty when none
};

/// The settings of one `.aiact.yaml`, or the merge of several. Every field is
/// optional so that merging can tell "not set" from "set to the default".
struct Config {
  std::optional<std::string> Checks;           ///< comma-separated globs
  std::optional<std::string> WarningsAsErrors; ///< comma-separated globs
  std::optional<std::string> HeaderFilterRegex;
  /// Where HeaderFilterRegex was written (no message), for errors found when
  /// the expression is compiled by the engine that applies it.
  ConfigError HeaderFilterRegexAt;
  std::optional<std::string> MinConfidence;    ///< possible|likely|certain
  std::optional<bool> InheritParentConfig;
  std::map<std::string, std::string> CheckOptions; ///< "check-id.Option" -> value
  std::vector<std::string> Catalog;  ///< extra catalog files, absolute paths
  std::vector<std::string> MarkingFunctions;
  std::vector<std::string> DisclosureFunctions;
  std::vector<ComponentDecl> Components;
  std::vector<std::string> Sources; ///< files this config was read from, outermost first
  std::string Directory; ///< folder of the nearest file; relative paths start here

  /// Fills unset fields of this config from \p Parent (this one wins);
  /// Checks and WarningsAsErrors become "parent,child" as in clang-tidy, and
  /// lists are concatenated parent first.
  void inheritFrom(const Config &Parent);
  /// Overrides fields from \p Over wherever \p Over sets them; glob lists
  /// are appended ("this,over") and lists concatenated, as in inheritFrom.
  void overrideWith(const Config &Over);
};

/// The names of checks a config may name, for validation and did-you-mean.
struct CheckNameSet {
  std::vector<std::string> Ids; ///< e.g. "aiact-synthetic-content"
  /// Options each check accepts: "aiact-x.Option" entries.
  std::vector<std::string> OptionKeys;
};

/// Parses the YAML text \p Text of file \p Path. Validates keys, types, globs
/// and the check names in them against \p Known. Relative `Catalog` and
/// component paths are made absolute against the file's folder.
/// Returns the config, or the first error found.
bool parseConfig(const std::string &Text, const std::string &Path,
                 const CheckNameSet &Known, Config &Out, ConfigError &Err);

/// Reads and parses \p Path (see parseConfig). A missing or unreadable file,
/// a folder, or a binary file is an error naming the path.
bool loadConfigFile(const std::string &Path, const CheckNameSet &Known,
                    Config &Out, ConfigError &Err);

/// Reads the text of a small YAML file for a loader. A missing or unreadable
/// file, a folder, a binary file or one larger than 8 MiB is an error naming
/// \p Path; \p Kind ("config file", "catalog file") words the messages.
bool readYamlFile(const std::string &Path, const std::string &Kind,
                  std::string &Text, ConfigError &Err);

/// Finds the nearest `.aiact.yaml` at or above \p Dir and loads it, following
/// `InheritParentConfig: true` upwards. An empty config when none exists.
bool discoverConfig(const std::string &Dir, const CheckNameSet &Known,
                    Config &Out, ConfigError &Err);

/// The config as YAML, every key present with its effective value, for
/// `--dump-config`.
std::string dumpConfig(const Config &C);

/// Checks a comma-separated glob list ("aiact-*,-aiact-x"): each entry is a
/// valid glob and, when it has no wildcard, names a known check. Sets \p Err
/// with a did-you-mean when it does not.
bool validateCheckGlobs(const std::string &Globs, const CheckNameSet &Known,
                        std::string &Err);

/// True when \p CheckId is enabled by the comma-separated globs \p Globs:
/// the last matching entry wins; a leading '-' disables.
bool globListMatches(const std::string &Globs, const std::string &CheckId);

/// The closest name to \p Name among \p Candidates, ignoring case, with an
/// edit distance of at most two or a third of the name's length, or empty.
std::string didYouMean(const std::string &Name,
                       const std::vector<std::string> &Candidates);

} // namespace aiact

#endif
