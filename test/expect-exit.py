#!/usr/bin/env python3
# Runs a command, passes its output through, and succeeds only when it exits
# with exactly the expected code: expect-exit.py CODE COMMAND [ARGS...]
import subprocess
import sys

expected = int(sys.argv[1])
code = subprocess.call(sys.argv[2:])
if code != expected:
    sys.stderr.write("expect-exit: '%s' exited with %d, expected %d\n" %
                     (" ".join(sys.argv[2:]), code, expected))
    sys.exit(1)
