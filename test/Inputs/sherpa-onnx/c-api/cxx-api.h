// Mock of sherpa-onnx's public C++ API for aiact-check tests; declarations
// only.
#ifndef AIACT_TEST_SHERPA_ONNX_CXX_API_H
#define AIACT_TEST_SHERPA_ONNX_CXX_API_H

#include "sherpa-onnx/c-api/c-api.h"

#include <cstdint>
#include <functional>
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
Wave ReadWave(const std::string &filename);

// The real classes derive from MoveOnly<Self, CType>; the mock leaves the
// base out.
class OnlineStream {
public:
  explicit OnlineStream(const SherpaOnnxOnlineStream *p);
  void AcceptWaveform(int32_t sample_rate, const float *samples,
                      int32_t n) const;
  void InputFinished() const;
};

class OfflineStream {
public:
  explicit OfflineStream(const SherpaOnnxOfflineStream *p);
  void AcceptWaveform(int32_t sample_rate, const float *samples,
                      int32_t n) const;
};

struct OfflineSenseVoiceModelConfig {
  std::string model;
  std::string language;
  bool use_itn = false;
};

struct OfflineModelConfig {
  OfflineSenseVoiceModelConfig sense_voice;
  std::string tokens;
  int32_t num_threads = 1;
  bool debug = false;
  std::string provider = "cpu";
};

struct OfflineRecognizerConfig {
  OfflineModelConfig model_config;
  std::string decoding_method = "greedy_search";
};

// lang, emotion and event are set by SenseVoice models.
struct OfflineRecognizerResult {
  std::string text;
  std::vector<float> timestamps;
  std::vector<std::string> tokens;
  std::string json;
  std::string lang;
  std::string emotion;
  std::string event;
  std::vector<float> durations;
};

class OfflineRecognizer {
public:
  static OfflineRecognizer Create(const OfflineRecognizerConfig &config);
  OfflineStream CreateStream() const;
  void Decode(const OfflineStream *s) const;
  void Decode(const OfflineStream *ss, int32_t n) const;
  OfflineRecognizerResult GetResult(const OfflineStream *s) const;
};

struct SpeakerEmbeddingExtractorConfig {
  std::string model;
  int32_t num_threads = 1;
  bool debug = false;
  std::string provider = "cpu";
};

class SpeakerEmbeddingExtractor {
public:
  static SpeakerEmbeddingExtractor
  Create(const SpeakerEmbeddingExtractorConfig &config);
  int32_t Dim() const;
  OnlineStream CreateStream() const;
  bool IsReady(const OnlineStream *s) const;
  std::vector<float> ComputeEmbedding(const OnlineStream *s) const;
};

struct SpeakerMatch {
  float score;
  std::string name;
};

class SpeakerEmbeddingManager {
public:
  static SpeakerEmbeddingManager Create(int32_t dim);
  bool Add(const std::string &name, const float *v) const;
  bool AddList(const std::string &name, const float **v) const;
  bool AddListFlattened(const std::string &name, const float *v,
                        int32_t n) const;
  bool Remove(const std::string &name) const;
  std::string Search(const float *v, float threshold) const;
  std::vector<SpeakerMatch> GetBestMatches(const float *v, float threshold,
                                           int32_t n) const;
  bool Verify(const std::string &name, const float *v, float threshold) const;
  bool Contains(const std::string &name) const;
  int32_t NumSpeakers() const;
  std::vector<std::string> GetAllSpeakers() const;
};

struct OfflineSpeakerSegmentationPyannoteModelConfig {
  std::string model;
};

struct OfflineSpeakerSegmentationModelConfig {
  OfflineSpeakerSegmentationPyannoteModelConfig pyannote;
  int32_t num_threads = 1;
  bool debug = false;
  std::string provider = "cpu";
};

struct FastClusteringConfig {
  int32_t num_clusters = 0;
  float threshold = 0.5;
};

struct OfflineSpeakerDiarizationConfig {
  OfflineSpeakerSegmentationModelConfig segmentation;
  SpeakerEmbeddingExtractorConfig embedding;
  FastClusteringConfig clustering;
  float min_duration_on = 0;
  float min_duration_off = 0;
};

struct OfflineSpeakerDiarizationSegment {
  float start;
  float end;
  int32_t speaker;
};

using OfflineSpeakerDiarizationProgressCallback =
    std::function<void(int32_t num_processed_chunks, int32_t num_total_chunks)>;

class OfflineSpeakerDiarization {
public:
  static OfflineSpeakerDiarization
  Create(const OfflineSpeakerDiarizationConfig &config);
  int32_t GetSampleRate() const;
  std::vector<OfflineSpeakerDiarizationSegment> Process(const float *samples,
                                                        int32_t n) const;
  std::vector<OfflineSpeakerDiarizationSegment>
  Process(const float *samples, int32_t n,
          const OfflineSpeakerDiarizationProgressCallback &callback) const;
};

} // namespace cxx
} // namespace sherpa_onnx

#endif
