// Mock of GNU readline's history API (readline/history.h) for aiact-check
// tests; declarations only.
#ifndef AIACT_MOCK_READLINE_HISTORY_H
#define AIACT_MOCK_READLINE_HISTORY_H

#ifdef __cplusplus
extern "C" {
#endif

void add_history(const char *line);

#ifdef __cplusplus
}
#endif

#endif
