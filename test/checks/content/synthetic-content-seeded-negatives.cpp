// RUN: %aiact --checks='-*,aiact-synthetic-content,aiact-unmarked-synthetic-output' --show-remarks %s -- -std=c++17 -I%inputs > %t.out 2>&1
// RUN: FileCheck %s --allow-empty --implicit-check-not='{{warning|error|remark}}:' < %t.out
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content,aiact-unmarked-synthetic-output' -I%inputs %s 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content,aiact-unmarked-synthetic-output' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error}}:'

// Look-alikes of generation from random noise that generate nothing: random
// input to a classifier, noise added to recorded data (denoising, dithering,
// augmentation), generators in training, and outputs that are not written
// as media. None may be reported.

#include "dr_wav.h"
#include "onnxruntime_cxx_api.h"
#include "opencv2/imgcodecs.hpp"
#include "opencv2/videoio.hpp"
#include "stb_image_write.h"
#include "torch/torch.h"

#include <cstdint>
#include <iostream>
#include <random>
#include <vector>

// Warm-up with random input; the label is printed, nothing is written as media.
void n1(torch::jit::Module &m) {
  auto y = m.forward({torch::randn({1, 3, 224, 224})}).toTensor();
  std::cout << y.argmax().item<int64_t>() << "\n";
}

// Denoiser evaluation: a read photo plus synthetic noise; the model edits it.
void n2(torch::jit::Module &m, const std::string &in, const std::string &out) {
  cv::Mat img = cv::imread(in);
  torch::Tensor x = torch::from_blob(img.data, {1, 3, 256, 256}) +
                    torch::randn({1, 3, 256, 256}) * 0.1;
  auto y = m.forward({x}).toTensor();
  cv::Mat res(256, 256, CV_8UC3, y.data_ptr<uint8_t>());
  cv::imwrite(out, res);
}

// Upscaler: no seed at all.
void n3(torch::jit::Module &m, const std::string &in) {
  cv::Mat img = cv::imread(in);
  auto y = m.forward({torch::from_blob(img.data, {1, 3, 64, 64})}).toTensor();
  cv::Mat big(256, 256, CV_8UC3, y.data_ptr<uint8_t>());
  cv::imwrite("x4.png", big);
}

// GAN training: samples are written while it trains.
void n4(torch::jit::Module &g, torch::optim::Adam &opt) {
  for (int step = 0; step < 1000; ++step) {
    auto fake = g.forward({torch::randn({64, 100})}).toTensor();
    opt.zero_grad();
    opt.step();
    if (step % 100 == 0)
      stbi_write_png("progress.png", 64, 64, 3, fake.data_ptr<uint8_t>(), 192);
  }
}

// Noise into a model whose output is saved as a tensor file, not as media.
void n5(torch::jit::Module &m) {
  auto y = m.forward({torch::randn({1, 8})}).toTensor();
  torch::save(y, "y.pt");
}

// Audio enhancement: recorded speech in, cleaned speech out.
void n6(Ort::Session &s, Ort::MemoryInfo &mem, drwav &in, drwav &out) {
  std::vector<float> pcm(16000);
  drwav_read_pcm_frames_f32(&in, pcm.size(), pcm.data());
  std::mt19937 g(1);
  std::normal_distribution<float> dither(0.f, 1e-5f);
  for (float &v : pcm)
    v += dither(g);
  int64_t sh[2] = {1, 16000};
  Ort::Value t = Ort::Value::CreateTensor<float>(mem, pcm.data(), pcm.size(), sh, 2);
  const char *i[] = {"noisy"}, *o[] = {"clean"};
  auto r = s.Run(Ort::RunOptions{nullptr}, i, &t, 1, o, 1);
  float *clean = r[0].GetTensorMutableData<float>();
  drwav_write_pcm_frames(&out, 16000, clean);
}

// Camera frames with noise augmentation, annotated and recorded.
void n7(torch::jit::Module &m, cv::VideoCapture &cap, cv::VideoWriter &rec) {
  cv::Mat frame;
  while (cap.read(frame)) {
    torch::Tensor x = torch::from_blob(frame.data, {1, 3, 224, 224});
    x = x + torch::randn_like(x) * 0.01;
    auto y = m.forward({x}).toTensor();
    cv::Mat vis(224, 224, CV_8UC3, y.data_ptr<uint8_t>());
    rec.write(vis);
  }
}

// The noise and the image written are unrelated to each other.
void n8(torch::jit::Module &m, const std::string &in) {
  auto y = m.forward({torch::randn({1, 16})}).toTensor();
  std::cout << y.argmax().item<int64_t>() << "\n";
  cv::Mat img = cv::imread(in);
  cv::imwrite("copy.png", img);
}

// A recurrent state starts at zero and is fed back each step; the model's
// output is a mask drawn over the frame read from disk.
void n9(torch::jit::Module &m, const std::string &in) {
  cv::Mat frame = cv::imread(in);
  torch::Tensor h = torch::zeros({1, 256});
  torch::Tensor x = torch::from_blob(frame.data, {1, 3, 64, 64});
  for (int t = 0; t < 8; ++t)
    h = m.forward({x, h}).toTensor();
  cv::Mat mask(64, 64, CV_8UC1, h.data_ptr<uint8_t>());
  cv::imwrite("mask.png", mask);
}

// Noise only decides which recorded sample to show: the model's input is the
// recorded data, indexed at random.
void n10(torch::jit::Module &m, const std::vector<cv::Mat> &shots) {
  std::mt19937 g(3);
  std::normal_distribution<float> nd(0, 4);
  size_t k = static_cast<size_t>(std::abs(nd(g))) % shots.size();
  cv::Mat pick = cv::imread("shots/" + std::to_string(k) + ".png");
  auto y = m.forward({torch::from_blob(pick.data, {1, 3, 64, 64})}).toTensor();
  cv::Mat vis(64, 64, CV_8UC3, y.data_ptr<uint8_t>());
  cv::imwrite("vis.png", vis);
}
