// Mock of stb_image_write's public API for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_STB_IMAGE_WRITE_H
#define AIACT_MOCK_STB_IMAGE_WRITE_H

#ifdef __cplusplus
extern "C" {
#endif

extern int stbi_write_tga_with_rle;
extern int stbi_write_png_compression_level;
extern int stbi_write_force_png_filter;

int stbi_write_png(char const *filename, int w, int h, int comp,
                   const void *data, int stride_in_bytes);
int stbi_write_bmp(char const *filename, int w, int h, int comp,
                   const void *data);
int stbi_write_tga(char const *filename, int w, int h, int comp,
                   const void *data);
int stbi_write_hdr(char const *filename, int w, int h, int comp,
                   const float *data);
int stbi_write_jpg(char const *filename, int x, int y, int comp,
                   const void *data, int quality);

typedef void stbi_write_func(void *context, void *data, int size);

int stbi_write_png_to_func(stbi_write_func *func, void *context, int w, int h,
                           int comp, const void *data, int stride_in_bytes);
int stbi_write_bmp_to_func(stbi_write_func *func, void *context, int w, int h,
                           int comp, const void *data);
int stbi_write_jpg_to_func(stbi_write_func *func, void *context, int x, int y,
                           int comp, const void *data, int quality);

void stbi_flip_vertically_on_write(int flip_boolean);

#ifdef __cplusplus
}
#endif

#endif // AIACT_MOCK_STB_IMAGE_WRITE_H
