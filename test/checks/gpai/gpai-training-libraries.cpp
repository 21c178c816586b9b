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

// Adam over std::vector, with std::sqrt and std::pow, called once.
void adam(std::vector<float> &W, const std::vector<float> &G,
          std::vector<float> &M1, std::vector<float> &M2, int T) {
  const float B1 = 0.9f, B2 = 0.999f;
  for (size_t K = 0; K < W.size(); ++K) {
    M1[K] = B1 * M1[K] + (1 - B1) * G[K];
    M2[K] = B2 * M2[K] + (1 - B2) * std::pow(G[K], 2);
    // CHECK: {{.*}}libraries.cpp:[[@LINE+1]]:10: remark: trains a model (a hand-written Adam update); training compute not estimated: the number of training steps is not fixed in the unit
    W[K] -= 1e-3f * (M1[K] / (1 - std::pow(B1, T))) /
            (std::sqrt(M2[K] / (1 - std::pow(B2, T))) + 1e-8f);
  }
}

// Not training.

// Running statistics of sensors, and a health score lowered by each
// reading's deviation over the standard deviation: the variance squares
// the deviation, not what the mean averages.
void monitor(const float *Reading, float *Mean, float *Var, float *Health,
             int N) {
  for (int I = 0; I < N; ++I) {
    float Dev = Reading[I] - Mean[I];
    Mean[I] = 0.95f * Mean[I] + 0.05f * Reading[I];
    Var[I] = 0.95f * Var[I] + 0.05f * Dev * Dev;
    Health[I] -= 0.01f * std::fabs(Dev) / (std::sqrt(Var[I]) + 1e-6f);
  }
}

// Batch-norm running statistics and folding the norm into the bias.
void fold(const float *BatchMean, const float *BatchVar, float *RunMean,
          float *RunVar, const float *Gamma, float *Bias, int C) {
  for (int K = 0; K < C; ++K) {
    RunMean[K] = 0.9f * RunMean[K] + 0.1f * BatchMean[K];
    RunVar[K] = 0.9f * RunVar[K] + 0.1f * BatchVar[K];
    Bias[K] -= Gamma[K] * RunMean[K] / std::sqrt(RunVar[K] + 1e-5f);
  }
}

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
