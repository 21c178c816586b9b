//===- SourceTree.h - What an audit finds in a source tree ----------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `aiact-check audit ROOT` works without a build: it walks the tree once,
/// collecting translation units, the folders their includes may come from,
/// licence files, CMake projects and in-tree `.aiact.yaml` files, and
/// chooses each unit's compiler flags. Nothing in the tree is executed.
/// Plain C++ (std::filesystem), so that it can be tested without Clang.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_PROJECT_SOURCETREE_H
#define AIACT_PROJECT_SOURCETREE_H

#include <map>
#include <string>
#include <vector>

namespace aiact {

/// A CMake project found in the tree.
struct CMakeProject {
  std::string Dir;  ///< absolute folder of its CMakeLists.txt
  std::string Name; ///< from project(NAME ...)
};

/// The result of walking a tree.
struct SourceTree {
  std::string Root; ///< absolute, without a trailing '/'
  /// Translation units (.c .cc .cpp .cxx .cu), absolute, sorted.
  std::vector<std::string> Units;
  /// The folders CMake's include_directories name and `include` folders,
  /// absolute, in search order: searched before the system's headers.
  std::vector<std::string> IncludeDirs;
  /// Every other folder that holds headers, and the root: searched after
  /// the system's headers, so that a tree's own `features.h`, `stdint.h`
  /// shim or a library's guard files never replace the system's.
  std::vector<std::string> FallbackIncludeDirs;
  /// Licence files by folder (absolute folder -> absolute files, sorted).
  std::map<std::string, std::vector<std::string>> LicenceFiles;
  std::vector<CMakeProject> Projects; ///< sorted by folder
  std::vector<std::string> ConfigFiles; ///< .aiact.yaml inside the tree
  /// The newest C++ standard a CMakeLists.txt of the tree asks for (17 for
  /// C++17), or 0.
  unsigned CxxStandard = 0;
  /// Problems met on the way (symlink loops, unreadable folders), each
  /// "PATH: what happened"; the walk goes on.
  std::vector<std::string> Warnings;
};

/// Walks \p Root. Hidden folders, version-control folders and CMake build
/// trees are skipped; symbolic links to folders are followed only inside
/// the tree and only once. Returns false with \p Err when \p Root itself
/// cannot be read or is not a folder.
bool scanSourceTree(const std::string &Root, SourceTree &Out, std::string &Err);

/// The newest C++ standard \p Text (a CMakeLists.txt) asks for through
/// CMAKE_CXX_STANDARD, CXX_STANDARD, cxx_std_NN or -std=, or 0.
unsigned cmakeCxxStandard(const std::string &Text);

/// The -std= flag an audit uses for C++ of \p Standard (see CxxStandard).
std::string cxxStandardFlag(unsigned Standard);

/// The compiler flags an audit uses for \p Unit: the language and standard
/// chosen by its extension, and -I for each include folder of \p Tree.
std::vector<std::string> auditCompilerFlags(const SourceTree &Tree,
                                            const std::string &Unit);

/// True when \p Path names a translation unit the audit analyses.
bool isAuditedUnit(const std::string &Path);

/// The include folders named by include_directories and
/// target_include_directories in the CMakeLists.txt text \p Text of folder
/// \p Dir: absolute, relative ones resolved against \p Dir, with
/// ${CMAKE_CURRENT_SOURCE_DIR}, ${CMAKE_SOURCE_DIR}, ${PROJECT_SOURCE_DIR}
/// and ${<project>_SOURCE_DIR} expanded; generator expressions and other
/// variables are skipped.
std::vector<std::string> cmakeIncludeDirs(const std::string &Text,
                                          const std::string &Dir,
                                          const std::string &Root);

/// The name in the first project() command of \p Text, or empty.
std::string cmakeProjectName(const std::string &Text);

} // namespace aiact

#endif
