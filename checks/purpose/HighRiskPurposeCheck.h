//===- HighRiskPurposeCheck.h - aiact-high-risk-purpose ---------*- C++ -*-===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Model inference that serves an Annex III purpose (points 2 to 8): credit
/// scoring, recruitment, education, essential services, law enforcement,
/// migration, justice and elections, and critical infrastructure.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_PURPOSE_HIGHRISKPURPOSECHECK_H
#define AIACT_PURPOSE_HIGHRISKPURPOSECHECK_H

#include "purpose/PurposeAnalysis.h"

namespace aiact {

class HighRiskPurposeCheck : public PurposeCheck {
public:
  using PurposeCheck::PurposeCheck;

private:
  void report(const PurposeResults &Results,
              const clang::SourceManager &SM) override;
};

} // namespace aiact

#endif
