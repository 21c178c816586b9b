//===- UnitParse.h - One parse of a translation unit ---------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// How the driver parses a unit: the frontend action that runs the checks
/// (unless recovery will parse the unit again, see Recovery.h), and one
/// parse with the flags, stubs and recovery header of missing-header mode.
///
//===----------------------------------------------------------------------===//

#ifndef AIACT_DRIVER_UNITPARSE_H
#define AIACT_DRIVER_UNITPARSE_H

#include "core/Analysis.h"
#include "core/StubHeaders.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"

#include "UnitResult.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

/// Creates the actions that analyse a unit into \p R. The analysis is
/// skipped when \p Skip, asked once the unit is parsed, returns true.
class ActionFactory : public clang::tooling::FrontendActionFactory {
public:
  ActionFactory(std::shared_ptr<const aiact::RunSettings> S, FileResult &R,
                std::function<bool()> Skip = nullptr)
      : S(std::move(S)), R(R), Skip(std::move(Skip)) {}
  std::unique_ptr<clang::FrontendAction> create() override;

private:
  std::shared_ptr<const aiact::RunSettings> S;
  FileResult &R;
  std::function<bool()> Skip;
};


/// One parse of \p File with the flags of missing-header mode (\p Recover),
/// the catalog stubs, and \p RecoveryHeader included first when it is not
/// empty. Returns the tool's status.
int parseUnit(const clang::tooling::CompilationDatabase &DB,
              const std::string &File,
              const std::vector<aiact::StubHeader> &Stubs, bool Recover,
              const std::string &RecoveryHeader,
              clang::DiagnosticConsumer &Diags,
              clang::tooling::FrontendActionFactory &Factory);

#endif // AIACT_DRIVER_UNITPARSE_H
