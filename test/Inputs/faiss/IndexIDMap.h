// Mock of faiss's public API (faiss/IndexIDMap.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_FAISS_INDEXIDMAP_H
#define AIACT_MOCK_FAISS_INDEXIDMAP_H

#include "faiss/Index.h"

#include <vector>

namespace faiss {

// Wraps an index so that vectors carry caller-chosen ids.
template <typename IndexT> struct IndexIDMapTemplate : IndexT {
  using component_t = typename IndexT::component_t;
  using distance_t = typename IndexT::distance_t;

  IndexT *index = nullptr;
  bool own_fields = false;
  std::vector<idx_t> id_map;

  explicit IndexIDMapTemplate(IndexT *index);
  IndexIDMapTemplate();

  void add_with_ids(idx_t n, const component_t *x, const idx_t *xids) override;
  void add(idx_t n, const component_t *x) override;
  void search(idx_t n, const component_t *x, idx_t k, distance_t *distances,
              idx_t *labels,
              const SearchParameters *params = nullptr) const override;
  void reset() override;
};

using IndexIDMap = IndexIDMapTemplate<Index>;

} // namespace faiss

#endif // AIACT_MOCK_FAISS_INDEXIDMAP_H
