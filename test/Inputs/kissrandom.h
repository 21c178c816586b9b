// Mock of Annoy's public API (kissrandom.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_KISSRANDOM_H
#define AIACT_MOCK_KISSRANDOM_H

#include <cstddef>
#include <cstdint>

namespace Annoy {

// Random number generators for building the trees.
struct Kiss32Random {
  typedef uint32_t seed_type;
  static const uint32_t default_seed = 123456789;
  explicit Kiss32Random(uint32_t seed = default_seed);
  uint32_t kiss();
  int flip();
  size_t index(size_t n);
  void set_seed(uint32_t seed);
};

struct Kiss64Random {
  typedef uint64_t seed_type;
  static const uint64_t default_seed = 1234567890987654321ULL;
  explicit Kiss64Random(uint64_t seed = default_seed);
  uint64_t kiss();
  int flip();
  size_t index(size_t n);
  void set_seed(uint64_t seed);
};

} // namespace Annoy

#endif // AIACT_MOCK_KISSRANDOM_H
