//===- TidyModule.cpp - aiact checks as a clang-tidy module ---------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
//
// `clang-tidy -load AIActTidy.so -checks='-*,aiact-*'`: each aiact check is
// wrapped in a ClangTidyCheck that forwards matchers and turns findings into
// clang-tidy diagnostics. clang-tidy's own Checks, CheckOptions,
// WarningsAsErrors, header filter and NOLINT handling apply; `.aiact.yaml`
// still supplies MinConfidence, Catalog, Mitigations and Components.
//
//===----------------------------------------------------------------------===//

#include "core/Analysis.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace clang::tidy;

namespace {

/// One aiact check seen by clang-tidy.
class TidyAdapter : public ClangTidyCheck,
                    public aiact::FindingSink,
                    public aiact::OptionsProvider {
public:
  TidyAdapter(llvm::StringRef Name, ClangTidyContext *Context,
              const aiact::CheckInfo &Info)
      : ClangTidyCheck(Name, Context) {
    aiact::ConfigError Err;
    llvm::StringRef File = Context->getCurrentFile();
    std::string Dir = llvm::sys::path::parent_path(File).str();
    if (!aiact::makeSettings(Dir.empty() ? "." : Dir, "", "", "", Settings,
                             Err)) {
      configurationDiag("aiact: %0; using the default settings") << Err.str();
      Settings = aiact::RunSettings();
    }
    std::string Min = Options.getLocalOrGlobal("MinConfidence", "").str();
    if (Min.empty())
      Min = Settings.Cfg.MinConfidence.value_or("likely");
    MinConfidence =
        aiact::parseConfidence(Min).value_or(aiact::Confidence::Likely);
    // The typed accessors are templates that clang-tidy does not export;
    // read the text and parse it here.
    llvm::StringRef Show = Options.getLocalOrGlobal("ShowRemarks", "false");
    ShowRemarks = Show.equals_insensitive("true") || Show == "1";
    std::string AsOf = Options.getLocalOrGlobal("AsOf", "").str();
    std::optional<unsigned> Date =
        AsOf.empty() ? std::optional<unsigned>(aiact::todayUtc())
                     : aiact::parseIsoDate(AsOf);
    if (!Date) {
      configurationDiag("aiact: option 'AsOf' expects a date written "
                        "YYYY-MM-DD, not '%0'; using today")
          << AsOf;
      Date = aiact::todayUtc();
    }
    Ctx.AsOf = *Date;
    Ctx.Cfg = &Settings.Cfg;
    Ctx.Cat = &Settings.Cat;
    Ctx.Options = this;
    Core = Info.Factory(Name, Ctx);
    Core->setSink(this);
  }

  void registerMatchers(ast_matchers::MatchFinder *Finder) override {
    Core->registerMatchers(Finder);
  }
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *) override {
    Core->registerPPCallbacks(SM, PP);
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override {
    std::map<std::string, std::string> M;
    Core->storeOptions(M);
    for (const auto &[K, V] : M)
      Options.store(Opts, K, V);
  }

  std::optional<std::string> get(llvm::StringRef CheckId,
                                 llvm::StringRef Name) const override {
    if (std::optional<llvm::StringRef> V = Options.get(Name))
      return V->str();
    return aiact::ConfigOptions(Settings.Cfg).get(CheckId, Name);
  }

  void report(aiact::PendingFinding P) override {
    // Nothing may escape into clang-tidy: an internal failure is one
    // diagnostic naming the module.
    try {
      emit(P);
    } catch (const std::exception &E) {
      configurationDiag("aiact module: internal error: %0") << E.what();
    } catch (...) {
      configurationDiag("aiact module: internal error");
    }
  }

private:
  void emit(const aiact::PendingFinding &P) {
    const aiact::Finding &F = P.F;
    if (F.Conf < MinConfidence || (aiact::isRemark(F) && !ShowRemarks))
      return;
    {
      DiagnosticBuilder B =
          diag(P.Loc, F.Msg.Format,
               aiact::isRemark(F) ? DiagnosticIDs::Remark
                                            : DiagnosticIDs::Warning);
      for (const std::string &A : F.Msg.Args)
        B << A;
    }
    for (size_t I = 0; I < F.Notes.size(); ++I) {
      DiagnosticBuilder B =
          diag(P.NoteLocs[I], F.Notes[I].Msg.Format, DiagnosticIDs::Note);
      for (const std::string &A : F.Notes[I].Msg.Args)
        B << A;
    }
  }

  aiact::RunSettings Settings;
  aiact::CheckContext Ctx;
  aiact::Confidence MinConfidence = aiact::Confidence::Likely;
  bool ShowRemarks = false;
  std::unique_ptr<aiact::Check> Core;
};

class AIActModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    for (const aiact::CheckInfo &Info : aiact::checkRegistry().checks())
      Factories.registerCheckFactory(
          Info.Id, [&Info](llvm::StringRef Name, ClangTidyContext *Context) {
            return std::make_unique<TidyAdapter>(Name, Context, Info);
          });
  }
};

} // namespace

static ClangTidyModuleRegistry::Add<AIActModule>
    X("aiact-module", "Adds the aiact checks (EU AI Act capabilities).");
