// Generation code whose library headers are not installed. The driver
// serves stubs generated from the catalog for them, so the calls stay in
// the AST under their catalogued names, and the findings are `likely`.
#include "llama.h"
#include "opencv2/opencv.hpp"
#include "ourgen/pipeline.hpp"
#include "stable-diffusion.h"

#include <string>
#include <vector>

// llama's types come from the stub; llama_batch_get_one is not catalogued
// and is recovered by name.
void chat_loop(llama_context *ctx, llama_sampler *smpl,
               std::vector<llama_token> &out) {
  llama_token tok = 0;
  for (int i = 0; i < 32; ++i) { // L:loop
    llama_batch batch = llama_batch_get_one(&tok, 1);
    if (llama_decode(ctx, batch))
      break;
    tok = llama_sampler_sample(smpl, ctx, -1);
    out.push_back(tok);
  }
}

// A generated image written through OpenCV's namespace and classes.
void save_generated(sd_ctx_t *sd, const std::string &prompt) {
  sd_image_t *img = txt2img(sd, prompt.c_str()); // L:txt2img
  cv::Mat m(512, 512, 16, img);
  cv::imwrite("generated.png", m); // L:imwrite
}

void record(cv::VideoWriter &w, sd_ctx_t *sd) {
  sd_image_t *frame = txt2img(sd, "a cat");
  cv::Mat m(512, 512, 16, frame);
  w.write(m); // L:write
}

// A library the project describes in its own catalog file: its header is
// stubbed from that file's Types and Functions.
void render(ourgen::Pipeline &p) {
  cv::Mat picture = p.render("a lighthouse"); // L:render
  cv::imwrite("lighthouse.png", picture); // L:imwrite2
}

// Not generated: an image read and written back.
void copy_image(const cv::Mat &in) { cv::imwrite("copy.png", in); }
