#!/usr/bin/env python3
# Summarises a SARIF file and checks the properties the Contracts require.
import json
import sys

log = json.load(open(sys.argv[1]))
assert log["version"] == "2.1.0", log["version"]
run = log["runs"][0]
rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
print("rules: " + " ".join(rules))
for r in run["tool"]["driver"]["rules"]:
    assert r["shortDescription"]["text"], r["id"]
    assert r["help"]["markdown"].startswith("# " + r["id"]), r["id"]
    assert r["properties"]["precision"] in ("very-high", "high", "medium", "low")
results = run["results"]
print("results: %d" % len(results))
ok = True
prints = set()
for res in results:
    loc = res["locations"][0]["physicalLocation"]["artifactLocation"]
    fp = res["partialFingerprints"]["primaryLocationLineHash"]
    prints.add(fp)
    if (len(res.get("relatedLocations", [])) != 3 or not fp or
            loc["uri"].startswith("/") or loc["uriBaseId"] != "%SRCROOT%" or
            res["ruleId"] not in rules or res["level"] != "warning"):
        ok = False
        print("bad result: " + json.dumps(res))
if ok:
    print("every result has 3 related locations, a fingerprint and a relative uri")
print("distinct fingerprints: %d" % len(prints))
text = open(sys.argv[1]).read()
for banned in ("/work/", "/tmp/", "timestamp", "guid"):
    if banned in text:
        print("SARIF contains '%s'" % banned)
