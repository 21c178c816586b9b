// A terminal chat on llama.cpp: what the user types is answered with
// generated text. Audited without llama.cpp installed.
#include <cstdio>
#include <string>

#include "llama.h"

static std::string answer(llama_context *ctx, llama_sampler *smpl,
                          const llama_vocab *vocab, llama_token first) {
  std::string out;
  llama_token tok = first;
  for (int n = 0; n < 256; ++n) {
    llama_decode(ctx, llama_batch_get_one(&tok, 1));
    tok = llama_sampler_sample(smpl, ctx, -1);
    if (llama_vocab_is_eog(vocab, tok))
      break;
    char piece[64];
    int len = llama_token_to_piece(vocab, tok, piece, sizeof piece, 0, true);
    out.append(piece, len);
  }
  return out;
}

int main(int argc, char **argv) {
  llama_model *model =
      llama_model_load_from_file(argv[1], llama_model_default_params());
  llama_context *ctx =
      llama_init_from_model(model, llama_context_default_params());
  llama_sampler *smpl =
      llama_sampler_chain_init(llama_sampler_chain_default_params());
  const llama_vocab *vocab = llama_model_get_vocab(model);
  char line[1024];
  while (fgets(line, sizeof line, stdin)) {
    llama_token toks[512];
    int n = llama_tokenize(vocab, line, -1, toks, 512, true, true);
    llama_decode(ctx, llama_batch_get_one(toks, n));
    llama_token first = llama_sampler_sample(smpl, ctx, -1);
    printf("%s\n", answer(ctx, smpl, vocab, first).c_str());
  }
  return 0;
}
