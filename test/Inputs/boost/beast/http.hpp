// Mock of Boost.Beast's public API (boost/beast/http.hpp) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_BOOST_BEAST_HTTP_HPP
#define AIACT_MOCK_BOOST_BEAST_HTTP_HPP

#include "boost/beast/core.hpp"

#include <cstddef>
#include <memory>
#include <string>

namespace boost {
namespace beast {
namespace http {

enum class verb { unknown = 0, delete_, get, head, post, put };
enum class field : unsigned short { unknown = 0, accept, content_type, host, user_agent };
enum class status : unsigned { ok = 200, not_found = 404 };

template <class Allocator> class basic_fields {
public:
  basic_fields();
};
using fields = basic_fields<std::allocator<char>>;

// Bodies: how a message's payload is held.
template <class CharT> struct basic_string_body {
  using value_type = std::basic_string<CharT>;
};
using string_body = basic_string_body<char>;

struct dynamic_body {
  using value_type = multi_buffer;
};

struct empty_body {
  struct value_type {};
};

// The start line: a request's method and target, a response's status.
template <bool isRequest, class Fields = fields> class header;
template <class Fields> class header<true, Fields> : public Fields {
public:
  verb method() const;
  void method(verb v);
  string_view target() const;
  void target(string_view s);
};
template <class Fields> class header<false, Fields> : public Fields {
public:
  status result() const;
  void result(status v);
};

template <bool isRequest, class Body, class Fields = fields>
class message : public header<isRequest, Fields> {
public:
  message();
  message(verb method, string_view target, unsigned version);
  message(status result, unsigned version);

  typename Body::value_type &body();
  const typename Body::value_type &body() const;
  void set(field name, string_view value);
  void version(unsigned value);
  unsigned version() const;
  unsigned result_int() const;
  void prepare_payload();
  bool keep_alive() const;
};

template <class Body, class Fields = fields>
using request = message<true, Body, Fields>;
template <class Body, class Fields = fields>
using response = message<false, Body, Fields>;

// Reading a whole message from a synchronous stream (a socket).
template <class SyncReadStream, class DynamicBuffer, bool isRequest,
          class Body, class Allocator>
std::size_t read(SyncReadStream &stream, DynamicBuffer &buffer,
                 message<isRequest, Body, basic_fields<Allocator>> &msg);
template <class SyncReadStream, class DynamicBuffer, bool isRequest,
          class Body, class Allocator>
std::size_t read(SyncReadStream &stream, DynamicBuffer &buffer,
                 message<isRequest, Body, basic_fields<Allocator>> &msg,
                 error_code &ec);

template <class SyncWriteStream, bool isRequest, class Body, class Fields>
std::size_t write(SyncWriteStream &stream,
                  const message<isRequest, Body, Fields> &msg);
template <class SyncWriteStream, bool isRequest, class Body, class Fields>
std::size_t write(SyncWriteStream &stream,
                  const message<isRequest, Body, Fields> &msg,
                  error_code &ec);

} // namespace http
} // namespace beast
} // namespace boost

#endif // AIACT_MOCK_BOOST_BEAST_HTTP_HPP
