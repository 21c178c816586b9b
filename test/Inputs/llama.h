// Mock of llama.cpp's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_LLAMA_H
#define AIACT_MOCK_LLAMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LLAMA_DEFAULT_SEED 0xFFFFFFFF
#define LLAMA_TOKEN_NULL -1

#ifdef __cplusplus
extern "C" {
#endif

struct llama_vocab;
struct llama_model;
struct llama_context;
struct llama_sampler;

typedef struct llama_memory_i *llama_memory_t;

typedef int32_t llama_pos;
typedef int32_t llama_token;
typedef int32_t llama_seq_id;

enum llama_pooling_type {
  LLAMA_POOLING_TYPE_UNSPECIFIED = -1,
  LLAMA_POOLING_TYPE_NONE = 0,
  LLAMA_POOLING_TYPE_MEAN = 1,
  LLAMA_POOLING_TYPE_CLS = 2,
  LLAMA_POOLING_TYPE_LAST = 3,
};

typedef struct llama_token_data {
  llama_token id;
  float logit;
  float p;
} llama_token_data;

typedef struct llama_token_data_array {
  llama_token_data *data;
  size_t size;
  int64_t selected;
  bool sorted;
} llama_token_data_array;

typedef struct llama_batch {
  int32_t n_tokens;
  llama_token *token;
  float *embd;
  llama_pos *pos;
  int32_t *n_seq_id;
  llama_seq_id **seq_id;
  int8_t *logits;
} llama_batch;

struct llama_model_params {
  int32_t n_gpu_layers;
  int32_t main_gpu;
  bool vocab_only;
  bool use_mmap;
  bool use_mlock;
};

struct llama_context_params {
  uint32_t n_ctx;
  uint32_t n_batch;
  uint32_t n_ubatch;
  uint32_t n_seq_max;
  int32_t n_threads;
  int32_t n_threads_batch;
  enum llama_pooling_type pooling_type;
  bool embeddings;
  bool no_perf;
};

typedef struct llama_sampler_chain_params {
  bool no_perf;
} llama_sampler_chain_params;

typedef struct llama_chat_message {
  const char *role;
  const char *content;
} llama_chat_message;

// Defaults, set-up and tear-down.
struct llama_model_params llama_model_default_params(void);
struct llama_context_params llama_context_default_params(void);
struct llama_sampler_chain_params llama_sampler_chain_default_params(void);

void llama_backend_init(void);
void llama_backend_free(void);

struct llama_model *
llama_model_load_from_file(const char *path_model,
                           struct llama_model_params params);
void llama_model_free(struct llama_model *model);
struct llama_context *llama_init_from_model(struct llama_model *model,
                                            struct llama_context_params params);
void llama_free(struct llama_context *ctx);

// Older names of the loading functions, still common in the wild.
struct llama_model *
llama_load_model_from_file(const char *path_model,
                           struct llama_model_params params);
void llama_free_model(struct llama_model *model);
struct llama_context *
llama_new_context_with_model(struct llama_model *model,
                             struct llama_context_params params);

// Queries.
uint32_t llama_n_ctx(const struct llama_context *ctx);
uint32_t llama_n_batch(const struct llama_context *ctx);
const struct llama_model *llama_get_model(const struct llama_context *ctx);
llama_memory_t llama_get_memory(const struct llama_context *ctx);
const struct llama_vocab *
llama_model_get_vocab(const struct llama_model *model);
int32_t llama_model_n_ctx_train(const struct llama_model *model);
int32_t llama_model_n_embd(const struct llama_model *model);
bool llama_model_has_encoder(const struct llama_model *model);
llama_token llama_model_decoder_start_token(const struct llama_model *model);
const char *llama_model_chat_template(const struct llama_model *model,
                                      const char *name);
int32_t llama_vocab_n_tokens(const struct llama_vocab *vocab);

// Memory (KV cache).
void llama_memory_clear(llama_memory_t mem, bool data);
bool llama_memory_seq_rm(llama_memory_t mem, llama_seq_id seq_id, llama_pos p0,
                         llama_pos p1);
llama_pos llama_memory_seq_pos_max(llama_memory_t mem, llama_seq_id seq_id);

// Decoding.
struct llama_batch llama_batch_get_one(llama_token *tokens, int32_t n_tokens);
struct llama_batch llama_batch_init(int32_t n_tokens, int32_t embd,
                                    int32_t n_seq_max);
void llama_batch_free(struct llama_batch batch);
int32_t llama_encode(struct llama_context *ctx, struct llama_batch batch);
int32_t llama_decode(struct llama_context *ctx, struct llama_batch batch);
void llama_set_embeddings(struct llama_context *ctx, bool embeddings);
void llama_synchronize(struct llama_context *ctx);

float *llama_get_logits(struct llama_context *ctx);
float *llama_get_logits_ith(struct llama_context *ctx, int32_t i);
float *llama_get_embeddings(struct llama_context *ctx);
float *llama_get_embeddings_ith(struct llama_context *ctx, int32_t i);
float *llama_get_embeddings_seq(struct llama_context *ctx, llama_seq_id seq_id);

// Vocabulary.
const char *llama_vocab_get_text(const struct llama_vocab *vocab,
                                 llama_token token);
bool llama_vocab_is_eog(const struct llama_vocab *vocab, llama_token token);
bool llama_vocab_is_control(const struct llama_vocab *vocab, llama_token token);
llama_token llama_vocab_bos(const struct llama_vocab *vocab);
llama_token llama_vocab_eos(const struct llama_vocab *vocab);
llama_token llama_vocab_eot(const struct llama_vocab *vocab);
llama_token llama_vocab_nl(const struct llama_vocab *vocab);

// Tokenisation.
int32_t llama_tokenize(const struct llama_vocab *vocab, const char *text,
                       int32_t text_len, llama_token *tokens,
                       int32_t n_tokens_max, bool add_special,
                       bool parse_special);
int32_t llama_token_to_piece(const struct llama_vocab *vocab, llama_token token,
                             char *buf, int32_t length, int32_t lstrip,
                             bool special);
int32_t llama_detokenize(const struct llama_vocab *vocab,
                         const llama_token *tokens, int32_t n_tokens,
                         char *text, int32_t text_len_max, bool remove_special,
                         bool unparse_special);

// Chat templates.
int32_t llama_chat_apply_template(const char *tmpl,
                                  const struct llama_chat_message *chat,
                                  size_t n_msg, bool add_ass, char *buf,
                                  int32_t length);

// Sampling.
const char *llama_sampler_name(const struct llama_sampler *smpl);
void llama_sampler_accept(struct llama_sampler *smpl, llama_token token);
void llama_sampler_apply(struct llama_sampler *smpl,
                         llama_token_data_array *cur_p);
void llama_sampler_reset(struct llama_sampler *smpl);
struct llama_sampler *llama_sampler_clone(const struct llama_sampler *smpl);
void llama_sampler_free(struct llama_sampler *smpl);

struct llama_sampler *
llama_sampler_chain_init(struct llama_sampler_chain_params params);
void llama_sampler_chain_add(struct llama_sampler *chain,
                             struct llama_sampler *smpl);
struct llama_sampler *llama_sampler_chain_get(struct llama_sampler *chain,
                                              int32_t i);
int llama_sampler_chain_n(const struct llama_sampler *chain);
struct llama_sampler *llama_sampler_chain_remove(struct llama_sampler *chain,
                                                 int32_t i);

struct llama_sampler *llama_sampler_init_greedy(void);
struct llama_sampler *llama_sampler_init_dist(uint32_t seed);
struct llama_sampler *llama_sampler_init_top_k(int32_t k);
struct llama_sampler *llama_sampler_init_top_p(float p, size_t min_keep);
struct llama_sampler *llama_sampler_init_min_p(float p, size_t min_keep);
struct llama_sampler *llama_sampler_init_temp(float t);
struct llama_sampler *llama_sampler_init_penalties(int32_t penalty_last_n,
                                                   float penalty_repeat,
                                                   float penalty_freq,
                                                   float penalty_present);

llama_token llama_sampler_sample(struct llama_sampler *smpl,
                                 struct llama_context *ctx, int32_t idx);

// Diagnostics.
const char *llama_print_system_info(void);
void llama_perf_context_print(const struct llama_context *ctx);
void llama_perf_sampler_print(const struct llama_sampler *chain);

#ifdef __cplusplus
}
#endif

#endif // AIACT_MOCK_LLAMA_H
