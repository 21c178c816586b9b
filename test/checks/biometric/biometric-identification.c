// RUN: %aiact --checks='-*,aiact-biometric-identification' %s -- -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-biometric-identification' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-biometric-identification' %s -- -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-biometric-identification in C: speaker embeddings from sherpa-onnx's
// C API compared with an array of enrolled voices by a hand-written cosine
// similarity behind a macro.

#include "sherpa-onnx/c-api/c-api.h"

#include <math.h>
#include <stddef.h>

#define DIM 192
#define SIMILAR(a, b) (sim((a), (b), DIM) > 0.5f)

struct voice {
  const char *name;
  float v[DIM];
};

static float sim(const float *a, const float *b, int n) {
  float d = 0, na = 0, nb = 0;
  for (int i = 0; i < n; ++i) {
    d += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return d / sqrtf(na * nb);
}

const char *who(const SherpaOnnxSpeakerEmbeddingExtractor *x,
                const SherpaOnnxOnlineStream *s, const struct voice *known,
                size_t n) {
  const float *e = SherpaOnnxSpeakerEmbeddingExtractorComputeEmbedding(x, s);
  for (size_t k = 0; k < n; ++k)
    // CHECK: {{.*}}identification.c:[[@LINE+3]]:9: warning: sim compares a voice template with every template of a gallery (one-to-many identification)
    // CHECK: {{.*}}identification.c:[[@LINE-2]]:3: note: the loop goes over the stored templates here
    // CHECK: {{.*}}identification.c:[[@LINE-4]]:20: note: the voice template is made here (SherpaOnnxSpeakerEmbeddingExtractorComputeEmbedding)
    if (SIMILAR(e, known[k].v))
      return known[k].name;
  return NULL;
}

// Two recordings compared once: not identification.
int same(const SherpaOnnxSpeakerEmbeddingExtractor *x,
         const SherpaOnnxOnlineStream *a, const SherpaOnnxOnlineStream *b) {
  const float *ea = SherpaOnnxSpeakerEmbeddingExtractorComputeEmbedding(x, a);
  const float *eb = SherpaOnnxSpeakerEmbeddingExtractorComputeEmbedding(x, b);
  return SIMILAR(ea, eb);
}

// A linked list of enrolled voices walked with a while loop.
struct enrolled {
  float v[DIM];
  int id;
  const struct enrolled *next;
};

int which(const SherpaOnnxSpeakerEmbeddingExtractor *x,
          const SherpaOnnxOnlineStream *s, const struct enrolled *list) {
  const float *e = SherpaOnnxSpeakerEmbeddingExtractorComputeEmbedding(x, s);
  const struct enrolled *p = list;
  int best = -1;
  // CHECK: {{.*}}identification.c:[[@LINE+4]]:9: warning: sim compares a voice template with every template of a gallery (one-to-many identification)
  // CHECK: {{.*}}identification.c:[[@LINE+2]]:3: note: the loop goes over the stored templates here
  // CHECK: {{.*}}identification.c:[[@LINE-5]]:20: note: the voice template is made here
  while (p) {
    if (sim(e, p->v, DIM) > 0.5f)
      best = p->id;
    p = p->next;
  }
  return best;
}

/* Diarization: segments' voices averaged into anonymous speaker centroids
 * in one function, each segment given its nearest centroid in another.
 * The centroids come from the segments themselves: no enrolled voice. */
#define SEGS 256
#define SPEAKERS 8
static float segs[SEGS][DIM];
static float centre[SPEAKERS][DIM];
static int spk[SEGS];

void embed_all(const SherpaOnnxSpeakerEmbeddingExtractor *x,
               const SherpaOnnxOnlineStream *const *st, int n) {
  for (int s = 0; s < n; ++s) {
    const float *e = SherpaOnnxSpeakerEmbeddingExtractorComputeEmbedding(x, st[s]);
    for (int d = 0; d < DIM; ++d)
      segs[s][d] = e[d];
  }
}

void average(int n) {
  for (int c = 0; c < SPEAKERS; ++c)
    for (int d = 0; d < DIM; ++d)
      centre[c][d] = 0;
  for (int s = 0; s < n; ++s)
    for (int d = 0; d < DIM; ++d)
      centre[spk[s]][d] += segs[s][d];
}

void relabel(int n) {
  for (int s = 0; s < n; ++s) {
    float top = -1;
    for (int c = 0; c < SPEAKERS; ++c)
      if (sim(segs[s], centre[c], DIM) > top) {
        top = sim(segs[s], centre[c], DIM);
        spk[s] = c;
      }
  }
}
