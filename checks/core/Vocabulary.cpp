//===- Vocabulary.cpp - Word lists that checks match against
//---------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "core/Vocabulary.h"

#include <algorithm>

#include "core/YamlDocument.h"

namespace aiact {

std::string normaliseTerm(std::string_view Text) {
  std::string Out;
  bool Space = false;
  for (unsigned char C : Text) {
    bool Keep = (C >= 'a' && C <= 'z') || (C >= '0' && C <= '9') || C >= 0x80;
    if (C >= 'A' && C <= 'Z') {
      C = static_cast<unsigned char>(C - 'A' + 'a');
      Keep = true;
    }
    if (!Keep) {
      Space = !Out.empty();
      continue;
    }
    if (Space)
      Out += ' ';
    Space = false;
    Out += static_cast<char>(C);
  }
  // Upper-case umlauts and accented capitals are rare in labels; the common
  // two-byte Latin-1 capitals are lowered here (À..Þ -> à..þ).
  for (size_t I = 0; I + 1 < Out.size(); ++I) {
    unsigned char A = Out[I], B = Out[I + 1];
    if (A == 0xC3 && B >= 0x80 && B <= 0x9E && B != 0x97)
      Out[I + 1] = static_cast<char>(B + 0x20);
  }
  return Out;
}

bool Vocabulary::isLabel(std::string_view List, std::string_view Label) const {
  auto It = Lists.find(List);
  return It != Lists.end() &&
         It->second.find(normaliseTerm(Label)) != It->second.end();
}

std::string Vocabulary::findTerm(std::string_view List,
                                 std::string_view Text) const {
  std::vector<std::pair<std::string_view, std::string_view>> Found;
  findAll(normaliseTerm(Text), Found);
  std::string_view Best;
  for (const auto &[L, T] : Found)
    if (L == List && T.size() > Best.size())
      Best = T;
  return std::string(Best);
}

std::vector<std::string> Vocabulary::words(std::string_view List) const {
  auto It = Lists.find(List);
  if (It == Lists.end())
    return {};
  return {It->second.begin(), It->second.end()};
}

std::vector<std::string> Vocabulary::lists() const {
  std::vector<std::string> Out;
  for (const auto &L : Lists)
    Out.push_back(L.first);
  return Out;
}

void Vocabulary::add(const std::string &List, std::string_view Word) {
  std::string W = normaliseTerm(Word);
  if (W.empty())
    return;
  auto LI = Lists.try_emplace(List).first;
  unsigned Words =
      1 + static_cast<unsigned>(std::count(W.begin(), W.end(), ' '));
  MaxWords = std::max(MaxWords, Words);
  auto [WI, New] = LI->second.insert(std::move(W));
  if (New)
    ByWord[*WI].push_back(LI->first);
}

void Vocabulary::findAll(
    std::string_view Text,
    std::vector<std::pair<std::string_view, std::string_view>> &Out) const {
  std::vector<size_t> Starts = {0};
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == ' ')
      Starts.push_back(I + 1);
  const size_t N = Text.empty() ? 0 : Starts.size();
  for (size_t First = 0; First < N; ++First)
    for (size_t Len = 1; Len <= MaxWords && First + Len <= N; ++Len) {
      size_t End = First + Len < N ? Starts[First + Len] - 1 : Text.size();
      auto It = ByWord.find(Text.substr(Starts[First], End - Starts[First]));
      if (It != ByWord.end())
        for (std::string_view L : It->second)
          Out.emplace_back(L, It->first);
    }
}

bool parseVocabularyFile(const std::string &Text, const std::string &Path,
                         Vocabulary &Out, ConfigError &Err) {
  try {
    YAML::Node Doc;
    if (!loadOneDocument(Text, Path, Doc, Err))
      return false;
    if (!Doc.IsMap()) {
      Err = errorAt(Path, Doc.Mark(), "a vocabulary file is a mapping");
      return false;
    }
    for (const auto &KV : Doc) {
      std::string Key = KV.first.as<std::string>();
      if (Key == "Vocabulary")
        continue;
      if (Key != "Lists") {
        Err = errorAt(Path, KV.first.Mark(),
                      "unknown key '" + Key +
                          "'; expected 'Vocabulary' or 'Lists'");
        return false;
      }
      if (!KV.second.IsMap()) {
        Err = errorAt(Path, KV.second.Mark(),
                      "'Lists' maps list names to languages");
        return false;
      }
      for (const auto &List : KV.second) {
        std::string Name = List.first.as<std::string>();
        if (!List.second.IsMap()) {
          Err = errorAt(Path, List.second.Mark(),
                        "list '" + Name + "' maps language codes to words");
          return false;
        }
        for (const auto &Lang : List.second) {
          if (!Lang.second.IsSequence()) {
            Err = errorAt(Path, Lang.second.Mark(),
                          "the words of a language are a list");
            return false;
          }
          for (const auto &W : Lang.second) {
            if (!W.IsScalar()) {
              Err = errorAt(Path, W.Mark(), "a word is a string");
              return false;
            }
            Out.add(Name, W.as<std::string>());
          }
        }
      }
    }
    return true;
  } catch (const YAML::Exception &E) {
    Err = errorAt(Path, E.mark, yamlMessage(E.msg));
    return false;
  } catch (const std::exception &E) {
    Err.File = Path;
    Err.Message = E.what();
    return false;
  }
}

} // namespace aiact
