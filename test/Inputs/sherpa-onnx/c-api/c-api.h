/* Mock of sherpa-onnx's public C API for aiact-check tests; declarations
 * only. */
#ifndef AIACT_TEST_SHERPA_ONNX_C_API_H
#define AIACT_TEST_SHERPA_ONNX_C_API_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct SherpaOnnxOfflineTtsConfig {
  const char *model;
  int32_t num_threads;
} SherpaOnnxOfflineTtsConfig;

typedef struct SherpaOnnxGeneratedAudio {
  const float *samples;
  int32_t n;
  int32_t sample_rate;
} SherpaOnnxGeneratedAudio;

typedef struct SherpaOnnxOfflineTts SherpaOnnxOfflineTts;
typedef int32_t (*SherpaOnnxGeneratedAudioCallback)(const float *samples,
                                                     int32_t n);

const SherpaOnnxOfflineTts *
SherpaOnnxCreateOfflineTts(const SherpaOnnxOfflineTtsConfig *config);
void SherpaOnnxDestroyOfflineTts(const SherpaOnnxOfflineTts *tts);
const SherpaOnnxGeneratedAudio *
SherpaOnnxOfflineTtsGenerate(const SherpaOnnxOfflineTts *tts, const char *text,
                             int32_t sid, float speed);
const SherpaOnnxGeneratedAudio *SherpaOnnxOfflineTtsGenerateWithCallback(
    const SherpaOnnxOfflineTts *tts, const char *text, int32_t sid, float speed,
    SherpaOnnxGeneratedAudioCallback callback);
typedef int32_t (*SherpaOnnxGeneratedAudioProgressCallbackWithArg)(
    const float *samples, int32_t n, float progress, void *arg);
typedef struct SherpaOnnxGenerationConfig {
  float silence_scale;
  float speed;
  int32_t sid;
  const float *reference_audio;
  int32_t reference_audio_len;
  int32_t reference_sample_rate;
  const char *reference_text;
  int32_t num_steps;
  const char *extra;
} SherpaOnnxGenerationConfig;
const SherpaOnnxGeneratedAudio *SherpaOnnxOfflineTtsGenerateWithConfig(
    const SherpaOnnxOfflineTts *tts, const char *text,
    const SherpaOnnxGenerationConfig *config,
    SherpaOnnxGeneratedAudioProgressCallbackWithArg callback, void *arg);
void SherpaOnnxDestroyOfflineTtsGeneratedAudio(
    const SherpaOnnxGeneratedAudio *p);
int32_t SherpaOnnxWriteWave(const float *samples, int32_t n,
                            int32_t sample_rate, const char *filename);

typedef struct SherpaOnnxOfflineRecognizerConfig {
  const char *tokens;
  int32_t num_threads;
} SherpaOnnxOfflineRecognizerConfig;
typedef struct SherpaOnnxOfflineRecognizer SherpaOnnxOfflineRecognizer;
typedef struct SherpaOnnxOfflineStream SherpaOnnxOfflineStream;
typedef struct SherpaOnnxOfflineRecognizerResult {
  const char *text;
} SherpaOnnxOfflineRecognizerResult;

const SherpaOnnxOfflineRecognizer *SherpaOnnxCreateOfflineRecognizer(
    const SherpaOnnxOfflineRecognizerConfig *config);
const SherpaOnnxOfflineStream *
SherpaOnnxCreateOfflineStream(const SherpaOnnxOfflineRecognizer *recognizer);
void SherpaOnnxAcceptWaveformOffline(const SherpaOnnxOfflineStream *stream,
                                     int32_t sample_rate, const float *samples,
                                     int32_t n);
void SherpaOnnxDecodeOfflineStream(const SherpaOnnxOfflineRecognizer *recognizer,
                                   const SherpaOnnxOfflineStream *stream);
const SherpaOnnxOfflineRecognizerResult *
SherpaOnnxGetOfflineStreamResult(const SherpaOnnxOfflineStream *stream);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif
