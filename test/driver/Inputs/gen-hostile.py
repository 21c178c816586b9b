#!/usr/bin/env python3
# Writes a hostile C++ source for the robustness tests:
#   gen-hostile.py KIND OUT [SOURCE]
# KIND is one of
#   latin1  SOURCE with Latin-1 (not UTF-8) bytes added in comments and
#           string literals, one of them on a line a finding points at
#   big     about 10 MB of small functions, tables and comments
#   parens  5,000 nested parentheses
#   crash   200,000 nested parentheses: with -fbracket-depth raised, Clang's
#           parser overflows any stack
#   blocks  2,000 nested blocks
#   ifs     2,000 nested if statements without braces
#   terms   one expression of 10,000 terms
#   many-terms  one expression of 50,000 terms (Clang itself accepts about
#           70,000)
#   macros  a macro that expands to 128 calls, used 3,000 times in a loop
# Every kind except latin1 ends with one generation loop, in tail(), so a
# test can see that the file was analysed past the hostile part.
import sys

kind, path = sys.argv[1], sys.argv[2]

if kind == "latin1":
    with open(sys.argv[3], "rb") as f:
        text = f.read()
    loop = b"  for (int n = 0; n < 128; ++n) {\n"
    assert text.count(loop) == 1
    text = text.replace(loop, b"  for (int n = 0; n < 128; ++n) { // d\xe9j\xe0 vu\n")
    text = text.replace(b"// The token is re-batched",
                        b"// Caf\xe9 cr\xe8me: the token is re-batched", 1)
    text += b'\nconst char *latin1 = "na\xefve r\xe9sum\xe9";\n'
    with open(path, "wb") as f:
        f.write(text)
    sys.exit(0)

TAIL = """void tail(llama_context *c, llama_sampler *s, llama_token t) {
  for (;;) {
    llama_decode(c, llama_batch_get_one(&t, 1));
    t = llama_sampler_sample(s, c, -1);
  }
}
"""

with open(path, "w") as out:
    out.write('#include "llama.h"\n')
    if kind == "big":
        size, i = 0, 0
        while size < 10 * 1024 * 1024:
            chunk = ("// function %d: arithmetic that no check cares about\n"
                     "static int f%d(int x) { int y = x * %d + 7; "
                     "if (y > 100) y -= x; return y ^ %d; }\n"
                     "static const char *s%d = \"%s\";\n"
                     % (i, i, i % 97, i, i, "text " * 8))
            out.write(chunk)
            size += len(chunk)
            i += 1
    elif kind == "parens":
        out.write("int f(int x) { return " + "(" * 5000 + "x" + ")" * 5000 +
                  "; }\n")
    elif kind == "crash":
        out.write("int f(int x) { return " + "(" * 200000 + "x" +
                  ")" * 200000 + "; }\n")
    elif kind == "blocks":
        out.write("void f(int x) {\n" + "{ ++x;\n" * 2000 + "}\n" * 2000 +
                  "}\n")
    elif kind == "ifs":
        out.write("int f(int x) {\n" + "if (x > 0)\n" * 2000 +
                  "  return 1;\n  return 0;\n}\n")
    elif kind in ("terms", "many-terms"):
        n = 10000 if kind == "terms" else 50000
        out.write("int f(int x) { return " + " + ".join(["x"] * n) +
                  "; }\n")
    elif kind == "macros":
        out.write("#define STEP llama_decode(c, llama_batch_get_one(&t, 1)); "
                  "t = llama_sampler_sample(s, c, -1);\n")
        out.write("#define STEP8 STEP STEP STEP STEP STEP STEP STEP STEP\n")
        out.write("#define STEP64 STEP8 STEP8 STEP8 STEP8 STEP8 STEP8 STEP8 "
                  "STEP8\n")
        out.write("void storm(llama_context *c, llama_sampler *s, "
                  "llama_token t) {\n  for (;;) {\n")
        out.write("    STEP64\n" * 3000)
        out.write("  }\n}\n")
    else:
        sys.exit("unknown kind " + kind)
    out.write(TAIL)
