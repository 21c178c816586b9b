// Mock of the C2PA C API (c2pa.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_C2PA_H
#define AIACT_MOCK_C2PA_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct C2paBuilder C2paBuilder;
typedef struct C2paSigner C2paSigner;
typedef struct C2paStream C2paStream;
typedef struct C2paSignerInfo C2paSignerInfo;

C2paBuilder *c2pa_builder_from_json(const char *manifest_json);
void c2pa_builder_free(C2paBuilder *builder);
int64_t c2pa_builder_sign(C2paBuilder *builder, const char *format,
                          C2paStream *source, C2paStream *dest,
                          C2paSigner *signer,
                          const unsigned char **manifest_bytes_ptr);
char *c2pa_sign_file(const char *source_path, const char *dest_path,
                     const char *manifest, const C2paSignerInfo *signer_info,
                     const char *data_dir);

#ifdef __cplusplus
}
#endif

#endif
