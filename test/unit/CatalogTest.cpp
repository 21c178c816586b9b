//===- CatalogTest.cpp - Catalog file parsing and name matching -----------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "core/Catalog.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace aiact;

namespace {

TEST(CatalogFileTest, ParsesEntries) {
  CatalogFile F;
  ConfigError E;
  ASSERT_TRUE(parseCatalogFile("Library: demo\n"
                               "Headers: [demo.h]\n"
                               "Functions:\n"
                               "  - Name: demo::run\n"
                               "    Signal: model-forward\n"
                               "    InputArgs: [1, 2]\n"
                               "  - Name: pick\n"
                               "    Signal: token-sampling\n",
                               "cat.yaml", F, E))
      << E.str();
  EXPECT_EQ(F.Library, "demo");
  ASSERT_EQ(F.Entries.size(), 2u);
  EXPECT_EQ(F.Entries[0].Name, "demo::run");
  EXPECT_EQ(F.Entries[0].Sig, Signal::ModelForward);
  EXPECT_EQ(F.Entries[0].InputArgs, 6u);
  EXPECT_EQ(F.Entries[0].Source, "cat.yaml:4");
  EXPECT_EQ(F.Entries[1].Sig, Signal::TokenSampling);
}

TEST(CatalogFileTest, CallbackArgs) {
  CatalogFile F;
  ConfigError E;
  ASSERT_TRUE(parseCatalogFile("Library: audio\nFunctions:\n"
                               "  - Name: open_stream\n"
                               "    Signal: live-capture\n"
                               "    CallbackArgs: [6]\n",
                               "cat.yaml", F, E))
      << E.str();
  ASSERT_EQ(F.Entries.size(), 1u);
  EXPECT_EQ(F.Entries[0].CallbackArgs, 64u);
  EXPECT_EQ(F.Entries[0].InputArgs, 0u);
  EXPECT_FALSE(parseCatalogFile("Library: audio\nFunctions:\n"
                                "  - Name: open_stream\n"
                                "    Signal: live-capture\n"
                                "    CallbackArgs: [40]\n",
                                "cat.yaml", F, E));
  EXPECT_EQ(E.str(), "cat.yaml:5:20: error: 'CallbackArgs' expects argument "
                     "indexes from 0 to 31");
}

TEST(CatalogFileTest, DuplicateInOneFileIsAnError) {
  CatalogFile F;
  ConfigError E;
  EXPECT_FALSE(parseCatalogFile("Library: demo\nFunctions:\n"
                                "  - Name: f\n    Signal: model-forward\n"
                                "  - Name: f\n    Signal: token-sampling\n",
                                "cat.yaml", F, E));
  EXPECT_EQ(E.Line, 5u);
  EXPECT_EQ(E.Column, 11u);
  EXPECT_EQ(E.Message, "duplicate catalog entry 'f' in the same file; first "
                       "defined on line 3");
}

TEST(CatalogFileTest, UnknownSignalHasDidYouMean) {
  CatalogFile F;
  ConfigError E;
  EXPECT_FALSE(parseCatalogFile("Library: demo\nFunctions:\n"
                                "  - Name: f\n    Signal: token-samplng\n",
                                "cat.yaml", F, E));
  EXPECT_EQ(E.str(), "cat.yaml:4:13: error: unknown signal 'token-samplng'; "
                     "did you mean 'token-sampling'?");
}

TEST(CatalogFileTest, EmptyNameAndUnknownKey) {
  CatalogFile F;
  ConfigError E;
  EXPECT_FALSE(parseCatalogFile("Library: demo\nFunctions:\n"
                                "  - Name: ''\n    Signal: model-forward\n",
                                "c.yaml", F, E));
  EXPECT_EQ(E.Line, 3u);
  EXPECT_NE(E.Message.find("non-empty"), std::string::npos);
  EXPECT_FALSE(parseCatalogFile("Library: demo\nFunction: []\n", "c.yaml", F,
                                E));
  EXPECT_EQ(E.Message,
            "unknown key 'Function' in a catalog file; did you mean "
            "'Functions'?");
}

TEST(CatalogFileTest, MalformedYamlHasPosition) {
  CatalogFile F;
  ConfigError E;
  EXPECT_FALSE(parseCatalogFile("Library: [demo\n", "c.yaml", F, E));
  EXPECT_EQ(E.File, "c.yaml");
  EXPECT_GT(E.Line, 0u);
  EXPECT_EQ(E.Message.rfind("malformed YAML", 0), 0u);
}

TEST(CatalogNamesTest, QualifiedNamesMatch) {
  EXPECT_TRUE(qualifiedNameMatches("llama_decode", "llama_decode"));
  EXPECT_TRUE(qualifiedNameMatches("cv::imwrite", "::cv::imwrite"));
  EXPECT_TRUE(qualifiedNameMatches("cv::dnn::Net::forward",
                                   "cv::dnn::Net::forward"));
  EXPECT_FALSE(qualifiedNameMatches("sherpa_onnx::cxx::OfflineTts::Generate",
                                    "sherpa_onnx::OfflineTts::Generate"));
  EXPECT_FALSE(qualifiedNameMatches("mylib::llama_decode", "llama_decode"));
  EXPECT_FALSE(qualifiedNameMatches("cv::imwrite", "cv::imread"));
  EXPECT_EQ(lastNameComponent("a::b::c"), "c");
  EXPECT_EQ(lastNameComponent("c"), "c");
}

TEST(CatalogNamesTest, SignalsRoundTrip) {
  for (const std::string &N : allSignalNames()) {
    Signal S;
    ASSERT_TRUE(parseSignal(N, S));
    EXPECT_EQ(N, signalName(S));
  }
  Signal S;
  EXPECT_FALSE(parseSignal("nonsense", S));
}

} // namespace

namespace {

bool parsesTypes(const std::string &Types, ConfigError &E) {
  CatalogFile F;
  return parseCatalogFile("Library: demo\nHeaders: [demo.h]\nTypes: " + Types +
                              "\n",
                          "cat.yaml", F, E);
}

TEST(CatalogFileTest, TypesTakeTemplatesMembersAndFunctions) {
  ConfigError E;
  EXPECT_TRUE(parsesTypes("['cv::Ptr<T>', 'ns::Pair<A, B>', "
                          "'cv::Mat {int rows, unsigned char *data, clone()}', "
                          "'ns::Rec {static int MODE, run()}', 'cv::imread()', "
                          "'tok = int']",
                          E))
      << E.str();
  E = {};
  EXPECT_FALSE(parsesTypes("['cv::Mat {int rows; int cols}']", E));
  EXPECT_NE(E.Message.find("a member is a type and a name"), std::string::npos)
      << E.Message;
  E = {};
  EXPECT_FALSE(parsesTypes("['cv::Mat {int rows']", E));
  EXPECT_NE(E.Message.find("data members are written"), std::string::npos);
  E = {};
  EXPECT_FALSE(parsesTypes("['cv::Ptr<T*>']", E));
  EXPECT_NE(E.Message.find("template parameters are names"), std::string::npos);
  E = {};
  EXPECT_FALSE(parsesTypes("['cv::Ptr<T']", E));
  E = {};
  EXPECT_FALSE(parsesTypes("['f(int)']", E));
}

} // namespace

namespace {

// The driver analyses units on several threads that share one catalog,
// whose default entries and model patterns are made on first use. Every
// thread must see the same entries, and none may be lost or made twice.
TEST(CatalogThreadsTest, FirstUseFromSeveralThreads) {
  const std::vector<std::string> Names = {"llama_decode", "imwrite", "Run",
                                          "forward", "whisper_full", "fwrite",
                                          "route", "ComputeEmbedding"};
  const std::vector<std::string> Files = {
      "inswapper_128.onnx", "face_detection_yunet_2023mar.onnx",
      "liveportrait_motion.onnx", "openvoice_tone.onnx", "plain.bin"};
  for (int Round = 0; Round < 20; ++Round) {
    Catalog Shared;
    auto Work = [&](std::vector<const void *> &Seen) {
      std::vector<const CatalogEntry *> Out;
      for (int Repeat = 0; Repeat < 50; ++Repeat) {
        for (const std::string &N : Names) {
          Shared.lookup(N, Out);
          Seen.insert(Seen.end(), Out.begin(), Out.end());
        }
        for (const std::string &F : Files)
          Seen.push_back(Shared.matchModel(F));
      }
    };
    std::vector<const void *> A, B;
    std::thread T1([&] { Work(A); });
    std::thread T2([&] { Work(B); });
    T1.join();
    T2.join();
    // The same objects, in the same order, for both threads.
    ASSERT_EQ(A, B);
    std::vector<const void *> C;
    Work(C);
    ASSERT_EQ(A, C);
  }
}

} // namespace
