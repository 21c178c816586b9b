// RUN: %aiact --show-remarks --checks='-*,aiact-gpai-training' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-show-remarks -fplugin-arg-aiact-checks='-*,aiact-gpai-training' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'

// Training with ggml-opt and dlib is found; its compute is not estimated
// (the graph and the network type are not followed). Next to them, code
// that only runs models, takes gradients without updating anything, or
// smooths values without an Adam-shaped update.

#include "dlib/dnn.h"
#include "ggml-opt.h"
#include "torch/torch.h"

#include <cmath>
#include <vector>

using net_type = dlib::loss_multiclass_log<
    dlib::fc<10, dlib::relu<dlib::fc<84, dlib::input<dlib::matrix<float>>>>>>;

void dlib_train(const std::vector<dlib::matrix<float>> &Images,
                const std::vector<unsigned long> &Labels) {
  net_type Net;
  dlib::dnn_trainer<net_type> Trainer(Net);
  Trainer.set_mini_batch_size(128);
  Trainer.set_max_num_epochs(30);
  // CHECK: {{.*}}libraries.cpp:[[@LINE+1]]:3: remark: trains a model (dlib::dnn_trainer::train); training compute not estimated: the number of training steps is not fixed in the unit (the call runs outside any loop of it)
  Trainer.train(Images, Labels);
}

void ggml_train(ggml_backend_sched_t Sched, ggml_context *Ctx,
                ggml_tensor *In, ggml_tensor *Out) {
  ggml_opt_dataset_t Data =
      ggml_opt_dataset_init(GGML_TYPE_F32, GGML_TYPE_F32, 784, 10, 60000, 1);
  // CHECK: {{.*}}libraries.cpp:[[@LINE+1]]:3: remark: trains a model (ggml_opt_fit); training compute not estimated
  ggml_opt_fit(Sched, Ctx, In, Out, Data, GGML_OPT_LOSS_TYPE_CROSS_ENTROPY,
               ggml_opt_get_default_optimizer_params, 30, 1, 0.05f, false);
}

void ggml_epochs(ggml_opt_context_t Opt, ggml_opt_dataset_t Data) {
  ggml_opt_result_t Train = ggml_opt_result_init();
  ggml_opt_result_t Eval = ggml_opt_result_init();
  for (int Epoch = 0; Epoch < 10; ++Epoch)
    // CHECK: {{.*}}libraries.cpp:[[@LINE+1]]:5: remark: trains a model (ggml_opt_epoch); training compute not estimated: the model's layers are not built in the unit
    ggml_opt_epoch(Opt, Data, Train, Eval, 50000, nullptr, nullptr);
}

// Not training.

// Inference with a module: no optimiser.
struct Tiny : torch::nn::Module {
  Tiny() { fc = register_module("fc", torch::nn::Linear(16, 4)); }
  torch::Tensor forward(torch::Tensor X) { return fc->forward(X); }
  torch::nn::Linear fc{nullptr};
};

void infer(Tiny &Net) {
  for (int I = 0; I < 100; ++I)
    Net.forward(torch::randn({1, 16}));
}

// A saliency map: a gradient with respect to the input, no update.
torch::Tensor saliency(Tiny &Net, torch::Tensor Image) {
  auto Out = Net.forward(Image);
  Out.backward();
  return Image.grad();
}

// An exponential moving average and a normalised value, but no parameter
// decreased by them: a signal filter.
void smooth(float *Mean, float *Var, const float *X, float *Z, int N) {
  for (int I = 0; I < N; ++I) {
    Mean[I] = 0.99f * Mean[I] + 0.01f * X[I];
    Var[I] = 0.99f * Var[I] + 0.01f * (X[I] - Mean[I]) * (X[I] - Mean[I]);
    Z[I] = (X[I] - Mean[I]) / (std::sqrt(Var[I]) + 1e-5f);
  }
}

// A physics step: positions decreased by velocities.
void integrate(float *Pos, const float *Vel, int N, float Dt, int Steps) {
  for (int S = 0; S < Steps; ++S)
    for (int I = 0; I < N; ++I)
      Pos[I] -= Dt * Vel[I];
}
