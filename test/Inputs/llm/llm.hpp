// Mock of MNN-LLM's public API (transformers/llm/engine/include/llm/llm.hpp) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_MNN_LLM_HPP
#define AIACT_MOCK_MNN_LLM_HPP

#include <iostream>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

// The subset of MNN/expr/Expr.hpp that the LLM API uses.
namespace MNN {
namespace Express {

class Variable {
public:
  struct Info {
    std::vector<int> dim;
    int size;
  };
  const Info *getInfo();
  template <typename T> const T *readMap();
  template <typename T> T *writeMap();
};

class VARP {
public:
  VARP();
  VARP(std::shared_ptr<Variable> c);
  Variable *operator->() const;
  Variable *get() const;
  bool operator==(const VARP &var) const;
  bool operator!=(const VARP &var) const;
};

typedef std::vector<VARP> VARPS;

} // namespace Express

namespace Transformer {

using ChatMessage = std::pair<std::string, std::string>;
using ChatMessages = std::vector<ChatMessage>;
class LlmConfig;

enum class LlmStatus {
  NOT_LOADED = -1,
  RUNNING = 0,
  NORMAL_FINISHED = 1,
  MAX_TOKENS_FINISHED = 2,
  USER_CANCEL = 3,
  INTERNAL_ERROR = 4,
  TIMEOUT = 5,
};

struct LlmContext {
  int prompt_len;
  int gen_seq_len;
  int all_seq_len;
  std::ostream *os;
  std::string end_with;
  int current_token;
  std::vector<int> history_tokens;
  std::vector<int> output_tokens;
  std::string generate_str;
  LlmStatus status;
};

class Llm {
public:
  enum Stage { Prefill, Decode };
  static Llm *createLLM(const std::string &config_path);
  static void destroy(Llm *llm);
  Llm(std::shared_ptr<LlmConfig> config);
  virtual ~Llm();
  virtual bool load();
  virtual Express::VARP gen_attention_mask(int seq_len);
  virtual Express::VARP gen_position_ids(int seq_len);
  virtual Express::VARP embedding(const std::vector<int> &input_ids);
  virtual int sample(Express::VARP logits, int offset = 0, int size = 0);
  std::vector<Express::VARP> getOutputs() const;
  void reset();
  virtual std::vector<Express::VARP>
  forwardRaw(Express::VARP hiddenState, Express::VARP mask,
             Express::VARP inputPos, Express::VARPS extraArgs = {});
  Express::VARP forward(const std::vector<int> &input_ids,
                        bool is_prefill = true);
  Express::VARP forward(Express::VARP input_embeds);
  void switchMode(Stage stage);
  size_t getCurrentHistory() const;
  void eraseHistory(size_t begin, size_t end);
  virtual void response(const std::vector<int> &input_ids,
                        std::ostream *os = &std::cout,
                        const char *end_with = nullptr,
                        int max_new_tokens = -1);
  void response(const std::string &user_content, std::ostream *os = &std::cout,
                const char *end_with = nullptr, int max_new_tokens = -1);
  void response(const ChatMessages &chat_prompts,
                std::ostream *os = &std::cout, const char *end_with = nullptr,
                int max_new_tokens = -1);
  virtual void generate_init(std::ostream *os = nullptr,
                             const char *end_with = nullptr);
  void generate(int max_token);
  std::vector<int> generate(const std::vector<int> &input_ids,
                            int max_new_tokens = -1);
  std::vector<int> generate(Express::VARP input_embeds, int max_tokens = -1);
  bool stoped();
  bool reuse_kv();
  std::string dump_config();
  bool set_config(const std::string &content);
  bool is_stop(int token);
  std::string tokenizer_decode(int token);
  virtual std::vector<int> tokenizer_encode(const std::string &query);
  std::string apply_chat_template(const std::string &user_content) const;
  std::string apply_chat_template(const ChatMessages &chat_prompts) const;
  const LlmContext *getContext() const;
};

class Embedding : public Llm {
public:
  Embedding(std::shared_ptr<LlmConfig> config);
  static Embedding *createEmbedding(const std::string &config_path,
                                    bool load = true);
  static float dist(Express::VARP var0, Express::VARP var1);
  static float cos_sim(Express::VARP var0, Express::VARP var1);
  bool load() override;
  Express::VARP ids_embedding(const std::vector<int> &ids);
  Express::VARP txt_embedding(const std::string &txt);
  int dim() const;
};

} // namespace Transformer
} // namespace MNN

#endif // AIACT_MOCK_MNN_LLM_HPP
