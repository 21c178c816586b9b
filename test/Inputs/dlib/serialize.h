// Mock of dlib's public API (dlib/serialize.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_DLIB_SERIALIZE_H
#define AIACT_MOCK_DLIB_SERIALIZE_H

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace dlib {

// deserialize("model.dat") >> net >> extra;
class proxy_deserialize {
public:
  explicit proxy_deserialize(const std::string &filename);
  explicit proxy_deserialize(std::istream &in);
  template <typename T> proxy_deserialize &operator>>(T &item);
};

// serialize("model.dat") << net;
class proxy_serialize {
public:
  explicit proxy_serialize(const std::string &filename);
  explicit proxy_serialize(std::ostream &out);
  template <typename T> proxy_serialize &operator<<(const T &item);
};

proxy_deserialize deserialize(const std::string &filename);
proxy_deserialize deserialize(std::istream &in);
proxy_deserialize deserialize(std::vector<char> &buf);
proxy_serialize serialize(const std::string &filename);
proxy_serialize serialize(std::ostream &out);
proxy_serialize serialize(std::vector<char> &buf);

} // namespace dlib

#endif // AIACT_MOCK_DLIB_SERIALIZE_H
