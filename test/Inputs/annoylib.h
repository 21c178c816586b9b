// Mock of Annoy's public API (annoylib.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_ANNOYLIB_H
#define AIACT_MOCK_ANNOYLIB_H

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <vector>

namespace Annoy {

// Distance policies.
struct Angular {};
struct DotProduct {};
struct Euclidean {};
struct Manhattan {};
struct Hamming {};

template <typename S, typename T, typename R = uint64_t>
class AnnoyIndexInterface {
public:
  virtual ~AnnoyIndexInterface() {}
  virtual bool add_item(S item, const T *w, char **error = nullptr) = 0;
  virtual bool build(int q, int n_threads = -1, char **error = nullptr) = 0;
  virtual bool unbuild(char **error = nullptr) = 0;
  virtual bool save(const char *filename, bool prefault = false,
                    char **error = nullptr) = 0;
  virtual void unload() = 0;
  virtual bool load(const char *filename, bool prefault = false,
                    char **error = nullptr) = 0;
  virtual T get_distance(S i, S j) const = 0;
  virtual void get_nns_by_item(S item, size_t n, int search_k,
                               std::vector<S> *result,
                               std::vector<T> *distances) const = 0;
  virtual void get_nns_by_vector(const T *w, size_t n, int search_k,
                                 std::vector<S> *result,
                                 std::vector<T> *distances) const = 0;
  virtual S get_n_items() const = 0;
  virtual S get_n_trees() const = 0;
  virtual void verbose(bool v) = 0;
  virtual void get_item(S item, T *v) const = 0;
  virtual void set_seed(R q) = 0;
  virtual bool on_disk_build(const char *filename, char **error = nullptr) = 0;
};

// A forest of random-projection trees over items of f dimensions.
template <typename S, typename T, typename Distance, typename Random,
          class ThreadedBuildPolicy>
class AnnoyIndex
    : public AnnoyIndexInterface<
          S, T, typename std::remove_const<decltype(Random::default_seed)>::type> {
public:
  typedef typename std::remove_const<decltype(Random::default_seed)>::type R;

  explicit AnnoyIndex(int f);
  ~AnnoyIndex();

  int get_f() const;
  bool add_item(S item, const T *w, char **error = nullptr) override;
  bool build(int q, int n_threads = -1, char **error = nullptr) override;
  bool unbuild(char **error = nullptr) override;
  bool save(const char *filename, bool prefault = false,
            char **error = nullptr) override;
  void unload() override;
  bool load(const char *filename, bool prefault = false,
            char **error = nullptr) override;
  T get_distance(S i, S j) const override;
  void get_nns_by_item(S item, size_t n, int search_k, std::vector<S> *result,
                       std::vector<T> *distances) const override;
  void get_nns_by_vector(const T *w, size_t n, int search_k,
                         std::vector<S> *result,
                         std::vector<T> *distances) const override;
  S get_n_items() const override;
  S get_n_trees() const override;
  void verbose(bool v) override;
  void get_item(S item, T *v) const override;
  void set_seed(R q) override;
  bool on_disk_build(const char *filename, char **error = nullptr) override;
};

class AnnoyIndexSingleThreadedBuildPolicy {};
class AnnoyIndexMultiThreadedBuildPolicy {};

} // namespace Annoy

#endif // AIACT_MOCK_ANNOYLIB_H
