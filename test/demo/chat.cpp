//===- chat.cpp - Terminal chat assistant over the llama.cpp C API --------===//
//
// Part of the aiact-check demo project.
//
//===----------------------------------------------------------------------===//
//
// Loads a GGUF chat model, keeps the conversation as a list of messages,
// renders it with the model's chat template and streams each reply to the
// terminal token by token.
//
// Usage: chat MODEL.gguf [CONTEXT_SIZE]
// Type a message and press Enter; "/quit" or end of input leaves.
//
//===----------------------------------------------------------------------===//

#include "llama.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace demo {

/// Tells the user that the other side of the conversation is an AI system.
/// .aiact.yaml names it as the project's disclosure function.
void show_ai_notice() {
  std::puts("You are chatting with an AI language model, not a person.");
}

} // namespace demo

namespace {

constexpr int MaxReplyTokens = 512;

/// One message of the conversation.
struct Turn {
  std::string Role;
  std::string Content;
};

/// A conversation with one model: history, rendering and reply streaming.
class ChatSession {
public:
  ChatSession(llama_model *Model, llama_context *Ctx, llama_sampler *Sampler)
      : Model(Model), Ctx(Ctx), Sampler(Sampler),
        Vocab(llama_model_get_vocab(Model)) {}

  /// Answers one user message and records both sides of the exchange.
  std::string ask(const std::string &UserText);

private:
  /// Formats the whole conversation with the model's chat template.
  std::string render(bool OpenAssistantTurn) const;
  /// Converts text to tokens; AtStart adds the model's leading special token.
  std::vector<llama_token> tokenize(const std::string &Text,
                                    bool AtStart) const;
  /// Returns the text of one token.
  std::string pieceOf(llama_token Token) const;
  /// Streams the model's answer to Prompt and returns it.
  std::string reply(std::vector<llama_token> Prompt);

  llama_model *Model;
  llama_context *Ctx;
  llama_sampler *Sampler;
  const llama_vocab *Vocab;
  std::vector<Turn> History;
  // Length of the rendered conversation that the context already holds.
  size_t Consumed = 0;
};

std::string ChatSession::render(bool OpenAssistantTurn) const {
  std::vector<llama_chat_message> Messages;
  Messages.reserve(History.size());
  for (const Turn &T : History)
    Messages.push_back({T.Role.c_str(), T.Content.c_str()});

  const char *Template = llama_model_chat_template(Model, nullptr);
  std::vector<char> Buffer(4096);
  int32_t Length = llama_chat_apply_template(
      Template, Messages.data(), Messages.size(), OpenAssistantTurn,
      Buffer.data(), static_cast<int32_t>(Buffer.size()));
  if (Length > static_cast<int32_t>(Buffer.size())) {
    Buffer.resize(Length);
    Length = llama_chat_apply_template(
        Template, Messages.data(), Messages.size(), OpenAssistantTurn,
        Buffer.data(), static_cast<int32_t>(Buffer.size()));
  }
  if (Length < 0)
    return std::string();
  return std::string(Buffer.data(), Length);
}

std::vector<llama_token> ChatSession::tokenize(const std::string &Text,
                                               bool AtStart) const {
  const int32_t Needed =
      -llama_tokenize(Vocab, Text.data(), static_cast<int32_t>(Text.size()),
                      nullptr, 0, AtStart, true);
  std::vector<llama_token> Tokens(Needed > 0 ? Needed : 0);
  const int32_t Got = llama_tokenize(
      Vocab, Text.data(), static_cast<int32_t>(Text.size()), Tokens.data(),
      static_cast<int32_t>(Tokens.size()), AtStart, true);
  Tokens.resize(Got > 0 ? Got : 0);
  return Tokens;
}

std::string ChatSession::pieceOf(llama_token Token) const {
  char Buffer[256];
  const int32_t N =
      llama_token_to_piece(Vocab, Token, Buffer, sizeof(Buffer), 0, true);
  return N > 0 ? std::string(Buffer, N) : std::string();
}

std::string ChatSession::reply(std::vector<llama_token> Prompt) {
  std::string Answer;
  llama_batch Batch =
      llama_batch_get_one(Prompt.data(), static_cast<int32_t>(Prompt.size()));
  llama_token Next = 0;
  for (int Produced = 0; Produced < MaxReplyTokens; ++Produced) {
    const int Filled = llama_memory_seq_pos_max(llama_get_memory(Ctx), 0) + 1;
    if (Filled + Batch.n_tokens > static_cast<int>(llama_n_ctx(Ctx))) {
      std::cerr << "\n(context is full)\n";
      break;
    }
    if (llama_decode(Ctx, Batch) != 0) {
      std::cerr << "\n(decoding failed)\n";
      break;
    }
    Next = llama_sampler_sample(Sampler, Ctx, -1);
    if (llama_vocab_is_eog(Vocab, Next))
      break;
    const std::string Piece = pieceOf(Next);
    std::cout << Piece << std::flush;
    Answer += Piece;
    Batch = llama_batch_get_one(&Next, 1);
  }
  std::cout << '\n';
  return Answer;
}

std::string ChatSession::ask(const std::string &UserText) {
  History.push_back({"user", UserText});
  const std::string Conversation = render(/*OpenAssistantTurn=*/true);
  const std::string Fresh = Conversation.substr(Consumed);
  std::string Answer = reply(tokenize(Fresh, /*AtStart=*/Consumed == 0));
  History.push_back({"assistant", Answer});
  Consumed = render(/*OpenAssistantTurn=*/false).size();
  return Answer;
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 2) {
    std::cerr << "usage: " << Argv[0] << " MODEL.gguf [CONTEXT_SIZE]\n";
    return 1;
  }
  const uint32_t ContextSize =
      Argc > 2 ? static_cast<uint32_t>(std::strtoul(Argv[2], nullptr, 10))
               : 4096;

  llama_backend_init();

  llama_model_params ModelParams = llama_model_default_params();
  ModelParams.n_gpu_layers = 99;
  llama_model *Model = llama_model_load_from_file(Argv[1], ModelParams);
  if (!Model) {
    std::cerr << "cannot load " << Argv[1] << '\n';
    return 1;
  }

  llama_context_params ContextParams = llama_context_default_params();
  ContextParams.n_ctx = ContextSize;
  ContextParams.n_batch = ContextSize;
  llama_context *Ctx = llama_init_from_model(Model, ContextParams);
  if (!Ctx) {
    std::cerr << "cannot create a context\n";
    llama_model_free(Model);
    return 1;
  }

  llama_sampler *Sampler =
      llama_sampler_chain_init(llama_sampler_chain_default_params());
  llama_sampler_chain_add(Sampler, llama_sampler_init_top_k(40));
  llama_sampler_chain_add(Sampler, llama_sampler_init_top_p(0.9f, 1));
  llama_sampler_chain_add(Sampler, llama_sampler_init_temp(0.7f));
  llama_sampler_chain_add(Sampler, llama_sampler_init_dist(LLAMA_DEFAULT_SEED));

  ChatSession Session(Model, Ctx, Sampler);
  std::string Line;
  std::cout << "> " << std::flush;
  while (std::getline(std::cin, Line)) {
    if (Line == "/quit")
      break;
    if (!Line.empty())
      Session.ask(Line);
    std::cout << "> " << std::flush;
  }

  llama_sampler_free(Sampler);
  llama_free(Ctx);
  llama_model_free(Model);
  llama_backend_free();
  return 0;
}
