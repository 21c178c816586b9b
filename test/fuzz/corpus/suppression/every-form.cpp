void gen(); // NOLINT
void a(); // NOLINT(aiact-synthetic-content)
void b(); // NOLINT(aiact-*,aiact-nolint): output is marked in save()
// NOLINTNEXTLINE(aiact-synthetic-content): research prototype
void c();
/* NOLINTNEXTLINE */ void d();
void e();
// NOLINTBEGIN(aiact-synthetic-content): fixtures
void f();
// NOLINTEND(aiact-synthetic-content)
