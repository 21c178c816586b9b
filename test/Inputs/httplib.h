// Mock of cpp-httplib's public API for aiact-check tests; declarations only.
#ifndef AIACT_TEST_HTTPLIB_H
#define AIACT_TEST_HTTPLIB_H

#include <cstddef>
#include <ctime>
#include <functional>
#include <map>
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

// The client side. The real Headers is an unordered multimap that ignores
// case.
using Headers = std::multimap<std::string, std::string>;

enum class Error { Success = 0, Unknown, Connection, BindIPAddress, Read };

// What a request returns: the response, if there is one.
class Result {
public:
  explicit operator bool() const;
  bool operator==(std::nullptr_t) const;
  bool operator!=(std::nullptr_t) const;
  const Response &value() const;
  Response &value();
  const Response &operator*() const;
  Response &operator*();
  const Response *operator->() const;
  Response *operator->();
  Error error() const;
};

class Client {
public:
  explicit Client(const std::string &scheme_host_port);
  explicit Client(const std::string &host, int port);
  Result Get(const std::string &path);
  Result Get(const std::string &path, const Headers &headers);
  Result Post(const std::string &path, const std::string &body,
              const std::string &content_type);
  void set_follow_location(bool on);
  void set_connection_timeout(time_t sec, time_t usec = 0);
};

} // namespace httplib

#endif
