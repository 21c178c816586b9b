// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|note}}:'

// aiact-synthetic-content: a library that offers generation to other
// programs through its header is reported once, where it generates, with a
// note on Art. 25(4). Functions that only this file can call get no note.

#include "textgen/textgen.h"

namespace textgen {

std::vector<llama_token> generate(llama_context *ctx, llama_sampler *smpl,
                                  llama_token first, int n) {
  std::vector<llama_token> out;
  llama_token tok = first;
  // CHECK: {{.*}}synthetic-content-library.cpp:[[@LINE+5]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  // CHECK: {{.*}}synthetic-content-library.cpp:[[@LINE+5]]:9: note: model is run here (llama_decode)
  // CHECK: {{.*}}synthetic-content-library.cpp:[[@LINE+6]]:11: note: model output becomes a token here (llama_sampler_sample)
  // CHECK: {{.*}}synthetic-content-library.cpp:[[@LINE+3]]:27: note: the token is fed back into the model input here
  // CHECK: {{.*}}textgen.h:13:26: note: 'textgen::generate' is offered to other programs (declared in textgen.h): a tool or component made publicly accessible under a free and open-source licence is covered by Art. 25(4), and the Art. 50 duties would fall on the provider of a system built with it
  for (int i = 0; i < n; ++i) {
    if (llama_decode(ctx, llama_batch_get_one(&tok, 1)))
      break;
    tok = llama_sampler_sample(smpl, ctx, -1);
    out.push_back(tok);
  }
  return out;
}

sd_image_t *Painter::paint(const sd_img_gen_params_t *params) {
  // CHECK: {{.*}}synthetic-content-library.cpp:[[@LINE+2]]:10: warning: call generates images with a model (generate_image); if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  // CHECK: {{.*}}textgen.h:18:15: note: 'textgen::Painter::paint' is offered to other programs (declared in textgen.h): a tool or component made publicly accessible under a free and open-source licence is covered by Art. 25(4), and the Art. 50 duties would fall on the provider of a system built with it
  return generate_image(ctx_, params);
}

} // namespace textgen

// Internal to this file: no note.
static int internal(llama_context *ctx, llama_sampler *smpl, llama_token t) {
  int n = 0;
  // CHECK: {{.*}}synthetic-content-library.cpp:[[@LINE+4]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  // CHECK: {{.*}}synthetic-content-library.cpp:[[@LINE+4]]:5: note: model is run here (llama_decode)
  // CHECK: {{.*}}synthetic-content-library.cpp:[[@LINE+4]]:9: note: model output becomes a token here (llama_sampler_sample)
  // CHECK: {{.*}}synthetic-content-library.cpp:[[@LINE+2]]:23: note: the token is fed back into the model input here
  while (n < 8) {
    llama_decode(ctx, llama_batch_get_one(&t, 1));
    t = llama_sampler_sample(smpl, ctx, -1);
    ++n;
  }
  return n;
}

namespace {
sd_image_t *hidden(sd_ctx_t *sd, const sd_img_gen_params_t *p) {
  // CHECK: {{.*}}synthetic-content-library.cpp:[[@LINE+1]]:10: warning: call generates images with a model (generate_image); if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  return generate_image(sd, p);
}
} // namespace

// Visible to the linker but declared in no header: no note.
int demo_main(llama_context *ctx, llama_sampler *smpl, sd_ctx_t *sd,
              const sd_img_gen_params_t *p) {
  llama_token t = 1;
  // CHECK: {{.*}}synthetic-content-library.cpp:[[@LINE+4]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  // CHECK: {{.*}}synthetic-content-library.cpp:[[@LINE+4]]:5: note: model is run here (llama_decode)
  // CHECK: {{.*}}synthetic-content-library.cpp:[[@LINE+4]]:9: note: model output becomes a token here (llama_sampler_sample)
  // CHECK: {{.*}}synthetic-content-library.cpp:[[@LINE+2]]:23: note: the token is fed back into the model input here
  for (int i = 0; i < 4; ++i) {
    llama_decode(ctx, llama_batch_get_one(&t, 1));
    t = llama_sampler_sample(smpl, ctx, -1);
  }
  return internal(ctx, smpl, t) + (hidden(sd, p) != nullptr);
}
