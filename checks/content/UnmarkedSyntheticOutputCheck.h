//===- UnmarkedSyntheticOutputCheck.h - aiact-unmarked-synthetic-output ---===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
#ifndef AIACT_CONTENT_UNMARKEDSYNTHETICOUTPUTCHECK_H
#define AIACT_CONTENT_UNMARKEDSYNTHETICOUTPUTCHECK_H

#include "core/FunctionCheck.h"

namespace aiact {

/// Finds generated content that leaves the program (a file, an image or WAV
/// writer, stdout, a stream, a socket, an HTTP response) without passing a
/// marking function (Art. 50(2)); with marking on the path, the duty shows
/// evidence of being met.
class UnmarkedSyntheticOutputCheck : public FunctionCheck {
public:
  using FunctionCheck::FunctionCheck;

private:
  void checkFunction(const clang::FunctionDecl *FD, GenerationAnalyzer &A,
                     const clang::SourceManager &SM) override;
};

} // namespace aiact

#endif
