// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Perception loops have the shape of generation: the argmax of a model's
// output goes back into its next input. When that input is also made from
// recorded data read in the same loop (a camera frame, an image file), the
// loop follows the world rather than its own output: a tracker that crops
// the next frame around the peak of a heatmap. Such loops are not reported;
// a generation loop next to them still is.

#include "onnxruntime_cxx_api.h"
#include "opencv2/imgcodecs.hpp"
#include "opencv2/videoio.hpp"
#include "torch/script.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

static const char *kIn[] = {"patch"};
static const char *kOut[] = {"heatmap"};

// Not reported: the next crop is centred on the previous peak.
void track(Ort::Session &s, Ort::MemoryInfo &mem, cv::VideoCapture &cam) {
  cv::Mat frame;
  int cx = 320, cy = 240;
  while (cam.read(frame)) {
    cv::Mat patch = frame(cv::Rect(cx - 32, cy - 32, 64, 64)).clone();
    int64_t shape[4] = {1, 3, 64, 64};
    Ort::Value in = Ort::Value::CreateTensor<uint8_t>(mem, patch.data, 64 * 64 * 3, shape, 4);
    auto out = s.Run(Ort::RunOptions{nullptr}, kIn, &in, 1, kOut, 1);
    float *h = out[0].GetTensorMutableData<float>();
    int best = 0;
    for (int i = 1; i < 64 * 64; ++i)
      if (h[i] > h[best])
        best = i;
    cx += best % 64 - 32;
    cy += best / 64 - 32;
  }
}

// Not reported: images read one by one, each cropped where the last peak
// was; LibTorch and operator>> this time.
void follow(torch::jit::Module &m, const std::vector<std::string> &files) {
  int64_t at = 0;
  for (const std::string &f : files) {
    cv::Mat img = cv::imread(f);
    auto x = torch::from_blob(img.data + at * 3, {1, 3, 32, 32});
    at = m.forward({x}).toTensor().argmax().item<int64_t>();
  }
}

// Reported: the image is read once, before the loop; what the loop feeds
// back is the model's own choice.
// CHECK: {{.*}}synthetic-content-perception.cpp:[[@LINE+7]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
// CHECK: {{.*}}synthetic-content-perception.cpp:[[@LINE+9]]:20: note: model is run here (torch::jit::Module::forward)
// CHECK: {{.*}}synthetic-content-perception.cpp:[[@LINE+8]]:20: note: model output becomes a token here (at::Tensor::argmax)
// CHECK: {{.*}}synthetic-content-perception.cpp:[[@LINE+7]]:30: note: the token is fed back into the model input here
std::vector<int64_t> caption(torch::jit::Module &m, const std::string &file) {
  cv::Mat img = cv::imread(file);
  std::vector<int64_t> ids{1};
  for (int i = 0; i < 20; ++i) {
    auto x = torch::from_blob(img.data, {1, 3, 224, 224});
    auto t = torch::tensor(ids);
    int64_t next = m.forward({x, t}).toTensor().argmax().item<int64_t>();
    ids.push_back(next);
  }
  return ids;
}
