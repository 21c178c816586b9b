#!/usr/bin/env python3
# Edits a copy of test/checks/content/synthetic-content.cpp for the
# --baseline test: f1 stops feeding the sampled token back into the model
# (its finding is fixed), and a new generation loop is added at the end.
import sys

path = sys.argv[1]
with open(path) as f:
    text = f.read()
feedback = "    batch = llama_batch_get_one(&tok, 1);\n"
assert text.count(feedback) == 1, "f1's feedback line not found"
text = text.replace(feedback, "")
text += """
void added_after_baseline(llama_context *c, llama_sampler *s, llama_token t) {
  for (int added = 0; added < 16; ++added) {
    llama_decode(c, llama_batch_get_one(&t, 1));
    t = llama_sampler_sample(s, c, -1);
  }
}
"""
with open(path, "w") as f:
    f.write(text)
