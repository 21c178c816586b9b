//===- Analysis.cpp - Running the checks over one translation unit --------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "core/Analysis.h"
#include "core/StubHeaders.h"
#include "core/Suppression.h"
#include "report/AuditReport.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/Regex.h"

#include <algorithm>
#include <map>

using namespace clang;

namespace aiact {

bool isCheckEnabled(const RunSettings &S, const std::string &Id) {
  return globListMatches(S.Cfg.Checks.value_or("aiact-*"), Id);
}

std::string formatWithId(const Finding &F) {
  return F.Msg.str() + " [" + F.CheckId + "]";
}

bool makeSettings(const std::string &SourceDir, const std::string &ConfigFile,
                  const std::string &ChecksOverride,
                  const std::string &MinConfidenceOverride, RunSettings &Out,
                  ConfigError &Err, bool Discover) {
  CheckNameSet Known = knownCheckNames();
  if (!ConfigFile.empty()) {
    if (!loadConfigFile(ConfigFile, Known, Out.Cfg, Err))
      return false;
  } else if (Discover && !discoverConfig(SourceDir, Known, Out.Cfg, Err)) {
    return false;
  }
  if (!ChecksOverride.empty()) {
    std::string Msg;
    if (!validateCheckGlobs(ChecksOverride, Known, Msg)) {
      Err = ConfigError{"", 0, 0, Msg};
      return false;
    }
    Out.Cfg.Checks = Out.Cfg.Checks ? *Out.Cfg.Checks + "," + ChecksOverride
                                    : "aiact-*," + ChecksOverride;
  }
  if (!MinConfidenceOverride.empty()) {
    if (!parseConfidence(MinConfidenceOverride)) {
      Err = ConfigError{"", 0, 0,
                        "'" + MinConfidenceOverride +
                            "' is not a confidence; expected possible, "
                            "likely or certain"};
      return false;
    }
    Out.Cfg.MinConfidence = MinConfidenceOverride;
  }
  // The header filter is applied with llvm::Regex, whose POSIX dialect
  // differs from std::regex's in corners (`a|`, `.*?`, `a{256}`): compile
  // it with the engine that applies it.
  if (Out.Cfg.HeaderFilterRegex && !Out.Cfg.HeaderFilterRegex->empty()) {
    std::string Problem;
    if (!llvm::Regex(*Out.Cfg.HeaderFilterRegex).isValid(Problem)) {
      Err = Out.Cfg.HeaderFilterRegexAt;
      Err.Message =
          "invalid regular expression in 'HeaderFilterRegex': " + Problem;
      return false;
    }
  }
  for (const std::string &Path : Out.Cfg.Catalog) {
    CatalogFile File;
    if (!loadCatalogFile(Path, File, Err))
      return false;
    for (const std::string &Name : Out.Cat.addUserEntries(File))
      Out.Remarks.push_back(Path + ": catalog entry " + Name +
                            " is overridden by this file");
  }
  // Functions declared under Mitigations: Marking mark synthetic output,
  // like the catalog's marking entries.
  if (!Out.Cfg.MarkingFunctions.empty()) {
    CatalogFile Marking;
    Marking.Library = "Mitigations";
    for (const std::string &Name : Out.Cfg.MarkingFunctions) {
      CatalogEntry E;
      E.Name = Name;
      E.Library = Marking.Library;
      E.Sig = Signal::Marking;
      E.Source = "Mitigations.Marking";
      Marking.Entries.push_back(std::move(E));
    }
    Out.Cat.addUserEntries(Marking);
  }
  return true;
}

namespace {

/// Skips includes that cannot be found so that the rest of the unit parses
/// (missing-header mode), and remembers which were skipped.
class SkipMissingIncludes : public PPCallbacks {
public:
  SkipMissingIncludes(std::vector<std::string> &Skipped,
                      std::vector<std::string> &Stubbed)
      : Skipped(Skipped), Stubbed(Stubbed) {}
  bool FileNotFound(StringRef FileName) override {
    Skipped.push_back(FileName.str());
    return true;
  }
  /// Includes answered by a catalog stub (see StubHeaders.h), except the
  /// stubs' own support header.
  void InclusionDirective(SourceLocation, const Token &, StringRef FileName,
                          bool, CharSourceRange, OptionalFileEntryRef File,
                          StringRef, StringRef, const Module *, bool,
                          SrcMgr::CharacteristicKind) override {
    if (File && isStubHeader(File->getName()) &&
        FileName != "aiact-stub-support.h" &&
        File->getName() != RecoveryHeaderPath &&
        !FileName.starts_with("aiact-lib-") &&
        std::find(Stubbed.begin(), Stubbed.end(), FileName) == Stubbed.end())
      Stubbed.push_back(FileName.str());
  }

private:
  std::vector<std::string> &Skipped;
  std::vector<std::string> &Stubbed;
};

/// Receives findings from every check of the unit.
class Collector : public FindingSink {
public:
  void report(PendingFinding P) override { All.push_back(std::move(P)); }
  std::vector<PendingFinding> All;
};

class AnalysisConsumer : public ASTConsumer {
public:
  AnalysisConsumer(CompilerInstance &CI,
                   std::shared_ptr<const RunSettings> Settings,
                   std::function<void(ASTContext &, UnitResult &)> Done)
      : S(std::move(Settings)), Options(S->Cfg), Done(std::move(Done)) {
    Ctx.Cfg = &S->Cfg;
    Ctx.Cat = &S->Cat;
    Ctx.Options = &Options;
    Ctx.AllowUnresolved = S->AllowUnresolved;
    Ctx.AsOf = S->AsOf ? S->AsOf : todayUtc();
    for (const CheckInfo &Info : checkRegistry().checks()) {
      if (!isCheckEnabled(*S, Info.Id))
        continue;
      Checks.push_back(Info.Factory(Info.Id, Ctx));
      Checks.back()->setSink(&Sink);
      Checks.back()->registerMatchers(&Finder);
      Checks.back()->registerPPCallbacks(CI.getSourceManager(),
                                         &CI.getPreprocessor());
    }
    if (S->AllowUnresolved)
      CI.getPreprocessor().addPPCallbacks(
          std::make_unique<SkipMissingIncludes>(Result.SkippedIncludes,
                                                Result.StubbedIncludes));
  }

  void HandleTranslationUnit(ASTContext &AST) override {
    if (!Checks.empty()) {
      // No check reports in system headers, and they hold most of a unit's
      // declarations: traverse only the rest.
      const SourceManager &SM = AST.getSourceManager();
      std::vector<Decl *> Scope;
      for (Decl *D : AST.getTranslationUnitDecl()->decls())
        if (!SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
          Scope.push_back(D);
      AST.setTraversalScope(Scope);
      Finder.matchAST(AST);
      AST.setTraversalScope({AST.getTranslationUnitDecl()});
    }
    finish(AST);
    Done(AST, Result);
  }

private:
  const SuppressionIndex &suppressionsFor(const SourceManager &SM, FileID FID) {
    auto It = Suppressions.find(FID);
    if (It != Suppressions.end())
      return *It->second;
    std::optional<llvm::MemoryBufferRef> Buf = SM.getBufferOrNone(FID);
    auto Index = std::make_unique<SuppressionIndex>(
        Buf ? Buf->getBuffer().str() : std::string());
    return *(Suppressions[FID] = std::move(Index));
  }

  bool inReportedFile(const SourceManager &SM, SourceLocation Loc,
                      const std::string &File) {
    if (SM.isWrittenInMainFile(Loc))
      return true;
    if (!HeaderFilter)
      return false;
    return !SM.isInSystemHeader(Loc) && HeaderFilter->match(File);
  }

  void finish(ASTContext &AST) {
    const SourceManager &SM = AST.getSourceManager();
    if (S->Cfg.HeaderFilterRegex && !S->Cfg.HeaderFilterRegex->empty())
      HeaderFilter.emplace(*S->Cfg.HeaderFilterRegex);
    Confidence Min =
        parseConfidence(S->Cfg.MinConfidence.value_or("likely"))
            .value_or(Confidence::Likely);
    std::string Errors = S->Cfg.WarningsAsErrors.value_or("");

    // Unmatched NOLINTBEGIN/END in the main file.
    if (isCheckEnabled(*S, NolintCheckId) && !S->IgnoreSuppressions) {
      FileID Main = SM.getMainFileID();
      for (const NolintProblem &P : suppressionsFor(SM, Main).problems()) {
        PendingFinding PF;
        PF.Loc = SM.translateLineCol(Main, P.Line, P.Column);
        PF.F.CheckId = NolintCheckId;
        PF.F.Eff = Effect::Info;
        PF.F.Conf = Confidence::Certain;
        PF.F.Msg.Format = P.Message;
        PF.F.Pos = toSourcePos(SM, PF.Loc);
        Sink.All.push_back(std::move(PF));
      }
    }

    for (PendingFinding &P : Sink.All) {
      Finding &F = P.F;
      if (!inReportedFile(SM, P.Loc, F.Pos.File))
        continue;
      if (S->Audit && raisedInAudit(F))
        F.Warning = true;
      if (F.CheckId != NolintCheckId) {
        if (F.Conf < Min)
          continue;
        if (isRemark(F) && !S->ShowRemarks)
          continue;
      }
      const SuppressionIndex &Index =
          suppressionsFor(SM, SM.getFileID(P.Loc));
      if (F.CheckId != NolintCheckId && !S->IgnoreSuppressions &&
          Index.isSuppressed(F.CheckId, F.Pos.Line, &F.SuppressionReason))
        F.Suppressed = true;
      F.AsError = S->AllWarningsAsErrors || globListMatches(Errors, F.CheckId);
      bool Invalid = false;
      llvm::StringRef Buf = SM.getBufferData(SM.getFileID(P.Loc), &Invalid);
      if (!Invalid) {
        unsigned Off = SM.getFileOffset(P.Loc);
        size_t B = Buf.rfind('\n', Off);
        B = B == llvm::StringRef::npos ? 0 : B + 1;
        size_t E = Buf.find('\n', Off);
        F.LineText = Buf.slice(B, E).str();
      }
      Result.Findings.push_back(std::move(P));
    }
    std::stable_sort(Result.Findings.begin(), Result.Findings.end(),
                     [](const PendingFinding &A, const PendingFinding &B) {
                       return findingLess(A.F, B.F);
                     });
  }

  std::shared_ptr<const RunSettings> S;
  ConfigOptions Options;
  CheckContext Ctx;
  std::vector<std::unique_ptr<Check>> Checks;
  ast_matchers::MatchFinder Finder;
  Collector Sink;
  UnitResult Result;
  std::function<void(ASTContext &, UnitResult &)> Done;
  std::map<FileID, std::unique_ptr<SuppressionIndex>> Suppressions;
  std::optional<llvm::Regex> HeaderFilter;
};

} // namespace

std::unique_ptr<ASTConsumer>
makeAnalysisConsumer(CompilerInstance &CI,
                     std::shared_ptr<const RunSettings> Settings,
                     std::function<void(ASTContext &, UnitResult &)> Done) {
  return std::make_unique<AnalysisConsumer>(CI, std::move(Settings),
                                            std::move(Done));
}

} // namespace aiact
