//===- sampler.cpp - Unconditional image sampling with a diffusion model --===//
//
// Part of the aiact-check demo project.
//
//===----------------------------------------------------------------------===//
//
// Samples 64x64 images from a small denoising diffusion model exported to
// ONNX: the latent starts as Gaussian noise, each step runs the denoiser
// and moves the latent against the predicted noise, and a decoder turns the
// final latent into pixels, written as PNG files.
//
// Usage: sampler DENOISER.onnx DECODER.onnx OUT_PREFIX [COUNT] [STEPS]
//
//===----------------------------------------------------------------------===//

#include "onnxruntime_cxx_api.h"
#include "stb_image_write.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int64_t Channels = 4, Side = 16, Pixels = 64;
const char *LatentIn[] = {"latent"};
const char *NoiseOut[] = {"noise"};
const char *ImageOut[] = {"image"};

/// One reverse step: the latent moves against the predicted noise.
void step(std::vector<float> &Latent, const float *Noise, float Alpha) {
  for (size_t I = 0; I < Latent.size(); ++I)
    Latent[I] = (Latent[I] - (1.0f - Alpha) * Noise[I]) / Alpha;
}

std::vector<unsigned char> sample(Ort::Session &Denoiser, Ort::Session &Decoder,
                                  Ort::MemoryInfo &Memory, std::mt19937 &Rng,
                                  int Steps) {
  std::normal_distribution<float> Gauss;
  std::vector<float> Latent(Channels * Side * Side);
  for (float &V : Latent)
    V = Gauss(Rng);
  int64_t Shape[4] = {1, Channels, Side, Side};
  for (int T = Steps; T > 0; --T) {
    Ort::Value In = Ort::Value::CreateTensor<float>(Memory, Latent.data(),
                                                    Latent.size(), Shape, 4);
    std::vector<Ort::Value> Out = Denoiser.Run(Ort::RunOptions{nullptr},
                                               LatentIn, &In, 1, NoiseOut, 1);
    step(Latent, Out[0].GetTensorMutableData<float>(),
         1.0f - 0.5f / static_cast<float>(T + 1));
  }
  Ort::Value Final = Ort::Value::CreateTensor<float>(Memory, Latent.data(),
                                                     Latent.size(), Shape, 4);
  std::vector<Ort::Value> Image = Decoder.Run(Ort::RunOptions{nullptr},
                                              LatentIn, &Final, 1, ImageOut, 1);
  const float *Rgb = Image[0].GetTensorMutableData<float>();
  std::vector<unsigned char> Bytes(Pixels * Pixels * 3);
  for (size_t I = 0; I < Bytes.size(); ++I)
    Bytes[I] = static_cast<unsigned char>(std::clamp(Rgb[I], 0.0f, 1.0f) * 255);
  return Bytes;
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 4)
    return 2;
  int Count = Argc > 4 ? std::atoi(Argv[4]) : 4;
  int Steps = Argc > 5 ? std::atoi(Argv[5]) : 50;
  Ort::Env Env(ORT_LOGGING_LEVEL_WARNING, "sampler");
  Ort::SessionOptions Options;
  Ort::Session Denoiser(Env, Argv[1], Options);
  Ort::Session Decoder(Env, Argv[2], Options);
  Ort::MemoryInfo Memory =
      Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  std::mt19937 Rng(7);
  for (int N = 1; N <= Count; ++N) {
    std::vector<unsigned char> Png =
        sample(Denoiser, Decoder, Memory, Rng, Steps);
    std::string Name = std::string(Argv[3]) + "-" + std::to_string(N) + ".png";
    stbi_write_png(Name.c_str(), Pixels, Pixels, 3, Png.data(), Pixels * 3);
  }
  return 0;
}
