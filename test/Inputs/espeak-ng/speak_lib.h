/* Mock of eSpeak NG's public API (espeak-ng/speak_lib.h) for aiact-check tests; declarations only. */
#ifndef AIACT_MOCK_ESPEAK_NG_SPEAK_LIB_H
#define AIACT_MOCK_ESPEAK_NG_SPEAK_LIB_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
  AUDIO_OUTPUT_PLAYBACK,
  AUDIO_OUTPUT_RETRIEVAL,
  AUDIO_OUTPUT_SYNCHRONOUS,
  AUDIO_OUTPUT_SYNCH_PLAYBACK
} espeak_AUDIO_OUTPUT;

#define espeakCHARS_AUTO 0
#define espeakPHONEMES_IPA 0x02

int espeak_Initialize(espeak_AUDIO_OUTPUT output, int buflength,
                      const char *path, int options);
int espeak_SetVoiceByName(const char *name);
const char *espeak_TextToPhonemes(const void **textptr, int textmode,
                                  int phonememode);
int espeak_Terminate(void);

#ifdef __cplusplus
}
#endif

#endif /* AIACT_MOCK_ESPEAK_NG_SPEAK_LIB_H */
