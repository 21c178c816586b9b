// Mock of oatpp's public API (oatpp/web/server/api/ApiController.hpp) for
// aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OATPP_WEB_SERVER_API_APICONTROLLER_HPP
#define AIACT_MOCK_OATPP_WEB_SERVER_API_APICONTROLLER_HPP

#include "oatpp/web/protocol/http/outgoing/ResponseFactory.hpp"
#include "oatpp/web/server/HttpRouter.hpp"

#include <memory>

namespace oatpp {
namespace data {
namespace mapping {
class ObjectMapper {};
} // namespace mapping
} // namespace data
typedef long long Int64;

namespace web {
namespace server {
namespace api {

class ApiController {
public:
  typedef oatpp::web::protocol::http::Status Status;
  typedef oatpp::data::mapping::ObjectMapper ObjectMapper;
  typedef oatpp::String String;
  explicit ApiController(const std::shared_ptr<ObjectMapper> &mapper = nullptr);
  virtual ~ApiController();
  // Argument 1 is the body of the response.
  std::shared_ptr<protocol::http::outgoing::Response>
  createResponse(const Status &status, const oatpp::String &text) const;
  // Argument 1 is an object serialised as the body (a DTO).
  template <class Dto>
  std::shared_ptr<protocol::http::outgoing::Response>
  createDtoResponse(const Status &status, const Dto &dto) const;
};

} // namespace api
} // namespace server
} // namespace web
} // namespace oatpp

#endif
