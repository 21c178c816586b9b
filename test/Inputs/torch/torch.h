// Mock of LibTorch's public API (torch/torch.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_TORCH_TORCH_H
#define AIACT_MOCK_TORCH_TORCH_H

#include "torch/script.h"

namespace torch {

void manual_seed(uint64_t seed);

namespace cuda {
bool is_available();
} // namespace cuda

namespace nn {
// Base of C++-frontend modules; their forward() is the user's own code.
class Module {
public:
  Module();
  virtual ~Module();
  void train(bool on = true);
  void eval();
};
} // namespace nn

} // namespace torch

#endif // AIACT_MOCK_TORCH_TORCH_H
