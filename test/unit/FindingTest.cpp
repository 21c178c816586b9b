//===- FindingTest.cpp - Tests for the finding model ----------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "core/Finding.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

using namespace aiact;

namespace {

Finding make(const std::string &File, unsigned Line, unsigned Column,
             const std::string &Check, const std::string &Msg) {
  Finding F;
  F.Pos.File = File;
  F.Pos.Line = Line;
  F.Pos.Column = Column;
  F.CheckId = Check;
  F.Msg.Format = Msg;
  return F;
}

} // namespace

TEST(Finding, EffectNames) {
  EXPECT_STREQ(effectName(Effect::Prohibited), "prohibited");
  EXPECT_STREQ(effectName(Effect::HighRisk), "high-risk");
  EXPECT_STREQ(effectName(Effect::Transparency), "transparency");
  EXPECT_STREQ(effectName(Effect::ObligationUnmet), "obligation-unmet");
  EXPECT_STREQ(effectName(Effect::ObligationMet), "obligation-met");
  EXPECT_STREQ(effectName(Effect::Gpai), "gpai");
  EXPECT_STREQ(effectName(Effect::Info), "info");
}

TEST(Finding, RemarkEffects) {
  EXPECT_FALSE(isRemarkEffect(Effect::Prohibited));
  EXPECT_FALSE(isRemarkEffect(Effect::HighRisk));
  EXPECT_FALSE(isRemarkEffect(Effect::Transparency));
  EXPECT_FALSE(isRemarkEffect(Effect::ObligationUnmet));
  EXPECT_TRUE(isRemarkEffect(Effect::ObligationMet));
  EXPECT_TRUE(isRemarkEffect(Effect::Gpai));
  EXPECT_TRUE(isRemarkEffect(Effect::Info));
}

TEST(Finding, ConfidenceNamesRoundTrip) {
  EXPECT_STREQ(confidenceName(Confidence::Possible), "possible");
  EXPECT_STREQ(confidenceName(Confidence::Likely), "likely");
  EXPECT_STREQ(confidenceName(Confidence::Certain), "certain");
  for (Confidence C :
       {Confidence::Possible, Confidence::Likely, Confidence::Certain})
    EXPECT_EQ(parseConfidence(confidenceName(C)), C);
  EXPECT_FALSE(parseConfidence("Likely"));
  EXPECT_FALSE(parseConfidence("sure"));
  EXPECT_FALSE(parseConfidence(""));
  EXPECT_LT(Confidence::Possible, Confidence::Likely);
  EXPECT_LT(Confidence::Likely, Confidence::Certain);
}

TEST(Finding, MessageSubstitutesArguments) {
  Message M{"%0 generates %1 (%0)", {"llama_decode", "text"}};
  EXPECT_EQ(M.str(), "llama_decode generates text (llama_decode)");
}

TEST(Finding, MessagePercentEscapes) {
  EXPECT_EQ((Message{"100%% of %0", {"x"}}).str(), "100% of x");
  EXPECT_EQ((Message{"%%0 is literal", {"x"}}).str(), "%0 is literal");
  EXPECT_EQ((Message{"trailing %", {}}).str(), "trailing %");
  EXPECT_EQ((Message{"%a stays", {}}).str(), "%a stays");
}

TEST(Finding, MessageArgumentsAreNotRescanned) {
  Message M{"%0 and %1", {"%1", "b"}};
  EXPECT_EQ(M.str(), "%1 and b");
}

TEST(Finding, MessageMissingArgumentStaysVisible) {
  EXPECT_EQ((Message{"needs %0 and %2", {"a"}}).str(), "needs a and %2");
}

TEST(Finding, MessageAllTenPlaceholders) {
  Message M{"%9%8%7%6%5%4%3%2%1%0",
            {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}};
  EXPECT_EQ(M.str(), "9876543210");
  // Only one digit is read: %10 is argument 1 followed by '0'.
  EXPECT_EQ((Message{"%10", {"a", "b"}}).str(), "b0");
}

TEST(Finding, OrderingUsesEveryKey) {
  std::vector<Finding> Fs = {
      make("b.cpp", 1, 1, "aiact-a", "m"), make("a.cpp", 2, 1, "aiact-a", "m"),
      make("a.cpp", 1, 5, "aiact-a", "m"), make("a.cpp", 1, 1, "aiact-b", "m"),
      make("a.cpp", 1, 1, "aiact-a", "z"), make("a.cpp", 1, 1, "aiact-a", "a"),
  };
  std::sort(Fs.begin(), Fs.end(), findingLess);
  std::vector<std::string> Order;
  for (const Finding &F : Fs)
    Order.push_back(F.Pos.File + ":" + std::to_string(F.Pos.Line) + ":" +
                    std::to_string(F.Pos.Column) + ":" + F.CheckId + ":" +
                    F.Msg.Format);
  EXPECT_EQ(Order, (std::vector<std::string>{
                       "a.cpp:1:1:aiact-a:a", "a.cpp:1:1:aiact-a:z",
                       "a.cpp:1:1:aiact-b:m", "a.cpp:1:5:aiact-a:m",
                       "a.cpp:2:1:aiact-a:m", "b.cpp:1:1:aiact-a:m"}));
}

TEST(Finding, OrderingComparesTheRenderedMessage) {
  Finding A = make("a.cpp", 1, 1, "aiact-a", "%0");
  A.Msg.Args = {"b"};
  Finding B = make("a.cpp", 1, 1, "aiact-a", "a%0");
  B.Msg.Args = {""};
  // By format "%0" < "a%0", but the rendered "b" > "a".
  EXPECT_TRUE(findingLess(B, A));
  EXPECT_FALSE(findingLess(A, B));
  EXPECT_FALSE(findingLess(A, A));
}
