// RUN: %aiact --show-remarks --checks='-*,aiact-gpai-training' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-show-remarks -fplugin-arg-aiact-checks='-*,aiact-gpai-training' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-gpai-training' -config="{CheckOptions: {ShowRemarks: 'true', aiact-gpai-training.SystemicRiskFLOP: '1e13'}}" %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='{{warning|error|remark}}:'
// A lower threshold makes the estimates warnings.
// RUN: %aiact --checks='-*,aiact-gpai-training' --config-file=%S/Inputs/low-threshold.yaml %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=LOW --implicit-check-not='{{warning|error|remark}}:'

// aiact-gpai-training with LibTorch's C++ frontend. The expected figures
// were worked out by hand from the layers:
//  - mlp(): forward 2 x (784x512 + 512x256 + 256x10) = 1,070,080 FLOP per
//    sample; 128 x 468 x 20 = 1,198,080 samples; x3 = 3.846e12 FLOP.
//  - cnn(): 32x32 input; conv 3->32 (3x3, padding 1) on 32x32 positions =
//    1,769,472; pool to 16x16; conv 32->64 on 16x16 = 9,437,184; pool to
//    8x8; linear 4096x10 = 81,920: 11,288,576 FLOP per sample; 64 x 782 x
//    10 = 500,480 samples; x3 = 1.695e13 FLOP. Its 60,362 parameters would
//    give 6·P·D = 1.81e11 FLOP, 94 times too little.

#include "torch/torch.h"

#include <cstdlib>

struct MlpImpl : torch::nn::Module {
  MlpImpl() {
    fc1 = register_module("fc1", torch::nn::Linear(784, 512));
    fc2 = register_module("fc2", torch::nn::Linear(512, 256));
    fc3 = register_module("fc3",
                          torch::nn::Linear(torch::nn::LinearOptions(256, 10)));
  }
  torch::Tensor forward(torch::Tensor X) {
    X = torch::relu(fc1->forward(X));
    X = torch::relu(fc2->forward(X));
    return fc3->forward(X);
  }
  torch::nn::Linear fc1{nullptr}, fc2{nullptr}, fc3{nullptr};
};
TORCH_MODULE(Mlp);

constexpr int kBatch = 128;
constexpr int kEpochs = 20;

void mlp() {
  Mlp Net;
  torch::optim::SGD Opt(Net->parameters(), torch::optim::SGDOptions(0.01));
  const int StepsPerEpoch = 60000 / kBatch;
  for (int Epoch = 0; Epoch < kEpochs; ++Epoch)
    for (int S = 0; S < StepsPerEpoch; ++S) {
      torch::Tensor X = torch::randn({kBatch, 784});
      torch::Tensor Loss = torch::nll_loss(Net->forward(X), torch::randn({kBatch}));
      Opt.zero_grad();
      Loss.backward();
      // CHECK: {{.*}}gpai-training.cpp:[[@LINE+7]]:7: remark: trains a model (torch::optim::SGD::step); estimated training compute 3.85e+12 FLOP (architecture-based: 3 x forward FLOP per sample x samples); a general-purpose model trained with more than 10^25 FLOP would be presumed to have systemic risk (Art. 51(2)) [aiact-gpai-training]
      // CHECK: note: assumption: this loop runs 20 times
      // CHECK: note: assumption: this loop runs 468 times
      // CHECK: note: assumption: linear layer 784 x 512: 2 x 784 x 512 FLOP per sample
      // CHECK: note: assumption: linear layer 512 x 256
      // CHECK: note: assumption: linear layer 256 x 10
      // CHECK: note: assumption: forward 1.07e+06 FLOP per sample, x3 for the backward pass; 128 samples per step x 9360 steps = 1.20e+06 samples
      Opt.step();
      // LOW: {{.*}}gpai-training.cpp:[[@LINE-1]]:7: warning: trains a model (torch::optim::SGD::step) with an estimated 3.85e+12 FLOP, above 10^12 FLOP: a general-purpose model would be presumed to have systemic risk (Art. 51(2)) and the open-source exceptions of Art. 53(2) and 54(6) would not apply [aiact-gpai-training]
      // TIDY: {{.*}}gpai-training.cpp:[[@LINE-2]]:7: remark: trains a model (torch::optim::SGD::step); estimated training compute 3.85e+12 FLOP (architecture-based: 3 x forward FLOP per sample x samples); a general-purpose model trained with more than 10^13 FLOP
    }
}

// A small CNN on 32x32 images, built from options with chained setters,
// the layers called through members in forward().
struct CnnImpl : torch::nn::Module {
  CnnImpl()
      : conv1(torch::nn::Conv2dOptions(3, 32, 3).padding(1)),
        conv2(torch::nn::Conv2dOptions(32, 64, 3).padding(1)),
        fc(64 * 8 * 8, 10) {
    register_module("conv1", conv1);
    register_module("conv2", conv2);
    register_module("fc", fc);
  }
  torch::Tensor forward(torch::Tensor X) {
    X = torch::max_pool2d(torch::relu(conv1->forward(X)), 2);
    X = torch::max_pool2d(torch::relu(conv2->forward(X)), 2);
    return fc->forward(X.flatten(1));
  }
  torch::nn::Conv2d conv1, conv2;
  torch::nn::Linear fc;
};
TORCH_MODULE(Cnn);

static void train_epoch(Cnn &Net, torch::optim::Adam &Opt) {
  for (int S = 0; S < 782; ++S) {
    auto Images = torch::randn({64, 3, 32, 32});
    auto Loss = torch::nll_loss(Net->forward(Images), torch::randn({64}));
    Opt.zero_grad();
    Loss.backward();
    // CHECK: {{.*}}gpai-training.cpp:[[@LINE+6]]:5: remark: trains a model (torch::optim::Adam::step); estimated training compute 1.69e+13 FLOP (architecture-based: 3 x forward FLOP per sample x samples)
    // CHECK: note: assumption: this loop runs 10 times
    // CHECK: note: assumption: this loop runs 782 times
    // CHECK: note: assumption: convolution 3 -> 32 channels, 3x3 kernel, 32x32 output positions
    // CHECK: note: assumption: convolution 32 -> 64 channels, 3x3 kernel, 16x16 output positions
    // CHECK: note: assumption: linear layer 4096 x 10
    Opt.step();
    // LOW: {{.*}}gpai-training.cpp:[[@LINE-1]]:5: warning: trains a model (torch::optim::Adam::step) with an estimated 1.69e+13 FLOP
    // TIDY: {{.*}}gpai-training.cpp:[[@LINE-2]]:5: warning: trains a model (torch::optim::Adam::step) with an estimated 1.69e+13 FLOP, above 10^13 FLOP
  }
}

void cnn() {
  Cnn Net;
  torch::optim::Adam Opt(Net->parameters(), torch::optim::AdamOptions(1e-3));
  for (int Epoch = 0; Epoch < 10; ++Epoch)
    train_epoch(Net, Opt);
}

// The number of steps comes from the command line: no estimate, and the
// note says where it is read. The weights are loaded first: fine-tuning.
int finetune(int Argc, char **Argv) {
  Mlp Net;
  torch::load(Net, "pretrained-mlp.pt");
  torch::optim::AdamW Opt(Net->parameters(), torch::optim::AdamWOptions(1e-4));
  const int Steps = std::atoi(Argv[1]);
  for (int S = 0; S < Steps; ++S) {
    auto X = torch::randn({32, 784});
    auto Loss = torch::mse_loss(Net->forward(X), torch::randn({32, 10}));
    Opt.zero_grad();
    Loss.backward();
    // CHECK: {{.*}}gpai-training.cpp:[[@LINE+3]]:5: remark: trains a model (torch::optim::AdamW::step); training compute not estimated: 'Steps' is read from the command line; a general-purpose model trained with more than 10^25 FLOP would be presumed to have systemic risk (Art. 51(2)) [aiact-gpai-training]
    // CHECK: {{.*}}gpai-training.cpp:[[@LINE-7]]:21: note: the estimate stops here: 'Steps' is read from the command line
    // CHECK: {{.*}}gpai-training.cpp:[[@LINE-10]]:3: note: the model is loaded before training (torch::load)
    Opt.step();
    // TIDY: {{.*}}gpai-training.cpp:[[@LINE-1]]:5: remark: trains a model (torch::optim::AdamW::step); training compute not estimated
  }
  (void)Argc;
  return 0;
}

// A model holding blocks of its own: their layers are not counted, so
// there is no estimate rather than a low one.
struct ResBlockImpl : torch::nn::Module {
  ResBlockImpl() {
    a = register_module("a", torch::nn::Linear(512, 512));
    b = register_module("b", torch::nn::Linear(512, 512));
  }
  torch::Tensor forward(torch::Tensor X) { return b->forward(a->forward(X)); }
  torch::nn::Linear a{nullptr}, b{nullptr};
};
TORCH_MODULE(ResBlock);

struct DeepImpl : torch::nn::Module {
  DeepImpl() {
    stem = register_module("stem", torch::nn::Linear(784, 512));
    block = register_module("block", ResBlock());
    head = register_module("head", torch::nn::Linear(512, 10));
  }
  torch::Tensor forward(torch::Tensor X) {
    return head->forward(block->forward(stem->forward(X)));
  }
  torch::nn::Linear stem{nullptr}, head{nullptr};
  ResBlock block{nullptr};
};
TORCH_MODULE(Deep);

void deep() {
  Deep Net;
  torch::optim::SGD Opt(Net->parameters(), torch::optim::SGDOptions(0.1));
  for (int S = 0; S < 1000; ++S) {
    auto Loss = torch::nll_loss(Net->forward(torch::randn({32, 784})), torch::randn({32}));
    Loss.backward();
    // CHECK: {{.*}}gpai-training.cpp:[[@LINE+2]]:5: remark: trains a model (torch::optim::SGD::step); training compute not estimated: the layers of member 'block' (ResBlockImpl) are not counted
    // TIDY: {{.*}}gpai-training.cpp:[[@LINE+1]]:5: remark: trains a model (torch::optim::SGD::step); training compute not estimated
    Opt.step();
  }
}

// A training loop written as a template over the model and the optimiser,
// instantiated once: 2 x (784 x 512 + 512 x 256 + 256 x 10) FLOP per
// sample x 3 x 32 x 300 samples = 3.08e10 FLOP.
template <class Model, class Optimizer>
void fit(Model &Net, Optimizer &Opt, int Steps) {
  for (int S = 0; S < Steps; ++S) {
    auto Loss = torch::nll_loss(Net->forward(torch::randn({32, 784})), torch::randn({32}));
    Loss.backward();
    // CHECK: {{.*}}gpai-training.cpp:[[@LINE+2]]:5: remark: trains a model (torch::optim::SGD::step); estimated training compute 3.08e+10 FLOP
    // TIDY: {{.*}}gpai-training.cpp:[[@LINE+1]]:5: remark: trains a model (torch::optim::SGD::step); estimated training compute 3.08e+10 FLOP
    Opt.step();
  }
}

void run_fit() {
  Mlp Net;
  torch::optim::SGD Opt(Net->parameters(), torch::optim::SGDOptions(0.05));
  fit(Net, Opt, 300);
}
