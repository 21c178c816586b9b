// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 2>&1 | FileCheck %s --implicit-check-not='[aiact-'

// aiact-synthetic-content with the library's headers missing (driver only).
// No include path is given, so "llama.h", "common.h" and "sampling.h" are not
// found: the driver answers them with stubs generated from the catalog, calls
// the catalog does not know stay unresolved, and the check finds the
// generation loops by the calls' names.
// Handles are opaque pointers and tokens plain ints, so the rest of the file
// parses. The driver may say on stderr that the file did not compile, so the
// output is only required to hold no other finding.

#include "common.h"
#include "llama.h"
#include "sampling.h"

#include <vector>

// Sampler and re-batched token, `for` loop.
int h1(void *ctx, void *smpl, void *vocab, int tok, int n) {
  // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  for (int i = 0; i < n; ++i) {
    // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (llama_decode(ctx, llama_batch_get_one(&tok, 1)) != 0)
      break;
    // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    tok = llama_sampler_sample(smpl, ctx, -1);
    // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
    if (llama_vocab_is_eog(vocab, tok))
      break;
  }
  return tok;
}

// common_sampler_sample and a std::vector, `while` loop.
void h2(void *ctx, void *gs, std::vector<int> &hist, int limit) {
  // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  while (static_cast<int>(hist.size()) < limit) {
    // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE+5]]:{{[0-9]+}}: note: model is run here (llama_decode)
    // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (common_sampler_sample)
    int t = common_sampler_sample(gs, ctx, -1);
    hist.push_back(t);
    // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE+1]]:{{[0-9]+}}: note: the token is fed back into the model input here
    if (llama_decode(ctx, llama_batch_get_one(&hist.back(), 1)))
      break;
  }
}

// Hand-written argmax over llama_get_logits_ith, `do` loop.
void h3(void *ctx, int nv, int cur, int stop) {
  // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  do {
    // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    llama_decode(ctx, llama_batch_get_one(&cur, 1));
    const float *lg = llama_get_logits_ith(ctx, -1);
    int best = 0;
    for (int i = 1; i < nv; ++i)
      if (lg[i] > lg[best])
        // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (argmax over llama_get_logits_ith)
        best = i;
    // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE-7]]:{{[0-9]+}}: note: the token is fed back into the model input here
    cur = best;
  } while (cur != stop);
}

// Negative: embeddings only, also unresolved.
void h4(void *ctx, std::vector<std::vector<int>> &in, std::vector<float> &out,
        int n_embd) {
  for (std::vector<int> &toks : in) {
    llama_decode(ctx, llama_batch_get_one(toks.data(),
                                          static_cast<int>(toks.size())));
    const float *e = llama_get_embeddings_ith(ctx, -1);
    out.insert(out.end(), e, e + n_embd);
  }
}

// The library's own type names, unknown here: Clang marks the parameters and
// locals invalid and drops later references to them, which the check
// recovers by name.
int h5(llama_context *ctx, llama_sampler *smpl, const llama_vocab *vocab,
       std::vector<llama_token> &prompt) {
  llama_batch batch = llama_batch_get_one(prompt.data(), prompt.size());
  llama_token next;
  // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  while (true) {
    // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (llama_decode(ctx, batch))
      break;
    // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    next = llama_sampler_sample(smpl, ctx, -1);
    // CHECK: {{.*}}synthetic-content-missing-header.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
    if (llama_vocab_is_eog(vocab, next))
      break;
    batch = llama_batch_get_one(&next, 1);
  }
  return 0;
}

// Negative with unknown types: embeddings only.
void h6(llama_context *ctx, std::vector<llama_batch> &chunks, float *out) {
  for (auto &b : chunks) {
    llama_decode(ctx, b);
    const float *e = llama_get_embeddings(ctx);
    out[0] += e[0];
  }
}

// The JSON report says how sure each finding is: unresolved calls give
// `likely`, never `certain`.
// RUN: %aiact --format=json --checks='-*,aiact-synthetic-content' %s -- -std=c++17 2>/dev/null | FileCheck %s --check-prefix=CONF
// CONF-NOT: "confidence": "certain"
// CONF: "confidence": "likely"
// CONF-NOT: "confidence": "certain"
// The driver says which includes it answered with stubs.
// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 2>&1 >/dev/null | FileCheck %s --check-prefix=SKIP
// SKIP: aiact-check: warning: {{.*}}synthetic-content-missing-header.cpp: missing includes served from catalog stubs: common.h llama.h sampling.h
