// RUN: %aiact --show-remarks --checks='-*,aiact-gpai-training' %s -- -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -fplugin=%plugin -fplugin-arg-aiact-show-remarks -fplugin-arg-aiact-checks='-*,aiact-gpai-training' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'

// aiact-gpai-training in C: a GPT-2-small configuration trained with a
// hand-written AdamW update, no library. The expected figure was worked
// out by hand: P = 12 x 12 x 768^2 + (50257 + 1024) x 768 = 124,318,464
// parameters; D = 4 sequences x 1024 tokens x 5000 steps = 20,480,000
// tokens; 6·P·D = 1.528e16 FLOP.

#include <math.h>
#include <stddef.h>

typedef struct {
  int block_size;
  int vocab_size;
  int n_layer;
  int n_head;
  int n_embd;
} GPTConfig;

typedef struct {
  GPTConfig config;
  float *params, *grads, *m, *v;
  size_t num_params;
} GPT;

void gpt_forward_backward(GPT *model, const int *tokens, int B, int T);

static void update(GPT *model, float lr, float b1, float b2, float eps,
                   float wd, int t) {
  for (size_t i = 0; i < model->num_params; i++) {
    float g = model->grads[i];
    model->m[i] = b1 * model->m[i] + (1.0f - b1) * g;
    model->v[i] = b2 * model->v[i] + (1.0f - b2) * g * g;
    float mh = model->m[i] / (1.0f - powf(b1, (float)t));
    float vh = model->v[i] / (1.0f - powf(b2, (float)t));
    // CHECK: {{.*}}gpai-training.c:[[@LINE+3]]:22: remark: trains a model (a hand-written Adam update); estimated training compute 1.53e+16 FLOP (6·P·D for a dense transformer); a general-purpose model trained with more than 10^25 FLOP would be presumed to have systemic risk (Art. 51(2)) [aiact-gpai-training]
    // CHECK: {{.*}}gpai-training.c:13:9: note: assumption: P = 12 x 12 layers x 768^2 + (50257 + 1024) x 768 = 1.24e+08 parameters; D = batch 4 x context 1024 x 5000 steps = 2.05e+07 tokens
    // CHECK: {{.*}}gpai-training.c:{{[0-9]+}}:3: note: assumption: this loop runs 5000 times
    model->params[i] -= lr * (mh / (sqrtf(vh) + eps) + wd * model->params[i]);
  }
}

#include <stdio.h>

/* The number of steps read from a file: no estimate, even though the
 * variable starts at a constant. */
void train_from_file(GPT *model, FILE *f) {
  int steps = 100;
  // CHECK: {{.*}}gpai-training.c:[[@LINE+1]]:3: note: another call of the step is not counted, its estimate stops here: 'steps' is read from input
  fscanf(f, "%d", &steps);
  for (int s = 0; s < steps; s++)
    update(model, 3e-4f, 0.9f, 0.95f, 1e-8f, 0.1f, s + 1);
}

int main(void) {
  static GPT model;
  model.config = (GPTConfig){.block_size = 1024, .vocab_size = 50257,
                             .n_layer = 12, .n_head = 12, .n_embd = 768};
  static int tokens[4 * 1024];
  const int batch_size = 4;
  for (int step = 1; step <= 5000; step++) {
    gpt_forward_backward(&model, tokens, batch_size, model.config.block_size);
    update(&model, 3e-4f, 0.9f, 0.95f, 1e-8f, 0.1f, step);
  }
  return 0;
}
