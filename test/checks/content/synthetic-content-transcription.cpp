// Speech-to-text is not synthetic content under Art. 50(2): its decoder is
// autoregressive, but conditioned on audio, and transcription does not
// substantially alter the meaning of its input. No warning from any
// front-end (except for a real generation loop next to a recogniser); with
// remarks shown, an info finding says why.
// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=NONE --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content' -I%inputs %s 2>&1 | FileCheck %s --check-prefix=NONE --implicit-check-not='{{warning|error|remark}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=NONE --implicit-check-not='{{warning|error|remark}}:'
// RUN: %aiact --show-remarks --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-show-remarks -fplugin-arg-aiact-checks='-*,aiact-synthetic-content' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// The info findings are in SARIF as notes when remarks are asked for.
// RUN: %aiact --show-remarks --format=sarif --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs | FileCheck %s --check-prefix=SARIF
// SARIF: "level": "note"

#include "sherpa-onnx/c-api/c-api.h"
#include "whisper.h"

#include <string>
#include <vector>

// whisper.cpp's one-call API.
std::string transcribe(whisper_context *ctx, const std::vector<float> &pcm) {
  whisper_full_params p = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  // CHECK: {{.*}}synthetic-content-transcription.cpp:[[@LINE+1]]:7: remark: speech is transcribed here (whisper_full); transcription does not substantially alter its input, an exception to the Art. 50(2) marking duty [aiact-synthetic-content]
  if (whisper_full(ctx, p, pcm.data(), static_cast<int>(pcm.size())) != 0)
    return "";
  return whisper_full_get_segment_text(ctx, 0);
}

// A hand-written greedy decoder over whisper's low-level API: it runs the
// model, takes an argmax and feeds the token back, like text generation,
// but it is conditioned on the encoded audio.
std::vector<whisper_token> decode(whisper_context *ctx, const float *pcm,
                                  int n, int n_vocab) {
  whisper_pcm_to_mel(ctx, pcm, n, 1);
  whisper_encode(ctx, 0, 1);
  std::vector<whisper_token> toks{whisper_token_sot(ctx)};
  // CHECK: {{.*}}synthetic-content-transcription.cpp:[[@LINE+3]]:3: remark: loop decodes speech into text; transcription does not substantially alter its input, an exception to the Art. 50(2) marking duty [aiact-synthetic-content]
  // CHECK: note: the decoder is conditioned on audio here (whisper_pcm_to_mel)
  // CHECK: note: model is run here (whisper_decode)
  for (int step = 0; step < 224; ++step) {
    whisper_decode(ctx, toks.data(), static_cast<int>(toks.size()), 0, 1);
    const float *logits = whisper_get_logits(ctx);
    int best = 0;
    for (int v = 1; v < n_vocab; ++v)
      if (logits[v] > logits[best])
        best = v;
    if (best == whisper_token_eot(ctx))
      break;
    toks.push_back(best);
  }
  return toks;
}

// sherpa-onnx's offline recogniser.
const char *recognise(const SherpaOnnxOfflineRecognizer *r,
                      const SherpaOnnxOfflineStream *s, const float *pcm,
                      int32_t n) {
  SherpaOnnxAcceptWaveformOffline(s, 16000, pcm, n);
  // CHECK: {{.*}}synthetic-content-transcription.cpp:[[@LINE+1]]:3: remark: speech is transcribed here (SherpaOnnxDecodeOfflineStream)
  SherpaOnnxDecodeOfflineStream(r, s);
  return SherpaOnnxGetOfflineStreamResult(s)->text;
}

// A voice assistant transcribes with whisper.cpp and answers with
// llama.cpp: the answer is generated text, whatever the input was.
#include "llama.h"
void assistant(whisper_context *wctx, llama_context *ctx, llama_sampler *s,
               const std::vector<float> &pcm, llama_token t) {
  whisper_full_params p = whisper_full_default_params(WHISPER_SAMPLING_GREEDY);
  // CHECK: {{.*}}synthetic-content-transcription.cpp:[[@LINE+1]]:3: remark: speech is transcribed here (whisper_full)
  whisper_full(wctx, p, pcm.data(), static_cast<int>(pcm.size()));
  // NONE: {{.*}}synthetic-content-transcription.cpp:[[@LINE+2]]:3: warning: loop generates text autoregressively
  // CHECK: {{.*}}synthetic-content-transcription.cpp:[[@LINE+1]]:3: warning: loop generates text autoregressively
  for (int i = 0; i < 32; ++i) {
    llama_decode(ctx, llama_batch_get_one(&t, 1));
    t = llama_sampler_sample(s, ctx, -1);
  }
}
