// SPDX-License-Identifier: Apache-2.0
#include "llama.h"

void step(llama_context *ctx, llama_sampler *smpl, llama_token tok) {
  while (true) {
    if (llama_decode(ctx, llama_batch_get_one(&tok, 1)))
      break;
    tok = llama_sampler_sample(smpl, ctx, -1);
  }
}
