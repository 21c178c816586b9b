// Declarations of LightGBM's C API (LightGBM/c_api.h) used by the tests.
// Part of aiact-check, under the Apache License v2.0.
#ifndef LIGHTGBM_C_API_H_
#define LIGHTGBM_C_API_H_
#include <stdint.h>
#define LIGHTGBM_C_EXPORT
#define C_API_DTYPE_FLOAT32 (0)
#define C_API_DTYPE_FLOAT64 (1)
#define C_API_PREDICT_NORMAL (0)
typedef void *BoosterHandle;
#ifdef __cplusplus
extern "C" {
#endif
LIGHTGBM_C_EXPORT int LGBM_BoosterCreateFromModelfile(const char *filename,
                                                      int *out_num_iterations,
                                                      BoosterHandle *out);
LIGHTGBM_C_EXPORT int LGBM_BoosterFree(BoosterHandle handle);
LIGHTGBM_C_EXPORT int LGBM_BoosterPredictForMat(
    BoosterHandle handle, const void *data, int data_type, int32_t nrow,
    int32_t ncol, int is_row_major, int predict_type, int start_iteration,
    int num_iteration, const char *parameter, int64_t *out_len,
    double *out_result);
LIGHTGBM_C_EXPORT int LGBM_BoosterPredictForMatSingleRow(
    BoosterHandle handle, const void *data, int data_type, int ncol,
    int is_row_major, int predict_type, int start_iteration, int num_iteration,
    const char *parameter, int64_t *out_len, double *out_result);
#ifdef __cplusplus
}
#endif
#endif
