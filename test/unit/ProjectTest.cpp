//===- ProjectTest.cpp - Licences, components, source trees ---------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "project/Components.h"
#include "project/Licence.h"
#include "project/SourceTree.h"
#include "report/DiffBase.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace aiact;
namespace fs = std::filesystem;

namespace {

std::string readFile(const std::string &Path) {
  std::ifstream In(Path, std::ios::binary);
  std::ostringstream SS;
  SS << In.rdbuf();
  return SS.str();
}

std::string input(const std::string &Name) {
  return readFile(std::string(AIACT_TEST_INPUTS) + "/licences/" + Name);
}

/// Debian's base-files ships the full texts of the common licences.
std::string debian(const std::string &Name) {
  std::string Text = readFile("/usr/share/common-licenses/" + Name);
  EXPECT_FALSE(Text.empty()) << Name;
  return Text;
}

std::vector<std::string> kinds(const std::string &Text) {
  std::vector<std::string> Out;
  for (const NonFreeTerm &T : findNonFreeTerms(Text))
    Out.push_back(T.Kind + "@" + std::to_string(T.Line));
  return Out;
}

TEST(LicenceText, FullTextsWithoutSpdxLines) {
  EXPECT_EQ(identifyLicenceText(debian("Apache-2.0")), "Apache-2.0");
  EXPECT_EQ(identifyLicenceText(debian("GPL-2")), "GPL-2.0-only");
  EXPECT_EQ(identifyLicenceText(debian("GPL-3")), "GPL-3.0-only");
  EXPECT_EQ(identifyLicenceText(debian("LGPL-2")), "LGPL-2.0-only");
  EXPECT_EQ(identifyLicenceText(debian("LGPL-2.1")), "LGPL-2.1-only");
  EXPECT_EQ(identifyLicenceText(debian("LGPL-3")), "LGPL-3.0-only");
  EXPECT_EQ(identifyLicenceText(debian("MPL-2.0")), "MPL-2.0");
  EXPECT_EQ(identifyLicenceText(debian("BSD")), "BSD-3-Clause");
  EXPECT_EQ(identifyLicenceText(debian("CC0-1.0")), "CC0-1.0");
  EXPECT_EQ(identifyLicenceText(input("MIT.txt")), "MIT");
  EXPECT_EQ(identifyLicenceText(input("ISC.txt")), "ISC");
  EXPECT_EQ(identifyLicenceText(input("Zlib.txt")), "Zlib");
  EXPECT_EQ(identifyLicenceText(input("BSL-1.0.txt")), "BSL-1.0");
  EXPECT_EQ(identifyLicenceText(input("Unlicense.txt")), "Unlicense");
  EXPECT_EQ(identifyLicenceText(input("EUPL-1.2-head.txt")), "EUPL-1.2");
  EXPECT_EQ(identifyLicenceText(input("AGPL-3.0-head.txt")), "AGPL-3.0-only");
}

TEST(LicenceText, BsdVariantsAndNotices) {
  std::string Two = "Copyright (c) 2020 A\n\nRedistribution and use in source "
                    "and binary forms, with or without\nmodification, are "
                    "permitted provided that the following conditions are "
                    "met:\n1. Redistributions of source code must retain the "
                    "above copyright notice.\n2. Redistributions in binary "
                    "form must reproduce the above copyright notice.\n";
  EXPECT_EQ(identifyLicenceText(Two), "BSD-2-Clause");
  EXPECT_EQ(identifyLicenceText(Two + "3. Neither the name of the copyright "
                                      "holder nor the names of its "
                                      "contributors may be used\n"),
            "BSD-3-Clause");
  // A notice without the terms, with and without "any later version".
  std::string Notice = input("GPL-2.0-notice.txt");
  EXPECT_EQ(identifyLicenceText(Notice), "GPL-2.0-or-later");
  EXPECT_TRUE(saysAnyLaterVersion(Notice));
  // The full text's appendix shows the notice as an example: not a notice.
  EXPECT_EQ(identifyLicenceText(debian("GPL-3")), "GPL-3.0-only");
  EXPECT_EQ(identifyLicenceText("This project is licensed under MIT."), "");
  EXPECT_EQ(identifyLicenceText(""), "");
}

TEST(LicenceText, FreeTextsHaveNoNonFreeTerms) {
  for (const char *N : {"Apache-2.0", "GPL-2", "GPL-3", "LGPL-2", "LGPL-2.1",
                        "LGPL-3", "MPL-2.0", "BSD", "CC0-1.0", "Artistic"})
    EXPECT_TRUE(kinds(debian(N)).empty()) << N;
  for (const char *N : {"MIT.txt", "ISC.txt", "Zlib.txt", "BSL-1.0.txt",
                        "Unlicense.txt", "EUPL-1.2-head.txt",
                        "AGPL-3.0-head.txt"})
    EXPECT_TRUE(kinds(input(N)).empty()) << N;
}

TEST(LicenceText, NonFreeTerms) {
  EXPECT_EQ(kinds(input("noncommercial.txt")),
            std::vector<std::string>{"non-commercial use only@5"});
  EXPECT_EQ(kinds(input("research-only.txt")),
            (std::vector<std::string>{"research-only use@1",
                                      "no redistribution@2"}));
  // The phrase is broken across two lines.
  EXPECT_EQ(kinds(input("user-limit.txt")),
            std::vector<std::string>{"a limit on the number of users@3"});
  EXPECT_EQ(kinds(input("commons-clause.txt")),
            std::vector<std::string>{"the Commons Clause@1"});
  // An Apache-2.0 file with the Commons Clause added is still not free.
  std::string Mixed = input("commons-clause.txt") + debian("Apache-2.0");
  EXPECT_FALSE(kinds(Mixed).empty());
  EXPECT_TRUE(kinds("Use it for commercial or non-commercial purposes.").empty());
  EXPECT_FALSE(kinds("For noncommercial use.").empty());
  EXPECT_TRUE(kinds("distributed noncommercially, occasionally").empty());
}

TEST(LicenceSpdx, Lines) {
  EXPECT_EQ(spdxIdentifiers("// SPDX-License-Identifier: MIT\nint x;\n"),
            std::vector<std::string>{"MIT"});
  EXPECT_EQ(spdxIdentifiers("/* SPDX-License-Identifier: Apache-2.0 OR MIT */\n"),
            std::vector<std::string>{"Apache-2.0 OR MIT"});
  EXPECT_EQ(spdxIdentifiers("# SPDX-License-Identifier:   GPL-2.0-or-later  \r\n"
                            "// SPDX-License-Identifier: BSD-3-Clause"),
            (std::vector<std::string>{"GPL-2.0-or-later", "BSD-3-Clause"}));
  EXPECT_TRUE(spdxIdentifiers("// SPDX-License-Identifier:\n").empty());
}

TEST(LicenceSpdx, Expressions) {
  std::string Why;
  EXPECT_EQ(evaluateSpdx("MIT"), LicenceStatus::Free);
  EXPECT_EQ(evaluateSpdx("mit"), LicenceStatus::Free);
  EXPECT_EQ(evaluateSpdx("Apache-2.0 OR MIT"), LicenceStatus::Free);
  EXPECT_EQ(evaluateSpdx("GPL-2.0+"), LicenceStatus::Free);
  EXPECT_EQ(evaluateSpdx("GPL-2.0-or-later WITH Classpath-exception-2.0"),
            LicenceStatus::Free);
  EXPECT_EQ(evaluateSpdx("(MIT AND BSD-3-Clause) OR CC-BY-NC-4.0"),
            LicenceStatus::Free);
  EXPECT_EQ(evaluateSpdx("MIT AND CC-BY-NC-4.0", &Why), LicenceStatus::NonFree);
  EXPECT_EQ(Why, "CC-BY-NC-4.0");
  EXPECT_EQ(evaluateSpdx("Apache-2.0 WITH Commons-Clause", &Why),
            LicenceStatus::NonFree);
  EXPECT_EQ(Why, "Commons-Clause");
  EXPECT_EQ(evaluateSpdx("LicenseRef-Llama3", &Why), LicenceStatus::Unknown);
  EXPECT_EQ(Why, "LicenseRef-Llama3");
  EXPECT_EQ(evaluateSpdx("MIT OR LicenseRef-x"), LicenceStatus::Free);
  EXPECT_EQ(evaluateSpdx("MIT AND LicenseRef-x"), LicenceStatus::Unknown);
  EXPECT_EQ(evaluateSpdx(""), LicenceStatus::Invalid);
  EXPECT_EQ(evaluateSpdx("MIT OR"), LicenceStatus::Invalid);
  EXPECT_EQ(evaluateSpdx("(MIT"), LicenceStatus::Invalid);
  EXPECT_EQ(evaluateSpdx("MIT)"), LicenceStatus::Invalid);
  EXPECT_EQ(evaluateSpdx("MIT WITH"), LicenceStatus::Invalid);
}

TEST(LicenceFiles, Names) {
  for (const char *N : {"LICENSE", "LICENCE", "COPYING", "LICENSE.md",
                        "license.txt", "COPYING.LESSER", "LICENSE-MIT",
                        "LICENSE_APACHE", "UNLICENSE"})
    EXPECT_TRUE(isLicenceFileName(N)) << N;
  for (const char *N : {"README.md", "LICENSES", "LICENSED.txt",
                        "THIRD_PARTY_LICENSES", "LICENSE-THIRD-PARTY",
                        "NOTICE", "license.cpp.notice", "MYLICENSE"})
    EXPECT_FALSE(isLicenceFileName(N)) << N;
}

TEST(Globs, Paths) {
  EXPECT_TRUE(pathGlobMatch("/r/tools/server/**", "/r/tools/server/a.cpp"));
  EXPECT_TRUE(pathGlobMatch("/r/tools/server/**", "/r/tools/server/x/y/a.cpp"));
  EXPECT_FALSE(pathGlobMatch("/r/tools/server/**", "/r/tools/serverx/a.cpp"));
  EXPECT_TRUE(pathGlobMatch("/r/src/*.cpp", "/r/src/a.cpp"));
  EXPECT_FALSE(pathGlobMatch("/r/src/*.cpp", "/r/src/sub/a.cpp"));
  EXPECT_TRUE(pathGlobMatch("/r/**/*.cu", "/r/a.cu"));
  EXPECT_TRUE(pathGlobMatch("/r/**/*.cu", "/r/k/l/a.cu"));
  EXPECT_FALSE(pathGlobMatch("/r/**/*.cu", "/r/k/l/a.cpp"));
  EXPECT_TRUE(pathGlobMatch("/r/src/?.c", "/r/src/a.c"));
  EXPECT_FALSE(pathGlobMatch("/r/src/?.c", "/r/src/ab.c"));
  // A folder without wildcards covers what is below it.
  EXPECT_TRUE(pathGlobMatch("/r/vendor", "/r/vendor/llama/a.c"));
  EXPECT_FALSE(pathGlobMatch("/r/vendor", "/r/vendors/a.c"));
}

TEST(CMake, ProjectAndIncludeDirs) {
  fs::path Root = fs::temp_directory_path() / "aiact-cmake-test";
  fs::remove_all(Root);
  fs::create_directories(Root / "lib" / "include");
  fs::create_directories(Root / "lib" / "src");
  fs::create_directories(Root / "common");
  std::string Text = "cmake_minimum_required(VERSION 3.14)\n"
                     "# project(commented)\n"
                     "project(\"mylib\" C CXX)\n"
                     "include_directories(BEFORE src ${CMAKE_SOURCE_DIR}/common)\n"
                     "target_include_directories(mylib PUBLIC\n"
                     "  $<BUILD_INTERFACE:${mylib_SOURCE_DIR}/include>\n"
                     "  $<INSTALL_INTERFACE:include> ${UNKNOWN_VAR}/x\n"
                     "  missing)\n";
  std::string Lib = (Root / "lib").string();
  EXPECT_EQ(cmakeProjectName(Text), "mylib");
  EXPECT_EQ(cmakeIncludeDirs(Text, Lib, Root.string()),
            (std::vector<std::string>{Lib + "/src", (Root / "common").string(),
                                      Lib + "/include"}));
  EXPECT_EQ(cmakeProjectName("project(${NAME})"), "");
  // Outside the tree is not followed.
  EXPECT_TRUE(cmakeIncludeDirs("include_directories(/usr/include ../..)", Lib,
                               Root.string())
                  .empty());
  fs::remove_all(Root);
}

TEST(CMake, CxxStandard) {
  EXPECT_EQ(cmakeCxxStandard("set(CMAKE_CXX_STANDARD 20)"), 20u);
  EXPECT_EQ(cmakeCxxStandard("SET(CMAKE_CXX_STANDARD \"14\")\n"
                             "set(CMAKE_CXX_STANDARD_REQUIRED ON)"),
            14u);
  EXPECT_EQ(cmakeCxxStandard("target_compile_features(app PRIVATE cxx_std_23)"),
            23u);
  EXPECT_EQ(cmakeCxxStandard("set_target_properties(app PROPERTIES "
                             "CXX_STANDARD 17 CXX_EXTENSIONS OFF)"),
            17u);
  EXPECT_EQ(cmakeCxxStandard("set(CMAKE_CXX_FLAGS \"${CMAKE_CXX_FLAGS} "
                             "-O2 -std=gnu++2a\")"),
            20u);
  // The newest of several; a variable or a comment is not a standard.
  EXPECT_EQ(cmakeCxxStandard("set(CMAKE_CXX_STANDARD 11)\n"
                             "target_compile_features(x PUBLIC cxx_std_17)"),
            17u);
  EXPECT_EQ(cmakeCxxStandard("set(CMAKE_CXX_STANDARD ${STD})\n"
                             "# set(CMAKE_CXX_STANDARD 20)"),
            0u);
  EXPECT_EQ(cxxStandardFlag(0), "-std=gnu++17");
  EXPECT_EQ(cxxStandardFlag(14), "-std=gnu++17");
  EXPECT_EQ(cxxStandardFlag(20), "-std=gnu++20");
  EXPECT_EQ(cxxStandardFlag(23), "-std=gnu++23");
}

/// A small tree on disk, removed at the end.
class TreeTest : public ::testing::Test {
protected:
  void SetUp() override {
    Root = fs::temp_directory_path() /
           ("aiact-tree-" + std::to_string(::testing::UnitTest::GetInstance()
                                               ->random_seed()));
    fs::remove_all(Root);
    fs::create_directories(Root);
  }
  void TearDown() override { fs::remove_all(Root); }
  void write(const std::string &Rel, const std::string &Text) {
    fs::path P = Root / Rel;
    fs::create_directories(P.parent_path());
    std::ofstream(P) << Text;
  }
  fs::path Root;
};

TEST_F(TreeTest, ScanFindsUnitsHeadersLicencesAndSkipsBuildTrees) {
  write("LICENSE", input("MIT.txt"));
  write("src/main.cpp", "int main() {}\n");
  write("src/util.c", "int f(void) { return 0; }\n");
  write("src/kernels.cu", "__global__ void k() {}\n");
  write("include/app/app.h", "#pragma once\n");
  write("vendor/lib/CMakeLists.txt", "project(vendorlib)\n");
  write("vendor/lib/COPYING", debian("GPL-3"));
  write("vendor/lib/lib.hpp", "#pragma once\n");
  write("build/CMakeCache.txt", "");
  write("build/CMakeFiles/3.25/CompilerIdC/CMakeCCompilerId.c", "int x;\n");
  write(".git/hooks/x.c", "int y;\n");
  write("docs/README.md", "License: MIT\n");
  write(".aiact.yaml", "Checks: 'aiact-*'\n");
  SourceTree T;
  std::string Err;
  ASSERT_TRUE(scanSourceTree(Root.string(), T, Err)) << Err;
  std::string R = Root.string();
  EXPECT_EQ(T.Units, (std::vector<std::string>{R + "/src/kernels.cu",
                                               R + "/src/main.cpp",
                                               R + "/src/util.c"}));
  EXPECT_EQ(T.ConfigFiles, std::vector<std::string>{R + "/.aiact.yaml"});
  ASSERT_EQ(T.Projects.size(), 1u);
  EXPECT_EQ(T.Projects[0].Name, "vendorlib");
  EXPECT_EQ(T.LicenceFiles.size(), 2u);
  EXPECT_EQ(T.IncludeDirs, (std::vector<std::string>{R + "/include"}));
  EXPECT_EQ(T.FallbackIncludeDirs,
            (std::vector<std::string>{R + "/include/app", R + "/vendor/lib", R}));
  std::vector<std::string> Flags = auditCompilerFlags(T, R + "/src/util.c");
  EXPECT_EQ(Flags[0], "-xc");
  EXPECT_EQ(auditCompilerFlags(T, R + "/src/kernels.cu")[0], "-xcuda");
  EXPECT_EQ(auditCompilerFlags(T, R + "/src/main.cpp")[0], "-xc++");
  ASSERT_GE(Flags.size(), 2u);
  EXPECT_EQ(Flags[Flags.size() - 2], "-idirafter");
  EXPECT_EQ(Flags.back(), R);

  std::vector<Component> C = findComponents(T, {});
  ASSERT_EQ(C.size(), 2u);
  EXPECT_EQ(C[0].Kind, "tree");
  EXPECT_EQ(C[0].Licence.Spdx, "MIT");
  EXPECT_EQ(C[0].Units, 3u);
  EXPECT_EQ(C[1].Name, "vendorlib");
  EXPECT_EQ(C[1].Licence.Spdx, "GPL-3.0-only");
  EXPECT_EQ(componentOf(C, R + "/vendor/lib/x.c"), 1u);
  EXPECT_EQ(componentOf(C, R + "/vendor/libx/x.c"), 0u);
}

TEST_F(TreeTest, FoldersWithSystemHeaderNamesAndTheCxxStandard) {
  // CMake names both folders; the one with its own features.h is searched
  // after the system's folders.
  write("CMakeLists.txt", "project(app)\nset(CMAKE_CXX_STANDARD 20)\n"
                          "include_directories(api compat)\n");
  write("api/app.h", "#pragma once\n");
  write("compat/features.h", "#pragma once\n");
  write("compat/compat.h", "#pragma once\n");
  write("src/main.cpp", "int main() {}\n");
  write("src/kernel.cu", "int k;\n");
  write("src/plain.c", "int c;\n");
  SourceTree T;
  std::string Err;
  ASSERT_TRUE(scanSourceTree(Root.string(), T, Err)) << Err;
  std::string R = Root.string();
  EXPECT_EQ(T.IncludeDirs, std::vector<std::string>{R + "/api"});
  EXPECT_EQ(T.FallbackIncludeDirs,
            (std::vector<std::string>{R + "/compat", R}));
  EXPECT_EQ(T.CxxStandard, 20u);
  auto Has = [](const std::vector<std::string> &Flags, const std::string &F) {
    return std::find(Flags.begin(), Flags.end(), F) != Flags.end();
  };
  EXPECT_TRUE(Has(auditCompilerFlags(T, R + "/src/main.cpp"), "-std=gnu++20"));
  EXPECT_TRUE(Has(auditCompilerFlags(T, R + "/src/kernel.cu"), "-std=gnu++20"));
  EXPECT_TRUE(Has(auditCompilerFlags(T, R + "/src/plain.c"), "-std=gnu17"));
}

TEST_F(TreeTest, SymlinkLoopIsAWarning) {
  write("a/x.cpp", "int x;\n");
  fs::create_directory_symlink(Root / "a", Root / "a" / "loop");
  fs::create_directory_symlink(Root / "a", Root / "again");
  fs::create_directory_symlink("/usr/include", Root / "outside");
  SourceTree T;
  std::string Err;
  ASSERT_TRUE(scanSourceTree(Root.string(), T, Err)) << Err;
  EXPECT_EQ(T.Units, std::vector<std::string>{Root.string() + "/a/x.cpp"});
  ASSERT_EQ(T.Warnings.size(), 1u);
  EXPECT_NE(T.Warnings[0].find("a/loop: symbolic link loop; not followed"),
            std::string::npos);
}

TEST_F(TreeTest, RootErrors) {
  SourceTree T;
  std::string Err;
  EXPECT_FALSE(scanSourceTree((Root / "missing").string(), T, Err));
  EXPECT_NE(Err.find("does not exist"), std::string::npos);
  write("file.cpp", "");
  EXPECT_FALSE(scanSourceTree((Root / "file.cpp").string(), T, Err));
  EXPECT_NE(Err.find("is not a folder"), std::string::npos);
}

TEST_F(TreeTest, LicencesVerdictsAndDeclarations) {
  // The root: a README that names a licence is not a licence.
  write("README.md", "Licensed under the MIT license.\n");
  write("app/chat.cpp", "// SPDX-License-Identifier: Apache-2.0\nint a;\n");
  write("app/CMakeLists.txt", "project(chatapp)\n");
  write("model/LICENSE", input("noncommercial.txt"));
  write("model/run.cpp", "int m;\n");
  write("gpl/COPYING", debian("GPL-2"));
  write("gpl/a.c", "/* " + input("GPL-2.0-notice.txt") + " */\nint g;\n");
  write("gpl/sub/CMakeLists.txt", "project(gplsub)\n");
  write("gpl/sub/b.c", "int b;\n");
  SourceTree T;
  std::string Err;
  ASSERT_TRUE(scanSourceTree(Root.string(), T, Err)) << Err;
  std::string R = Root.string();
  ComponentDecl Server;
  Server.Name = "server";
  Server.Paths = {R + "/app/server*.cpp"};
  Server.PlacedOnMarket = true;
  ComponentDecl App;
  App.Name = "chatapp";
  App.Monetised = false;
  App.PlacedOnMarket = false;
  std::vector<Component> C =
      findComponents(T, {{R + "/.aiact.yaml", Server}, {R + "/.aiact.yaml", App}});
  auto Named = [&](const std::string &N) -> Component & {
    for (Component &X : C)
      if (X.Name == N)
        return X;
    ADD_FAILURE() << N;
    return C[0];
  };
  EXPECT_EQ(Named(Root.filename().string()).Licence.Spdx, "");
  EXPECT_EQ(Named("chatapp").Licence.Spdx, "Apache-2.0");
  EXPECT_EQ(Named("model").Licence.Status, LicenceStatus::NonFree);
  EXPECT_EQ(Named("gpl").Licence.Spdx, "GPL-2.0-or-later");
  EXPECT_TRUE(Named("gplsub").Licence.Inherited);
  EXPECT_EQ(Named("gplsub").Licence.Spdx, "GPL-2.0-or-later");
  EXPECT_EQ(Named("server").Kind, "declared");

  auto At = [&](const std::string &File, Effect E, Confidence Conf) {
    Finding F;
    F.CheckId = "aiact-x";
    F.Provision = E == Effect::Prohibited ? "Art. 5(1)(ba)" : "Art. 50(2)";
    F.Eff = E;
    F.Conf = Conf;
    F.Pos.File = R + "/" + File;
    return F;
  };
  Finding Suppressed = At("gpl/a.c", Effect::Transparency, Confidence::Certain);
  Suppressed.Suppressed = true;
  std::vector<Finding> Findings = {
      At("app/chat.cpp", Effect::Transparency, Confidence::Certain),
      At("app/server_main.cpp", Effect::Transparency, Confidence::Likely),
      At("app/server_main.cpp", Effect::Prohibited, Confidence::Certain),
      At("model/run.cpp", Effect::Transparency, Confidence::Certain),
      At("gpl/sub/b.c", Effect::Transparency, Confidence::Possible),
      At("gpl/sub/b.c", Effect::ObligationUnmet, Confidence::Certain),
      Suppressed};
  decideVerdicts(C, Findings);
  EXPECT_EQ(Named(Root.filename().string()).V, Verdict::NotEligible);
  EXPECT_EQ(Named("chatapp").V, Verdict::Conditional);
  EXPECT_EQ(Named("server").V, Verdict::NotExempt);
  EXPECT_TRUE(Named("server").Prohibited);
  EXPECT_FALSE(Named("chatapp").Prohibited);
  EXPECT_EQ(Named("model").V, Verdict::NotEligible);
  EXPECT_EQ(Named("gpl").V, Verdict::Exempt);
  EXPECT_EQ(Named("gplsub").V, Verdict::Exempt);
  EXPECT_EQ(Named("chatapp").Reasons,
            std::vector<std::string>{"Art. 50(2): 1 finding (aiact-x)"});

  // Monetised takes the exemption away whatever the licence.
  C[1].Decl.Monetised = true;
  decideVerdicts(C, Findings);
  EXPECT_EQ(C[1].V, Verdict::NotEligible);
}

TEST(ProvisionDates, InOrderAndMarked) {
  const std::vector<ProvisionDate> &D = provisionDates();
  ASSERT_FALSE(D.empty());
  for (size_t I = 1; I < D.size(); ++I)
    EXPECT_LE(D[I - 1].From, D[I].From);
  EXPECT_EQ(D.front().From, 20250202u);
  EXPECT_TRUE(D.back().Amendment);
}

} // namespace

namespace {

TEST(DiffBase, ParsesZeroContextDiffs) {
  std::string Diff = "diff --git a/src/a.cpp b/src/a.cpp\n"
                     "index 1..2 100644\n"
                     "--- a/src/a.cpp\n"
                     "+++ b/src/a.cpp\n"
                     "@@ -3 +3 @@ void f() {\n"
                     "-old\n"
                     "+new\n"
                     "@@ -10,0 +11,2 @@\n"
                     "+added\n"
                     "+added\n"
                     "@@ -20,3 +22,0 @@\n"
                     "-gone\n"
                     "diff --git a/old.c b/old.c\n"
                     "--- a/old.c\n"
                     "+++ /dev/null\n"
                     "@@ -1,2 +0,0 @@\n"
                     "diff --git \"a/sp ace\\303\\251.c\" \"b/sp ace\\303\\251.c\"\n"
                     "--- \"a/sp ace\\303\\251.c\"\n"
                     "+++ \"b/sp ace\\303\\251.c\"\n"
                     "@@ -1 +1 @@\n";
  ChangedLines C;
  std::string Err;
  ASSERT_TRUE(parseUnifiedDiff(Diff, C, Err)) << Err;
  EXPECT_TRUE(C.changed("src/a.cpp", 3));
  EXPECT_FALSE(C.changed("src/a.cpp", 4));
  EXPECT_FALSE(C.changed("src/a.cpp", 10));
  EXPECT_TRUE(C.changed("src/a.cpp", 11));
  EXPECT_TRUE(C.changed("src/a.cpp", 12));
  EXPECT_FALSE(C.changed("src/a.cpp", 13));
  EXPECT_FALSE(C.changed("src/a.cpp", 22));
  EXPECT_FALSE(C.changed("old.c", 1));
  EXPECT_TRUE(C.changed("sp ace\xc3\xa9.c", 1));
  C.WholeFiles.insert("new.cpp");
  EXPECT_TRUE(C.changed("new.cpp", 1000));

  EXPECT_FALSE(parseUnifiedDiff("+++ b/x\n@@ -1 @@\n", C, Err));
  EXPECT_EQ(Err, "line 2: expected '+LINE[,COUNT]' in a hunk header");
  EXPECT_FALSE(parseUnifiedDiff("+++ b/x\n@@ -1 +x @@\n", C, Err));
  EXPECT_EQ(Err, "line 2: expected a line number after '+'");
}

} // namespace
