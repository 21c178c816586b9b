//===- Facts.cpp - Per-unit facts files for merging -----------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "report/Facts.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"

namespace aiact {

namespace {

const Effect AllEffects[] = {Effect::Prohibited,      Effect::HighRisk,
                             Effect::Transparency,    Effect::ObligationUnmet,
                             Effect::ObligationMet,   Effect::Gpai,
                             Effect::Info};

llvm::json::Object posJson(const SourcePos &P) {
  return llvm::json::Object{
      {"file", P.File}, {"line", P.Line}, {"column", P.Column}};
}

llvm::json::Object msgJson(const Message &M) {
  llvm::json::Array Args;
  for (const std::string &A : M.Args)
    Args.push_back(A);
  return llvm::json::Object{{"format", M.Format}, {"args", std::move(Args)}};
}

/// Reads the parts of a facts file, remembering the first thing that was
/// not as expected.
class Reader {
public:
  std::string Err;

  const llvm::json::Object *object(const llvm::json::Value *V,
                                   const std::string &What) {
    const llvm::json::Object *O = V ? V->getAsObject() : nullptr;
    if (!O)
      fail(What + ": expected an object");
    return O;
  }
  std::string str(const llvm::json::Object &O, const char *Key,
                  const std::string &Where) {
    auto V = O.getString(Key);
    if (!V) {
      fail(Where + "." + Key + ": expected a string");
      return "";
    }
    return V->str();
  }
  unsigned num(const llvm::json::Object &O, const char *Key,
               const std::string &Where) {
    auto V = O.getInteger(Key);
    if (!V || *V < 0 || *V > 0x7fffffff) {
      fail(Where + "." + Key + ": expected a non-negative integer");
      return 0;
    }
    return static_cast<unsigned>(*V);
  }
  bool boolean(const llvm::json::Object &O, const char *Key,
               const std::string &Where) {
    auto V = O.getBoolean(Key);
    if (!V) {
      fail(Where + "." + Key + ": expected true or false");
      return false;
    }
    return *V;
  }
  std::vector<std::string> strings(const llvm::json::Object &O, const char *Key,
                                   const std::string &Where) {
    std::vector<std::string> Out;
    const llvm::json::Array *A = O.getArray(Key);
    if (!A) {
      fail(Where + "." + Key + ": expected an array of strings");
      return Out;
    }
    for (const llvm::json::Value &V : *A) {
      auto S = V.getAsString();
      if (!S) {
        fail(Where + "." + Key + ": expected an array of strings");
        return Out;
      }
      Out.push_back(S->str());
    }
    return Out;
  }
  SourcePos pos(const llvm::json::Object &O, const char *Key,
                const std::string &Where) {
    SourcePos P;
    const llvm::json::Object *PO = object(O.get(Key), Where + "." + Key);
    if (!PO)
      return P;
    std::string W = Where + "." + Key;
    P.File = str(*PO, "file", W);
    P.Line = num(*PO, "line", W);
    P.Column = num(*PO, "column", W);
    return P;
  }
  Message msg(const llvm::json::Object &O, const char *Key,
              const std::string &Where) {
    Message M;
    const llvm::json::Object *MO = object(O.get(Key), Where + "." + Key);
    if (!MO)
      return M;
    M.Format = str(*MO, "format", Where + "." + Key);
    M.Args = strings(*MO, "args", Where + "." + Key);
    return M;
  }
  void fail(const std::string &Msg) {
    if (Err.empty())
      Err = Msg;
  }
};

} // namespace

std::string factsFileName(const std::string &Unit, const std::string &Variant) {
  std::string Key = Unit + '\0' + Variant;
  auto Hash = llvm::SHA256::hash(llvm::arrayRefFromStringRef(Key));
  std::string Base = llvm::sys::path::filename(Unit).str();
  for (char &C : Base)
    if (!llvm::isAlnum(C) && C != '.' && C != '-' && C != '_')
      C = '_';
  return Base + "." +
         llvm::toHex(llvm::ArrayRef<uint8_t>(Hash).take_front(8), true) +
         ".aiact-facts.json";
}

std::string formatFacts(const UnitFacts &F) {
  llvm::json::Array Findings;
  for (const Finding &X : F.Findings) {
    llvm::json::Array Notes;
    for (const Note &N : X.Notes)
      Notes.push_back(
          llvm::json::Object{{"pos", posJson(N.Pos)}, {"message", msgJson(N.Msg)}});
    Findings.push_back(llvm::json::Object{
        {"check", X.CheckId},
        {"provision", X.Provision},
        {"effect", effectName(X.Eff)},
        {"confidence", confidenceName(X.Conf)},
        {"pos", posJson(X.Pos)},
        {"message", msgJson(X.Msg)},
        {"notes", std::move(Notes)},
        {"function", X.Function},
        {"lineText", X.LineText},
        {"asError", X.AsError},
        {"warning", X.Warning},
        {"suppressed", X.Suppressed},
        {"suppressionReason", X.SuppressionReason}});
  }
  llvm::json::Array Args, Skipped;
  for (const std::string &A : F.Arguments)
    Args.push_back(A);
  for (const std::string &S : F.SkippedIncludes)
    Skipped.push_back(S);
  llvm::json::Object Root{{"schemaVersion", FactsSchemaVersion},
                          {"tool", "aiact-check"},
                          {"producer", F.Producer},
                          {"unit", F.Unit},
                          {"directory", F.Directory},
                          {"arguments", std::move(Args)},
                          {"skippedIncludes", std::move(Skipped)},
                          {"compilerErrors", F.CompilerErrors},
                          {"findings", std::move(Findings)}};
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Root))) << "\n";
  return Out;
}

bool parseFacts(const std::string &Text, UnitFacts &Out, std::string &Err) {
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
  if (!V) {
    Err = "malformed JSON: " + llvm::toString(V.takeError());
    return false;
  }
  Reader R;
  const llvm::json::Object *Root = R.object(&*V, "the file");
  if (!Root) {
    Err = R.Err;
    return false;
  }
  auto Version = Root->getInteger("schemaVersion");
  if (!Version || *Version != FactsSchemaVersion) {
    Err = "schemaVersion: expected " + std::to_string(FactsSchemaVersion) +
          " (not an aiact-check facts file, or one of another version)";
    return false;
  }
  Out = UnitFacts();
  Out.Producer = R.str(*Root, "producer", "");
  Out.Unit = R.str(*Root, "unit", "");
  Out.Directory = R.str(*Root, "directory", "");
  Out.Arguments = R.strings(*Root, "arguments", "");
  Out.SkippedIncludes = R.strings(*Root, "skippedIncludes", "");
  Out.CompilerErrors = R.num(*Root, "compilerErrors", "");
  const llvm::json::Array *Fs = Root->getArray("findings");
  if (!Fs)
    R.fail(".findings: expected an array");
  for (size_t I = 0; Fs && I < Fs->size() && R.Err.empty(); ++I) {
    std::string W = ".findings[" + std::to_string(I) + "]";
    const llvm::json::Object *O = R.object(&(*Fs)[I], W);
    if (!O)
      break;
    Finding F;
    F.CheckId = R.str(*O, "check", W);
    F.Provision = R.str(*O, "provision", W);
    std::string E = R.str(*O, "effect", W);
    bool Known = false;
    for (Effect X : AllEffects)
      if (E == effectName(X)) {
        F.Eff = X;
        Known = true;
      }
    if (!Known)
      R.fail(W + ".effect: expected an effect name");
    std::optional<Confidence> C = parseConfidence(R.str(*O, "confidence", W));
    if (!C)
      R.fail(W + ".confidence: expected possible, likely or certain");
    else
      F.Conf = *C;
    F.Pos = R.pos(*O, "pos", W);
    F.Msg = R.msg(*O, "message", W);
    F.Function = R.str(*O, "function", W);
    F.LineText = R.str(*O, "lineText", W);
    F.AsError = R.boolean(*O, "asError", W);
    F.Warning = O->getBoolean("warning").value_or(false);
    F.Suppressed = R.boolean(*O, "suppressed", W);
    F.SuppressionReason = R.str(*O, "suppressionReason", W);
    const llvm::json::Array *Ns = O->getArray("notes");
    if (!Ns)
      R.fail(W + ".notes: expected an array");
    for (size_t J = 0; Ns && J < Ns->size(); ++J) {
      std::string NW = W + ".notes[" + std::to_string(J) + "]";
      const llvm::json::Object *NO = R.object(&(*Ns)[J], NW);
      if (!NO)
        break;
      Note N;
      N.Pos = R.pos(*NO, "pos", NW);
      N.Msg = R.msg(*NO, "message", NW);
      F.Notes.push_back(std::move(N));
    }
    Out.Findings.push_back(std::move(F));
  }
  if (!R.Err.empty()) {
    Err = R.Err.front() == '.' ? R.Err.substr(1) : R.Err;
    return false;
  }
  return true;
}

bool writeFactsFile(const std::string &Dir, const UnitFacts &F,
                    const std::string &Variant, std::string &Err) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir)) {
    Err = "cannot create '" + Dir + "': " + EC.message();
    return false;
  }
  llvm::SmallString<256> Final(Dir);
  llvm::sys::path::append(Final, factsFileName(F.Unit, Variant));
  llvm::SmallString<256> Temp;
  int FD;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(
          Final + ".tmp-%%%%%%%%", FD, Temp)) {
    Err = "cannot write into '" + Dir + "': " + EC.message();
    return false;
  }
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << formatFacts(F);
    OS.close();
    if (OS.has_error()) {
      OS.clear_error();
      llvm::sys::fs::remove(Temp);
      Err = "cannot write '" + std::string(Temp) + "'";
      return false;
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Final)) {
    llvm::sys::fs::remove(Temp);
    Err = "cannot write '" + std::string(Final) + "': " + EC.message();
    return false;
  }
  return true;
}

} // namespace aiact
