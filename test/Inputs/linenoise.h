// Mock of linenoise's public API (linenoise.h) for aiact-check tests;
// declarations only.
#ifndef AIACT_MOCK_LINENOISE_H
#define AIACT_MOCK_LINENOISE_H

#ifdef __cplusplus
extern "C" {
#endif

char *linenoise(const char *prompt);
int linenoiseHistoryAdd(const char *line);
void linenoiseFree(void *ptr);

#ifdef __cplusplus
}
#endif

#endif
