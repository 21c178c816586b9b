// A chat front end. Besides its own header it needs gflags, which is not
// installed: DEFINE_string declares FLAGS_prompt, and gflags:: names the
// library's functions.
#include <gflags/gflags.h>
#include <mylib/model.h>
#include "llama.h"

DEFINE_string(prompt, "", "first message");
DEFINE_int32(max_tokens, 64, "reply length");

int answer(llama_context *lctx, llama_sampler *chooser, llama_token first) {
  llama_token t = first;
  for (int k = 0; k < FLAGS_max_tokens; ++k) {
    llama_decode(lctx, llama_batch_get_one(&t, 1));
    t = llama_sampler_sample(chooser, lctx, -1);
  }
  return t;
}

int main(int argc, char **argv) {
  gflags::ParseCommandLineFlags(&argc, &argv, true);
  mylib::Engine engine;
  engine.reset();
  return answer(nullptr, nullptr, engine.next_token(FLAGS_prompt));
}
