// SPDX-License-Identifier: Apache-2.0
// CUDA host code: the loop runs on the host and launches a kernel.
#include "llama.h"

__global__ void scale(float *x, float s) { x[0] *= s; }

__host__ void decode_loop(llama_context *ctx, llama_sampler *smpl,
                          llama_token tok) {
  for (int i = 0; i < 32; ++i) {
    if (llama_decode(ctx, llama_batch_get_one(&tok, 1)))
      break;
    tok = llama_sampler_sample(smpl, ctx, -1);
  }
}
