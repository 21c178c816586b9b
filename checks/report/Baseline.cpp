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

/// SARIF and JSON reports nest about ten levels deep. llvm::json's parser
/// and its values' destructors recurse once per level, so deeper input is
/// rejected before it is parsed rather than allowed to overflow the stack.
constexpr unsigned MaxDepth = 256;

/// "LINE:COL" of byte \p Offset in \p Text, both 1-based.
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

/// The offset of the first bracket that opens level MaxDepth + 1, or npos.
size_t tooDeepAt(const std::string &Text) {
  unsigned Depth = 0;
  bool InString = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (InString) {
      if (C == '\\')
        ++I;
      else if (C == '"')
        InString = false;
    } else if (C == '"') {
      InString = true;
    } else if (C == '[' || C == '{') {
      if (++Depth > MaxDepth)
        return I;
    } else if ((C == ']' || C == '}') && Depth > 0) {
      --Depth;
    }
  }
  return std::string::npos;
}

/// Turns llvm::json's "[3:1, byte=20]: Expected , or ]" into
/// "3:1: malformed JSON: expected , or ]".
std::string jsonErrorMessage(const std::string &Msg) {
  std::string Pos, Text = Msg;
  size_t Byte = Msg.find(", byte=");
  size_t Close = Msg.find("]: ");
  if (!Msg.empty() && Msg[0] == '[' && Byte != std::string::npos &&
      Close != std::string::npos && Byte < Close) {
    Pos = Msg.substr(1, Byte - 1) + ": ";
    Text = Msg.substr(Close + 3);
  }
  if (!Text.empty() && Text[0] >= 'A' && Text[0] <= 'Z')
    Text[0] = static_cast<char>(Text[0] - 'A' + 'a');
  return Pos + "malformed JSON: " + Text;
}

} // namespace

bool parseBaseline(const std::string &Input, Baseline &Out, std::string &Err) {
  // Editors on Windows may start the file with a byte-order mark.
  const std::string Bom = "\xEF\xBB\xBF";
  const std::string &Text =
      Input.compare(0, Bom.size(), Bom) == 0 ? Input.substr(Bom.size()) : Input;
  size_t Deep = tooDeepAt(Text);
  if (Deep != std::string::npos) {
    Err = position(Text, Deep) + ": JSON nested deeper than " +
          std::to_string(MaxDepth) +
          " levels; expected a SARIF log or an aiact JSON report";
    return false;
  }
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
  if (!V) {
    Err = jsonErrorMessage(llvm::toString(V.takeError()));
    return false;
  }
  const llvm::json::Object *Root = V->getAsObject();
  size_t Start = Text.find_first_not_of(" \t\r\n");
  if (!Root) {
    Err = position(Text, Start) +
          ": expected a SARIF log or an aiact JSON report, which is a JSON "
          "object";
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
  Err = position(Text, Start) +
        ": expected a SARIF log (with 'runs') or an aiact JSON report (with "
        "'findings')";
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
    Err = Path + ":" + Err;
    return false;
  }
  return true;
}

} // namespace aiact
