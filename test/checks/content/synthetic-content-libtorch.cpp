// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %aiact --checks='-*,aiact-unmarked-synthetic-output' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=UNMARKED --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-unmarked-synthetic-output' -I%inputs %s 2>&1 | FileCheck %s --check-prefix=UNMARKED --implicit-check-not='{{warning|error}}:'

// aiact-synthetic-content: text generation with LibTorch (TorchScript modules).

#include <torch/script.h>
#include <torch/torch.h>

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

// Reported: greedy decoding with Tensor::argmax; the token is concatenated to
// the input ids.
torch::Tensor greedy(torch::jit::script::Module &model, torch::Tensor ids,
                     int64_t max_new) {
  torch::NoGradGuard no_grad;
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+4]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+5]]:28: note: model is run here (torch::jit::Module::forward)
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+5]]:26: note: model output becomes a token here (at::Tensor::argmax)
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+3]]:42: note: the token is fed back into the model input here
  for (int64_t i = 0; i < max_new; ++i) {
    std::vector<torch::jit::IValue> inputs{ids};
    torch::Tensor logits = model.forward(inputs).toTensor();
    torch::Tensor next = logits.index({0, -1}).argmax(-1);
    if (next.item<int64_t>() == 50256)
      break;
    ids = torch::cat({ids, next.view({1, 1})}, 1);
  }
  return ids;
}

// Reported: temperature sampling with torch::softmax and torch::multinomial;
// the model is called through a lambda and operator().
std::vector<int64_t> sample(torch::jit::Module &lm, std::vector<int64_t> toks,
                            double temperature) {
  auto run = [&lm](const std::vector<int64_t> &t) {
    auto in = torch::tensor(t, torch::kLong).unsqueeze(0);
    return lm({in}).toTensor();
  };
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+4]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE-3]]:12: note: model is run here (torch::jit::Module::operator())
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+6]]:19: note: model output becomes a token here (at::multinomial)
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+2]]:29: note: the token is fed back into the model input here
  while (toks.size() < 256) {
    torch::Tensor out = run(toks);
    torch::Tensor probs =
        torch::softmax(out.select(1, -1) / temperature, /*dim=*/-1);
    int64_t tok = torch::multinomial(probs, 1).item<int64_t>();
    toks.push_back(tok);
  }
  return toks;
}

// Reported: a KV-cache model returning (logits, past); the token and the cache
// both go back in; torch::argmax (at::argmax) picks the token.
void cached(torch::jit::Module &m, torch::Tensor prompt) {
  std::vector<torch::jit::IValue> inputs{prompt};
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+4]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+4]]:18: note: model is run here (torch::jit::Module::forward)
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+6]]:26: note: model output becomes a token here (at::argmax)
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+2]]:28: note: the token is fed back into the model input here
  for (int step = 0; step < 100; ++step) {
    auto tuple = m.forward(inputs).toTuple();
    torch::Tensor logits = tuple->elements()[0].toTensor();
    torch::jit::IValue past = tuple->elements()[1];
    torch::Tensor next = torch::argmax(logits.select(1, -1), -1, true);
    // UNMARKED: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+2]]:5: warning: generated text is written here (<< on std::cout) with no evidence of a machine-readable marking; once placed on the market or put into service, Art. 50(2) would require marking it as AI-generated [aiact-unmarked-synthetic-output]
    // UNMARKED: {{.*}}synthetic-content-libtorch.cpp:[[@LINE-5]]:18: note: text generated by a model here (torch::jit::Module::forward)
    std::cout << next.item<int64_t>() << ' ' << std::flush;
    inputs = {next, past};
  }
}

// Reported: a member function; std::max_element over the output read with
// data_ptr (model-output via IValue::toTensor).
class Decoder {
public:
  explicit Decoder(const std::string &path) : mod_(torch::jit::load(path)) {}
  std::vector<int64_t> run(std::vector<int64_t> ids, int vocab) {
    // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+4]]:5: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
    // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+6]]:25: note: model is run here (torch::jit::Module::run_method)
    // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+7]]:21: note: model output becomes a token here (argmax over c10::IValue::toTensor)
    // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+4]]:52: note: the token is fed back into the model input here
    for (int n = 0; n < 32; ++n) {
      auto x = torch::from_blob(ids.data(), {1, (int64_t)ids.size()},
                                torch::kLong);
      torch::Tensor y = mod_.run_method("forward", x).toTensor().contiguous();
      float *row = y.data_ptr<float>() + (ids.size() - 1) * vocab;
      ids.push_back(std::max_element(row, row + vocab) - row);
    }
    return ids;
  }

private:
  torch::jit::Module mod_;
};

// Reported: a function template; the calls in the pattern are dependent, the
// explicit instantiation below resolves them.
template <typename Model>
std::vector<int64_t> generic_greedy(Model &m, std::vector<int64_t> ids) {
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+4]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+5]]:19: note: model is run here (torch::jit::Module::forward)
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+5]]:19: note: model output becomes a token here (at::Tensor::argmax)
  // CHECK: {{.*}}synthetic-content-libtorch.cpp:[[@LINE+3]]:29: note: the token is fed back into the model input here
  for (int i = 0; i < 16; ++i) {
    auto t = torch::tensor(ids).unsqueeze(0);
    auto logits = m.forward({t}).toTensor();
    ids.push_back(logits.select(1, -1).argmax(-1).template item<int64_t>());
  }
  return ids;
}
template std::vector<int64_t>
generic_greedy<torch::jit::Module>(torch::jit::Module &, std::vector<int64_t>);

// Not reported: image classification over a batch of files; the label is
// printed.
void classify(torch::jit::Module &net, std::vector<torch::Tensor> &images,
              const std::vector<std::string> &labels) {
  for (auto &img : images) {
    torch::Tensor scores = net.forward({img.unsqueeze(0)}).toTensor();
    int64_t cls = scores.argmax(1).item<int64_t>();
    std::cout << labels[cls] << '\n';
  }
}

// Not reported: embeddings with mean pooling; nothing is chosen.
std::vector<torch::Tensor> embed(torch::jit::Module &enc,
                                 std::vector<torch::Tensor> &batches) {
  std::vector<torch::Tensor> out;
  for (auto &b : batches)
    out.push_back(enc.forward({b}).toTensor().mean({1}));
  return out;
}

// Not reported: samples one next token per prompt and prints it; nothing goes
// back in.
void next_tokens(torch::jit::Module &lm, std::vector<torch::Tensor> &prompts) {
  std::vector<torch::jit::IValue> inputs;
  for (auto &p : prompts) {
    inputs.clear();
    inputs.push_back(p);
    auto logits = lm.forward(inputs).toTensor();
    auto tok = torch::multinomial(torch::softmax(logits.select(1, -1), -1), 1);
    std::cout << tok.item<int64_t>() << '\n';
  }
}

int64_t env_step(int64_t action, torch::Tensor &observation);
