// Mock of ONNX Runtime GenAI's C API (ort_genai_c.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_ORT_GENAI_C_H
#define AIACT_MOCK_ORT_GENAI_C_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum OgaElementType {
  OgaElementType_undefined,
  OgaElementType_float32,
  OgaElementType_uint8,
  OgaElementType_int8,
  OgaElementType_uint16,
  OgaElementType_int16,
  OgaElementType_int32,
  OgaElementType_int64,
  OgaElementType_string,
  OgaElementType_bool,
  OgaElementType_float16,
  OgaElementType_float64,
} OgaElementType;

typedef struct OgaResult OgaResult;
typedef struct OgaGeneratorParams OgaGeneratorParams;
typedef struct OgaGenerator OgaGenerator;
typedef struct OgaConfig OgaConfig;
typedef struct OgaModel OgaModel;
typedef struct OgaSequences OgaSequences;
typedef struct OgaTokenizer OgaTokenizer;
typedef struct OgaTokenizerStream OgaTokenizerStream;
typedef struct OgaTensor OgaTensor;

void OgaShutdown(void);

const char *OgaResultGetError(const OgaResult *result);
void OgaDestroyResult(OgaResult *result);
void OgaDestroyString(const char *str);

// Token sequences.
OgaResult *OgaCreateSequences(OgaSequences **out);
void OgaDestroySequences(OgaSequences *sequences);
size_t OgaSequencesCount(const OgaSequences *sequences);
OgaResult *OgaAppendTokenSequence(const int32_t *token_ptr, size_t token_cnt,
                                  OgaSequences *sequences);
OgaResult *OgaAppendTokenToSequence(int32_t token, OgaSequences *sequences,
                                    size_t sequence_index);
size_t OgaSequencesGetSequenceCount(const OgaSequences *sequences,
                                    size_t sequence_index);
const int32_t *OgaSequencesGetSequenceData(const OgaSequences *sequences,
                                           size_t sequence_index);

// Configuration and models.
OgaResult *OgaCreateConfig(const char *config_path, OgaConfig **out);
OgaResult *OgaConfigClearProviders(OgaConfig *config);
OgaResult *OgaConfigAppendProvider(OgaConfig *config, const char *provider);
void OgaDestroyConfig(OgaConfig *config);
OgaResult *OgaCreateModel(const char *config_path, OgaModel **out);
OgaResult *OgaCreateModelFromConfig(const OgaConfig *config, OgaModel **out);
void OgaDestroyModel(OgaModel *model);

// Generator parameters.
OgaResult *OgaCreateGeneratorParams(const OgaModel *model,
                                    OgaGeneratorParams **out);
void OgaDestroyGeneratorParams(OgaGeneratorParams *generator_params);
OgaResult *OgaGeneratorParamsSetSearchNumber(OgaGeneratorParams *generator_params,
                                             const char *name, double value);
OgaResult *OgaGeneratorParamsSetSearchBool(OgaGeneratorParams *generator_params,
                                           const char *name, bool value);
// Older releases took the prompt here and offered OgaGenerate.
OgaResult *
OgaGeneratorParamsSetInputSequences(OgaGeneratorParams *generator_params,
                                    const OgaSequences *sequences);
OgaResult *OgaGenerate(const OgaModel *model,
                       const OgaGeneratorParams *generator_params,
                       OgaSequences **out);

// The generator.
OgaResult *OgaCreateGenerator(const OgaModel *model,
                              const OgaGeneratorParams *params,
                              OgaGenerator **out);
void OgaDestroyGenerator(OgaGenerator *generator);
bool OgaGenerator_IsDone(const OgaGenerator *generator);
OgaResult *OgaGenerator_AppendTokenSequences(OgaGenerator *oga_generator,
                                             const OgaSequences *p_sequences);
OgaResult *OgaGenerator_AppendTokens(OgaGenerator *oga_generator,
                                     const int32_t *input_ids,
                                     size_t input_ids_count);
// Older releases split a step into these two calls.
OgaResult *OgaGenerator_ComputeLogits(OgaGenerator *generator);
OgaResult *OgaGenerator_GenerateNextToken(OgaGenerator *generator);
OgaResult *OgaGenerator_GetNextTokens(const OgaGenerator *generator,
                                      const int32_t **out, size_t *out_count);
OgaResult *OgaGenerator_RewindTo(OgaGenerator *generator, size_t new_length);
OgaResult *OgaGenerator_GetLogits(OgaGenerator *generator, OgaTensor **out);
OgaResult *OgaGenerator_SetLogits(OgaGenerator *generator, OgaTensor *tensor);
size_t OgaGenerator_GetSequenceCount(const OgaGenerator *generator,
                                     size_t index);
const int32_t *OgaGenerator_GetSequenceData(const OgaGenerator *generator,
                                            size_t index);

// Tokenizer.
OgaResult *OgaCreateTokenizer(const OgaModel *model, OgaTokenizer **out);
void OgaDestroyTokenizer(OgaTokenizer *tokenizer);
OgaResult *OgaTokenizerEncode(const OgaTokenizer *tokenizer, const char *str,
                              OgaSequences *sequences);
OgaResult *OgaTokenizerToTokenId(const OgaTokenizer *tokenizer,
                                 const char *str, int32_t *token_id);
OgaResult *OgaTokenizerDecode(const OgaTokenizer *tokenizer,
                              const int32_t *tokens, size_t token_count,
                              const char **out_string);
OgaResult *OgaTokenizerApplyChatTemplate(const OgaTokenizer *tokenizer,
                                         const char *template_str,
                                         const char *messages,
                                         const char *tools,
                                         bool add_generation_prompt,
                                         const char **out_string);
OgaResult *OgaCreateTokenizerStream(const OgaTokenizer *tokenizer,
                                    OgaTokenizerStream **out);
void OgaDestroyTokenizerStream(OgaTokenizerStream *stream);
OgaResult *OgaTokenizerStreamDecode(OgaTokenizerStream *stream, int32_t token,
                                    const char **out);

// Tensors.
OgaResult *OgaCreateTensorFromBuffer(void *data, const int64_t *shape_dims,
                                     size_t shape_dims_count,
                                     OgaElementType element_type,
                                     OgaTensor **out);
void OgaDestroyTensor(OgaTensor *tensor);
OgaResult *OgaTensorGetType(OgaTensor *tensor, OgaElementType *out);
OgaResult *OgaTensorGetShapeRank(OgaTensor *tensor, size_t *out);
OgaResult *OgaTensorGetShape(OgaTensor *tensor, int64_t *shape_dims,
                             size_t shape_dims_count);
OgaResult *OgaTensorGetData(OgaTensor *tensor, void **out);

#ifdef __cplusplus
}
#endif

#endif // AIACT_MOCK_ORT_GENAI_C_H
