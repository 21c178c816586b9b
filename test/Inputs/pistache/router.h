// Mock of Pistache's public API (pistache/router.h, pistache/http.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_PISTACHE_ROUTER_H
#define AIACT_MOCK_PISTACHE_ROUTER_H

#include <functional>
#include <string>

namespace Pistache {
namespace Http {

enum class Code { Ok = 200, Bad_Request = 400, Not_Found = 404 };

class ResponseWriter {
public:
  ResponseWriter(ResponseWriter &&other);
  void send(Code code, const std::string &body);
  void send(Code code);
};

} // namespace Http

namespace Rest {

class Request {
public:
  const std::string &body() const;
  const std::string &resource() const;
};

struct Route {
  enum class Result { Ok, Failure };
  using Handler = std::function<Result(const Request, Http::ResponseWriter)>;
};

class Router {
public:
  Router();
};

namespace Routes {
void Get(Router &router, const std::string &resource, Route::Handler handler);
void Post(Router &router, const std::string &resource, Route::Handler handler);
void Put(Router &router, const std::string &resource, Route::Handler handler);

// Binds a member function of a handler object; defined in the header.
template <typename Result, typename Cls, typename... Args, typename Obj>
Route::Handler bind(Result (Cls::*func)(Args...), Obj obj) {
  (void)func;
  (void)obj;
  return Route::Handler();
}
} // namespace Routes

} // namespace Rest
} // namespace Pistache

#endif // AIACT_MOCK_PISTACHE_ROUTER_H
