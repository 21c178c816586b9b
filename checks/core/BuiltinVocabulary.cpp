//===- BuiltinVocabulary.cpp - The vocabularies compiled into the tools ---===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
//
// config/vocabularies/*.yaml are validated and turned into a table of
// {list, word} pairs at build time (tools/catalog-gen/VocabularyGen.cpp):
// a compilation that loads the plugin only fills the sets.
//
//===----------------------------------------------------------------------===//

#include "core/Vocabulary.h"

namespace aiact {

namespace {

struct Entry {
  const char *List;
  const char *Word;
};

const Entry BuiltinWords[] = {
#include "VocabularyTable.inc"
    {nullptr, nullptr}};

} // namespace

const Vocabulary &builtinVocabulary() {
  static const Vocabulary V = [] {
    Vocabulary Out;
    for (const Entry &E : BuiltinWords)
      if (E.List)
        Out.add(E.List, E.Word);
    return Out;
  }();
  return V;
}

} // namespace aiact
