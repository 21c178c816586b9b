// Mock of piper's public C++ API for aiact-check tests; declarations only.
#ifndef AIACT_TEST_PIPER_HPP
#define AIACT_TEST_PIPER_HPP

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace piper {

struct PiperConfig {
  std::string eSpeakDataPath;
  bool useESpeak = true;
};

struct Voice {
  int sampleRate = 22050;
};

struct SynthesisResult {
  double inferSeconds = 0;
  double audioSeconds = 0;
  double realTimeFactor = 0;
};

void initialize(PiperConfig &config);
void terminate(PiperConfig &config);
void loadVoice(PiperConfig &config, std::string modelPath,
               std::string modelConfigPath, Voice &voice,
               std::int64_t *speakerId, bool useCuda);
void textToAudio(PiperConfig &config, Voice &voice, std::string text,
                 std::vector<std::int16_t> &audioBuffer,
                 SynthesisResult &result,
                 const std::function<void()> &audioCallback);
void textToWavFile(PiperConfig &config, Voice &voice, std::string text,
                   std::ostream &audioFile, SynthesisResult &result);
void textToStdout(PiperConfig &config, Voice &voice, std::string text,
                  SynthesisResult &result);

} // namespace piper

#endif
