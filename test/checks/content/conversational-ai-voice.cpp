// RUN: %aiact --checks='-*,aiact-conversational-ai' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-conversational-ai' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-conversational-ai' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-conversational-ai with speech: audio captured from a microphone and
// transcribed in a loop that answers with generated content is a
// conversation. A voice-command matcher that never generates, and a
// recording read from a file, are not.

#include "SDL2/SDL.h"
#include "alsa/asoundlib.h"
#include "common-sdl.h"
#include "common.h"
#include "llama.h"
#include "piper.hpp"
#include "portaudio.h"
#include "sherpa-onnx/c-api/c-api.h"
#include "whisper.h"

#include <cstdio>
#include <string>
#include <vector>

// The reply: a generation loop in a helper of this file.
static std::string reply(llama_context *ctx, llama_sampler *smpl,
                         llama_batch batch) {
  std::string out;
  for (int i = 0; i < 128; ++i) {
    if (llama_decode(ctx, batch))
      break;
    llama_token id = llama_sampler_sample(smpl, ctx, -1);
    out += common_token_to_piece(ctx, id);
    batch = llama_batch_get_one(&id, 1);
  }
  return out;
}

// PortAudio, whisper.cpp, llama.cpp: a voice assistant.
void v1(PaStream *mic, whisper_context *asr, llama_context *ctx,
        llama_sampler *smpl, llama_batch prompt) {
  std::vector<float> pcm(16000 * 3);
  whisper_full_params wp = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  // CHECK: {{.*}}conversational-ai-voice.cpp:[[@LINE+4]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
  // CHECK: {{.*}}conversational-ai-voice.cpp:[[@LINE+4]]:9: note: the person's speech is captured here (Pa_ReadStream)
  // CHECK: {{.*}}conversational-ai-voice.cpp:[[@LINE+5]]:9: note: and transcribed here (whisper_full)
  // CHECK: {{.*}}conversational-ai-voice.cpp:[[@LINE+6]]:25: note: the answer is generated here (reply)
  while (true) {
    if (Pa_ReadStream(mic, pcm.data(), pcm.size()) != 0)
      break;
    if (whisper_full(asr, wp, pcm.data(), static_cast<int>(pcm.size())) != 0)
      continue;
    std::printf("%s\n", reply(ctx, smpl, prompt).c_str());
  }
}

// SDL capture, sherpa-onnx recognition, a piper voice for the answer.
void v2(SDL_AudioDeviceID dev, const SherpaOnnxOfflineRecognizer *rec,
        piper::PiperConfig &cfg, piper::Voice &voice) {
  std::vector<float> buf(8000);
  // CHECK: {{.*}}conversational-ai-voice.cpp:[[@LINE+4]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
  // CHECK: {{.*}}conversational-ai-voice.cpp:[[@LINE+4]]:18: note: the person's speech is captured here (SDL_DequeueAudio)
  // CHECK: {{.*}}conversational-ai-voice.cpp:[[@LINE+12]]:5: note: and transcribed here (SherpaOnnxDecodeOfflineStream)
  // CHECK: {{.*}}conversational-ai-voice.cpp:[[@LINE+14]]:5: note: the answer is generated here (piper::textToAudio)
  for (;;) {
    Uint32 got = SDL_DequeueAudio(dev, buf.data(),
                                  static_cast<Uint32>(buf.size() * 4));
    if (got == 0) {
      SDL_Delay(100);
      continue;
    }
    const SherpaOnnxOfflineStream *stream = SherpaOnnxCreateOfflineStream(rec);
    SherpaOnnxAcceptWaveformOffline(stream, 16000, buf.data(),
                                    static_cast<int32_t>(got / 4));
    SherpaOnnxDecodeOfflineStream(rec, stream);
    std::vector<int16_t> audio;
    piper::SynthesisResult r;
    piper::textToAudio(cfg, voice, "You said something.", audio, r, nullptr);
  }
}

// whisper.cpp's example microphone helper, as in its talk-llama example:
// SDL fills a ring buffer from its callback, the loop takes the last
// seconds from it.
// CHECK: {{.*}}conversational-ai-voice.cpp:[[@LINE+9]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
// CHECK: {{.*}}conversational-ai-voice.cpp:[[@LINE+9]]:5: note: the person's speech is captured here (audio_async::get)
// CHECK: {{.*}}conversational-ai-voice.cpp:[[@LINE+9]]:9: note: and transcribed here (whisper_full)
// CHECK: {{.*}}conversational-ai-voice.cpp:[[@LINE+10]]:25: note: the answer is generated here (reply)
void v4(audio_async &audio, whisper_context *asr, llama_context *ctx,
        llama_sampler *smpl, llama_batch prompt) {
  std::vector<float> pcm;
  whisper_full_params wp = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  audio.resume();
  while (sdl_poll_events()) {
    audio.get(2000, pcm);
    if (whisper_full(asr, wp, pcm.data(), static_cast<int>(pcm.size())) != 0)
      continue;
    std::printf("%s\n", reply(ctx, smpl, prompt).c_str());
  }
}

// Negatives.

// A voice-command matcher: speech in, fixed actions out, nothing generated.
void n1(snd_pcm_t *pcm, whisper_context *asr) {
  std::vector<float> samples(16000);
  whisper_full_params wp = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  while (snd_pcm_readi(pcm, samples.data(), samples.size()) > 0) {
    whisper_full(asr, wp, samples.data(), static_cast<int>(samples.size()));
    std::string said = whisper_full_get_segment_text(asr, 0);
    if (said.find("lights on") != std::string::npos)
      std::puts("ON");
  }
}

// Recordings read from files: transcribed and summarised in a batch.
void n2(FILE *list, whisper_context *asr, llama_context *ctx,
        llama_sampler *smpl, llama_batch prompt) {
  std::vector<float> pcm(16000 * 30);
  whisper_full_params wp = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  while (std::fread(pcm.data(), sizeof(float), pcm.size(), list) > 0) {
    whisper_full(asr, wp, pcm.data(), static_cast<int>(pcm.size()));
    std::printf("%s\n", reply(ctx, smpl, prompt).c_str());
  }
}
