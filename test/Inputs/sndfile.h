/* Mock of libsndfile's public API (sndfile.h) for aiact-check tests; declarations only. */
#ifndef AIACT_MOCK_SNDFILE_H
#define AIACT_MOCK_SNDFILE_H

#ifdef __cplusplus
extern "C" {
#endif

typedef long long sf_count_t;
typedef struct SNDFILE_tag SNDFILE;

typedef struct {
  sf_count_t frames;
  int samplerate;
  int channels;
  int format;
  int sections;
  int seekable;
} SF_INFO;

#define SFM_READ 0x10
#define SFM_WRITE 0x20
#define SF_FORMAT_WAV 0x010000
#define SF_FORMAT_FLOAT 0x0006
#define SF_FORMAT_PCM_16 0x0002

SNDFILE *sf_open(const char *path, int mode, SF_INFO *sfinfo);
sf_count_t sf_read_float(SNDFILE *sndfile, float *ptr, sf_count_t items);
sf_count_t sf_readf_float(SNDFILE *sndfile, float *ptr, sf_count_t frames);
sf_count_t sf_write_float(SNDFILE *sndfile, const float *ptr, sf_count_t items);
sf_count_t sf_writef_float(SNDFILE *sndfile, const float *ptr,
                           sf_count_t frames);
sf_count_t sf_write_short(SNDFILE *sndfile, const short *ptr, sf_count_t items);
int sf_close(SNDFILE *sndfile);

#ifdef __cplusplus
}
#endif

#endif /* AIACT_MOCK_SNDFILE_H */
