// Mock of OpenVINO's public API (openvino/openvino.hpp) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OPENVINO_HPP
#define AIACT_MOCK_OPENVINO_HPP

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ov {

// A value of any type, for properties.
class Any {
public:
  Any();
  template <typename T> Any(T &&value);
};
using AnyMap = std::map<std::string, Any>;

class Shape : public std::vector<size_t> {
public:
  Shape();
  Shape(std::initializer_list<size_t> init);
  Shape(const std::vector<size_t> &dims);
};

namespace element {
class Type {
public:
  Type();
};
extern const Type f32;
extern const Type f16;
extern const Type u8;
extern const Type i64;
} // namespace element

class Tensor {
public:
  Tensor();
  Tensor(const element::Type &type, const Shape &shape);
  Tensor(const element::Type &type, const Shape &shape, void *host_ptr);
  Shape get_shape() const;
  void set_shape(const Shape &shape);
  element::Type get_element_type() const;
  size_t get_size() const;
  size_t get_byte_size() const;
  void *data() const;
  template <typename T> T *data() const;
};

class Model {
public:
  std::string get_friendly_name() const;
};

// One inference: set the inputs, infer, read the outputs.
class InferRequest {
public:
  InferRequest();
  void set_tensor(const std::string &tensor_name, const Tensor &tensor);
  void set_input_tensor(const Tensor &tensor);
  void set_input_tensor(size_t idx, const Tensor &tensor);
  Tensor get_tensor(const std::string &tensor_name);
  Tensor get_input_tensor();
  Tensor get_input_tensor(size_t idx);
  Tensor get_output_tensor();
  Tensor get_output_tensor(size_t idx);
  void infer();
  void start_async();
  void wait();
};

class CompiledModel {
public:
  CompiledModel();
  InferRequest create_infer_request();
};

class Core {
public:
  explicit Core(const std::string &xml_config_file = {});
  std::shared_ptr<Model> read_model(const std::string &model_path,
                                    const std::string &bin_path = {},
                                    const AnyMap &properties = {}) const;
  std::shared_ptr<Model> read_model(const std::string &model,
                                    const Tensor &weights) const;
  CompiledModel compile_model(const std::shared_ptr<const Model> &model,
                              const AnyMap &properties = {});
  CompiledModel compile_model(const std::shared_ptr<const Model> &model,
                              const std::string &device_name,
                              const AnyMap &properties = {});
  CompiledModel compile_model(const std::string &model_path,
                              const AnyMap &properties = {});
  CompiledModel compile_model(const std::string &model_path,
                              const std::string &device_name,
                              const AnyMap &properties = {});
  std::vector<std::string> get_available_devices() const;
};

} // namespace ov

#endif // AIACT_MOCK_OPENVINO_HPP
