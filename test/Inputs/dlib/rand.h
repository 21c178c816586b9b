// Mock of dlib's public API (dlib/rand.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_DLIB_RAND_H
#define AIACT_MOCK_DLIB_RAND_H

#include <string>

namespace dlib {

class rand {
public:
  rand();
  explicit rand(unsigned long seed);
  void set_seed(const std::string &seed);
  unsigned long get_random_32bit_number();
  float get_random_float();
  double get_random_double();
  double get_random_gaussian();
};

} // namespace dlib

#endif // AIACT_MOCK_DLIB_RAND_H
