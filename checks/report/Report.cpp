//===- Report.cpp - Printing findings: clang text, JSON, SARIF ------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "report/Report.h"
#include "report/ReportUtil.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <map>

namespace aiact {

namespace {

struct DocEntry {
  const char *Id;
  const char *Markdown;
};

// Generated from docs/checks/*.md at configure time.
const DocEntry Docs[] = {
#include "CheckDocs.inc"
};

/// The first sentence after the title of a doc page.
std::string firstSentence(llvm::StringRef Md) {
  llvm::SmallVector<llvm::StringRef, 32> Lines;
  Md.split(Lines, '\n');
  std::string Para;
  for (llvm::StringRef L : Lines) {
    L = L.trim();
    if (L.starts_with("#") || (L.empty() && Para.empty()))
      continue;
    if (L.empty())
      break;
    if (!Para.empty())
      Para += ' ';
    Para += L.str();
  }
  size_t End = Para.find(". ");
  if (End != std::string::npos)
    Para.resize(End + 1);
  return Para;
}

std::string normaliseLine(llvm::StringRef L) {
  std::string Out;
  for (char C : L)
    if (!llvm::isSpace(C))
      Out += C;
  return Out;
}

} // namespace

const char *clangLevel(const Finding &F) {
  if (F.AsError)
    return "error";
  if (isRemark(F) && F.CheckId != "aiact-nolint")
    return "remark";
  return "warning";
}

bool isReported(const Finding &F, const ReportContext &Ctx) {
  return !isRemark(F) || Ctx.ShowRemarks ||
         F.CheckId == "aiact-nolint";
}

/// \p File relative to \p Root when it lies under it, else unchanged.
std::string relativePath(const std::string &File, const std::string &Root) {
  llvm::SmallString<256> Abs(File);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  llvm::StringRef A = Abs;
  llvm::StringRef R = llvm::StringRef(Root).rtrim('/');
  if (!R.empty() && A.starts_with(R) && A.size() > R.size() &&
      A[R.size()] == '/')
    return A.drop_front(R.size() + 1).str();
  return A.str();
}

/// A relative URI reference for \p File, percent-encoded.
std::string relativeUri(const std::string &File, const std::string &Root) {
  std::string Out;
  for (char C : relativePath(File, Root)) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      Out += C;
    else {
      Out += '%';
      Out += llvm::hexdigit((C >> 4) & 0xF);
      Out += llvm::hexdigit(C & 0xF);
    }
  }
  return Out;
}

const std::vector<RuleInfo> &ruleInfos() {
  static const std::vector<RuleInfo> Rules = [] {
    std::vector<RuleInfo> R;
    for (const DocEntry &D : Docs) {
      if (!*D.Id)
        continue;
      RuleInfo I;
      I.Id = D.Id;
      I.Markdown = D.Markdown;
      I.Summary = firstSentence(D.Markdown);
      llvm::StringRef Md(D.Markdown);
      size_t P = Md.find("Precision:");
      if (P != llvm::StringRef::npos) {
        llvm::StringRef V = Md.drop_front(P + 10).ltrim(" *").split('\n').first;
        V = V.trim(" *.");
        if (V == "very-high" || V == "high" || V == "medium" || V == "low")
          I.Precision = V.str();
      }
      R.push_back(std::move(I));
    }
    std::sort(R.begin(), R.end(),
              [](const RuleInfo &A, const RuleInfo &B) { return A.Id < B.Id; });
    return R;
  }();
  return Rules;
}

void assignFingerprints(std::vector<Finding> &Findings,
                        std::vector<std::string> &Out) {
  std::map<std::string, unsigned> Seen;
  Out.clear();
  for (Finding &F : Findings) {
    std::string Key = F.CheckId + "\x1f" + F.Function + "\x1f" +
                      normaliseLine(F.LineText);
    unsigned N = Seen[Key]++;
    Key += "\x1f" + std::to_string(N);
    auto Hash = llvm::SHA256::hash(llvm::arrayRefFromStringRef(Key));
    F.Fingerprint = llvm::toHex(llvm::ArrayRef<uint8_t>(Hash).take_front(16),
                                /*LowerCase=*/true);
    Out.push_back(F.Fingerprint);
  }
}

const char *sarifLevel(const Finding &F) {
  if (F.AsError || F.Eff == Effect::Prohibited)
    return "error";
  if (isRemark(F))
    return "note";
  return "warning";
}

std::string formatClang(const std::vector<Finding> &Findings,
                        const ReportContext &Ctx, bool Snippets) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  std::map<std::string, std::unique_ptr<llvm::MemoryBuffer>> Files;
  auto Snippet = [&](const SourcePos &P) {
    if (!Snippets || P.Line == 0)
      return;
    auto &Buf = Files[P.File];
    if (!Buf) {
      auto B = llvm::MemoryBuffer::getFile(P.File);
      if (!B)
        return;
      Buf = std::move(*B);
    }
    llvm::SmallVector<llvm::StringRef, 0> Lines;
    Buf->getBuffer().split(Lines, '\n');
    if (P.Line > Lines.size())
      return;
    llvm::StringRef L = Lines[P.Line - 1].rtrim('\r');
    OS << llvm::format("%5u", P.Line) << " | " << L << "\n      | ";
    for (unsigned I = 1; I < P.Column && I <= L.size(); ++I)
      OS << (L[I - 1] == '\t' ? '\t' : ' ');
    OS << "^\n";
  };
  // Paths under the current folder are printed relative to it, as a
  // compiler given relative paths would print them.
  auto Shown = [&](const std::string &File) {
    return relativePath(File, Ctx.WorkingDir);
  };
  for (const Finding &F : Findings) {
    if (F.Suppressed || !isReported(F, Ctx))
      continue;
    OS << Shown(F.Pos.File) << ':' << F.Pos.Line << ':' << F.Pos.Column << ": "
       << clangLevel(F) << ": " << F.Msg.str() << " [" << F.CheckId << "]\n";
    Snippet(F.Pos);
    for (const Note &N : F.Notes) {
      OS << Shown(N.Pos.File) << ':' << N.Pos.Line << ':' << N.Pos.Column
         << ": note: " << N.Msg.str() << "\n";
      Snippet(N.Pos);
    }
  }
  return Out;
}

llvm::json::Object jsonPos(const SourcePos &P, const ReportContext &Ctx) {
  return llvm::json::Object{{"file", relativeUri(P.File, Ctx.SrcRoot)},
                            {"line", P.Line},
                            {"column", P.Column}};
}

namespace {

llvm::json::Object sarifLocation(const SourcePos &P, const ReportContext &Ctx) {
  // Files under the source root are relative to %SRCROOT%; a file outside
  // it (a system or sibling folder's header) can only be an absolute file
  // URI, which SARIF forbids combining with a uriBaseId.
  std::string Uri = relativeUri(P.File, Ctx.SrcRoot);
  llvm::json::Object Artifact{{"uri", Uri}};
  if (!Uri.empty() && Uri.front() == '/')
    Artifact["uri"] = "file://" + Uri;
  else
    Artifact["uriBaseId"] = "%SRCROOT%";
  return llvm::json::Object{
      {"physicalLocation",
       llvm::json::Object{
           {"artifactLocation", std::move(Artifact)},
           {"region", llvm::json::Object{{"startLine", P.Line},
                                         {"startColumn", P.Column}}}}}};
}

} // namespace

const char *unitStateName(UnitState S) {
  switch (S) {
  case UnitState::Clean:
    return "clean";
  case UnitState::Recovered:
    return "recovered";
  case UnitState::Degraded:
    return "degraded";
  case UnitState::Crashed:
    return "crashed";
  }
  return "degraded";
}

namespace {

/// {analysed, clean, recovered, degraded, crashed}: how many units of each.
llvm::json::Object unitCounts(const std::vector<UnitStatus> &Units) {
  int64_t Count[4] = {0, 0, 0, 0};
  for (const UnitStatus &U : Units)
    ++Count[static_cast<int>(U.State)];
  return llvm::json::Object{{"analysed", static_cast<int64_t>(Units.size())},
                            {"clean", Count[0]},
                            {"recovered", Count[1]},
                            {"degraded", Count[2]},
                            {"crashed", Count[3]}};
}

/// The SARIF invocation: whether every unit was analysed, and one
/// notification per unit that was degraded or crashed.
llvm::json::Object sarifInvocation(const ReportContext &Ctx) {
  llvm::json::Array Notes;
  bool Complete = true;
  for (const UnitStatus &U : Ctx.Units) {
    if (U.State != UnitState::Degraded && U.State != UnitState::Crashed)
      continue;
    bool Crashed = U.State == UnitState::Crashed;
    Complete &= !Crashed;
    SourcePos P;
    P.File = U.File;
    P.Line = 1;
    P.Column = 1;
    llvm::json::Object Loc = sarifLocation(P, Ctx);
    // A unit is a whole file: no region.
    Loc.getObject("physicalLocation")->erase("region");
    Notes.push_back(llvm::json::Object{
        {"descriptor", llvm::json::Object{{"id", Crashed ? "aiact-unit-crashed"
                                                         : "aiact-unit-degraded"}}},
        {"level", Crashed ? "error" : "warning"},
        {"message", llvm::json::Object{{"text", U.How}}},
        {"locations", llvm::json::Array{std::move(Loc)}},
        {"properties", llvm::json::Object{{"errorsLeft",
                                           static_cast<int64_t>(U.ErrorsLeft)}}}});
  }
  llvm::json::Object Inv{{"executionSuccessful", Complete}};
  if (!Notes.empty())
    Inv["toolExecutionNotifications"] = std::move(Notes);
  return Inv;
}

} // namespace

llvm::json::Object unitsJson(const ReportContext &Ctx) {
  llvm::json::Array Problems;
  for (const UnitStatus &U : Ctx.Units) {
    if (U.State == UnitState::Clean)
      continue;
    Problems.push_back(llvm::json::Object{
        {"file", relativePath(U.File, Ctx.SrcRoot)},
        {"state", unitStateName(U.State)},
        {"errorsLeft", static_cast<int64_t>(U.ErrorsLeft)},
        {"how", U.How}});
  }
  llvm::json::Object O = unitCounts(Ctx.Units);
  O["notClean"] = std::move(Problems);
  return O;
}

llvm::json::Object findingJson(const Finding &F, const ReportContext &Ctx) {
  llvm::json::Array Notes;
  for (const Note &N : F.Notes) {
    llvm::json::Object O = jsonPos(N.Pos, Ctx);
    O["message"] = N.Msg.str();
    Notes.push_back(std::move(O));
  }
  llvm::json::Object O = jsonPos(F.Pos, Ctx);
  O["check"] = F.CheckId;
  O["provision"] = F.Provision;
  O["effect"] = effectName(F.Eff);
  O["confidence"] = confidenceName(F.Conf);
  O["level"] = clangLevel(F);
  O["message"] = F.Msg.str();
  O["function"] = F.Function;
  O["fingerprint"] = F.Fingerprint;
  O["notes"] = std::move(Notes);
  O["suppressed"] = F.Suppressed;
  if (F.Suppressed)
    O["suppressionReason"] = F.SuppressionReason;
  return O;
}

std::string formatJson(const std::vector<Finding> &Findings,
                       const ReportContext &Ctx) {
  llvm::json::Array Arr;
  for (const Finding &F : Findings)
    if (isReported(F, Ctx))
      Arr.push_back(findingJson(F, Ctx));
  llvm::json::Object Root{{"schemaVersion", 1},
                          {"tool", "aiact-check"},
                          {"version", Ctx.ToolVersion},
                          {"findings", std::move(Arr)}};
  if (!Ctx.Units.empty())
    Root["units"] = unitsJson(Ctx);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Root))) << "\n";
  return Out;
}

std::string formatSarif(const std::vector<Finding> &Findings,
                        const ReportContext &Ctx) {
  const std::vector<RuleInfo> &Rules = ruleInfos();
  std::map<std::string, size_t> RuleIndex;
  llvm::json::Array RuleArr;
  for (const RuleInfo &R : Rules) {
    RuleIndex[R.Id] = RuleArr.size();
    RuleArr.push_back(llvm::json::Object{
        {"id", R.Id},
        {"shortDescription", llvm::json::Object{{"text", R.Summary}}},
        {"help", llvm::json::Object{{"text", R.Summary}, {"markdown", R.Markdown}}},
        {"properties",
         llvm::json::Object{
             {"tags", llvm::json::Array{"eu-ai-act", "compliance"}},
             {"precision", R.Precision}}}});
  }
  llvm::json::Array Results;
  for (const Finding &F : Findings) {
    if (!isReported(F, Ctx))
      continue;
    llvm::json::Object Res{
        {"ruleId", F.CheckId},
        {"level", sarifLevel(F)},
        {"message", llvm::json::Object{{"text", F.Msg.str()}}},
        {"locations", llvm::json::Array{sarifLocation(F.Pos, Ctx)}},
        {"partialFingerprints",
         llvm::json::Object{{"primaryLocationLineHash", F.Fingerprint}}},
        {"properties",
         llvm::json::Object{{"effect", effectName(F.Eff)},
                            {"confidence", confidenceName(F.Conf)},
                            {"provision", F.Provision}}}};
    auto It = RuleIndex.find(F.CheckId);
    if (It != RuleIndex.end())
      Res["ruleIndex"] = static_cast<int64_t>(It->second);
    if (!F.Notes.empty()) {
      llvm::json::Array Related;
      int64_t Id = 1;
      for (const Note &N : F.Notes) {
        llvm::json::Object L = sarifLocation(N.Pos, Ctx);
        L["id"] = Id++;
        L["message"] = llvm::json::Object{{"text", N.Msg.str()}};
        Related.push_back(std::move(L));
      }
      Res["relatedLocations"] = std::move(Related);
    }
    if (F.Suppressed) {
      llvm::json::Object S{{"kind", "inSource"}};
      if (!F.SuppressionReason.empty())
        S["justification"] = F.SuppressionReason;
      Res["suppressions"] = llvm::json::Array{std::move(S)};
    }
    Results.push_back(std::move(Res));
  }
  llvm::json::Object Run{
      {"tool",
       llvm::json::Object{
           {"driver", llvm::json::Object{{"name", "aiact-check"},
                                         {"version", Ctx.ToolVersion},
                                         {"semanticVersion", Ctx.ToolVersion},
                                         {"rules", std::move(RuleArr)}}}}},
      {"results", std::move(Results)},
      {"columnKind", "unicodeCodePoints"}};
  if (!Ctx.Units.empty()) {
    Run["invocations"] = llvm::json::Array{sarifInvocation(Ctx)};
    Run["properties"] = llvm::json::Object{{"units", unitCounts(Ctx.Units)}};
  }
  llvm::json::Object Log{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", llvm::json::Array{std::move(Run)}}};
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Log))) << "\n";
  return Out;
}

std::string formatCodeClimate(const std::vector<Finding> &Findings,
                              const ReportContext &Ctx) {
  llvm::json::Array Issues;
  for (const Finding &F : Findings) {
    if (F.Suppressed || !isReported(F, Ctx))
      continue;
    // GitLab's severities: info, minor, major, critical, blocker.
    const char *Severity = F.Eff == Effect::Prohibited ? "critical"
                           : isRemark(F)     ? "info"
                                                       : "major";
    if (F.AsError && F.Eff != Effect::Prohibited)
      Severity = "critical";
    std::string Description = F.Msg.str() + " [" + F.CheckId + "]";
    Issues.push_back(llvm::json::Object{
        {"type", "issue"},
        {"check_name", F.CheckId},
        {"description", Description},
        {"categories", llvm::json::Array{"Compatibility"}},
        {"severity", Severity},
        {"fingerprint", F.Fingerprint},
        {"location",
         llvm::json::Object{
             {"path", relativePath(F.Pos.File, Ctx.SrcRoot)},
             {"lines", llvm::json::Object{{"begin", F.Pos.Line}}}}}});
  }
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Issues))) << "\n";
  return Out;
}

} // namespace aiact
