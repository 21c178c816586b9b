//===- Driver.cpp - The aiact-check command -------------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
//
//   aiact-check [check] [options] <files...> [-- <compiler flags>]
//   aiact-check [check] -p <build-dir | compile_commands.json> [files...]
//
// Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
// 2 usage or configuration error; 3 internal error.
//
//===----------------------------------------------------------------------===//

#include "core/Analysis.h"
#include "report/Baseline.h"
#include "report/Report.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/Stack.h"
#include "clang/Basic/Version.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/raw_ostream.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <csignal>
#include <map>
#include <mutex>

using namespace clang;
using namespace llvm;

namespace {

enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUsage = 2, ExitInternal = 3 };

cl::OptionCategory Category("aiact-check options");

cl::list<std::string> Positional(cl::Positional, cl::desc("[check] <files...>"),
                                 cl::cat(Category));
cl::opt<std::string> BuildPath("p", cl::desc("build folder or compile_commands.json"),
                               cl::value_desc("path"), cl::cat(Category));
cl::opt<std::string> Format("format",
                            cl::desc("output format: clang, json or sarif"),
                            cl::init("clang"), cl::cat(Category));
cl::opt<std::string> OutputFile("o", cl::desc("write the report to FILE"),
                                cl::value_desc("FILE"), cl::cat(Category));
cl::opt<unsigned> Jobs("j", cl::desc("translation units analysed in parallel"),
                       cl::init(1), cl::cat(Category));
cl::opt<std::string> ConfigFileOpt("config-file",
                                   cl::desc("use FILE instead of the nearest .aiact.yaml"),
                                   cl::value_desc("FILE"), cl::cat(Category));
cl::opt<std::string> ChecksOpt("checks",
                               cl::desc("check globs, added after the config's Checks"),
                               cl::cat(Category));
cl::opt<std::string> FailOn("fail-on",
                            cl::desc("exit 1 on findings at or above: error, warning or never"),
                            cl::init("error"), cl::cat(Category));
cl::opt<std::string> MinConfidenceOpt("min-confidence",
                                      cl::desc("hide findings below: possible, likely or certain"),
                                      cl::cat(Category));
cl::opt<std::string> BaselineFile("baseline",
                                  cl::desc("omit findings whose fingerprints this SARIF or JSON report holds"),
                                  cl::value_desc("FILE"), cl::cat(Category));
cl::opt<std::string> AsOfOpt(
    "as-of",
    cl::desc("Decide which provisions are in force on this date "
             "(YYYY-MM-DD) instead of today"),
    cl::value_desc("date"), cl::cat(Category));
cl::opt<bool> ShowRemarks("show-remarks",
                          cl::desc("also show obligation-met, gpai and info findings"),
                          cl::cat(Category));
cl::opt<bool> ListChecks("list-checks", cl::desc("list the enabled checks and exit"),
                         cl::cat(Category));
cl::opt<bool> DumpConfig("dump-config",
                         cl::desc("print the effective configuration and exit"),
                         cl::cat(Category));
cl::opt<bool> Verbose("verbose", cl::desc("log progress to stderr"),
                      cl::cat(Category));
cl::alias VerboseShort("v", cl::aliasopt(Verbose), cl::desc("alias for --verbose"));

constexpr const char *Version = "0.1.0";

int usageError(const std::string &Msg) {
  errs() << "aiact-check: error: " << Msg << "\n";
  return ExitUsage;
}

int configError(const aiact::ConfigError &E) {
  // A problem with a position names its file; one without (a bad --checks
  // value) names the tool, like every other error of the driver.
  if (E.File.empty())
    errs() << "aiact-check: ";
  errs() << E.str() << "\n";
  return ExitUsage;
}

/// Counts the compiler's errors instead of printing them: a unit that does
/// not compile is still analysed, and reported once on stderr.
class CountingConsumer : public DiagnosticConsumer {
public:
  void HandleDiagnostic(DiagnosticsEngine::Level L,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(L, Info);
    if (L >= DiagnosticsEngine::Error && First.empty()) {
      SmallString<128> Msg;
      Info.FormatDiagnostic(Msg);
      First = Msg.str().str();
      if (Info.getLocation().isValid() && Info.hasSourceManager()) {
        PresumedLoc P = Info.getSourceManager().getPresumedLoc(Info.getLocation());
        if (P.isValid())
          First = (Twine(P.getFilename()) + ":" + Twine(P.getLine()) + ":" +
                   Twine(P.getColumn()) + ": " + First)
                      .str();
      }
    }
  }
  std::string First;
};

/// The findings and problems of one source file.
struct FileResult {
  std::vector<aiact::Finding> Findings;
  std::vector<std::string> SkippedIncludes;
  unsigned Errors = 0;
  std::string FirstError;
  bool Failed = false; ///< the tool could not run on it at all
  bool Crashed = false; ///< the compiler crashed on it
};

/// Each unit runs on a thread of its own with this much stack: deep but
/// legal code (long expressions, deep nesting with a raised
/// -fbracket-depth) needs more than a default thread has. Only the pages
/// touched are used.
constexpr unsigned UnitStackSize = 256u << 20;

/// Lets a crash while analysing one unit, stack overflow included, end that
/// unit instead of the run. CrashRecoveryContext's handlers do the recovery;
/// they are re-installed to run on an alternate signal stack, which a stack
/// overflow needs, and each unit's thread gets one (see AltStack).
void enableCrashRecovery() {
  CrashRecoveryContext::Enable();
  for (int Sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT}) {
    struct sigaction Action;
    if (sigaction(Sig, nullptr, &Action) == 0) {
      Action.sa_flags |= SA_ONSTACK;
      sigaction(Sig, &Action, nullptr);
    }
  }
}

/// An alternate signal stack for the current thread, while in scope.
class AltStack {
public:
  AltStack() : Memory(new char[Size]) {
    stack_t S{};
    S.ss_sp = Memory.get();
    S.ss_size = Size;
    Installed = sigaltstack(&S, &Old) == 0;
  }
  ~AltStack() {
    if (Installed)
      sigaltstack(&Old, nullptr);
  }

private:
  static constexpr size_t Size = 256 * 1024;
  std::unique_ptr<char[]> Memory;
  stack_t Old{};
  bool Installed = false;
};

/// Runs the checks inside one clang invocation.
class AnalysisAction : public ASTFrontendAction {
public:
  AnalysisAction(std::shared_ptr<const aiact::RunSettings> S, FileResult &R)
      : S(std::move(S)), R(R) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    return aiact::makeAnalysisConsumer(
        CI, S, [this, &CI](ASTContext &, aiact::UnitResult &U) {
          // Paths in a compile database are relative to the command's
          // folder, which is the unit's working directory.
          auto &FS = CI.getFileManager().getVirtualFileSystem();
          auto Absolute = [&FS](std::string &Path) {
            SmallString<256> P(Path);
            if (!FS.makeAbsolute(P)) {
              sys::path::remove_dots(P, /*remove_dot_dot=*/true);
              Path = P.str().str();
            }
          };
          for (aiact::PendingFinding &P : U.Findings) {
            Absolute(P.F.Pos.File);
            for (aiact::Note &N : P.F.Notes)
              Absolute(N.Pos.File);
            R.Findings.push_back(std::move(P.F));
          }
          R.SkippedIncludes = U.SkippedIncludes;
        });
  }

private:
  std::shared_ptr<const aiact::RunSettings> S;
  FileResult &R;
};

class ActionFactory : public tooling::FrontendActionFactory {
public:
  ActionFactory(std::shared_ptr<const aiact::RunSettings> S, FileResult &R)
      : S(std::move(S)), R(R) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<AnalysisAction>(S, R);
  }

private:
  std::shared_ptr<const aiact::RunSettings> S;
  FileResult &R;
};

std::string absolutePath(StringRef P) {
  SmallString<256> Abs(P);
  sys::fs::make_absolute(Abs);
  sys::path::remove_dots(Abs, true);
  return Abs.str().str();
}

int run(int Argc, const char **Argv) {
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "aiact-check " << Version << " (Clang " << CLANG_VERSION_STRING
       << ")\n";
  });
  // Split off the compiler flags after "--".
  std::vector<const char *> Args;
  std::vector<std::string> CompilerFlags;
  bool HaveDashDash = false;
  for (int I = 0; I < Argc; ++I) {
    if (!HaveDashDash && StringRef(Argv[I]) == "--") {
      HaveDashDash = true;
      continue;
    }
    if (HaveDashDash)
      CompilerFlags.push_back(Argv[I]);
    else
      Args.push_back(Argv[I]);
  }
  std::string ParseErrors;
  raw_string_ostream ErrOS(ParseErrors);
  if (!cl::ParseCommandLineOptions(static_cast<int>(Args.size()), Args.data(),
                                   "Finds code that would take an open-source "
                                   "AI component out of the EU AI Act's "
                                   "open-source exemption.\n",
                                   &ErrOS)) {
    errs() << ErrOS.str();
    return ExitUsage;
  }
  auto Log = spdlog::stderr_color_mt("aiact");
  Log->set_level(Verbose ? spdlog::level::debug : spdlog::level::warn);
  Log->set_pattern("aiact-check: %v");

  std::vector<std::string> Files(Positional.begin(), Positional.end());
  if (!Files.empty() && Files.front() == "check")
    Files.erase(Files.begin());
  else if (!Files.empty() && (Files.front() == "audit" || Files.front() == "merge"))
    return usageError("'" + Files.front() +
                      "' is not available in this version; see docs/usage.md");

  if (Format != "clang" && Format != "json" && Format != "sarif")
    return usageError("unknown --format '" + Format +
                      "'; expected clang, json or sarif");
  if (FailOn != "error" && FailOn != "warning" && FailOn != "never")
    return usageError("unknown --fail-on '" + FailOn +
                      "'; expected error, warning or never");
  if (Jobs == 0)
    return usageError("-j expects a number of at least 1");

  // Compilation database: -p, or the flags after --, or defaults.
  std::unique_ptr<tooling::CompilationDatabase> DB;
  std::string ErrMsg;
  if (!BuildPath.empty()) {
    if (!sys::fs::exists(BuildPath))
      return usageError("compile database '" + BuildPath + "' does not exist");
    // A folder's own compile_commands.json is read directly, so that a
    // broken one is reported instead of silently using a database found
    // in a parent folder.
    SmallString<256> JsonPath(BuildPath);
    if (sys::fs::is_directory(BuildPath))
      sys::path::append(JsonPath, "compile_commands.json");
    if (sys::fs::exists(JsonPath)) {
      DB = tooling::JSONCompilationDatabase::loadFromFile(
          JsonPath, ErrMsg, tooling::JSONCommandLineSyntax::AutoDetect);
      // As clang's own tools do: headers and new files borrow the flags of
      // the nearest entry.
      if (DB)
        DB = tooling::inferTargetAndDriverMode(
            tooling::inferMissingCompileCommands(std::move(DB)));
    } else
      DB = tooling::CompilationDatabase::autoDetectFromDirectory(BuildPath,
                                                                 ErrMsg);
    if (!DB)
      return usageError("cannot load compile database '" +
                        (sys::fs::exists(JsonPath) ? std::string(JsonPath)
                                                   : BuildPath) +
                        "': " + ErrMsg);
    if (Files.empty()) {
      // Entries whose file is gone (deleted, or generated later in the
      // build) are warnings; the other units are still analysed.
      for (const std::string &F : DB->getAllFiles()) {
        if (sys::fs::exists(F))
          Files.push_back(F);
        else
          errs() << "aiact-check: warning: " << F
                 << ": in the compile database but does not exist; skipped\n";
      }
      if (Files.empty())
        return usageError("the compile database in '" + BuildPath +
                          "' lists no existing source files");
    }
  } else {
    DB = std::make_unique<tooling::FixedCompilationDatabase>(".", CompilerFlags);
  }

  aiact::RunSettings Probe;
  aiact::ConfigError CErr;
  std::string Cwd = absolutePath(".");
  std::string FirstDir =
      Files.empty() ? Cwd : sys::path::parent_path(absolutePath(Files.front())).str();
  if (!aiact::makeSettings(FirstDir, ConfigFileOpt, ChecksOpt, MinConfidenceOpt,
                           Probe, CErr))
    return configError(CErr);
  if (ListChecks) {
    outs() << "Enabled checks:\n";
    for (const aiact::CheckInfo &C : aiact::checkRegistry().checks())
      if (aiact::isCheckEnabled(Probe, C.Id))
        outs() << "    " << C.Id << "\n";
    return ExitOk;
  }
  if (DumpConfig) {
    outs() << aiact::dumpConfig(Probe.Cfg);
    return ExitOk;
  }
  if (Files.empty())
    return usageError("no source files given; pass files or -p <build folder>");
  for (const std::string &F : Files) {
    if (!sys::fs::exists(F))
      return usageError("source file '" + F + "' does not exist");
    if (sys::fs::is_directory(F))
      return usageError("'" + F + "' is a folder; expected a source file");
  }
  aiact::Baseline Base;
  if (!BaselineFile.empty()) {
    std::string BErr;
    if (!aiact::loadBaseline(BaselineFile, Base, BErr))
      return usageError(BErr);
  }
  // Check that the output can be written before doing the work.
  std::unique_ptr<raw_fd_ostream> OutFile;
  if (!OutputFile.empty()) {
    std::error_code EC;
    OutFile = std::make_unique<raw_fd_ostream>(OutputFile, EC);
    if (EC)
      return usageError("cannot write '" + OutputFile + "': " + EC.message());
  }

  // Settings per folder: each file uses its nearest .aiact.yaml.
  unsigned AsOf = 0;
  if (!AsOfOpt.empty()) {
    std::optional<unsigned> D = aiact::parseIsoDate(AsOfOpt);
    if (!D)
      return usageError("'--as-of' expects a date written YYYY-MM-DD, not '" +
                        AsOfOpt + "'");
    AsOf = *D;
  }
  std::map<std::string, std::shared_ptr<const aiact::RunSettings>> ByDir;
  std::vector<std::shared_ptr<const aiact::RunSettings>> PerFile;
  for (const std::string &F : Files) {
    std::string Dir = sys::path::parent_path(absolutePath(F)).str();
    auto &S = ByDir[Dir];
    if (!S) {
      auto NS = std::make_shared<aiact::RunSettings>();
      if (!aiact::makeSettings(Dir, ConfigFileOpt, ChecksOpt, MinConfidenceOpt,
                               *NS, CErr))
        return configError(CErr);
      NS->AllowUnresolved = true;
      for (const std::string &R : NS->Remarks)
        spdlog::get("aiact")->debug("{}", R);
      NS->ShowRemarks = ShowRemarks;
      NS->AsOf = AsOf;
      S = std::move(NS);
    }
    PerFile.push_back(S);
  }

  enableCrashRecovery();
  std::vector<FileResult> Results(Files.size());
  bool Interactive = sys::Process::StandardErrIsDisplayed();
  std::atomic<unsigned> Done{0};
  std::mutex ErrMutex;
  auto AnalyseUnit = [&](size_t I) {
    FileResult &R = Results[I];
    tooling::ClangTool Tool(*DB, {Files[I]});
    CountingConsumer Diags;
    Tool.setDiagnosticConsumer(&Diags);
    // Analysis never needs code generation; the compiler's own messages are
    // summarised below rather than printed.
    Tool.setPrintErrorMessage(false);
    Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        tooling::CommandLineArguments{"-fsyntax-only", "-fno-caret-diagnostics"},
        tooling::ArgumentInsertPosition::END));
    ActionFactory Factory(PerFile[I], R);
    int RC = Tool.run(&Factory);
    R.Errors = Diags.getNumErrors();
    R.FirstError = Diags.First;
    R.Failed = RC != 0 && R.Findings.empty() && Diags.getNumErrors() == 0;
  };
  auto Analyse = [&](size_t I) {
    bool Completed = false;
    {
      CrashRecoveryContext CRC;
      Completed = CRC.RunSafelyOnThread(
          [&] {
            noteBottomOfStack();
            AltStack Alt;
            AnalyseUnit(I);
          },
          UnitStackSize);
    }
    if (!Completed) {
      // What the unit left behind is incomplete: report none of it.
      Results[I] = FileResult();
      Results[I].Crashed = true;
    }
    FileResult &R = Results[I];
    unsigned N = ++Done;
    std::lock_guard<std::mutex> Lock(ErrMutex);
    if (Interactive)
      errs() << "[" << N << "/" << Files.size() << "] " << Files[I] << "\n";
    spdlog::get("aiact")->debug("{}: {} findings, {} compiler errors",
                                Files[I], R.Findings.size(), R.Errors);
  };
  if (Jobs > 1 && Files.size() > 1) {
    DefaultThreadPool Pool(hardware_concurrency(Jobs));
    for (size_t I = 0; I < Files.size(); ++I)
      Pool.async([&, I] { Analyse(I); });
    Pool.wait();
  } else {
    for (size_t I = 0; I < Files.size(); ++I)
      Analyse(I);
  }

  std::vector<aiact::Finding> All;
  for (size_t I = 0; I < Files.size(); ++I) {
    const FileResult &R = Results[I];
    if (R.Crashed) {
      errs() << "aiact-check: warning: " << Files[I]
             << ": the compiler crashed on this unit; not analysed\n";
    } else if (R.Failed) {
      errs() << "aiact-check: warning: " << Files[I]
             << ": could not be analysed\n";
    } else if (R.Errors) {
      errs() << "aiact-check: warning: " << Files[I] << ": " << R.Errors
             << " compiler error" << (R.Errors == 1 ? "" : "s")
             << " (first: " << R.FirstError
             << "); analysed as far as possible\n";
    }
    if (!R.SkippedIncludes.empty()) {
      errs() << "aiact-check: warning: " << Files[I]
             << ": missing includes skipped:";
      for (const std::string &S : R.SkippedIncludes)
        errs() << " " << S;
      errs() << "; findings that rest on them have confidence 'likely'\n";
    }
    All.insert(All.end(), R.Findings.begin(), R.Findings.end());
  }
  // A header seen from several units is reported once.
  std::stable_sort(All.begin(), All.end(), aiact::findingLess);
  All.erase(std::unique(All.begin(), All.end(),
                        [](const aiact::Finding &A, const aiact::Finding &B) {
                          return !aiact::findingLess(A, B) &&
                                 !aiact::findingLess(B, A);
                        }),
            All.end());
  std::vector<std::string> Prints;
  aiact::assignFingerprints(All, Prints);
  if (!Base.Fingerprints.empty())
    All.erase(std::remove_if(All.begin(), All.end(),
                             [&](const aiact::Finding &F) {
                               return Base.Fingerprints.count(F.Fingerprint);
                             }),
              All.end());

  aiact::ReportContext RC;
  RC.ToolVersion = Version;
  RC.WorkingDir = Cwd;
  RC.ShowRemarks = ShowRemarks;
  // URIs are relative to the folder the tool runs in: CI runs it from the
  // repository root, where the build folder usually is too.
  RC.SrcRoot = Cwd;
  std::string Text = Format == "json"    ? aiact::formatJson(All, RC)
                     : Format == "sarif" ? aiact::formatSarif(All, RC)
                                         : aiact::formatClang(All, RC, true);
  if (OutFile) {
    *OutFile << Text;
    OutFile->close();
    if (OutFile->has_error())
      return usageError("cannot write '" + OutputFile + "'");
  } else {
    outs() << Text;
  }

  bool Fail = false;
  for (const aiact::Finding &F : All) {
    if (F.Suppressed || F.Conf == aiact::Confidence::Possible)
      continue;
    if (FailOn == "error" && F.AsError)
      Fail = true;
    if (FailOn == "warning" &&
        (F.AsError || !aiact::isRemarkEffect(F.Eff) ||
         F.CheckId == aiact::NolintCheckId))
      Fail = true;
  }
  return Fail ? ExitFindings : ExitOk;
}

} // namespace

int main(int Argc, const char **Argv) {
  try {
    return run(Argc, Argv);
  } catch (const std::exception &E) {
    errs() << "aiact-check: internal error: " << E.what() << "\n";
  } catch (...) {
    errs() << "aiact-check: internal error\n";
  }
  return ExitInternal;
}
