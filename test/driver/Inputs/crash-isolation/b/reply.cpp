#include "chat-limits.h"
#include "llama.h"

void reply(llama_context *ctx, llama_sampler *smpl, llama_token tok) {
  for (int i = 0; i < MAX_REPLY; ++i) {
    llama_decode(ctx, llama_batch_get_one(&tok, 1));
    tok = llama_sampler_sample(smpl, ctx, -1);
  }
}
