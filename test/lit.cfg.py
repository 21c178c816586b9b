# lit configuration of the aiact-check test suite.
import os
import lit.formats

config.name = "aiact-check"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "check-sarif.py", "summary.py", "validate-sarif.py", "ci-docs.py", "check-html.js", "tools", "compare.py", "expect-exit.py", "demo", "unit", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.aiact_obj_root, "test")

bin_dir = os.path.join(config.aiact_obj_root, "bin")
lib_dir = os.path.join(config.aiact_obj_root, "lib")
config.environment["PATH"] = os.pathsep.join(
    [config.aiact_tools_dir, bin_dir, config.environment.get("PATH", "")])
# Tests must not depend on the user's home or locale.
config.environment["HOME"] = "/nonexistent"
config.environment["LC_ALL"] = "C"

# In a sanitizer build the plugin and the module run inside Debian's
# uninstrumented clang and clang-tidy, which need the ASan runtime preloaded.
# Clang frees little at exit on purpose, so leak checking is off there; the
# project's own programs keep it.
host_prefix = ""
if getattr(config, "aiact_sanitizer_runtime", ""):
    host_prefix = "env LD_PRELOAD=%s ASAN_OPTIONS=detect_leaks=0 " % (
        config.aiact_sanitizer_runtime)
    config.available_features.add("sanitizer")
if os.getuid() != 0:
    config.available_features.add("non-root")

# Before %aiact, which is its prefix.
config.substitutions.append(("%aiact_build", config.aiact_obj_root))
config.substitutions.append(("%aiact", os.path.join(bin_dir, "aiact-check")))
config.substitutions.append(("%clang", host_prefix + config.aiact_clang))
config.substitutions.append(("%plugin", os.path.join(lib_dir, "AIActCheck.so")))
# run-clang-tidy starts %tidy_binary (no prefix), which inherits the runtime.
config.substitutions.append(
    ("%tidy_runner", host_prefix + "python3 " +
     os.path.join(config.aiact_tools_dir, "run-clang-tidy")))
config.substitutions.append(("%tidy_binary", config.aiact_clang_tidy))
config.substitutions.append(("%tidymod", os.path.join(lib_dir, "AIActTidy.so")))
config.substitutions.append(("%tidy", host_prefix + config.aiact_clang_tidy))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))
config.substitutions.append(("%srcroot", config.aiact_src_root))
config.substitutions.append(("%python", "python3"))
# The report tests' npm packages, installed by tools/test.sh from
# test/report/tools/package-lock.json.
node_tools = os.path.join(config.aiact_obj_root, "report-tools", "node_modules")
config.environment["NODE_PATH"] = node_tools
config.substitutions.append(
    ("%multitool", os.path.join(node_tools, ".bin", "sarif-multitool")))
config.substitutions.append(
    ("%expect-exit", "python3 " + os.path.join(config.test_source_root, "expect-exit.py")))
