// Mock of ONNX Runtime GenAI's C++ API (ort_genai.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_ORT_GENAI_H
#define AIACT_MOCK_ORT_GENAI_H

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ort_genai_c.h"

// The Oga* classes wrap opaque C handles; they are only used through
// std::unique_ptr and never by value.
struct OgaAbstract {
  OgaAbstract() = delete;
  OgaAbstract(const OgaAbstract &) = delete;
  void operator=(const OgaAbstract &) = delete;
};

void OgaCheckResult(OgaResult *result);

struct OgaString {
  OgaString(const char *p);
  ~OgaString();
  operator const char *() const;
  const char *p_;
};

// Calls OgaShutdown when it goes out of scope.
struct OgaHandle {
  OgaHandle();
  ~OgaHandle() noexcept;
};

struct OgaConfig : OgaAbstract {
  static std::unique_ptr<OgaConfig> Create(const char *config_path);
  void ClearProviders();
  void AppendProvider(const char *provider);
  void SetProviderOption(const char *provider, const char *name,
                         const char *value);
  static void operator delete(void *p);
};

struct OgaGeneratorParams;
struct OgaSequences;

struct OgaModel : OgaAbstract {
  static std::unique_ptr<OgaModel> Create(const char *config_path);
  static std::unique_ptr<OgaModel> Create(const OgaConfig &config);
  OgaString GetType() const;
  // Older releases: generates the whole output in one call.
  std::unique_ptr<OgaSequences> Generate(const OgaGeneratorParams &params);
  static void operator delete(void *p);
};

struct OgaSequences : OgaAbstract {
  static std::unique_ptr<OgaSequences> Create();
  size_t Count() const;
  size_t SequenceCount(size_t index) const;
  const int32_t *SequenceData(size_t index) const;
  void Append(const int32_t *tokens, size_t token_cnt);
  void Append(int32_t token, size_t sequence_index);
  static void operator delete(void *p);
};

struct OgaTensor : OgaAbstract {
  static std::unique_ptr<OgaTensor> Create(void *data,
                                           const int64_t *shape_dims,
                                           size_t shape_dims_count,
                                           OgaElementType element_type);
  OgaElementType Type();
  std::vector<int64_t> Shape();
  void *Data();
  static void operator delete(void *p);
};

struct OgaTokenizer : OgaAbstract {
  static std::unique_ptr<OgaTokenizer> Create(const OgaModel &model);
  int32_t GetBosTokenId() const;
  std::vector<int32_t> GetEosTokenIds() const;
  void Encode(const char *str, OgaSequences &sequences) const;
  int32_t ToTokenId(const char *str) const;
  OgaString Decode(const int32_t *tokens_data, size_t tokens_length) const;
  OgaString ApplyChatTemplate(const char *template_str, const char *messages,
                              const char *tools,
                              bool add_generation_prompt) const;
  static void operator delete(void *p);
};

struct OgaTokenizerStream : OgaAbstract {
  static std::unique_ptr<OgaTokenizerStream>
  Create(const OgaTokenizer &tokenizer);
  const char *Decode(int32_t token);
  static void operator delete(void *p);
};

struct OgaGeneratorParams : OgaAbstract {
  static std::unique_ptr<OgaGeneratorParams> Create(const OgaModel &model);
  void SetSearchOption(const char *name, double value);
  void SetSearchOptionBool(const char *name, bool value);
  // Older releases took the prompt here.
  void SetInputSequences(const OgaSequences &sequences);
  static void operator delete(void *p);
};

struct OgaGenerator : OgaAbstract {
  static std::unique_ptr<OgaGenerator> Create(const OgaModel &model,
                                              OgaGeneratorParams &params);
  bool IsDone();
  void AppendTokenSequences(const OgaSequences &sequences);
  void AppendTokens(const int32_t *input_ids, size_t input_ids_count);
  size_t TokenCount() const;
  // Older releases ran the model here and sampled in GenerateNextToken.
  void ComputeLogits();
  void GenerateNextToken();
  std::vector<int32_t> GetNextTokens();
  void RewindTo(size_t new_length);
  size_t GetSequenceCount(size_t index) const;
  const int32_t *GetSequenceData(size_t index) const;
  std::unique_ptr<OgaTensor> GetLogits();
  void SetLogits(OgaTensor &tensor);
  static void operator delete(void *p);
};

#endif // AIACT_MOCK_ORT_GENAI_H
