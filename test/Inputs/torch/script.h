// Mock of LibTorch's public API (torch/script.h: ATen tensors, TorchScript modules) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_TORCH_SCRIPT_H
#define AIACT_MOCK_TORCH_SCRIPT_H

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace c10 {

enum class ScalarType : int8_t {
  Byte,
  Char,
  Short,
  Int,
  Long,
  Half,
  Float,
  Double,
  Bool = 11,
  BFloat16 = 15,
};
constexpr ScalarType kByte = ScalarType::Byte;
constexpr ScalarType kInt = ScalarType::Int;
constexpr ScalarType kLong = ScalarType::Long;
constexpr ScalarType kHalf = ScalarType::Half;
constexpr ScalarType kFloat = ScalarType::Float;
constexpr ScalarType kDouble = ScalarType::Double;
constexpr ScalarType kBool = ScalarType::Bool;

enum class DeviceType : int8_t { CPU = 0, CUDA = 1, MPS = 13 };
constexpr DeviceType kCPU = DeviceType::CPU;
constexpr DeviceType kCUDA = DeviceType::CUDA;

struct Device {
  Device(DeviceType type, int8_t index = -1);
  Device(const std::string &device_string);
};

class Scalar {
public:
  Scalar();
  Scalar(int v);
  Scalar(int64_t v);
  Scalar(double v);
  Scalar(bool v);
  template <typename T> T to() const;
  int64_t toLong() const;
  double toDouble() const;
};

template <typename T> class ArrayRef {
public:
  ArrayRef();
  ArrayRef(const T &one);
  ArrayRef(const T *data, size_t length);
  ArrayRef(const std::vector<T> &vec);
  ArrayRef(const std::initializer_list<T> &list);
  const T *data() const;
  size_t size() const;
};
using IntArrayRef = ArrayRef<int64_t>;

template <typename T> class intrusive_ptr {
public:
  T *operator->() const;
  T &operator*() const;
  T *get() const;
};

struct NoGradGuard {
  NoGradGuard();
  ~NoGradGuard();
};

struct InferenceMode {
  InferenceMode(bool enabled = true);
  ~InferenceMode();
};

} // namespace c10

namespace at {

using c10::ArrayRef;
using c10::Device;
using c10::DeviceType;
using c10::IntArrayRef;
using c10::kBool;
using c10::kByte;
using c10::kCPU;
using c10::kCUDA;
using c10::kDouble;
using c10::kFloat;
using c10::kHalf;
using c10::kInt;
using c10::kLong;
using c10::Scalar;
using c10::ScalarType;
using NoGradGuard = c10::NoGradGuard;

class Generator {
public:
  Generator();
};

class TensorOptions {
public:
  TensorOptions();
  TensorOptions(ScalarType dtype);
  TensorOptions(Device device);
  TensorOptions dtype(ScalarType dtype) const;
  TensorOptions device(Device device) const;
  TensorOptions requires_grad(bool requires_grad) const;
};
TensorOptions dtype(ScalarType dtype);

class Tensor;

namespace indexing {
struct EllipsisIndexType {
  EllipsisIndexType();
};
extern const EllipsisIndexType Ellipsis;
constexpr std::nullopt_t None = std::nullopt;

struct Slice {
  Slice(std::optional<int64_t> start_index = std::nullopt,
        std::optional<int64_t> stop_index = std::nullopt,
        std::optional<int64_t> step_index = std::nullopt);
};

struct TensorIndex {
  TensorIndex(std::nullopt_t);
  TensorIndex(EllipsisIndexType);
  TensorIndex(int64_t integer);
  TensorIndex(int integer);
  TensorIndex(bool boolean);
  TensorIndex(Slice slice);
  TensorIndex(const Tensor &tensor);
};
} // namespace indexing

class Tensor {
public:
  Tensor();
  Tensor(const Tensor &other);
  Tensor(Tensor &&other);
  Tensor &operator=(const Tensor &other);
  Tensor &operator=(Tensor &&other);
  ~Tensor();

  bool defined() const;
  int64_t dim() const;
  int64_t size(int64_t dim) const;
  IntArrayRef sizes() const;
  int64_t numel() const;
  ScalarType scalar_type() const;

  Tensor to(ScalarType dtype) const;
  Tensor to(Device device) const;
  Tensor cpu() const;
  Tensor contiguous() const;
  Tensor clone() const;
  Tensor detach() const;

  Scalar item() const;
  template <typename T> T item() const;
  template <typename T> T *data_ptr() const;
  Tensor permute(IntArrayRef dims) const;
  Tensor clamp(const Scalar &min, const Scalar &max) const;
  Tensor mul(const Scalar &other) const;
  Tensor add(const Scalar &other) const;
  Tensor &normal_(double mean = 0, double std = 1);

  Tensor operator[](int64_t index) const;
  Tensor index(ArrayRef<indexing::TensorIndex> indices) const;
  Tensor index(std::initializer_list<indexing::TensorIndex> indices) const;
  Tensor select(int64_t dim, int64_t index) const;
  Tensor slice(int64_t dim = 0, std::optional<int64_t> start = std::nullopt,
               std::optional<int64_t> end = std::nullopt,
               int64_t step = 1) const;
  Tensor squeeze() const;
  Tensor squeeze(int64_t dim) const;
  Tensor unsqueeze(int64_t dim) const;
  Tensor view(IntArrayRef size) const;
  Tensor reshape(IntArrayRef shape) const;
  Tensor div(const Scalar &other) const;
  Tensor mean(IntArrayRef dim, bool keepdim = false) const;

  Tensor argmax(std::optional<int64_t> dim = std::nullopt,
                bool keepdim = false) const;
  Tensor softmax(int64_t dim,
                 std::optional<ScalarType> dtype = std::nullopt) const;
  Tensor log_softmax(int64_t dim,
                     std::optional<ScalarType> dtype = std::nullopt) const;
  Tensor multinomial(int64_t num_samples, bool replacement = false,
                     std::optional<Generator> generator = std::nullopt) const;
  std::tuple<Tensor, Tensor> topk(int64_t k, int64_t dim = -1,
                                  bool largest = true,
                                  bool sorted = true) const;

  // Autograd.
  void backward(const Tensor &gradient = {}, std::optional<bool> retain_graph = std::nullopt,
                bool create_graph = false) const;
  Tensor &grad();
  Tensor flatten(int64_t start_dim = 0, int64_t end_dim = -1) const;
  Tensor relu() const;
};

using TensorList = ArrayRef<Tensor>;

Tensor operator/(const Tensor &self, const Scalar &other);
Tensor operator*(const Tensor &self, const Scalar &other);
Tensor operator+(const Tensor &self, const Tensor &other);
Tensor operator-(const Tensor &self, const Tensor &other);
Tensor operator*(const Tensor &self, const Tensor &other);
Tensor randn(IntArrayRef size, const TensorOptions &options = TensorOptions());
Tensor randn_like(const Tensor &self);
Tensor normal(double mean, double std, IntArrayRef size);

Tensor argmax(const Tensor &self, std::optional<int64_t> dim = std::nullopt,
              bool keepdim = false);
Tensor softmax(const Tensor &self, int64_t dim,
               std::optional<ScalarType> dtype = std::nullopt);
Tensor log_softmax(const Tensor &self, int64_t dim,
                   std::optional<ScalarType> dtype = std::nullopt);
Tensor multinomial(const Tensor &self, int64_t num_samples,
                   bool replacement = false,
                   std::optional<Generator> generator = std::nullopt);
std::tuple<Tensor, Tensor> topk(const Tensor &self, int64_t k,
                                int64_t dim = -1, bool largest = true,
                                bool sorted = true);
Tensor cat(TensorList tensors, int64_t dim = 0);
Tensor relu(const Tensor &self);
Tensor tanh(const Tensor &self);
Tensor max_pool2d(const Tensor &self, IntArrayRef kernel_size,
                  IntArrayRef stride = {}, IntArrayRef padding = 0);
Tensor avg_pool2d(const Tensor &self, IntArrayRef kernel_size,
                  IntArrayRef stride = {}, IntArrayRef padding = 0);
Tensor nll_loss(const Tensor &self, const Tensor &target);
Tensor mse_loss(const Tensor &self, const Tensor &target);
Tensor cross_entropy_loss(const Tensor &self, const Tensor &target);
Tensor stack(TensorList tensors, int64_t dim = 0);

} // namespace at

namespace c10 {

namespace ivalue {
struct Tuple;
} // namespace ivalue

class IValue {
public:
  IValue();
  IValue(const at::Tensor &t);
  IValue(at::Tensor &&t);
  IValue(int64_t i);
  IValue(double d);
  IValue(bool b);
  IValue(const std::string &s);
  IValue(const std::vector<IValue> &list);

  bool isTensor() const;
  bool isTuple() const;
  at::Tensor toTensor() &&;
  at::Tensor &toTensor() &;
  const at::Tensor &toTensor() const &;
  intrusive_ptr<ivalue::Tuple> toTuple() const &;
  int64_t toInt() const;
  double toDouble() const;
};

namespace ivalue {
struct Tuple {
  const std::vector<IValue> &elements() const;
};
} // namespace ivalue

} // namespace c10

namespace torch {

// As in LibTorch, everything in at:: is reachable as torch::.
using namespace at;

using NoGradGuard = at::NoGradGuard;
using c10::InferenceMode;

// The autograd-aware factories that LibTorch defines in torch::.
at::Tensor tensor(at::ArrayRef<int64_t> values,
                  const at::TensorOptions &options);
at::Tensor tensor(at::ArrayRef<int64_t> values);
at::Tensor tensor(std::initializer_list<int64_t> values);
at::Tensor tensor(at::ArrayRef<int> values);
at::Tensor tensor(std::initializer_list<int> values);
at::Tensor tensor(at::ArrayRef<float> values);
at::Tensor tensor(std::initializer_list<float> values);
at::Tensor tensor(int64_t value, const at::TensorOptions &options);
at::Tensor from_blob(void *data, at::IntArrayRef sizes,
                     const at::TensorOptions &options = at::TensorOptions());
at::Tensor zeros(at::IntArrayRef size,
                 const at::TensorOptions &options = at::TensorOptions());
at::Tensor ones(at::IntArrayRef size,
                const at::TensorOptions &options = at::TensorOptions());
at::Tensor full(at::IntArrayRef size, const at::Scalar &fill_value,
                const at::TensorOptions &options = at::TensorOptions());
at::Tensor randn(at::IntArrayRef size,
                 const at::TensorOptions &options = at::TensorOptions());
at::Tensor randn_like(const at::Tensor &self);

namespace jit {

using c10::IValue;
using Kwargs = std::unordered_map<std::string, IValue>;

struct Method {
  IValue operator()(std::vector<IValue> stack,
                    const Kwargs &kwargs = Kwargs()) const;
  const std::string &name() const;
};

struct Module {
  Module();
  Module(const Module &);
  Module &operator=(const Module &);
  ~Module();

  IValue forward(std::vector<IValue> inputs, const Kwargs &kwargs = Kwargs());
  IValue operator()(std::vector<IValue> inputs);
  Method get_method(const std::string &method_name) const;
  template <typename... Types>
  IValue run_method(const std::string &method_name, Types &&...args);
  void train(bool on = true);
  void eval();
  void to(at::Device device, bool non_blocking = false);
};

Module load(const std::string &filename,
            std::optional<c10::Device> device = std::nullopt,
            bool load_debug_files = true);

namespace script {
// The old spelling, kept by LibTorch as an alias.
using Module = ::torch::jit::Module;
} // namespace script

} // namespace jit
} // namespace torch

#endif // AIACT_MOCK_TORCH_SCRIPT_H
