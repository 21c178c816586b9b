#!/usr/bin/env python3
# Writes a synthetic ML code base for benchmarks: N translation units of
# inference and generation code (model classes, templates, lambdas, loops
# over the llama.cpp API and the standard library) and a
# compile_commands.json. About a third of the units contain a generation
# loop, so the checks have work to do and findings to report.
#
# Usage: gen.py OUT_DIR N [--inputs DIR] [--catalog-scale K]
#   --catalog-scale K also writes OUT_DIR/extra-catalog.yaml with K times
#   as many entries as the default catalog, every one of them a function
#   that the generated code calls (so they are looked up on the hot path).
import argparse
import json
import os

HEADER = """// Generated benchmark unit {i} of {n}.
#include "llama.h"
#include "common.h"
#include "sampling.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <numeric>
#include <string>
#include <vector>

namespace unit{i} {{
"""

BLOCK = """
/// Dense layer number {k}.
struct Dense{k} {{
  std::vector<float> W, B;
  int In, Out;
  Dense{k}(int I, int O) : W(I * O, 0.5f), B(O, 0.1f), In(I), Out(O) {{}}
  std::vector<float> forward(const std::vector<float> &X) const {{
    std::vector<float> Y(Out, 0.0f);
    for (int O = 0; O < Out; ++O) {{
      float Acc = B[O];
      for (int I = 0; I < In; ++I)
        Acc += W[O * In + I] * X[I];
      Y[O] = std::max(0.0f, Acc);
    }}
    return Y;
  }}
}};

template <typename T> T clamp{k}(T V, T Lo, T Hi) {{
  return V < Lo ? Lo : (V > Hi ? Hi : V);
}}

inline float helper_{i}_{k}(const std::vector<float> &V) {{
  float S = std::accumulate(V.begin(), V.end(), 0.0f);
  auto Norm = [S](float X) {{ return S == 0.0f ? X : X / S; }};
  float M = 0.0f;
  for (float X : V)
    M = std::max(M, Norm(X));
  return clamp{k}(M, 0.0f, 1.0f);
}}

std::map<std::string, float> score{k}(const std::vector<std::string> &Names,
                                     const std::vector<float> &Vals) {{
  std::map<std::string, float> Out;
  for (size_t I = 0; I < Names.size() && I < Vals.size(); ++I)
    Out[Names[I]] = helper_{i}_{k}({{Vals[I], Vals[I] * 2.0f}});
  std::function<float(float)> Sq = [](float X) {{ return X * X; }};
  for (auto &KV : Out)
    KV.second = Sq(KV.second);
  return Out;
}}

// Embeddings of several chunks: runs the model, never samples.
float embed{k}(llama_context *Ctx, std::vector<llama_batch> &Chunks) {{
  float Sum = 0.0f;
  for (llama_batch &B : Chunks) {{
    if (llama_decode(Ctx, B) != 0)
      break;
    const float *E = llama_get_embeddings(Ctx);
    Sum += E ? E[0] : 0.0f;
  }}
  return Sum;
}}

// Scores given text: the next input comes from the text, not the model.
double perplexity{k}(llama_context *Ctx, const std::vector<llama_token> &Toks,
                     int NVocab) {{
  double Nll = 0.0;
  for (size_t I = 0; I + 1 < Toks.size(); ++I) {{
    llama_token T = Toks[I];
    if (llama_decode(Ctx, llama_batch_get_one(&T, 1)) != 0)
      break;
    const float *Logits = llama_get_logits(Ctx);
    double Max = Logits[0], Z = 0.0;
    for (int V = 1; V < NVocab; ++V)
      Max = std::max(Max, static_cast<double>(Logits[V]));
    for (int V = 0; V < NVocab; ++V)
      Z += std::exp(Logits[V] - Max);
    Nll -= Logits[Toks[I + 1]] - Max - std::log(Z);
  }}
  return Nll;
}}
"""

GENERATE = """
// Text generation: the sampled token is fed back into the model.
std::string generate{k}(llama_context *Ctx, llama_sampler *Smpl,
                        const llama_vocab *Vocab,
                        std::vector<llama_token> Prompt, int Max) {{
  std::string Out;
  llama_batch Batch =
      llama_batch_get_one(Prompt.data(), static_cast<int32_t>(Prompt.size()));
  llama_token Next = 0;
  for (int N = 0; N < Max; ++N) {{
    if (llama_decode(Ctx, Batch) != 0)
      break;
    Next = llama_sampler_sample(Smpl, Ctx, -1);
    if (llama_vocab_is_eog(Vocab, Next))
      break;
    Out += common_token_to_piece(Ctx, Next);
    Batch = llama_batch_get_one(&Next, 1);
  }}
  return Out;
}}
"""

FOOTER = """
int run_all(llama_context *Ctx) {{
  std::vector<float> X(64, 1.0f);
  int Total = 0;
{calls}
  (void)Ctx;
  return Total;
}}

}} // namespace unit{i}
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("n", type=int)
    ap.add_argument("--inputs", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "test", "Inputs"))
    ap.add_argument("--blocks", type=int, default=12)
    ap.add_argument("--catalog-scale", type=int, default=0)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    inputs = os.path.abspath(a.inputs)
    db = []
    for i in range(a.n):
        parts = [HEADER.format(i=i, n=a.n)]
        calls = []
        for k in range(a.blocks):
            parts.append(BLOCK.format(i=i, k=k))
            calls.append("  Total += static_cast<int>(helper_%d_%d(Dense%d(64, 64).forward(X)));" % (i, k, k))
            if i % 3 == 0 and k % 4 == 0:
                parts.append(GENERATE.format(k=k))
        parts.append(FOOTER.format(i=i, calls="\n".join(calls)))
        name = "unit%04d.cpp" % i
        with open(os.path.join(a.out, name), "w") as f:
            f.write("".join(parts))
        db.append({"directory": os.path.abspath(a.out), "file": name,
                   "command": "clang++ -std=c++17 -I%s -c %s -o %s.o" %
                              (inputs, name, name)})
    with open(os.path.join(a.out, "compile_commands.json"), "w") as f:
        json.dump(db, f, indent=1)
    if a.catalog_scale:
        # Entries named after functions the units call, spread over the
        # signals that the checks do not treat as generation evidence.
        default_entries = 14
        count = default_entries * a.catalog_scale
        with open(os.path.join(a.out, "extra-catalog.yaml"), "w") as f:
            f.write("Library: benchmark-extra\nFunctions:\n")
            names = set()
            for i in range(a.n):
                for k in range(a.blocks):
                    names.add("unit%d::helper_%d_%d" % (i, i, k))
                    names.add("unit%d::score%d" % (i, k))
            for j, nm in enumerate(sorted(names)[:count]):
                f.write("  - Name: %s\n    Signal: tokenize\n" % nm)
        with open(os.path.join(a.out, ".aiact.yaml"), "w") as f:
            f.write("Catalog: [extra-catalog.yaml]\n")
    print("wrote %d units to %s" % (a.n, a.out))


if __name__ == "__main__":
    main()
