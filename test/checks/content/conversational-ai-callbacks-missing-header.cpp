// RUN: %aiact --checks='-*,aiact-conversational-ai' %s -- -std=c++17 2>&1 | FileCheck %s --implicit-check-not='[aiact-'
// RUN: %aiact --format=json --checks='-*,aiact-conversational-ai' %s -- -std=c++17 2>/dev/null | FileCheck %s --check-prefix=JSON
// JSON-COUNT-3: "confidence": "likely"
// JSON-NOT: "confidence"

// aiact-conversational-ai in the driver without PortAudio's, miniaudio's,
// SDL2's, whisper.cpp's or llama.cpp's headers: the catalog's stub headers
// declare the callback types and the configuration fields that hold a
// callback, so capture callbacks are still found. Confidence is likely.

#include "llama.h"
#include "miniaudio.h"
#include "portaudio.h"
#include "SDL2/SDL.h"
#include "whisper.h"

#include <cstdio>
#include <string>
#include <vector>

static std::string answer(llama_context *ctx, llama_sampler *smpl,
                          llama_batch batch) {
  std::string out;
  for (int i = 0; i < 64; ++i) {
    if (llama_decode(ctx, batch))
      break;
    llama_token id = llama_sampler_sample(smpl, ctx, -1);
    out += std::to_string(id);
    batch.token = &id;
  }
  return out;
}

static std::vector<float> heard;

static int on_pa(const void *input, void *, unsigned long frames,
                 const PaStreamCallbackTimeInfo *, PaStreamCallbackFlags,
                 void *) {
  const float *in = static_cast<const float *>(input);
  heard.insert(heard.end(), in, in + frames);
  return 0;
}

static std::vector<float> spoken;
static void on_sdl(void *, Uint8 *stream, int len) {
  const float *f = reinterpret_cast<const float *>(stream);
  spoken.insert(spoken.end(), f, f + len / 4);
}

// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE+18]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE+28]]:3: note: the person's speech is captured here (Pa_OpenDefaultStream)
// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE-12]]:3: note: the capture callback 'on_pa' stores the samples here; the loop reads them
// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE+18]]:9: note: and transcribed here (whisper_full)
// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE+19]]:25: note: the answer is generated here (answer)
// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE+37]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE+31]]:20: note: the person's speech is captured here (ma_device_config::dataCallback)
// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE+32]]:5: note: the capture callback (a lambda) stores the samples here; the loop reads them
// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE+37]]:9: note: and transcribed here (whisper_full)
// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE+37]]:27: note: the answer is generated here (answer)
// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE+47]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE+43]]:17: note: the person's speech is captured here (SDL_AudioSpec::callback)
// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE-15]]:3: note: the capture callback 'on_sdl' stores the samples here; the loop reads them
// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE+47]]:10: note: and transcribed here (whisper_full)
// CHECK: {{.*}}conversational-ai-callbacks-missing-header.cpp:[[@LINE+47]]:27: note: the answer is generated here (answer)
static void listen(whisper_context *asr, llama_context *ctx,
                   llama_sampler *smpl, llama_batch prompt) {
  whisper_full_params wp = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  while (true) {
    std::vector<float> chunk;
    chunk.swap(heard);
    if (whisper_full(asr, wp, chunk.data(), static_cast<int>(chunk.size())))
      continue;
    std::printf("%s\n", answer(ctx, smpl, prompt).c_str());
  }
}

void with_portaudio(PaStream *s, whisper_context *asr, llama_context *ctx,
                    llama_sampler *smpl, llama_batch prompt) {
  Pa_OpenDefaultStream(&s, 1, 0, paFloat32, 16000, 512, on_pa, nullptr);
  listen(asr, ctx, smpl, prompt);
}

static std::vector<float> ring;
void with_miniaudio(whisper_context *asr, llama_context *ctx,
                    llama_sampler *smpl, llama_batch prompt) {
  ma_device_config cfg;
  cfg.dataCallback = [](ma_device *, void *, const void *src, ma_uint32 n) {
    const float *in = static_cast<const float *>(src);
    ring.insert(ring.end(), in, in + n);
  };
  whisper_full_params wp = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  for (;;) {
    std::vector<float> pcm(ring.begin(), ring.end());
    ring.clear();
    if (whisper_full(asr, wp, pcm.data(), static_cast<int>(pcm.size())) == 0)
      std::printf("%s\n", answer(ctx, smpl, prompt).c_str());
  }
}

void with_sdl(whisper_context *asr, llama_context *ctx, llama_sampler *smpl,
              llama_batch prompt) {
  SDL_AudioSpec want;
  want.freq = 16000;
  want.callback = on_sdl;
  SDL_OpenAudioDevice(nullptr, 1, &want, nullptr, 0);
  whisper_full_params wp = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  while (true) {
    std::vector<float> said;
    said.swap(spoken);
    if (!whisper_full(asr, wp, said.data(), static_cast<int>(said.size())))
      std::printf("%s\n", answer(ctx, smpl, prompt).c_str());
  }
}
