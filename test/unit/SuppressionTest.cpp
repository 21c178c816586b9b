//===- SuppressionTest.cpp - Tests for NOLINT comments --------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "core/Suppression.h"

#include <gtest/gtest.h>

#include <memory>

using namespace aiact;

namespace {

const std::string X = "aiact-synthetic-content";
const std::string Y = "aiact-gpai-training";
const std::string Z = "aiact-deep-fake";

/// The lines (1..Last) on which \p Check is suppressed.
std::vector<unsigned> suppressedLines(const SuppressionIndex &S,
                                      const std::string &Check, unsigned Last) {
  std::vector<unsigned> Out;
  for (unsigned L = 1; L <= Last; ++L)
    if (S.isSuppressed(Check, L))
      Out.push_back(L);
  return Out;
}

using Lines = std::vector<unsigned>;

} // namespace

TEST(Suppression, NoCommentsNoSuppression) {
  SuppressionIndex S("int main() { return 0; }\n");
  EXPECT_TRUE(S.comments().empty());
  EXPECT_TRUE(S.problems().empty());
  EXPECT_FALSE(S.isSuppressed(X, 1));
}

TEST(Suppression, BareNolintSilencesEveryCheckOnItsLine) {
  SuppressionIndex S("a();\n"
                     "b(); // NOLINT\n"
                     "c();\n");
  EXPECT_EQ(suppressedLines(S, X, 3), Lines{2});
  EXPECT_EQ(suppressedLines(S, Y, 3), Lines{2});
  ASSERT_EQ(S.comments().size(), 1u);
  const NolintComment &C = S.comments()[0];
  EXPECT_EQ(C.K, NolintComment::SameLine);
  EXPECT_EQ(C.Line, 2u);
  EXPECT_EQ(C.Column, 9u);
  EXPECT_TRUE(C.Globs.empty());
  EXPECT_EQ(C.Reason, "");
}

TEST(Suppression, GlobListSilencesOnlyMatchingChecks) {
  SuppressionIndex S("a(); // NOLINT(aiact-synthetic-content)\n"
                     "b(); // NOLINT(aiact-gpai-*, aiact-deep-fake )\n"
                     "c(); // NOLINT(*)\n"
                     "d(); // NOLINT(aiact-*-content)\n"
                     "e(); // NOLINT(misc-*)\n");
  EXPECT_EQ(suppressedLines(S, X, 5), (Lines{1, 3, 4}));
  EXPECT_EQ(suppressedLines(S, Y, 5), (Lines{2, 3}));
  EXPECT_EQ(suppressedLines(S, Z, 5), (Lines{2, 3}));
  ASSERT_EQ(S.comments().size(), 5u);
  EXPECT_EQ(S.comments()[1].Globs,
            (std::vector<std::string>{"aiact-gpai-*", "aiact-deep-fake"}));
}

TEST(Suppression, NegationIsNotSupportedInNolint) {
  SuppressionIndex S("a(); // NOLINT(-aiact-synthetic-content)\n"
                     "b(); // NOLINT(*,-aiact-synthetic-content)\n");
  EXPECT_FALSE(S.isSuppressed(X, 1));
  EXPECT_FALSE(S.isSuppressed(Y, 1));
  // '*' still matches; the negated entry does not take anything back.
  EXPECT_TRUE(S.isSuppressed(X, 2));
}

TEST(Suppression, EmptyParenthesesSuppressNothing) {
  SuppressionIndex S("a(); // NOLINT()\n"
                     "b(); // NOLINT( , )\n");
  EXPECT_FALSE(S.isSuppressed(X, 1));
  EXPECT_FALSE(S.isSuppressed(X, 2));
  EXPECT_TRUE(S.comments().empty());
}

TEST(Suppression, ParenthesesMustFollowImmediately) {
  // With a space the list is prose, so the directive is bare.
  SuppressionIndex S("a(); // NOLINT (aiact-gpai-training)\n");
  EXPECT_TRUE(S.isSuppressed(X, 1));
  ASSERT_EQ(S.comments().size(), 1u);
  EXPECT_TRUE(S.comments()[0].Globs.empty());
}

TEST(Suppression, UnclosedParenthesisIsABareDirective) {
  SuppressionIndex S("a(); // NOLINT(aiact-gpai-training\n");
  EXPECT_TRUE(S.isSuppressed(X, 1));
}

TEST(Suppression, NextLine) {
  SuppressionIndex S("// NOLINTNEXTLINE\n"
                     "a();\n"
                     "b();\n"
                     "/* NOLINTNEXTLINE(aiact-gpai-training) */\n"
                     "c();\n");
  EXPECT_EQ(suppressedLines(S, X, 5), Lines{2});
  EXPECT_EQ(suppressedLines(S, Y, 5), (Lines{2, 5}));
  ASSERT_EQ(S.comments().size(), 2u);
  EXPECT_EQ(S.comments()[0].K, NolintComment::NextLine);
  EXPECT_EQ(S.comments()[1].Line, 4u);
  EXPECT_EQ(S.comments()[1].Column, 4u);
}

TEST(Suppression, NextLineOnTheLastLine) {
  SuppressionIndex S("a();\n// NOLINTNEXTLINE");
  EXPECT_EQ(suppressedLines(S, X, 2), Lines{});
  ASSERT_EQ(S.comments().size(), 1u);
  EXPECT_EQ(S.comments()[0].Line, 2u);
  EXPECT_TRUE(S.problems().empty());
  SuppressionIndex T("a();\n// NOLINTNEXTLINE(aiact-gpai-training): why\n");
  EXPECT_EQ(suppressedLines(T, Y, 2), Lines{});
  EXPECT_TRUE(T.isSuppressed(Y, 3));
}

TEST(Suppression, BlockCommentForms) {
  SuppressionIndex S("a(); /* NOLINT */\n"
                     "b(); /*NOLINT(aiact-gpai-training)*/ c();\n"
                     "/* text\n"
                     "   NOLINT */ d();\n");
  EXPECT_EQ(suppressedLines(S, X, 4), (Lines{1, 4}));
  EXPECT_EQ(suppressedLines(S, Y, 4), (Lines{1, 2, 4}));
  ASSERT_EQ(S.comments().size(), 3u);
  EXPECT_EQ(S.comments()[1].Column, 8u);
  EXPECT_EQ(S.comments()[2].Line, 4u);
  EXPECT_EQ(S.comments()[2].Column, 4u);
}

TEST(Suppression, Reasons) {
  SuppressionIndex S("a(); // NOLINT: legacy API, see #12  \n"
                     "b(); // NOLINT:reason\n"
                     "c(); // NOLINT(aiact-gpai-training): tuning only\n"
                     "d(); // NOLINT(aiact-gpai-training):tight\n"
                     "e(); // NOLINT(aiact-gpai-training) : spaced\n"
                     "f(); // NOLINT because no colon\n"
                     "g(); /* NOLINT: in a block */ h();\n"
                     "/* NOLINTNEXTLINE: over\n"
                     "   two lines */\n"
                     "i();\n");
  ASSERT_EQ(S.comments().size(), 8u);
  const char *Expected[] = {"legacy API, see #12",
                            "reason",
                            "tuning only",
                            "tight",
                            "spaced",
                            "",
                            "in a block",
                            "over two lines"};
  for (size_t I = 0; I < 8; ++I)
    EXPECT_EQ(S.comments()[I].Reason, Expected[I]) << I;

  std::string Reason = "unchanged";
  EXPECT_TRUE(S.isSuppressed(Y, 3, &Reason));
  EXPECT_EQ(Reason, "tuning only");
  EXPECT_TRUE(S.isSuppressed(X, 6, &Reason));
  EXPECT_EQ(Reason, "");
  // As in clang-tidy, NEXTLINE means the line after the word, even when
  // the comment goes on over that line.
  EXPECT_TRUE(S.isSuppressed(X, 9, &Reason));
  EXPECT_EQ(Reason, "over two lines");
  EXPECT_FALSE(S.isSuppressed(X, 10));
  Reason = "unchanged";
  EXPECT_FALSE(S.isSuppressed(X, 3, &Reason));
  EXPECT_EQ(Reason, "unchanged");
}

TEST(Suppression, ReasonMentioningNolintIsProse) {
  SuppressionIndex S("a(); // NOLINT: NOLINTNEXTLINE did not work here\n"
                     "b();\n");
  ASSERT_EQ(S.comments().size(), 1u);
  EXPECT_FALSE(S.isSuppressed(X, 2));
}

TEST(Suppression, ReasonFromAnyCoveringComment) {
  SuppressionIndex S("// NOLINTBEGIN: generated code\n"
                     "a(); // NOLINT\n"
                     "// NOLINTEND\n");
  std::string Reason;
  EXPECT_TRUE(S.isSuppressed(X, 2, &Reason));
  EXPECT_EQ(Reason, "generated code");
}

TEST(Suppression, BeginEndBlock) {
  SuppressionIndex S("a();\n"
                     "// NOLINTBEGIN(aiact-gpai-training): vendored\n"
                     "b();\n"
                     "c();\n"
                     "// NOLINTEND(aiact-gpai-training)\n"
                     "d();\n");
  EXPECT_EQ(suppressedLines(S, Y, 6), (Lines{2, 3, 4, 5}));
  EXPECT_EQ(suppressedLines(S, X, 6), Lines{});
  EXPECT_TRUE(S.problems().empty());
  std::string Reason;
  EXPECT_TRUE(S.isSuppressed(Y, 3, &Reason));
  EXPECT_EQ(Reason, "vendored");
}

TEST(Suppression, BlocksNest) {
  SuppressionIndex S("// NOLINTBEGIN\n" // 1
                     "a();\n"           // 2
                     "// NOLINTBEGIN\n" // 3
                     "b();\n"           // 4
                     "// NOLINTEND\n"   // 5
                     "c();\n"           // 6
                     "// NOLINTEND\n"   // 7
                     "d();\n");         // 8
  EXPECT_EQ(suppressedLines(S, X, 8), (Lines{1, 2, 3, 4, 5, 6, 7}));
  EXPECT_TRUE(S.problems().empty());
}

TEST(Suppression, EndClosesTheMostRecentBeginWithTheSameGlobs) {
  SuppressionIndex S("// NOLINTBEGIN(aiact-gpai-training)\n" // 1
                     "a();\n"                                // 2
                     "// NOLINTBEGIN(aiact-deep-fake)\n"     // 3
                     "b();\n"                                // 4
                     "// NOLINTEND(aiact-gpai-training)\n"   // 5
                     "c();\n"                                // 6
                     "// NOLINTEND( aiact-deep-fake )\n"     // 7
                     "d();\n");                              // 8
  EXPECT_EQ(suppressedLines(S, Y, 8), (Lines{1, 2, 3, 4, 5}));
  EXPECT_EQ(suppressedLines(S, Z, 8), (Lines{3, 4, 5, 6, 7}));
  EXPECT_EQ(suppressedLines(S, X, 8), Lines{});
  EXPECT_TRUE(S.problems().empty());
}

TEST(Suppression, BareAndListedBlocksDoNotPair) {
  SuppressionIndex S("// NOLINTBEGIN\n"
                     "a();\n"
                     "// NOLINTEND(aiact-gpai-training)\n");
  ASSERT_EQ(S.problems().size(), 2u);
  EXPECT_EQ(S.problems()[0].Line, 1u);
  EXPECT_EQ(S.problems()[1].Line, 3u);
  EXPECT_FALSE(S.isSuppressed(X, 2));
}

TEST(Suppression, UnmatchedBeginAndEnd) {
  SuppressionIndex S("int a; // NOLINTEND\n"
                     "\n"
                     "  /* NOLINTBEGIN(aiact-gpai-training) */\n"
                     "int b;\n");
  ASSERT_EQ(S.problems().size(), 2u);
  EXPECT_EQ(S.problems()[0].Line, 1u);
  EXPECT_EQ(S.problems()[0].Column, 11u);
  EXPECT_EQ(S.problems()[0].Message,
            "unmatched 'NOLINTEND' comment without a previous 'NOLINTBEGIN' "
            "comment");
  EXPECT_EQ(S.problems()[1].Line, 3u);
  EXPECT_EQ(S.problems()[1].Column, 6u);
  EXPECT_EQ(S.problems()[1].Message,
            "unmatched 'NOLINTBEGIN' comment without a subsequent "
            "'NOLINTEND' comment");
  // An unmatched BEGIN suppresses nothing.
  EXPECT_EQ(suppressedLines(S, Y, 4), Lines{});
  EXPECT_EQ(S.comments().size(), 2u);
}

TEST(Suppression, EndBeforeBeginIsTwoProblems) {
  SuppressionIndex S("// NOLINTEND\n"
                     "// NOLINTBEGIN\n");
  ASSERT_EQ(S.problems().size(), 2u);
  EXPECT_NE(S.problems()[0].Message.find("'NOLINTEND'"), std::string::npos);
  EXPECT_NE(S.problems()[1].Message.find("'NOLINTBEGIN'"), std::string::npos);
}

TEST(Suppression, NolintInLiteralsIsNotAComment) {
  SuppressionIndex S("const char *a = \"// NOLINT\";\n"                   // 1
                     "const char *b = \"\\\" // NOLINT\";\n"              // 2
                     "const char *c = R\"(// NOLINT\n"                    // 3
                     ")\";\n"                                             // 4
                     "const char *d = R\"x( )\" // NOLINT )x\";\n"        // 5
                     "const char *e = u8R\"(/* NOLINT */)\";\n"           // 6
                     "char f = '\"'; // NOLINT(aiact-gpai-training)\n"    // 7
                     "char g = '\\''; /* NOLINTNEXTLINE */\n"             // 8
                     "int h = 1'000'000; // NOLINT(aiact-deep-fake)\n"    // 9
                     "int i = 0x1'F; const char *j = \"/*\"; // NOLINT\n" // 10
                     "const wchar_t *k = L\"// NOLINT\";\n");             // 11
  ASSERT_EQ(S.comments().size(), 4u);
  EXPECT_EQ(S.comments()[0].Line, 7u);
  EXPECT_EQ(S.comments()[1].Line, 8u);
  EXPECT_EQ(S.comments()[2].Line, 9u);
  EXPECT_EQ(S.comments()[3].Line, 10u);
  EXPECT_EQ(suppressedLines(S, X, 11), (Lines{9, 10}));
  EXPECT_EQ(suppressedLines(S, Y, 11), (Lines{7, 9, 10}));
}

TEST(Suppression, StrayApostropheDoesNotHideLaterComments) {
  SuppressionIndex S("#error don't do this\n"
                     "a(); // NOLINT\n");
  EXPECT_TRUE(S.isSuppressed(X, 2));
}

TEST(Suppression, LongerWordsAreNotDirectives) {
  SuppressionIndex S("a(); // NOLINTFOO\n"
                     "b(); // XNOLINT\n"
                     "c(); // NOLINTNEXTLINES\n"
                     "d(); // NOLINT_x\n"
                     "e(); // NOLINTBEGINNING\n"
                     "f(); // nolint\n"
                     "g(); // NOLINTEND2\n");
  EXPECT_TRUE(S.comments().empty());
  EXPECT_TRUE(S.problems().empty());
  EXPECT_EQ(suppressedLines(S, X, 8), Lines{});
}

TEST(Suppression, PunctuationMayFollowTheWord) {
  SuppressionIndex S("a(); // NOLINT.\n"
                     "b(); // (NOLINT)\n");
  EXPECT_EQ(suppressedLines(S, X, 2), (Lines{1, 2}));
}

TEST(Suppression, LineEndings) {
  SuppressionIndex S("a();\r\n"
                     "b(); // NOLINT: crlf\r\n"
                     "// NOLINTNEXTLINE\r"
                     "c();\r");
  EXPECT_EQ(suppressedLines(S, X, 4), (Lines{2, 4}));
  ASSERT_EQ(S.comments().size(), 2u);
  EXPECT_EQ(S.comments()[0].Reason, "crlf");
  EXPECT_EQ(S.comments()[1].Line, 3u);
}

TEST(Suppression, SplicedLineCommentContinues) {
  SuppressionIndex S("// a comment \\\n"
                     "   NOLINT\n"
                     "b(); // NOLINT\n");
  ASSERT_EQ(S.comments().size(), 2u);
  EXPECT_EQ(S.comments()[0].Line, 2u);
  EXPECT_EQ(S.comments()[0].Column, 4u);
}

TEST(Suppression, UnterminatedConstructsDoNotCrash) {
  for (const char *Text :
       {"/* NOLINT", "\"abc", "R\"abc(", "R\"(", "'", "// NOLINT(", "1'",
        "R\"0123456789abcdefg(x)0123456789abcdefg\" // NOLINT\n", "/", ""}) {
    SuppressionIndex S(Text);
    (void)S.isSuppressed(X, 1);
  }
  SuppressionIndex S("/* NOLINT");
  EXPECT_TRUE(S.isSuppressed(X, 1));
}

TEST(Suppression, CopiesStayValid) {
  std::unique_ptr<SuppressionIndex> Original(
      new SuppressionIndex("a(); // NOLINT(aiact-gpai-training): copied\n"));
  SuppressionIndex Copy = *Original;
  Original.reset();
  std::string Reason;
  EXPECT_TRUE(Copy.isSuppressed(Y, 1, &Reason));
  EXPECT_EQ(Reason, "copied");
  EXPECT_FALSE(Copy.isSuppressed(X, 1));
}

TEST(Suppression, ManyCommentsScaleLinearly) {
  std::string Text;
  for (int I = 0; I < 20000; ++I)
    Text += "x(); // plain comment without the word\n/* block */\n";
  Text += "y(); // NOLINT\n";
  SuppressionIndex S(Text);
  ASSERT_EQ(S.comments().size(), 1u);
  EXPECT_TRUE(S.isSuppressed(X, 40001));
}
