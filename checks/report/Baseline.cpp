//===- Baseline.cpp - Reading a baseline of known findings ----------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "report/Baseline.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

namespace aiact {

namespace {

/// Line and column of byte \p Offset in \p Text, 1-based.
std::string position(const std::string &Text, size_t Offset) {
  unsigned Line = 1, Col = 1;
  for (size_t I = 0; I < Offset && I < Text.size(); ++I) {
    if (Text[I] == '\n') {
      ++Line;
      Col = 1;
    } else {
      ++Col;
    }
  }
  return std::to_string(Line) + ":" + std::to_string(Col);
}

} // namespace

bool parseBaseline(const std::string &Text, Baseline &Out, std::string &Err) {
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
  if (!V) {
    std::string Msg = llvm::toString(V.takeError());
    // llvm::json reports "[1:5, byte=4]: message".
    Err = "malformed JSON: " + Msg;
    return false;
  }
  const llvm::json::Object *Root = V->getAsObject();
  if (!Root) {
    Err = "expected a SARIF log or an aiact JSON report (a JSON object) at " +
          position(Text, 0);
    return false;
  }
  if (const llvm::json::Array *Runs = Root->getArray("runs")) {
    for (const llvm::json::Value &Run : *Runs) {
      const llvm::json::Object *R = Run.getAsObject();
      const llvm::json::Array *Results = R ? R->getArray("results") : nullptr;
      if (!Results)
        continue;
      for (const llvm::json::Value &Res : *Results) {
        const llvm::json::Object *O = Res.getAsObject();
        const llvm::json::Object *FP =
            O ? O->getObject("partialFingerprints") : nullptr;
        if (!FP)
          continue;
        if (std::optional<llvm::StringRef> H =
                FP->getString("primaryLocationLineHash"))
          Out.Fingerprints.insert(H->str());
      }
    }
    return true;
  }
  if (const llvm::json::Array *Findings = Root->getArray("findings")) {
    for (const llvm::json::Value &F : *Findings)
      if (const llvm::json::Object *O = F.getAsObject())
        if (std::optional<llvm::StringRef> H = O->getString("fingerprint"))
          Out.Fingerprints.insert(H->str());
    return true;
  }
  Err = "expected a SARIF log ('runs') or an aiact JSON report ('findings')";
  return false;
}

bool loadBaseline(const std::string &Path, Baseline &Out, std::string &Err) {
  if (llvm::sys::fs::is_directory(Path)) {
    Err = Path + ": is a folder, expected a SARIF or JSON file";
    return false;
  }
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  if (!Buf) {
    Err = Path + ": cannot read baseline: " + Buf.getError().message();
    return false;
  }
  if (!parseBaseline((*Buf)->getBuffer().str(), Out, Err)) {
    Err = Path + ": " + Err;
    return false;
  }
  return true;
}

} // namespace aiact
