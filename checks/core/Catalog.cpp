//===- Catalog.cpp - Looking up catalogued APIs
//----------------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "core/Catalog.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <map>
#include <unordered_map>

namespace aiact {
namespace {

/// One row of the compiled-in default catalog.
struct StaticEntry {
  const char *Name;
  const char *Last;
  const char *Library;
  Signal Sig;
  uint32_t InputArgs;
  bool Writes;
  uint32_t IdentityArgs;
  uint32_t CallbackArgs;
  uint32_t OutputArgs;
  const char *IdentityFields;
  Medium Med;
  const char *Source;
};

struct StaticLibrary {
  const char *Library;
  const char *Headers; ///< newline-separated
  const char *Types;   ///< newline-separated
};

struct StaticModel {
  const char *Pattern;
  const char *Technique;
  const char *Library;
  const char *Source;
};

// Generated at build time from config/catalog/*.yaml: functions sorted by
// Last, then model patterns in file order. Each table ends with an empty
// row, so that it is never empty; the row is not counted.
const StaticEntry DefaultEntries[] = {
#define AIACT_ENTRY(...) __VA_ARGS__,
#define AIACT_MODEL(...)
#define AIACT_LIBRARY(...)
#include "DefaultCatalog.inc"
#undef AIACT_ENTRY
#undef AIACT_MODEL
    {"", "", "", Signal::ModelForward, 0u, false, 0u, 0u, 0u, "", Medium::None,
     ""}};
constexpr size_t NumDefault =
    sizeof(DefaultEntries) / sizeof(DefaultEntries[0]) - 1;

const StaticModel DefaultModels[] = {
#define AIACT_ENTRY(...)
#define AIACT_MODEL(...) __VA_ARGS__,
#include "DefaultCatalog.inc"
#undef AIACT_ENTRY
#undef AIACT_MODEL
    {"", "", "", ""}};

const StaticLibrary DefaultLibraries[] = {
#define AIACT_ENTRY(...)
#define AIACT_MODEL(...)
#undef AIACT_LIBRARY
#define AIACT_LIBRARY(...) __VA_ARGS__,
#include "DefaultCatalog.inc"
#undef AIACT_ENTRY
#undef AIACT_MODEL
#undef AIACT_LIBRARY
    {"", "", ""}};
constexpr size_t NumDefaultLibraries =
    sizeof(DefaultLibraries) / sizeof(DefaultLibraries[0]) - 1;

std::vector<std::string> splitLines(const char *Text) {
  std::vector<std::string> Out;
  std::string Cur;
  for (const char *C = Text; *C; ++C) {
    if (*C == '\n') {
      Out.push_back(Cur);
      Cur.clear();
    } else {
      Cur += *C;
    }
  }
  if (!Cur.empty())
    Out.push_back(Cur);
  return Out;
}
constexpr size_t NumDefaultModels =
    sizeof(DefaultModels) / sizeof(DefaultModels[0]) - 1;

std::pair<const StaticEntry *, const StaticEntry *>
defaultRange(std::string_view Last) {
  auto Less = [](const StaticEntry &E, std::string_view L) {
    return std::string_view(E.Last) < L;
  };
  auto Greater = [](std::string_view L, const StaticEntry &E) {
    return L < std::string_view(E.Last);
  };
  const StaticEntry *B = DefaultEntries, *End = DefaultEntries + NumDefault;
  const StaticEntry *Lo = std::lower_bound(B, End, Last, Less);
  const StaticEntry *Hi = std::upper_bound(Lo, End, Last, Greater);
  return {Lo, Hi};
}

/// N objects made on first use, each once, safely from several threads: a
/// thread that loses the race to fill a slot drops its copy and uses the
/// winner's.
template <typename T, size_t N> class Slots {
public:
  Slots() : Items(new std::atomic<T *>[N ? N : 1]) {
    for (size_t I = 0; I < N; ++I)
      Items[I].store(nullptr, std::memory_order_relaxed);
  }
  ~Slots() {
    for (size_t I = 0; I < N; ++I)
      delete Items[I].load(std::memory_order_relaxed);
  }
  Slots(const Slots &) = delete;
  Slots &operator=(const Slots &) = delete;

  const T *get(size_t I) const {
    return Items[I].load(std::memory_order_acquire);
  }
  const T &put(size_t I, std::unique_ptr<T> Made) {
    T *Expected = nullptr;
    if (Items[I].compare_exchange_strong(Expected, Made.get(),
                                         std::memory_order_acq_rel))
      return *Made.release();
    return *Expected;
  }

private:
  std::unique_ptr<std::atomic<T *>[]> Items;
};

} // namespace

struct Catalog::Impl {
  /// User entries by last name component, later files first.
  std::map<std::string, std::vector<CatalogEntry>, std::less<>> User;
  /// Default entries turned into CatalogEntry on first lookup, by index.
  /// The driver looks entries up from several threads at once: a slot is
  /// filled once, by whichever thread gets there first.
  mutable Slots<CatalogEntry, NumDefault> Materialized;
  /// Default entries overridden by a user file, by index.
  std::vector<size_t> Overridden;
  /// Model patterns of user files, later files first.
  std::vector<ModelPattern> UserModels;
  /// Libraries of user files, in the order added.
  std::vector<LibraryInfo> UserLibraries;
  /// Default model patterns turned into ModelPattern on first match.
  mutable Slots<ModelPattern, NumDefaultModels> MaterializedModels;

  const CatalogEntry &materialize(size_t I) const {
    if (const CatalogEntry *Done = Materialized.get(I))
      return *Done;
    const StaticEntry &S = DefaultEntries[I];
    auto E = std::make_unique<CatalogEntry>();
    E->Name = S.Name;
    E->Library = S.Library;
    E->Sig = S.Sig;
    E->InputArgs = S.InputArgs;
    E->Writes = S.Writes;
    E->IdentityArgs = S.IdentityArgs;
    E->CallbackArgs = S.CallbackArgs;
    E->OutputArgs = S.OutputArgs;
    E->IdentityFields = S.IdentityFields;
    E->Med = S.Med;
    E->Source = S.Source;
    return Materialized.put(I, std::move(E));
  }
  bool isOverridden(size_t I) const {
    return std::find(Overridden.begin(), Overridden.end(), I) !=
           Overridden.end();
  }
};

Catalog::Catalog() : P(std::make_unique<Impl>()) {}
Catalog::~Catalog() = default;
Catalog::Catalog(Catalog &&) = default;
Catalog &Catalog::operator=(Catalog &&) = default;

std::vector<std::string> Catalog::addUserEntries(const CatalogFile &File) {
  std::vector<std::string> Overrides;
  if (!File.Headers.empty() || !File.Types.empty())
    P->UserLibraries.push_back({File.Library, File.Headers, File.Types});
  P->UserModels.insert(P->UserModels.begin(), File.Models.begin(),
                       File.Models.end());
  for (const CatalogEntry &E : File.Entries) {
    std::string Last(lastNameComponent(E.Name));
    auto &Bucket = P->User[Last];
    auto Same =
        std::find_if(Bucket.begin(), Bucket.end(),
                     [&](const CatalogEntry &O) { return O.Name == E.Name; });
    if (Same != Bucket.end()) {
      Overrides.push_back(E.Name + " (" + Same->Source + ")");
      Bucket.erase(Same);
    }
    auto [Lo, Hi] = defaultRange(Last);
    for (const StaticEntry *S = Lo; S != Hi; ++S)
      if (E.Name == S->Name && !P->isOverridden(S - DefaultEntries)) {
        Overrides.push_back(E.Name + " (" + S->Source + ")");
        P->Overridden.push_back(S - DefaultEntries);
      }
    Bucket.insert(Bucket.begin(), E);
  }
  return Overrides;
}

void Catalog::lookup(std::string_view LastName,
                     std::vector<const CatalogEntry *> &Out) const {
  Out.clear();
  if (!P->User.empty()) {
    auto It = P->User.find(LastName);
    if (It != P->User.end())
      for (const CatalogEntry &E : It->second)
        Out.push_back(&E);
  }
  auto [Lo, Hi] = defaultRange(LastName);
  for (const StaticEntry *S = Lo; S != Hi; ++S) {
    size_t I = S - DefaultEntries;
    if (!P->Overridden.empty() && P->isOverridden(I))
      continue;
    Out.push_back(&P->materialize(I));
  }
}

bool Catalog::mayContain(std::string_view LastName) const {
  auto [Lo, Hi] = defaultRange(LastName);
  if (Lo != Hi)
    return true;
  return !P->User.empty() && P->User.find(LastName) != P->User.end();
}

size_t Catalog::size() const {
  size_t N = NumDefault - P->Overridden.size();
  for (const auto &KV : P->User)
    N += KV.second.size();
  return N;
}

std::vector<const CatalogEntry *> Catalog::entries() const {
  std::vector<const CatalogEntry *> Out;
  for (size_t I = 0; I < NumDefault; ++I)
    if (!P->isOverridden(I))
      Out.push_back(&P->materialize(I));
  for (const auto &KV : P->User)
    for (const CatalogEntry &E : KV.second)
      Out.push_back(&E);
  return Out;
}

std::vector<LibraryInfo> Catalog::libraries() const {
  std::vector<LibraryInfo> Out;
  for (size_t I = 0; I < NumDefaultLibraries; ++I)
    Out.push_back({DefaultLibraries[I].Library,
                   splitLines(DefaultLibraries[I].Headers),
                   splitLines(DefaultLibraries[I].Types)});
  Out.insert(Out.end(), P->UserLibraries.begin(), P->UserLibraries.end());
  return Out;
}

const ModelPattern *Catalog::matchModel(std::string_view FileName) const {
  for (const ModelPattern &M : P->UserModels)
    if (modelNameMatches(M.Pattern, FileName))
      return &M;
  for (size_t I = 0; I < NumDefaultModels; ++I)
    if (modelNameMatches(DefaultModels[I].Pattern, FileName)) {
      if (const ModelPattern *Done = P->MaterializedModels.get(I))
        return Done;
      const StaticModel &S = DefaultModels[I];
      return &P->MaterializedModels.put(
          I, std::make_unique<ModelPattern>(
                 ModelPattern{S.Pattern, S.Technique, S.Library, S.Source}));
    }
  return nullptr;
}

} // namespace aiact
