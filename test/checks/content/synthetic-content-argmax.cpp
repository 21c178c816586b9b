// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-synthetic-content: greedy decoding without a sampler. The token is
// the argmax over llama_get_logits or llama_get_logits_ith, computed by a
// hand-written max loop or by std::max_element. The argmax loop nested in the
// generation loop is not a generation loop of its own.

#include "common.h"
#include "llama.h"

#include <algorithm>
#include <cstdio>
#include <vector>

// Hand-written argmax over llama_get_logits_ith in a `for` loop.
void a1(llama_context *ctx, const llama_vocab *vocab, llama_token cur, int n) {
  const int nv = llama_vocab_n_tokens(vocab);
  // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  for (int step = 0; step < n; ++step) {
    // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (llama_decode(ctx, llama_batch_get_one(&cur, 1)) != 0)
      break;
    const float *logits = llama_get_logits_ith(ctx, -1);
    int best = 0;
    for (int i = 1; i < nv; ++i)
      if (logits[i] > logits[best])
        // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (argmax over llama_get_logits_ith)
        best = i;
    // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE-8]]:{{[0-9]+}}: note: the token is fed back into the model input here
    cur = best;
  }
}

// std::max_element over llama_get_logits in a `while` loop.
void a2(llama_context *ctx, int nv, std::vector<llama_token> &out) {
  llama_token q = out.back();
  // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  while (out.size() < 200) {
    // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    llama_decode(ctx, llama_batch_get_one(&q, 1));
    float *zz = llama_get_logits(ctx);
    // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (argmax over llama_get_logits)
    q = static_cast<llama_token>(std::max_element(zz, zz + nv) - zz);
    // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
    out.push_back(q);
  }
}

// Hand-written argmax in a `do` loop; the token is written into the batch's
// fields by hand.
void a3(llama_context *ctx, llama_batch b, int nv, llama_token stop) {
  llama_pos pos = b.n_tokens;
  llama_token top = 0;
  // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  do {
    // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (llama_decode(ctx, b))
      break;
    const float *row = llama_get_logits_ith(ctx, b.n_tokens - 1);
    top = 0;
    for (llama_token j = 1; j < nv; ++j) {
      if (row[j] > row[top])
        // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (argmax over llama_get_logits_ith)
        top = j;
    }
    // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE-9]]:{{[0-9]+}}: note: the token is fed back into the model input here
    b.n_tokens = 1;
    b.token[0] = top;
    b.pos[0] = pos++;
    b.n_seq_id[0] = 1;
    b.seq_id[0][0] = 0;
    b.logits[0] = 1;
  } while (top != stop);
}

// std::max_element over llama_get_logits_ith; the token is added with
// common_batch_add.
void a4(llama_context *ctx, llama_batch &batch, int nv, int limit) {
  // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  for (int p = batch.n_tokens; p < limit; ++p) {
    // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (llama_decode(ctx, batch))
      break;
    const float *lg = llama_get_logits_ith(ctx, batch.n_tokens - 1);
    // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (argmax over llama_get_logits_ith)
    const llama_token next = std::max_element(lg, lg + nv) - lg;
    // CHECK: {{.*}}synthetic-content-argmax.cpp:[[@LINE-5]]:{{[0-9]+}}: note: the token is fed back into the model input here
    common_batch_clear(batch);
    common_batch_add(batch, next, p, {0}, true);
  }
}

// Negative: greedy accuracy over a given text. The argmax is only compared
// with the reference; the next input is taken from the text.
int a5(llama_context *ctx, std::vector<llama_token> &text, int nv) {
  int hits = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    llama_decode(ctx, llama_batch_get_one(&text[i], 1));
    const float *lg = llama_get_logits_ith(ctx, -1);
    int arg = 0;
    for (int k = 1; k < nv; ++k)
      if (lg[k] > lg[arg])
        arg = k;
    hits += arg == text[i + 1];
  }
  std::printf("%d\n", hits);
  return hits;
}
