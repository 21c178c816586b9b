// Mock of whisper.cpp's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_WHISPER_H
#define AIACT_MOCK_WHISPER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define WHISPER_SAMPLE_RATE 16000
#define WHISPER_N_FFT 400
#define WHISPER_HOP_LENGTH 160
#define WHISPER_CHUNK_SIZE 30

#ifdef __cplusplus
extern "C" {
#endif

struct whisper_context;
struct whisper_state;
struct whisper_full_params;

typedef int32_t whisper_pos;
typedef int32_t whisper_token;
typedef int32_t whisper_seq_id;

struct whisper_context_params {
  bool use_gpu;
  bool flash_attn;
  int gpu_device;
};

enum whisper_sampling_strategy {
  WHISPER_SAMPLING_GREEDY,
  WHISPER_SAMPLING_BEAM_SEARCH,
};

typedef void (*whisper_new_segment_callback)(struct whisper_context *ctx,
                                             struct whisper_state *state,
                                             int n_new, void *user_data);
typedef void (*whisper_progress_callback)(struct whisper_context *ctx,
                                          struct whisper_state *state,
                                          int progress, void *user_data);

struct whisper_full_params {
  enum whisper_sampling_strategy strategy;
  int n_threads;
  int n_max_text_ctx;
  int offset_ms;
  int duration_ms;
  bool translate;
  bool no_context;
  bool no_timestamps;
  bool single_segment;
  bool print_special;
  bool print_progress;
  bool print_realtime;
  bool print_timestamps;
  bool token_timestamps;
  int max_len;
  const char *initial_prompt;
  const whisper_token *prompt_tokens;
  int prompt_n_tokens;
  const char *language;
  bool detect_language;
  float temperature;
  struct {
    int best_of;
  } greedy;
  struct {
    int beam_size;
    float patience;
  } beam_search;
  whisper_new_segment_callback new_segment_callback;
  void *new_segment_callback_user_data;
  whisper_progress_callback progress_callback;
  void *progress_callback_user_data;
};

// Set-up and tear-down.
struct whisper_context_params whisper_context_default_params(void);
struct whisper_context *
whisper_init_from_file_with_params(const char *path_model,
                                   struct whisper_context_params params);
struct whisper_state *whisper_init_state(struct whisper_context *ctx);
void whisper_free(struct whisper_context *ctx);
void whisper_free_state(struct whisper_state *state);

// Low-level steps.
int whisper_pcm_to_mel(struct whisper_context *ctx, const float *samples,
                       int n_samples, int n_threads);
int whisper_encode(struct whisper_context *ctx, int offset, int n_threads);
int whisper_decode(struct whisper_context *ctx, const whisper_token *tokens,
                   int n_tokens, int n_past, int n_threads);
int whisper_tokenize(struct whisper_context *ctx, const char *text,
                     whisper_token *tokens, int n_max_tokens);
float *whisper_get_logits(struct whisper_context *ctx);
int whisper_n_vocab(struct whisper_context *ctx);
const char *whisper_token_to_str(struct whisper_context *ctx,
                                 whisper_token token);
whisper_token whisper_token_eot(struct whisper_context *ctx);
whisper_token whisper_token_sot(struct whisper_context *ctx);

// Languages.
int whisper_lang_id(const char *lang);
const char *whisper_lang_str(int id);
int whisper_is_multilingual(struct whisper_context *ctx);

// Full pipeline: PCM in, text segments out.
struct whisper_full_params
whisper_full_default_params(enum whisper_sampling_strategy strategy);
int whisper_full(struct whisper_context *ctx, struct whisper_full_params params,
                 const float *samples, int n_samples);
int whisper_full_parallel(struct whisper_context *ctx,
                          struct whisper_full_params params,
                          const float *samples, int n_samples,
                          int n_processors);
int whisper_full_n_segments(struct whisper_context *ctx);
int whisper_full_lang_id(struct whisper_context *ctx);
int64_t whisper_full_get_segment_t0(struct whisper_context *ctx, int i_segment);
int64_t whisper_full_get_segment_t1(struct whisper_context *ctx, int i_segment);
const char *whisper_full_get_segment_text(struct whisper_context *ctx,
                                          int i_segment);
int whisper_full_n_tokens(struct whisper_context *ctx, int i_segment);
whisper_token whisper_full_get_token_id(struct whisper_context *ctx,
                                        int i_segment, int i_token);

void whisper_print_timings(struct whisper_context *ctx);
const char *whisper_print_system_info(void);

#ifdef __cplusplus
}
#endif

#endif // AIACT_MOCK_WHISPER_H
