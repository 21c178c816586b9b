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
// -fplugin-arg-aiact-show-remarks, -fplugin-arg-aiact-facts-dir=DIR (one
// facts file per unit, for `aiact-check merge`). Nothing here may fail the
// compilation:
// a broken configuration or an internal failure is one warning.
//
//===----------------------------------------------------------------------===//

#include "core/Analysis.h"
#include "report/Facts.h"

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
      else if (Arg.consume_front("facts-dir="))
        FactsDir = Arg.str();
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
                   "facts-dir=DIR, werror or show-remarks";
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
      // The consumer may outlive this action object: capture values.
      std::string Unit = Abs.str().str();
      std::string Facts = FactsDir;
      return aiact::makeAnalysisConsumer(
          CI, Settings, [&D, &CI, Unit, Facts](ASTContext &, aiact::UnitResult &R) {
            emit(D, R);
            if (!Facts.empty())
              writeFacts(D, CI, Facts, Unit, R);
          });
    } catch (const std::exception &E) {
      pluginWarning(D, std::string("internal error: ") + E.what());
    } catch (...) {
      pluginWarning(D, "internal error");
    }
    return std::make_unique<ASTConsumer>();
  }

private:
  /// Records the unit's findings for `aiact-check merge`, with absolute
  /// paths. A failure is one warning; the compilation goes on.
  static void writeFacts(DiagnosticsEngine &D, CompilerInstance &CI,
                         const std::string &FactsDir, const std::string &Unit,
                         const aiact::UnitResult &R) {
    try {
      auto &FS = CI.getFileManager().getVirtualFileSystem();
      auto Absolute = [&FS](std::string &Path) {
        llvm::SmallString<256> P(Path);
        if (!FS.makeAbsolute(P)) {
          llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
          Path = P.str().str();
        }
      };
      aiact::UnitFacts F;
      F.Producer = "plugin";
      F.Unit = Unit;
      if (auto Cwd = FS.getCurrentWorkingDirectory())
        F.Directory = *Cwd;
      F.SkippedIncludes = R.SkippedIncludes;
      F.CompilerErrors = D.getNumErrors();
      for (const aiact::PendingFinding &P : R.Findings) {
        aiact::Finding X = P.F;
        Absolute(X.Pos.File);
        for (aiact::Note &N : X.Notes)
          Absolute(N.Pos.File);
        F.Findings.push_back(std::move(X));
      }
      // The same source compiled into two objects gets two files.
      std::string Err;
      if (!aiact::writeFactsFile(FactsDir, F, CI.getFrontendOpts().OutputFile,
                                 Err)) {
        unsigned ID = D.getCustomDiagID(DiagnosticsEngine::Warning,
                                        "aiact plugin: %0; no facts written");
        D.Report(ID) << Err;
      }
    } catch (...) {
      unsigned ID = D.getCustomDiagID(DiagnosticsEngine::Warning,
                                      "aiact plugin: internal error while "
                                      "writing facts; no facts written");
      D.Report(ID);
    }
  }

  static void emit(DiagnosticsEngine &D, const aiact::UnitResult &R) {
    for (const aiact::PendingFinding &P : R.Findings) {
      const aiact::Finding &F = P.F;
      if (F.Suppressed)
        continue;
      DiagnosticsEngine::Level L =
          F.AsError ? DiagnosticsEngine::Error
          : aiact::isRemark(F) && F.CheckId != aiact::NolintCheckId
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

  std::string Checks, ConfigFile, ArgError, FactsDir;
  bool Werror = false, ShowRemarks = false;
  unsigned AsOf = 0;
};

} // namespace

static FrontendPluginRegistry::Add<AIActAction>
    X("aiact", "report EU AI Act capabilities (aiact-check)");
