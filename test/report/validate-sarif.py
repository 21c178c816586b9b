"""Validates SARIF logs with Microsoft's SARIF multitool and prints, per
log, the number of errors it found and each error. Exits 1 when the
multitool cannot run: a validator that did not run must not pass.

usage: validate-sarif.py MULTITOOL LOG..."""
import json
import os
import subprocess
import sys
import tempfile

tool = sys.argv[1]
if not os.path.exists(tool):
    print("validate-sarif: %s does not exist; run tools/test.sh, which "
          "installs it" % tool)
    sys.exit(1)
for log in sys.argv[2:]:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "validation.sarif")
        run = subprocess.run([tool, "validate", log, "-o", out],
                             capture_output=True, text=True)
        if run.returncode != 0 or not os.path.exists(out):
            print("validate-sarif: the multitool failed on %s (status %d):\n%s%s"
                  % (log, run.returncode, run.stdout, run.stderr))
            sys.exit(1)
        results = json.load(open(out))["runs"][0].get("results", [])
    errors = [r for r in results if r.get("level") == "error"]
    print("%s: %d errors" % (os.path.basename(log), len(errors)))
    for e in errors:
        msg = e.get("message", {})
        print("  %s %s" % (e.get("ruleId"), msg.get("text", msg.get("arguments"))))
