// Mock of cpp-httplib's public API for aiact-check tests; declarations only.
#ifndef AIACT_TEST_HTTPLIB_H
#define AIACT_TEST_HTTPLIB_H

#include <functional>
#include <string>

namespace httplib {

struct Request {
  std::string body;
  std::string path;
};

struct Response {
  int status = 200;
  std::string body;
  void set_content(const std::string &s, const std::string &content_type);
};

class Server {
public:
  using Handler = std::function<void(const Request &, Response &)>;
  Server &Get(const std::string &pattern, Handler handler);
  Server &Post(const std::string &pattern, Handler handler);
  Server &Put(const std::string &pattern, Handler handler);
  bool listen(const std::string &host, int port);
};

} // namespace httplib

#endif
