//===- RecoveryText.h - What the source says around a compiler error ------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Recovery (Recovery.h) reads the source text around an error: which
/// qualified name is written there, what follows it, and whether an
/// all-caps name is an export or annotation macro. Plain text, no Clang
/// types; not a lexer of C++, only as much as recovery needs.
///
//===----------------------------------------------------------------------===//

#ifndef AIACT_DRIVER_RECOVERYTEXT_H
#define AIACT_DRIVER_RECOVERYTEXT_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace aiact {

/// What recovery declares a missing name as.
enum class RecoveredKind { Value, Function, Type, Template, VarTemplate, Namespace };

bool isIdentStart(char C);
bool isIdentChar(char C);

/// A token of the raw source, as much as recovery needs: an identifier,
/// "::", or one other character ('\0' at the end of the buffer).
struct RawToken {
  std::string Word; ///< an identifier, or "::"
  char Punct = 0;   ///< otherwise: its first character
  bool Double = false; ///< a two-character operator: << >> <= >= -> && ||
  bool isWord() const { return !Word.empty() && Word != "::"; }
  /// The one-character token \p C.
  bool is(char C) const { return Punct == C && !Double; }
  bool isScope() const { return Word == "::"; }
};

/// Reads raw tokens from a buffer, skipping blanks and comments. Enough to
/// see what follows a name; not a lexer of C++.
class RawReader {
public:
  RawReader(const char *P, const char *End) : P(P), End(End) {}
  RawToken next();

private:
  void skipBlanks();
  const char *P;
  const char *End;
};

/// A name as written at an error, with what follows it.
struct Use {
  std::vector<std::string> Path; ///< `a::b::c` -> {a, b, c}
  RawToken After;                ///< the token after the last component
  RawToken AfterThat;
  /// `a::b::` written before the name, for errors that point past it.
  std::vector<std::string> Qualifiers;
  /// Inside template arguments: more `<` than `>` before it on its line.
  bool InTemplateArgs = false;
};

/// Reads the qualified name that starts at offset \p Off of \p Buf, when
/// the text there spells \p Name.
bool readUse(llvm::StringRef Buf, size_t Off, llvm::StringRef Name, Use &U);

/// The line of \p Buf that holds offset \p Off.
llvm::StringRef lineOf(llvm::StringRef Buf, size_t Off);

/// A name with upper-case letters and no lower-case ones (`CV_EXPORTS_W`).
bool isAllCaps(llvm::StringRef S);
/// A name without upper-case letters (`vector`, `size_t`).
bool isLowerName(llvm::StringRef S);
/// The C library's macros that are not lower case (`FILE`, `INT_MAX`) and
/// CUDA's built-in variables: the stubs' support header declares them.
bool isStandardName(llvm::StringRef S);
/// Keywords that begin or continue a declaration.
bool isDeclKeyword(llvm::StringRef S);
/// The unknown "type" \p U is an export or annotation macro: an all-caps
/// name followed by the declaration it annotates.
bool isAnnotationMacro(const Use &U);
/// A macro that recovery defines: its name and replacement (usually none).
struct LineMacro {
  std::string Name;
  std::string Body;
};

/// The export, annotation and Qt macros that the source line \p Line of an
/// error shows, \p Col being the error's column (1-based): class-head
/// macros (`class MYLIB_API Model : Base`), a leading annotation
/// (`CV_EXPORTS_W Ptr<X> f();`), a trailing one at the error
/// (`void f() CV_OVERRIDE;`), and Qt's `slots`, `signals` and `emit`.
std::vector<LineMacro> macrosOnLine(llvm::StringRef Line, size_t Col);

/// What the text after a name says it is, for an error that does not.
RecoveredKind kindFromUse(const Use &U, bool TypeContext);

/// The declaration of \p Name as \p K on the placeholder type: in a
/// namespace (C++), at file scope (C), or, with \p InClass, as a static
/// member. A class declared here expands the hook through which later
/// parses add its missing members (\p Prefix: its enclosing namespaces,
/// "cv::").
std::string recoveredDeclaration(const std::string &Name, RecoveredKind K,
                                 bool CPlusPlus, bool InClass,
                                 const std::string &Prefix);

} // namespace aiact

#endif // AIACT_DRIVER_RECOVERYTEXT_H
