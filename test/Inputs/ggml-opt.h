// Mock of ggml's training helpers (ggml-opt.h) for aiact-check tests;
// declarations only.
#ifndef AIACT_MOCK_GGML_OPT_H
#define AIACT_MOCK_GGML_OPT_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct ggml_context;
struct ggml_tensor;
struct ggml_backend_sched;
typedef struct ggml_backend_sched *ggml_backend_sched_t;
struct ggml_opt_dataset;
struct ggml_opt_context;
struct ggml_opt_result;
typedef struct ggml_opt_dataset *ggml_opt_dataset_t;
typedef struct ggml_opt_context *ggml_opt_context_t;
typedef struct ggml_opt_result *ggml_opt_result_t;
enum ggml_type { GGML_TYPE_F32 = 0, GGML_TYPE_I32 = 26 };
enum ggml_opt_loss_type {
  GGML_OPT_LOSS_TYPE_MEAN,
  GGML_OPT_LOSS_TYPE_SUM,
  GGML_OPT_LOSS_TYPE_CROSS_ENTROPY,
  GGML_OPT_LOSS_TYPE_MEAN_SQUARED_ERROR,
};
struct ggml_opt_optimizer_params {
  struct {
    float alpha, beta1, beta2, eps, wd;
  } adamw;
};
typedef struct ggml_opt_optimizer_params (*ggml_opt_get_optimizer_params)(void *userdata);
typedef void (*ggml_opt_epoch_callback)(bool train, ggml_opt_context_t opt_ctx,
                                        ggml_opt_dataset_t dataset,
                                        ggml_opt_result_t result,
                                        int64_t ibatch, int64_t ibatch_max,
                                        int64_t t_start_us);

ggml_opt_dataset_t ggml_opt_dataset_init(enum ggml_type type_data,
                                         enum ggml_type type_label,
                                         int64_t ne_datapoint, int64_t ne_label,
                                         int64_t ndata, int64_t ndata_shard);
struct ggml_opt_optimizer_params ggml_opt_get_default_optimizer_params(void *userdata);
ggml_opt_result_t ggml_opt_result_init(void);
void ggml_opt_epoch(ggml_opt_context_t opt_ctx, ggml_opt_dataset_t dataset,
                    ggml_opt_result_t result_train,
                    ggml_opt_result_t result_eval, int64_t idata_split,
                    ggml_opt_epoch_callback callback_train,
                    ggml_opt_epoch_callback callback_eval);
void ggml_opt_fit(ggml_backend_sched_t backend_sched,
                  struct ggml_context *ctx_compute, struct ggml_tensor *inputs,
                  struct ggml_tensor *outputs, ggml_opt_dataset_t dataset,
                  enum ggml_opt_loss_type loss_type,
                  ggml_opt_get_optimizer_params get_opt_pars, int64_t nepoch,
                  int64_t nbatch_logical, float val_split, bool silent);

#ifdef __cplusplus
}
#endif

#endif
