// RUN: %aiact --checks='-*,aiact-conversational-ai' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-conversational-ai' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-conversational-ai' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-conversational-ai with audio a capture callback delivers: the
// callback (PortAudio, miniaudio, SDL2) stores the samples in a buffer of
// the program; a loop elsewhere takes them, transcribes them and answers
// with generated content. The buffer is followed from the callback's write
// to the recogniser: a global, a field reached through the user-data
// pointer, a class that hands the samples out. A playback callback, and
// captured audio that never reaches the recogniser, are not conversations.

#include "SDL2/SDL.h"
#include "common.h"
#include "llama.h"
#include "miniaudio.h"
#include "piper.hpp"
#include "portaudio.h"
#include "sherpa-onnx/c-api/c-api.h"
#include "whisper.h"

#include <cstdio>
#include <cstring>
#include <mutex>
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

// PortAudio: a free callback appends to a global; the loop swaps it out.
static std::mutex g_lock;
static std::vector<float> g_heard;
static int g_callbacks = 0;

static int on_input(const void *input, void *, unsigned long frames,
                    const PaStreamCallbackTimeInfo *, PaStreamCallbackFlags,
                    void *) {
  const float *in = static_cast<const float *>(input);
  std::lock_guard<std::mutex> hold(g_lock);
  g_heard.insert(g_heard.end(), in, in + frames);
  g_callbacks = g_callbacks + static_cast<int>(frames);
  return paContinue;
}

// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+10]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+6]]:3: note: the person's speech is captured here (Pa_OpenDefaultStream)
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE-7]]:3: note: the capture callback 'on_input' stores the samples here; the loop reads them
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+15]]:9: note: and transcribed here (whisper_full)
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+16]]:25: note: the answer is generated here (reply)
void p1(whisper_context *asr, llama_context *ctx, llama_sampler *smpl,
        llama_batch prompt, PaStream *s) {
  Pa_OpenDefaultStream(&s, 1, 0, paFloat32, 16000, 512, on_input, nullptr);
  Pa_StartStream(s);
  whisper_full_params wp = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  while (true) {
    std::vector<float> chunk;
    {
      std::lock_guard<std::mutex> hold(g_lock);
      chunk.swap(g_heard);
    }
    if (chunk.size() < 16000)
      continue;
    if (whisper_full(asr, wp, chunk.data(), static_cast<int>(chunk.size())))
      continue;
    std::printf("%s\n", reply(ctx, smpl, prompt).c_str());
  }
}

// miniaudio: a lambda callback writes a ring buffer in the user-data
// structure; a helper of this file copies it out; sherpa-onnx recognises
// and a piper voice answers. Names mean nothing.
struct Q {
  float r[48000];
  unsigned w = 0;
};

static unsigned pull(Q *q, float *dst) {
  std::memcpy(dst, q->r, sizeof(float) * q->w);
  unsigned n = q->w;
  q->w = 0;
  return n;
}

// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+18]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+8]]:18: note: the person's speech is captured here (ma_device_config::dataCallback)
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+9]]:5: note: the capture callback (a lambda) stores the samples here; the loop reads them
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+21]]:5: note: and transcribed here (SherpaOnnxDecodeOfflineStream)
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+23]]:5: note: the answer is generated here (piper::textToAudio)
void p2(ma_device *d, const SherpaOnnxOfflineRecognizer *rec,
        piper::PiperConfig &cfg, piper::Voice &voice) {
  Q q;
  ma_device_config c = ma_device_config_init(ma_device_type_capture);
  c.dataCallback = [](ma_device *dev, void *, const void *src, ma_uint32 n) {
    Q *z = static_cast<Q *>(dev->pUserData);
    std::memcpy(z->r + z->w, src, n * sizeof(float));
    z->w += n;
  };
  c.pUserData = &q;
  ma_device_init(nullptr, &c, d);
  ma_device_start(d);
  std::vector<float> x(48000);
  for (;;) {
    unsigned got = pull(&q, x.data());
    if (!got)
      continue;
    const SherpaOnnxOfflineStream *st = SherpaOnnxCreateOfflineStream(rec);
    SherpaOnnxAcceptWaveformOffline(st, 16000, x.data(), static_cast<int32_t>(got));
    SherpaOnnxDecodeOfflineStream(rec, st);
    std::vector<int16_t> audio;
    piper::SynthesisResult r;
    piper::textToAudio(cfg, voice, "Here is what I found.", audio, r, nullptr);
  }
}

// SDL2: a static member callback fills a member through `this` passed as
// user data; the loop, in another function, takes the samples through a
// member function.
class Ear {
public:
  static void feed(void *user, Uint8 *stream, int len) {
    Ear *self = static_cast<Ear *>(user);
    const float *f = reinterpret_cast<const float *>(stream);
    std::lock_guard<std::mutex> hold(self->m);
    for (int i = 0; i < len / 4; ++i)
      self->pending.push_back(f[i]);
  }
  void take(std::vector<float> &out) {
    std::lock_guard<std::mutex> hold(m);
    out.assign(pending.begin(), pending.end());
    pending.clear();
  }
  SDL_AudioDeviceID open() {
    SDL_AudioSpec want{};
    want.freq = 16000;
    want.callback = &Ear::feed;
    want.userdata = this;
    return SDL_OpenAudioDevice(nullptr, 1, &want, nullptr, 0);
  }

private:
  std::mutex m;
  std::vector<float> pending;
};

// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+10]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE-11]]:19: note: the person's speech is captured here (SDL_AudioSpec::callback)
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE-22]]:7: note: the capture callback 'feed' stores the samples here; the loop reads them
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+11]]:9: note: and transcribed here (whisper_full)
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+12]]:25: note: the answer is generated here (reply)
template <typename Listener>
void p3(Listener &ear, whisper_context *asr, llama_context *ctx,
        llama_sampler *smpl, llama_batch prompt) {
  whisper_full_params wp = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  std::vector<float> heard;
  while (true) {
    ear.take(heard);
    if (heard.empty())
      continue;
    if (whisper_full(asr, wp, heard.data(), static_cast<int>(heard.size())))
      continue;
    std::printf("%s\n", reply(ctx, smpl, prompt).c_str());
  }
}
template void p3<Ear>(Ear &, whisper_context *, llama_context *,
                      llama_sampler *, llama_batch);

// Negatives.

// A voice-command matcher fed by the callback: nothing is generated.
void n1(whisper_context *asr) {
  whisper_full_params wp = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  while (true) {
    std::vector<float> chunk;
    {
      std::lock_guard<std::mutex> hold(g_lock);
      chunk.swap(g_heard);
    }
    whisper_full(asr, wp, chunk.data(), static_cast<int>(chunk.size()));
    if (std::string(whisper_full_get_segment_text(asr, 0)) == "stop")
      break;
  }
}

// The callback records, but the loop transcribes recordings read from
// files and summarises them: batch work.
void n2(FILE *list, whisper_context *asr, llama_context *ctx,
        llama_sampler *smpl, llama_batch prompt) {
  std::vector<float> pcm(16000 * 30);
  whisper_full_params wp = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  while (std::fread(pcm.data(), sizeof(float), pcm.size(), list) > 0) {
    std::printf("%d callbacks so far\n", g_callbacks);
    whisper_full(asr, wp, pcm.data(), static_cast<int>(pcm.size()));
    std::printf("%s\n", reply(ctx, smpl, prompt).c_str());
  }
}

// A playback callback: it reads what the program made and hands it to the
// device; it stores nothing it was given.
static std::vector<float> g_speech;
static unsigned g_played = 0;

void n3(ma_device *d, FILE *list, whisper_context *asr, llama_context *ctx,
        llama_sampler *smpl, llama_batch prompt) {
  ma_device_config c = ma_device_config_init(ma_device_type_playback);
  c.dataCallback = [](ma_device *, void *out, const void *, ma_uint32 n) {
    std::memcpy(out, g_speech.data() + g_played, n * sizeof(float));
    g_played += n;
  };
  ma_device_init(nullptr, &c, d);
  std::vector<float> pcm(16000);
  whisper_full_params wp = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  while (std::fread(pcm.data(), sizeof(float), pcm.size(), list) > 0) {
    g_speech = pcm;
    whisper_full(asr, wp, g_speech.data(), static_cast<int>(g_speech.size()));
    std::printf("%s\n", reply(ctx, smpl, prompt).c_str());
  }
}

// A wrapper class: the static callback forwards the samples to a member
// function, which stores them; the assistant loop owns the wrapper.
class Mic {
public:
  bool open() {
    return Pa_OpenDefaultStream(&stream_, 1, 0, paFloat32, 16000, 256,
                                &Mic::trampoline, this) == 0;
  }
  void drain(std::vector<float> &into) {
    std::lock_guard<std::mutex> hold(lock_);
    into.swap(samples_);
  }

private:
  static int trampoline(const void *in, void *, unsigned long n,
                        const PaStreamCallbackTimeInfo *,
                        PaStreamCallbackFlags, void *self) {
    static_cast<Mic *>(self)->feed(static_cast<const float *>(in), n);
    return paContinue;
  }
  void feed(const float *in, unsigned long n) {
    std::lock_guard<std::mutex> hold(lock_);
    samples_.insert(samples_.end(), in, in + n);
  }
  PaStream *stream_ = nullptr;
  std::mutex lock_;
  std::vector<float> samples_;
};

// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+12]]:3: warning: loop converses with a person: it reads user input and answers with generated content; if placed on the market or put into service, Art. 50(1) would require telling people that they are interacting with an AI and the open-source exemption of Art. 2(12) would not apply [aiact-conversational-ai]
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE-25]]:12: note: the person's speech is captured here (Pa_OpenDefaultStream)
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE-9]]:5: note: the capture callback 'trampoline' stores the samples here; the loop reads them
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+11]]:9: note: and transcribed here (whisper_full)
// CHECK: {{.*}}conversational-ai-callbacks.cpp:[[@LINE+11]]:17: note: the answer is generated here (reply)
int assistant(whisper_context *asr, llama_context *ctx, llama_sampler *smpl,
              llama_batch prompt) {
  Mic mic;
  if (!mic.open())
    return 1;
  whisper_full_params wp = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  std::vector<float> said;
  for (;;) {
    mic.drain(said);
    if (whisper_full(asr, wp, said.data(), static_cast<int>(said.size())) == 0)
      std::puts(reply(ctx, smpl, prompt).c_str());
  }
}

// Negatives: one buffer type for the microphone and for files. The
// callback fills the microphone's object; a batch job loads other objects
// of the same type from disk, and a helper that only reports the size of
// the microphone's buffer does not hand its samples on.
struct Clip {
  std::vector<float> pcm;
};
static void on_clip(ma_device *dev, void *, const void *in, ma_uint32 n) {
  Clip *c = static_cast<Clip *>(dev->pUserData);
  const float *f = static_cast<const float *>(in);
  c->pcm.insert(c->pcm.end(), f, f + n);
}
static Clip g_live;
void start_live(ma_device *d) {
  ma_device_config c = ma_device_config_init(ma_device_type_capture);
  c.dataCallback = on_clip;
  c.pUserData = &g_live;
  ma_device_init(nullptr, &c, d);
}
static bool load_clip(const char *path, Clip &out) {
  FILE *f = std::fopen(path, "rb");
  float x;
  while (f && std::fread(&x, sizeof x, 1, f) == 1)
    out.pcm.push_back(x);
  return f != nullptr;
}
static void report(const char *tag, const std::vector<float> &v) {
  std::printf("%s: %zu samples, live %zu\n", tag, v.size(), g_live.pcm.size());
}
void n4(const std::vector<std::string> &paths, whisper_context *asr,
        llama_context *ctx, llama_sampler *smpl, llama_batch prompt) {
  whisper_full_params wp = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  for (const std::string &p : paths) {
    Clip clip;
    if (!load_clip(p.c_str(), clip))
      continue;
    report("file", clip.pcm);
    whisper_full(asr, wp, clip.pcm.data(), static_cast<int>(clip.pcm.size()));
    std::printf("%s\n", reply(ctx, smpl, prompt).c_str());
  }
}
