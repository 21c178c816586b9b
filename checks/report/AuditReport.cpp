//===- AuditReport.cpp - The audit report: verdicts, findings, trust ------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "report/AuditReport.h"
#include "report/ReportUtil.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <map>

namespace aiact {

namespace {

const char *const Disclaimer =
    "This report shows evidence in the code and the provisions it relates "
    "to. It is not legal advice: whether a provision applies depends on how "
    "each component is placed on the market or put into service.";

const char *verdictMeaning(Verdict V) {
  switch (V) {
  case Verdict::NotEligible:
    return "the open-source exemption never applied";
  case Verdict::Exempt:
    return "no capability that would take it out of the exemption";
  case Verdict::Conditional:
    return "would lose the exemption once placed on the market or put into "
           "service with these capabilities";
  case Verdict::NotExempt:
    return "declared placed on the market or put into service with these "
           "capabilities: the exemption does not apply";
  }
  return "";
}

const char *licenceStatusName(LicenceStatus S) {
  switch (S) {
  case LicenceStatus::Free:
    return "free and open-source";
  case LicenceStatus::NonFree:
    return "not free and open-source";
  case LicenceStatus::Unknown:
    return "unknown";
  case LicenceStatus::Invalid:
    return "invalid expression";
  }
  return "unknown";
}

std::string licenceShown(const LicenceInfo &L) {
  if (L.Spdx.empty())
    return L.Problems.empty() ? "none" : "unrecognised";
  std::string S = L.Spdx;
  if (L.Declared)
    S += " (declared)";
  else if (L.Inherited)
    S += " (inherited)";
  return S;
}

std::string componentOfFinding(const AuditData &D, const Finding &F) {
  if (D.Components.empty())
    return "";
  return D.Components[componentOf(D.Components, F.Pos.File)].Name;
}

std::string relFolder(const std::string &Dir, const std::string &Root) {
  std::string R = relativePath(Dir, Root);
  return R == Dir && Dir == Root ? "." : R;
}

std::string printJson(llvm::json::Value V) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::formatv("{0:2}", V) << "\n";
  return Out;
}

llvm::json::Array strings(const std::vector<std::string> &V) {
  llvm::json::Array A;
  for (const std::string &S : V)
    A.push_back(S);
  return A;
}

/// Markdown table cells: '|' and line breaks would end the cell.
std::string cell(const std::string &S) {
  std::string Out;
  for (char C : S) {
    if (C == '|')
      Out += "\\|";
    else if (C == '\n')
      Out += ' ';
    else
      Out += C;
  }
  return Out;
}

std::string html(const std::string &S) {
  std::string Out;
  for (char C : S) {
    switch (C) {
    case '&':
      Out += "&amp;";
      break;
    case '<':
      Out += "&lt;";
      break;
    case '>':
      Out += "&gt;";
      break;
    case '"':
      Out += "&quot;";
      break;
    case '\'':
      Out += "&#39;";
      break;
    default:
      Out += C;
    }
  }
  return Out;
}

/// "N analysed, M in degraded mode." and, when a unit crashed, how many
/// did and that the audit is incomplete.
std::string unitSummary(const AuditData &D) {
  unsigned Degraded = 0, Crashed = 0;
  for (const AuditUnit &U : D.Units) {
    Degraded += U.Degraded;
    Crashed += U.Crashed;
  }
  std::string Out = std::to_string(D.Units.size()) + " analysed, " +
                    std::to_string(Degraded) + " in degraded mode.";
  if (Crashed)
    Out += " The analysis crashed on " + std::to_string(Crashed) + " unit" +
           (Crashed == 1 ? "" : "s") +
           ": this audit is incomplete, and nothing of " +
           (Crashed == 1 ? "that unit" : "those units") + " is reported.";
  return Out;
}

/// The line with its leading indentation removed, for excerpts.
std::string excerpt(const std::string &Line) {
  size_t B = Line.find_first_not_of(" \t");
  size_t E = Line.find_last_not_of(" \t\r");
  return B == std::string::npos ? "" : Line.substr(B, E - B + 1);
}

std::vector<const Finding *> shownFindings(const AuditData &D,
                                           const ReportContext &Ctx,
                                           bool Suppressed) {
  std::vector<const Finding *> Out;
  for (const Finding &F : D.Findings)
    if (isReported(F, Ctx) && F.Suppressed == Suppressed)
      Out.push_back(&F);
  return Out;
}

} // namespace

bool raisedInAudit(const Finding &F) {
  return F.CheckId == "aiact-purpose-mismatch";
}

std::vector<std::string> describeConfig(const Config &C) {
  std::vector<std::string> Out;
  auto Q = [](const std::string &S) { return "'" + S + "'"; };
  if (C.Checks)
    Out.push_back("Checks: " + Q(*C.Checks));
  if (C.WarningsAsErrors)
    Out.push_back("WarningsAsErrors: " + Q(*C.WarningsAsErrors));
  if (C.HeaderFilterRegex)
    Out.push_back("HeaderFilterRegex: " + Q(*C.HeaderFilterRegex));
  if (C.MinConfidence)
    Out.push_back("MinConfidence: " + *C.MinConfidence);
  if (C.InheritParentConfig)
    Out.push_back(std::string("InheritParentConfig: ") +
                  (*C.InheritParentConfig ? "true" : "false"));
  for (const auto &KV : C.CheckOptions)
    Out.push_back("CheckOptions: " + KV.first + " = " + Q(KV.second));
  for (const std::string &F : C.Catalog)
    Out.push_back("Catalog: " + F);
  for (const std::string &F : C.MarkingFunctions)
    Out.push_back("Mitigations.Marking: " + F +
                  " (counts as marking synthetic output)");
  for (const std::string &F : C.DisclosureFunctions)
    Out.push_back("Mitigations.Disclosure: " + F +
                  " (counts as telling users they face an AI)");
  for (const ComponentDecl &D : C.Components) {
    std::string S = "Components: " + D.Name;
    if (!D.Licence.empty())
      S += ", Licence " + D.Licence;
    if (D.PlacedOnMarket)
      S += std::string(", PlacedOnMarket ") + (*D.PlacedOnMarket ? "true" : "false");
    if (D.Monetised)
      S += std::string(", Monetised ") + (*D.Monetised ? "true" : "false");
    if (!D.AnnexIII.empty())
      S += ", AnnexIII " + D.AnnexIII;
    if (!D.Derogation.empty())
      S += ", Derogation " + D.Derogation;
    Out.push_back(S);
  }
  return Out;
}

std::string formatAuditJson(const AuditData &D, const ReportContext &Ctx) {
  llvm::json::Array Provisions;
  for (const ProvisionDate &P : provisionDates())
    Provisions.push_back(llvm::json::Object{{"provision", P.Provision},
                                            {"what", P.What},
                                            {"from", formatIsoDate(P.From)},
                                            {"inForce", D.AsOf >= P.From},
                                            {"amendment", P.Amendment}});
  llvm::json::Array Components;
  for (const Component &C : D.Components) {
    llvm::json::Object O{
        {"name", C.Name},
        {"kind", C.Kind},
        {"folder", relFolder(C.Dir, D.Root)},
        {"paths", strings([&] {
           std::vector<std::string> P;
           for (const std::string &G : C.Paths)
             P.push_back(relativePath(G, D.Root));
           return P;
         }())},
        {"licence",
         llvm::json::Object{{"spdx", C.Licence.Spdx},
                            {"status", licenceStatusName(C.Licence.Status)},
                            {"declared", C.Licence.Declared},
                            {"inherited", C.Licence.Inherited},
                            {"evidence", strings(C.Licence.Evidence)},
                            {"nonFreeTerms", strings(C.Licence.NonFree)},
                            {"problems", strings(C.Licence.Problems)}}},
        {"verdict", verdictName(C.V)},
        {"prohibited", C.Prohibited},
        {"reasons", strings(C.Reasons)},
        {"triggeringFindings", C.Triggering},
        {"units", C.Units}};
    if (C.Decl.PlacedOnMarket)
      O["placedOnMarket"] = *C.Decl.PlacedOnMarket;
    if (C.Decl.Monetised)
      O["monetised"] = *C.Decl.Monetised;
    if (!C.Decl.IntendedPurpose.empty())
      O["intendedPurpose"] = C.Decl.IntendedPurpose;
    if (!C.DeclaredIn.empty())
      O["declaredIn"] = relativePath(C.DeclaredIn, D.Root);
    Components.push_back(std::move(O));
  }
  llvm::json::Array Findings;
  for (const Finding &F : D.Findings) {
    if (!isReported(F, Ctx))
      continue;
    llvm::json::Object O = findingJson(F, Ctx);
    O["component"] = componentOfFinding(D, F);
    Findings.push_back(std::move(O));
  }
  llvm::json::Array Units;
  for (const AuditUnit &U : D.Units) {
    llvm::json::Object O{
        {"file", relativePath(U.File, D.Root)},
        {"mode", U.Crashed ? "crashed" : U.Degraded ? "degraded" : "complete"},
        {"errorsLeft", static_cast<int64_t>(U.ErrorsLeft)}};
    if (U.Degraded)
      O["how"] = U.How;
    Units.push_back(std::move(O));
  }
  llvm::json::Array Configs;
  for (const AuditConfigFile &C : D.Configs) {
    llvm::json::Object O{{"file", relativePath(C.File, D.Root)},
                         {"applied", C.Applied},
                         {"changes", strings(C.Changes)}};
    if (!C.Problem.empty())
      O["problem"] = C.Problem;
    Configs.push_back(std::move(O));
  }
  llvm::json::Object Root{{"schemaVersion", 1},
                          {"tool", "aiact-check"},
                          {"version", Ctx.ToolVersion},
                          {"kind", "audit"},
                          {"asOf", formatIsoDate(D.AsOf)},
                          {"suppressionsHonoured", !D.NoSuppressions},
                          {"provisions", std::move(Provisions)},
                          {"components", std::move(Components)},
                          {"findings", std::move(Findings)},
                          {"units", std::move(Units)},
                          {"configFiles", std::move(Configs)},
                          {"warnings", strings([&] {
                             std::vector<std::string> W;
                             for (const std::string &X : D.Warnings)
                               W.push_back(relativePath(X, D.Root));
                             return W;
                           }())}};
  // The same counts as the check mode's JSON and SARIF.
  if (!Ctx.Units.empty())
    Root["unitCounts"] = unitsJson(Ctx);
  return printJson(std::move(Root));
}

std::string formatAuditMarkdown(const AuditData &D, const ReportContext &Ctx) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  std::string Name = D.Components.empty() ? D.Root : D.Components[0].Name;
  OS << "# aiact-check audit: " << Name << "\n\n";
  OS << "Run date " << formatIsoDate(D.AsOf)
     << (D.AsOfGiven ? " (--as-of)" : "") << ". " << Disclaimer << "\n\n";

  OS << "## Components\n\n"
     << "| Component | Folder | Licence | Verdict | Prohibited practice | "
        "Why |\n|---|---|---|---|---|---|\n";
  for (const Component &C : D.Components) {
    std::string Why;
    for (const std::string &R : C.Reasons)
      Why += (Why.empty() ? "" : "; ") + R;
    if (Why.empty())
      Why = verdictMeaning(C.V);
    OS << "| " << cell(C.Name) << " | "
       << cell(C.Kind == "declared" ? "declared paths" : relFolder(C.Dir, D.Root))
       << " | " << cell(licenceShown(C.Licence)) << " | **" << verdictName(C.V)
       << "** | " << (C.Prohibited ? "**yes**" : "no") << " | " << cell(Why)
       << " |\n";
  }
  OS << "\nVerdicts: *not eligible*: the exemption never applied (no free "
        "and open-source licence, or monetised); *exempt*: no triggering "
        "capability; *conditional*: would lose the exemption once placed on "
        "the market or put into service; *not exempt*: declared placed on "
        "the market with triggering capabilities. Only certain and likely "
        "findings count.\n\n";

  OS << "## Provisions in force on " << formatIsoDate(D.AsOf) << "\n\n"
     << "| Provision | What | Applies from | In force |\n|---|---|---|---|\n";
  for (const ProvisionDate &P : provisionDates())
    OS << "| " << P.Provision << " | " << P.What << " | "
       << formatIsoDate(P.From) << (P.Amendment ? " (2026 amendment)" : "")
       << " | " << (D.AsOf >= P.From ? "yes" : "not yet") << " |\n";
  OS << "\nDates marked \"2026 amendment\" come from Regulation (EU) "
        "2026/1744.\n\n";

  std::vector<const Finding *> Shown = shownFindings(D, Ctx, false);
  OS << "## Findings (" << Shown.size() << ")\n\n";
  if (Shown.empty())
    OS << "None.\n\n";
  for (const Finding *F : Shown) {
    OS << "### " << relativePath(F->Pos.File, D.Root) << ":" << F->Pos.Line
       << ":" << F->Pos.Column << ": " << F->Msg.str() << "\n\n"
       << "`" << F->CheckId << "` · " << F->Provision << " · "
       << effectName(F->Eff) << " · confidence " << confidenceName(F->Conf)
       << " · component " << componentOfFinding(D, *F) << "\n\n";
    std::string Code = excerpt(F->LineText);
    if (!Code.empty())
      OS << "```c++\n" << Code << "\n```\n\n";
    for (const Note &N : F->Notes)
      OS << "- " << relativePath(N.Pos.File, D.Root) << ":" << N.Pos.Line
         << ": " << N.Msg.str() << "\n";
    if (!F->Notes.empty())
      OS << "\n";
  }

  OS << "## What this audit rests on\n\n### Translation units\n\n";
  OS << unitSummary(D) << "\n\n";
  unsigned Degraded = 0;
  for (const AuditUnit &U : D.Units)
    Degraded += U.Degraded;
  for (const AuditUnit &U : D.Units)
    if (U.Degraded)
      OS << "- " << relativePath(U.File, D.Root) << ": " << U.How << "\n";
  if (Degraded)
    OS << "\n";

  std::vector<const Finding *> Supp = shownFindings(D, Ctx, true);
  OS << "### Suppressions (" << Supp.size() << ")\n\n";
  if (D.NoSuppressions)
    OS << "Ignored: the audit ran with --no-suppressions.\n\n";
  for (const Finding *F : Supp)
    OS << "- " << relativePath(F->Pos.File, D.Root) << ":" << F->Pos.Line
       << ": `" << F->CheckId << "`: "
       << (F->SuppressionReason.empty() ? "no reason given"
                                        : F->SuppressionReason)
       << "\n";
  if (!Supp.empty())
    OS << "\n";

  OS << "### Configuration files in the tree (" << D.Configs.size() << ")\n\n";
  for (const AuditConfigFile &C : D.Configs) {
    OS << "- " << relativePath(C.File, D.Root) << ": "
       << (C.Applied ? "applied" : "not applied");
    if (!C.Problem.empty())
      OS << " (" << C.Problem << ")";
    OS << "\n";
    for (const std::string &Ch : C.Changes)
      OS << "  - " << Ch << "\n";
  }
  if (!D.Configs.empty())
    OS << "\n";
  if (!D.Warnings.empty()) {
    OS << "### Warnings\n\n";
    for (const std::string &W : D.Warnings)
      OS << "- " << relativePath(W, D.Root) << "\n";
    OS << "\n";
  }
  return Out;
}

std::string formatAuditHtml(const AuditData &D, const ReportContext &Ctx) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  std::string Name = D.Components.empty() ? D.Root : D.Components[0].Name;
  // One file, no script, no external resource; the content security policy
  // makes sure the page cannot load anything even if opened from a server.
  OS << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
     << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
        "'none'; style-src 'unsafe-inline'\">\n"
     << "<meta name=\"viewport\" content=\"width=device-width, "
        "initial-scale=1\">\n"
     << "<title>aiact-check audit: " << html(Name) << "</title>\n<style>\n"
     << "body{font-family:system-ui,sans-serif;margin:0 auto;padding:0 12px;"
        "max-width:960px;line-height:1.4;color:#1b1b1b}\n"
     << "table{border-collapse:collapse;width:100%;table-layout:fixed;"
        "margin:8px 0 16px}\n"
     << "th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;"
        "vertical-align:top;overflow-wrap:anywhere}\n"
     << "th{background:#eee}\n"
     << "pre,code{font-family:ui-monospace,monospace;font-size:90%}\n"
     << "pre{background:#f5f5f5;padding:6px;white-space:pre-wrap;"
        "overflow-wrap:anywhere}\n"
     << "h3{font-size:100%;overflow-wrap:anywhere}\n"
     << ".v-not-eligible{background:#eee}.v-conditional{background:#fff4ce}"
        ".v-not-exempt{background:#fde0dc}.v-exempt{background:#e3f4e3}\n"
     << ".prohibited{color:#a00;font-weight:bold}\n"
     << "li{overflow-wrap:anywhere}\n</style>\n</head>\n<body>\n";
  OS << "<h1>aiact-check audit: " << html(Name) << "</h1>\n";
  OS << "<p>Run date " << formatIsoDate(D.AsOf)
     << (D.AsOfGiven ? " (--as-of)" : "") << ". " << html(Disclaimer)
     << "</p>\n";

  OS << "<h2>Components</h2>\n<table id=\"components\">\n"
     << "<colgroup><col style=\"width:16%\"><col style=\"width:16%\">"
        "<col style=\"width:14%\"><col style=\"width:12%\">"
        "<col style=\"width:10%\"><col style=\"width:32%\"></colgroup>\n"
     << "<tr><th>Component</th><th>Folder</th><th>Licence</th><th>Verdict</th>"
        "<th>Prohibited practice</th><th>Why</th></tr>\n";
  for (const Component &C : D.Components) {
    std::string Class = verdictName(C.V);
    for (char &Ch : Class)
      if (Ch == ' ')
        Ch = '-';
    OS << "<tr><td class=\"component\">" << html(C.Name) << "</td><td>"
       << html(C.Kind == "declared" ? "declared paths" : relFolder(C.Dir, D.Root))
       << "</td><td>" << html(licenceShown(C.Licence))
       << "</td><td class=\"verdict v-" << Class << "\" data-component=\""
       << html(C.Name) << "\">" << verdictName(C.V) << "</td><td"
       << (C.Prohibited ? " class=\"prohibited\">yes" : ">no") << "</td><td>";
    if (C.Reasons.empty())
      OS << html(verdictMeaning(C.V));
    else {
      OS << "<ul>";
      for (const std::string &R : C.Reasons)
        OS << "<li>" << html(R) << "</li>";
      OS << "</ul>";
    }
    OS << "</td></tr>\n";
  }
  OS << "</table>\n";

  OS << "<h2>Provisions in force on " << formatIsoDate(D.AsOf)
     << "</h2>\n<table>\n<tr><th>Provision</th><th>What</th><th>Applies "
        "from</th><th>In force</th></tr>\n";
  for (const ProvisionDate &P : provisionDates())
    OS << "<tr><td>" << html(P.Provision) << "</td><td>" << html(P.What)
       << "</td><td>" << formatIsoDate(P.From)
       << (P.Amendment ? " (2026 amendment)" : "") << "</td><td>"
       << (D.AsOf >= P.From ? "yes" : "not yet") << "</td></tr>\n";
  OS << "</table>\n<p>Dates marked \"2026 amendment\" come from Regulation "
        "(EU) 2026/1744.</p>\n";

  std::vector<const Finding *> Shown = shownFindings(D, Ctx, false);
  OS << "<h2>Findings (" << Shown.size() << ")</h2>\n";
  for (const Finding *F : Shown) {
    OS << "<h3>" << html(relativePath(F->Pos.File, D.Root)) << ":"
       << F->Pos.Line << ":" << F->Pos.Column << ": " << html(F->Msg.str())
       << "</h3>\n<p><code>" << html(F->CheckId) << "</code> · "
       << html(F->Provision) << " · " << effectName(F->Eff) << " · confidence "
       << confidenceName(F->Conf) << " · component "
       << html(componentOfFinding(D, *F)) << "</p>\n";
    std::string Code = excerpt(F->LineText);
    if (!Code.empty())
      OS << "<pre>" << F->Pos.Line << " | " << html(Code) << "</pre>\n";
    if (!F->Notes.empty()) {
      OS << "<ol>\n";
      for (const Note &N : F->Notes)
        OS << "<li>" << html(relativePath(N.Pos.File, D.Root)) << ":"
           << N.Pos.Line << ": " << html(N.Msg.str()) << "</li>\n";
      OS << "</ol>\n";
    }
  }

  std::vector<const Finding *> Supp = shownFindings(D, Ctx, true);
  OS << "<h2>Suppressions (" << Supp.size() << ")</h2>\n";
  if (D.NoSuppressions)
    OS << "<p>Ignored: the audit ran with --no-suppressions.</p>\n";
  if (!Supp.empty()) {
    OS << "<ul>\n";
    for (const Finding *F : Supp)
      OS << "<li>" << html(relativePath(F->Pos.File, D.Root)) << ":"
         << F->Pos.Line << ": <code>" << html(F->CheckId) << "</code>: "
         << html(F->SuppressionReason.empty() ? "no reason given"
                                              : F->SuppressionReason)
         << "</li>\n";
    OS << "</ul>\n";
  }
  OS << "<h2>Configuration files in the tree (" << D.Configs.size()
     << ")</h2>\n";
  if (!D.Configs.empty()) {
    OS << "<ul>\n";
    for (const AuditConfigFile &C : D.Configs) {
      OS << "<li>" << html(relativePath(C.File, D.Root)) << ": "
         << (C.Applied ? "applied" : "not applied");
      if (!C.Problem.empty())
        OS << " (" << html(C.Problem) << ")";
      if (!C.Changes.empty()) {
        OS << "<ul>";
        for (const std::string &Ch : C.Changes)
          OS << "<li>" << html(Ch) << "</li>";
        OS << "</ul>";
      }
      OS << "</li>\n";
    }
    OS << "</ul>\n";
  }
  unsigned Degraded = 0;
  for (const AuditUnit &U : D.Units)
    Degraded += U.Degraded;
  OS << "<h2>Translation units</h2>\n<p>" << html(unitSummary(D)) << "</p>\n";
  if (Degraded) {
    OS << "<ul>\n";
    for (const AuditUnit &U : D.Units)
      if (U.Degraded)
        OS << "<li>" << html(relativePath(U.File, D.Root)) << ": "
           << html(U.How) << "</li>\n";
    OS << "</ul>\n";
  }
  if (!D.Warnings.empty()) {
    OS << "<h2>Warnings</h2>\n<ul>\n";
    for (const std::string &W : D.Warnings)
      OS << "<li>" << html(relativePath(W, D.Root)) << "</li>\n";
    OS << "</ul>\n";
  }
  OS << "</body>\n</html>\n";
  return Out;
}

} // namespace aiact
