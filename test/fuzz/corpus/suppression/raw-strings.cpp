auto r = R"delimiter_that_is_too_long_for_cxx(x)delimiter_that_is_too_long_for_cxx"; // NOLINT
auto q = R"(never closed // NOLINT
