// Mock of the SDL2 audio API (SDL.h) for aiact-check tests; declarations
// only.
#ifndef AIACT_MOCK_SDL_H
#define AIACT_MOCK_SDL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint32_t Uint32;
typedef uint32_t SDL_AudioDeviceID;
#define SDL_INIT_AUDIO 0x00000010u

int SDL_Init(Uint32 flags);
void SDL_Quit(void);
void SDL_PauseAudioDevice(SDL_AudioDeviceID dev, int pause_on);
Uint32 SDL_GetQueuedAudioSize(SDL_AudioDeviceID dev);
Uint32 SDL_DequeueAudio(SDL_AudioDeviceID dev, void *data, Uint32 len);
void SDL_Delay(Uint32 ms);

#ifdef __cplusplus
}
#endif

#endif
