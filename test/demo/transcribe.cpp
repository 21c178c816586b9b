//===- transcribe.cpp - Speech-to-text with whisper.cpp -------------------===//
//
// Part of the aiact-check demo project.
//
//===----------------------------------------------------------------------===//
//
// Transcribes a WAV recording (16-bit PCM, 16 kHz, mono or stereo) with a
// Whisper model and prints the text with segment timestamps.
//
// Usage: transcribe MODEL.bin RECORDING.wav [LANGUAGE]
//
//===----------------------------------------------------------------------===//

#include "whisper.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

/// Reads a little-endian 32-bit value.
uint32_t readLE32(const unsigned char *P) {
  return P[0] | (P[1] << 8) | (P[2] << 16) |
         (static_cast<uint32_t>(P[3]) << 24);
}

/// Reads a little-endian 16-bit value.
uint16_t readLE16(const unsigned char *P) {
  return static_cast<uint16_t>(P[0] | (P[1] << 8));
}

/// Reads a RIFF/WAVE file into mono float samples in [-1, 1]. Only 16-bit
/// PCM at Whisper's sample rate is accepted.
bool loadWav(const char *Path, std::vector<float> &Samples) {
  std::ifstream In(Path, std::ios::binary);
  std::vector<unsigned char> Bytes((std::istreambuf_iterator<char>(In)),
                                   std::istreambuf_iterator<char>());
  if (Bytes.size() < 12 || std::memcmp(Bytes.data(), "RIFF", 4) != 0 ||
      std::memcmp(Bytes.data() + 8, "WAVE", 4) != 0)
    return false;

  uint16_t Channels = 0, Bits = 0, Format = 0;
  uint32_t Rate = 0;
  size_t Pos = 12;
  while (Pos + 8 <= Bytes.size()) {
    const unsigned char *Chunk = Bytes.data() + Pos;
    const uint32_t Size = readLE32(Chunk + 4);
    const unsigned char *Body = Chunk + 8;
    if (Pos + 8 + Size > Bytes.size())
      return false;
    if (std::memcmp(Chunk, "fmt ", 4) == 0 && Size >= 16) {
      Format = readLE16(Body);
      Channels = readLE16(Body + 2);
      Rate = readLE32(Body + 4);
      Bits = readLE16(Body + 14);
    } else if (std::memcmp(Chunk, "data", 4) == 0) {
      if (Format != 1 || Bits != 16 || Rate != WHISPER_SAMPLE_RATE ||
          Channels == 0 || Channels > 2)
        return false;
      const size_t Frames = Size / (2u * Channels);
      Samples.resize(Frames);
      for (size_t F = 0; F < Frames; ++F) {
        float Sum = 0;
        for (uint16_t C = 0; C < Channels; ++C) {
          const int16_t V =
              static_cast<int16_t>(readLE16(Body + 2 * (F * Channels + C)));
          Sum += V / 32768.0f;
        }
        Samples[F] = Sum / Channels;
      }
      return true;
    }
    Pos += 8 + Size + (Size & 1);
  }
  return false;
}

/// Formats a whisper timestamp (in 10 ms units) as mm:ss.cc.
std::string stamp(int64_t T) {
  char Buffer[32];
  std::snprintf(Buffer, sizeof(Buffer), "%02d:%02d.%02d",
                static_cast<int>(T / 6000), static_cast<int>(T / 100 % 60),
                static_cast<int>(T % 100));
  return Buffer;
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 3) {
    std::fprintf(stderr, "usage: %s MODEL.bin RECORDING.wav [LANGUAGE]\n",
                 Argv[0]);
    return 1;
  }

  std::vector<float> Pcm;
  if (!loadWav(Argv[2], Pcm)) {
    std::fprintf(stderr, "%s: expected 16-bit PCM WAV at %d Hz\n", Argv[2],
                 WHISPER_SAMPLE_RATE);
    return 1;
  }

  whisper_context *Ctx = whisper_init_from_file_with_params(
      Argv[1], whisper_context_default_params());
  if (!Ctx) {
    std::fprintf(stderr, "cannot load %s\n", Argv[1]);
    return 1;
  }

  whisper_full_params Params =
      whisper_full_default_params(WHISPER_SAMPLING_BEAM_SEARCH);
  Params.language = Argc > 3 ? Argv[3] : "auto";
  Params.translate = false;
  Params.print_progress = false;
  Params.beam_search.beam_size = 5;

  if (whisper_full(Ctx, Params, Pcm.data(), static_cast<int>(Pcm.size())) !=
      0) {
    std::fprintf(stderr, "transcription failed\n");
    whisper_free(Ctx);
    return 1;
  }

  const int Segments = whisper_full_n_segments(Ctx);
  for (int S = 0; S < Segments; ++S)
    std::printf("[%s -> %s] %s\n",
                stamp(whisper_full_get_segment_t0(Ctx, S)).c_str(),
                stamp(whisper_full_get_segment_t1(Ctx, S)).c_str(),
                whisper_full_get_segment_text(Ctx, S));

  whisper_free(Ctx);
  return 0;
}
