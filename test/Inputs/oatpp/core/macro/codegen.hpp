// Mock of oatpp's code generation switch (oatpp/core/macro/codegen.hpp) for
// aiact-check tests: `#include OATPP_CODEGEN_BEGIN(ApiController)` brings in
// the endpoint macros, `#include OATPP_CODEGEN_END(ApiController)` removes
// them.
#ifndef AIACT_MOCK_OATPP_CORE_MACRO_CODEGEN_HPP
#define AIACT_MOCK_OATPP_CORE_MACRO_CODEGEN_HPP

#define AIACT_MOCK_OATPP_BEGIN_ApiController "oatpp/codegen/ApiController_define.hpp"
#define AIACT_MOCK_OATPP_END_ApiController "oatpp/codegen/ApiController_undef.hpp"
#define OATPP_CODEGEN_BEGIN(NAME) AIACT_MOCK_OATPP_BEGIN_##NAME
#define OATPP_CODEGEN_END(NAME) AIACT_MOCK_OATPP_END_##NAME

#endif
