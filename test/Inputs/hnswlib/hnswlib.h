// Mock of hnswlib's public API (hnswlib/hnswlib.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_HNSWLIB_H
#define AIACT_MOCK_HNSWLIB_H

#include <cstddef>
#include <queue>
#include <string>
#include <utility>
#include <vector>

namespace hnswlib {

typedef size_t labeltype;

class BaseFilterFunctor {
public:
  virtual bool operator()(labeltype id) { return true; }
  virtual ~BaseFilterFunctor() {}
};

template <typename MTYPE>
using DISTFUNC = MTYPE (*)(const void *, const void *, const void *);

template <typename MTYPE> class SpaceInterface {
public:
  virtual size_t get_data_size() = 0;
  virtual DISTFUNC<MTYPE> get_dist_func() = 0;
  virtual void *get_dist_func_param() = 0;
  virtual ~SpaceInterface() {}
};

// What every index offers: add a labelled point, find the k nearest.
template <typename dist_t> class AlgorithmInterface {
public:
  virtual void addPoint(const void *datapoint, labeltype label,
                        bool replace_deleted = false) = 0;
  virtual std::priority_queue<std::pair<dist_t, labeltype>>
  searchKnn(const void *, size_t,
            BaseFilterFunctor *isIdAllowed = nullptr) const = 0;
  virtual std::vector<std::pair<dist_t, labeltype>>
  searchKnnCloserFirst(const void *query_data, size_t k,
                       BaseFilterFunctor *isIdAllowed = nullptr) const;
  virtual void saveIndex(const std::string &location) = 0;
  virtual ~AlgorithmInterface() {}
};

// From hnswlib/space_l2.h and hnswlib/space_ip.h.
class L2Space : public SpaceInterface<float> {
public:
  explicit L2Space(size_t dim);
  ~L2Space();
  size_t get_data_size() override;
  DISTFUNC<float> get_dist_func() override;
  void *get_dist_func_param() override;
};

class InnerProductSpace : public SpaceInterface<float> {
public:
  explicit InnerProductSpace(size_t dim);
  ~InnerProductSpace();
  size_t get_data_size() override;
  DISTFUNC<float> get_dist_func() override;
  void *get_dist_func_param() override;
};

// From hnswlib/bruteforce.h.
template <typename dist_t>
class BruteforceSearch : public AlgorithmInterface<dist_t> {
public:
  explicit BruteforceSearch(SpaceInterface<dist_t> *s);
  BruteforceSearch(SpaceInterface<dist_t> *s, const std::string &location);
  BruteforceSearch(SpaceInterface<dist_t> *s, size_t maxElements);
  ~BruteforceSearch();
  void addPoint(const void *datapoint, labeltype label,
                bool replace_deleted = false) override;
  std::priority_queue<std::pair<dist_t, labeltype>>
  searchKnn(const void *query_data, size_t k,
            BaseFilterFunctor *isIdAllowed = nullptr) const override;
  void saveIndex(const std::string &location) override;
};

// From hnswlib/hnswalg.h.
template <typename dist_t>
class HierarchicalNSW : public AlgorithmInterface<dist_t> {
public:
  explicit HierarchicalNSW(SpaceInterface<dist_t> *s);
  HierarchicalNSW(SpaceInterface<dist_t> *s, const std::string &location,
                  bool nmslib = false, size_t max_elements = 0,
                  bool allow_replace_deleted = false);
  HierarchicalNSW(SpaceInterface<dist_t> *s, size_t max_elements,
                  size_t M = 16, size_t ef_construction = 200,
                  size_t random_seed = 100,
                  bool allow_replace_deleted = false);
  ~HierarchicalNSW();

  void setEf(size_t ef);
  size_t getMaxElements();
  size_t getCurrentElementCount();
  void resizeIndex(size_t new_max_elements);
  void saveIndex(const std::string &location) override;
  void loadIndex(const std::string &location, SpaceInterface<dist_t> *s,
                 size_t max_elements_i = 0);
  template <typename data_t>
  std::vector<data_t> getDataByLabel(labeltype label) const;
  void markDelete(labeltype label);
  void addPoint(const void *data_point, labeltype label,
                bool replace_deleted = false) override;
  std::priority_queue<std::pair<dist_t, labeltype>>
  searchKnn(const void *query_data, size_t k,
            BaseFilterFunctor *isIdAllowed = nullptr) const override;
};

} // namespace hnswlib

#endif // AIACT_MOCK_HNSWLIB_H
