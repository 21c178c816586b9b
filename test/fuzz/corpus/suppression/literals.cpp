const char *s = "// NOLINT not a comment";
const char *r = R"x(/* NOLINTBEGIN */ )" still raw )x";
char c = '"'; int n = 1'000'000; // NOLINT: after a digit separator
const wchar_t *w = L"\" // NOLINTEND";
auto u = u8R"(// NOLINT)"; double d = 1.5e+3; // NOLINTNEXTLINE(aiact-x)
int next;
