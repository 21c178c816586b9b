// RUN: %aiact --checks='-*,aiact-conversational-ai' %s -- -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-conversational-ai' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-conversational-ai' %s -- -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-conversational-ai in C: a PortAudio callback copies what it
// captures into a ring of the program; the main loop copies the ring out,
// transcribes it and answers with text it generates. A callback that only
// measures the level, and a loop that transcribes a file, are not this.

#include "llama.h"
#include "portaudio.h"
#include "SDL2/SDL.h"
#include "whisper.h"

#include <stdio.h>
#include <string.h>

#define RING 48000

struct ring {
  float data[RING];
  unsigned fill;
};

static struct ring g_ring;
static float g_level;

static int on_audio(const void *input, void *output, unsigned long frames,
                    const PaStreamCallbackTimeInfo *t,
                    PaStreamCallbackFlags flags, void *user) {
  const float *in = (const float *)input;
  struct ring *r = (struct ring *)user;
  (void)output;
  (void)t;
  (void)flags;
  if (r->fill + frames > RING)
    r->fill = 0;
  memcpy(r->data + r->fill, in, frames * sizeof(float));
  r->fill += (unsigned)frames;
  return paContinue;
}

static int on_level(const void *input, void *output, unsigned long frames,
                    const PaStreamCallbackTimeInfo *t,
                    PaStreamCallbackFlags flags, void *user) {
  const float *in = (const float *)input;
  float peak = 0;
  (void)output;
  (void)t;
  (void)flags;
  (void)user;
  for (unsigned long i = 0; i < frames; ++i)
    if (in[i] > peak)
      peak = in[i];
  g_level = peak;
  return paContinue;
}

static void answer(struct llama_context *ctx, struct llama_sampler *smpl,
                   struct llama_batch batch) {
  for (int i = 0; i < 128; ++i) {
    if (llama_decode(ctx, batch))
      break;
    llama_token id = llama_sampler_sample(smpl, ctx, -1);
    printf("%d ", id);
    batch = llama_batch_get_one(&id, 1);
  }
}

// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE+13]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE+8]]:3: note: the person's speech is captured here (Pa_OpenDefaultStream)
// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE-34]]:3: note: the capture callback 'on_audio' stores the samples here; the loop reads them
// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE+14]]:9: note: and transcribed here (whisper_full)
// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE+15]]:5: note: the answer is generated here (answer)
int talk(struct whisper_context *asr, struct llama_context *ctx,
         struct llama_sampler *smpl, struct llama_batch prompt) {
  PaStream *s = 0;
  static float heard[RING];
  Pa_OpenDefaultStream(&s, 1, 0, paFloat32, 16000, 512, on_audio, &g_ring);
  Pa_StartStream(s);
  struct whisper_full_params wp =
      whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  for (;;) {
    unsigned n = g_ring.fill;
    memcpy(heard, g_ring.data, n * sizeof(float));
    g_ring.fill = 0;
    if (whisper_full(asr, wp, heard, (int)n) != 0)
      continue;
    answer(ctx, smpl, prompt);
  }
  return 0;
}

// Negative: the callback keeps only the level; the loop transcribes a file.
int batch(FILE *f, struct whisper_context *asr, struct llama_context *ctx,
          struct llama_sampler *smpl, struct llama_batch prompt) {
  PaStream *s = 0;
  float pcm[16000];
  Pa_OpenDefaultStream(&s, 1, 0, paFloat32, 16000, 512, on_level, 0);
  struct whisper_full_params wp =
      whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  while (fread(pcm, sizeof(float), 16000, f) == 16000) {
    if (g_level > 0.5f)
      puts("loud");
    whisper_full(asr, wp, pcm, 16000);
    answer(ctx, smpl, prompt);
  }
  return 0;
}

/* PortAudio's recording example shape: the callback writes through a
   pointer into the user data's buffer; SDL's callback is set in a
   designated initialiser. */
struct take {
  float samples[RING];
  unsigned at;
};

static int on_record(const void *input, void *output, unsigned long frames,
                     const PaStreamCallbackTimeInfo *t,
                     PaStreamCallbackFlags flags, void *user) {
  struct take *k = (struct take *)user;
  const float *rp = (const float *)input;
  float *wp = &k->samples[k->at];
  (void)output;
  (void)t;
  (void)flags;
  for (unsigned long i = 0; i < frames && k->at < RING; ++i, ++k->at)
    *wp++ = *rp++;
  return paContinue;
}

// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE+12]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE+8]]:3: note: the person's speech is captured here (Pa_OpenDefaultStream)
// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE-6]]:11: note: the capture callback 'on_record' stores the samples here; the loop reads them
// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE+10]]:9: note: and transcribed here (whisper_full)
// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE+10]]:7: note: the answer is generated here (answer)
int record_and_answer(struct whisper_context *asr, struct llama_context *ctx,
                      struct llama_sampler *smpl, struct llama_batch prompt) {
  static struct take k;
  PaStream *s = 0;
  Pa_OpenDefaultStream(&s, 1, 0, paFloat32, 16000, 512, on_record, &k);
  struct whisper_full_params wp =
      whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  for (;;) {
    if (whisper_full(asr, wp, k.samples, (int)k.at) == 0)
      answer(ctx, smpl, prompt);
    k.at = 0;
  }
  return 0;
}

static float g_voice[RING];
static unsigned g_voice_n;

static void on_sdl(void *user, Uint8 *stream, int len) {
  (void)user;
  if (g_voice_n + (unsigned)len / 4 <= RING) {
    memcpy(g_voice + g_voice_n, stream, (size_t)len);
    g_voice_n += (unsigned)len / 4;
  }
}

// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE+11]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE+6]]:67: note: the person's speech is captured here (SDL_AudioSpec::callback)
// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE-7]]:5: note: the capture callback 'on_sdl' stores the samples here; the loop reads them
// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE+9]]:9: note: and transcribed here (whisper_full)
// CHECK: {{.*}}conversational-ai-callbacks.c:[[@LINE+9]]:7: note: the answer is generated here (answer)
void sdl_assistant(struct whisper_context *asr, struct llama_context *ctx,
                   struct llama_sampler *smpl, struct llama_batch prompt) {
  SDL_AudioSpec want = {.freq = 16000, .channels = 1, .callback = on_sdl};
  SDL_OpenAudioDevice(0, 1, &want, 0, 0);
  struct whisper_full_params wp =
      whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  while (1) {
    if (whisper_full(asr, wp, g_voice, (int)g_voice_n) == 0)
      answer(ctx, smpl, prompt);
    g_voice_n = 0;
  }
}
