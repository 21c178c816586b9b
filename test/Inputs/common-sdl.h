// Mock of whisper.cpp's example helper (examples/common-sdl.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_COMMON_SDL_H
#define AIACT_MOCK_COMMON_SDL_H

#include <cstdint>
#include <vector>

// Captures audio from a microphone with SDL into a ring buffer.
class audio_async {
public:
  audio_async(int len_ms);
  ~audio_async();
  bool init(int capture_id, int sample_rate);
  bool resume();
  bool pause();
  bool clear();
  // SDL's audio callback.
  void callback(uint8_t *stream, int len);
  // The last ms milliseconds of captured audio.
  void get(int ms, std::vector<float> &audio);
};

bool sdl_poll_events();

#endif // AIACT_MOCK_COMMON_SDL_H
