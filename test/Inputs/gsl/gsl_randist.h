/* Mock of GSL's public API (gsl/gsl_randist.h) for aiact-check tests; declarations only. */
#ifndef AIACT_MOCK_GSL_RANDIST_H
#define AIACT_MOCK_GSL_RANDIST_H

#include "gsl/gsl_rng.h"

#ifdef __cplusplus
extern "C" {
#endif

double gsl_ran_gaussian(const gsl_rng *r, double sigma);
double gsl_ran_gaussian_ziggurat(const gsl_rng *r, double sigma);
double gsl_ran_ugaussian(const gsl_rng *r);
double gsl_ran_flat(const gsl_rng *r, double a, double b);

#ifdef __cplusplus
}
#endif

#endif /* AIACT_MOCK_GSL_RANDIST_H */
