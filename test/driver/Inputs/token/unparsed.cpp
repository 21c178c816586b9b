// Statements the parser drops: stray tokens that no declaration of a
// missing name can repair. Their catalogued calls remain in the tokens.
#include "stable-diffusion.h"
#include "piper.hpp"
#include "private/config.h"

void f(sd_ctx_t *ctx, cfg::Settings s) {
  typename cfg::Image<s.kind>::type img = ] txt2img(ctx, s.prompt, s.w);
  cfg::Other o; // txt2img(ctx, "a dog") in a comment on a line with an error
}

// Not on a line with an error: nothing from the tokens.
void quiet(sd_ctx_t *ctx) { (void)ctx; // txt2img(ctx, "x") in a comment
}

void g(piper::PiperConfig &c, piper::Voice &v, std::vector<int16_t> &audio) {
  piper::textToAudio(c, v, ] s.text, audio, result, cfg::callback<int>);
}

void h(sd_ctx_t *ctx) { sd_image_t *ok = txt2img(ctx, "a cat"); (void)ok; }

void suppressed(sd_ctx_t *ctx) {
  cfg::Image<1> i = ] txt2img(ctx, "x"); // NOLINT(aiact-synthetic-content): reviewed
}
