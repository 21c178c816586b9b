// Every NOLINT form, in the driver and the plugin (which share the
// suppression code) and in clang-tidy (which applies its own).
// RUN: %aiact --checks='-*,aiact-synthetic-content,aiact-nolint' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content,aiact-nolint' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error}}:'
// Suppressed findings stay in SARIF and JSON, marked with their reason.
// RUN: %aiact --format=json --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs | FileCheck %s --check-prefix=JSON

#include "llama.h"

#define GEN_STEP(c, s, t)                                                      \
  llama_decode((c), llama_batch_get_one(&(t), 1));                             \
  (t) = llama_sampler_sample((s), (c), -1);

void bare(llama_context *c, llama_sampler *s, llama_token t) {
  for (int i = 0; i < 8; ++i) { // NOLINT
    GEN_STEP(c, s, t)
  }
}

void named(llama_context *c, llama_sampler *s, llama_token t) {
  for (int i = 0; i < 8; ++i) { // NOLINT(aiact-synthetic-content): demo of the decoder; output is never published
    GEN_STEP(c, s, t)
  }
}

void glob(llama_context *c, llama_sampler *s, llama_token t) {
  while (t != 0) { // NOLINT(aiact-synthetic-*)
    GEN_STEP(c, s, t)
  }
}

void nextline(llama_context *c, llama_sampler *s, llama_token t) {
  // NOLINTNEXTLINE(aiact-synthetic-content): benchmark harness only
  for (int i = 0; i < 8; ++i) {
    GEN_STEP(c, s, t)
  }
}

// A NOLINT for another check does not hide this one.
void other(llama_context *c, llama_sampler *s, llama_token t) {
  // CHECK: {{.*}}nolint.cpp:[[@LINE+2]]:3: warning: loop generates text
  // TIDY: {{.*}}nolint.cpp:[[@LINE+1]]:3: warning: loop generates text
  for (int i = 0; i < 8; ++i) { // NOLINT(aiact-deep-fake)
    GEN_STEP(c, s, t)
  }
}

// NOLINTBEGIN(aiact-synthetic-content): vendored example, kept as upstream wrote it
void block1(llama_context *c, llama_sampler *s, llama_token t) {
  do {
    GEN_STEP(c, s, t)
  } while (t != 2);
}
void block2(llama_context *c, llama_sampler *s, llama_token t) {
  for (;;) {
    GEN_STEP(c, s, t)
  }
}
// NOLINTEND(aiact-synthetic-content)

// A comment that only mentions NOLINT in a string is not a suppression.
void stringy(llama_context *c, llama_sampler *s, llama_token t) {
  const char *msg = "// NOLINT";
  (void)msg;
  // CHECK: {{.*}}nolint.cpp:[[@LINE+2]]:3: warning: loop generates text
  // TIDY: {{.*}}nolint.cpp:[[@LINE+1]]:3: warning: loop generates text
  for (int i = 0; i < 8; ++i) {
    GEN_STEP(c, s, t)
  }
}

// JSON: "check": "aiact-synthetic-content"
// JSON: "line": 16
// JSON: "suppressed": true
// JSON: "check": "aiact-synthetic-content"
// JSON: "line": 22
// JSON: "suppressed": true,
// JSON-NEXT: "suppressionReason": "demo of the decoder; output is never published"
