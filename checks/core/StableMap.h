//===- StableMap.h - A memo table whose values never move ------*- C++ -*-===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The analyses memoise per declaration and per expression, and the
/// function that fills a memo table often calls itself (directly or through
/// other analyses) before it returns. An `llvm::DenseMap` or `std::vector`
/// moves its values when it grows, so a reference taken from it before such
/// a call may dangle after it.
///
/// The rule for every cache of the analyses: a reference, pointer or
/// iterator into a container may be held only across code that cannot
/// insert into that container. A memo table whose values are read while
/// the table can still grow is a StableMap: each value lives in its own
/// allocation, and a reference to it stays valid until the table is
/// destroyed.
///
//===----------------------------------------------------------------------===//

#ifndef AIACT_CORE_STABLEMAP_H
#define AIACT_CORE_STABLEMAP_H

#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <utility>

namespace aiact {

template <typename KeyT, typename ValueT> class StableMap {
public:
  /// The value of \p K, or null when there is none yet.
  ValueT *lookup(const KeyT &K) const {
    auto It = Map.find(K);
    return It == Map.end() ? nullptr : It->second.get();
  }

  bool contains(const KeyT &K) const { return Map.count(K) != 0; }

  /// The value of \p K, made with \p Make on first use. \p Make may use the
  /// table itself (recursion); if it stored a value for \p K meanwhile, that
  /// value is overwritten in place by what \p Make returned.
  template <typename MakeT> ValueT &getOrCreate(const KeyT &K, MakeT &&Make) {
    if (ValueT *V = lookup(K))
      return *V;
    ValueT Made = Make();
    return set(K, std::move(Made));
  }

  /// Stores \p V for \p K and returns the stored value. An earlier value
  /// is overwritten in place, so references to it stay valid.
  ValueT &set(const KeyT &K, ValueT V) {
    std::unique_ptr<ValueT> &Slot = Map[K];
    if (Slot)
      *Slot = std::move(V);
    else
      Slot = std::make_unique<ValueT>(std::move(V));
    return *Slot;
  }

  /// The value of \p K, default-constructed on first use.
  ValueT &operator[](const KeyT &K) {
    std::unique_ptr<ValueT> &Slot = Map[K];
    if (!Slot)
      Slot = std::make_unique<ValueT>();
    return *Slot;
  }

  size_t size() const { return Map.size(); }
  void clear() { Map.clear(); }

private:
  llvm::DenseMap<KeyT, std::unique_ptr<ValueT>> Map;
};

} // namespace aiact

#endif // AIACT_CORE_STABLEMAP_H
