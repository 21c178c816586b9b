// Mock of ONNX Runtime's public API (onnxruntime_cxx_api.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_ONNXRUNTIME_CXX_API_H
#define AIACT_MOCK_ONNXRUNTIME_CXX_API_H

#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <vector>

#include "onnxruntime_c_api.h"

// The C++ API.
namespace Ort {

struct Exception : std::exception {
  Exception(const std::string &string, OrtErrorCode code);
  OrtErrorCode GetOrtErrorCode() const;
  const char *what() const noexcept override;
};

const OrtApi &GetApi() noexcept;

namespace detail {

template <typename T> struct Base {
  using contained_type = T;
  Base() = default;
  explicit Base(contained_type *p) noexcept;
  ~Base();
  Base(const Base &) = delete;
  Base &operator=(const Base &) = delete;
  Base(Base &&v) noexcept;
  Base &operator=(Base &&v) noexcept;
  operator contained_type *() const noexcept;
  contained_type *release();

protected:
  contained_type *p_{};
};

template <typename T> struct Unowned : T {
  Unowned(typename T::contained_type *p);
};

struct AllocatedFree {
  void operator()(void *ptr) const;
};

} // namespace detail

using AllocatedStringPtr = std::unique_ptr<char, detail::AllocatedFree>;

struct Env : detail::Base<OrtEnv> {
  explicit Env(std::nullptr_t);
  Env(OrtLoggingLevel logging_level = ORT_LOGGING_LEVEL_WARNING,
      const char *logid = "");
};

struct RunOptions : detail::Base<OrtRunOptions> {
  explicit RunOptions(std::nullptr_t);
  RunOptions();
  RunOptions &SetRunLogVerbosityLevel(int);
  RunOptions &SetRunTag(const char *run_tag);
  RunOptions &SetTerminate();
  RunOptions &UnsetTerminate();
};

struct SessionOptions : detail::Base<OrtSessionOptions> {
  explicit SessionOptions(std::nullptr_t);
  SessionOptions();
  SessionOptions &SetIntraOpNumThreads(int intra_op_num_threads);
  SessionOptions &SetInterOpNumThreads(int inter_op_num_threads);
  SessionOptions &
  SetGraphOptimizationLevel(GraphOptimizationLevel graph_optimization_level);
};

struct MemoryInfo : detail::Base<OrtMemoryInfo> {
  static MemoryInfo CreateCpu(OrtAllocatorType type, OrtMemType mem_type1);
  explicit MemoryInfo(std::nullptr_t);
  explicit MemoryInfo(OrtMemoryInfo *p);
  MemoryInfo(const char *name, OrtAllocatorType type, int id,
             OrtMemType mem_type);
};

struct AllocatorWithDefaultOptions {
  AllocatorWithDefaultOptions();
  operator OrtAllocator *();
  void *Alloc(size_t size);
  void Free(void *p);
};

struct TensorTypeAndShapeInfo {
  ONNXTensorElementDataType GetElementType() const;
  size_t GetElementCount() const;
  size_t GetDimensionsCount() const;
  std::vector<int64_t> GetShape() const;
};

struct Value;
struct IoBinding;

namespace detail {

template <typename T> struct ConstValueImpl : Base<T> {
  bool IsTensor() const;
  bool HasValue() const;
  template <typename R> const R *GetTensorData() const;
  const void *GetTensorRawData() const;
  TensorTypeAndShapeInfo GetTensorTypeAndShapeInfo() const;
};

template <typename T> struct ValueImpl : ConstValueImpl<T> {
  template <typename R> R *GetTensorMutableData();
  void *GetTensorMutableRawData();
  template <typename R> R &At(const std::vector<int64_t> &location);
};

template <typename T> struct ConstSessionImpl : Base<T> {
  size_t GetInputCount() const;
  size_t GetOutputCount() const;
  std::vector<std::string> GetInputNames() const;
  std::vector<std::string> GetOutputNames() const;
  AllocatedStringPtr GetInputNameAllocated(size_t index,
                                           OrtAllocator *allocator) const;
  AllocatedStringPtr GetOutputNameAllocated(size_t index,
                                            OrtAllocator *allocator) const;
};

template <typename T> struct SessionImpl : ConstSessionImpl<T> {
  std::vector<Value> Run(const RunOptions &run_options,
                         const char *const *input_names,
                         const Value *input_values, size_t input_count,
                         const char *const *output_names,
                         size_t output_count);
  void Run(const RunOptions &run_options, const char *const *input_names,
           const Value *input_values, size_t input_count,
           const char *const *output_names, Value *output_values,
           size_t output_count);
  void Run(const RunOptions &run_options, const IoBinding &);
};

template <typename T> struct IoBindingImpl : Base<T> {
  void BindInput(const char *name, const Value &);
  void BindOutput(const char *name, const Value &);
  void BindOutput(const char *name, const OrtMemoryInfo *);
  std::vector<Value> GetOutputValues() const;
  void ClearBoundInputs();
  void ClearBoundOutputs();
};

} // namespace detail

struct Value : detail::ValueImpl<OrtValue> {
  Value(std::nullptr_t);
  explicit Value(OrtValue *p);
  Value(Value &&) = default;
  Value &operator=(Value &&) = default;

  template <typename T>
  static Value CreateTensor(const OrtMemoryInfo *info, T *p_data,
                            size_t p_data_element_count, const int64_t *shape,
                            size_t shape_len);
  static Value CreateTensor(const OrtMemoryInfo *info, void *p_data,
                            size_t p_data_byte_count, const int64_t *shape,
                            size_t shape_len, ONNXTensorElementDataType type);
  template <typename T>
  static Value CreateTensor(OrtAllocator *allocator, const int64_t *shape,
                            size_t shape_len);
};

using UnownedValue = detail::ValueImpl<detail::Unowned<OrtValue>>;

struct Session : detail::SessionImpl<OrtSession> {
  explicit Session(std::nullptr_t);
  explicit Session(OrtSession *p);
  Session(const Env &env, const ORTCHAR_T *model_path,
          const SessionOptions &options);
  Session(const Env &env, const void *model_data, size_t model_data_length,
          const SessionOptions &options);
};

using UnownedSession = detail::SessionImpl<detail::Unowned<OrtSession>>;

struct IoBinding : detail::IoBindingImpl<OrtIoBinding> {
  explicit IoBinding(std::nullptr_t);
  explicit IoBinding(Session &session);
};

} // namespace Ort

#endif // AIACT_MOCK_ONNXRUNTIME_CXX_API_H
