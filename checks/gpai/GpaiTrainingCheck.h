//===- GpaiTrainingCheck.h - aiact-gpai-training ----------------*- C++ -*-===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Finds code that trains a model (optimiser steps of LibTorch, ggml-opt and
/// dlib, hand-written Adam updates) and estimates the training compute where
/// the code fixes the numbers: forward FLOP per sample from the layers the
/// trained model builds (linear and 2-D convolution layers, with the input
/// shape followed through forward()), or 6·P·D for a GPT-style
/// configuration, times the samples seen (batch size times the trip counts
/// of the loops around the step). A number the code only knows at run time
/// is named with where it is read instead of a guess.
///
//===----------------------------------------------------------------------===//
#ifndef AIACT_GPAI_GPAITRAININGCHECK_H
#define AIACT_GPAI_GPAITRAININGCHECK_H

#include "core/Check.h"

#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace aiact {

class GpaiTrainingCheck : public Check {
public:
  GpaiTrainingCheck(llvm::StringRef Id, CheckContext &Ctx)
      : Check(Id, Ctx), Ctx(Ctx) {}

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
  void storeOptions(std::map<std::string, std::string> &Opts) const override;
  static std::vector<std::string> optionNames() { return {"SystemicRiskFLOP"}; }

private:
  void finishTranslationUnit() override;
  /// The systemic-risk threshold: option SystemicRiskFLOP, 1e25 by default.
  double threshold() const;

  CheckContext &Ctx;
  clang::ASTContext *Unit = nullptr;
  std::vector<const clang::FunctionDecl *> Functions;
};

} // namespace aiact

#endif
