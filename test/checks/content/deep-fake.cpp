// RUN: %aiact --as-of=2026-12-01 --checks='-*,aiact-deep-fake' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefixes=CHECK,BEFORE --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-deep-fake' -fplugin-arg-aiact-as-of=2026-12-01 -I%inputs %s 2>&1 | FileCheck %s --check-prefixes=CHECK,BEFORE --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-deep-fake' -config="{CheckOptions: {AsOf: '2026-12-01'}}" %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefixes=CHECK,BEFORE --implicit-check-not='{{warning|error}}:'
// From 2 December 2026, Art. 5(1)(ba) applies: undressing is prohibited.
// RUN: %aiact --as-of=2026-12-02 --checks='-*,aiact-deep-fake' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefixes=CHECK,AFTER --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-deep-fake' -fplugin-arg-aiact-as-of=2026-12-02 -I%inputs %s 2>&1 | FileCheck %s --check-prefixes=CHECK,AFTER --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-deep-fake' -config="{CheckOptions: {AsOf: '2026-12-02'}}" %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefixes=CHECK,AFTER --implicit-check-not='{{warning|error}}:'
// RUN: %aiact --as-of=2026-12-02 --format=sarif --checks='-*,aiact-deep-fake' %s -- -std=c++17 -I%inputs 2>/dev/null | FileCheck %s --check-prefix=SARIF
// SARIF-COUNT-2: "level": "error"
// A date that is not one is a usage error (driver) or one warning (plugin).
// RUN: %expect-exit 2 %aiact --as-of=2026-02-30 %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=BADDATE
// BADDATE: aiact-check: error: '--as-of' expects a date written YYYY-MM-DD, not '2026-02-30'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-as-of=tomorrow -I%inputs %s 2>&1 | FileCheck %s --check-prefix=BADPLUGIN
// BADPLUGIN: warning: aiact plugin: '-fplugin-arg-aiact-as-of=tomorrow' expects a date written YYYY-MM-DD; no aiact checks ran

// aiact-deep-fake: face swapping, reenactment, lip sync and voice conversion
// models loaded by their published file names, identity-preserving image
// generation, and undressing, whose Art. 5(1)(ba) ban depends on the run
// date. The dates are given, so the results do not depend on the day the
// tests run.

#include "onnxruntime_cxx_api.h"
#include "sherpa-onnx/c-api/c-api.h"
#include "sherpa-onnx/c-api/cxx-api.h"
#include "opencv2/dnn.hpp"
#include "stable-diffusion.h"
#include "torch/script.h"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

// The path is a literal at the constructor.
std::unique_ptr<Ort::Session> d1(const Ort::Env &env,
                                 const Ort::SessionOptions &opts) {
  // CHECK: {{.*}}deep-fake.cpp:[[@LINE+2]]:10: warning: model 'inswapper_128.onnx' is a face-swap model, which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
  // CHECK: {{.*}}deep-fake.cpp:[[@LINE+1]]:46: note: the model file is named here
  return std::make_unique<Ort::Session>(env, "models/inswapper_128.onnx", opts);
}

// The path is built from a folder and a file name in two variables.
void d2(const Ort::Env &env, const Ort::SessionOptions &opts,
        const std::string &root) {
  std::string file = "simswap_512_unofficial.onnx";
  std::string path = root + "/" + file;
  // CHECK: {{.*}}deep-fake.cpp:[[@LINE+2]]:16: warning: model 'simswap_512_unofficial.onnx' is a face-swap model, which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
  // CHECK: {{.*}}deep-fake.cpp:[[@LINE-3]]:22: note: the model file is named here
  Ort::Session session(env, path.c_str(), opts);
  (void)session;
}

// Reenactment with TorchScript modules, and lip sync with OpenCV dnn.
struct Animator {
  torch::jit::Module warp;
  cv::dnn::Net lips;
  void init() {
    // CHECK: {{.*}}deep-fake.cpp:[[@LINE+3]]:12: warning: model 'warping_spade.pt' is a face-reenactment model, which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
    // CHECK: {{.*}}deep-fake.cpp:[[@LINE+2]]:29: note: the model file is named here
    // CHECK: {{.*}}deep-fake.cpp:[[@LINE+2]]:37: note: model 'wav2lip_gan.onnx', a lip-sync model, is loaded here too
    warp = torch::jit::load("weights/warping_spade.pt");
    lips = cv::dnn::readNetFromONNX("checkpoints/wav2lip_gan.onnx");
  }
};

// Voice conversion into a reference speaker, loaded from a const char *.
void d5(const Ort::Env &env, const Ort::SessionOptions &opts) {
  const char *converter = "openvoice_tone_color_converter.onnx";
  // CHECK: {{.*}}deep-fake.cpp:[[@LINE+2]]:16: warning: model 'openvoice_tone_color_converter.onnx' is a voice-conversion model, which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
  // CHECK: {{.*}}deep-fake.cpp:[[@LINE-2]]:27: note: the model file is named here
  Ort::Session s(env, converter, opts);
  (void)s;
}

// PhotoMaker: the generated image keeps the identity of the person in the
// reference photos. The negative prompt's words do not make it prohibited.
sd_image_t *d6(sd_ctx_t *sd, const char *prompt, const char *id_photos) {
  // CHECK: {{.*}}deep-fake.cpp:[[@LINE+2]]:10: warning: image generation preserves the identity of the person in reference photos (txt2img), which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
  // CHECK: {{.*}}deep-fake.cpp:[[@LINE+3]]:18: note: the reference images are given here
  return txt2img(sd, prompt, "nude, nsfw, lowres", -1, 7.0f, 1024, 1024,
                 EULER_A, 30, 42, 1, nullptr, 0.9f, 20.0f, false,
                 id_photos);
}

// Undressing: a model named so, and a face swap with a prompt that says so.
void d7(const Ort::Env &env, const Ort::SessionOptions &opts) {
  // BEFORE: {{.*}}deep-fake.cpp:[[@LINE+6]]:16: warning: model 'nudify_v2.onnx' is a model that undresses people in images, which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
  // BEFORE: {{.*}}deep-fake.cpp:[[@LINE+5]]:23: note: the model file is named here
  // BEFORE: {{.*}}deep-fake.cpp:[[@LINE+4]]:23: note: evidence of undressing (model 'nudify_v2.onnx'): from 2 December 2026, Art. 5(1)(ba) under the 2026 amendment would prohibit making intimate deep fakes of identifiable people without their consent
  // AFTER: {{.*}}deep-fake.cpp:[[@LINE+3]]:16: warning: model 'nudify_v2.onnx' is a model that undresses people in images, with evidence of undressing people: Art. 5(1)(ba), in force since 2 December 2026 under the 2026 amendment, would prohibit making intimate deep fakes of identifiable people without their consent [aiact-deep-fake]
  // AFTER: {{.*}}deep-fake.cpp:[[@LINE+2]]:23: note: the model file is named here
  // AFTER: {{.*}}deep-fake.cpp:[[@LINE+1]]:23: note: evidence of undressing: model 'nudify_v2.onnx'
  Ort::Session s(env, "nudify_v2.onnx", opts);
  (void)s;
}

void d8(const Ort::Env &env, const Ort::SessionOptions &opts) {
  // BEFORE: {{.*}}deep-fake.cpp:[[@LINE+6]]:16: warning: model 'inswapper_128_fp16.onnx' is a face-swap model, which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
  // BEFORE: {{.*}}deep-fake.cpp:[[@LINE+5]]:26: note: the model file is named here
  // BEFORE: {{.*}}deep-fake.cpp:[[@LINE+5]]:22: note: evidence of undressing (a string that says so): from 2 December 2026, Art. 5(1)(ba) under the 2026 amendment would prohibit making intimate deep fakes of identifiable people without their consent
  // AFTER: {{.*}}deep-fake.cpp:[[@LINE+3]]:16: warning: model 'inswapper_128_fp16.onnx' is a face-swap model, with evidence of undressing people: Art. 5(1)(ba), in force since 2 December 2026 under the 2026 amendment, would prohibit making intimate deep fakes of identifiable people without their consent [aiact-deep-fake]
  // AFTER: {{.*}}deep-fake.cpp:[[@LINE+2]]:26: note: the model file is named here
  // AFTER: {{.*}}deep-fake.cpp:[[@LINE+2]]:22: note: evidence of undressing: a string that says so
  Ort::Session swap(env, "inswapper_128_fp16.onnx", opts);
  const char *task = "undress the person in the photo";
  std::printf("%s\n", task);
}

// Voice cloning: a reference recording in sherpa-onnx's generation config,
// through the C API and the C++ wrapper.
const SherpaOnnxGeneratedAudio *d9(const SherpaOnnxOfflineTts *tts,
                                   const char *text, const float *voice,
                                   int32_t n) {
  SherpaOnnxGenerationConfig cfg = {};
  cfg.speed = 1.0f;
  cfg.reference_audio = voice;
  cfg.reference_audio_len = n;
  cfg.reference_sample_rate = 24000;
  // CHECK: {{.*}}deep-fake.cpp:[[@LINE+2]]:10: warning: speech synthesis clones the voice of the speaker in a reference recording (SherpaOnnxOfflineTtsGenerateWithConfig), which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
  // CHECK: {{.*}}deep-fake.cpp:[[@LINE-4]]:25: note: the reference recording is given here
  return SherpaOnnxOfflineTtsGenerateWithConfig(tts, text, &cfg, nullptr,
                                                nullptr);
}

sherpa_onnx::cxx::GeneratedAudio d10(const sherpa_onnx::cxx::OfflineTts &tts,
                                     const std::vector<float> &sample) {
  sherpa_onnx::cxx::GenerationConfig config;
  config.reference_audio = sample;
  config.reference_text = "transcript of the sample";
  // CHECK: {{.*}}deep-fake.cpp:[[@LINE+2]]:10: warning: speech synthesis clones the voice of the speaker in a reference recording (sherpa_onnx::cxx::OfflineTts::Generate), which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
  // CHECK: {{.*}}deep-fake.cpp:[[@LINE-3]]:28: note: the reference recording is given here
  return tts.Generate("Hello from your own voice.", config);
}

// PhotoMaker through the parameter struct.
sd_image_t *d11(sd_ctx_t *sd, sd_image_t *photos, int n) {
  sd_img_gen_params_t p;
  sd_img_gen_params_init(&p);
  p.prompt = "a portrait in a spacesuit";
  p.pm_params.id_images = photos;
  p.pm_params.id_images_count = n;
  // CHECK: {{.*}}deep-fake.cpp:[[@LINE+2]]:10: warning: image generation preserves the identity of the person in reference photos (generate_image), which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
  // CHECK: {{.*}}deep-fake.cpp:[[@LINE-3]]:27: note: the reference images are given here
  return generate_image(sd, &p);
}

// Negatives.

// Face detection and recognition models: not deep fakes.
void n1(const Ort::Env &env, const Ort::SessionOptions &opts) {
  Ort::Session det(env, "face_detection_yunet_2023mar.onnx", opts);
  cv::dnn::Net rec =
      cv::dnn::readNetFromONNX("face_recognition_sface_2021dec.onnx");
  (void)det;
  (void)rec;
}

// A face-swap model's name that is only printed, never loaded.
void n2() { std::printf("download inswapper_128.onnx from the model hub\n"); }

// A safety filter's word list: no deep fake in the function.
bool n3(const std::string &prompt) {
  static const char *const Blocked[] = {"undress", "nudify", "deepnude"};
  for (const char *W : Blocked)
    if (prompt.find(W) != std::string::npos)
      return false;
  return true;
}

// Plain text-to-image without reference photos.
sd_image_t *n4(sd_ctx_t *sd, const char *prompt) {
  return txt2img(sd, prompt, "", -1, 7.0f, 512, 512, EULER_A, 20, 42, 1,
                 nullptr, 0.9f, 20.0f, false, "");
}

sd_image_t *n5(sd_ctx_t *sd, const char *prompt) {
  return txt2img(sd, prompt, "", -1, 7.0f, 512, 512, EULER_A, 20, 42, 1,
                 nullptr, 0.9f, 20.0f, false, nullptr);
}

// A model whose path comes from the caller: its name is not known.
void n6(const Ort::Env &env, const Ort::SessionOptions &opts,
        const char *model_path) {
  Ort::Session s(env, model_path, opts);
  (void)s;
}

// Speech with a generation config but no reference recording, and
// PhotoMaker fields cleared.
const SherpaOnnxGeneratedAudio *n7(const SherpaOnnxOfflineTts *tts,
                                   const char *text) {
  SherpaOnnxGenerationConfig cfg = {};
  cfg.speed = 1.2f;
  cfg.reference_audio = nullptr;
  return SherpaOnnxOfflineTtsGenerateWithConfig(tts, text, &cfg, nullptr,
                                                nullptr);
}

sd_image_t *n8(sd_ctx_t *sd, const char *prompt) {
  sd_img_gen_params_t p;
  sd_img_gen_params_init(&p);
  p.prompt = prompt;
  p.pm_params.id_images = nullptr;
  p.pm_params.id_embed_path = "";
  return generate_image(sd, &p);
}
