// Mock of GNU readline's public API (readline/readline.h) for aiact-check
// tests; declarations only.
#ifndef AIACT_MOCK_READLINE_READLINE_H
#define AIACT_MOCK_READLINE_READLINE_H

#ifdef __cplusplus
extern "C" {
#endif

char *readline(const char *prompt);

#ifdef __cplusplus
}
#endif

#endif
