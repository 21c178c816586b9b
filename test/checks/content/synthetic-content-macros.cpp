// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-synthetic-content: the library calls are hidden behind macros. Notes
// point at the line where the macro is used. A do { ... } while (0) inside a
// macro is not a loop.

#include "common.h"
#include "llama.h"
#include "sampling.h"

#define EVAL_ONE(c, t) llama_decode((c), llama_batch_get_one(&(t), 1))
#define NEXT_TOKEN(s, c) llama_sampler_sample((s), (c), -1)
#define RUN_MODEL llama_decode
#define PICK(dst) dst = llama_sampler_sample(g_smpl, g_ctx, -1)
#define SAMPLE_LAST(g, c, b) common_sampler_sample((g), (c), (b).n_tokens - 1)
#define PUSH_TOKEN(b, t, p) common_batch_add((b), (t), (p), {0}, true)
#define STEP(c, s, t)                                                          \
  do {                                                                         \
    llama_decode((c), llama_batch_get_one(&(t), 1));                           \
    (t) = llama_sampler_sample((s), (c), -1);                                  \
  } while (0)

llama_context *g_ctx;
llama_sampler *g_smpl;

// Function-like macros around the model call and the sampler.
void m1(llama_context *ctx, llama_sampler *smpl, llama_token tok, int n) {
  // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  for (int i = 0; i < n; ++i) {
    // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (EVAL_ONE(ctx, tok))
      break;
    // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    tok = NEXT_TOKEN(smpl, ctx);
    // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
  }
}

// An object-like macro for the function name, and a macro that assigns.
void m2(llama_token t) {
  llama_batch b = llama_batch_get_one(&t, 1);
  // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  while (RUN_MODEL(g_ctx, b) == 0) {
    // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE-1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    PICK(t);
    // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
    b = llama_batch_get_one(&t, 1);
  }
}

// Macros around the common library's sampler and batch helpers.
void m3(llama_context *ctx, common_sampler *g, llama_batch &b, int pos,
        int end) {
  // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  do {
    // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE+6]]:{{[0-9]+}}: note: model is run here (llama_decode)
    // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (common_sampler_sample)
    llama_token id = SAMPLE_LAST(g, ctx, b);
    common_batch_clear(b);
    PUSH_TOKEN(b, id, pos++);
    // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE+1]]:{{[0-9]+}}: note: the token is fed back into the model input here
    if (llama_decode(ctx, b))
      break;
  } while (pos < end);
}

// One statement macro, written as do { ... } while (0), holds the whole step:
// the generation loop is the `for`, not the macro's do-while.
void m4(llama_context *ctx, llama_sampler *s, llama_token t, int n) {
  // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  for (int k = 0; k < n; ++k)
    // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE+3]]:{{[0-9]+}}: note: model is run here (llama_decode)
    // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE+2]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    // CHECK: {{.*}}synthetic-content-macros.cpp:[[@LINE+1]]:{{[0-9]+}}: note: the token is fed back into the model input here
    STEP(ctx, s, t);
}

// Negative: a macro named like sampling that only formats a token for output;
// the model input is fixed.
#define SAMPLE_TEXT(v, t, buf)                                                 \
  llama_token_to_piece((v), (t), (buf), 32, 0, true)

void m5(llama_context *ctx, const llama_vocab *v, llama_batch fixed, int n) {
  char buf[32];
  for (int i = 0; i < n; ++i) {
    RUN_MODEL(ctx, fixed);
    SAMPLE_TEXT(v, static_cast<llama_token>(i), buf);
  }
}
