// Mock of oatpp's endpoint macros for aiact-check tests. ENDPOINT(method,
// path, name, parameters...) declares the handler method `name`, whose
// parameters come from the parameter macros; the mock leaves out the
// endpoint description oatpp also generates.
#define BODY_STRING(TYPE, NAME) const oatpp::TYPE &NAME
#define PATH(TYPE, NAME) const oatpp::TYPE &NAME
#define QUERY(TYPE, NAME) const oatpp::TYPE &NAME
#define HEADER(TYPE, NAME, KEY) const oatpp::TYPE &NAME
#define REQUEST(TYPE, NAME) const TYPE &NAME
#define ENDPOINT(METHOD, PATH_, NAME, ...)                                     \
  std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> NAME(        \
      __VA_ARGS__)
