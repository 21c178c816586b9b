// Mock of the SDL2 audio API (SDL.h) for aiact-check tests; declarations
// only.
#ifndef AIACT_MOCK_SDL_H
#define AIACT_MOCK_SDL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint32_t Uint32;
typedef uint16_t Uint16;
typedef uint8_t Uint8;
typedef uint32_t SDL_AudioDeviceID;
typedef Uint16 SDL_AudioFormat;
typedef void (*SDL_AudioCallback)(void *userdata, Uint8 *stream, int len);
typedef struct SDL_AudioSpec {
  int freq;
  SDL_AudioFormat format;
  Uint8 channels;
  Uint8 silence;
  Uint16 samples;
  Uint16 padding;
  Uint32 size;
  SDL_AudioCallback callback;
  void *userdata;
} SDL_AudioSpec;
#define AUDIO_F32SYS 0x8120
#define SDL_INIT_AUDIO 0x00000010u

int SDL_Init(Uint32 flags);
void SDL_Quit(void);
SDL_AudioDeviceID SDL_OpenAudioDevice(const char *device, int iscapture,
                                      const SDL_AudioSpec *desired,
                                      SDL_AudioSpec *obtained,
                                      int allowed_changes);
void SDL_PauseAudioDevice(SDL_AudioDeviceID dev, int pause_on);
Uint32 SDL_GetQueuedAudioSize(SDL_AudioDeviceID dev);
Uint32 SDL_DequeueAudio(SDL_AudioDeviceID dev, void *data, Uint32 len);
int SDL_QueueAudio(SDL_AudioDeviceID dev, const void *data, Uint32 len);
void SDL_Delay(Uint32 ms);

#ifdef __cplusplus
}
#endif

#endif
