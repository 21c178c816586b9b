// Unmatched NOLINTBEGIN and NOLINTEND are reported as aiact-nolint by the
// driver and the plugin (clang-tidy reports them itself as clang-tidy-nolint).
// RUN: %aiact --checks='-*,aiact-nolint' %s -- -std=c++17 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-nolint' %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// With WarningsAsErrors the driver fails the run (--fail-on=error).
// RUN: printf "WarningsAsErrors: 'aiact-nolint'\n" > %t.yaml
// RUN: %expect-exit 1 %aiact --config-file=%t.yaml --checks='-*,aiact-nolint' %s -- -std=c++17
// RUN: %expect-exit 0 %aiact --checks='-*,aiact-nolint' %s -- -std=c++17

int f() { return 1; }

// CHECK: {{.*}}nolint-unmatched.cpp:[[@LINE+1]]:4: warning: unmatched {{'NOLINT[E]ND'}} comment without a previous {{'NOLINT[B]EGIN'}} comment [aiact-nolint]
// NOLINTEND(aiact-synthetic-content)

// CHECK: {{.*}}nolint-unmatched.cpp:[[@LINE+1]]:4: warning: unmatched {{'NOLINT[B]EGIN'}} comment without a subsequent {{'NOLINT[E]ND'}} comment [aiact-nolint]
// NOLINTBEGIN(aiact-synthetic-content)
