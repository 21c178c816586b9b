// Mock of the C2PA C++ API (c2pa.hpp) for aiact-check tests; declarations
// only.
#ifndef AIACT_MOCK_C2PA_HPP
#define AIACT_MOCK_C2PA_HPP

#include "c2pa.h"

#include <filesystem>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace c2pa {

class Signer {
public:
  Signer(const std::string &alg, const std::string &sign_cert,
         const std::string &private_key,
         const std::string &tsa_uri = std::string());
};

class Builder {
public:
  explicit Builder(const std::string &manifest_json);
  std::vector<unsigned char> sign(const std::string &format,
                                  std::istream &source, std::iostream &dest,
                                  Signer &signer);
  std::vector<unsigned char> sign(const std::filesystem::path &source_path,
                                  const std::filesystem::path &dest_path,
                                  Signer &signer);
};

} // namespace c2pa

#endif
