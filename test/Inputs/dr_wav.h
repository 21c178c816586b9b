/* Mock of dr_wav's public API (dr_libs, dr_wav.h) for aiact-check tests; declarations only. */
#ifndef AIACT_MOCK_DR_WAV_H
#define AIACT_MOCK_DR_WAV_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned int drwav_uint32;
typedef unsigned short drwav_uint16;
typedef unsigned long long drwav_uint64;
typedef int drwav_bool32;

typedef enum { drwav_container_riff, drwav_container_w64 } drwav_container;

#define DR_WAVE_FORMAT_PCM 0x1
#define DR_WAVE_FORMAT_IEEE_FLOAT 0x3

typedef struct {
  drwav_container container;
  drwav_uint32 format;
  drwav_uint32 channels;
  drwav_uint32 sampleRate;
  drwav_uint32 bitsPerSample;
} drwav_data_format;

typedef struct {
  drwav_uint16 channels;
  drwav_uint32 sampleRate;
  drwav_uint64 totalPCMFrameCount;
} drwav;

drwav_bool32 drwav_init_file(drwav *pWav, const char *filename,
                             const void *pAllocationCallbacks);
drwav_bool32 drwav_init_file_write(drwav *pWav, const char *filename,
                                   const drwav_data_format *pFormat,
                                   const void *pAllocationCallbacks);
drwav_uint64 drwav_read_pcm_frames_f32(drwav *pWav, drwav_uint64 framesToRead,
                                       float *pBufferOut);
drwav_uint64 drwav_read_pcm_frames_s16(drwav *pWav, drwav_uint64 framesToRead,
                                       short *pBufferOut);
float *drwav_open_file_and_read_pcm_frames_f32(
    const char *filename, unsigned int *channelsOut, unsigned int *sampleRateOut,
    drwav_uint64 *totalFrameCountOut, const void *pAllocationCallbacks);
drwav_uint64 drwav_write_pcm_frames(drwav *pWav, drwav_uint64 framesToWrite,
                                    const void *pData);
size_t drwav_write_raw(drwav *pWav, size_t bytesToWrite, const void *pData);
int drwav_uninit(drwav *pWav);

#ifdef __cplusplus
}
#endif

#endif /* AIACT_MOCK_DR_WAV_H */
