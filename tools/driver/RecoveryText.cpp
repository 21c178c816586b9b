//===- RecoveryText.cpp - What the source says around a compiler error ----===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "RecoveryText.h"

#include "core/StubHeaders.h"

#include <cctype>
#include <set>

using llvm::StringRef;

namespace aiact {

bool isIdentStart(char C) {
  return std::isalpha(static_cast<unsigned char>(C)) || C == '_';
}
bool isIdentChar(char C) {
  return std::isalnum(static_cast<unsigned char>(C)) || C == '_';
}

RawToken RawReader::next() {
  skipBlanks();
  RawToken T;
  if (P >= End)
    return T;
  if (isIdentStart(*P)) {
    const char *B = P;
    while (P < End && isIdentChar(*P))
      ++P;
    T.Word.assign(B, P);
  } else if (*P == ':' && P + 1 < End && P[1] == ':') {
    T.Word = "::";
    P += 2;
  } else {
    T.Punct = *P++;
    static const char *const Pairs[] = {"<<", ">>", "<=", ">=", "->",
                                        "&&", "||", "==", "!="};
    for (const char *Pair : Pairs)
      if (P < End && T.Punct == Pair[0] && *P == Pair[1]) {
        T.Double = true;
        ++P;
        break;
      }
  }
  return T;
}

void RawReader::skipBlanks() {
  while (P < End) {
    if (std::isspace(static_cast<unsigned char>(*P)) || *P == '\\') {
      ++P;
    } else if (*P == '/' && P + 1 < End && P[1] == '/') {
      while (P < End && *P != '\n')
        ++P;
    } else if (*P == '/' && P + 1 < End && P[1] == '*') {
      P += 2;
      while (P + 1 < End && !(P[0] == '*' && P[1] == '/'))
        ++P;
      P = P + 1 < End ? P + 2 : End;
    } else {
      return;
    }
  }
}

namespace {

/// The qualifiers and template-argument state of the text before \p Off.
void readBefore(StringRef Buf, size_t Off, Use &U) {
  size_t LineStart = Buf.rfind('\n', Off);
  LineStart = LineStart == StringRef::npos ? 0 : LineStart + 1;
  StringRef Before = Buf.slice(LineStart, Off);
  int Depth = 0;
  for (size_t I = 0; I < Before.size(); ++I) {
    char C = Before[I], N = I + 1 < Before.size() ? Before[I + 1] : 0;
    if ((C == '<' || C == '>') && N == C) { // << and >>
      ++I;
      continue;
    }
    if (C == '<' && N != '=')
      ++Depth;
    else if (C == '>' && Depth > 0 && (I == 0 || Before[I - 1] != '-'))
      --Depth;
  }
  U.InTemplateArgs = Depth > 0;
  // `cv::` `face::` right before the name.
  StringRef Rest = Before.rtrim();
  while (Rest.ends_with("::")) {
    Rest = Rest.drop_back(2).rtrim();
    size_t B = Rest.size();
    while (B > 0 && isIdentChar(Rest[B - 1]))
      --B;
    if (B == Rest.size() || !isIdentStart(Rest[B]))
      break;
    U.Qualifiers.insert(U.Qualifiers.begin(), Rest.substr(B).str());
    Rest = Rest.substr(0, B).rtrim();
  }
}

} // namespace

bool readUse(StringRef Buf, size_t Off, StringRef Name, Use &U) {
  if (Off >= Buf.size() || !Buf.substr(Off).starts_with(Name))
    return false;
  const char *End = Buf.data() + Buf.size();
  RawReader R(Buf.data() + Off, End);
  RawToken T = R.next();
  if (T.Word != Name)
    return false;
  readBefore(Buf, Off, U);
  U.Path.push_back(T.Word);
  while (true) {
    T = R.next();
    if (!T.isScope())
      break;
    RawToken Part = R.next();
    if (!Part.isWord() || Part.Word == "template" || Part.Word == "operator") {
      T = Part;
      break;
    }
    U.Path.push_back(Part.Word);
  }
  U.After = T;
  U.AfterThat = R.next();
  return true;
}

StringRef lineOf(StringRef Buf, size_t Off) {
  size_t B = Buf.rfind('\n', Off);
  B = B == StringRef::npos ? 0 : B + 1;
  size_t E = Buf.find('\n', Off);
  return Buf.slice(B, E == StringRef::npos ? Buf.size() : E);
}

bool isAllCaps(StringRef S) {
  bool Letter = false;
  for (char C : S) {
    if (std::islower(static_cast<unsigned char>(C)))
      return false;
    Letter |= std::isupper(static_cast<unsigned char>(C)) != 0;
  }
  return Letter && S.size() > 1;
}

bool isLowerName(StringRef S) {
  for (char C : S)
    if (std::isupper(static_cast<unsigned char>(C)))
      return false;
  return true;
}

bool isStandardName(StringRef S) {
  static const std::set<std::string> Names = {
      "FILE",        "NULL",         "EOF",          "BUFSIZ",
      "SEEK_SET",    "SEEK_CUR",     "SEEK_END",     "RAND_MAX",
      "EXIT_SUCCESS", "EXIT_FAILURE", "CHAR_BIT",    "INT_MAX",
      "INT_MIN",     "UINT_MAX",     "LONG_MAX",     "SIZE_MAX",
      "FLT_MAX",     "FLT_MIN",      "FLT_EPSILON",  "DBL_MAX",
      "DBL_MIN",     "DBL_EPSILON",  "INFINITY",     "NAN",
      "M_PI",        "M_E",          "CLOCKS_PER_SEC", "INT32_MAX",
      "INT64_MAX",   "UINT8_MAX",    "UINT32_MAX",   "UINT64_MAX",
      // CUDA's, declared by the support header in CUDA sources.
      "threadIdx",   "blockIdx",     "blockDim",     "gridDim",
      "warpSize"};
  return Names.count(S.str()) != 0;
}

/// Keywords that begin or continue a declaration: a capitalised unknown
/// "type" followed by one is a macro that expands to nothing the parser
/// needs (`MYLIB_API void f();`, `CV_WRAP virtual int g();`).
bool isDeclKeyword(StringRef S) {
  static const std::set<std::string> Words = {
      "void",     "int",      "bool",     "char",      "float",    "double",
      "long",     "short",    "unsigned", "signed",    "const",    "static",
      "virtual",  "inline",   "explicit", "class",     "struct",   "union",
      "extern",   "friend",   "constexpr", "typename", "auto",     "enum",
      "template", "typedef",  "volatile", "public",    "private",  "protected",
      "size_t",   "operator", "namespace", "using",    "noexcept", "override",
      "final"};
  return Words.count(S.str()) != 0;
}

bool isAnnotationMacro(const Use &U) {
  if (U.Path.size() != 1 || !isAllCaps(U.Path[0]))
    return false;
  // What export and annotation macros are called. `RESULT Model::run()`
  // is a type before a qualified name; `MYLIB_API cv::Mat f()` is not.
  StringRef Name = U.Path[0];
  bool Named = Name.contains("EXPORT") || Name.contains("API") ||
               Name.contains("WRAP") || Name.contains("DLL") ||
               Name.contains("DECL") || Name.contains("INLINE") ||
               Name.ends_with("_OUT") || Name.contains("_PROP");
  if (U.After.isWord())
    return isDeclKeyword(U.After.Word) || U.AfterThat.isWord() ||
           (Named && U.AfterThat.isScope()) || U.AfterThat.is('<') ||
           U.AfterThat.is('*') || U.AfterThat.is('&') ||
           U.AfterThat.is('~');
  return U.After.is('~');
}

RecoveredKind kindFromUse(const Use &U, bool TypeContext) {
  using K = RecoveredKind;
  const std::string &Last = U.Path.back();
  bool Capital = std::isupper(static_cast<unsigned char>(Last[0])) &&
                 !isAllCaps(Last);
  if (U.After.is('<')) {
    if (TypeContext || (U.Path.size() > 1 && Capital))
      return K::Template;
    // `cfg::callback<int>`: a value with template arguments; `n < limit`
    // is a comparison.
    bool TypeArg = U.AfterThat.isWord() &&
                   (isDeclKeyword(U.AfterThat.Word) ||
                    std::isupper(static_cast<unsigned char>(U.AfterThat.Word[0])));
    return TypeArg ? K::VarTemplate : K::Value;
  }
  if (TypeContext)
    return K::Type;
  if (U.After.is('('))
    return K::Function;
  if (U.After.isWord())
    return K::Type;
  if (U.After.is('{') && Capital)
    return K::Type;
  // `std::vector<Point2f>`, `std::vector<uchar>`: a type among template
  // arguments.
  if (U.InTemplateArgs && (U.After.is('>') || U.After.is(',')))
    return K::Type;
  if ((U.After.is('*') || U.After.is('&')) && U.Path.size() > 1 &&
      Capital && U.AfterThat.isWord())
    return K::Type;
  return K::Value;
}

std::vector<LineMacro> macrosOnLine(StringRef Line, size_t Col) {
  std::vector<LineMacro> Out;
  auto Add = [&Out](const std::string &Name, const std::string &Body = "") {
    Out.push_back({Name, Body});
  };
  // `class MYLIB_API Model : public Base {`.
  RawReader R(Line.data(), Line.data() + Line.size());
  std::vector<RawToken> Tokens;
  for (RawToken T = R.next(); T.isWord() || T.isScope() || T.Punct;
       T = R.next())
    Tokens.push_back(T);
  for (size_t I = 0; I + 3 < Tokens.size(); ++I) {
    const RawToken &Macro = Tokens[I + 1], &Name = Tokens[I + 2],
                   &After = Tokens[I + 3];
    if ((Tokens[I].Word == "class" || Tokens[I].Word == "struct") &&
        Macro.isWord() && isAllCaps(Macro.Word) && Name.isWord() &&
        (After.is(':') || After.is('{') || After.is(';') ||
         After.Word == "final"))
      Add(Macro.Word);
  }
  // Qt's keywords, from its missing headers: `public slots:`,
  // `signals:`, `emit done();`.
  if (!Tokens.empty()) {
    size_t I = Tokens[0].Word == "public" || Tokens[0].Word == "private" ||
                       Tokens[0].Word == "protected"
                   ? 1
                   : 0;
    if (I + 1 < Tokens.size() && Tokens[I + 1].is(':')) {
      if (Tokens[I].Word == "slots" || Tokens[I].Word == "Q_SLOTS")
        Add(Tokens[I].Word);
      else if (I == 0 &&
               (Tokens[I].Word == "signals" || Tokens[I].Word == "Q_SIGNALS"))
        Add(Tokens[I].Word, "public");
    }
    if (Tokens.size() > 2 && Tokens[0].Word == "emit" && Tokens[1].isWord())
      Add("emit");
  }
  // `CV_EXPORTS_W Ptr<Facemark> createFacemarkAAM();`: a line that starts
  // with an annotation.
  if (Tokens.size() >= 3) {
    Use U;
    U.Path = {Tokens[0].Word};
    U.After = Tokens[1];
    U.AfterThat = Tokens[2];
    if (Tokens[0].isWord() && isAnnotationMacro(U))
      Add(Tokens[0].Word);
  }
  // `void init(size_t size) CV_OVERRIDE;`: an annotation after a
  // declarator, where the error is.
  if (Col == 0 || Col > Line.size())
    return Out;
  // "expected ';'" points just past the declarator.
  size_t B = Col - 1;
  while (B < Line.size() && (Line[B] == ' ' || Line[B] == '\t'))
    ++B;
  size_t E = B;
  while (E < Line.size() && isIdentChar(Line[E]))
    ++E;
  StringRef Word = Line.slice(B, E);
  if (Word.empty() || !isIdentStart(Word[0]) || !isAllCaps(Word) ||
      Word.size() < 3)
    return Out;
  StringRef Before = Line.substr(0, B).rtrim();
  StringRef Rest = Line.substr(E).ltrim();
  if (Before.ends_with(")") &&
      (Rest.empty() || Rest[0] == ';' || Rest[0] == '{' || Rest[0] == '=' ||
       Rest.starts_with("const") || Rest.starts_with("override")))
    Add(Word.str());
  return Out;
}

namespace {
const char *const Any = "::aiact_stub::any";
} // namespace

std::string recoveredDeclaration(const std::string &Name, RecoveredKind K,
                                 bool CPlusPlus, bool InClass,
                                 const std::string &Prefix) {
  // A class declared here takes the members later parses find missing,
  // as a stub class does.
  std::string Hook = stubClassHook(Prefix + Name);
  std::string Members = InClass ? std::string()
                                : "\n#ifdef " + Hook + "\n" + Hook + "\n#endif\n";
  using Kd = RecoveredKind;
  std::string Static = InClass ? "static " : "";
  if (!CPlusPlus) {
    if (K == Kd::Type || K == Kd::Template)
      return "typedef long long " + Name + ";\n";
    return "extern long long " + Name + ";\n";
  }
  switch (K) {
  case Kd::Value:
    return (InClass ? "static " : "extern ") + std::string(Any) + " " + Name +
           ";\n";
  case Kd::Function:
    return "template <class... AiactT, class... AiactA> " + Static + Any +
           " " + Name + "(AiactA &&...);\n" +
           "template <class... AiactT, class... AiactA> " + Static + Any +
           " " + Name + "(std::initializer_list<" + Any +
           ">, AiactA &&...);\n";
  case Kd::Type:
    if (InClass)
      return "using " + Name + " = " + Any + ";\n";
    return "struct " + Name + " : " + Any + " { template <class... AiactA> " +
           Name + "(AiactA &&...) {}" + Members + "};\n";
  case Kd::Template:
    return "template <class...> struct " + Name + " : " + Any +
           " { template <class... AiactA> " + Name + "(AiactA &&...) {}" +
           Members + "};\n";
  case Kd::VarTemplate:
    return "template <class... AiactT> " +
           std::string(InClass ? "static " : "extern ") + Any + " " + Name +
           ";\n";
  case Kd::Namespace:
    return "";
  }
  return "";
}

} // namespace aiact
