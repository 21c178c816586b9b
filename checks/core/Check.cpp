//===- Check.cpp - Base class of every aiact check ------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "core/Check.h"
#include "project/Components.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"

#include <algorithm>
#include <filesystem>

namespace aiact {

FindingSink::~FindingSink() = default;
OptionsProvider::~OptionsProvider() = default;

std::optional<std::string> ConfigOptions::get(llvm::StringRef CheckId,
                                              llvm::StringRef Name) const {
  auto It = C.CheckOptions.find((CheckId + "." + Name).str());
  if (It == C.CheckOptions.end())
    return std::nullopt;
  return It->second;
}

clang::SourceLocation toFileLoc(const clang::SourceManager &SM,
                                clang::SourceLocation Loc) {
  if (Loc.isInvalid())
    return Loc;
  return SM.getFileLoc(Loc);
}

SourcePos toSourcePos(const clang::SourceManager &SM,
                      clang::SourceLocation Loc) {
  SourcePos Pos;
  Loc = toFileLoc(SM, Loc);
  if (Loc.isInvalid())
    return Pos;
  clang::PresumedLoc P = SM.getPresumedLoc(Loc, /*UseLineDirectives=*/false);
  if (P.isInvalid())
    return Pos;
  Pos.File = P.getFilename();
  Pos.Line = P.getLine();
  Pos.Column = P.getColumn();
  Pos.RawLoc = Loc.getRawEncoding();
  return Pos;
}

FindingBuilder::FindingBuilder(Check &Owner, PendingFinding P)
    : Owner(&Owner), P(std::move(P)) {}

FindingBuilder::FindingBuilder(FindingBuilder &&Other)
    : Owner(Other.Owner), P(std::move(Other.P)) {
  Other.Owner = nullptr;
}

FindingBuilder::~FindingBuilder() {
  if (Owner)
    Owner->record(std::move(P));
}

FindingBuilder &FindingBuilder::operator<<(llvm::StringRef Arg) {
  P.F.Msg.Args.push_back(Arg.str());
  return *this;
}

FindingBuilder &FindingBuilder::operator<<(long long Arg) {
  P.F.Msg.Args.push_back(std::to_string(Arg));
  return *this;
}

FindingBuilder &FindingBuilder::note(clang::SourceLocation Loc,
                                     llvm::StringRef Format,
                                     std::vector<std::string> Args) {
  Note N;
  N.Msg.Format = Format.str();
  N.Msg.Args = std::move(Args);
  P.F.Notes.push_back(std::move(N));
  P.NoteLocs.push_back(Loc);
  return *this;
}

FindingBuilder &FindingBuilder::inFunction(const clang::FunctionDecl *FD) {
  if (FD)
    P.F.Function = FD->getQualifiedNameAsString();
  return *this;
}

Check::Check(llvm::StringRef Id, CheckContext &Ctx) : Id(Id.str()), Ctx(Ctx) {}
Check::~Check() = default;

void Check::run(const clang::ast_matchers::MatchFinder::MatchResult &R) {
  AST = R.Context;
  check(R);
}

void Check::onStartOfTranslationUnit() { Pending.clear(); }

void Check::onEndOfTranslationUnit() {
  finishTranslationUnit();
  // Analyses that outlive this call keep the resolver they hold; the next
  // unit gets a new one.
  Ctx.Calls.reset();
  if (!AST) {
    Pending.clear();
    return;
  }
  const clang::SourceManager &SM = AST->getSourceManager();
  // The same code may be visited more than once (template instantiations,
  // lambdas seen from their enclosing function): keep one finding per
  // location and message.
  for (PendingFinding &P : Pending) {
    P.Loc = toFileLoc(SM, P.Loc);
    P.F.Pos = toSourcePos(SM, P.Loc);
    for (size_t I = 0; I < P.NoteLocs.size(); ++I) {
      P.NoteLocs[I] = toFileLoc(SM, P.NoteLocs[I]);
      P.F.Notes[I].Pos = toSourcePos(SM, P.NoteLocs[I]);
    }
  }
  std::stable_sort(Pending.begin(), Pending.end(),
                   [](const PendingFinding &A, const PendingFinding &B) {
                     return findingLess(A.F, B.F);
                   });
  auto Same = [](const PendingFinding &A, const PendingFinding &B) {
    return A.F.Pos.File == B.F.Pos.File && A.F.Pos.Line == B.F.Pos.Line &&
           A.F.Pos.Column == B.F.Pos.Column && A.F.Msg.str() == B.F.Msg.str();
  };
  Pending.erase(std::unique(Pending.begin(), Pending.end(), Same),
                Pending.end());
  if (Sink)
    for (PendingFinding &P : Pending)
      Sink->report(std::move(P));
  Pending.clear();
}

FindingBuilder Check::diag(clang::SourceLocation Loc, llvm::StringRef Format,
                           Effect E, Confidence C, llvm::StringRef Provision) {
  PendingFinding P;
  P.F.CheckId = Id;
  P.F.Provision = Provision.str();
  P.F.Eff = E;
  P.F.Conf = C;
  P.F.Msg.Format = Format.str();
  P.Loc = Loc;
  return FindingBuilder(*this, std::move(P));
}

std::string Check::option(llvm::StringRef Name, llvm::StringRef Default) const {
  if (Ctx.Options)
    if (auto V = Ctx.Options->get(Id, Name))
      return *V;
  return Default.str();
}

void Check::record(PendingFinding P) { Pending.push_back(std::move(P)); }

CheckNameSet knownCheckNames() {
  CheckNameSet Names;
  for (const CheckInfo &C : checkRegistry().checks()) {
    Names.Ids.push_back(C.Id);
    for (const std::string &O : C.Options)
      Names.OptionKeys.push_back(C.Id + "." + O);
  }
  Names.Ids.push_back(NolintCheckId);
  std::sort(Names.Ids.begin(), Names.Ids.end());
  return Names;
}

const ComponentDecl *declaredComponent(const Config &Cfg,
                                       const clang::SourceManager &SM) {
  if (Cfg.Components.empty())
    return nullptr;
  clang::OptionalFileEntryRef FE = SM.getFileEntryRefForID(SM.getMainFileID());
  if (!FE)
    return nullptr;
  // Relative to the unit's working directory, which is the file manager's,
  // not the process's.
  llvm::SmallString<256> Name(FE->getName());
  SM.getFileManager().makeAbsolutePath(Name);
  std::error_code EC;
  std::filesystem::path File =
      std::filesystem::weakly_canonical(std::string(Name), EC);
  std::string Rel = File.generic_string();
  if (!Cfg.Directory.empty()) {
    std::filesystem::path Dir =
        std::filesystem::weakly_canonical(Cfg.Directory, EC);
    std::filesystem::path R = File.lexically_relative(Dir);
    if (!R.empty() && R.native().rfind("..", 0) != 0)
      Rel = R.generic_string();
  }
  // Loaded configurations hold absolute globs (made so relative to the
  // file that declared them); a glob written relative is matched against
  // the path relative to the configuration's folder.
  const std::string Abs = File.generic_string();
  for (const ComponentDecl &C : Cfg.Components) {
    if (C.Paths.empty())
      return &C;
    for (const std::string &G : C.Paths)
      if (pathGlobMatch(G, std::filesystem::path(G).is_absolute() ? Abs : Rel))
        return &C;
  }
  return nullptr;
}

} // namespace aiact
