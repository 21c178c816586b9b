/* Mock of GSL's public API (gsl/gsl_rng.h) for aiact-check tests; declarations only. */
#ifndef AIACT_MOCK_GSL_RNG_H
#define AIACT_MOCK_GSL_RNG_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct gsl_rng_type gsl_rng_type;
typedef struct gsl_rng gsl_rng;

extern const gsl_rng_type *gsl_rng_mt19937;
gsl_rng *gsl_rng_alloc(const gsl_rng_type *T);
void gsl_rng_set(const gsl_rng *r, unsigned long int seed);
void gsl_rng_free(gsl_rng *r);
double gsl_rng_uniform(const gsl_rng *r);

#ifdef __cplusplus
}
#endif

#endif /* AIACT_MOCK_GSL_RNG_H */
