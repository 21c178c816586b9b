//===- UnitParse.cpp - One parse of a translation unit -------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "UnitParse.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace clang;
using namespace llvm;

namespace {

/// Runs the inner consumer's analysis unless \p Skip says that the unit
/// will be parsed again (see Recovery.h).
class GateConsumer : public ASTConsumer {
public:
  GateConsumer(std::unique_ptr<ASTConsumer> Inner, std::function<bool()> Skip)
      : Inner(std::move(Inner)), Skip(std::move(Skip)) {}
  void Initialize(ASTContext &Ctx) override { Inner->Initialize(Ctx); }
  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (!Skip || !Skip())
      Inner->HandleTranslationUnit(Ctx);
  }

private:
  std::unique_ptr<ASTConsumer> Inner;
  std::function<bool()> Skip;
};

/// Runs the checks inside one clang invocation.
class AnalysisAction : public ASTFrontendAction {
public:
  AnalysisAction(std::shared_ptr<const aiact::RunSettings> S, FileResult &R,
                 std::function<bool()> Skip)
      : S(std::move(S)), R(R), Skip(std::move(Skip)) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    return std::make_unique<GateConsumer>(makeConsumer(CI), Skip);
  }

private:
  std::unique_ptr<ASTConsumer> makeConsumer(CompilerInstance &CI) {
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
          R.StubbedIncludes = U.StubbedIncludes;
        });
  }

  std::shared_ptr<const aiact::RunSettings> S;
  FileResult &R;
  std::function<bool()> Skip;
};

} // namespace

std::unique_ptr<FrontendAction> ActionFactory::create() {
  return std::make_unique<AnalysisAction>(S, R, Skip);
}

int parseUnit(const tooling::CompilationDatabase &DB, const std::string &File,
              const std::vector<aiact::StubHeader> &Stubs, bool Recover,
              const std::string &RecoveryHeader, DiagnosticConsumer &Diags,
              tooling::FrontendActionFactory &Factory) {
  // A file system of its own, whose working directory the tool sets to the
  // unit's compile folder. The process's working directory is never
  // changed: it is shared by the -j threads, and a crash in one unit would
  // leave it behind for the next.
  tooling::ClangTool Tool(DB, {File}, std::make_shared<PCHContainerOperations>(),
                          vfs::createPhysicalFileSystem());
  Tool.setDiagnosticConsumer(&Diags);
  // Analysis never needs code generation; the compiler's own messages are
  // summarised by the caller rather than printed.
  Tool.setPrintErrorMessage(false);
  // No error limit: Clang stops parsing after its 20th error, and code
  // whose dependencies are missing has more, so what follows would be
  // lost. In missing-header mode no spelling correction either: it would
  // take a missing `cv::imread` for a catalogued `cv::imwrite`; and C's
  // implicit declarations and conversions, errors since C99, stand in for
  // missing prototypes.
  tooling::CommandLineArguments Flags{"-fsyntax-only", "-fno-caret-diagnostics",
                                      "-ferror-limit=0"};
  if (Recover)
    Flags.insert(Flags.end(), {"-fno-spell-checking",
                               "-Wno-implicit-function-declaration",
                               "-Wno-int-conversion", "-Wno-implicit-int",
                               "-Wno-incompatible-function-pointer-types"});
  // The stubs are searched after every folder of the command: a real
  // header wins.
  Flags.insert(Flags.end(), {"-idirafter", aiact::StubHeaderDir});
  for (const aiact::StubHeader &H : Stubs)
    Tool.mapVirtualFile(H.Path, H.Text);
  if (!RecoveryHeader.empty()) {
    Tool.mapVirtualFile(aiact::RecoveryHeaderPath, RecoveryHeader);
    Flags.insert(Flags.end(), {"-include", aiact::RecoveryHeaderPath});
  }
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      Flags, tooling::ArgumentInsertPosition::END));
  return Tool.run(&Factory);
}

