// Mock of faiss's public API (faiss/IndexFlat.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_FAISS_INDEXFLAT_H
#define AIACT_MOCK_FAISS_INDEXFLAT_H

#include "faiss/Index.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace faiss {

// From faiss/IndexFlatCodes.h: the vectors stored as flat codes.
struct IndexFlatCodes : Index {
  size_t code_size;
  std::vector<uint8_t> codes;

  IndexFlatCodes();
  IndexFlatCodes(size_t code_size, idx_t d, MetricType metric = METRIC_L2);

  void add(idx_t n, const float *x) override;
  void reset() override;
  void reconstruct(idx_t key, float *recons) const override;
};

// Exhaustive search over the stored vectors.
struct IndexFlat : IndexFlatCodes {
  explicit IndexFlat(idx_t d, MetricType metric = METRIC_L2);
  IndexFlat();

  void search(idx_t n, const float *x, idx_t k, float *distances,
              idx_t *labels,
              const SearchParameters *params = nullptr) const override;
  void range_search(idx_t n, const float *x, float radius,
                    RangeSearchResult *result,
                    const SearchParameters *params = nullptr) const override;

  float *get_xb();
  const float *get_xb() const;
};

struct IndexFlatIP : IndexFlat {
  explicit IndexFlatIP(idx_t d);
  IndexFlatIP();
};

struct IndexFlatL2 : IndexFlat {
  explicit IndexFlatL2(idx_t d);
  IndexFlatL2();
};

} // namespace faiss

#endif // AIACT_MOCK_FAISS_INDEXFLAT_H
