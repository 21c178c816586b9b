// Mock of faiss's public API (faiss/Index.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_FAISS_INDEX_H
#define AIACT_MOCK_FAISS_INDEX_H

#include <cstdint>

namespace faiss {

// From faiss/MetricType.h.
using idx_t = int64_t;
enum MetricType { METRIC_INNER_PRODUCT = 0, METRIC_L2 = 1 };

struct SearchParameters {
  virtual ~SearchParameters() {}
};

struct RangeSearchResult;

// Every index: vectors of dimension d added in batches of n, queried for
// their k nearest neighbours.
struct Index {
  using component_t = float;
  using distance_t = float;

  int d;
  idx_t ntotal;
  bool verbose;
  bool is_trained;
  MetricType metric_type;

  explicit Index(idx_t d = 0, MetricType metric = METRIC_L2);
  virtual ~Index();

  virtual void train(idx_t n, const float *x);
  virtual void add(idx_t n, const float *x) = 0;
  virtual void add_with_ids(idx_t n, const float *x, const idx_t *xids);
  virtual void search(idx_t n, const float *x, idx_t k, float *distances,
                      idx_t *labels,
                      const SearchParameters *params = nullptr) const = 0;
  virtual void range_search(idx_t n, const float *x, float radius,
                            RangeSearchResult *result,
                            const SearchParameters *params = nullptr) const;
  virtual void reset() = 0;
  virtual void reconstruct(idx_t key, float *recons) const;
};

} // namespace faiss

#endif // AIACT_MOCK_FAISS_INDEX_H
