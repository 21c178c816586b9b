// Mock of Boost.Beast's public API (boost/beast/core.hpp) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_BOOST_BEAST_CORE_HPP
#define AIACT_MOCK_BOOST_BEAST_CORE_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace boost {
namespace system {

class error_code {
public:
  error_code();
  int value() const;
  std::string message() const;
  explicit operator bool() const;
};

} // namespace system

namespace beast {

using error_code = boost::system::error_code;
// The real string_view is boost::core::string_view.
using string_view = std::string_view;

// A dynamic buffer that keeps its bytes contiguous.
class flat_buffer {
public:
  flat_buffer();
  std::size_t size() const;
  void clear();
};

class multi_buffer {
public:
  multi_buffer();
  std::size_t size() const;
  void clear();
};

} // namespace beast
} // namespace boost

#endif // AIACT_MOCK_BOOST_BEAST_CORE_HPP
