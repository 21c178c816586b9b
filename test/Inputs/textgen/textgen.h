// A small generation library's public header, for aiact-check tests of
// Art. 25(4) notes: what it declares is offered to other programs.
#ifndef AIACT_TEST_TEXTGEN_H
#define AIACT_TEST_TEXTGEN_H

#include "llama.h"
#include "stable-diffusion.h"

#include <vector>

namespace textgen {

std::vector<llama_token> generate(llama_context *ctx, llama_sampler *smpl,
                                  llama_token first, int n);

class Painter {
public:
  sd_image_t *paint(const sd_img_gen_params_t *params);

private:
  sd_ctx_t *ctx_ = nullptr;
};

} // namespace textgen

#endif
