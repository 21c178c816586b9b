//===- Catalog.h - What known ML library APIs mean
//-------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The catalog maps functions of known libraries to signals (a call to
/// `llama_decode` runs a model; `llama_sampler_sample` turns its output into
/// a token). The default catalog is compiled from config/catalog/*.yaml at
/// build time into a sorted table, so looking a name up costs a binary
/// search and loading it costs nothing per translation unit. Users add
/// entries with `Catalog:` in `.aiact.yaml`; those are parsed at run time.
/// Plain C++: no Clang types.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_CORE_CATALOG_H
#define AIACT_CORE_CATALOG_H

#include "core/Config.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace aiact {

/// What a catalogued API does, as far as the checks care.
enum class Signal : uint8_t {
#define AIACT_SIGNAL(Id, Name) Id,
#include "core/Signals.def"
  NumSignals
};

/// The catalog spelling of \p S, e.g. "token-sampling".
const char *signalName(Signal S);
/// Parses a catalog spelling; false when \p Name is not a signal.
bool parseSignal(std::string_view Name, Signal &Out);
/// Every signal spelling, for did-you-mean.
std::vector<std::string> allSignalNames();

/// What an `output-write` call writes, when the call tells: the medium of
/// the file or device (an image writer, a WAV writer, a video writer).
enum class Medium : uint8_t { None, Image, Audio, Video };

/// The catalog spelling of \p M ("image", "audio", "video"; "" for None).
const char *mediumName(Medium M);
/// Parses a catalog spelling; false when \p Name is not a medium.
bool parseMedium(std::string_view Name, Medium &Out);

/// One catalogued function or method.
struct CatalogEntry {
  std::string Name;    ///< qualified as written: "llama_decode", "cv::imwrite"
  std::string Library; ///< e.g. "llama.cpp"
  Signal Sig = Signal::ModelForward;
  /// Bit i set: argument i carries model input (model-forward) or the data
  /// that is written (output-write). 0 means every argument.
  uint32_t InputArgs = 0;
  /// The call writes what it generates to a file, stream or stdout itself
  /// (e.g. piper::textToWavFile).
  bool Writes = false;
  /// Bit i set: argument i of a synthesis call carries a reference of a
  /// person's likeness (photos, a recording) that the output preserves.
  uint32_t IdentityArgs = 0;
  /// Bit i set: argument i is a function the library calls back for every
  /// buffer or event (a live-capture stream's callback).
  uint32_t CallbackArgs = 0;
  /// Bit i set: what the call produces (its model output, its token) is
  /// written through argument i rather than returned (ONNX Runtime's C
  /// API returns a status and fills an out-parameter).
  uint32_t OutputArgs = 0;
  /// Comma-separated fields ("reference_audio", "pm_params.id_images") of a
  /// struct argument of a synthesis call that carry such a reference.
  std::string IdentityFields;
  /// For `output-write`: what the written data is, when the call tells.
  Medium Med = Medium::None;
  std::string Source; ///< "file:line" where it was defined
};

/// A model file name that tells what a model does: "inswapper_*" swaps
/// faces.
struct ModelPattern {
  std::string Pattern;   ///< glob over the lower-case file name
  std::string Technique; ///< one of modelTechniques()
  std::string Library;
  std::string Source; ///< "file:line" where it was defined
};

/// The techniques a model pattern can name: face-swap, face-reenactment,
/// lip-sync, voice-conversion, undressing.
const std::vector<std::string> &modelTechniques();

/// True when \p Name (a file name) matches glob \p Pattern ('*' and '?'),
/// ignoring ASCII case.
bool modelNameMatches(std::string_view Pattern, std::string_view Name);

/// The entries of one catalog file.
struct CatalogFile {
  std::string Library;
  std::vector<std::string> Headers;
  /// Types the library declares, "ns::Name" or "Name = C++ type" for an
  /// alias: what stub headers declare when the library is missing.
  std::vector<std::string> Types;
  std::vector<CatalogEntry> Entries;
  std::vector<ModelPattern> Models;
};

/// Parses the YAML text of one catalog file. Duplicate names inside the file,
/// empty names, unknown keys and unknown signals are errors with a position.
bool parseCatalogFile(const std::string &Text, const std::string &Path,
                      CatalogFile &Out, ConfigError &Err);

/// Reads and parses one catalog file.
bool loadCatalogFile(const std::string &Path, CatalogFile &Out,
                     ConfigError &Err);

/// The last component of a qualified name: "cv::imwrite" -> "imwrite".
std::string_view lastNameComponent(std::string_view Qualified);

/// What a catalog file says about its library as a whole.
struct LibraryInfo {
  std::string Library;
  std::vector<std::string> Headers;
  std::vector<std::string> Types;
};

/// The default catalog plus the user's files, searchable by name.
class Catalog {
public:
  /// The compiled-in default catalog alone.
  Catalog();
  ~Catalog();
  Catalog(Catalog &&);
  Catalog &operator=(Catalog &&);

  /// Adds the entries of a user catalog file; a name already known is
  /// overridden (the later file wins). Returns the names that were overridden.
  std::vector<std::string> addUserEntries(const CatalogFile &File);

  /// Entries whose last name component is \p LastName (e.g. "imwrite"); the
  /// caller compares qualified names. User entries come first.
  void lookup(std::string_view LastName,
              std::vector<const CatalogEntry *> &Out) const;

  /// True when some entry has last name component \p LastName: the cheap
  /// test done on every call in a translation unit.
  bool mayContain(std::string_view LastName) const;

  /// Number of entries, default and user.
  size_t size() const;

  /// Every entry, default first, for listing and stub generation.
  std::vector<const CatalogEntry *> entries() const;

  /// The libraries with headers or types: default ones, then user files.
  std::vector<LibraryInfo> libraries() const;

  /// The model pattern that file name \p FileName (no folder) matches, user
  /// patterns first; null when none does.
  const ModelPattern *matchModel(std::string_view FileName) const;

private:
  struct Impl;
  std::unique_ptr<Impl> P;
};

/// True when the fully qualified name \p Qualified (as Clang prints it:
/// without template arguments or inline namespaces) is what catalog name
/// \p CatalogName denotes, ignoring a leading "::".
bool qualifiedNameMatches(std::string_view Qualified,
                          std::string_view CatalogName);

} // namespace aiact

#endif
