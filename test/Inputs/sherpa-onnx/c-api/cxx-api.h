// Mock of sherpa-onnx's public C++ API for aiact-check tests; declarations
// only.
#ifndef AIACT_TEST_SHERPA_ONNX_CXX_API_H
#define AIACT_TEST_SHERPA_ONNX_CXX_API_H

#include <cstdint>
#include <string>
#include <vector>

namespace sherpa_onnx {
namespace cxx {

struct OfflineTtsConfig {
  std::string model;
  int32_t num_threads = 1;
};

struct GeneratedAudio {
  std::vector<float> samples;
  int32_t sample_rate = 0;
};

struct GenerationConfig {
  float silence_scale = 0.2f;
  float speed = 1.0f;
  int32_t sid = 0;
  std::vector<float> reference_audio;
  int32_t reference_sample_rate = 0;
  std::string reference_text;
  int32_t num_steps = 5;
};

class OfflineTts {
public:
  static OfflineTts Create(const OfflineTtsConfig &config);
  GeneratedAudio Generate(const std::string &text, int32_t sid = 0,
                          float speed = 1.0) const;
  GeneratedAudio Generate(const std::string &text,
                          const GenerationConfig &config) const;
  int32_t SampleRate() const;
};

struct Wave {
  std::vector<float> samples;
  int32_t sample_rate = 0;
};

bool WriteWave(const std::string &filename, const Wave &wave);

} // namespace cxx
} // namespace sherpa_onnx

#endif
