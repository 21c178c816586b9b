//===- YamlDocument.cpp - Reading one YAML document safely ----------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
//
// Built with exceptions, like every user of yaml-cpp; the callers catch what
// yaml-cpp throws.
//
//===----------------------------------------------------------------------===//

#include "core/YamlDocument.h"

#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <sstream>
#include <vector>

namespace aiact {
namespace {

/// Records where each document and its first node start, and ignores the
/// rest of the content.
class DocumentStarts : public YAML::EventHandler {
public:
  std::vector<YAML::Mark> Starts;
  std::vector<YAML::Mark> FirstNodes;

  void OnDocumentStart(const YAML::Mark &M) override {
    Starts.push_back(M);
    FirstNodes.push_back(M);
    Fresh = true;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark &M, YAML::anchor_t) override { node(M); }
  void OnAlias(const YAML::Mark &M, YAML::anchor_t) override { node(M); }
  void OnScalar(const YAML::Mark &M, const std::string &, YAML::anchor_t,
                const std::string &) override {
    node(M);
  }
  void OnSequenceStart(const YAML::Mark &M, const std::string &,
                       YAML::anchor_t, YAML::EmitterStyle::value) override {
    node(M);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark &M, const std::string &, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    node(M);
  }
  void OnMapEnd() override {}

private:
  void node(const YAML::Mark &M) {
    if (Fresh)
      FirstNodes.back() = M;
    Fresh = false;
  }
  bool Fresh = false;
};


/// The position of byte \p Offset as a yaml-cpp mark.
YAML::Mark markAt(const std::string &Text, size_t Offset) {
  size_t LineStart = Text.rfind('\n', Offset == 0 ? 0 : Offset - 1);
  LineStart = LineStart == std::string::npos || Offset == 0 ? 0 : LineStart + 1;
  YAML::Mark M;
  M.pos = static_cast<int>(Offset);
  M.line = static_cast<int>(
      std::count(Text.begin(), Text.begin() + LineStart, '\n'));
  M.column = static_cast<int>(Offset - LineStart);
  return M;
}

} // namespace

size_t findNonText(const std::string &Data, size_t Limit) {
  size_t End = std::min(Data.size(), Limit);
  size_t I = 0;
  while (I < End) {
    unsigned char C = static_cast<unsigned char>(Data[I]);
    if (C == 0)
      return I;
    if (C < 0x80) {
      ++I;
      continue;
    }
    size_t Len;
    unsigned Min;
    unsigned CodePoint;
    if (C >= 0xC2 && C <= 0xDF) {
      Len = 2, Min = 0x80, CodePoint = C & 0x1F;
    } else if (C >= 0xE0 && C <= 0xEF) {
      Len = 3, Min = 0x800, CodePoint = C & 0x0F;
    } else if (C >= 0xF0 && C <= 0xF4) {
      Len = 4, Min = 0x10000, CodePoint = C & 0x07;
    } else {
      return I;
    }
    if (I + Len > Data.size())
      return I;
    for (size_t K = 1; K < Len; ++K) {
      unsigned char Cont = static_cast<unsigned char>(Data[I + K]);
      if ((Cont & 0xC0) != 0x80)
        return I;
      CodePoint = (CodePoint << 6) | (Cont & 0x3F);
    }
    if (CodePoint < Min || CodePoint > 0x10FFFF ||
        (CodePoint >= 0xD800 && CodePoint <= 0xDFFF))
      return I;
    I += Len;
  }
  return std::string::npos;
}

ConfigError errorAt(const std::string &Path, const YAML::Mark &M,
                    std::string Msg) {
  ConfigError E;
  E.File = Path;
  if (M.line >= 0 && M.column >= 0) {
    E.Line = static_cast<unsigned>(M.line) + 1;
    E.Column = static_cast<unsigned>(M.column) + 1;
  }
  E.Message = std::move(Msg);
  return E;
}

std::string yamlMessage(std::string Msg) {
  while (!Msg.empty() && (Msg.back() == '.' || Msg.back() == ' ' ||
                          Msg.back() == '\n' || Msg.back() == '\t'))
    Msg.pop_back();
  if (!Msg.empty() && Msg[0] >= 'A' && Msg[0] <= 'Z')
    Msg[0] = static_cast<char>(Msg[0] - 'A' + 'a');
  return Msg.empty() ? "unknown error" : Msg;
}

bool loadOneDocument(const std::string &Text, const std::string &Path,
                     YAML::Node &Out, ConfigError &Err) {
  size_t Bad = findNonText(Text, Text.size());
  if (Bad != std::string::npos) {
    const char *Hex = "0123456789abcdef";
    unsigned char B = static_cast<unsigned char>(Text[Bad]);
    Err = errorAt(Path, markAt(Text, Bad),
                  B == 0 ? std::string("NUL byte; expected UTF-8 text")
                         : std::string("byte 0x") + Hex[B >> 4] + Hex[B & 15] +
                               " is not valid UTF-8; expected UTF-8 text");
    return false;
  }

  // yaml-cpp 0.7 answers a ',' outside a flow collection with an empty
  // document that consumes nothing, forever (YAML::LoadAll never returns).
  // So documents are counted with the event parser, which stops as soon as
  // a second one starts or one starts where the previous one did.
  std::istringstream In(Text);
  YAML::Parser P(In);
  DocumentStarts Docs;
  while (Docs.Starts.size() < 3 && P.HandleNextDocument(Docs)) {
    size_t N = Docs.Starts.size();
    if (N >= 2 && Docs.Starts[N - 1].pos == Docs.Starts[N - 2].pos) {
      const YAML::Mark &M = Docs.Starts[N - 1];
      std::string What = M.pos >= 0 && static_cast<size_t>(M.pos) < Text.size()
                             ? std::string(1, Text[M.pos])
                             : std::string("token");
      Err = errorAt(Path, M,
                    "malformed YAML: unexpected '" + What +
                        "' outside a flow collection");
      return false;
    }
  }
  if (Docs.Starts.size() > 1) {
    Err = errorAt(Path, Docs.FirstNodes[1],
                  "expected one YAML document, found several");
    return false;
  }
  Out = YAML::Load(Text);
  return true;
}

} // namespace aiact
