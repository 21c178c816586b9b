"""Runs the aiact-check commands of docs/ci.md's CI examples in the current
folder, with the forge's variables given values, and prints each command's
exit status. usage: ci-docs.py DOCS AIACT-CHECK"""
import re
import shlex
import subprocess
import sys

docs, binary = sys.argv[1], sys.argv[2]
text = open(docs).read()
blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
commands = []
for block in blocks:
    for line in block.splitlines():
        m = re.match(r"\s*-?\s*(?:run:\s*)?(aiact-check .*)$", line)
        if m:
            commands.append(m.group(1))
values = {"${{ github.base_ref }}": "main",
          "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"}
for cmd in commands:
    run = cmd
    for k, v in values.items():
        run = run.replace(k, v)
    if "$" in run:
        print("unresolved variable in: " + cmd)
        sys.exit(1)
    args = shlex.split(run)
    args[0] = binary
    status = subprocess.run(args).returncode
    print("%d %s" % (status, cmd))
