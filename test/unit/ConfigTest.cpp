//===- ConfigTest.cpp - Tests for .aiact.yaml loading ---------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "core/Config.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <unistd.h>

using namespace aiact;
namespace fs = std::filesystem;

namespace {

const char *const ConfigPath = "/proj/.aiact.yaml";

CheckNameSet known() {
  CheckNameSet K;
  K.Ids = {"aiact-synthetic-content",     "aiact-unmarked-synthetic-output",
           "aiact-conversational-ai",     "aiact-prohibited-practice",
           "aiact-facial-image-scraping", "aiact-gpai-training"};
  K.OptionKeys = {"aiact-gpai-training.SystemicRiskFLOP",
                  "aiact-synthetic-content.MinimumSteps"};
  return K;
}

/// The example from the design's ".aiact.yaml" section (comments shortened).
const char *const DesignExample =
    R"(Checks: 'aiact-*,-aiact-prohibited-practice'
WarningsAsErrors: 'aiact-facial-image-scraping'
HeaderFilterRegex: '^src/'
MinConfidence: likely
InheritParentConfig: false
CheckOptions:
  aiact-gpai-training.SystemicRiskFLOP: 1e25
Catalog: [tools/our-apis.yaml]          # extra catalog files
Mitigations:
  Marking: ['media::embed_c2pa_manifest']      # marks synthetic output
  Disclosure: ['ui::show_ai_notice']           # tells users they face an AI
Components:
  - Name: server
    Paths: ['tools/server/**']
    Licence: MIT                 # SPDX expression; overrides detection
    PlacedOnMarket: false        # or true: placed on the market
    Monetised: false             # Recital 103
    IntendedPurpose: 'chat assistant for developers'
    AnnexIII: ''                 # e.g. '4(a)' when the purpose is declared
    Derogation: ''               # Art. 6(3) point and reason
)";

Config parseOk(const std::string &Text, const std::string &Path = ConfigPath) {
  Config C;
  ConfigError E;
  EXPECT_TRUE(parseConfig(Text, Path, known(), C, E)) << E.str();
  return C;
}

ConfigError parseErr(const std::string &Text) {
  Config C;
  ConfigError E;
  EXPECT_FALSE(parseConfig(Text, ConfigPath, known(), C, E))
      << "expected an error for:\n"
      << Text;
  return E;
}

#define EXPECT_CONFIG_ERROR(Text, ExpLine, ExpColumn, ExpMessage)              \
  do {                                                                         \
    ConfigError E_ = parseErr(Text);                                           \
    EXPECT_EQ(E_.Message, ExpMessage);                                         \
    EXPECT_EQ(E_.File, ConfigPath);                                            \
    EXPECT_EQ(E_.Line, static_cast<unsigned>(ExpLine)) << E_.str();            \
    EXPECT_EQ(E_.Column, static_cast<unsigned>(ExpColumn)) << E_.str();        \
  } while (false)

/// A fresh folder under the system's temporary folder, removed with
/// everything in it when the test ends.
struct TempDir {
  fs::path Root;
  TempDir() {
    static std::atomic<unsigned> Counter{0};
    std::random_device Rd;
    Root = fs::temp_directory_path() /
           ("aiact-config-test-" + std::to_string(::getpid()) + "-" +
            std::to_string(Rd()) + "-" + std::to_string(Counter++));
    fs::create_directories(Root);
  }
  ~TempDir() {
    std::error_code EC;
    fs::remove_all(Root, EC);
  }
  fs::path write(const std::string &Rel, const std::string &Content) const {
    fs::path P = Root / Rel;
    fs::create_directories(P.parent_path());
    std::ofstream(P, std::ios::binary) << Content;
    return P;
  }
};

} // namespace

//===----------------------------------------------------------------------===//
// Parsing valid input
//===----------------------------------------------------------------------===//

TEST(ConfigParse, EmptyDocumentsGiveAnEmptyConfig) {
  for (const char *Text : {"", "\n", "# only a comment\n", "---\n", "~\n"}) {
    Config C = parseOk(Text);
    EXPECT_FALSE(C.Checks) << Text;
    EXPECT_FALSE(C.MinConfidence) << Text;
    EXPECT_FALSE(C.InheritParentConfig) << Text;
    EXPECT_TRUE(C.CheckOptions.empty()) << Text;
    EXPECT_TRUE(C.Components.empty()) << Text;
    EXPECT_EQ(C.Sources, std::vector<std::string>{ConfigPath});
    EXPECT_EQ(C.Directory, "/proj");
  }
}

TEST(ConfigParse, ReadsEveryKeyOfTheDesignExample) {
  Config C = parseOk(DesignExample);
  EXPECT_EQ(C.Checks, "aiact-*,-aiact-prohibited-practice");
  EXPECT_EQ(C.WarningsAsErrors, "aiact-facial-image-scraping");
  EXPECT_EQ(C.HeaderFilterRegex, "^src/");
  EXPECT_EQ(C.MinConfidence, "likely");
  EXPECT_EQ(C.InheritParentConfig, false);
  ASSERT_EQ(C.CheckOptions.size(), 1u);
  EXPECT_EQ(C.CheckOptions.at("aiact-gpai-training.SystemicRiskFLOP"), "1e25");
  EXPECT_EQ(C.Catalog, std::vector<std::string>{"/proj/tools/our-apis.yaml"});
  EXPECT_EQ(C.MarkingFunctions,
            std::vector<std::string>{"media::embed_c2pa_manifest"});
  EXPECT_EQ(C.DisclosureFunctions,
            std::vector<std::string>{"ui::show_ai_notice"});
  ASSERT_EQ(C.Components.size(), 1u);
  const ComponentDecl &D = C.Components[0];
  EXPECT_EQ(D.Name, "server");
  EXPECT_EQ(D.Paths, std::vector<std::string>{"/proj/tools/server/**"});
  EXPECT_EQ(D.Licence, "MIT");
  EXPECT_EQ(D.PlacedOnMarket, false);
  EXPECT_EQ(D.Monetised, false);
  EXPECT_EQ(D.IntendedPurpose, "chat assistant for developers");
  EXPECT_EQ(D.AnnexIII, "");
  EXPECT_EQ(D.Derogation, "");
}

TEST(ConfigParse, PathsAreResolvedAgainstTheFilesFolder) {
  Config C = parseOk("Catalog: ['a.yaml', '../b.yaml', './c/d.yaml', "
                     "'/abs/e.yaml']\n"
                     "Components:\n"
                     "  - Name: x\n"
                     "    Paths: ['src/**', '/opt/*.cpp']\n",
                     "/proj/sub/.aiact.yaml");
  EXPECT_EQ(C.Catalog,
            (std::vector<std::string>{"/proj/sub/a.yaml", "/proj/b.yaml",
                                      "/proj/sub/c/d.yaml", "/abs/e.yaml"}));
  ASSERT_EQ(C.Components.size(), 1u);
  EXPECT_EQ(C.Components[0].Paths,
            (std::vector<std::string>{"/proj/sub/src/**", "/opt/*.cpp"}));
  EXPECT_EQ(C.Directory, "/proj/sub");
}

TEST(ConfigParse, NullValuesMeanNotSet) {
  Config C = parseOk("Checks:\nMinConfidence:\nCatalog:\nCheckOptions:\n"
                     "Mitigations:\nComponents:\n");
  EXPECT_FALSE(C.Checks);
  EXPECT_FALSE(C.MinConfidence);
  EXPECT_TRUE(C.Catalog.empty());
  EXPECT_TRUE(C.Components.empty());
}

TEST(ConfigParse, BooleansAndOptionalComponentFields) {
  Config C = parseOk("InheritParentConfig: true\n"
                     "Components:\n"
                     "  - Name: a\n"
                     "    PlacedOnMarket: true\n"
                     "    AnnexIII: '4(a)'\n"
                     "  - Name: b\n"
                     "    AnnexIII: 2\n");
  EXPECT_EQ(C.InheritParentConfig, true);
  ASSERT_EQ(C.Components.size(), 2u);
  EXPECT_EQ(C.Components[0].PlacedOnMarket, true);
  EXPECT_FALSE(C.Components[0].Monetised.has_value());
  EXPECT_EQ(C.Components[0].AnnexIII, "4(a)");
  EXPECT_FALSE(C.Components[1].PlacedOnMarket.has_value());
  EXPECT_EQ(C.Components[1].AnnexIII, "2");
}

TEST(ConfigParse, WildcardGlobsMayMatchNothing) {
  Config C = parseOk("Checks: '-*,aiact-nothing-*,aiact-synthetic-content'\n");
  EXPECT_EQ(C.Checks, "-*,aiact-nothing-*,aiact-synthetic-content");
}

//===----------------------------------------------------------------------===//
// Errors, one family at a time, with exact messages and positions
//===----------------------------------------------------------------------===//

TEST(ConfigErrors, UnknownTopLevelKey) {
  EXPECT_CONFIG_ERROR("Chekcs: 'aiact-*'\n", 1, 1,
                      "unknown key 'Chekcs'; did you mean 'Checks'?");
  EXPECT_CONFIG_ERROR("MinConfidence: likely\n  \nFrobnicate: 1\n", 3, 1,
                      "unknown key 'Frobnicate'");
  EXPECT_CONFIG_ERROR("checks: 'aiact-*'\n", 1, 1,
                      "unknown key 'checks'; did you mean 'Checks'?");
}

TEST(ConfigErrors, MinConfidence) {
  EXPECT_CONFIG_ERROR("MinConfidence: sure\n", 1, 16,
                      "'MinConfidence' must be one of possible, likely, "
                      "certain");
  EXPECT_CONFIG_ERROR("MinConfidence: [likely]\n", 1, 16,
                      "'MinConfidence' must be one of possible, likely, "
                      "certain");
}

TEST(ConfigErrors, Booleans) {
  EXPECT_CONFIG_ERROR("InheritParentConfig: yes\n", 1, 22,
                      "'InheritParentConfig' expects a boolean (true or "
                      "false)");
  EXPECT_CONFIG_ERROR("Components:\n  - Name: a\n    Monetised: maybe\n", 3, 16,
                      "'Monetised' expects a boolean (true or false)");
}

TEST(ConfigErrors, CatalogMustBeAListOfPaths) {
  EXPECT_CONFIG_ERROR("Catalog: tools/x.yaml\n", 1, 10,
                      "'Catalog' expects a list of file paths");
  EXPECT_CONFIG_ERROR("Catalog:\n  - a.yaml\n  - [b.yaml]\n", 3, 5,
                      "'Catalog' expects a list of file paths");
  EXPECT_CONFIG_ERROR("Catalog: {a: b}\n", 1, 10,
                      "'Catalog' expects a list of file paths");
}

TEST(ConfigErrors, UnknownCheckInGlobsPointsAtTheName) {
  // Quoted: the column counts the quote and the entries before the name.
  EXPECT_CONFIG_ERROR("Checks: 'aiact-*,-aiact-synthetic-contnet'\n", 1, 19,
                      "unknown check 'aiact-synthetic-contnet' in 'Checks'; "
                      "did you mean 'aiact-synthetic-content'?");
  EXPECT_CONFIG_ERROR(
      "WarningsAsErrors: aiact-gpai-*, aiact-gpai-trainig\n", 1, 33,
      "unknown check 'aiact-gpai-trainig' in "
      "'WarningsAsErrors'; did you mean 'aiact-gpai-training'?");
  EXPECT_CONFIG_ERROR("Checks: 'aiact-*,misc-unused'\n", 1, 18,
                      "unknown check 'misc-unused' in 'Checks'");
  EXPECT_CONFIG_ERROR("Checks: 'aiact-*, - '\n", 1, 19,
                      "empty check name after '-' in 'Checks'");
  EXPECT_CONFIG_ERROR("Checks: [aiact-*]\n", 1, 9,
                      "'Checks' expects a string of comma-separated check "
                      "globs, such as 'aiact-*,-aiact-gpai-training'");
}

TEST(ConfigErrors, UnknownCheckInAFoldedStringPointsAtTheValue) {
  // The name's column cannot be derived from a folded scalar; the value's
  // start is the next best place.
  EXPECT_CONFIG_ERROR("Checks: >\n  aiact-*,\n  aiact-nope\n", 1, 9,
                      "unknown check 'aiact-nope' in 'Checks'");
}

TEST(ConfigErrors, HeaderFilterRegex) {
  EXPECT_CONFIG_ERROR("HeaderFilterRegex: '(src'\n", 1, 20,
                      "invalid regular expression in 'HeaderFilterRegex': "
                      "unbalanced parentheses");
  EXPECT_CONFIG_ERROR("HeaderFilterRegex: '[ab'\n", 1, 20,
                      "invalid regular expression in 'HeaderFilterRegex': "
                      "unbalanced '['");
  EXPECT_CONFIG_ERROR("HeaderFilterRegex: 'a{2'\n", 1, 20,
                      "invalid regular expression in 'HeaderFilterRegex': "
                      "unbalanced '{'");
  EXPECT_CONFIG_ERROR("HeaderFilterRegex: '[z-a]'\n", 1, 20,
                      "invalid regular expression in 'HeaderFilterRegex': "
                      "invalid character range");
  EXPECT_CONFIG_ERROR("HeaderFilterRegex: 'src\\'\n", 1, 20,
                      "invalid regular expression in 'HeaderFilterRegex': "
                      "invalid escape or trailing backslash");
  EXPECT_CONFIG_ERROR("HeaderFilterRegex: '" + std::string(2000, 'a') + "'\n",
                      1, 20,
                      "invalid regular expression in 'HeaderFilterRegex': "
                      "longer than 1024 characters");
  EXPECT_EQ(parseOk("HeaderFilterRegex: '^(src|include)/.*\\.h$'\n")
                .HeaderFilterRegex,
            "^(src|include)/.*\\.h$");
}

TEST(ConfigErrors, MalformedYaml) {
  EXPECT_CONFIG_ERROR("Checks: [aiact-*\n", 2, 1,
                      "malformed YAML: end of sequence flow not found");
  EXPECT_CONFIG_ERROR("Checks: aiact-*\n MinConfidence: likely\n", 2, 15,
                      "malformed YAML: illegal map value");
  EXPECT_CONFIG_ERROR("Checks: 'aiact-*'\n MinConfidence: likely\n", 2, 2,
                      "malformed YAML: end of map not found");
  EXPECT_CONFIG_ERROR("Checks: \"\\q\"\n", 1, 12,
                      "malformed YAML: unknown escape character: q");
  EXPECT_CONFIG_ERROR("Checks: *anchor\n", 1, 9,
                      "malformed YAML: the referenced anchor is not defined");
}

TEST(ConfigErrors, StrayCommaIsAnErrorNotAHang) {
  // yaml-cpp 0.7's LoadAll loops forever, allocating, on this input.
  EXPECT_CONFIG_ERROR(",\n", 1, 1,
                      "malformed YAML: unexpected ',' outside a flow "
                      "collection");
}

TEST(ConfigErrors, DeepNestingIsAnErrorNotACrash) {
  ConfigError E = parseErr(std::string(100000, '['));
  EXPECT_EQ(E.Message, "malformed YAML: nesting is too deep");
  E = parseErr("Components: " + std::string(5000, '{'));
  EXPECT_EQ(E.Message, "malformed YAML: nesting is too deep");
}

TEST(ConfigErrors, DocumentShape) {
  EXPECT_CONFIG_ERROR("- Checks\n", 1, 1,
                      "expected a mapping of configuration keys such as "
                      "'Checks' at the top level");
  EXPECT_CONFIG_ERROR("just text\n", 1, 1,
                      "expected a mapping of configuration keys such as "
                      "'Checks' at the top level");
  EXPECT_CONFIG_ERROR("Checks: 'aiact-*'\n---\nChecks: 'aiact-*'\n", 3, 1,
                      "expected one YAML document, found several");
  EXPECT_CONFIG_ERROR("[a]: b\n", 1, 1, "expected a key name");
}

TEST(ConfigErrors, DuplicateKeys) {
  EXPECT_CONFIG_ERROR("MinConfidence: likely\nMinConfidence: certain\n", 2, 1,
                      "duplicate key 'MinConfidence'");
  EXPECT_CONFIG_ERROR("CheckOptions:\n"
                      "  aiact-gpai-training.SystemicRiskFLOP: 1\n"
                      "  aiact-gpai-training.SystemicRiskFLOP: 2\n",
                      3, 3,
                      "duplicate key 'aiact-gpai-training.SystemicRiskFLOP' "
                      "in 'CheckOptions'");
  EXPECT_CONFIG_ERROR("Mitigations: {Marking: [a], Marking: [b]}\n", 1, 29,
                      "duplicate key 'Marking' in 'Mitigations'");
  EXPECT_CONFIG_ERROR("Components:\n  - Name: a\n    Name: b\n", 3, 5,
                      "duplicate key 'Name' in 'Components'");
  EXPECT_CONFIG_ERROR("Components:\n  - Name: a\n  - Name: a\n", 3, 11,
                      "duplicate component name 'a'");
}

TEST(ConfigErrors, CheckOptions) {
  EXPECT_CONFIG_ERROR("CheckOptions:\n  aiact-gpai-trainng.SystemicRiskFLOP: "
                      "1e25\n",
                      2, 3,
                      "unknown check 'aiact-gpai-trainng' in 'CheckOptions'; "
                      "did you mean 'aiact-gpai-training.SystemicRiskFLOP'?");
  EXPECT_CONFIG_ERROR("CheckOptions:\n  aiact-gpai-training.SystemicRiskFlops: "
                      "1\n",
                      2, 3,
                      "unknown option 'SystemicRiskFlops' for "
                      "'aiact-gpai-training' in 'CheckOptions'; did you mean "
                      "'aiact-gpai-training.SystemicRiskFLOP'?");
  EXPECT_CONFIG_ERROR("CheckOptions:\n  aiact-conversational-ai.Foo: 1\n", 2, 3,
                      "unknown option 'Foo' for 'aiact-conversational-ai' in "
                      "'CheckOptions'; the check has no options");
  EXPECT_CONFIG_ERROR("CheckOptions:\n  aiact-xyz.Foo: 1\n", 2, 3,
                      "unknown check 'aiact-xyz' in 'CheckOptions'");
  EXPECT_CONFIG_ERROR("CheckOptions:\n  SystemicRiskFLOP: 1\n", 2, 3,
                      "invalid option key 'SystemicRiskFLOP' in "
                      "'CheckOptions'; expected 'aiact-<check>.<Option>'");
  EXPECT_CONFIG_ERROR("CheckOptions:\n  aiact-gpai-training.SystemicRiskFLOP: "
                      "[1]\n",
                      2, 41,
                      "option 'aiact-gpai-training.SystemicRiskFLOP' expects "
                      "a single value, not a list or mapping");
  EXPECT_CONFIG_ERROR("CheckOptions: [a]\n", 1, 15,
                      "'CheckOptions' expects a mapping of "
                      "'aiact-<check>.<Option>' keys to values");
}

TEST(ConfigErrors, Mitigations) {
  EXPECT_CONFIG_ERROR("Mitigations:\n  Markings: [f]\n", 2, 3,
                      "unknown key 'Markings' in 'Mitigations'; did you mean "
                      "'Marking'?");
  EXPECT_CONFIG_ERROR("Mitigations:\n  Disclosure: f\n", 2, 15,
                      "'Mitigations.Disclosure' expects a list of function "
                      "names");
  EXPECT_CONFIG_ERROR("Mitigations: [f]\n", 1, 14,
                      "'Mitigations' expects a mapping with 'Marking' and "
                      "'Disclosure' lists");
}

TEST(ConfigErrors, Components) {
  EXPECT_CONFIG_ERROR("Components:\n  - Paths: [src]\n", 2, 5,
                      "component has no 'Name'");
  EXPECT_CONFIG_ERROR("Components:\n  - Name: ''\n", 2, 11,
                      "'Name' of a component must not be empty");
  EXPECT_CONFIG_ERROR("Components:\n  - Name: a\n    License: MIT\n", 3, 5,
                      "unknown key 'License' in 'Components'; did you mean "
                      "'Licence'?");
  EXPECT_CONFIG_ERROR("Components:\n  - server\n", 2, 5,
                      "each entry of 'Components' expects a mapping with at "
                      "least 'Name'");
  EXPECT_CONFIG_ERROR("Components:\n  Name: a\n", 2, 3,
                      "'Components' expects a list of components, each a "
                      "mapping with at least 'Name'");
  EXPECT_CONFIG_ERROR("Components:\n  - Name: a\n    Paths: src\n", 3, 12,
                      "'Paths' expects a list of path globs");
  EXPECT_CONFIG_ERROR("Components:\n  - Name: a\n    Licence: [MIT]\n", 3, 14,
                      "'Licence' expects a string");
}

TEST(ConfigErrors, AnnexIIIPoint) {
  const std::string Message = "'AnnexIII' expects an Annex III point such as "
                              "'4(a)' or '2' (points 1 to 8, letters a to e)";
  for (const char *Bad : {"'9'", "'0'", "'4(f)'", "'4a'", "'4(a'", "'IV'",
                          "'4 (a)'", "'10'", "'4(A)'"}) {
    SCOPED_TRACE(Bad);
    EXPECT_CONFIG_ERROR(
        std::string("Components:\n  - Name: a\n    AnnexIII: ") + Bad + "\n", 3,
        15, Message);
  }
  for (const char *Good :
       {"'1'", "'8'", "'1(a)'", "'6(e)'", "''", "' 3(b) '"}) {
    SCOPED_TRACE(Good);
    parseOk(std::string("Components:\n  - Name: a\n    AnnexIII: ") + Good +
            "\n");
  }
}

TEST(ConfigErrors, ErrorStringFormat) {
  ConfigError E;
  E.Message = "m";
  EXPECT_EQ(E.str(), "error: m");
  E.File = "f.yaml";
  EXPECT_EQ(E.str(), "f.yaml: error: m");
  E.Line = 3;
  EXPECT_EQ(E.str(), "f.yaml:3: error: m");
  E.Column = 7;
  EXPECT_EQ(E.str(), "f.yaml:3:7: error: m");
}

//===----------------------------------------------------------------------===//
// Files
//===----------------------------------------------------------------------===//

TEST(ConfigFile, MissingFile) {
  TempDir T;
  std::string Path = (T.Root / "nope.yaml").string();
  Config C;
  ConfigError E;
  ASSERT_FALSE(loadConfigFile(Path, known(), C, E));
  EXPECT_EQ(E.Message, "cannot read config file: No such file or directory");
  EXPECT_EQ(E.File, Path);
  EXPECT_EQ(E.Line, 0u);
}

TEST(ConfigFile, FolderIsRejected) {
  TempDir T;
  Config C;
  ConfigError E;
  ASSERT_FALSE(loadConfigFile(T.Root.string(), known(), C, E));
  EXPECT_EQ(E.Message, "is a folder, expected a YAML file");
  EXPECT_EQ(E.File, T.Root.string());
  EXPECT_EQ(E.Line, 0u);
}

TEST(ConfigFile, BinaryFilesAreRejected) {
  TempDir T;
  const std::vector<std::string> Binaries = {
      std::string("Checks: 'aiact-*'\n\0\0\0", 21),
      "Checks: 'caf\xe9'\n", // Latin-1, not UTF-8
      "\xff\xfe"
      "C\0h\0e\0c\0k\0s\0",                // UTF-16
      "Checks: '\xc0\xaf'\n",              // overlong encoding
      "Checks: '\xed\xa0\x80'\n",          // surrogate
      std::string(4094, '#') + "\xe2\x82", // truncated at end of file
  };
  for (size_t I = 0; I < Binaries.size(); ++I) {
    SCOPED_TRACE(I);
    fs::path P = T.write("bin" + std::to_string(I) + ".yaml", Binaries[I]);
    Config C;
    ConfigError E;
    ASSERT_FALSE(loadConfigFile(P.string(), known(), C, E));
    EXPECT_EQ(E.Message, "not a text file; expected YAML");
    EXPECT_EQ(E.File, P.string());
    EXPECT_EQ(E.Line, 0u);
  }
}

TEST(ConfigFile, Utf8TextIsAccepted) {
  TempDir T;
  // A three-byte character that straddles the end of the 4 KiB probe.
  std::string Text = "# " + std::string(4092, 'x') + "\xe2\x82\xac\n" +
                     "Components:\n  - Name: caf\xc3\xa9 \xf0\x9f\x98\x80\n";
  fs::path P = T.write("ok.yaml", "\xef\xbb\xbf" + Text);
  Config C;
  ConfigError E;
  ASSERT_TRUE(loadConfigFile(P.string(), known(), C, E)) << E.str();
  ASSERT_EQ(C.Components.size(), 1u);
  EXPECT_EQ(C.Components[0].Name, "caf\xc3\xa9 \xf0\x9f\x98\x80");
  EXPECT_EQ(C.Sources, std::vector<std::string>{P.string()});
}

TEST(ConfigFile, ParseErrorsNameTheFile) {
  TempDir T;
  fs::path P = T.write("bad.yaml", "Checks: 'aiact-*'\nMinConfidence: high\n");
  Config C;
  ConfigError E;
  ASSERT_FALSE(loadConfigFile(P.string(), known(), C, E));
  EXPECT_EQ(E.str(), P.string() + ":2:16: error: 'MinConfidence' must be one "
                                  "of possible, likely, certain");
}

TEST(ConfigFile, HugeFilesAreAnErrorNotACrash) {
  TempDir T;
  std::string Big = "Catalog:\n";
  while (Big.size() <= (9u << 20))
    Big += "  - a.yaml\n";
  fs::path P = T.write("big.yaml", Big);
  Config C;
  ConfigError E;
  ASSERT_FALSE(loadConfigFile(P.string(), known(), C, E));
  EXPECT_EQ(E.Message,
            "config file is larger than 8 MiB; expected a small YAML file");
}

TEST(ConfigFile, EmptyFileIsAnEmptyConfig) {
  TempDir T;
  fs::path P = T.write("empty.yaml", "");
  Config C;
  ConfigError E;
  ASSERT_TRUE(loadConfigFile(P.string(), known(), C, E)) << E.str();
  EXPECT_FALSE(C.Checks);
  EXPECT_EQ(C.Directory, T.Root.string());
}

//===----------------------------------------------------------------------===//
// Discovery and InheritParentConfig
//===----------------------------------------------------------------------===//

TEST(ConfigDiscovery, NearestFileWins) {
  TempDir T;
  T.write(".aiact.yaml", "MinConfidence: certain\n");
  fs::path Sub = T.write("a/.aiact.yaml", "MinConfidence: possible\n");
  fs::create_directories(T.Root / "a/b/c");
  Config C;
  ConfigError E;
  ASSERT_TRUE(discoverConfig((T.Root / "a/b/c").string(), known(), C, E))
      << E.str();
  EXPECT_EQ(C.MinConfidence, "possible");
  EXPECT_EQ(C.Sources, std::vector<std::string>{Sub.string()});
  EXPECT_EQ(C.Directory, (T.Root / "a").string());

  // The folder itself counts, with or without a trailing slash.
  ASSERT_TRUE(discoverConfig(T.Root.string() + "/", known(), C, E));
  EXPECT_EQ(C.MinConfidence, "certain");
}

TEST(ConfigDiscovery, InheritParentConfigMergesUpwards) {
  TempDir T;
  fs::path Top =
      T.write(".aiact.yaml", "Checks: 'aiact-*'\n"
                             "MinConfidence: certain\n"
                             "HeaderFilterRegex: '^top/'\n"
                             "CheckOptions:\n"
                             "  aiact-gpai-training.SystemicRiskFLOP: 1\n"
                             "  aiact-synthetic-content.MinimumSteps: 4\n"
                             "Catalog: [top.yaml]\n"
                             "Mitigations: {Marking: [top_mark]}\n"
                             "Components: [{Name: top}]\n");
  fs::path Mid =
      T.write("m/.aiact.yaml", "InheritParentConfig: true\n"
                               "Checks: '-aiact-gpai-training'\n"
                               "HeaderFilterRegex: '^mid/'\n"
                               "CheckOptions:\n"
                               "  aiact-gpai-training.SystemicRiskFLOP: 2\n"
                               "Catalog: [mid.yaml]\n"
                               "Mitigations: {Marking: [mid_mark]}\n"
                               "Components: [{Name: mid}]\n");
  fs::path Low = T.write("m/n/.aiact.yaml", "InheritParentConfig: true\n"
                                            "Catalog: [low.yaml]\n");
  fs::create_directories(T.Root / "m/n/o");

  Config C;
  ConfigError E;
  ASSERT_TRUE(discoverConfig((T.Root / "m/n/o").string(), known(), C, E))
      << E.str();
  EXPECT_EQ(C.Sources, (std::vector<std::string>{Top.string(), Mid.string(),
                                                 Low.string()}));
  EXPECT_EQ(C.Directory, (T.Root / "m/n").string());
  EXPECT_EQ(C.Checks, "aiact-*,-aiact-gpai-training");
  EXPECT_TRUE(globListMatches(*C.Checks, "aiact-synthetic-content"));
  EXPECT_FALSE(globListMatches(*C.Checks, "aiact-gpai-training"));
  EXPECT_EQ(C.MinConfidence, "certain");
  EXPECT_EQ(C.HeaderFilterRegex, "^mid/");
  EXPECT_EQ(C.CheckOptions.at("aiact-gpai-training.SystemicRiskFLOP"), "2");
  EXPECT_EQ(C.CheckOptions.at("aiact-synthetic-content.MinimumSteps"), "4");
  EXPECT_EQ(C.Catalog,
            (std::vector<std::string>{(T.Root / "top.yaml").string(),
                                      (T.Root / "m/mid.yaml").string(),
                                      (T.Root / "m/n/low.yaml").string()}));
  EXPECT_EQ(C.MarkingFunctions,
            (std::vector<std::string>{"top_mark", "mid_mark"}));
  ASSERT_EQ(C.Components.size(), 2u);
  EXPECT_EQ(C.Components[0].Name, "top");
  EXPECT_EQ(C.Components[1].Name, "mid");
}

TEST(ConfigDiscovery, WithoutInheritOnlyTheNearestFileIsRead) {
  TempDir T;
  T.write(".aiact.yaml", "MinConfidence: certain\n");
  fs::path Sub = T.write("s/.aiact.yaml", "InheritParentConfig: false\n");
  Config C;
  ConfigError E;
  ASSERT_TRUE(discoverConfig((T.Root / "s").string(), known(), C, E));
  EXPECT_FALSE(C.MinConfidence);
  EXPECT_EQ(C.Sources, std::vector<std::string>{Sub.string()});
}

TEST(ConfigDiscovery, ErrorInAParentIsReported) {
  TempDir T;
  fs::path Top = T.write(".aiact.yaml", "Checkz: 'aiact-*'\n");
  T.write("s/.aiact.yaml", "InheritParentConfig: true\n");
  Config C;
  ConfigError E;
  ASSERT_FALSE(discoverConfig((T.Root / "s").string(), known(), C, E));
  EXPECT_EQ(E.File, Top.string());
  EXPECT_EQ(E.Line, 1u);
  EXPECT_EQ(E.Message, "unknown key 'Checkz'; did you mean 'Checks'?");
}

TEST(ConfigDiscovery, AFolderNamedLikeTheConfigIsAnError) {
  TempDir T;
  fs::create_directories(T.Root / "s/.aiact.yaml");
  Config C;
  ConfigError E;
  ASSERT_FALSE(discoverConfig((T.Root / "s").string(), known(), C, E));
  EXPECT_EQ(E.Message, "is a folder, expected a YAML file");
}

TEST(ConfigDiscovery, NoFileGivesAnEmptyConfig) {
  TempDir T;
  fs::create_directories(T.Root / "x/y");
  Config C;
  ConfigError E;
  ASSERT_TRUE(discoverConfig((T.Root / "x/y").string(), known(), C, E))
      << E.str();
  // A stray file above the temporary folder must not make this flaky, so
  // only check that nothing inside the tree was read.
  for (const std::string &S : C.Sources)
    EXPECT_EQ(S.find(T.Root.string()), std::string::npos) << S;
}

//===----------------------------------------------------------------------===//
// Merging
//===----------------------------------------------------------------------===//

TEST(ConfigMerge, InheritFromFillsOnlyUnsetScalars) {
  Config Parent = parseOk("MinConfidence: certain\nHeaderFilterRegex: p\n"
                          "WarningsAsErrors: aiact-gpai-training\n",
                          "/p/.aiact.yaml");
  Config Child = parseOk("MinConfidence: possible\n", "/p/c/.aiact.yaml");
  Child.inheritFrom(Parent);
  EXPECT_EQ(Child.MinConfidence, "possible");
  EXPECT_EQ(Child.HeaderFilterRegex, "p");
  EXPECT_EQ(Child.WarningsAsErrors, "aiact-gpai-training");
  EXPECT_FALSE(Child.Checks);
  EXPECT_EQ(Child.Sources,
            (std::vector<std::string>{"/p/.aiact.yaml", "/p/c/.aiact.yaml"}));
  EXPECT_EQ(Child.Directory, "/p/c");
}

TEST(ConfigMerge, OverrideWithReplacesAndAppends) {
  Config Base = parseOk("Checks: 'aiact-*'\nMinConfidence: certain\n"
                        "HeaderFilterRegex: base\n"
                        "CheckOptions: {aiact-gpai-training.SystemicRiskFLOP: "
                        "1, aiact-synthetic-content.MinimumSteps: 3}\n"
                        "Catalog: [a.yaml]\n"
                        "Mitigations: {Disclosure: [d1]}\n",
                        "/p/.aiact.yaml");
  Config Over = parseOk("Checks: '-aiact-conversational-ai'\n"
                        "MinConfidence: possible\n"
                        "CheckOptions: {aiact-gpai-training.SystemicRiskFLOP: "
                        "2}\n"
                        "Catalog: [b.yaml]\n"
                        "Mitigations: {Disclosure: [d2]}\n",
                        "/q/over.yaml");
  Base.overrideWith(Over);
  EXPECT_EQ(Base.Checks, "aiact-*,-aiact-conversational-ai");
  EXPECT_EQ(Base.MinConfidence, "possible");
  EXPECT_EQ(Base.HeaderFilterRegex, "base");
  EXPECT_EQ(Base.CheckOptions.at("aiact-gpai-training.SystemicRiskFLOP"), "2");
  EXPECT_EQ(Base.CheckOptions.at("aiact-synthetic-content.MinimumSteps"), "3");
  EXPECT_EQ(Base.Catalog, (std::vector<std::string>{"/p/a.yaml", "/q/b.yaml"}));
  EXPECT_EQ(Base.DisclosureFunctions, (std::vector<std::string>{"d1", "d2"}));
  EXPECT_EQ(Base.Sources,
            (std::vector<std::string>{"/p/.aiact.yaml", "/q/over.yaml"}));
  EXPECT_EQ(Base.Directory, "/p");
}

TEST(ConfigMerge, EmptyGlobListsAreNotJoined) {
  Config A, B;
  A.Checks = "aiact-*";
  B.Checks = "";
  A.overrideWith(B);
  EXPECT_EQ(A.Checks, "aiact-*");
  Config C, D;
  D.WarningsAsErrors = "aiact-gpai-training";
  C.overrideWith(D);
  EXPECT_EQ(C.WarningsAsErrors, "aiact-gpai-training");
  EXPECT_FALSE(C.Checks);
}

//===----------------------------------------------------------------------===//
// Printing
//===----------------------------------------------------------------------===//

TEST(ConfigDump, DefaultsInSchemaOrder) {
  EXPECT_EQ(dumpConfig(Config()), "Checks: 'aiact-*'\n"
                                  "WarningsAsErrors: ''\n"
                                  "HeaderFilterRegex: ''\n"
                                  "MinConfidence: likely\n"
                                  "InheritParentConfig: false\n"
                                  "CheckOptions: {}\n"
                                  "Catalog: []\n"
                                  "Mitigations:\n"
                                  "  Marking: []\n"
                                  "  Disclosure: []\n"
                                  "Components: []\n");
}

TEST(ConfigDump, RoundTripGivesTheSameEffectiveConfig) {
  const std::string Texts[] = {
      DesignExample, "",
      "Checks: \"-*,aiact-gpai-*\"\n"
      "HeaderFilterRegex: '^it''s \\\\ (a|b):#'\n"
      "CheckOptions:\n"
      "  aiact-synthetic-content.MinimumSteps: '~'\n"
      "  aiact-gpai-training.SystemicRiskFLOP: ''\n"
      "Mitigations: {Marking: ['ns::f<int>', '*odd*', 'a: b']}\n"
      "Components:\n"
      "  - Name: 'x: y'\n"
      "    IntendedPurpose: \"line one\\nline two\\ttab\"\n"
      "    Monetised: true\n"
      "    AnnexIII: 5(b)\n"
      "    Derogation: \"(d): preparatory task\"\n"
      "  - Name: caf\xc3\xa9\n"};
  for (const std::string &Text : Texts) {
    SCOPED_TRACE(Text);
    Config First = parseOk(Text);
    std::string Dump = dumpConfig(First);
    Config Second = parseOk(Dump, "/elsewhere/dump.yaml");
    EXPECT_EQ(dumpConfig(Second), Dump);
    EXPECT_EQ(Second.Checks.value_or("aiact-*"),
              First.Checks.value_or("aiact-*"));
    EXPECT_EQ(Second.HeaderFilterRegex.value_or(""),
              First.HeaderFilterRegex.value_or(""));
    EXPECT_EQ(Second.CheckOptions, First.CheckOptions);
    EXPECT_EQ(Second.Catalog, First.Catalog);
    EXPECT_EQ(Second.MarkingFunctions, First.MarkingFunctions);
    ASSERT_EQ(Second.Components.size(), First.Components.size());
    for (size_t I = 0; I < First.Components.size(); ++I) {
      const ComponentDecl &A = First.Components[I], &B = Second.Components[I];
      EXPECT_EQ(A.Name, B.Name);
      EXPECT_EQ(A.Paths, B.Paths);
      EXPECT_EQ(A.PlacedOnMarket, B.PlacedOnMarket);
      EXPECT_EQ(A.Monetised, B.Monetised);
      EXPECT_EQ(A.IntendedPurpose, B.IntendedPurpose);
      EXPECT_EQ(A.AnnexIII, B.AnnexIII);
      EXPECT_EQ(A.Derogation, B.Derogation);
    }
  }
}

TEST(ConfigDump, UnsetComponentFlagsStayUnset) {
  Config C = parseOk("Components: [{Name: a}]\n");
  std::string Dump = dumpConfig(C);
  EXPECT_NE(Dump.find("PlacedOnMarket: ~"), std::string::npos) << Dump;
  Config Back = parseOk(Dump);
  ASSERT_EQ(Back.Components.size(), 1u);
  EXPECT_FALSE(Back.Components[0].PlacedOnMarket.has_value());
  EXPECT_FALSE(Back.Components[0].Monetised.has_value());
}

//===----------------------------------------------------------------------===//
// Globs and suggestions
//===----------------------------------------------------------------------===//

TEST(ConfigGlobs, LastMatchingEntryWins) {
  EXPECT_TRUE(globListMatches("aiact-*", "aiact-gpai-training"));
  EXPECT_FALSE(
      globListMatches("aiact-*,-aiact-gpai-training", "aiact-gpai-training"));
  EXPECT_TRUE(
      globListMatches("-aiact-gpai-training,aiact-*", "aiact-gpai-training"));
  EXPECT_TRUE(globListMatches("-*, aiact-gpai-*", "aiact-gpai-training"));
  EXPECT_FALSE(globListMatches("-*, aiact-gpai-*", "aiact-deep-fake"));
  EXPECT_FALSE(globListMatches("aiact-x", "aiact-gpai-training"));
  EXPECT_FALSE(globListMatches("", "aiact-gpai-training"));
  EXPECT_TRUE(
      globListMatches(" , ,aiact-gpai-training,, ", "aiact-gpai-training"));
  EXPECT_TRUE(globListMatches("*-training", "aiact-gpai-training"));
  EXPECT_TRUE(globListMatches("aiact-*-*-training", "aiact-gpai-x-training"));
  EXPECT_FALSE(globListMatches("aiact-*-*-training", "aiact-gpai-training"));
  EXPECT_TRUE(globListMatches("*", ""));
  EXPECT_FALSE(globListMatches("aiact-gpai", "aiact-gpai-training"));
  EXPECT_FALSE(globListMatches("AIACT-*", "aiact-gpai-training"));
  EXPECT_FALSE(
      globListMatches(std::string(200, '*') + "x", std::string(5000, 'a')));
}

TEST(ConfigGlobs, ValidateCheckGlobs) {
  std::string Err;
  EXPECT_TRUE(
      validateCheckGlobs("-*,aiact-*,aiact-gpai-training", known(), Err))
      << Err;
  EXPECT_TRUE(validateCheckGlobs("", known(), Err));
  EXPECT_TRUE(validateCheckGlobs("clang-analyzer-*", known(), Err));
  EXPECT_FALSE(validateCheckGlobs("aiact-*,-aiact-deep-fak", known(), Err));
  EXPECT_EQ(Err, "unknown check 'aiact-deep-fak'");
  EXPECT_FALSE(validateCheckGlobs("aiact-conversational-aj", known(), Err));
  EXPECT_EQ(Err, "unknown check 'aiact-conversational-aj'; did you mean "
                 "'aiact-conversational-ai'?");
  EXPECT_FALSE(validateCheckGlobs("-", known(), Err));
  EXPECT_EQ(Err, "empty check name after '-'");
}

TEST(ConfigGlobs, DidYouMean) {
  std::vector<std::string> Keys = {"Checks", "WarningsAsErrors", "Catalog"};
  EXPECT_EQ(didYouMean("Chekcs", Keys), "Checks");
  EXPECT_EQ(didYouMean("CHECKS", Keys), "Checks");
  EXPECT_EQ(didYouMean("catalogue", Keys), "Catalog");
  EXPECT_EQ(didYouMean("WarningAsError", Keys), "WarningsAsErrors");
  EXPECT_EQ(didYouMean("Frobnicate", Keys), "");
  EXPECT_EQ(didYouMean("", Keys), "");
  EXPECT_EQ(didYouMean("Checks", {}), "");
  // Short names still get a distance of two.
  EXPECT_EQ(didYouMean("ab", {"abcd", "xyzw"}), "abcd");
  EXPECT_EQ(didYouMean("ab", {"abcde"}), "");
  // Long names get a third of their length: 21 characters allow 7 edits.
  EXPECT_EQ(didYouMean("aiact-synthetic-xxxxx", {"aiact-synthetic-content"}),
            "aiact-synthetic-content");
  EXPECT_EQ(didYouMean("aiact-xxxxxxxxxxxxxxx", {"aiact-synthetic-content"}),
            "");
  // The closest candidate wins; ties go to the first.
  EXPECT_EQ(didYouMean("abcx", {"abyy", "abcy", "abcz"}), "abcy");
}
