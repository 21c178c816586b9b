//===- TokenEvidence.cpp - Evidence from tokens the parser lost -----------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "core/TokenEvidence.h"
#include "core/FlowGraph.h"
#include "core/Suppression.h"

#include "clang/Basic/LangOptions.h"
#include "clang/Lex/Lexer.h"

#include <algorithm>

namespace aiact {

namespace {
const char *const CheckId = "aiact-synthetic-content";
} // namespace

std::vector<Finding> tokenEvidence(const std::string &File,
                                   const std::string &Text,
                                   const std::map<unsigned, std::string> &ErrorLines,
                                   const RunSettings &S) {
  std::vector<Finding> Out;
  if (ErrorLines.empty() || !isCheckEnabled(S, CheckId))
    return Out;
  Confidence Min = parseConfidence(S.Cfg.MinConfidence.value_or("likely"))
                       .value_or(Confidence::Likely);
  if (Min > Confidence::Possible)
    return Out;

  clang::LangOptions LO;
  LO.CPlusPlus = LO.CPlusPlus11 = LO.CPlusPlus14 = LO.CPlusPlus17 = true;
  LO.LineComment = true;
  const char *Begin = Text.data();
  clang::Lexer L(clang::SourceLocation(), LO, Begin, Begin, Begin + Text.size());
  // Line numbers by offset.
  std::vector<size_t> LineStarts = {0};
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n')
      LineStarts.push_back(I + 1);
  auto LineOf = [&](size_t Off) {
    return static_cast<unsigned>(
        std::upper_bound(LineStarts.begin(), LineStarts.end(), Off) -
        LineStarts.begin());
  };

  SuppressionIndex Suppressions(Text);
  std::string Errors = S.Cfg.WarningsAsErrors.value_or("");
  std::vector<clang::Token> Toks;
  clang::Token T;
  do {
    L.LexFromRawLexer(T);
    Toks.push_back(T);
  } while (T.isNot(clang::tok::eof));
  std::vector<const CatalogEntry *> Candidates;
  for (size_t I = 0; I + 1 < Toks.size(); ++I) {
    if (Toks[I].isNot(clang::tok::raw_identifier) ||
        Toks[I + 1].isNot(clang::tok::l_paren))
      continue;
    size_t Off = static_cast<size_t>(Toks[I].getRawIdentifier().data() - Begin);
    unsigned Line = LineOf(Off);
    auto Err = ErrorLines.find(Line);
    if (Err == ErrorLines.end())
      continue;
    // The name as written, with its qualifiers: cv::dnn::readNet.
    std::string Last = Toks[I].getRawIdentifier().str();
    std::string Spelled = Last;
    for (size_t J = I; J >= 2 && Toks[J - 1].is(clang::tok::coloncolon) &&
                       Toks[J - 2].is(clang::tok::raw_identifier);
         J -= 2)
      Spelled = Toks[J - 2].getRawIdentifier().str() + "::" + Spelled;
    Candidates.clear();
    S.Cat.lookup(Last, Candidates);
    const CatalogEntry *Hit = nullptr;
    for (const CatalogEntry *E : Candidates) {
      if (!synthesisModality(E->Sig))
        continue;
      // The written name is the entry's name or a tail of it.
      const std::string &N = E->Name;
      if (N == Spelled || (N.size() > Spelled.size() + 2 &&
                           N.compare(N.size() - Spelled.size(), Spelled.size(),
                                     Spelled) == 0 &&
                           N.compare(N.size() - Spelled.size() - 2, 2, "::") == 0)) {
        Hit = E;
        break;
      }
    }
    if (!Hit)
      continue;
    Finding F;
    F.CheckId = CheckId;
    F.Provision = "Art. 50(2)";
    F.Eff = Effect::Transparency;
    F.Conf = Confidence::Possible;
    F.Pos.File = File;
    F.Pos.Line = Line;
    F.Pos.Column = static_cast<unsigned>(Off - LineStarts[Line - 1]) + 1;
    F.Msg.Format = "call to %0 would generate %1 here, on a line the "
                   "compiler could not parse (%2); token-level evidence only: "
                   "if placed on the market or put into service, Art. 50(2) "
                   "would require marking its output as AI-generated";
    F.Msg.Args = {Hit->Name, modalityName(*synthesisModality(Hit->Sig)),
                  Err->second};
    size_t E = Text.find('\n', LineStarts[Line - 1]);
    F.LineText = Text.substr(LineStarts[Line - 1],
                             E == std::string::npos ? E : E - LineStarts[Line - 1]);
    if (Suppressions.isSuppressed(CheckId, Line, &F.SuppressionReason) &&
        !S.IgnoreSuppressions)
      F.Suppressed = true;
    else
      F.SuppressionReason.clear();
    F.AsError = S.AllWarningsAsErrors || globListMatches(Errors, CheckId);
    Out.push_back(std::move(F));
  }
  return Out;
}

} // namespace aiact
