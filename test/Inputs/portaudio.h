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
typedef int PaDeviceIndex;
typedef double PaTime;
typedef unsigned long PaStreamFlags;
typedef unsigned long PaStreamCallbackFlags;
typedef struct PaStreamCallbackTimeInfo {
  PaTime inputBufferAdcTime;
  PaTime currentTime;
  PaTime outputBufferDacTime;
} PaStreamCallbackTimeInfo;
typedef struct PaStreamParameters {
  PaDeviceIndex device;
  int channelCount;
  PaSampleFormat sampleFormat;
  PaTime suggestedLatency;
  void *hostApiSpecificStreamInfo;
} PaStreamParameters;
typedef int PaStreamCallback(const void *input, void *output,
                             unsigned long frameCount,
                             const PaStreamCallbackTimeInfo *timeInfo,
                             PaStreamCallbackFlags statusFlags,
                             void *userData);
#define paContinue 0
#define paNoFlag ((PaStreamFlags)0)
#define paFloat32 ((PaSampleFormat)0x00000001)
#define paInt16 ((PaSampleFormat)0x00000008)

PaError Pa_Initialize(void);
PaError Pa_Terminate(void);
PaDeviceIndex Pa_GetDefaultInputDevice(void);
PaError Pa_OpenDefaultStream(PaStream **stream, int numInputChannels,
                             int numOutputChannels, PaSampleFormat sampleFormat,
                             double sampleRate, unsigned long framesPerBuffer,
                             PaStreamCallback *streamCallback, void *userData);
PaError Pa_OpenStream(PaStream **stream,
                      const PaStreamParameters *inputParameters,
                      const PaStreamParameters *outputParameters,
                      double sampleRate, unsigned long framesPerBuffer,
                      PaStreamFlags streamFlags,
                      PaStreamCallback *streamCallback, void *userData);
PaError Pa_StartStream(PaStream *stream);
PaError Pa_StopStream(PaStream *stream);
PaError Pa_CloseStream(PaStream *stream);
PaError Pa_ReadStream(PaStream *stream, void *buffer, unsigned long frames);
PaError Pa_WriteStream(PaStream *stream, const void *buffer,
                       unsigned long frames);

#ifdef __cplusplus
}
#endif

#endif
