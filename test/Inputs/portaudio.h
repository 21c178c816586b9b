// Mock of PortAudio's public API (portaudio.h) for aiact-check tests;
// declarations only.
#ifndef AIACT_MOCK_PORTAUDIO_H
#define AIACT_MOCK_PORTAUDIO_H

#ifdef __cplusplus
extern "C" {
#endif

typedef int PaError;
typedef void PaStream;
typedef unsigned long PaSampleFormat;
#define paFloat32 ((PaSampleFormat)0x00000001)
#define paInt16 ((PaSampleFormat)0x00000008)

PaError Pa_Initialize(void);
PaError Pa_Terminate(void);
PaError Pa_OpenDefaultStream(PaStream **stream, int numInputChannels,
                             int numOutputChannels, PaSampleFormat sampleFormat,
                             double sampleRate, unsigned long framesPerBuffer,
                             void *streamCallback, void *userData);
PaError Pa_StartStream(PaStream *stream);
PaError Pa_StopStream(PaStream *stream);
PaError Pa_CloseStream(PaStream *stream);
PaError Pa_ReadStream(PaStream *stream, void *buffer, unsigned long frames);

#ifdef __cplusplus
}
#endif

#endif
