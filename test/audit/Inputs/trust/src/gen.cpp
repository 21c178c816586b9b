// SPDX-License-Identifier: Apache-2.0
// A generation loop whose finding the tree suppresses itself.
#include "llama.h"

void generate(llama_context *ctx, llama_sampler *smpl, llama_token tok) {
  for (int n = 0; n < 64; ++n) { // NOLINT(aiact-synthetic-content): only a test harness
    if (llama_decode(ctx, llama_batch_get_one(&tok, 1)))
      break;
    tok = llama_sampler_sample(smpl, ctx, -1);
  }
}
