// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content' -I%inputs %s 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error}}:'

// aiact-synthetic-content: code that runs a model, samples or loops without
// generating text autoregressively. Nothing here may be reported.

#include "common.h"
#include "llama.h"
#include "sampling.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

// No finding is expected; FileCheck needs one check string.
// CHECK-NOT: warning:

// Embedding extraction: one decode per input, embeddings read back, no
// sampling.
std::vector<std::vector<float>>
n1(llama_context *ctx, const llama_vocab *vocab,
   const std::vector<std::string> &docs, int n_embd) {
  std::vector<std::vector<float>> out;
  for (const std::string &d : docs) {
    std::vector<llama_token> toks = common_tokenize(vocab, d, true);
    llama_memory_clear(llama_get_memory(ctx), true);
    const int32_t n = static_cast<int32_t>(toks.size());
    if (llama_decode(ctx, llama_batch_get_one(toks.data(), n)))
      continue;
    const float *e = llama_get_embeddings_seq(ctx, 0);
    if (!e)
      e = llama_get_embeddings_ith(ctx, -1);
    out.emplace_back(e, e + n_embd);
  }
  return out;
}

// Tokenisation only: text to tokens and back to pieces.
size_t n2(const llama_vocab *vocab, const std::vector<std::string> &lines) {
  size_t total = 0;
  char piece[64];
  for (const std::string &l : lines) {
    std::vector<llama_token> toks(l.size() + 2);
    int n = llama_tokenize(vocab, l.c_str(), static_cast<int32_t>(l.size()),
                           toks.data(), static_cast<int32_t>(toks.size()), true,
                           false);
    for (int i = 0; i < n; ++i)
      total +=
          llama_token_to_piece(vocab, toks[i], piece, sizeof piece, 0, false);
  }
  return total;
}

// A single decode and a single sample, no loop.
llama_token n3(llama_context *ctx, llama_sampler *smpl,
               std::vector<llama_token> &prompt) {
  llama_decode(ctx, llama_batch_get_one(prompt.data(),
                                        static_cast<int32_t>(prompt.size())));
  llama_token t = llama_sampler_sample(smpl, ctx, -1);
  prompt.push_back(t);
  return t;
}

// Chunked prompt ingestion in a loop, one sample after the loop.
llama_token n4(llama_context *ctx, llama_sampler *smpl,
               std::vector<llama_token> &prompt, int n_batch) {
  const int n = static_cast<int>(prompt.size());
  for (int i = 0; i < n; i += n_batch) {
    const int len = std::min(n_batch, n - i);
    if (llama_decode(ctx, llama_batch_get_one(prompt.data() + i, len)))
      return LLAMA_TOKEN_NULL;
  }
  return llama_sampler_sample(smpl, ctx, -1);
}

// Perplexity: the model scores a given text. The next input token comes from
// the text, never from the model's output.
double n5(llama_context *ctx, std::vector<llama_token> &text, int nv) {
  double nll = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    llama_decode(ctx, llama_batch_get_one(&text[i], 1));
    const float *logits = llama_get_logits(ctx);
    float mx = logits[0];
    for (int k = 1; k < nv; ++k)
      mx = std::max(mx, logits[k]);
    double sum = 0;
    for (int k = 0; k < nv; ++k)
      sum += std::exp(logits[k] - mx);
    nll -= logits[text[i + 1]] - mx - std::log(sum);
  }
  return std::exp(nll / static_cast<double>(text.size() - 1));
}

// The sampled token only goes to the console; the model gets a fixed batch.
void n6(llama_context *ctx, llama_sampler *smpl, const llama_vocab *vocab,
        std::vector<llama_token> &prompt) {
  llama_batch fixed =
      llama_batch_get_one(prompt.data(), static_cast<int32_t>(prompt.size()));
  char buf[128];
  for (int trial = 0; trial < 5; ++trial) {
    llama_memory_clear(llama_get_memory(ctx), true);
    llama_decode(ctx, fixed);
    llama_token t = llama_sampler_sample(smpl, ctx, -1);
    int n = llama_token_to_piece(vocab, t, buf, sizeof buf, 0, true);
    std::printf("trial %d: %.*s\n", trial, n, buf);
  }
}

// An argmax over the logits whose result is only printed.
void n7(llama_context *ctx, std::vector<std::vector<llama_token>> &inputs,
        int nv) {
  for (std::vector<llama_token> &in : inputs) {
    llama_memory_clear(llama_get_memory(ctx), true);
    llama_decode(ctx, llama_batch_get_one(in.data(),
                                          static_cast<int32_t>(in.size())));
    const float *lg = llama_get_logits_ith(ctx, -1);
    int best = 0;
    for (int i = 1; i < nv; ++i)
      if (lg[i] > lg[best])
        best = i;
    std::printf("next: %d\n", best);
  }
}

// Sampling in a loop, but the model input is the original prompt every time;
// the token only reaches the sampler's history and a result list.
std::vector<llama_token> n8(llama_context *ctx, common_sampler *gs,
                            std::vector<llama_token> prompt, int k) {
  std::vector<llama_token> picks;
  while (static_cast<int>(picks.size()) < k) {
    llama_memory_clear(llama_get_memory(ctx), true);
    llama_decode(ctx, llama_batch_get_one(prompt.data(),
                                          static_cast<int32_t>(prompt.size())));
    llama_token t = common_sampler_sample(gs, ctx, -1);
    common_sampler_accept(gs, t, true);
    picks.push_back(t);
  }
  return picks;
}

// A function named generate whose loop has nothing to do with models.
static int sample(int x) { return (x * 1103515245 + 12345) & 0x7fffffff; }

std::vector<int> generate(int seed, int n) {
  std::vector<int> out;
  int token = seed;
  do {
    token = sample(token);
    out.push_back(token % 100);
  } while (static_cast<int>(out.size()) < n);
  return out;
}
