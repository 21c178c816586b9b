//===- StubHeaders.cpp - Declarations for missing library headers ---------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "core/StubHeaders.h"

#include <cctype>
#include <map>
#include <set>
#include <sstream>

namespace aiact {

const char *const StubHeaderDir = "/aiact-catalog-stubs";
const char *const RecoveryHeaderPath = "/aiact-catalog-stubs/aiact-recovery.h";

namespace {

/// A value of any type: what every stubbed function returns. It converts to
/// and from anything, so that declarations and expressions around the calls
/// keep parsing.
/// Included by every stub. A library's real headers bring much of the
/// standard library with them (opencv2/opencv.hpp brings <vector>,
/// <string>, <map> ...), and code that includes only the library relies on
/// it: a stub brings the same.
const char *const SupportHeader = R"(#pragma clang system_header
#ifndef AIACT_STUB_SUPPORT
#define AIACT_STUB_SUPPORT
#ifdef __cplusplus
#include <algorithm>
#include <array>
#include <atomic>
#include <cassert>
#include <cfloat>
#include <chrono>
#include <climits>
#include <cmath>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <limits>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>
#include <queue>
#include <random>
#include <set>
#include <sstream>
#include <stack>
#include <stdexcept>
#include <string>
#include <thread>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>
// In CUDA sources the placeholder serves device code too.
#ifdef __CUDA__
#pragma clang force_cuda_host_device begin
#endif
namespace aiact_stub {
/// The base of the placeholder, of every stub class and of every class
/// recovery declares: the operators below apply when one side has it.
struct tag {};
struct any : tag {
  any() {}
  template <class T> any(T &&) {}
  template <class T> operator T() const;
  template <class T> any &operator=(T &&);
  template <class... A> any operator()(A &&...) const;
  template <class T> any operator[](T &&) const;
  any *operator->();
  any &operator*();
  any &operator++();
  any operator++(int);
  any &operator--();
  any operator--(int);
  any operator-() const;
  any operator~() const;
  bool operator!() const;
  explicit operator bool() const;
  any *begin() const;
  any *end() const;
#ifdef AIACT_MORE_aiact_stub_0_any
  AIACT_MORE_aiact_stub_0_any
#endif
};
template <class A, class B>
struct either
    : std::integral_constant<
          bool, std::is_base_of<tag, typename std::decay<A>::type>::value ||
                    std::is_base_of<tag, typename std::decay<B>::type>::value> {};
// One template per operator, for either order and for two placeholders; it
// does not apply to other types, even when a placeholder type is only an
// argument of theirs (an iterator over a map of them).
#define AIACT_STUB_BINARY(R, OP)                                               \
  template <class A, class B>                                                  \
  typename std::enable_if<either<A, B>::value, R>::type operator OP(           \
      const A &, const B &);
AIACT_STUB_BINARY(bool, ==)
AIACT_STUB_BINARY(bool, !=)
AIACT_STUB_BINARY(bool, <)
AIACT_STUB_BINARY(bool, >)
AIACT_STUB_BINARY(bool, <=)
AIACT_STUB_BINARY(bool, >=)
AIACT_STUB_BINARY(any, +)
AIACT_STUB_BINARY(any, -)
AIACT_STUB_BINARY(any, *)
AIACT_STUB_BINARY(any, /)
AIACT_STUB_BINARY(any, %)
AIACT_STUB_BINARY(any, &)
AIACT_STUB_BINARY(any, |)
AIACT_STUB_BINARY(any, ^)
#undef AIACT_STUB_BINARY
#define AIACT_STUB_COMPOUND(OP)                                                \
  template <class A, class B>                                                  \
  typename std::enable_if<either<A, B>::value, A &>::type operator OP(         \
      A &, const B &);
AIACT_STUB_COMPOUND(+=)
AIACT_STUB_COMPOUND(-=)
AIACT_STUB_COMPOUND(*=)
AIACT_STUB_COMPOUND(/=)
AIACT_STUB_COMPOUND(%=)
AIACT_STUB_COMPOUND(|=)
AIACT_STUB_COMPOUND(&=)
AIACT_STUB_COMPOUND(^=)
#undef AIACT_STUB_COMPOUND
// Streams: `x << y` with a placeholder on the left, `std::cout << x` and
// `in >> x` with one on the right.
template <class A, class B>
typename std::enable_if<std::is_base_of<any, typename std::decay<A>::type>::value,
                        any>::type
operator<<(const A &, const B &);
template <class A, class B>
typename std::enable_if<std::is_base_of<any, typename std::decay<A>::type>::value,
                        any>::type
operator>>(const A &, const B &);
// Only for the standard streams: a logging class's own template operator
// takes a placeholder as it is.
template <class T>
typename std::enable_if<
    std::is_base_of<std::ios_base, typename std::decay<T>::type>::value,
    T &&>::type
operator<<(T &&, const any &);
template <class T>
typename std::enable_if<
    std::is_base_of<std::ios_base, typename std::decay<T>::type>::value,
    T &&>::type
operator>>(T &&, any &);
} // namespace aiact_stub
#ifdef __CUDA__
// What the CUDA toolkit's headers declare for every CUDA source: the
// launch configuration that `kernel<<<grid, block>>>(...)` calls, and the
// built-in index variables.
struct dim3 {
  unsigned x, y, z;
  dim3(unsigned x = 1, unsigned y = 1, unsigned z = 1);
};
struct uint3 {
  unsigned x, y, z;
};
extern "C" unsigned __cudaPushCallConfiguration(dim3 grid, dim3 block,
                                                std::size_t shared = 0,
                                                void *stream = 0);
extern const uint3 threadIdx;
extern const uint3 blockIdx;
extern const dim3 blockDim;
extern const dim3 gridDim;
extern const int warpSize;
#pragma clang force_cuda_host_device end
#endif
#else
#include <assert.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#endif
#endif
)";

struct Node {
  std::map<std::string, Node> Kids;
  bool IsClass = false;
  std::vector<std::string> TemplateParams; ///< of a class template
  std::vector<std::string> Members;        ///< data members, "int rows"
  std::string Alias;
  std::set<std::string> Methods;   ///< of a class
  std::set<std::string> Functions; ///< of a namespace
};

std::vector<std::string> components(const std::string &Q) {
  std::vector<std::string> Out;
  size_t Start = Q.compare(0, 2, "::") == 0 ? 2 : 0;
  while (true) {
    size_t P = Q.find("::", Start);
    Out.push_back(Q.substr(Start, P == std::string::npos ? P : P - Start));
    if (P == std::string::npos)
      break;
    Start = P + 2;
  }
  return Out;
}

std::string trim(const std::string &S) {
  size_t B = S.find_first_not_of(' '), E = S.find_last_not_of(' ');
  return B == std::string::npos ? "" : S.substr(B, E - B + 1);
}

bool isIdentifier(const std::string &S) {
  if (S.empty() || std::isdigit(static_cast<unsigned char>(S[0])))
    return false;
  for (char C : S)
    if (!std::isalnum(static_cast<unsigned char>(C)) && C != '_')
      return false;
  return true;
}

class Builder {
public:
  void addType(const std::string &Given) {
    size_t Eq = Given.find('=');
    if (Eq != std::string::npos) {
      Node &N = Root.Kids[trim(Given.substr(0, Eq))];
      N.Alias = trim(Given.substr(Eq + 1));
      return;
    }
    std::string Entry = trim(Given);
    // A function the library declares: "cv::imread()".
    if (Entry.size() > 2 && Entry.compare(Entry.size() - 2, 2, "()") == 0) {
      std::vector<std::string> Parts = components(Entry.substr(0, Entry.size() - 2));
      Node *N = &Root;
      for (size_t I = 0; I + 1 < Parts.size(); ++I)
        N = &N->Kids[Parts[I]];
      (N->IsClass ? N->Methods : N->Functions).insert(Parts.back());
      return;
    }
    std::vector<std::string> Members, Params;
    size_t Brace = Entry.find('{');
    if (Brace != std::string::npos) {
      std::string Body = Entry.substr(Brace + 1);
      Body = Body.substr(0, Body.find('}'));
      std::istringstream In(Body);
      for (std::string M; std::getline(In, M, ',');)
        if (!trim(M).empty())
          Members.push_back(trim(M));
      Entry = trim(Entry.substr(0, Brace));
    }
    size_t Angle = Entry.find('<');
    if (Angle != std::string::npos) {
      std::string Body = Entry.substr(Angle + 1);
      Body = Body.substr(0, Body.find('>'));
      std::istringstream In(Body);
      for (std::string P; std::getline(In, P, ',');)
        if (!trim(P).empty())
          Params.push_back(trim(P));
      Entry = trim(Entry.substr(0, Angle));
    }
    Node *N = &Root;
    for (const std::string &C : components(Entry))
      N = &N->Kids[C];
    N->IsClass = true;
    for (const std::string &M : Members)
      if (M.size() > 2 && M.compare(M.size() - 2, 2, "()") == 0)
        N->Methods.insert(M.substr(0, M.size() - 2));
      else
        N->Members.push_back(M);
    N->TemplateParams = Params;
  }

  void addEntry(const std::string &Name, const std::set<std::string> &Names) {
    std::vector<std::string> Parts = components(Name);
    for (const std::string &P : Parts)
      if (!isIdentifier(P))
        return; // operators and odd spellings: the classes cover them
    std::string Last = Parts.back();
    Parts.pop_back();
    Node *N = &Root;
    std::string Prefix;
    for (size_t I = 0; I < Parts.size(); ++I) {
      Prefix += (I ? "::" : "") + Parts[I];
      N = &N->Kids[Parts[I]];
      // The owner of a method is a class when the catalog says so, when it
      // has a constructor entry, or when it is a capitalised name inside a
      // namespace (cv::VideoWriter, Ort::Session).
      bool Owner = I + 1 == Parts.size();
      if (Owner && !N->IsClass &&
          (Names.count(Prefix + "::" + Parts[I]) ||
           (I > 0 && std::isupper(static_cast<unsigned char>(Parts[I][0])))))
        N->IsClass = true;
    }
    if (N == &Root || !N->IsClass) {
      N->Functions.insert(Last);
    } else if (!Parts.empty() && Last != Parts.back()) {
      N->Methods.insert(Last);
    }
  }

  std::string cxx() const {
    std::ostringstream OS;
    emitScope(Root, OS, /*InClass=*/false);
    return OS.str();
  }

  std::string c() const {
    std::ostringstream OS;
    for (const auto &KV : Root.Kids) {
      const Node &N = KV.second;
      if (!N.Alias.empty())
        OS << "typedef " << N.Alias << " " << KV.first << ";\n";
      else if (N.IsClass)
        OS << "typedef struct " << KV.first << " " << KV.first << ";\n";
    }
    return OS.str();
  }

private:
  static void emitClass(const std::string &Name, const Node &N,
                        std::ostringstream &OS, const std::string &Prefix) {
    // A tree may hold its own copy of part of the library: the unit's
    // recovery header then defines the guard, and the stub gives way.
    OS << "#ifndef " << stubClassGuard(Prefix + Name) << "\n";
    if (!N.TemplateParams.empty()) {
      OS << "template <";
      for (size_t I = 0; I < N.TemplateParams.size(); ++I)
        OS << (I ? ", " : "") << "class " << N.TemplateParams[I];
      OS << "> ";
    }
    OS << "struct " << Name << " : ::aiact_stub::tag {\n";
    // A class template of one parameter is a smart pointer (cv::Ptr<T>).
    if (N.TemplateParams.size() == 1)
      OS << "  " << N.TemplateParams[0] << " *operator->() const;\n  "
         << N.TemplateParams[0] << " &operator*() const;\n"
         << "  explicit operator bool() const;\n";
    for (const std::string &M : N.Members)
      OS << "  " << M << ";\n";
    OS
       << "  template <class... AiactA> " << Name << "(AiactA &&...) {}\n"
       << "  template <class AiactT> operator AiactT() const;\n"
       << "  template <class AiactT> " << Name << " &operator<<(AiactT &&);\n"
       << "  template <class AiactT> " << Name << " &operator>>(AiactT &&);\n"
       << "  template <class... AiactA> ::aiact_stub::any operator()(AiactA &&...) "
          "const;\n"
       << "  template <class AiactT> ::aiact_stub::any operator[](AiactT &&) const;\n";
    // A catalog entry for a data member (SDL_AudioSpec::callback) names
    // the member, not a method.
    std::set<std::string> MemberNames;
    for (const std::string &M : N.Members) {
      size_t End = M.find_last_not_of(' ');
      size_t Begin = M.find_last_not_of(
          "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", End);
      MemberNames.insert(M.substr(Begin + 1, End - Begin));
    }
    for (const std::string &M : N.Methods) {
      if (MemberNames.count(M))
        continue;
      OS << "  template <class... AiactT, class... AiactA> static "
            "::aiact_stub::any "
         << M << "(AiactA &&...);\n"
         << "  template <class... AiactT, class... AiactA> static "
            "::aiact_stub::any "
         << M
         << "(std::initializer_list<::aiact_stub::any>, AiactA &&...);\n";
    }
    emitScope(N, OS, /*InClass=*/true, Prefix + Name + "::");
    // Members the catalog does not name, added by the unit's recovery
    // header when the unit uses them.
    std::string Hook = stubClassHook(Prefix + Name);
    OS << "#ifdef " << Hook << "\n  " << Hook << "\n#endif\n";
    OS << "};\n#endif\n";
  }

  static void emitScope(const Node &N, std::ostringstream &OS, bool InClass,
                        const std::string &Prefix = "") {
    for (const auto &KV : N.Kids) {
      const Node &K = KV.second;
      if (!K.Alias.empty())
        OS << "typedef " << K.Alias << " " << KV.first << ";\n";
      else if (K.IsClass || InClass)
        emitClass(KV.first, K, OS, Prefix);
      else {
        OS << "namespace " << KV.first << " {\n";
        emitScope(K, OS, false, Prefix + KV.first + "::");
        OS << "}\n";
      }
    }
    // A braced list as the first argument (`torch::randn({1, 512})`)
    // deduces no parameter: a second overload takes it.
    for (const std::string &F : N.Functions)
      if (!N.Kids.count(F)) {
        const char *Static = InClass ? "static " : "";
        OS << "template <class... AiactT, class... AiactA> " << Static
           << "::aiact_stub::any " << F << "(AiactA &&...);\n"
           << "template <class... AiactT, class... AiactA> " << Static
           << "::aiact_stub::any " << F
           << "(std::initializer_list<::aiact_stub::any>, AiactA &&...);\n";
      }
  }

  Node Root;
};

std::string guardName(const std::string &Library) {
  std::string G = "AIACT_STUB_";
  for (char C : Library)
    G += std::isalnum(static_cast<unsigned char>(C))
             ? static_cast<char>(std::toupper(static_cast<unsigned char>(C)))
             : '_';
  return G;
}

} // namespace

std::vector<StubHeader> catalogStubHeaders(const Catalog &Cat) {
  std::vector<StubHeader> Out;
  Out.push_back({std::string(StubHeaderDir) + "/aiact-stub-support.h",
                 SupportHeader});
  std::vector<const CatalogEntry *> Entries = Cat.entries();
  std::set<std::string> Names;
  for (const CatalogEntry *E : Entries)
    Names.insert(E->Name);
  // Each library's declarations go to a file of their own; a header gets
  // the declarations of every library that names it (opencv2/opencv.hpp
  // brings OpenCV's core, dnn and face modules).
  std::map<std::string, std::string> HeaderText;
  std::vector<std::string> HeaderOrder;
  for (const LibraryInfo &L : Cat.libraries()) {
    if (L.Headers.empty() || L.Library == "standard library")
      continue;
    Builder B;
    for (const std::string &T : L.Types)
      B.addType(T);
    for (const CatalogEntry *E : Entries)
      if (E->Library == L.Library)
        B.addEntry(E->Name, Names);
    std::string Guard = guardName(L.Library);
    std::string Text = "#pragma clang system_header\n"
                       "// Generated by aiact-check from its catalog for " +
                       L.Library + ": the header is missing.\n#ifndef " +
                       Guard + "\n#define " + Guard +
                       "\n#include \"aiact-stub-support.h\"\n#ifdef "
                       "__cplusplus\n" +
                       B.cxx() + "#else\n" + B.c() + "#endif\n#endif\n";
    std::string Own = "aiact-lib-" + Guard.substr(11) + ".h";
    Out.push_back({std::string(StubHeaderDir) + "/" + Own, Text});
    for (const std::string &H : L.Headers) {
      auto [It, New] = HeaderText.try_emplace(
          H, "#pragma clang system_header\n// Generated by aiact-check from "
             "its catalog: the header is missing.\n");
      if (New)
        HeaderOrder.push_back(H);
      It->second += "#include \"" + Own + "\"\n";
    }
  }
  for (const std::string &H : HeaderOrder)
    Out.push_back({std::string(StubHeaderDir) + "/" + H, HeaderText[H]});
  return Out;
}

namespace {
std::string mangle(const char *Prefix, const std::string &QualifiedClass) {
  std::string Out = Prefix;
  for (size_t I = 0; I < QualifiedClass.size(); ++I) {
    if (QualifiedClass.compare(I, 2, "::") == 0) {
      Out += "_0_";
      ++I;
    } else {
      Out += QualifiedClass[I];
    }
  }
  return Out;
}
} // namespace

std::string stubClassHook(const std::string &QualifiedClass) {
  return mangle("AIACT_MORE_", QualifiedClass);
}

std::string stubClassGuard(const std::string &QualifiedClass) {
  return mangle("AIACT_SKIP_", QualifiedClass);
}

bool isStubHeader(std::string_view File) {
  std::string_view Dir = StubHeaderDir;
  return File.size() > Dir.size() && File.substr(0, Dir.size()) == Dir &&
         File[Dir.size()] == '/';
}

} // namespace aiact
