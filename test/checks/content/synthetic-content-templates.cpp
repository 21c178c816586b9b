// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-synthetic-content in templates: calls whose arguments depend on a
// template parameter are resolved only in the instantiation. Each template is
// instantiated once and reported once, at the loop in the template.

#include "common.h"
#include "llama.h"
#include "sampling.h"

#include <vector>

// A generic generate<Sampler>; the sampler call depends on Sampler.
template <typename Sampler>
std::vector<llama_token> generate(llama_context *ctx, Sampler *smpl,
                                  llama_token seed, int n) {
  std::vector<llama_token> out;
  llama_token cur = seed;
  // CHECK: {{.*}}synthetic-content-templates.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  for (int i = 0; i < n; ++i) {
    // CHECK: {{.*}}synthetic-content-templates.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (llama_decode(ctx, llama_batch_get_one(&cur, 1)))
      break;
    // CHECK: {{.*}}synthetic-content-templates.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    cur = llama_sampler_sample(smpl, ctx, -1);
    // CHECK: {{.*}}synthetic-content-templates.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
    out.push_back(cur);
  }
  return out;
}

// A class template whose context type is a parameter, so the model call
// depends on it.
template <class Ctx> struct Loop {
  Ctx *c;
  common_sampler *g;

  void spin(llama_batch &b, llama_pos pos, int n) {
    // CHECK: {{.*}}synthetic-content-templates.cpp:[[@LINE+1]]:5: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
    while (n-- > 0) {
      // CHECK: {{.*}}synthetic-content-templates.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
      if (llama_decode(c, b))
        break;
      // CHECK: {{.*}}synthetic-content-templates.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (common_sampler_sample)
      llama_token t = common_sampler_sample(g, c, -1);
      // CHECK: {{.*}}synthetic-content-templates.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
      common_sampler_accept(g, t, true);
      common_batch_clear(b);
      common_batch_add(b, t, pos++, {0}, true);
    }
  }
};

// A ring buffer whose size is a non-type template parameter.
template <int N>
void ring_gen(llama_context *ctx, llama_sampler *s, int steps) {
  llama_token ring[N] = {};
  int w = 0;
  // CHECK: {{.*}}synthetic-content-templates.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  do {
    // CHECK: {{.*}}synthetic-content-templates.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    llama_decode(ctx, llama_batch_get_one(&ring[w % N], 1));
    // CHECK: {{.*}}synthetic-content-templates.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    ring[++w % N] = llama_sampler_sample(s, ctx, -1);
    // CHECK: {{.*}}synthetic-content-templates.cpp:[[@LINE-3]]:{{[0-9]+}}: note: the token is fed back into the model input here
  } while (w < steps);
}

// Negative: a template that extracts embeddings, instantiated once.
template <typename Out>
void embed_all(llama_context *ctx, std::vector<std::vector<llama_token>> &in,
               Out &out, int n_embd) {
  for (std::vector<llama_token> &toks : in) {
    llama_decode(ctx, llama_batch_get_one(toks.data(),
                                          static_cast<int32_t>(toks.size())));
    const float *e = llama_get_embeddings_ith(ctx, -1);
    out.insert(out.end(), e, e + n_embd);
  }
}

void use_all(llama_context *ctx, llama_sampler *s, common_sampler *g,
             llama_batch &b, std::vector<std::vector<llama_token>> &in) {
  generate<llama_sampler>(ctx, s, 1, 32);
  Loop<llama_context> loop{ctx, g};
  loop.spin(b, b.n_tokens, 32);
  ring_gen<4>(ctx, s, 64);
  std::vector<float> flat;
  embed_all(ctx, in, flat, 16);
}
