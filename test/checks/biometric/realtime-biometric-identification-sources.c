// RUN: %aiact --checks='-*,aiact-realtime-biometric-identification' %s -- -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-realtime-biometric-identification' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-realtime-biometric-identification' %s -- -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-realtime-biometric-identification in C, with other live sources:
// a microphone (PortAudio) feeding speaker identification, a GStreamer
// pipeline from an RTSP camera, V4L2 frames dequeued with ioctl, and
// the capture callbacks of miniaudio, PortAudio and SDL2, which run for
// every captured buffer.

#define _GNU_SOURCE

#include "gst/app/gstappsink.h"
#include "gst/gst.h"
#include "miniaudio.h"
#include "SDL2/SDL.h"
#include "alsa/asoundlib.h"
#include "portaudio.h"
#include "sherpa-onnx/c-api/c-api.h"

#include <time.h>
#include <linux/videodev2.h>
#include <stddef.h>
#include <sys/ioctl.h>

static const char *speaker(const SherpaOnnxSpeakerEmbeddingExtractor *x,
                           const SherpaOnnxSpeakerEmbeddingManager *m,
                           const float *pcm, int n) {
  const SherpaOnnxOnlineStream *s =
      SherpaOnnxSpeakerEmbeddingExtractorCreateStream(x);
  SherpaOnnxOnlineStreamAcceptWaveform(s, 16000, pcm, n);
  const float *e = SherpaOnnxSpeakerEmbeddingExtractorComputeEmbedding(x, s);
  return SherpaOnnxSpeakerEmbeddingManagerSearch(m, e, 0.6f);
}

void listen(PaStream *mic, const SherpaOnnxSpeakerEmbeddingExtractor *x,
            const SherpaOnnxSpeakerEmbeddingManager *m) {
  float pcm[16000];
  // CHECK: {{.*}}sources.c:[[@LINE+4]]:3: warning: loop identifies people from a live source (microphone) as it is captured
  // CHECK: {{.*}}sources.c:[[@LINE+4]]:5: note: each capture is read here (Pa_ReadStream)
  // CHECK: {{.*}}sources.c:[[@LINE+4]]:23: note: which calls speaker
  // CHECK: {{.*}}sources.c:[[@LINE-9]]:10: note: which compares the template with the gallery here (SherpaOnnxSpeakerEmbeddingManagerSearch)
  for (;;) {
    Pa_ReadStream(mic, pcm, 16000);
    const char *who = speaker(x, m, pcm, 16000);
    (void)who;
  }
}

void cctv(const SherpaOnnxSpeakerEmbeddingExtractor *x,
          const SherpaOnnxSpeakerEmbeddingManager *m) {
  GstElement *p = gst_parse_launch(
      "rtspsrc location=rtsp://cam1/live ! rtph264depay ! avdec_h264 ! "
      "appsink name=sink",
      NULL);
  GstAppSink *sink = GST_APP_SINK(gst_bin_get_by_name((GstBin *)p, "sink"));
  float buf[16000];
  // CHECK: {{.*}}sources.c:[[@LINE+1]]:3: warning: loop identifies people from a live source (network stream (rtspsrc)) as it is captured
  for (GstSample *s; (s = gst_app_sink_pull_sample(sink)) != NULL;)
    speaker(x, m, buf, 16000);
}

void v4l2(int fd, const SherpaOnnxSpeakerEmbeddingExtractor *x,
          const SherpaOnnxSpeakerEmbeddingManager *m, float *frame) {
  struct v4l2_buffer b;
  // CHECK: {{.*}}sources.c:[[@LINE+1]]:3: warning: loop identifies people from a live source (V4L2 camera) as it is captured
  while (ioctl(fd, VIDIOC_DQBUF, &b) == 0)
    speaker(x, m, frame, 16000);
}

struct ctx {
  const SherpaOnnxSpeakerEmbeddingExtractor *x;
  const SherpaOnnxSpeakerEmbeddingManager *m;
};

// CHECK: {{.*}}sources.c:[[@LINE+1]]:13: warning: loop identifies people from a live source (microphone, through a capture callback) as it is captured
static void on_audio(ma_device *d, void *out, const void *in, ma_uint32 n) {
  struct ctx *c = (struct ctx *)d->pUserData;
  (void)out;
  speaker(c->x, c->m, (const float *)in, (int)n);
}

void start(struct ctx *c, ma_device *dev) {
  ma_device_config cfg = ma_device_config_init(ma_device_type_capture);
  // CHECK: {{.*}}sources.c:[[@LINE+1]]:20: note: each capture is read here (ma_device_config::dataCallback)
  cfg.dataCallback = on_audio;
  cfg.pUserData = c;
  ma_device_init(NULL, &cfg, dev);
  ma_device_start(dev);
}

// ALSA and SDL2 polling reads.
void alsa(snd_pcm_t *pcm, const SherpaOnnxSpeakerEmbeddingExtractor *x,
          const SherpaOnnxSpeakerEmbeddingManager *m) {
  float buf[1600];
  // CHECK: {{.*}}sources.c:[[@LINE+1]]:3: warning: loop identifies people from a live source (microphone) as it is captured
  while (snd_pcm_readi(pcm, buf, 1600) > 0)
    speaker(x, m, buf, 1600);
}

void sdl(SDL_AudioDeviceID dev, const SherpaOnnxSpeakerEmbeddingExtractor *x,
         const SherpaOnnxSpeakerEmbeddingManager *m) {
  float buf[1600];
  // CHECK: {{.*}}sources.c:[[@LINE+1]]:3: warning: loop identifies people from a live source (microphone) as it is captured
  for (;;)
    if (SDL_DequeueAudio(dev, buf, sizeof buf) > 0)
      speaker(x, m, buf, 1600);
}

// PortAudio's callback stream, opened with input parameters.
// CHECK: {{.*}}sources.c:[[@LINE+1]]:12: warning: loop identifies people from a live source (microphone, through a capture callback) as it is captured
static int on_pa(const void *in, void *out, unsigned long frames,
                 const PaStreamCallbackTimeInfo *t, PaStreamCallbackFlags f,
                 void *user) {
  struct ctx *c = (struct ctx *)user;
  (void)out, (void)t, (void)f;
  speaker(c->x, c->m, (const float *)in, (int)frames);
  return paContinue;
}

PaError pa_start(struct ctx *c, PaStream **s) {
  PaStreamParameters in = {Pa_GetDefaultInputDevice(), 1, paFloat32, 0.02, NULL};
  // CHECK: {{.*}}sources.c:[[@LINE+1]]:10: note: each capture is read here (Pa_OpenStream)
  return Pa_OpenStream(s, &in, NULL, 16000, 1600, paNoFlag, &on_pa, c);
}

// SDL2's audio callback, on a capture device.
// CHECK: {{.*}}sources.c:[[@LINE+1]]:13: warning: loop identifies people from a live source (microphone, through a capture callback) as it is captured
static void on_sdl(void *user, Uint8 *stream, int len) {
  struct ctx *c = (struct ctx *)user;
  speaker(c->x, c->m, (const float *)stream, len / (int)sizeof(float));
}

SDL_AudioDeviceID sdl_start(struct ctx *c) {
  SDL_AudioSpec want = {0};
  want.freq = 16000;
  want.format = AUDIO_F32SYS;
  want.channels = 1;
  want.samples = 1600;
  // CHECK: {{.*}}sources.c:[[@LINE+1]]:17: note: each capture is read here (SDL_AudioSpec::callback)
  want.callback = on_sdl;
  want.userdata = c;
  return SDL_OpenAudioDevice(NULL, 1, &want, NULL, 0);
}

// A playback callback that only fills the output: nothing is identified.
static int on_play(const void *in, void *out, unsigned long frames,
                   const PaStreamCallbackTimeInfo *t, PaStreamCallbackFlags f,
                   void *user) {
  float *o = (float *)out;
  (void)in, (void)t, (void)f, (void)user;
  for (unsigned long i = 0; i < frames; ++i)
    o[i] = 0.0f;
  return paContinue;
}

PaError pa_play(PaStream **s) {
  return Pa_OpenDefaultStream(s, 0, 1, paFloat32, 16000, 256, on_play, NULL);
}
