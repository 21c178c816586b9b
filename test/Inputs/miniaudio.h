// Mock of miniaudio's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_MINIAUDIO_H
#define AIACT_MOCK_MINIAUDIO_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint32_t ma_uint32;
typedef int ma_result;
typedef enum {
  ma_device_type_playback = 1,
  ma_device_type_capture = 2,
  ma_device_type_duplex = 3
} ma_device_type;
typedef enum { ma_format_unknown = 0, ma_format_f32 = 5 } ma_format;
typedef struct ma_context ma_context;
typedef struct ma_device ma_device;
typedef void (*ma_device_data_proc)(ma_device *pDevice, void *pOutput,
                                    const void *pInput, ma_uint32 frameCount);
typedef struct {
  ma_format format;
  ma_uint32 channels;
} ma_device_config_capture;
typedef struct ma_device_config {
  ma_device_type deviceType;
  ma_uint32 sampleRate;
  ma_device_data_proc dataCallback;
  void *pUserData;
  ma_device_config_capture capture;
} ma_device_config;
struct ma_device {
  void *pUserData;
};

ma_device_config ma_device_config_init(ma_device_type deviceType);
ma_result ma_device_init(ma_context *pContext, const ma_device_config *pConfig,
                         ma_device *pDevice);
ma_result ma_device_start(ma_device *pDevice);
void ma_device_uninit(ma_device *pDevice);

#ifdef __cplusplus
}
#endif

#endif
