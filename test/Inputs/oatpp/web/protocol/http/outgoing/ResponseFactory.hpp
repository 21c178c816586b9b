// Mock of oatpp's public API (oatpp/web/protocol/http/outgoing/ResponseFactory.hpp) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OATPP_RESPONSEFACTORY_HPP
#define AIACT_MOCK_OATPP_RESPONSEFACTORY_HPP

#include <memory>
#include <string>

namespace oatpp {

// oatpp's string wrapper: shared, nullable, made from C and C++ strings.
class String {
public:
  String();
  String(const char *str);
  String(const std::string &str);
  const std::string *operator->() const;
};

namespace web {
namespace protocol {
namespace http {

struct Status {
  static const Status CODE_200;
  static const Status CODE_400;
  int code;
};

namespace outgoing {
class Response {};

class ResponseFactory {
public:
  static std::shared_ptr<Response> createResponse(const Status &status,
                                                  const oatpp::String &text);
};
} // namespace outgoing

} // namespace http
} // namespace protocol
} // namespace web
} // namespace oatpp

#endif // AIACT_MOCK_OATPP_RESPONSEFACTORY_HPP
