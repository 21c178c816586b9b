// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c11 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c11 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content' %s -- -std=c11 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-synthetic-content in C: generation loops over the llama.cpp C API,
// with struct tags, a static wrapper and a hand-written argmax.

#include "llama.h"

#include <stdio.h>

// `for` loop with a sampler chain.
int c1(struct llama_context *ctx, struct llama_sampler *smpl,
       const struct llama_vocab *vocab, llama_token tok, int n) {
  int produced = 0;
  // CHECK: {{.*}}synthetic-content.c:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  for (int i = 0; i < n; ++i) {
    // CHECK: {{.*}}synthetic-content.c:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (llama_decode(ctx, llama_batch_get_one(&tok, 1)) != 0)
      break;
    // CHECK: {{.*}}synthetic-content.c:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    tok = llama_sampler_sample(smpl, ctx, -1);
    // CHECK: {{.*}}synthetic-content.c:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
    if (llama_vocab_is_eog(vocab, tok))
      break;
    ++produced;
  }
  return produced;
}

static int32_t eval1(struct llama_context *c, llama_token *p) {
  return llama_decode(c, llama_batch_get_one(p, 1));
}

// `while` loop with a static wrapper and a hand-written argmax.
void c2(struct llama_context *ctx, int nv, llama_token last, int budget) {
  // CHECK: {{.*}}synthetic-content.c:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  while (budget-- > 0) {
    // CHECK: {{.*}}synthetic-content.c:[[@LINE-7]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (eval1(ctx, &last))
      break;
    const float *lg = llama_get_logits_ith(ctx, -1);
    llama_token m = 0;
    for (llama_token j = 1; j < nv; ++j)
      if (lg[j] > lg[m])
        // CHECK: {{.*}}synthetic-content.c:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (argmax over llama_get_logits_ith)
        m = j;
    // CHECK: {{.*}}synthetic-content.c:[[@LINE-8]]:{{[0-9]+}}: note: the token is fed back into the model input here
    last = m;
    printf("%d ", (int)m);
  }
}

// `do` loop over a batch from llama_batch_init, filled field by field.
void c3(struct llama_context *ctx, struct llama_sampler *s,
        const struct llama_vocab *v, llama_token first) {
  struct llama_batch b = llama_batch_init(1, 0, 1);
  llama_token t = first;
  llama_pos pos = 0;
  // CHECK: {{.*}}synthetic-content.c:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  do {
    b.n_tokens = 1;
    b.token[0] = t;
    b.pos[0] = pos++;
    b.n_seq_id[0] = 1;
    b.seq_id[0][0] = 0;
    b.logits[0] = 1;
    // CHECK: {{.*}}synthetic-content.c:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (llama_decode(ctx, b))
      break;
    // CHECK: {{.*}}synthetic-content.c:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    t = llama_sampler_sample(s, ctx, -1);
    // CHECK: {{.*}}synthetic-content.c:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
  } while (!llama_vocab_is_eog(v, t) && pos < 512);
  llama_batch_free(b);
}

// Negative: embeddings for a list of inputs, no sampling.
void c4(struct llama_context *ctx, llama_token *const *inputs,
        const int32_t *lens, int n, float *out, int n_embd) {
  for (int i = 0; i < n; ++i) {
    llama_memory_clear(llama_get_memory(ctx), true);
    if (llama_decode(ctx, llama_batch_get_one(inputs[i], lens[i])))
      continue;
    const float *e = llama_get_embeddings_seq(ctx, 0);
    for (int k = 0; k < n_embd; ++k)
      out[i * n_embd + k] = e[k];
  }
}
