//===- Vocabulary.h - Word lists that checks match against
//-----------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Vocabularies are word lists in config/vocabularies/*.yaml (emotion
/// labels, sensitive attributes, settings such as a workplace), in English,
/// German and French. They are embedded in the tools at build time and
/// parsed once per process. Plain C++: no Clang types.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_CORE_VOCABULARY_H
#define AIACT_CORE_VOCABULARY_H

#include "core/Config.h"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace aiact {

/// Named word lists; each word is stored normalised (see normaliseTerm).
class Vocabulary {
public:
  Vocabulary() = default;
  // The word index points into the lists: moved, never copied.
  Vocabulary(Vocabulary &&) = default;
  Vocabulary &operator=(Vocabulary &&) = default;
  Vocabulary(const Vocabulary &) = delete;
  Vocabulary &operator=(const Vocabulary &) = delete;

  /// True when the label \p Label, normalised, is a word of list \p List.
  bool isLabel(std::string_view List, std::string_view Label) const;
  /// The longest word of list \p List that occurs in \p Text as whole
  /// words (after normalisation), or an empty string.
  std::string findTerm(std::string_view List, std::string_view Text) const;
  /// Every (list, term) whose term occurs in \p Normalised (a normalised
  /// text) as whole words: one lookup per run of words, whatever the
  /// number of lists. The views point into the vocabulary.
  void findAll(
      std::string_view Normalised,
      std::vector<std::pair<std::string_view, std::string_view>> &Out) const;
  /// True when a list named \p List exists.
  bool hasList(std::string_view List) const {
    return Lists.find(List) != Lists.end();
  }
  /// The words of list \p List, normalised, in order (none if unknown).
  std::vector<std::string> words(std::string_view List) const;
  /// The names of every list.
  std::vector<std::string> lists() const;
  /// Adds word \p Word to list \p List.
  void add(const std::string &List, std::string_view Word);

private:
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> Lists;
  /// Each word, and the lists it is in (keys of Lists).
  std::map<std::string_view, std::vector<std::string_view>> ByWord;
  unsigned MaxWords = 0; ///< words in the longest term of any list
};

/// Lower-case ASCII and UTF-8 letters kept, every run of other characters
/// ('_', '-', punctuation, spaces, digits are kept) made one space, trimmed:
/// "Latino_Hispanic" -> "latino hispanic", "ANGRY!" -> "angry".
std::string normaliseTerm(std::string_view Text);

/// Parses the YAML text of one vocabulary file: `Lists:` mapping list
/// names to a mapping of language codes to word lists.
bool parseVocabularyFile(const std::string &Text, const std::string &Path,
                         Vocabulary &Out, ConfigError &Err);

/// The vocabularies compiled into the tools (config/vocabularies/*.yaml,
/// turned into a table at build time; see BuiltinVocabulary.cpp).
const Vocabulary &builtinVocabulary();

} // namespace aiact

#endif
