// Mock of drogon's public API (drogon/drogon.h) for aiact-check tests;
// declarations only, except the handler registration template.
#ifndef AIACT_MOCK_DROGON_DROGON_H
#define AIACT_MOCK_DROGON_DROGON_H

#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

namespace drogon {

enum HttpMethod { Get, Post, Head, Put, Delete, Options, Patch };
enum HttpStatusCode { k200OK = 200, k400BadRequest = 400 };

class HttpRequest {
public:
  std::string_view getBody() const;
  const std::string &getParameter(const std::string &key) const;
  const std::string &path() const;
};
using HttpRequestPtr = std::shared_ptr<HttpRequest>;

class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;

class HttpResponse {
public:
  static HttpResponsePtr newHttpResponse();
  void setStatusCode(HttpStatusCode code);
  void setBody(const std::string &body);
};

class HttpAppFramework {
public:
  using Callback = std::function<void(const HttpResponsePtr &)>;
  template <typename Handler>
  HttpAppFramework &registerHandler(const std::string &pathPattern,
                                    Handler &&handler,
                                    std::initializer_list<HttpMethod> methods = {}) {
    // A template: the mock needs a body for handlers of any type.
    (void)pathPattern;
    (void)handler;
    (void)methods;
    return *this;
  }
  HttpAppFramework &addListener(const std::string &ip, unsigned short port);
  void run();
};

HttpAppFramework &app();

} // namespace drogon

#endif
