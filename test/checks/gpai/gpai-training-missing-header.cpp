// RUN: %aiact --show-remarks --checks='-*,aiact-gpai-training' %s -- -std=c++17 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %aiact --show-remarks --format=json --checks='-*,aiact-gpai-training' %s -- -std=c++17 2>/dev/null | FileCheck %s --check-prefix=JSON

// Training with LibTorch's headers missing (driver only): the stubs the
// catalog generates declare the optimisers and layers, so the training
// step is found, with confidence `likely`. The stubs bring the standard
// headers LibTorch's would (std::make_shared), and tensor factories accept
// braced lists, so the layers and the batch give an estimate even though
// module holders' operator-> is not declared.
// CHECK: warning: {{.*}}missing-header.cpp: {{[0-9]+}} compiler errors
// CHECK: warning: {{.*}}missing-header.cpp: missing includes served from catalog stubs: torch/torch.h; findings that rest on them have confidence 'likely'
// JSON: "check": "aiact-gpai-training"
// JSON: "confidence": "likely"

#include "torch/torch.h"

struct Small : torch::nn::Module {
  Small() {
    a = register_module("a", torch::nn::Linear(64, 32));
    b = register_module("b", torch::nn::Linear(32, 2));
  }
  torch::Tensor forward(torch::Tensor X) { return b->forward(torch::relu(a->forward(X))); }
  torch::nn::Linear a{nullptr}, b{nullptr};
};

int main() {
  auto Net = std::make_shared<Small>();
  torch::optim::SGD Opt(Net->parameters(), torch::optim::SGDOptions(0.1));
  for (int Epoch = 0; Epoch < 5; ++Epoch)
    for (int I = 0; I < 100; ++I) {
      auto X = torch::randn({16, 64});
      auto Loss = torch::nll_loss(Net->forward(X), torch::randn({16}));
      Opt.zero_grad();
      Loss.backward();
      // CHECK: {{.*}}missing-header.cpp:[[@LINE+6]]:7: remark: trains a model (torch::optim::SGD::step); estimated training compute 1.01e+08 FLOP (architecture-based: 3 x forward FLOP per sample x samples)
      // CHECK: {{.*}}missing-header.cpp:29:3: note: assumption: this loop runs 5 times
      // CHECK: {{.*}}missing-header.cpp:30:5: note: assumption: this loop runs 100 times
      // CHECK: {{.*}}missing-header.cpp:19:30: note: assumption: linear layer 64 x 32: 2 x 64 x 32 FLOP per sample
      // CHECK: {{.*}}missing-header.cpp:20:30: note: assumption: linear layer 32 x 2: 2 x 32 x 2 FLOP per sample
      // CHECK: {{.*}}missing-header.cpp:[[@LINE+1]]:7: note: assumption: forward 4.22e+03 FLOP per sample, x3 for the backward pass; 16 samples per step x 500 steps = 8.00e+03 samples
      Opt.step();
    }
}
