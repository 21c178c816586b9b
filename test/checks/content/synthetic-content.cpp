// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-synthetic-content: generation loops written directly against the
// llama.cpp API. Each loop runs the model, turns its output into a token and
// feeds that token into the next model call; the token travels through a
// different carrier in each function.

#include "common.h"
#include "llama.h"
#include "sampling.h"

#include <iostream>
#include <string>
#include <vector>

// The token is re-batched with llama_batch_get_one for the next iteration.
void f1(llama_context *ctx, llama_sampler *smpl, const llama_vocab *vocab,
        std::vector<llama_token> &prompt) {
  llama_batch batch =
      llama_batch_get_one(prompt.data(), static_cast<int32_t>(prompt.size()));
  llama_token tok = 0;
  // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  for (int n = 0; n < 128; ++n) {
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (llama_decode(ctx, batch) != 0)
      break;
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    tok = llama_sampler_sample(smpl, ctx, -1);
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
    if (llama_vocab_is_eog(vocab, tok))
      break;
    batch = llama_batch_get_one(&tok, 1);
  }
}

struct Cursor {
  llama_token last;
  int pos;
};

// The token lives in a struct field; `while` loop.
void f2(llama_context *ctx, llama_sampler *s, Cursor &cur) {
  // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  while (cur.pos < 256) {
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (llama_decode(ctx, llama_batch_get_one(&cur.last, 1)))
      break;
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    cur.last = llama_sampler_sample(s, ctx, -1);
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
    ++cur.pos;
  }
}

// A `do` loop that stops at end of generation.
void f3(llama_context *c, llama_sampler *s, const llama_vocab *v,
        llama_token t) {
  // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  do {
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    llama_decode(c, llama_batch_get_one(&t, 1));
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    t = llama_sampler_sample(s, c, -1);
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE-3]]:{{[0-9]+}}: note: the token is fed back into the model input here
  } while (!llama_vocab_is_eog(v, t));
}

// The token is written and read through a pointer.
void f4(llama_context *c, llama_sampler *s, llama_token first, int budget) {
  llama_token store = first;
  llama_token *p = &store;
  // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  for (; budget > 0; --budget) {
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    llama_decode(c, llama_batch_get_one(p, 1));
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    *p = llama_sampler_sample(s, c, -1);
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE-3]]:{{[0-9]+}}: note: the token is fed back into the model input here
  }
}

// The token goes through a ring buffer.
void f5(llama_context *ctx, llama_sampler *zz, int n) {
  llama_token ring[8] = {};
  unsigned head = 0;
  // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  for (int i = 0; i < n; ++i) {
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (llama_decode(ctx, llama_batch_get_one(&ring[head % 8], 1)))
      break;
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    ring[++head % 8] = llama_sampler_sample(zz, ctx, -1);
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
  }
}

// The token is appended to a std::vector and the model is run on its tail,
// later in the same iteration.
void f6(llama_context *ctx, llama_sampler *q, std::vector<llama_token> hist) {
  const int32_t n0 = static_cast<int32_t>(hist.size());
  llama_decode(ctx, llama_batch_get_one(hist.data(), n0));
  // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  for (int i = 0; i < 64; ++i) {
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+5]]:{{[0-9]+}}: note: model is run here (llama_decode)
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    llama_token t = llama_sampler_sample(q, ctx, -1);
    hist.push_back(t);
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: the token is fed back into the model input here
    if (llama_decode(ctx, llama_batch_get_one(&hist.back(), 1)))
      break;
  }
}

// common_sampler_sample and common_batch_add from llama.cpp's common library.
void f7(llama_context *ctx, common_sampler *gs, llama_batch &b, int n_cur,
        int n_len) {
  // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  while (n_cur < n_len) {
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+7]]:{{[0-9]+}}: note: model is run here (llama_decode)
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (common_sampler_sample)
    llama_token id = common_sampler_sample(gs, ctx, b.n_tokens - 1);
    common_sampler_accept(gs, id, true);
    common_batch_clear(b);
    common_batch_add(b, id, n_cur++, {0}, true);
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: the token is fed back into the model input here
    if (llama_decode(ctx, b))
      break;
  }
}

// A chat loop around a generation loop: only the inner loop is reported.
void f8(llama_context *ctx, llama_sampler *smpl, const llama_vocab *vocab) {
  std::string line;
  while (std::getline(std::cin, line)) {
    std::vector<llama_token> in = common_tokenize(vocab, line, true, true);
    llama_batch batch =
        llama_batch_get_one(in.data(), static_cast<int32_t>(in.size()));
    llama_token t = 0;
    // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:5: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
    for (;;) {
      // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
      if (llama_decode(ctx, batch))
        break;
      // CHECK: {{.*}}synthetic-content.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
      t = llama_sampler_sample(smpl, ctx, -1);
      // CHECK: {{.*}}synthetic-content.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
      if (llama_vocab_is_eog(vocab, t))
        break;
      std::cout << common_token_to_piece(vocab, t) << std::flush;
      batch = llama_batch_get_one(&t, 1);
    }
    std::cout << '\n';
  }
}
