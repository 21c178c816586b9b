// Declarations of XGBoost's C API (xgboost/c_api.h) used by the tests.
// Part of aiact-check, under the Apache License v2.0.
#ifndef XGBOOST_C_API_H_
#define XGBOOST_C_API_H_
#include <stdint.h>
#define XGB_DLL
typedef uint64_t bst_ulong;
typedef void *DMatrixHandle;
typedef void *BoosterHandle;
#ifdef __cplusplus
extern "C" {
#endif
XGB_DLL int XGDMatrixCreateFromMat(const float *data, bst_ulong nrow,
                                   bst_ulong ncol, float missing,
                                   DMatrixHandle *out);
XGB_DLL int XGDMatrixFree(DMatrixHandle handle);
XGB_DLL int XGBoosterCreate(const DMatrixHandle dmats[], bst_ulong len,
                            BoosterHandle *out);
XGB_DLL int XGBoosterFree(BoosterHandle handle);
XGB_DLL int XGBoosterLoadModel(BoosterHandle handle, const char *fname);
XGB_DLL int XGBoosterPredict(BoosterHandle handle, DMatrixHandle dmat,
                             int option_mask, unsigned ntree_limit,
                             int training, bst_ulong *out_len,
                             const float **out_result);
XGB_DLL int XGBoosterPredictFromDMatrix(BoosterHandle handle,
                                        DMatrixHandle dmat, char const *config,
                                        bst_ulong const **out_shape,
                                        bst_ulong *out_dim,
                                        float const **out_result);
#ifdef __cplusplus
}
#endif
#endif
