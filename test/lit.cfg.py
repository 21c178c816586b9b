# lit configuration of the aiact-check test suite.
import os
import lit.formats

config.name = "aiact-check"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "check-sarif.py", "compare.py", "expect-exit.py", "demo", "unit", "CMakeLists.txt", "fuzz"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.aiact_obj_root, "test")

bin_dir = os.path.join(config.aiact_obj_root, "bin")
lib_dir = os.path.join(config.aiact_obj_root, "lib")
config.environment["PATH"] = os.pathsep.join(
    [config.aiact_tools_dir, bin_dir, config.environment.get("PATH", "")])
# Tests must not depend on the user's home or locale.
config.environment["HOME"] = "/nonexistent"
config.environment["LC_ALL"] = "C"

config.substitutions.append(("%aiact", os.path.join(bin_dir, "aiact-check")))
config.substitutions.append(("%clang", config.aiact_clang))
config.substitutions.append(("%plugin", os.path.join(lib_dir, "AIActCheck.so")))
config.substitutions.append(("%tidy_runner", os.path.join(config.aiact_tools_dir, "run-clang-tidy")))
config.substitutions.append(("%tidymod", os.path.join(lib_dir, "AIActTidy.so")))
config.substitutions.append(("%tidy", config.aiact_clang_tidy))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))
config.substitutions.append(("%srcroot", config.aiact_src_root))
config.substitutions.append(("%python", "python3"))
config.substitutions.append(
    ("%expect-exit", "python3 " + os.path.join(config.test_source_root, "expect-exit.py")))
