//===- ProhibitedPracticeCheck.h - aiact-prohibited-practice ----*- C++ -*-===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Model inference whose data path suggests a practice Art. 5(1)(a) to (d)
/// prohibits: manipulation, exploiting vulnerabilities, social scoring,
/// crime prediction from profiling.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_PURPOSE_PROHIBITEDPRACTICECHECK_H
#define AIACT_PURPOSE_PROHIBITEDPRACTICECHECK_H

#include "purpose/PurposeAnalysis.h"

namespace aiact {

class ProhibitedPracticeCheck : public PurposeCheck {
public:
  using PurposeCheck::PurposeCheck;

private:
  void report(const PurposeResults &Results,
              const clang::SourceManager &SM) override;
};

} // namespace aiact

#endif
