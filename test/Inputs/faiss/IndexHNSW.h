// Mock of faiss's public API (faiss/IndexHNSW.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_FAISS_INDEXHNSW_H
#define AIACT_MOCK_FAISS_INDEXHNSW_H

#include "faiss/Index.h"

namespace faiss {

// Approximate search over a hierarchical navigable small-world graph.
struct IndexHNSW : Index {
  Index *storage = nullptr;

  explicit IndexHNSW(int d = 0, int M = 32, MetricType metric = METRIC_L2);

  void add(idx_t n, const float *x) override;
  void train(idx_t n, const float *x) override;
  void search(idx_t n, const float *x, idx_t k, float *distances,
              idx_t *labels,
              const SearchParameters *params = nullptr) const override;
  void reset() override;
};

struct IndexHNSWFlat : IndexHNSW {
  IndexHNSWFlat();
  IndexHNSWFlat(int d, int M, MetricType metric = METRIC_L2);
};

} // namespace faiss

#endif // AIACT_MOCK_FAISS_INDEXHNSW_H
