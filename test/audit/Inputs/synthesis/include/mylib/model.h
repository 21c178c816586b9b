// The project's own header. Its export and annotation macros come from a
// configuration header that is generated at build time and is missing.
#pragma once
#include <mylib/export_config.h>
#include <string>

namespace mylib {

class MYLIB_API Engine : public BaseEngine {
public:
  MYLIB_API_DEPRECATED virtual ~Engine();
  MYLIB_EXPORT_AS(evaluate) int next_token(const std::string &prompt) MYLIB_OVERRIDE;
  MYLIB_API void reset();
};

} // namespace mylib
