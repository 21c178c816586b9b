//===- StubHeaders.h - Declarations for missing library headers -----------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// In missing-header mode (driver and audit) a library's header that is not
/// installed is replaced by a stub generated from the catalog: the types the
/// catalog lists, and the functions and methods it names, declared loosely
/// enough to accept any arguments. With them, calls such as `cv::imwrite` or
/// `session.Run(...)` stay in Clang's AST and resolve to the catalogued name
/// instead of vanishing. The stubs live in a folder of their own, searched
/// after every other include folder, so a real header always wins. Findings
/// that rest on a stub declaration have confidence `likely`. Plain C++.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_CORE_STUBHEADERS_H
#define AIACT_CORE_STUBHEADERS_H

#include "core/Catalog.h"

#include <string>
#include <string_view>
#include <vector>

namespace aiact {

/// The folder the stubs are served from (a virtual one).
extern const char *const StubHeaderDir;

/// The path of a unit's recovery header (tools/driver/Recovery.h), among
/// the stubs.
extern const char *const RecoveryHeaderPath;

/// One generated header: its path under StubHeaderDir and its text.
struct StubHeader {
  std::string Path;
  std::string Text;
};

/// The stub headers for every library of \p Cat that names headers (the
/// standard library excepted: it is always there).
std::vector<StubHeader> catalogStubHeaders(const Catalog &Cat);

/// The macro through which a unit's recovery header adds members to the
/// stub class \p QualifiedClass ("cv::face::LBPHFaceRecognizer"); each
/// stub class expands it, when it is defined, at the end of its body.
std::string stubClassHook(const std::string &QualifiedClass);

/// The macro that, when defined, removes the stub class \p QualifiedClass
/// (a tree's own copy of the library's header defines the class).
std::string stubClassGuard(const std::string &QualifiedClass);

/// True when \p File lies in StubHeaderDir.
bool isStubHeader(std::string_view File);

} // namespace aiact

#endif
