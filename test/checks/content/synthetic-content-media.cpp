// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'

// aiact-synthetic-content: images, speech and video generated through a
// library's API. One finding per function and modality, at the first call;
// further calls of the same modality are notes.

#include "piper.hpp"
#include "sherpa-onnx/c-api/c-api.h"
#include "sherpa-onnx/c-api/cxx-api.h"
#include "stable-diffusion.h"

#include <fstream>
#include <string>
#include <vector>

// Two images from one function: one finding, the second call is a note.
sd_image_t *poster(sd_ctx_t *ctx, const char *prompt, sd_image_t base) {
  // CHECK: {{.*}}synthetic-content-media.cpp:[[@LINE+1]]:19: warning: call generates images with a model (txt2img); if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  sd_image_t *a = txt2img(ctx, prompt, "", 0, 7.0f, 512, 512,
                          sample_method_t(0), 20, 42, 1, nullptr, 0.9f, 20.0f,
                          false, "");
  // CHECK: {{.*}}synthetic-content-media.cpp:[[@LINE+1]]:10: note: images are also generated here (img2img)
  return img2img(ctx, base, prompt, "", 0, 7.0f, 512, 512, sample_method_t(0),
                 20, 0.75f, 42, 1, nullptr, 0.9f, 20.0f, false, "");
}

// The newer parameter-struct entry point, behind a macro.
#define RENDER(c, p) generate_image((c), (p))
sd_image_t *q9(sd_ctx_t *c) {
  sd_img_gen_params_t p;
  sd_img_gen_params_init(&p);
  // CHECK: {{.*}}synthetic-content-media.cpp:[[@LINE+1]]:10: warning: call generates images with a model (generate_image)
  return RENDER(c, &p);
}

// Video from a still image.
sd_image_t *clip(sd_ctx_t *c, sd_image_t still) {
  // CHECK: {{.*}}synthetic-content-media.cpp:[[@LINE+1]]:10: warning: call generates video with a model (img2vid)
  return img2vid(c, still, 512, 512, 14, 127, 6, 0.0f, 1.0f, 2.5f, 0, 20,
                 0.9f, 7);
}

// Speech: piper writing a WAV file, and sherpa-onnx's C API.
void say(piper::PiperConfig &cfg, piper::Voice &v, const std::string &text) {
  std::ofstream wav("out.wav", std::ios::binary);
  piper::SynthesisResult r;
  // CHECK: {{.*}}synthetic-content-media.cpp:[[@LINE+1]]:3: warning: call generates speech audio with a model (piper::textToWavFile)
  piper::textToWavFile(cfg, v, text, wav, r);
}

void announce(const SherpaOnnxOfflineTts *tts, const char *text) {
  // CHECK: {{.*}}synthetic-content-media.cpp:[[@LINE+1]]:39: warning: call generates speech audio with a model (SherpaOnnxOfflineTtsGenerate)
  const SherpaOnnxGeneratedAudio *a = SherpaOnnxOfflineTtsGenerate(tts, text, 0, 1.0f);
  SherpaOnnxWriteWave(a->samples, a->n, a->sample_rate, "a.wav");
  SherpaOnnxDestroyOfflineTtsGeneratedAudio(a);
}

// The C++ API: a member call, inside a template.
template <typename Tts> std::vector<float> speak(const Tts &tts, std::string s) {
  // CHECK: {{.*}}synthetic-content-media.cpp:[[@LINE+1]]:10: warning: call generates speech audio with a model (sherpa_onnx::cxx::OfflineTts::Generate)
  return tts.Generate(s, 0, 1.0f).samples;
}
template std::vector<float> speak(const sherpa_onnx::cxx::OfflineTts &,
                                  std::string);

// Negatives: loading models, upscaling a given image (assistive editing),
// and a function of our own that happens to be called Generate.
sd_ctx_t *load(const char *path) {
  return new_sd_ctx(path, "", "", "", "", "", "", true, false, false, 4,
                    sd_type_t(0), rng_type_t(0), schedule_t(0), false, false,
                    false);
}
sd_image_t sharpen(upscaler_ctx_t *u, sd_image_t img) { return upscale(u, img, 4); }
struct Report {
  std::string Generate(const std::string &s) const { return s + "\n"; }
};
std::string pretty(const Report &r) { return r.Generate("done"); }
