/* Mock of ONNX Runtime's public API (onnxruntime_c_api.h) for aiact-check tests; declarations only. */
#ifndef AIACT_MOCK_ONNXRUNTIME_C_API_H
#define AIACT_MOCK_ONNXRUNTIME_C_API_H

#include <stddef.h>
#include <stdint.h>

#define ORT_API_VERSION 22
#define ORT_API_CALL
typedef char ORTCHAR_T;

#ifdef __cplusplus
extern "C" {
#endif

typedef struct OrtEnv OrtEnv;
typedef struct OrtStatus OrtStatus;
typedef struct OrtSession OrtSession;
typedef struct OrtSessionOptions OrtSessionOptions;
typedef struct OrtRunOptions OrtRunOptions;
typedef struct OrtValue OrtValue;
typedef struct OrtMemoryInfo OrtMemoryInfo;
typedef struct OrtAllocator OrtAllocator;
typedef struct OrtIoBinding OrtIoBinding;
typedef OrtStatus *OrtStatusPtr;

typedef enum OrtLoggingLevel {
  ORT_LOGGING_LEVEL_VERBOSE,
  ORT_LOGGING_LEVEL_INFO,
  ORT_LOGGING_LEVEL_WARNING,
  ORT_LOGGING_LEVEL_ERROR,
  ORT_LOGGING_LEVEL_FATAL,
} OrtLoggingLevel;

typedef enum OrtErrorCode { ORT_OK, ORT_FAIL } OrtErrorCode;

typedef enum OrtAllocatorType {
  OrtInvalidAllocator = -1,
  OrtDeviceAllocator = 0,
  OrtArenaAllocator = 1,
} OrtAllocatorType;

typedef enum OrtMemType {
  OrtMemTypeCPUInput = -2,
  OrtMemTypeCPUOutput = -1,
  OrtMemTypeCPU = OrtMemTypeCPUOutput,
  OrtMemTypeDefault = 0,
} OrtMemType;

typedef enum ONNXTensorElementDataType {
  ONNX_TENSOR_ELEMENT_DATA_TYPE_UNDEFINED,
  ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT,
  ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT8,
  ONNX_TENSOR_ELEMENT_DATA_TYPE_INT8,
  ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT16,
  ONNX_TENSOR_ELEMENT_DATA_TYPE_INT16,
  ONNX_TENSOR_ELEMENT_DATA_TYPE_INT32,
  ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64,
  ONNX_TENSOR_ELEMENT_DATA_TYPE_STRING,
  ONNX_TENSOR_ELEMENT_DATA_TYPE_BOOL,
  ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16,
  ONNX_TENSOR_ELEMENT_DATA_TYPE_DOUBLE,
} ONNXTensorElementDataType;

typedef enum GraphOptimizationLevel {
  ORT_DISABLE_ALL = 0,
  ORT_ENABLE_BASIC = 1,
  ORT_ENABLE_EXTENDED = 2,
  ORT_ENABLE_ALL = 99,
} GraphOptimizationLevel;

/* The C API is a table of function pointers, declared with a macro. */
#define ORT_API2_STATUS(NAME, ...) OrtStatusPtr(ORT_API_CALL *NAME)(__VA_ARGS__)

typedef struct OrtApi OrtApi;
struct OrtApi {
  OrtStatusPtr(ORT_API_CALL *CreateEnv)(OrtLoggingLevel log_severity_level,
                                        const char *logid, OrtEnv **out);
  OrtStatusPtr(ORT_API_CALL *CreateSession)(const OrtEnv *env,
                                            const ORTCHAR_T *model_path,
                                            const OrtSessionOptions *options,
                                            OrtSession **out);
  ORT_API2_STATUS(Run, OrtSession *session, const OrtRunOptions *run_options,
                  const char *const *input_names,
                  const OrtValue *const *inputs, size_t input_len,
                  const char *const *output_names, size_t output_names_len,
                  OrtValue **outputs);
  OrtStatusPtr(ORT_API_CALL *CreateSessionOptions)(OrtSessionOptions **options);
  OrtStatusPtr(ORT_API_CALL *CreateTensorWithDataAsOrtValue)(
      const OrtMemoryInfo *info, void *p_data, size_t p_data_len,
      const int64_t *shape, size_t shape_len, ONNXTensorElementDataType type,
      OrtValue **out);
  OrtStatusPtr(ORT_API_CALL *GetTensorMutableData)(OrtValue *value,
                                                   void **out);
  OrtStatusPtr(ORT_API_CALL *CreateCpuMemoryInfo)(OrtAllocatorType type,
                                                  OrtMemType mem_type,
                                                  OrtMemoryInfo **out);
  OrtStatusPtr(ORT_API_CALL *RunWithBinding)(OrtSession *session,
                                             const OrtRunOptions *run_options,
                                             const OrtIoBinding *binding_ptr);
  const char *(ORT_API_CALL *GetErrorMessage)(const OrtStatus *status);
  void(ORT_API_CALL *ReleaseStatus)(OrtStatus *input);
  void(ORT_API_CALL *ReleaseValue)(OrtValue *input);
  void(ORT_API_CALL *ReleaseMemoryInfo)(OrtMemoryInfo *input);
  void(ORT_API_CALL *ReleaseSession)(OrtSession *input);
  void(ORT_API_CALL *ReleaseSessionOptions)(OrtSessionOptions *input);
  void(ORT_API_CALL *ReleaseEnv)(OrtEnv *input);
};

typedef struct OrtApiBase OrtApiBase;
struct OrtApiBase {
  const OrtApi *(ORT_API_CALL *GetApi)(uint32_t version);
  const char *(ORT_API_CALL *GetVersionString)(void);
};

const OrtApiBase *ORT_API_CALL OrtGetApiBase(void);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* AIACT_MOCK_ONNXRUNTIME_C_API_H */
