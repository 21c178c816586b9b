// Mock of llama.cpp's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_COMMON_H
#define AIACT_MOCK_COMMON_H

#include "llama.h"

#include <string>
#include <vector>

using llama_tokens = std::vector<llama_token>;

struct common_params_sampling {
  uint32_t seed = LLAMA_DEFAULT_SEED;
  int32_t top_k = 40;
  float top_p = 0.95f;
  float min_p = 0.05f;
  float temp = 0.80f;
};

struct common_params_vocoder {
  std::string speaker_file = ""; // an OuteTTS speaker profile
  bool use_guide_tokens = false;
};

struct common_params {
  int32_t n_predict = -1;
  int32_t n_ctx = 4096;
  int32_t n_batch = 2048;
  std::string prompt;
  common_params_sampling sampling;
  common_params_vocoder vocoder;
};

// Batches.
void common_batch_clear(struct llama_batch &batch);
void common_batch_add(struct llama_batch &batch, llama_token id, llama_pos pos,
                      const std::vector<llama_seq_id> &seq_ids, bool logits);

// Tokens and text.
std::vector<llama_token> common_tokenize(const struct llama_context *ctx,
                                         const std::string &text,
                                         bool add_special,
                                         bool parse_special = false);
std::vector<llama_token> common_tokenize(const struct llama_vocab *vocab,
                                         const std::string &text,
                                         bool add_special,
                                         bool parse_special = false);
std::string common_token_to_piece(const struct llama_context *ctx,
                                  llama_token token, bool special = true);
std::string common_token_to_piece(const struct llama_vocab *vocab,
                                  llama_token token, bool special = true);
std::string common_detokenize(const struct llama_context *ctx,
                              const std::vector<llama_token> &tokens,
                              bool special = true);

size_t common_lcp(const llama_tokens &a, const llama_tokens &b);

#endif // AIACT_MOCK_COMMON_H
