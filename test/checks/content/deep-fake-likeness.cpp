// RUN: %aiact --checks='-*,aiact-deep-fake' --as-of=2026-11-30 %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-deep-fake' -fplugin-arg-aiact-as-of=2026-11-30 -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-deep-fake' -config="{CheckOptions: {AsOf: '2026-11-30'}}" %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=CONTENT --implicit-check-not='{{warning|error}}:'

// aiact-deep-fake without known model files: face swapping and voice
// cloning written by hand. A person's face or voice embedding (a face
// recogniser's feature, a speaker embedding) conditions a model that also
// takes another image, a recording, noise or text, and what the model makes
// is written as an image or as audio. Embeddings compared, stored or
// classified on their own are not this.

#include "dr_wav.h"
#include "espeak-ng/speak_lib.h"
#include "inspireface.h"
#include "onnxruntime_cxx_api.h"
#include "opencv2/imgcodecs.hpp"
#include "sherpa-onnx/c-api/cxx-api.h"

#include <cstdint>
#include <cstdio>
#include <vector>

static const char *kIn[] = {"target", "source"};
static const char *kOut[] = {"output"};

// The source face's feature and the target photo go into the swapper; the
// result is written as an image.
// CHECK: {{.*}}deep-fake-likeness.cpp:[[@LINE+16]]:12: warning: a model makes images from the face embedding of a person (HFFaceFeatureExtract), which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
// CHECK: {{.*}}deep-fake-likeness.cpp:[[@LINE+9]]:3: note: the embedding is computed here
// CONTENT: {{.*}}deep-fake-likeness.cpp:[[@LINE+14]]:12: warning: model generates images from a person's face embedding; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
// CONTENT: {{.*}}deep-fake-likeness.cpp:[[@LINE+7]]:3: note: the embedding is computed here (HFFaceFeatureExtract)
// CONTENT: {{.*}}deep-fake-likeness.cpp:[[@LINE+12]]:12: note: model is run here (Ort::detail::SessionImpl::Run)
// CONTENT: {{.*}}deep-fake-likeness.cpp:[[@LINE+13]]:3: note: and written as an image here (cv::imwrite)
void swap(HFSession fr, HFImageStream src, HFFaceBasicToken face,
          Ort::Session &swapper, Ort::MemoryInfo &mem, const char *target,
          const char *out) {
  HFFaceFeature feat;
  HFFaceFeatureExtract(fr, src, face, &feat);
  cv::Mat dst = cv::imread(target);
  int64_t ts[4] = {1, 3, 128, 128}, fs[2] = {1, 512};
  Ort::Value in[2] = {
      Ort::Value::CreateTensor<uint8_t>(mem, dst.data, 128 * 128 * 3, ts, 4),
      Ort::Value::CreateTensor<float>(mem, feat.data, 512, fs, 2)};
  auto r = swapper.Run(Ort::RunOptions{nullptr}, kIn, in, 2, kOut, 1);
  cv::Mat res(128, 128, CV_8UC3, r[0].GetTensorMutableData<uint8_t>());
  cv::imwrite(out, res);
}

// A speaker embedding of a reference recording conditions a voice model
// run on the phonemes of a text; the speech is written to a WAV file.
// CHECK: {{.*}}deep-fake-likeness.cpp:[[@LINE+19]]:12: warning: a model makes speech from the voice embedding of a person (sherpa_onnx::cxx::SpeakerEmbeddingExtractor::ComputeEmbedding), which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
// CHECK: {{.*}}deep-fake-likeness.cpp:[[@LINE+8]]:30: note: the embedding is computed here
// CONTENT: {{.*}}deep-fake-likeness.cpp:[[@LINE+17]]:12: warning: model generates speech audio from a person's voice embedding; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
// CONTENT: {{.*}}deep-fake-likeness.cpp:[[@LINE+6]]:30: note: the embedding is computed here (sherpa_onnx::cxx::SpeakerEmbeddingExtractor::ComputeEmbedding)
// CONTENT: {{.*}}deep-fake-likeness.cpp:[[@LINE+15]]:12: note: model is run here (Ort::detail::SessionImpl::Run)
// CONTENT: {{.*}}deep-fake-likeness.cpp:[[@LINE+15]]:3: note: and written as audio here (drwav_write_pcm_frames)
void clone(const sherpa_onnx::cxx::SpeakerEmbeddingExtractor &spk,
           const sherpa_onnx::cxx::OnlineStream *ref, Ort::Session &tts,
           Ort::MemoryInfo &mem, const char *text, drwav *wav) {
  std::vector<float> voice = spk.ComputeEmbedding(ref);
  const void *p = text;
  const char *ph = espeak_TextToPhonemes(&p, espeakCHARS_AUTO, 0);
  std::vector<int64_t> ids;
  for (const char *c = ph; *c; ++c)
    ids.push_back(static_cast<unsigned char>(*c));
  int64_t is[2] = {1, static_cast<int64_t>(ids.size())}, vs[2] = {1, 256};
  Ort::Value in[2] = {
      Ort::Value::CreateTensor<int64_t>(mem, ids.data(), ids.size(), is, 2),
      Ort::Value::CreateTensor<float>(mem, voice.data(), voice.size(), vs, 2)};
  auto r = tts.Run(Ort::RunOptions{nullptr}, kIn, in, 2, kOut, 1);
  drwav_write_pcm_frames(wav, 22050, r[0].GetTensorMutableData<float>());
}

// Not deep fakes: an age classifier on the feature alone, its result drawn
// and written; a feature stored in a gallery file; and a detector run on
// the photo the feature came from, its boxes written as an image.
void age(HFSession fr, HFImageStream img, HFFaceBasicToken face,
         Ort::Session &clf, Ort::MemoryInfo &mem, cv::Mat &photo) {
  HFFaceFeature feat;
  HFFaceFeatureExtract(fr, img, face, &feat);
  int64_t fs[2] = {1, 512};
  Ort::Value in = Ort::Value::CreateTensor<float>(mem, feat.data, 512, fs, 2);
  auto r = clf.Run(Ort::RunOptions{nullptr}, kIn, &in, 1, kOut, 1);
  float years = r[0].GetTensorMutableData<float>()[0];
  std::printf("%.0f\n", years);
  cv::imwrite("photo.png", photo);
}

void enrol(HFSession fr, HFImageStream img, HFFaceBasicToken face, FILE *db) {
  HFFaceFeature feat;
  HFFaceFeatureExtract(fr, img, face, &feat);
  std::fwrite(feat.data, sizeof(float), static_cast<size_t>(feat.size), db);
}
