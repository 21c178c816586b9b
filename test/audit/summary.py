"""Prints the parts of an audit JSON report that the tests check, one per
line, in a stable order."""
import json
import sys

path = sys.argv[1]
d = json.load(sys.stdin if path == "-" else open(path))
print("asOf", d["asOf"], "suppressionsHonoured", d["suppressionsHonoured"])
for c in d["components"]:
    lic = c["licence"]
    shown = lic["spdx"] or "-"
    if lic["inherited"]:
        shown += " (inherited)"
    if lic["declared"]:
        shown += " (declared)"
    folder = "declared" if c["kind"] == "declared" else c["folder"]
    print("component", c["name"], folder, shown, c["verdict"],
          "prohibited=%s" % c["prohibited"], "units=%d" % c["units"])
    for r in c["reasons"]:
        print("reason", r)
for p in d["provisions"]:
    print("provision", p["provision"], "in force" if p["inForce"] else "not yet",
          "amendment" if p["amendment"] else "")
for f in d["findings"]:
    print("finding", f["file"], f["check"], f["component"],
          "suppressed: " + f.get("suppressionReason", "") if f["suppressed"] else "")
for u in d["units"]:
    print("unit", u["file"], u["mode"], u.get("how", ""))
for c in d["configFiles"]:
    print("config", c["file"], "applied" if c["applied"] else "not applied",
          c.get("problem", ""))
for w in d["warnings"]:
    print("warning", w)
