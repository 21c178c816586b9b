//===- imagegen.cpp - Text-to-image with stable-diffusion.cpp -------------===//
//
// Part of the aiact-check demo project.
//
//===----------------------------------------------------------------------===//
//
// Turns a text prompt into one or more 512x512 images with a Stable
// Diffusion checkpoint and writes them as PNG files.
//
// Usage: imagegen MODEL PROMPT OUT_PREFIX [COUNT] [SEED]
// Writes OUT_PREFIX-1.png, OUT_PREFIX-2.png, ...
//
//===----------------------------------------------------------------------===//

#include "stable-diffusion.h"
#include "stb_image_write.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

/// What to generate and where to write it, from the command line.
struct Request {
  const char *ModelPath;
  const char *Prompt;
  std::string OutPrefix;
  int Count = 1;
  int64_t Seed = 42;
};

/// Fills R from the command line; false if the arguments are unusable.
bool parseArgs(int Argc, char **Argv, Request &R) {
  if (Argc < 4)
    return false;
  R.ModelPath = Argv[1];
  R.Prompt = Argv[2];
  R.OutPrefix = Argv[3];
  if (Argc > 4)
    R.Count = std::atoi(Argv[4]);
  if (Argc > 5)
    R.Seed = std::strtoll(Argv[5], nullptr, 10);
  return R.Count > 0;
}

/// Writes one generated image; false when the file cannot be written.
bool savePng(const std::string &Path, const sd_image_t &Image) {
  const int Width = static_cast<int>(Image.width);
  const int Height = static_cast<int>(Image.height);
  const int Channels = static_cast<int>(Image.channel);
  return stbi_write_png(Path.c_str(), Width, Height, Channels, Image.data,
                        Width * Channels) != 0;
}

} // namespace

int main(int Argc, char **Argv) {
  Request R;
  if (!parseArgs(Argc, Argv, R)) {
    std::fprintf(stderr, "usage: %s MODEL PROMPT OUT_PREFIX [COUNT] [SEED]\n",
                 Argv[0]);
    return 1;
  }

  sd_ctx_t *Sd =
      new_sd_ctx(R.ModelPath, /*vae_path=*/"", /*taesd_path=*/"",
                 /*control_net_path_c_str=*/"",
                 /*lora_model_dir=*/"", /*embed_dir_c_str=*/"",
                 /*stacked_id_embed_dir_c_str=*/"",
                 /*vae_decode_only=*/true, /*vae_tiling=*/false,
                 /*free_params_immediately=*/true, get_num_physical_cores(),
                 SD_TYPE_COUNT, STD_DEFAULT_RNG, DEFAULT,
                 /*keep_clip_on_cpu=*/false,
                 /*keep_control_net_cpu=*/false,
                 /*keep_vae_on_cpu=*/false);
  if (!Sd) {
    std::fprintf(stderr, "cannot load %s\n", R.ModelPath);
    return 1;
  }

  sd_image_t *Images =
      txt2img(Sd, R.Prompt, /*negative_prompt=*/"blurry, low quality",
              /*clip_skip=*/-1, /*cfg_scale=*/7.0f, /*width=*/512,
              /*height=*/512, EULER_A, /*sample_steps=*/20, R.Seed, R.Count,
              /*control_cond=*/nullptr, /*control_strength=*/0.9f,
              /*style_strength=*/20.0f, /*normalize_input=*/false,
              /*input_id_images_path=*/"");
  if (!Images) {
    std::fprintf(stderr, "generation failed\n");
    free_sd_ctx(Sd);
    return 1;
  }

  int Failures = 0;
  for (int I = 0; I < R.Count; ++I) {
    const std::string Path = R.OutPrefix + "-" + std::to_string(I + 1) + ".png";
    if (savePng(Path, Images[I]))
      std::printf("wrote %s\n", Path.c_str());
    else
      ++Failures;
    std::free(Images[I].data);
  }
  std::free(Images);
  free_sd_ctx(Sd);
  return Failures == 0 ? 0 : 1;
}
