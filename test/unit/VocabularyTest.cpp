//===- VocabularyTest.cpp - Word lists -------------------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "core/Vocabulary.h"

#include <gtest/gtest.h>

using namespace aiact;

TEST(VocabularyTest, NormalisesLabels) {
  EXPECT_EQ(normaliseTerm("Latino_Hispanic"), "latino hispanic");
  EXPECT_EQ(normaliseTerm("  ANGRY! "), "angry");
  EXPECT_EQ(normaliseTerm("(25-32)"), "25 32");
  EXPECT_EQ(normaliseTerm("Überrascht"), "überrascht");
  EXPECT_EQ(normaliseTerm("COLÈRE"), "colère");
  EXPECT_EQ(normaliseTerm(""), "");
}

TEST(VocabularyTest, BuiltinListsParseAndMatch) {
  const Vocabulary &V = builtinVocabulary();
  for (const char *L :
       {"emotion-labels", "emotion-weak-labels", "sex-labels", "age-labels",
        "race-labels", "race-weak-labels", "religion-labels",
        "orientation-labels", "political-labels", "union-labels",
        "workplace-terms", "education-terms", "medical-or-safety-terms",
        "dataset-terms", "ancillary-terms"}) {
    std::vector<std::string> Lists = V.lists();
    EXPECT_NE(std::find(Lists.begin(), Lists.end(), L), Lists.end()) << L;
  }
  // Labels compare whole, in English, German and French.
  EXPECT_TRUE(V.isLabel("emotion-labels", "Happiness"));
  EXPECT_TRUE(V.isLabel("emotion-labels", "wütend"));
  EXPECT_TRUE(V.isLabel("emotion-labels", "Colère"));
  EXPECT_FALSE(V.isLabel("emotion-labels", "happy hour"));
  EXPECT_TRUE(V.isLabel("race-labels", "Latino_Hispanic"));
  EXPECT_FALSE(V.isLabel("race-labels", "red"));
  // Settings are whole words inside a text.
  EXPECT_EQ(V.findTerm("workplace-terms", "Mood of employee %s today"),
            "employee");
  EXPECT_EQ(V.findTerm("education-terms", "Schüler im Klassenzimmer"),
            "klassenzimmer");
  EXPECT_EQ(V.findTerm("workplace-terms", "stafford road"), "");
  EXPECT_EQ(V.findTerm("education-terms", "preschooling"), "");
}

TEST(VocabularyTest, BadFilesAreErrorsWithPositions) {
  Vocabulary V;
  ConfigError Err;
  EXPECT_FALSE(parseVocabularyFile("Lists: [a, b]\n", "v.yaml", V, Err));
  EXPECT_EQ(Err.Line, 1u);
  EXPECT_NE(Err.Message.find("maps list names"), std::string::npos);
  Err = {};
  EXPECT_FALSE(parseVocabularyFile("Words: {}\n", "v.yaml", V, Err));
  EXPECT_NE(Err.Message.find("unknown key 'Words'"), std::string::npos);
  Err = {};
  EXPECT_FALSE(
      parseVocabularyFile("Lists:\n  x:\n    en: [a, [b]]\n", "v.yaml", V, Err));
  EXPECT_EQ(Err.Line, 3u);
  Err = {};
  EXPECT_TRUE(parseVocabularyFile("Lists:\n  x:\n    en: [Alpha, beta]\n",
                                  "v.yaml", V, Err));
  EXPECT_TRUE(V.isLabel("x", "ALPHA"));
}
