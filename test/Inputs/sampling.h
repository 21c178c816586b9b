// Mock of llama.cpp's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_SAMPLING_H
#define AIACT_MOCK_SAMPLING_H

#include "common.h"
#include "llama.h"

#include <string>
#include <vector>

struct common_sampler;

struct common_sampler *
common_sampler_init(const struct llama_model *model,
                    struct common_params_sampling &params);
void common_sampler_free(struct common_sampler *gsmpl);

void common_sampler_accept(struct common_sampler *gsmpl, llama_token token,
                           bool accept_grammar);
void common_sampler_reset(struct common_sampler *gsmpl);
struct common_sampler *common_sampler_clone(struct common_sampler *gsmpl);
struct llama_sampler *common_sampler_get(const struct common_sampler *gsmpl);

llama_token common_sampler_sample(struct common_sampler *gsmpl,
                                  struct llama_context *ctx, int idx,
                                  bool grammar_first = false);
std::vector<llama_token> common_sampler_sample_and_accept_n(
    struct common_sampler *gsmpl, struct llama_context *ctx,
    const llama_tokens &draft, bool grammar_first = false);

llama_token common_sampler_last(const struct common_sampler *gsmpl);
std::string common_sampler_print(const struct common_sampler *gsmpl);

#endif // AIACT_MOCK_SAMPLING_H
