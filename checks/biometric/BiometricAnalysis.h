//===- BiometricAnalysis.h - What a unit does with people's biometrics ----===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The analysis the biometric checks share, made once per translation unit
/// from every function defined in it:
///
/// - biometric templates: face and speaker embeddings, fingerprint
///   templates, and the outputs of models whose file names say they
///   recognise faces or speakers; followed through locals, out-parameters,
///   return values, members and containers of the unit's functions;
/// - comparisons: catalogued template comparisons, generic vector
///   similarity (cv::norm, dot products), functions of the unit that compare
///   two of their parameters, and element-wise arithmetic over two arrays;
/// - identification: a comparison where one side is the element of a loop
///   (or of an algorithm's lambda) over stored templates and the other is
///   not; a library search over stored templates. A comparison without such
///   a gallery is 1:1 verification;
/// - live sources (cameras opened on a device or stream, microphones), the
///   loops that read them and what those loops identify;
/// - emotion and attribute inference: recognition models by file name,
///   label sets the program indexes at run time, library outputs it reads;
/// - bulk downloading that ends in stored face templates.
///
/// Names of the unit's own functions and variables play no part: only the
/// catalog, the vocabularies and the shape of the code do.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_BIOMETRIC_BIOMETRICANALYSIS_H
#define AIACT_BIOMETRIC_BIOMETRICANALYSIS_H

#include "core/CallSignals.h"
#include "core/FlowGraph.h"

#include "clang/ASTMatchers/ASTMatchers.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aiact {

/// What a biometric template describes.
enum class Trait : uint8_t { Face, Voice, Fingerprint };

/// "face", "voice" or "fingerprint".
const char *traitName(Trait T);

/// Where a template comes from.
struct TemplateSource {
  Evidence Ev;     ///< the call that makes it
  Trait Kind = Trait::Face;
  /// The template is a model output recognised by the model's file name
  /// rather than by a catalogued API.
  bool ByModelName = false;
  std::optional<Evidence> Model; ///< the model file, when ByModelName
};

/// A one-to-many search of stored templates.
struct Identification {
  const clang::FunctionDecl *Function = nullptr;
  clang::SourceLocation Loc;  ///< the comparison, or the search call
  Evidence Compare;           ///< what compares or searches
  Evidence Gallery;           ///< the loop or index over stored templates
  std::optional<TemplateSource> Template;
  std::optional<Evidence> Stored; ///< where templates enter the gallery
  Trait Kind = Trait::Face;
  bool Resolved = true;
  bool ByModelName = false;
};

/// A one-to-one comparison.
struct Verification {
  const clang::FunctionDecl *Function = nullptr;
  clang::SourceLocation Loc;
  Evidence Compare;
  std::optional<TemplateSource> Template;
  /// The reference template is looked up by a claimed identity here.
  std::optional<Evidence> ClaimedLookup;
  Trait Kind = Trait::Face;
  bool Resolved = true;
};

/// Identification in a loop that reads a live source.
struct LiveIdentification {
  const clang::FunctionDecl *Function = nullptr;
  clang::SourceLocation Loc; ///< the loop
  Evidence Capture;          ///< the read from the live source
  Evidence Opened;           ///< where the source is opened (or Capture)
  std::string Source;        ///< "camera 0", "rtsp stream", "microphone"
  /// Steps from the loop to the comparison: calls of the unit's functions,
  /// then the comparison itself.
  std::vector<Evidence> Chain;
  bool Resolved = true;
};

/// One reason to believe a unit infers emotions or attributes.
struct InferenceEvidence {
  clang::SourceLocation Loc;
  std::string What;    ///< for messages: "model 'emotion-ferplus-8.onnx'"
  std::string Detail;  ///< labels or attributes, for messages
  bool Strong = false; ///< a catalogued output or an indexed label set
  bool Resolved = true;
};

/// Emotion recognition in one function.
struct EmotionInference {
  const clang::FunctionDecl *Function = nullptr;
  clang::SourceLocation Loc;
  std::vector<InferenceEvidence> Evidence;
};

/// Attribute inference (biometric categorisation) in one function.
struct AttributeInference {
  const clang::FunctionDecl *Function = nullptr;
  clang::SourceLocation Loc;
  std::vector<InferenceEvidence> Evidence;
  /// Attributes inferred: "age", "sex", "race or ethnic origin", ...
  std::vector<std::string> Attributes;
  /// The first evidence of an Art. 5(1)(g) category, if any.
  std::optional<InferenceEvidence> Sensitive;
};

/// Face templates built from bulk downloads or network streams.
struct Scraping {
  const clang::FunctionDecl *Function = nullptr;
  clang::SourceLocation Loc; ///< the loop
  std::vector<Evidence> Fetch;    ///< chain to the download or stream read
  std::vector<Evidence> Detect;   ///< chain to face detection, if any
  std::vector<Evidence> Template; ///< chain to the template
  std::vector<Evidence> Store;    ///< chain to where templates are kept
  /// The URLs come from downloaded content (a crawler), not a list.
  std::optional<Evidence> Crawl;
  bool Resolved = true;
};

/// Words from string literals of the unit that place it in a setting.
struct SettingEvidence {
  clang::SourceLocation Loc;
  std::string Term;
};

/// Everything the biometric checks report, for one translation unit.
struct BiometricResults {
  std::vector<Identification> Identifications;
  std::vector<Verification> Verifications;
  std::vector<LiveIdentification> Live;
  std::vector<EmotionInference> Emotions;
  std::vector<AttributeInference> Attributes;
  std::vector<Scraping> Scrapings;
  std::optional<SettingEvidence> Workplace;
  std::optional<SettingEvidence> Education;
  std::optional<SettingEvidence> DatasetWork; ///< directory walks
};

/// The analysis of one translation unit, shared by the biometric checks.
class BiometricAnalyzer {
public:
  BiometricAnalyzer(const CheckContext &Ctx, clang::ASTContext &AST);
  ~BiometricAnalyzer();

  /// Adds a function definition of the unit (outside system headers).
  void addFunction(const clang::FunctionDecl *FD);

  /// The results; computed on the first call, once every function is in.
  const BiometricResults &results();

  clang::ASTContext &astContext() const { return AST; }

  struct Impl;

private:
  std::unique_ptr<Impl> P;
  clang::ASTContext &AST;
};

/// Base of the biometric checks: it feeds every function definition of the
/// unit to the shared analyzer and reports from its results at the end of
/// the unit.
class BiometricCheck : public Check {
public:
  BiometricCheck(llvm::StringRef Id, CheckContext &Ctx)
      : Check(Id, Ctx), Ctx(Ctx) {}

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) final;

protected:
  /// Reports the check's findings from \p Results.
  virtual void report(const BiometricResults &Results,
                      const clang::SourceManager &SM) = 0;

private:
  void finishTranslationUnit() final;
  CheckContext &Ctx;
  std::shared_ptr<BiometricAnalyzer> Analyzer;
};

} // namespace aiact

#endif
