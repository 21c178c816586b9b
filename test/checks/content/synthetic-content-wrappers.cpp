// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-synthetic-content: the model call sits in a function of the same
// translation unit (free function, member function, lambda) that passes its
// argument to llama_decode. The "model is run" note points into the wrapper;
// the "fed back" note points at the wrapper call's argument in the loop. Also
// covers a generation loop that is itself a member function.

#include "common.h"
#include "llama.h"

#include <iostream>
#include <string>
#include <vector>

static int run_model(llama_context *c, llama_batch b) {
  return llama_decode(c, b);
}

// A free function that takes the batch.
void g1(llama_context *ctx, llama_sampler *s, llama_token t, int n) {
  // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  for (int i = 0; i < n; ++i) {
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE-7]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (run_model(ctx, llama_batch_get_one(&t, 1)) != 0)
      break;
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    t = llama_sampler_sample(s, ctx, -1);
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
  }
}

int feed_one(llama_context *c, llama_token tok) {
  return llama_decode(c, llama_batch_get_one(&tok, 1));
}

// A free function that takes the token, called in the loop condition.
void g2(llama_context *ctx, llama_sampler *smpl, const llama_vocab *v,
        llama_token x) {
  // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  while (feed_one(ctx, x) == 0) {
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE-8]]:{{[0-9]+}}: note: model is run here (llama_decode)
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    x = llama_sampler_sample(smpl, ctx, -1);
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
    if (llama_vocab_is_eog(v, x))
      break;
  }
}

class Engine {
public:
  llama_context *ctx = nullptr;
  int step(llama_batch b) { return llama_decode(ctx, b); }
};

// A member function that takes the batch.
void g3(Engine &e, llama_sampler *q, llama_token t) {
  // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  for (int k = 0; k < 16; ++k) {
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE-7]]:{{[0-9]+}}: note: model is run here (llama_decode)
    e.step(llama_batch_get_one(&t, 1));
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    t = llama_sampler_sample(q, e.ctx, -1);
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE-3]]:{{[0-9]+}}: note: the token is fed back into the model input here
  }
}

// A lambda that takes the token.
void g4(llama_context *ctx, llama_sampler *s, llama_token seed) {
  auto eval = [ctx](llama_token t) {
    return llama_decode(ctx, llama_batch_get_one(&t, 1));
  };
  llama_token cur = seed;
  // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  do {
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE-5]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (eval(cur))
      break;
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    cur = llama_sampler_sample(s, ctx, -1);
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
  } while (cur != LLAMA_TOKEN_NULL);
}

// The generation loop is a member function; the token is a data member.
class Bot {
public:
  Bot(llama_context *c, llama_sampler *s) : ctx_(c), smpl_(s) {}
  void reply(int n);

private:
  llama_context *ctx_;
  llama_sampler *smpl_;
  llama_token last_ = 0;
};

void Bot::reply(int n) {
  // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  while (n-- > 0) {
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
    if (llama_decode(ctx_, llama_batch_get_one(&last_, 1)))
      break;
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
    last_ = llama_sampler_sample(smpl_, ctx_, -1);
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
  }
}

// Chat loops that call a member function holding the generation loop,
// directly or through another member function. The generated text reaches the
// next turn's prompt through a data member, but only the generation loop is
// reported, not the chat loops around the calls.
class Chat {
public:
  Chat(llama_context *c, llama_sampler *s, const llama_vocab *v)
      : ctx(c), smpl(s), vocab(v) {}

  std::string stream(std::vector<llama_token> in) {
    llama_batch batch =
        llama_batch_get_one(in.data(), static_cast<int32_t>(in.size()));
    llama_token t = 0;
    std::string out;
    // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE+1]]:5: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
    for (int i = 0; i < 256; ++i) {
      // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model is run here (llama_decode)
      if (llama_decode(ctx, batch))
        break;
      // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE+1]]:{{[0-9]+}}: note: model output becomes a token here (llama_sampler_sample)
      t = llama_sampler_sample(smpl, ctx, -1);
      // CHECK: {{.*}}synthetic-content-wrappers.cpp:[[@LINE-4]]:{{[0-9]+}}: note: the token is fed back into the model input here
      if (llama_vocab_is_eog(vocab, t))
        break;
      out += common_token_to_piece(vocab, t);
      batch = llama_batch_get_one(&t, 1);
    }
    return out;
  }

  std::string answer(const std::string &question) {
    history += question;
    std::string out = stream(common_tokenize(vocab, history, false, true));
    history += out;
    return out;
  }

private:
  llama_context *ctx;
  llama_sampler *smpl;
  const llama_vocab *vocab;
  std::string history;
};

void g6(Chat &chat) {
  std::string line;
  while (std::getline(std::cin, line))
    std::cout << chat.answer(line) << '\n';
}

void g7(Chat &chat, const llama_vocab *vocab,
        const std::vector<std::string> &questions) {
  for (const std::string &q : questions)
    std::cout << chat.stream(common_tokenize(vocab, q, true, true)) << '\n';
}

// Negative: the wrapper runs the model on a fixed token and ignores its
// argument, so the sampled token never reaches the model.
int touch(llama_context *c, llama_token ignored) {
  (void)ignored;
  llama_token bos = 1;
  return llama_decode(c, llama_batch_get_one(&bos, 1));
}

void g5(llama_context *ctx, llama_sampler *s, std::vector<llama_token> &out) {
  llama_token t = 0;
  for (int i = 0; i < 8; ++i) {
    touch(ctx, t);
    t = llama_sampler_sample(s, ctx, -1);
    out.push_back(t);
  }
}
