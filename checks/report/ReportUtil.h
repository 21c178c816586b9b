//===- ReportUtil.h - Pieces the emitters share ---------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Helpers of Report.cpp that the audit report uses too. Internal to
/// checks/report/.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_REPORT_REPORTUTIL_H
#define AIACT_REPORT_REPORTUTIL_H

#include "report/Report.h"

#include "llvm/Support/JSON.h"

namespace aiact {

/// \p File relative to \p Root when it lies under it, else unchanged.
std::string relativePath(const std::string &File, const std::string &Root);
/// A relative URI reference for \p File, percent-encoded.
std::string relativeUri(const std::string &File, const std::string &Root);
/// "error", "warning" or "remark", as the clang front-ends print it.
const char *clangLevel(const Finding &F);
/// False for remarks when they were not asked for.
bool isReported(const Finding &F, const ReportContext &Ctx);
/// {"file", "line", "column"} with the file relative to the source root.
llvm::json::Object jsonPos(const SourcePos &P, const ReportContext &Ctx);
/// One finding as the JSON reports write it.
llvm::json::Object findingJson(const Finding &F, const ReportContext &Ctx);

} // namespace aiact

#endif
