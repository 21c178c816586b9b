//===- FlowGraph.h - Token feedback through a function's data flow --------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Finds autoregressive generation: a loop in which a model is run, its
/// output is turned into a token (by a sampling API or an argmax over its
/// output), and that token reaches the model's input again.
///
/// The analysis is flow-insensitive inside a function: every assignment,
/// initialisation, call and return adds edges between the variables it
/// connects (pointers and references alias both ways), and a loop is a
/// generation loop when a token made inside it reaches a model input inside
/// it. Calls to functions defined in the translation unit are summarised
/// (returns a token, forwards parameter i to a model, writes a token into a
/// member or a captured variable), which covers wrappers, member functions
/// and lambdas. Names play no part: only the catalog's signals and the shape
/// of the code do.
///
/// The same graph follows generated content to the writes that take it out
/// of the program, and finds media made from a seed: a model whose input
/// comes from random noise, tokenised text or a person's face or voice
/// embedding, and whose output (passing through later models, the
/// decoders) reaches a writer that tells its medium.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_CORE_FLOWGRAPH_H
#define AIACT_CORE_FLOWGRAPH_H

#include "core/CallSignals.h"
#include "core/StableMap.h"

#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"

#include <map>
#include <memory>
#include <optional>

namespace aiact {

/// One step of evidence: where it is and what it is.
struct Evidence {
  Evidence(clang::SourceLocation Loc = {}, std::string What = {},
           bool Resolved = true, std::string Library = {})
      : Loc(Loc), What(std::move(What)), Resolved(Resolved),
        Library(std::move(Library)) {}
  clang::SourceLocation Loc;
  std::string What;     ///< e.g. "llama_decode", "argmax over llama_get_logits"
  bool Resolved = true; ///< false when it rests on an unresolved call
  std::string Library;  ///< the catalogued library, when there is one
};

/// A generation loop and the evidence for it.
struct GenerationLoop {
  const clang::Stmt *Loop = nullptr;
  const clang::FunctionDecl *Function = nullptr;
  Evidence Model;                 ///< the model call
  Evidence Token;                 ///< where the output becomes a token
  clang::SourceLocation Feedback; ///< where the token enters the model input
  /// One library call runs the model, samples and feeds the token back
  /// (Model, Token and Feedback are all that call).
  bool LibraryStep = false;
};

/// The kind of synthetic content.
enum class Modality : uint8_t { Text, Images, Speech, Video, Audio };

/// Every modality, in the order findings list them.
constexpr Modality AllModalities[] = {Modality::Text, Modality::Images,
                                      Modality::Speech, Modality::Audio,
                                      Modality::Video};

/// "text", "images", "speech audio", "audio" or "video", for messages.
const char *modalityName(Modality M);

/// The modality of media written as \p M; \p FromText tells speech from
/// other audio.
std::optional<Modality> mediumModality(Medium M, bool FromText);

/// What a decoded generation starts from (see Content::Seed).
enum class SeedKind : uint8_t { None, Noise, Text, Tokens, Face, Voice };

/// True for the seeds that carry a real person's likeness: a face or voice
/// embedding that conditions the model (face swapping, voice cloning).
inline bool isIdentitySeed(SeedKind K) {
  return K == SeedKind::Face || K == SeedKind::Voice;
}

/// What a synthesis signal (image-, speech-, video-synthesis,
/// text-generation) produces; nullopt for every other signal.
std::optional<Modality> synthesisModality(Signal S);

/// Generated content and where it is made.
struct Content {
  Content(Modality Kind = Modality::Text, Evidence Origin = {})
      : Kind(Kind), Origin(std::move(Origin)) {}
  Modality Kind = Modality::Text;
  Evidence Origin; ///< the generation loop's model call or the synthesis call
  /// Media a model makes from a seed (random noise, tokenised text, the
  /// tokens of a generation loop) and that is written as an image, audio or
  /// video: its kind is the medium of the write, and it is content only
  /// where it reaches such a write. None for the other contents.
  SeedKind Seed = SeedKind::None;
  Evidence SeedAt; ///< the noise draw, tokeniser...
  const clang::FunctionDecl *Function = nullptr; ///< where Origin is
  std::optional<clang::SourceLocation>
      Feedback;                   ///< output fed back (diffusion)
  std::vector<Evidence> Decoders; ///< later models the output passes through
};

/// How a value leaves the program from a function.
struct OutputPath {
  /// The write in the function, or the call through which the value reaches
  /// one.
  Evidence Write;
  /// The steps inside called functions, outermost first; the last is the
  /// write itself.
  std::vector<Evidence> Inner;
  /// A marking function the value passes on its way, if any.
  std::optional<Evidence> Marking;
  /// What the write writes, when the catalog tells.
  Medium Med = Medium::None;
};

/// Generated content reaching an output in one function.
struct ContentOutput {
  Content What;
  OutputPath Path;
};

/// What a caller needs to know about a function's content flow.
struct ContentSummary {
  std::optional<Content> Returns;        ///< the function returns content
  std::map<unsigned, Content> IntoParam; ///< writes content through param
  std::map<unsigned, OutputPath> ParamToOutput; ///< param reaches an output
  std::map<unsigned, Evidence> ParamToMarking;  ///< param is passed to a marker
};

class FunctionGraph;

/// What a caller needs to know about a function defined in the unit.
struct FunctionSummary {
  std::optional<Evidence> ReturnsToken;
  std::optional<Evidence> ReturnsLogits;
  /// The function returns random noise it draws, and nothing else.
  std::optional<Evidence> ReturnsNoise;
  /// The function returns recorded data it reads (`read_wav(path)`).
  std::optional<Evidence> ReturnsData;
  /// Parameter index -> recorded data written through it
  /// (`load_audio(path, samples)`).
  std::map<unsigned, Evidence> DataIntoParam;
  /// Parameter index -> the model call its value reaches.
  std::map<unsigned, Evidence> ParamToModel;
  /// Parameter index -> the token written through it.
  std::map<unsigned, Evidence> TokenIntoParam;
  /// Members, captured and global variables written with a token.
  std::map<const clang::ValueDecl *, Evidence> NonLocalToken;
  /// Members, captured and global variables whose value reaches a model.
  std::map<const clang::ValueDecl *, Evidence> NonLocalToModel;
  /// The function contains a generation loop or calls one that does.
  bool HasGenerationLoop = false;
};

/// Finds generation loops in the functions of one translation unit.
class GenerationAnalyzer {
public:
  explicit GenerationAnalyzer(const CheckContext &Ctx);
  ~GenerationAnalyzer();

  /// The generation loops in \p FD's body, innermost first; an enclosing
  /// loop is not reported again.
  const std::vector<GenerationLoop> &loopsIn(const clang::FunctionDecl *FD);

  /// The summary of \p FD (a definition), computed once.
  const FunctionSummary &summary(const clang::FunctionDecl *FD);

  CallResolver &resolver() { return Resolver; }

  /// Where generated content leaves the program in \p FD: text from its
  /// generation loops, media from synthesis calls, and content returned or
  /// written by called functions, reaching a write in \p FD or in a
  /// function it calls.
  const std::vector<ContentOutput> &outputsIn(const clang::FunctionDecl *FD);

  /// The content flow summary of \p FD (a definition), computed once.
  const ContentSummary &contentSummary(const clang::FunctionDecl *FD);

  /// The speech recogniser whose output conditions \p GL: a call in the
  /// same function to a recogniser of the library that runs the model.
  /// Such a loop transcribes; it does not generate content.
  std::optional<Evidence> transcriber(const GenerationLoop &GL);

private:
  FunctionGraph &graphFor(const clang::FunctionDecl *FD);
  struct ContentResult;
  ContentResult &content(const clang::FunctionDecl *FD);

  std::shared_ptr<CallResolver> UnitCalls;
  CallResolver &Resolver;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionGraph>>
      Graphs;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionSummary>>
      Summaries;
  /// Memo tables of the analyser. Callers hold references into them while
  /// the analysis goes on and fills them further, so every table either
  /// keeps its values behind a pointer or is a StableMap (see StableMap.h).
  StableMap<const clang::FunctionDecl *, std::vector<GenerationLoop>> Loops;
  llvm::DenseMap<const clang::FunctionDecl *, bool> InProgress;
  unsigned Depth = 0;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<ContentResult>>
      Contents;
  llvm::DenseMap<const clang::FunctionDecl *, bool> ContentInProgress;
  unsigned ContentDepth = 0;
};

} // namespace aiact

#endif
