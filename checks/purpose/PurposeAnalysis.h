//===- PurposeAnalysis.h - What model inference is used for ---*- C++ -*-===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The analysis behind aiact-high-risk-purpose, aiact-prohibited-practice
/// and aiact-purpose-mismatch. For each function that runs a model (a
/// catalogued `model-forward` call), it follows the model's inputs back and
/// its outputs forward through the function and, one or two levels, through
/// the unit's callers, and collects what the code calls things on that path:
/// variables, parameters, types, fields, called functions, string literals
/// (tensor, column and config-key names), and decisions taken on the output
/// (compared with a threshold, sorted). These clues are matched against the
/// vocabularies of config/vocabularies/purposes.yaml, point by point.
///
/// Evidence on the model's own inputs or outputs makes a use `likely`;
/// words found only elsewhere in the function make it `possible`.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_PURPOSE_PURPOSEANALYSIS_H
#define AIACT_PURPOSE_PURPOSEANALYSIS_H

#include "core/Check.h"

#include "clang/Basic/SourceLocation.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace aiact {

/// An Annex III point (2 to 8) or an Art. 5(1) practice, and its words.
struct PurposePoint {
  const char *Id;   ///< "5(b)" for Annex III, "5(1)(c)" for Art. 5
  const char *List; ///< vocabulary list of the terms that name it
  const char *What; ///< for messages: "credit scoring of natural persons"
};

/// The Annex III points 2 to 8 the analysis knows, in order.
const std::vector<PurposePoint> &annexPoints();
/// The Art. 5(1)(a) to (d) practices, in order.
const std::vector<PurposePoint> &practices();
/// The Annex III point \p Id ("4(a)", or "4" for the whole point), or
/// null.
const PurposePoint *findAnnexPoint(const std::string &Id);

/// One word of a vocabulary found in the code.
struct PurposeClue {
  clang::SourceLocation Loc;
  /// The vocabulary word, normalised; empty for a decision seen in the
  /// code's shape (the output compared with a threshold, or sorted).
  std::string Term;
  std::string What; ///< "field 'credit_score'", "string \"income\""
};

/// A point (or practice) one function's model inference serves.
struct PurposeUse {
  const clang::FunctionDecl *FD = nullptr;
  clang::SourceLocation Loc; ///< the model call
  const PurposePoint *Point = nullptr;
  /// The words were found on the model's own inputs or outputs (followed
  /// through the unit), not only elsewhere in the function.
  bool ModelSide = false;
  std::vector<PurposeClue> Clues;
  /// Personal data on the model's inputs: the system profiles persons.
  std::optional<PurposeClue> Personal;
  /// Point 5(b) only: the model's output is a fraud score (excluded).
  std::optional<PurposeClue> Excluded;
};

/// A function that runs a model, at its first model call.
struct Inference {
  const clang::FunctionDecl *FD = nullptr;
  clang::SourceLocation Loc;
  std::string Call;                    ///< the model call's name
  std::optional<PurposeClue> Personal; ///< personal data on its inputs
};

struct PurposeResults {
  std::vector<Inference> Inferences;
  std::vector<PurposeUse> HighRisk;  ///< Annex III points 2 to 8
  std::vector<PurposeUse> Practices; ///< Art. 5(1)(a) to (d)
};

/// Words of a declared intended purpose that name a point: the first term
/// of \p Point's list in \p Purpose, or an empty string.
std::string declaredTerm(const PurposePoint &Point, const std::string &Purpose);

/// What the component of a unit declares about its purpose.
struct DeclaredPurpose {
  const ComponentDecl *Decl = nullptr;
  /// The Annex III point of `AnnexIII` ("4(a)", or "4" for the whole
  /// point), else the first point whose words `IntendedPurpose` uses.
  std::string Point;
  std::string Term; ///< those words, when the point comes from them
  /// True when the declaration covers Annex III point \p P.
  bool covers(const PurposePoint &P) const;
  /// "component 'x' declares Annex III point 4(a)", or "the intended
  /// purpose of component 'x' names 'credit scoring'".
  std::string describe() const;
};

/// The declaration of the main file's component in \p Cfg.
DeclaredPurpose declaredPurpose(const Config &Cfg,
                                const clang::SourceManager &SM);

/// The unit's purpose analysis, shared by the purpose checks of a run.
class PurposeAnalyzer {
public:
  PurposeAnalyzer(const CheckContext &Ctx, clang::ASTContext &AST);
  ~PurposeAnalyzer();
  void addFunction(const clang::FunctionDecl *FD);
  const PurposeResults &results();
  clang::ASTContext &astContext() const { return AST; }

  struct Impl;

private:
  std::unique_ptr<Impl> P;
  clang::ASTContext &AST;
};

/// Base of the purpose checks: the first one registered collects the
/// unit's function definitions for all of them; each reports from the
/// shared results at the end of the unit.
class PurposeCheck : public Check {
public:
  PurposeCheck(llvm::StringRef Id, CheckContext &Ctx)
      : Check(Id, Ctx), Ctx(Ctx) {}

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) final;

protected:
  virtual void report(const PurposeResults &Results,
                      const clang::SourceManager &SM) = 0;
  /// Adds the clues of \p U as notes of \p D.
  static void addClueNotes(FindingBuilder &D, const PurposeUse &U);

private:
  void finishTranslationUnit() override;
  CheckContext &Ctx;
  std::shared_ptr<PurposeAnalyzer> Analyzer;
};

} // namespace aiact

#endif
