//===- PurposeMismatchCheck.h - aiact-purpose-mismatch ----------*- C++ -*-===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A component's declared purpose (`Components` in .aiact.yaml) against
/// what its code shows: an Annex III point or Art. 5 practice it does not
/// declare, or a declared point that the unit's model inference does not
/// show.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_PURPOSE_PURPOSEMISMATCHCHECK_H
#define AIACT_PURPOSE_PURPOSEMISMATCHCHECK_H

#include "purpose/PurposeAnalysis.h"

namespace aiact {

class PurposeMismatchCheck : public PurposeCheck {
public:
  using PurposeCheck::PurposeCheck;

private:
  void report(const PurposeResults &Results,
              const clang::SourceManager &SM) override;
};

} // namespace aiact

#endif
