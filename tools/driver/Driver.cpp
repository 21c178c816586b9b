//===- Driver.cpp - The aiact-check command -------------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
//
//   aiact-check [check] [options] <files...> [-- <compiler flags>]
//   aiact-check [check] -p <build-dir | compile_commands.json> [files...]
//   aiact-check audit ROOT [PATH...] [-p build] [options]
//   aiact-check merge FACTS-DIR... [-p build] [options]
//
// Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
// 2 usage or configuration error; 3 internal error.
//
//===----------------------------------------------------------------------===//

#include "core/Analysis.h"
#include "core/StubHeaders.h"
#include "core/TokenEvidence.h"
#include "project/Components.h"
#include "project/SourceTree.h"
#include "report/AuditReport.h"
#include "report/Baseline.h"
#include "report/DiffBase.h"
#include "report/Facts.h"
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
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/raw_ostream.h"

#include "Recovery.h"
#include "UnitParse.h"
#include "UnitResult.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <csignal>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <map>
#include <mutex>
#include <set>

using namespace clang;
using namespace llvm;

namespace {

enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUsage = 2, ExitInternal = 3 };

cl::OptionCategory Category("aiact-check options");

cl::list<std::string> Positional(cl::Positional,
                                 cl::desc("[check] <files...> | audit ROOT [PATH...]"),
                                 cl::cat(Category));
cl::opt<std::string> BuildPath("p", cl::desc("build folder or compile_commands.json"),
                               cl::value_desc("path"), cl::cat(Category));
cl::opt<std::string> Format(
    "format",
    cl::desc("output format: clang, json, sarif or codeclimate; audit also "
             "markdown (its default) and html"),
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
cl::opt<std::string> DiffBase(
    "diff-base",
    cl::desc("report only findings whose line changed since this git "
             "revision"),
    cl::value_desc("ref"), cl::cat(Category));
cl::opt<std::string> FactsDir(
    "facts-dir",
    cl::desc("also write each unit's facts file into DIR, for 'merge'"),
    cl::value_desc("DIR"), cl::cat(Category));
cl::opt<std::string> AsOfOpt(
    "as-of",
    cl::desc("Decide which provisions are in force on this date "
             "(YYYY-MM-DD) instead of today"),
    cl::value_desc("date"), cl::cat(Category));
cl::opt<bool> NoSuppressions(
    "no-suppressions",
    cl::desc("audit: ignore NOLINT comments and the .aiact.yaml files inside "
             "the audited tree"),
    cl::cat(Category));
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

/// Each unit runs on a thread of its own with this much stack: deep but
/// legal code (long expressions, deep nesting with a raised
/// -fbracket-depth) needs more than a default thread has. Only the pages
/// touched are used.
constexpr unsigned UnitStackSize = 256u << 20;

/// Lets a crash while analysing one unit, stack overflow included, end that
/// unit instead of the run. CrashRecoveryContext's handlers do the recovery;
/// they are re-installed to run on an alternate signal stack, which a stack
/// overflow needs, and each unit's thread gets one (see AltStack).
/// Each worker thread allocates from its own malloc arena, which glibc
/// grows a few pages at a time with mprotect. With two workers each such
/// call waits for the other's page faults on the shared address space
/// (thousands of calls per run); growing an arena by 64 MiB of address
/// space at a time removes nearly all of them. Pages are still committed
/// only when touched, so peak memory is unchanged.
void reserveArenaGrowth() {
#if defined(__GLIBC__)
  mallopt(M_TOP_PAD, 64 << 20);
#endif
}

void enableCrashRecovery() {
#if defined(AIACT_SANITIZE_BUILD)
  // In a sanitizer build a crash is a report: the sanitizer's handlers
  // print where it happened and end the run.
  return;
#endif
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

/// The compile commands of an audit without a compile database: flags
/// chosen by extension, include folders inferred from the tree.
class AuditDatabase : public tooling::CompilationDatabase {
public:
  explicit AuditDatabase(const aiact::SourceTree &Tree) : Tree(Tree) {}
  std::vector<tooling::CompileCommand>
  getCompileCommands(StringRef File) const override {
    std::vector<std::string> Args = {"clang"};
    for (std::string &F : aiact::auditCompilerFlags(Tree, File.str()))
      Args.push_back(std::move(F));
    Args.push_back(File.str());
    return {tooling::CompileCommand(sys::path::parent_path(File), File,
                                    std::move(Args), "")};
  }
  std::vector<std::string> getAllFiles() const override { return Tree.Units; }

private:
  const aiact::SourceTree &Tree;
};

/// Loads -p: a folder's compile_commands.json, or a file. With \p Collect,
/// \p AllFiles gets the files it lists that exist; the missing ones are
/// warnings, and a database without any is an error.
int loadDatabase(const std::string &Path,
                 std::unique_ptr<tooling::CompilationDatabase> &DB,
                 std::vector<std::string> &AllFiles, bool Collect) {
  std::string ErrMsg;
  if (!sys::fs::exists(Path))
    return usageError("compile database '" + Path + "' does not exist");
  // A folder's own compile_commands.json is read directly, so that a
  // broken one is reported instead of silently using a database found in a
  // parent folder.
  SmallString<256> JsonPath(Path);
  if (sys::fs::is_directory(Path))
    sys::path::append(JsonPath, "compile_commands.json");
  if (sys::fs::exists(JsonPath)) {
    DB = tooling::JSONCompilationDatabase::loadFromFile(
        JsonPath, ErrMsg, tooling::JSONCommandLineSyntax::AutoDetect);
    // As clang's own tools do: headers and new files borrow the flags of
    // the nearest entry.
    if (DB)
      DB = tooling::inferTargetAndDriverMode(
          tooling::inferMissingCompileCommands(std::move(DB)));
  } else {
    DB = tooling::CompilationDatabase::autoDetectFromDirectory(Path, ErrMsg);
  }
  if (!DB)
    return usageError("cannot load compile database '" +
                      (sys::fs::exists(JsonPath) ? std::string(JsonPath)
                                                 : Path) +
                      "': " + ErrMsg);
  if (!Collect)
    return ExitOk;
  // Entries whose file is gone (deleted, or generated later in the build)
  // are warnings; the other units are still analysed.
  for (const std::string &F : DB->getAllFiles()) {
    if (sys::fs::exists(F))
      AllFiles.push_back(F);
    else
      errs() << "aiact-check: warning: " << F
             << ": in the compile database but does not exist; skipped\n";
  }
  if (AllFiles.empty())
    return usageError("the compile database in '" + Path +
                      "' lists no existing source files");
  return ExitOk;
}

/// Analyses \p Files, each with its settings, on -j threads. A crash in one
/// unit ends that unit only.
std::vector<FileResult>
analyseUnits(const tooling::CompilationDatabase &DB,
             const std::vector<std::string> &Files,
             const std::vector<std::shared_ptr<const aiact::RunSettings>> &PerFile) {
  enableCrashRecovery();
  reserveArenaGrowth();
  // Stub headers for missing libraries, generated once per catalog (each
  // folder's settings may add catalog files).
  // Folders that name the same catalog files share one set of stubs.
  std::map<std::vector<std::string>, std::vector<aiact::StubHeader>> ByCatalog;
  std::map<const aiact::RunSettings *, const std::vector<aiact::StubHeader> *>
      Stubs;
  for (const auto &S : PerFile) {
    if (Stubs.count(S.get()))
      continue;
    auto It = ByCatalog.find(S->Cfg.Catalog);
    if (It == ByCatalog.end())
      It = ByCatalog.emplace(S->Cfg.Catalog, aiact::catalogStubHeaders(S->Cat))
               .first;
    Stubs[S.get()] = &It->second;
  }
  std::vector<FileResult> Results(Files.size());
  bool Interactive = sys::Process::StandardErrIsDisplayed();
  std::atomic<unsigned> Done{0};
  std::mutex ErrMutex;
  auto AnalyseUnit = [&](size_t I) {
    FileResult &R = Results[I];
    // A folder that a compile command names but that does not exist would
    // end the tool with a fatal error; it is a unit that cannot be analysed.
    for (const tooling::CompileCommand &C : DB.getCompileCommands(Files[I]))
      if (!sys::fs::is_directory(C.Directory)) {
        R.Failed = true;
        R.FirstError = "its compile command's folder '" + C.Directory +
                       "' does not exist";
        return;
      }
    aiact::RecoveryPlan Plan;
    std::unique_ptr<aiact::UnitDiagnostics> DiagsPtr;
    int RC = 0;
    bool CPlusPlus = true;
    std::vector<std::string> Declared;
    // Recovery by synthesis in missing-header mode only: with a compile
    // database the unit's own flags are meant to be complete.
    bool Recover = PerFile[I]->AllowUnresolved;
    for (unsigned Round = 0;; ++Round) {
      R = FileResult();
      Declared = Plan.declaredNames();
      DiagsPtr = std::make_unique<aiact::UnitDiagnostics>(Plan);
      bool Last = !Recover || Round == aiact::MaxRecoveryRounds;
      std::string Header = Plan.empty() ? "" : Plan.header(CPlusPlus);
      // A parse that recovery will repeat is not analysed.
      aiact::UnitDiagnostics &D = *DiagsPtr;
      ActionFactory Factory(PerFile[I], R, [&D, &Plan, Last] {
        return !Last && D.getNumErrors() && Plan.foundNew();
      });
      RC = parseUnit(DB, Files[I], *Stubs.at(PerFile[I].get()), Recover,
                     Header, D, Factory);
      CPlusPlus = D.cplusplus();
      if (spdlog::get("aiact")->should_log(spdlog::level::debug)) {
        std::lock_guard<std::mutex> Lock(ErrMutex);
        spdlog::get("aiact")->debug(
            "{}: parse {}: {} compiler errors{}", Files[I], Round + 1,
            D.getNumErrors(),
            Header.empty() ? "" : "; recovery header:\n" + Header);
        for (const std::string &E : D.Errors)
          spdlog::get("aiact")->debug("  {}", E);
      }
      if (Last || !D.getNumErrors() || !Plan.foundNew())
        break;
      Plan.nextRound();
    }
    aiact::UnitDiagnostics &Diags = *DiagsPtr;
    R.Declared = std::move(Declared);
    // Statements the parser dropped: catalogued synthesis calls on lines
    // with errors, from the tokens (confidence possible).
    if (!Diags.MainErrorLines.empty()) {
      std::string Abs = absolutePath(Files[I]);
      if (auto Buf = MemoryBuffer::getFile(Abs)) {
        for (aiact::Finding &F : aiact::tokenEvidence(
                 Abs, (*Buf)->getBuffer().str(), Diags.MainErrorLines,
                 *PerFile[I])) {
          bool Seen = std::any_of(
              R.Findings.begin(), R.Findings.end(), [&](const aiact::Finding &G) {
                return G.CheckId == F.CheckId && G.Pos.File == F.Pos.File &&
                       G.Pos.Line == F.Pos.Line;
              });
          if (!Seen) {
            R.Findings.push_back(std::move(F));
            ++R.TokenFindings;
          }
        }
      }
    }
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
    // Largest sources first, so that no worker is left with a long unit at
    // the end while the others idle. The output does not depend on the
    // order: findings are sorted afterwards.
    std::vector<std::pair<uint64_t, size_t>> Order;
    for (size_t I = 0; I < Files.size(); ++I) {
      uint64_t Size = 0;
      sys::fs::file_size(Files[I], Size);
      Order.push_back({Size, I});
    }
    std::stable_sort(Order.begin(), Order.end(),
                     [](const auto &A, const auto &B) { return A.first > B.first; });
    DefaultThreadPool Pool(hardware_concurrency(Jobs));
    for (const auto &O : Order) {
      size_t I = O.second;
      Pool.async([&, I] { Analyse(I); });
    }
    Pool.wait();
  } else {
    for (size_t I = 0; I < Files.size(); ++I)
      Analyse(I);
  }
  return Results;
}

/// The --baseline report, read once: the check mode reads it before the
/// analysis so that a bad file fails early.
std::optional<aiact::Baseline> Base;

int loadBaselineOnce() {
  if (BaselineFile.empty() || Base)
    return ExitOk;
  aiact::Baseline B;
  std::string BErr;
  if (!aiact::loadBaseline(BaselineFile, B, BErr))
    return usageError(BErr);
  Base = std::move(B);
  return ExitOk;
}

int finishFindings(std::vector<aiact::Finding> &All);

/// Gathers the units' findings, then finishFindings: sorts, de-duplicates
/// (a header seen from several units is reported once), fingerprints and
/// applies the baseline.
int collectFindings(std::vector<FileResult> &Results,
                    std::vector<aiact::Finding> &All) {
  for (FileResult &R : Results)
    All.insert(All.end(), R.Findings.begin(), R.Findings.end());
  return finishFindings(All);
}

int finishFindings(std::vector<aiact::Finding> &All) {
  std::stable_sort(All.begin(), All.end(), aiact::findingLess);
  All.erase(std::unique(All.begin(), All.end(),
                        [](const aiact::Finding &A, const aiact::Finding &B) {
                          return !aiact::findingLess(A, B) &&
                                 !aiact::findingLess(B, A);
                        }),
            All.end());
  std::vector<std::string> Prints;
  aiact::assignFingerprints(All, Prints);
  if (int RC = loadBaselineOnce())
    return RC;
  if (Base) {
    All.erase(std::remove_if(All.begin(), All.end(),
                             [&](const aiact::Finding &F) {
                               return Base->Fingerprints.count(F.Fingerprint);
                             }),
              All.end());
  }
  return ExitOk;
}

/// Runs git with \p Args in \p Dir and returns its standard output, or
/// false with \p Err. Nothing the repository configures is run: no
/// external diff, no textconv filter, no file-system monitor.
bool runGit(const std::string &Dir, std::vector<std::string> Args,
            std::string &Out, std::string &Err) {
  ErrorOr<std::string> Git = sys::findProgramByName("git");
  if (!Git) {
    Err = "git is not installed";
    return false;
  }
  std::vector<std::string> Full = {"git", "-C", Dir, "-c", "core.fsmonitor=false",
                                   "-c", "core.quotePath=true"};
  Full.insert(Full.end(), Args.begin(), Args.end());
  std::vector<StringRef> Refs(Full.begin(), Full.end());
  SmallString<128> OutPath, ErrPath;
  if (sys::fs::createTemporaryFile("aiact-git", "out", OutPath) ||
      sys::fs::createTemporaryFile("aiact-git", "err", ErrPath)) {
    Err = "cannot create a temporary file";
    return false;
  }
  std::optional<StringRef> Redirects[] = {StringRef(""), StringRef(OutPath),
                                          StringRef(ErrPath)};
  std::string ExecErr;
  int RC = sys::ExecuteAndWait(*Git, Refs, std::nullopt, Redirects, 0, 0,
                               &ExecErr);
  auto Read = [](StringRef P) {
    auto B = MemoryBuffer::getFile(P);
    return B ? (*B)->getBuffer().str() : std::string();
  };
  Out = Read(OutPath);
  std::string ErrText = Read(ErrPath);
  sys::fs::remove(OutPath);
  sys::fs::remove(ErrPath);
  if (RC != 0) {
    Err = !ExecErr.empty() ? ExecErr : StringRef(ErrText).trim().str();
    size_t NL = Err.find('\n');
    if (NL != std::string::npos)
      Err.resize(NL);
    return false;
  }
  return true;
}

/// Keeps the findings whose primary line changed since --diff-base, as git
/// sees the repository around \p Dir. Untracked files count as changed.
int applyDiffBase(const std::string &Dir, std::vector<aiact::Finding> &All) {
  if (DiffBase.empty())
    return ExitOk;
  std::string Top, Diff, Untracked, Err;
  if (!runGit(Dir, {"rev-parse", "--show-toplevel"}, Top, Err))
    return usageError("--diff-base: '" + Dir + "' is not in a git repository (" +
                      Err + ")");
  Top = StringRef(Top).trim().str();
  std::string Probe;
  if (!runGit(Top, {"rev-parse", "--verify", "--quiet", DiffBase + "^{commit}"},
              Probe, Err))
    return usageError("--diff-base: '" + DiffBase +
                      "' is not a revision of the repository in '" + Top + "'");
  if (!runGit(Top, {"diff", "--no-color", "--no-ext-diff", "--no-textconv",
                    "--unified=0", DiffBase, "--"},
              Diff, Err) ||
      !runGit(Top, {"ls-files", "--others", "--exclude-standard", "-z"},
              Untracked, Err))
    return usageError("--diff-base: git failed: " + Err);
  aiact::ChangedLines Changed;
  if (!aiact::parseUnifiedDiff(Diff, Changed, Err))
    return usageError("--diff-base: cannot read git's diff: " + Err);
  for (StringRef F : split(Untracked, '\0'))
    if (!F.empty())
      Changed.WholeFiles.insert(F.str());
  // git names files by their real paths; the compiler by the paths it
  // was given, which may pass through symbolic links.
  SmallString<256> RealTop;
  if (sys::fs::real_path(Top, RealTop))
    RealTop = Top;
  std::string Prefix = RealTop.str().str() + "/";
  std::map<std::string, std::string> RelOf;
  auto Rel = [&](const std::string &File) -> const std::string & {
    auto It = RelOf.find(File);
    if (It != RelOf.end())
      return It->second;
    SmallString<256> Real;
    std::string R;
    if (!sys::fs::real_path(File, Real) && Real.str().starts_with(Prefix))
      R = Real.str().drop_front(Prefix.size()).str();
    return RelOf[File] = R;
  };
  All.erase(std::remove_if(All.begin(), All.end(),
                           [&](const aiact::Finding &F) {
                             const std::string &R = Rel(F.Pos.File);
                             return R.empty() || !Changed.changed(R, F.Pos.Line);
                           }),
            All.end());
  return ExitOk;
}

int findingsExitCode(const std::vector<aiact::Finding> &All);

/// 1 for findings at or above --fail-on; else 3 when a unit crashed (the
/// analysis is incomplete); else 0.
int exitCodeFor(const std::vector<aiact::Finding> &All,
                const std::vector<aiact::UnitStatus> &Units) {
  int RC = findingsExitCode(All);
  if (RC == ExitOk &&
      llvm::any_of(Units, [](const aiact::UnitStatus &U) {
        return U.State == aiact::UnitState::Crashed;
      }))
    return ExitInternal;
  return RC;
}

int findingsExitCode(const std::vector<aiact::Finding> &All) {
  for (const aiact::Finding &F : All) {
    if (F.Suppressed || F.Conf == aiact::Confidence::Possible)
      continue;
    if (FailOn == "error" && F.AsError)
      return ExitFindings;
    if (FailOn == "warning" &&
        (F.AsError || !aiact::isRemark(F) ||
         F.CheckId == aiact::NolintCheckId))
      return ExitFindings;
  }
  return ExitOk;
}

/// Opens -o before the work, so that an output that cannot be written is
/// reported at once.
int openOutput(std::unique_ptr<raw_fd_ostream> &OutFile) {
  if (OutputFile.empty())
    return ExitOk;
  if (sys::fs::is_directory(OutputFile))
    return usageError("cannot write '" + OutputFile + "': it is a folder");
  std::error_code EC;
  OutFile = std::make_unique<raw_fd_ostream>(OutputFile, EC);
  if (EC)
    return usageError("cannot write '" + OutputFile + "': " + EC.message());
  return ExitOk;
}

int writeOutput(std::unique_ptr<raw_fd_ostream> &OutFile, const std::string &Text) {
  if (!OutFile) {
    outs() << Text;
    return ExitOk;
  }
  *OutFile << Text;
  OutFile->close();
  if (OutFile->has_error()) {
    OutFile->clear_error();
    return usageError("cannot write '" + OutputFile + "'");
  }
  return ExitOk;
}

int parseAsOf(unsigned &AsOf) {
  AsOf = 0;
  if (AsOfOpt.empty())
    return ExitOk;
  std::optional<unsigned> D = aiact::parseIsoDate(AsOfOpt);
  if (!D)
    return usageError("'--as-of' expects a date written YYYY-MM-DD, not '" +
                      AsOfOpt + "'");
  AsOf = *D;
  return ExitOk;
}

/// The end of a check or merge run: --diff-base, then the report in
/// --format with URIs relative to \p Cwd (CI runs from the repository root,
/// where the build folder usually is too), then the exit status.
int reportFindings(std::vector<aiact::Finding> &All, const std::string &Cwd,
                   std::unique_ptr<raw_fd_ostream> &OutFile,
                   std::vector<aiact::UnitStatus> Units = {}) {
  if (int DRC = applyDiffBase(Cwd, All))
    return DRC;
  aiact::ReportContext RC;
  RC.ToolVersion = Version;
  RC.WorkingDir = Cwd;
  RC.ShowRemarks = ShowRemarks;
  RC.SrcRoot = Cwd;
  RC.Units = std::move(Units);
  std::string Text = Format == "json"    ? aiact::formatJson(All, RC)
                     : Format == "sarif" ? aiact::formatSarif(All, RC)
                     : Format == "codeclimate"
                         ? aiact::formatCodeClimate(All, RC)
                         : aiact::formatClang(All, RC, true);
  if (int WRC = writeOutput(OutFile, Text))
    return WRC;
  return exitCodeFor(All, RC.Units);
}

/// The check mode's stderr lines about a unit that was not fully analysed.
void warnAboutUnit(const std::string &File, const FileResult &R) {
  if (R.Crashed || R.Failed || R.Errors) {
    // The includes get lines of their own below.
    FileResult Problem = R;
    Problem.Findings.clear();
    Problem.SkippedIncludes.clear();
    Problem.StubbedIncludes.clear();
    errs() << "aiact-check: warning: " << File << ": " << unitProblem(Problem)
           << "\n";
  }
  if (!R.StubbedIncludes.empty()) {
    errs() << "aiact-check: warning: " << File
           << ": missing includes served from catalog stubs:";
    for (const std::string &S : R.StubbedIncludes)
      errs() << " " << S;
    errs() << "; findings that rest on them have confidence 'likely'\n";
  }
  if (!R.SkippedIncludes.empty()) {
    errs() << "aiact-check: warning: " << File << ": missing includes skipped:";
    for (const std::string &S : R.SkippedIncludes)
      errs() << " " << S;
    errs() << "; findings that rest on them have confidence 'likely'\n";
  }
}

/// `aiact-check merge FACTS-DIR... [-p build]`: the reports of a direct run,
/// from the facts files that the plugin or the driver wrote.
int runMerge(const std::vector<std::string> &Dirs) {
  if (Dirs.empty())
    return usageError("merge expects folders of facts files: aiact-check "
                      "merge FACTS-DIR... [-p build]");
  if (Format != "clang" && Format != "json" && Format != "sarif" &&
      Format != "codeclimate")
    return usageError("unknown --format '" + Format +
                      "'; expected clang, json, sarif or codeclimate");
  std::vector<std::string> FactFiles;
  for (const std::string &D : Dirs) {
    if (!sys::fs::exists(D))
      return usageError("facts folder '" + D + "' does not exist");
    if (!sys::fs::is_directory(D))
      return usageError("'" + D + "' is not a folder; merge expects folders "
                        "of facts files");
    std::error_code EC;
    for (sys::fs::directory_iterator It(D, EC), End; It != End && !EC;
         It.increment(EC))
      if (StringRef(It->path()).ends_with(".aiact-facts.json"))
        FactFiles.push_back(It->path());
    if (EC)
      return usageError("cannot read '" + D + "': " + EC.message());
  }
  std::sort(FactFiles.begin(), FactFiles.end());
  std::unique_ptr<raw_fd_ostream> OutFile;
  if (int RC = openOutput(OutFile))
    return RC;

  std::vector<aiact::Finding> All;
  std::set<std::string> Covered;
  std::vector<std::pair<std::string, FileResult>> Units;
  for (const std::string &P : FactFiles) {
    auto Buf = MemoryBuffer::getFile(P);
    aiact::UnitFacts UF;
    std::string Err;
    if (!Buf)
      Err = Buf.getError().message();
    else if (!aiact::parseFacts((*Buf)->getBuffer().str(), UF, Err))
      Err = "not a usable facts file: " + Err;
    if (!Err.empty()) {
      errs() << "aiact-check: warning: " << P << ": " << Err << "; skipped\n";
      continue;
    }
    Covered.insert(UF.Unit);
    FileResult R;
    R.Errors = UF.CompilerErrors;
    R.SkippedIncludes = UF.SkippedIncludes;
    R.FirstError = "see the run that wrote the facts";
    Units.emplace_back(UF.Unit, std::move(R));
    All.insert(All.end(), UF.Findings.begin(), UF.Findings.end());
  }
  for (const auto &U : Units)
    if (!U.second.SkippedIncludes.empty())
      warnAboutUnit(U.first, U.second);
  if (!BuildPath.empty()) {
    std::unique_ptr<tooling::CompilationDatabase> DB;
    std::vector<std::string> Unused;
    if (int RC = loadDatabase(BuildPath, DB, Unused, /*Collect=*/false))
      return RC;
    std::vector<std::string> Missing;
    for (const std::string &F : DB->getAllFiles())
      if (!Covered.count(absolutePath(F)))
        Missing.push_back(absolutePath(F));
    std::sort(Missing.begin(), Missing.end());
    for (const std::string &F : Missing)
      errs() << "aiact-check: warning: " << F
             << ": no facts file; not in the merged report\n";
  }
  if (int RC = finishFindings(All))
    return RC;
  std::vector<std::string> UnitFiles;
  std::vector<FileResult> UnitResults;
  for (auto &U : Units) {
    UnitFiles.push_back(U.first);
    UnitResults.push_back(std::move(U.second));
  }
  return reportFindings(All, absolutePath("."), OutFile,
                        unitStatuses(UnitFiles, UnitResults));
}

/// `aiact-check audit ROOT [PATH...]`.
int runAudit(std::vector<std::string> Args) {
  if (Args.empty())
    return usageError("audit expects the root of a source tree: aiact-check "
                      "audit ROOT [PATH...]");
  if (Format.getNumOccurrences() == 0)
    Format = "markdown";
  if (Format != "clang" && Format != "json" && Format != "sarif" &&
      Format != "codeclimate" && Format != "markdown" && Format != "html")
    return usageError("unknown --format '" + Format +
                      "'; expected markdown, html, json, sarif, codeclimate "
                      "or clang");
  aiact::SourceTree Tree;
  std::string Err;
  if (!aiact::scanSourceTree(Args.front(), Tree, Err))
    return usageError(Err);
  for (const std::string &W : Tree.Warnings)
    errs() << "aiact-check: warning: " << W << "\n";
  // PATHs restrict the units; they must exist inside ROOT.
  std::vector<std::string> Restrict;
  for (size_t I = 1; I < Args.size(); ++I) {
    if (!sys::fs::exists(Args[I]))
      return usageError("'" + Args[I] + "' does not exist");
    std::string Abs = absolutePath(Args[I]);
    if (Abs != Tree.Root && !StringRef(Abs).starts_with(Tree.Root + "/"))
      return usageError("'" + Args[I] + "' is not inside the audited tree '" +
                        Args.front() + "'");
    Restrict.push_back(Abs);
  }
  auto Selected = [&](const std::string &F) {
    if (Restrict.empty())
      return true;
    for (const std::string &R : Restrict)
      if (F == R || StringRef(F).starts_with(R + "/"))
        return true;
    return false;
  };

  std::unique_ptr<tooling::CompilationDatabase> DB;
  std::vector<std::string> Files;
  if (!BuildPath.empty()) {
    std::vector<std::string> DBFiles;
    if (int RC = loadDatabase(BuildPath, DB, DBFiles, true))
      return RC;
    for (const std::string &F : DBFiles) {
      std::string Abs = absolutePath(F);
      if (StringRef(Abs).starts_with(Tree.Root + "/") && Selected(Abs))
        Files.push_back(Abs);
    }
    std::sort(Files.begin(), Files.end());
    Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  } else {
    DB = std::make_unique<AuditDatabase>(Tree);
    for (const std::string &F : Tree.Units)
      if (Selected(F))
        Files.push_back(F);
  }

  unsigned AsOf = 0;
  if (int RC = parseAsOf(AsOf))
    return RC;
  std::unique_ptr<raw_fd_ostream> OutFile;
  if (int RC = openOutput(OutFile))
    return RC;

  // Configuration: --config-file, else each folder's nearest .aiact.yaml,
  // unless --no-suppressions, which ignores the tree's own files. A broken
  // file inside the tree does not stop the audit of the others: it is
  // reported and that folder is analysed with the defaults.
  aiact::AuditData Data;
  Data.Root = Tree.Root;
  Data.NoSuppressions = NoSuppressions;
  Data.Warnings = Tree.Warnings;
  Data.AsOf = AsOf ? AsOf : aiact::todayUtc();
  Data.AsOfGiven = AsOf != 0;
  aiact::CheckNameSet Known = aiact::knownCheckNames();
  std::vector<std::pair<std::string, aiact::ComponentDecl>> Declared;
  for (const std::string &C : Tree.ConfigFiles) {
    aiact::AuditConfigFile A;
    A.File = C;
    aiact::Config Cfg;
    aiact::ConfigError CErr;
    if (!aiact::loadConfigFile(C, Known, Cfg, CErr)) {
      // The file is named already: its position and the message.
      A.Problem = CErr.Line ? std::to_string(CErr.Line) + ":" +
                                  std::to_string(CErr.Column) + ": " +
                                  CErr.Message
                            : CErr.Message;
      errs() << "aiact-check: warning: " << CErr.str()
             << "; not applied in this audit\n";
    } else {
      A.Changes = aiact::describeConfig(Cfg);
      A.Applied = !NoSuppressions && ConfigFileOpt.empty();
      if (A.Applied)
        for (const aiact::ComponentDecl &D : Cfg.Components)
          Declared.emplace_back(C, D);
    }
    Data.Configs.push_back(std::move(A));
  }
  if (!ConfigFileOpt.empty()) {
    aiact::Config Cfg;
    aiact::ConfigError CErr;
    if (!aiact::loadConfigFile(ConfigFileOpt, Known, Cfg, CErr))
      return configError(CErr);
    for (const aiact::ComponentDecl &D : Cfg.Components)
      Declared.emplace_back(absolutePath(ConfigFileOpt), D);
  }

  std::map<std::string, std::shared_ptr<const aiact::RunSettings>> ByDir;
  std::vector<std::shared_ptr<const aiact::RunSettings>> PerFile;
  aiact::ConfigError CErr;
  for (const std::string &F : Files) {
    std::string Dir = sys::path::parent_path(F).str();
    auto &S = ByDir[Dir];
    if (!S) {
      auto NS = std::make_shared<aiact::RunSettings>();
      bool Discover = !NoSuppressions;
      if (!aiact::makeSettings(Dir, ConfigFileOpt, ChecksOpt, MinConfidenceOpt,
                               *NS, CErr, Discover)) {
        if (!ConfigFileOpt.empty() || CErr.File.empty() ||
            !StringRef(absolutePath(CErr.File)).starts_with(Tree.Root + "/"))
          return configError(CErr);
        // The tree's own broken file: already reported; use the defaults.
        NS = std::make_shared<aiact::RunSettings>();
        if (!aiact::makeSettings(Dir, "", ChecksOpt, MinConfidenceOpt, *NS,
                                 CErr, /*Discover=*/false))
          return configError(CErr);
      }
      NS->AllowUnresolved = true;
      NS->ShowRemarks = ShowRemarks;
      NS->Audit = true;
      NS->AsOf = AsOf;
      NS->IgnoreSuppressions = NoSuppressions;
      S = std::move(NS);
    }
    PerFile.push_back(S);
  }

  std::vector<FileResult> Results = analyseUnits(*DB, Files, PerFile);
  unsigned Degraded = 0;
  for (size_t I = 0; I < Files.size(); ++I) {
    aiact::AuditUnit U;
    U.File = Files[I];
    U.How = unitProblem(Results[I]);
    U.Degraded = !U.How.empty();
    U.Crashed = Results[I].Crashed;
    U.ErrorsLeft = Results[I].Errors;
    // Paths in the compiler's message are shown relative to the root.
    for (size_t P; (P = U.How.find(Tree.Root + "/")) != std::string::npos;)
      U.How.erase(P, Tree.Root.size() + 1);
    Degraded += U.Degraded;
    if (Results[I].Crashed || Results[I].Failed)
      errs() << "aiact-check: warning: " << Files[I] << ": " << U.How << "\n";
    Data.Units.push_back(std::move(U));
  }
  if (Degraded)
    errs() << "aiact-check: warning: " << Degraded << " of " << Files.size()
           << " translation units analysed in degraded mode; the report says "
              "which and why\n";
  if (int RC = collectFindings(Results, Data.Findings))
    return RC;

  Data.Components = aiact::findComponents(Tree, Declared);
  for (aiact::Component &C : Data.Components)
    C.Units = 0;
  for (const std::string &F : Files)
    ++Data.Components[aiact::componentOf(Data.Components, F)].Units;
  aiact::decideVerdicts(Data.Components, Data.Findings);
  // Verdicts rest on every finding; the list shows only the new ones.
  if (int DRC = applyDiffBase(Tree.Root, Data.Findings))
    return DRC;

  aiact::ReportContext RC;
  RC.ToolVersion = Version;
  RC.WorkingDir = absolutePath(".");
  RC.ShowRemarks = ShowRemarks;
  RC.SrcRoot = Tree.Root;
  RC.Units = unitStatuses(Files, Results);
  std::string Text =
      Format == "json"          ? aiact::formatAuditJson(Data, RC)
      : Format == "markdown"    ? aiact::formatAuditMarkdown(Data, RC)
      : Format == "html"        ? aiact::formatAuditHtml(Data, RC)
      : Format == "sarif"       ? aiact::formatSarif(Data.Findings, RC)
      : Format == "codeclimate" ? aiact::formatCodeClimate(Data.Findings, RC)
                                : aiact::formatClang(Data.Findings, RC, true);
  if (int WRC = writeOutput(OutFile, Text))
    return WRC;
  return exitCodeFor(Data.Findings, RC.Units);
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

  if (FailOn != "error" && FailOn != "warning" && FailOn != "never")
    return usageError("unknown --fail-on '" + FailOn +
                      "'; expected error, warning or never");
  if (Jobs == 0)
    return usageError("-j expects a number of at least 1");

  std::vector<std::string> Files(Positional.begin(), Positional.end());
  if (!Files.empty() && Files.front() == "audit") {
    if (HaveDashDash)
      return usageError("audit chooses the compiler flags itself; use -p for "
                        "a compile database instead of flags after '--'");
    Files.erase(Files.begin());
    return runAudit(std::move(Files));
  }
  if (!Files.empty() && Files.front() == "check")
    Files.erase(Files.begin());
  else if (!Files.empty() && Files.front() == "merge") {
    if (HaveDashDash)
      return usageError("merge reads facts files; it takes no compiler flags");
    Files.erase(Files.begin());
    return runMerge(Files);
  }
  if (NoSuppressions)
    return usageError("--no-suppressions is an audit option; in a check run, "
                      "remove the NOLINT comments or the config instead");

  if (Format != "clang" && Format != "json" && Format != "sarif" &&
      Format != "codeclimate")
    return usageError("unknown --format '" + Format +
                      "'; expected clang, json, sarif or codeclimate (markdown "
                      "and html are audit reports)");

  // Compilation database: -p, or the flags after --, or defaults.
  std::unique_ptr<tooling::CompilationDatabase> DB;
  if (!BuildPath.empty()) {
    std::vector<std::string> DBFiles;
    if (int RC = loadDatabase(BuildPath, DB, DBFiles, Files.empty()))
      return RC;
    if (Files.empty())
      Files = std::move(DBFiles);
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
  if (int RC = loadBaselineOnce())
    return RC;
  std::unique_ptr<raw_fd_ostream> OutFile;
  if (int RC = openOutput(OutFile))
    return RC;
  unsigned AsOf = 0;
  if (int RC = parseAsOf(AsOf))
    return RC;

  // Settings per folder: each file uses its nearest .aiact.yaml.
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

  std::vector<FileResult> Results = analyseUnits(*DB, Files, PerFile);
  for (size_t I = 0; I < Files.size(); ++I)
    warnAboutUnit(Files[I], Results[I]);
  if (!FactsDir.empty()) {
    for (size_t I = 0; I < Files.size(); ++I) {
      if (Results[I].Crashed)
        continue; // nothing trustworthy to record
      aiact::UnitFacts UF;
      UF.Producer = "driver";
      UF.Unit = absolutePath(Files[I]);
      std::vector<tooling::CompileCommand> Cmds = DB->getCompileCommands(Files[I]);
      if (!Cmds.empty()) {
        UF.Directory = Cmds.front().Directory;
        UF.Arguments = Cmds.front().CommandLine;
      }
      UF.Findings = Results[I].Findings;
      UF.SkippedIncludes = Results[I].SkippedIncludes;
      UF.CompilerErrors = Results[I].Errors;
      std::string Variant;
      for (const std::string &A : UF.Arguments)
        Variant += A + '\0';
      std::string FErr;
      if (!aiact::writeFactsFile(FactsDir, UF, Variant, FErr))
        return usageError("--facts-dir: " + FErr);
    }
  }
  std::vector<aiact::Finding> All;
  if (int RC = collectFindings(Results, All))
    return RC;
  return reportFindings(All, Cwd, OutFile, unitStatuses(Files, Results));
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
