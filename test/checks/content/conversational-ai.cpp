// RUN: %aiact --checks='-*,aiact-conversational-ai' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-conversational-ai' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-conversational-ai' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-conversational-ai: programs that talk with a person.

#include "common.h"
#include "httplib.h"
#include "llama.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

// A generator defined elsewhere in the unit.
static std::string reply(llama_context *ctx, llama_sampler *s,
                         const std::string &prompt) {
  std::vector<llama_token> toks = common_tokenize(ctx, prompt, true, true);
  llama_token t = toks.back();
  std::string out;
  for (int i = 0; i < 64; ++i) {
    llama_decode(ctx, llama_batch_get_one(&t, 1));
    t = llama_sampler_sample(s, ctx, -1);
    out += common_token_to_piece(ctx, t);
  }
  return out;
}

// A console chat: std::getline, then an answer from the generator.
void console(llama_context *ctx, llama_sampler *s) {
  std::string line;
  // CHECK: {{.*}}conversational-ai.cpp:[[@LINE+3]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
  // CHECK: {{.*}}conversational-ai.cpp:[[@LINE+2]]:10: note: user input is read here (std::getline)
  // CHECK: {{.*}}conversational-ai.cpp:[[@LINE+2]]:18: note: the answer is generated here (reply)
  while (std::getline(std::cin, line))
    std::cout << reply(ctx, s, line) << "\n";
}

// fgets and a generation loop written inline, in a `for (;;)`.
void inline_loop(llama_context *ctx, llama_sampler *s) {
  char buf[256];
  // CHECK: {{.*}}conversational-ai.cpp:[[@LINE+1]]:3: warning: loop converses with a person
  for (;;) {
    // CHECK: {{.*}}conversational-ai.cpp:[[@LINE+1]]:10: note: user input is read here (fgets)
    if (!fgets(buf, sizeof buf, stdin))
      break;
    std::vector<llama_token> toks = common_tokenize(ctx, buf, true, true);
    llama_token t = toks.back();
    // CHECK: {{.*}}conversational-ai.cpp:[[@LINE+1]]:5: note: the answer is generated here (generation loop)
    for (int i = 0; i < 32; ++i) {
      llama_decode(ctx, llama_batch_get_one(&t, 1));
      t = llama_sampler_sample(s, ctx, -1);
      std::printf("%s", common_token_to_piece(ctx, t).c_str());
    }
  }
}

// A chat template applied to each user turn.
void templated(const llama_model *model, std::vector<llama_chat_message> &msgs,
               std::vector<std::string> &store) {
  std::string in;
  std::vector<char> formatted(4096);
  // CHECK: {{.*}}conversational-ai.cpp:[[@LINE+1]]:3: warning: loop converses with a person
  do {
    // CHECK: note: user input is read here (std::getline)
    std::getline(std::cin, in);
    store.push_back(in);
    msgs.push_back({"user", store.back().c_str()});
    // CHECK: note: the answer is generated here (llama_chat_apply_template)
    llama_chat_apply_template(nullptr, msgs.data(), msgs.size(), true,
                              formatted.data(), static_cast<int32_t>(formatted.size()));
  } while (!in.empty());
}

// OpenAI-compatible server routes.
void serve(httplib::Server &svr, llama_context *ctx, llama_sampler *s) {
  // CHECK: {{.*}}conversational-ai.cpp:[[@LINE+2]]:3: warning: HTTP route '/v1/chat/completions' serves a chat interface; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
  // CHECK: note: the route is registered here (httplib::Server::Post)
  svr.Post("/v1/chat/completions",
           [&](const httplib::Request &req, httplib::Response &res) {
             res.set_content(reply(ctx, s, req.body), "application/json");
           });
  // CHECK: {{.*}}conversational-ai.cpp:[[@LINE+1]]:3: warning: HTTP route '/completion' serves a chat interface
  svr.Post("/completion", [&](const httplib::Request &req,
                              httplib::Response &res) {
    res.set_content(reply(ctx, s, req.body), "text/plain");
  });
  // Not chat routes.
  svr.Get("/health", [](const httplib::Request &, httplib::Response &res) {
    res.set_content("ok", "text/plain");
  });
  svr.Post("/v1/embeddings", [](const httplib::Request &, httplib::Response &) {});
  svr.listen("127.0.0.1", 8080);
}

// Negatives.

// A batch tool: prompts come from argv, not from a person in a loop.
int batch(int argc, char **argv, llama_context *ctx, llama_sampler *s) {
  for (int i = 1; i < argc; ++i)
    std::cout << reply(ctx, s, argv[i]) << "\n";
  return 0;
}

// A voice-command matcher: it reads commands but never answers with
// generated content.
void commands() {
  std::string cmd;
  while (std::getline(std::cin, cmd)) {
    if (cmd == "lights on")
      std::puts("turning the lights on");
    else
      std::puts("unknown command");
  }
}

// Prompts read line by line from a file: batch work, not a person.
void from_file(llama_context *ctx, llama_sampler *s, const char *path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line))
    std::cout << reply(ctx, s, line) << "\n";
  FILE *f = std::fopen(path, "r");
  char buf[256];
  while (f && std::fgets(buf, sizeof buf, f))
    std::cout << reply(ctx, s, buf) << "\n";
}

// Input read once, then a generation loop: a one-shot tool, not a
// conversation (the loop does not read input).
void oneshot(llama_context *ctx, llama_sampler *s) {
  std::string q;
  std::getline(std::cin, q);
  std::cout << reply(ctx, s, q);
}
