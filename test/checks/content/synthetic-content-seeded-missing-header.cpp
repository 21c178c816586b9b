// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 2>&1 | FileCheck %s --implicit-check-not='[aiact-'
// RUN: %aiact --format=json --checks='-*,aiact-synthetic-content' %s -- -std=c++17 2>/dev/null | FileCheck %s --check-prefix=JSON
// JSON-COUNT-3: "confidence": "likely"
// JSON-NOT: "confidence"

// Media made from random noise with the libraries' headers missing (driver
// only): the catalog's stubs declare the calls, braced lists included, and
// the findings are `likely`.

#include "onnxruntime_cxx_api.h"
#include "opencv2/dnn.hpp"
#include "opencv2/imgcodecs.hpp"
#include "stb_image_write.h"
#include "torch/script.h"

#include <cstdint>
#include <random>
#include <vector>

// CHECK: {{.*}}synthetic-content-seeded-missing-header.cpp:[[@LINE+5]]:12: warning: model generates images from random noise; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
// CHECK: {{.*}}synthetic-content-seeded-missing-header.cpp:[[@LINE+4]]:23: note: the noise it starts from is drawn here (torch::randn)
// CHECK: {{.*}}synthetic-content-seeded-missing-header.cpp:[[@LINE+3]]:12: note: model is run here (torch::jit::Module::forward)
// CHECK: {{.*}}synthetic-content-seeded-missing-header.cpp:[[@LINE+3]]:3: note: and written as an image here (stbi_write_png)
void gen(torch::jit::Module &m) {
  auto t = m.forward({torch::randn({1, 512})}).toTensor();
  stbi_write_png("face.png", 256, 256, 3, t.data_ptr<uint8_t>(), 256 * 3);
}

// CHECK: {{.*}}synthetic-content-seeded-missing-header.cpp:[[@LINE+8]]:3: warning: model generates images from random noise; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
// CHECK: {{.*}}synthetic-content-seeded-missing-header.cpp:[[@LINE+6]]:3: note: the noise it starts from is drawn here (cv::randn)
// CHECK: {{.*}}synthetic-content-seeded-missing-header.cpp:[[@LINE+6]]:3: note: model is run here (cv::dnn::Net::setInput)
// CHECK: {{.*}}synthetic-content-seeded-missing-header.cpp:[[@LINE+7]]:3: note: and written as an image here (cv::imwrite)
void sample(cv::dnn::Net &net) {
  cv::Mat z;
  z.create(1, 128, CV_32F);
  cv::randn(z, 0.0, 1.0);
  net.setInput(z);
  cv::Mat img = net.forward();
  cv::imwrite("sample.png", img);
}

// ONNX Runtime's C++ API: the stubs know Ort::Session::Run.
static const char *kIn[] = {"x"};
static const char *kOut[] = {"y"};
// CHECK: {{.*}}synthetic-content-seeded-missing-header.cpp:[[@LINE+13]]:33: warning: model generates images from random noise; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
// CHECK: {{.*}}synthetic-content-seeded-missing-header.cpp:[[@LINE+8]]:9: note: the noise it starts from is drawn here (std::normal_distribution::operator())
// CHECK: {{.*}}synthetic-content-seeded-missing-header.cpp:[[@LINE+11]]:33: note: model is run here (Ort::Session::Run)
// CHECK: {{.*}}synthetic-content-seeded-missing-header.cpp:[[@LINE+15]]:3: note: and written as an image here (stbi_write_hdr)
void diffuse(Ort::Session &u, Ort::MemoryInfo &mem) {
  std::mt19937 g(1);
  std::normal_distribution<float> nd;
  std::vector<float> a(1024);
  for (float &v : a)
    v = nd(g);
  int64_t sh[2] = {1, 1024};
  for (int k = 0; k < 20; ++k) {
    Ort::Value in = Ort::Value::CreateTensor<float>(mem, a.data(), a.size(), sh, 2);
    std::vector<Ort::Value> o = u.Run(Ort::RunOptions{nullptr}, kIn, &in, 1, kOut, 1);
    float *e = o[0].GetTensorMutableData<float>();
    for (size_t i = 0; i < a.size(); ++i)
      a[i] -= 0.1f * e[i];
  }
  stbi_write_hdr("latent.hdr", 32, 32, 1, a.data());
}

// Not generation: the model edits a photo read from disk.
void edit(torch::jit::Module &m) {
  cv::Mat img = cv::imread("in.png");
  auto t = m.forward({torch::from_blob(img.data, {1, 3}) + torch::randn({1, 3})}).toTensor();
  cv::imwrite("out.png", cv::Mat(8, 8, 0, t.data_ptr<uint8_t>()));
}
