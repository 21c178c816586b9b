// Mock of Crow's public API (crow.h, CrowCpp) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_CROW_H
#define AIACT_MOCK_CROW_H

#include <cstdint>
#include <functional>
#include <string>

namespace crow {

enum class HTTPMethod : char { Delete = 0, Get, Head, Post, Put };

struct request {
  HTTPMethod method;
  std::string url;
  std::string body;
  std::string get_header_value(const std::string &key) const;
};

struct response {
  response();
  explicit response(int code);
  response(std::string body);
  response(int code, std::string body);
  void write(const std::string &body_part);
  void end();
  void end(const std::string &body_part);
  void set_header(std::string key, std::string value);
  int code;
  std::string body;
};

// A rule: the methods it accepts, then its handler.
class TaggedRule {
public:
  template <typename... M> TaggedRule &methods(M... method);
  // Defined in the header, as templates taking lambdas must be.
  template <typename Func> void operator()(Func &&f) { (void)f; }
};

namespace black_magic {
constexpr uint64_t get_parameter_tag(const char *s, unsigned p = 0) {
  return s[p] == 0 ? 0 : get_parameter_tag(s, p + 1);
}
} // namespace black_magic

template <typename... Middlewares> class Crow {
public:
  Crow();
  // CROW_ROUTE expands to route<tag>(url).
  template <uint64_t Tag> TaggedRule &route(const std::string &rule);
  TaggedRule &route_dynamic(const std::string &rule);
  Crow &port(std::uint16_t port);
  Crow &multithreaded();
  void run();
};
using SimpleApp = Crow<>;

} // namespace crow

#define CROW_ROUTE(app, url)                                                   \
  app.template route<crow::black_magic::get_parameter_tag(url)>(url)

#endif // AIACT_MOCK_CROW_H
