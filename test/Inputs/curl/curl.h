// Mock of libcurl's public API (curl/curl.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_CURL_H
#define AIACT_MOCK_CURL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void CURL;

typedef enum {
  CURLE_OK = 0,
  CURLE_UNSUPPORTED_PROTOCOL = 1,
  CURLE_FAILED_INIT = 2,
  CURLE_URL_MALFORMAT = 3,
  CURLE_COULDNT_RESOLVE_HOST = 6,
  CURLE_COULDNT_CONNECT = 7,
  CURLE_HTTP_RETURNED_ERROR = 22,
  CURLE_WRITE_ERROR = 23,
  CURLE_OPERATION_TIMEDOUT = 28,
} CURLcode;

// Option numbers are the type base (long 0, object pointer 10000, function
// pointer 20000) plus the option's index, as in the real header.
typedef enum {
  CURLOPT_WRITEDATA = 10001,
  CURLOPT_URL = 10002,
  CURLOPT_TIMEOUT = 13,
  CURLOPT_USERAGENT = 10018,
  CURLOPT_HTTPHEADER = 10023,
  CURLOPT_VERBOSE = 41,
  CURLOPT_NOPROGRESS = 43,
  CURLOPT_FAILONERROR = 45,
  CURLOPT_FOLLOWLOCATION = 52,
  CURLOPT_SSL_VERIFYPEER = 64,
  CURLOPT_WRITEFUNCTION = 20011,
} CURLoption;

typedef enum {
  CURLINFO_RESPONSE_CODE = 0x200000 + 2,
  CURLINFO_CONTENT_TYPE = 0x100000 + 18,
} CURLINFO;

#define CURL_GLOBAL_SSL (1 << 0)
#define CURL_GLOBAL_WIN32 (1 << 1)
#define CURL_GLOBAL_ALL (CURL_GLOBAL_SSL | CURL_GLOBAL_WIN32)
#define CURL_GLOBAL_DEFAULT CURL_GLOBAL_ALL

typedef size_t (*curl_write_callback)(char *buffer, size_t size,
                                      size_t nitems, void *outstream);

struct curl_slist {
  char *data;
  struct curl_slist *next;
};

CURLcode curl_global_init(long flags);
void curl_global_cleanup(void);

CURL *curl_easy_init(void);
CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...);
CURLcode curl_easy_perform(CURL *curl);
CURLcode curl_easy_getinfo(CURL *curl, CURLINFO info, ...);
void curl_easy_cleanup(CURL *curl);
const char *curl_easy_strerror(CURLcode code);

struct curl_slist *curl_slist_append(struct curl_slist *list,
                                     const char *data);
void curl_slist_free_all(struct curl_slist *list);

#ifdef __cplusplus
}
#endif

#endif // AIACT_MOCK_CURL_H
