/* C: the stub declares llama's types as opaque structs; calls are
   implicit declarations, recovered by name. */
#include "llama.h"

void loop(struct llama_context *ctx, llama_sampler *s) {
  llama_token t = 0;
  for (;;) { /* L:cloop */
    if (llama_decode(ctx, llama_batch_get_one(&t, 1)))
      break;
    t = llama_sampler_sample(s, ctx, -1);
  }
}
