//===- Plugin.cpp - The aiact compiler plugin ------------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
//
// `clang++ -fplugin=AIActCheck.so ...` runs every enabled check before code
// generation (AddBeforeMainAction), so the compilation and its output are
// unchanged. Arguments: -fplugin-arg-aiact-checks=GLOBS,
// -fplugin-arg-aiact-config=FILE, -fplugin-arg-aiact-werror,
// -fplugin-arg-aiact-show-remarks. Nothing here may fail the compilation:
// a broken configuration or an internal failure is one warning.
//
//===----------------------------------------------------------------------===//

#include "core/Analysis.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace {

/// Reports a problem of the plugin itself as a warning without a location.
void pluginWarning(DiagnosticsEngine &D, const std::string &Msg) {
  unsigned ID = D.getCustomDiagID(DiagnosticsEngine::Warning,
                                  "aiact plugin: %0; no aiact checks ran");
  D.Report(ID) << Msg;
}

class AIActAction : public PluginASTAction {
public:
  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    for (const std::string &A : Args) {
      llvm::StringRef Arg(A);
      if (Arg.consume_front("checks="))
        Checks = Arg.str();
      else if (Arg.consume_front("config="))
        ConfigFile = Arg.str();
      else if (Arg == "werror")
        Werror = true;
      else if (Arg == "show-remarks")
        ShowRemarks = true;
      else if (Arg.consume_front("as-of=")) {
        std::optional<unsigned> D = aiact::parseIsoDate(Arg.str());
        if (D)
          AsOf = *D;
        else
          ArgError = "'-fplugin-arg-aiact-" + A +
                     "' expects a date written YYYY-MM-DD";
      } else
        ArgError = "unknown argument '-fplugin-arg-aiact-" + A +
                   "'; expected checks=GLOBS, config=FILE, as-of=YYYY-MM-DD, "
                   "werror or show-remarks";
    }
    // Returning false would abort the compilation: report later instead.
    return true;
  }

  ActionType getActionType() override { return AddBeforeMainAction; }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef InFile) override {
    DiagnosticsEngine &D = CI.getDiagnostics();
    if (!ArgError.empty()) {
      pluginWarning(D, ArgError);
      return std::make_unique<ASTConsumer>();
    }
    try {
      llvm::SmallString<256> Abs(InFile);
      llvm::sys::fs::make_absolute(Abs);
      auto Settings = std::make_shared<aiact::RunSettings>();
      aiact::ConfigError Err;
      if (!aiact::makeSettings(llvm::sys::path::parent_path(Abs).str(),
                               ConfigFile, Checks, "", *Settings, Err)) {
        pluginWarning(D, Err.str());
        return std::make_unique<ASTConsumer>();
      }
      Settings->AllWarningsAsErrors = Werror;
      Settings->ShowRemarks = ShowRemarks;
      Settings->AsOf = AsOf;
      return aiact::makeAnalysisConsumer(
          CI, Settings, [&D](ASTContext &, aiact::UnitResult &R) {
            emit(D, R);
          });
    } catch (const std::exception &E) {
      pluginWarning(D, std::string("internal error: ") + E.what());
    } catch (...) {
      pluginWarning(D, "internal error");
    }
    return std::make_unique<ASTConsumer>();
  }

private:
  static void emit(DiagnosticsEngine &D, const aiact::UnitResult &R) {
    for (const aiact::PendingFinding &P : R.Findings) {
      const aiact::Finding &F = P.F;
      if (F.Suppressed)
        continue;
      DiagnosticsEngine::Level L =
          F.AsError ? DiagnosticsEngine::Error
          : aiact::isRemarkEffect(F.Eff) && F.CheckId != aiact::NolintCheckId
              ? DiagnosticsEngine::Remark
              : DiagnosticsEngine::Warning;
      // Clang keeps one id per (level, format string).
      unsigned ID = D.getDiagnosticIDs()->getCustomDiagID(
          static_cast<DiagnosticIDs::Level>(L),
          F.Msg.Format + " [" + F.CheckId + "]");
      {
        DiagnosticBuilder B = D.Report(P.Loc, ID);
        for (const std::string &A : F.Msg.Args)
          B << A;
      }
      for (size_t I = 0; I < F.Notes.size(); ++I) {
        unsigned NID = D.getDiagnosticIDs()->getCustomDiagID(
            DiagnosticIDs::Note, F.Notes[I].Msg.Format);
        DiagnosticBuilder B = D.Report(P.NoteLocs[I], NID);
        for (const std::string &A : F.Notes[I].Msg.Args)
          B << A;
      }
    }
  }

  std::string Checks, ConfigFile, ArgError;
  bool Werror = false, ShowRemarks = false;
  unsigned AsOf = 0;
};

} // namespace

static FrontendPluginRegistry::Add<AIActAction>
    X("aiact", "report EU AI Act capabilities (aiact-check)");
