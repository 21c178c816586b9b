// Mock of MNN's public API (MNN/Tensor.hpp) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_MNN_TENSOR_HPP
#define AIACT_MOCK_MNN_TENSOR_HPP

#include <vector>

namespace MNN {

class Tensor {
public:
  enum DimensionType { TENSORFLOW, CAFFE, CAFFE_C4 };

  Tensor(const Tensor *tensor, DimensionType type = CAFFE,
         bool allocMemory = true);
  ~Tensor();

  template <typename Type>
  static Tensor *create(const std::vector<int> &shape, void *data = nullptr,
                        DimensionType dimType = TENSORFLOW);
  static Tensor *createHostTensorFromDevice(const Tensor *deviceTensor,
                                            bool copyData = true);
  static void destroy(Tensor *tensor);

  bool copyFromHostTensor(const Tensor *hostTensor);
  bool copyToHostTensor(Tensor *hostTensor) const;
  template <typename T> T *host() const;
  DimensionType getDimensionType() const;
  std::vector<int> shape() const;
  int size() const;
  int elementSize() const;
  int width() const;
  int height() const;
  int channel() const;
  int batch() const;
};

} // namespace MNN

#endif // AIACT_MOCK_MNN_TENSOR_HPP
