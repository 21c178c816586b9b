// Mock of stable-diffusion.cpp's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_STABLE_DIFFUSION_H
#define AIACT_MOCK_STABLE_DIFFUSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum rng_type_t { STD_DEFAULT_RNG, CUDA_RNG };

enum sample_method_t {
  EULER_A,
  EULER,
  HEUN,
  DPM2,
  DPMPP2S_A,
  DPMPP2M,
  DPMPP2Mv2,
  LCM,
  N_SAMPLE_METHODS
};

enum schedule_t { DEFAULT, DISCRETE, KARRAS, EXPONENTIAL, AYS, N_SCHEDULES };

enum sd_type_t {
  SD_TYPE_F32 = 0,
  SD_TYPE_F16 = 1,
  SD_TYPE_Q4_0 = 2,
  SD_TYPE_Q8_0 = 8,
  SD_TYPE_COUNT = 39
};

enum sd_log_level_t { SD_LOG_DEBUG, SD_LOG_INFO, SD_LOG_WARN, SD_LOG_ERROR };

typedef void (*sd_log_cb_t)(enum sd_log_level_t level, const char *text,
                            void *data);

typedef struct {
  uint32_t width;
  uint32_t height;
  uint32_t channel;
  uint8_t *data;
} sd_image_t;

typedef struct sd_ctx_t sd_ctx_t;

void sd_set_log_callback(sd_log_cb_t sd_log_cb, void *data);
int32_t get_num_physical_cores(void);
const char *sd_get_system_info(void);

sd_ctx_t *new_sd_ctx(const char *model_path, const char *vae_path,
                     const char *taesd_path, const char *control_net_path_c_str,
                     const char *lora_model_dir, const char *embed_dir_c_str,
                     const char *stacked_id_embed_dir_c_str,
                     bool vae_decode_only, bool vae_tiling,
                     bool free_params_immediately, int n_threads,
                     enum sd_type_t wtype, enum rng_type_t rng_type,
                     enum schedule_t s, bool keep_clip_on_cpu,
                     bool keep_control_net_cpu, bool keep_vae_on_cpu);
void free_sd_ctx(sd_ctx_t *sd_ctx);

sd_image_t *txt2img(sd_ctx_t *sd_ctx, const char *prompt,
                    const char *negative_prompt, int clip_skip, float cfg_scale,
                    int width, int height, enum sample_method_t sample_method,
                    int sample_steps, int64_t seed, int batch_count,
                    const sd_image_t *control_cond, float control_strength,
                    float style_strength, bool normalize_input,
                    const char *input_id_images_path);

sd_image_t *img2img(sd_ctx_t *sd_ctx, sd_image_t init_image, const char *prompt,
                    const char *negative_prompt, int clip_skip, float cfg_scale,
                    int width, int height, enum sample_method_t sample_method,
                    int sample_steps, float strength, int64_t seed,
                    int batch_count, const sd_image_t *control_cond,
                    float control_strength, float style_strength,
                    bool normalize_input, const char *input_id_images_path);

// The parameter-struct entry point of later releases, with PhotoMaker's and
// PuLID's identity references.
typedef struct {
  sd_image_t *id_images;
  int id_images_count;
  const char *id_embed_path;
  float style_strength;
} sd_pm_params_t;

typedef struct {
  const char *id_embedding_path;
  float id_weight;
} sd_pulid_params_t;

typedef struct {
  const char *prompt;
  const char *negative_prompt;
  int clip_skip;
  sd_image_t init_image;
  int width;
  int height;
  float strength;
  int64_t seed;
  int batch_count;
  sd_pm_params_t pm_params;
  sd_pulid_params_t pulid_params;
} sd_img_gen_params_t;

void sd_img_gen_params_init(sd_img_gen_params_t *sd_img_gen_params);
sd_image_t *generate_image(sd_ctx_t *sd_ctx,
                           const sd_img_gen_params_t *sd_img_gen_params);

sd_image_t *img2vid(sd_ctx_t *sd_ctx, sd_image_t init_image, int width,
                    int height, int video_frames, int motion_bucket_id,
                    int fps, float augmentation_level, float min_cfg,
                    float cfg_scale, int sample_method, int sample_steps,
                    float strength, int64_t seed);

typedef struct upscaler_ctx_t upscaler_ctx_t;
upscaler_ctx_t *new_upscaler_ctx(const char *esrgan_path, int n_threads);
sd_image_t upscale(upscaler_ctx_t *upscaler_ctx, sd_image_t input_image,
                   uint32_t upscale_factor);

#ifdef __cplusplus
}
#endif

#endif // AIACT_MOCK_STABLE_DIFFUSION_H
