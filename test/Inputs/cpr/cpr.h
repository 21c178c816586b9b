// Mock of cpr's public API (cpr/cpr.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_CPR_H
#define AIACT_MOCK_CPR_H

#include <cstdint>
#include <fstream>
#include <initializer_list>
#include <map>
#include <string>

namespace cpr {

// The real Url, Body and Bearer share a string-holder base.
class Url {
public:
  Url();
  Url(const std::string &url);
  Url(std::string &&url);
  Url(const char *url);
  const char *c_str() const;
  const std::string &str() const;
};

class Body {
public:
  Body();
  Body(const std::string &body);
  Body(const char *body);
};

struct CaseInsensitiveCompare {
  bool operator()(const std::string &a, const std::string &b) const noexcept;
};
using Header = std::map<std::string, std::string, CaseInsensitiveCompare>;

struct Parameter {
  Parameter(std::string key, std::string value);
  std::string key;
  std::string value;
};

class Parameters {
public:
  Parameters();
  Parameters(const std::initializer_list<Parameter> &parameters);
};

class Timeout {
public:
  Timeout(std::int32_t milliseconds);
};

struct Error {
  std::string message;
  explicit operator bool() const;
};

class Response {
public:
  long status_code;
  std::string text;
  Header header;
  Url url;
  double elapsed;
  Error error;
  std::string raw_header;
  std::string status_line;
  std::string reason;
};

// One request at a time, configured with setters.
class Session {
public:
  Session();
  void SetUrl(const Url &url);
  void SetParameters(const Parameters &parameters);
  void SetHeader(const Header &header);
  void SetTimeout(const Timeout &timeout);
  void SetBody(const Body &body);
  Response Get();
  Response Post();
  Response Download(std::ofstream &file);
};

// The free functions take their options in any order.
template <typename... Ts> Response Get(Ts &&...ts);
template <typename... Ts> Response Post(Ts &&...ts);
template <typename... Ts> Response Download(std::ofstream &file, Ts &&...ts);

} // namespace cpr

#endif // AIACT_MOCK_CPR_H
