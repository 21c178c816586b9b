// Mock of ALSA's PCM capture API (alsa/asoundlib.h) for aiact-check tests;
// declarations only.
#ifndef AIACT_MOCK_ASOUNDLIB_H
#define AIACT_MOCK_ASOUNDLIB_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _snd_pcm snd_pcm_t;
typedef unsigned long snd_pcm_uframes_t;
typedef long snd_pcm_sframes_t;
typedef enum _snd_pcm_stream { SND_PCM_STREAM_PLAYBACK = 0, SND_PCM_STREAM_CAPTURE } snd_pcm_stream_t;

int snd_pcm_open(snd_pcm_t **pcm, const char *name, snd_pcm_stream_t stream,
                 int mode);
int snd_pcm_close(snd_pcm_t *pcm);
snd_pcm_sframes_t snd_pcm_readi(snd_pcm_t *pcm, void *buffer,
                                snd_pcm_uframes_t size);
snd_pcm_sframes_t snd_pcm_writei(snd_pcm_t *pcm, const void *buffer,
                                 snd_pcm_uframes_t size);

#ifdef __cplusplus
}
#endif

#endif
