// Mock of oatpp's public API (oatpp/web/server/HttpRouter.hpp) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OATPP_WEB_SERVER_HTTPROUTER_HPP
#define AIACT_MOCK_OATPP_WEB_SERVER_HTTPROUTER_HPP

#include "oatpp/web/protocol/http/outgoing/ResponseFactory.hpp"

#include <memory>

namespace oatpp {
namespace web {
namespace protocol {
namespace http {
namespace incoming {
class Request {
public:
  oatpp::String readBodyToString() const;
};
} // namespace incoming
} // namespace http
} // namespace protocol

namespace server {

class HttpRequestHandler {
public:
  virtual ~HttpRequestHandler();
  virtual std::shared_ptr<protocol::http::outgoing::Response>
  handle(const std::shared_ptr<protocol::http::incoming::Request> &request) = 0;
};

class HttpRouter {
public:
  static std::shared_ptr<HttpRouter> createShared();
  // Argument 0 is the method ("POST"), argument 1 the path pattern.
  void route(const oatpp::String &method, const oatpp::String &pathPattern,
             const std::shared_ptr<HttpRequestHandler> &handler);
};

} // namespace server
} // namespace web
} // namespace oatpp

#endif // AIACT_MOCK_OATPP_WEB_SERVER_HTTPROUTER_HPP
