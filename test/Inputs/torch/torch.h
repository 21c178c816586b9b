// Mock of LibTorch's public API (torch/torch.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_TORCH_TORCH_H
#define AIACT_MOCK_TORCH_TORCH_H

#include "torch/script.h"

#include <functional>
#include <memory>

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
  std::vector<Tensor> parameters(bool recurse = true) const;
  template <typename ModuleType>
  ModuleType register_module(std::string name, ModuleType module);
  Tensor register_parameter(std::string name, Tensor tensor,
                            bool requires_grad = true);
  void to(Device device);
};

// A module handle: what TORCH_MODULE(Name) declares for NameImpl.
template <typename Contained> class ModuleHolder {
public:
  ModuleHolder(std::nullptr_t);
  template <typename... Args> explicit ModuleHolder(Args &&...args);
  Contained *operator->();
  const Contained *operator->() const;
  Contained &operator*();
  std::shared_ptr<Contained> ptr() const;
  // Calling the holder runs the module's forward().
  template <typename... Args> Tensor operator()(Args &&...args);
};

#define TORCH_MODULE(Name)                                                    \
  class Name : public ::torch::nn::ModuleHolder<Name##Impl> {                 \
  public:                                                                     \
    using ::torch::nn::ModuleHolder<Name##Impl>::ModuleHolder;                \
  }

struct LinearOptions {
  LinearOptions(int64_t in_features, int64_t out_features);
  LinearOptions &bias(bool with_bias);
};
class LinearImpl : public Module {
public:
  LinearImpl(int64_t in_features, int64_t out_features);
  explicit LinearImpl(const LinearOptions &options);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Linear);

struct Conv2dOptions {
  Conv2dOptions(int64_t in_channels, int64_t out_channels,
                int64_t kernel_size);
  Conv2dOptions &stride(int64_t s);
  Conv2dOptions &padding(int64_t p);
  Conv2dOptions &bias(bool with_bias);
};
class Conv2dImpl : public Module {
public:
  Conv2dImpl(int64_t in_channels, int64_t out_channels, int64_t kernel_size);
  explicit Conv2dImpl(const Conv2dOptions &options);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Conv2d);

struct EmbeddingOptions {
  EmbeddingOptions(int64_t num_embeddings, int64_t embedding_dim);
};
class EmbeddingImpl : public Module {
public:
  EmbeddingImpl(int64_t num_embeddings, int64_t embedding_dim);
  explicit EmbeddingImpl(const EmbeddingOptions &options);
  Tensor forward(const Tensor &indices);
};
TORCH_MODULE(Embedding);

struct ConvTranspose2dOptions {
  ConvTranspose2dOptions(int64_t in_channels, int64_t out_channels,
                         int64_t kernel_size);
  ConvTranspose2dOptions &stride(int64_t s);
  ConvTranspose2dOptions &padding(int64_t p);
  ConvTranspose2dOptions &bias(bool with_bias);
};
class ConvTranspose2dImpl : public Module {
public:
  explicit ConvTranspose2dImpl(const ConvTranspose2dOptions &options);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(ConvTranspose2d);

// A chain of modules run one after the other.
class SequentialImpl : public Module {
public:
  SequentialImpl();
  template <typename... Modules> explicit SequentialImpl(Modules &&...modules);
  template <typename ReturnType = Tensor, typename... Inputs>
  ReturnType forward(Inputs &&...inputs);
};
TORCH_MODULE(Sequential);

class TanhImpl : public Module {
public:
  TanhImpl();
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Tanh);

class DropoutImpl : public Module {
public:
  explicit DropoutImpl(double p = 0.5);
  Tensor forward(Tensor input);
};
TORCH_MODULE(Dropout);

namespace functional {
Tensor cross_entropy(const Tensor &input, const Tensor &target);
Tensor relu(const Tensor &input);
} // namespace functional
} // namespace nn

namespace optim {
class OptimizerOptions {
public:
  virtual ~OptimizerOptions();
};
class Optimizer {
public:
  virtual ~Optimizer();
  virtual Tensor step(std::function<Tensor()> closure = nullptr) = 0;
  void zero_grad(bool set_to_none = true);
};
struct SGDOptions : OptimizerOptions {
  SGDOptions(double lr);
  SGDOptions &momentum(double m);
  SGDOptions &weight_decay(double w);
};
class SGD : public Optimizer {
public:
  SGD(std::vector<Tensor> params, SGDOptions defaults);
  Tensor step(std::function<Tensor()> closure = nullptr) override;
};
struct AdamOptions : OptimizerOptions {
  AdamOptions(double lr = 1e-3);
  AdamOptions &weight_decay(double w);
};
class Adam : public Optimizer {
public:
  Adam(std::vector<Tensor> params, AdamOptions defaults = {});
  Tensor step(std::function<Tensor()> closure = nullptr) override;
};
struct AdamWOptions : OptimizerOptions {
  AdamWOptions(double lr = 1e-3);
  AdamWOptions &weight_decay(double w);
};
class AdamW : public Optimizer {
public:
  AdamW(std::vector<Tensor> params, AdamWOptions defaults = {});
  Tensor step(std::function<Tensor()> closure = nullptr) override;
};
} // namespace optim

namespace data {
template <typename Data = Tensor, typename Target = Tensor> struct Example {
  Data data;
  Target target;
};
namespace transforms {
template <typename T = Example<>> struct Stack {};
struct Normalize {
  Normalize(double mean, double stddev);
};
} // namespace transforms
namespace datasets {
class MNIST {
public:
  enum class Mode { kTrain, kTest };
  explicit MNIST(const std::string &root, Mode mode = Mode::kTrain);
  template <typename T> MNIST map(T transform) &&;
  std::optional<size_t> size() const;
};
} // namespace datasets
struct DataLoaderOptions {
  DataLoaderOptions();
  explicit DataLoaderOptions(size_t batch_size);
  DataLoaderOptions &batch_size(size_t b);
  DataLoaderOptions &workers(size_t w);
};
template <typename Batch> class DataLoader {
public:
  struct iterator {
    Batch &operator*();
    iterator &operator++();
    bool operator!=(const iterator &o) const;
  };
  iterator begin();
  iterator end();
};
template <typename Dataset>
std::unique_ptr<DataLoader<std::vector<Example<>>>>
make_data_loader(Dataset dataset, size_t batch_size);
template <typename Dataset>
std::unique_ptr<DataLoader<std::vector<Example<>>>>
make_data_loader(Dataset dataset, DataLoaderOptions options);
} // namespace data

template <typename Value> void save(const Value &value, const std::string &path);
template <typename Value> void load(Value &value, const std::string &path);

} // namespace torch

#endif // AIACT_MOCK_TORCH_TORCH_H
