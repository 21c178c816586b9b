// Part of the aiact-check demo project, under the Apache License v2.0.
//
// Trains a small character-level GPT with LibTorch's C++ frontend: six
// transformer blocks of width 384 over a 256-character context, AdamW,
// 5000 iterations of 64 sequences. The data is random here; a real trainer
// would read a text corpus.

#include "torch/torch.h"

#include <cstdio>

namespace demo {

struct GPTConfig {
  int block_size = 256;
  int vocab_size = 65;
  int n_layer = 6;
  int n_head = 6;
  int n_embd = 384;
};

constexpr int kBatchSize = 64;
constexpr int kMaxIters = 5000;

struct BlockImpl : torch::nn::Module {
  explicit BlockImpl(const GPTConfig &C) {
    qkv = register_module("qkv", torch::nn::Linear(C.n_embd, 3 * C.n_embd));
    proj = register_module("proj", torch::nn::Linear(C.n_embd, C.n_embd));
    up = register_module("up", torch::nn::Linear(C.n_embd, 4 * C.n_embd));
    down = register_module("down", torch::nn::Linear(4 * C.n_embd, C.n_embd));
  }
  torch::Tensor forward(torch::Tensor X);
  torch::nn::Linear qkv{nullptr}, proj{nullptr}, up{nullptr}, down{nullptr};
};
TORCH_MODULE(Block);

struct GPTImpl : torch::nn::Module {
  explicit GPTImpl(const GPTConfig &C) {
    tok = register_module("tok", torch::nn::Embedding(C.vocab_size, C.n_embd));
    pos = register_module("pos", torch::nn::Embedding(C.block_size, C.n_embd));
    head = register_module("head", torch::nn::Linear(C.n_embd, C.vocab_size));
  }
  torch::Tensor forward(torch::Tensor Idx);
  torch::nn::Embedding tok{nullptr}, pos{nullptr};
  torch::nn::Linear head{nullptr};
};
TORCH_MODULE(GPT);

} // namespace demo

int main() {
  demo::GPTConfig Config;
  demo::GPT Model(Config);
  torch::optim::AdamW Opt(Model->parameters(), torch::optim::AdamWOptions(1e-3));
  for (int Iter = 0; Iter < demo::kMaxIters; ++Iter) {
    torch::Tensor Idx = torch::randn({demo::kBatchSize, Config.block_size});
    torch::Tensor Logits = Model->forward(Idx);
    torch::Tensor Loss = torch::nll_loss(Logits, torch::randn({demo::kBatchSize}));
    Opt.zero_grad();
    Loss.backward();
    Opt.step();
    if (Iter % 500 == 0)
      std::printf("iter %d\n", Iter);
  }
  torch::save(Model, "gpt-char.pt");
  return 0;
}
