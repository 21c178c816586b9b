// Mock of MNN's public API (MNN/Interpreter.hpp) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_MNN_INTERPRETER_HPP
#define AIACT_MOCK_MNN_INTERPRETER_HPP

#include "MNN/Tensor.hpp"

#include <cstddef>
#include <string>
#include <vector>

// From MNN/MNNForwardType.h.
typedef enum {
  MNN_FORWARD_CPU = 0,
  MNN_FORWARD_AUTO = 4,
  MNN_FORWARD_METAL = 1,
  MNN_FORWARD_CUDA = 2,
  MNN_FORWARD_OPENCL = 3,
  MNN_FORWARD_VULKAN = 7,
} MNNForwardType;

namespace MNN {

// From MNN/ErrorCode.hpp.
enum ErrorCode {
  NO_ERROR = 0,
  OUT_OF_MEMORY = 1,
  NOT_SUPPORT = 2,
  COMPUTE_SIZE_ERROR = 3,
  NO_EXECUTION = 4,
  INVALID_VALUE = 5,
};

struct BackendConfig {
  enum PrecisionMode { Precision_Normal = 0, Precision_High, Precision_Low };
  PrecisionMode precision = Precision_Normal;
  enum PowerMode { Power_Normal = 0, Power_High, Power_Low };
  PowerMode power = Power_Normal;
};

struct ScheduleConfig {
  std::vector<std::string> saveTensors;
  MNNForwardType type = MNN_FORWARD_CPU;
  int numThread = 4;
  MNNForwardType backupType = MNN_FORWARD_CPU;
  BackendConfig *backendConfig = nullptr;
};

class Session;

// A model; sessions run it.
class Interpreter {
public:
  static Interpreter *createFromFile(const char *file);
  static Interpreter *createFromBuffer(const void *buffer, size_t size);
  static void destroy(Interpreter *net);
  ~Interpreter();

  Session *createSession(const ScheduleConfig &config);
  bool releaseSession(Session *session);
  void resizeSession(Session *session);
  void releaseModel();
  ErrorCode runSession(Session *session) const;
  Tensor *getSessionInput(const Session *session, const char *name);
  Tensor *getSessionOutput(const Session *session, const char *name);
  void resizeTensor(Tensor *tensor, const std::vector<int> &dims);
};

} // namespace MNN

#endif // AIACT_MOCK_MNN_INTERPRETER_HPP
