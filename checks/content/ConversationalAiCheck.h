//===- ConversationalAiCheck.h - aiact-conversational-ai ------------------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//
#ifndef AIACT_CONTENT_CONVERSATIONALAICHECK_H
#define AIACT_CONTENT_CONVERSATIONALAICHECK_H

#include "core/FunctionCheck.h"

namespace aiact {

/// One place where a program talks with a person.
struct Conversation {
  const clang::FunctionDecl *Function = nullptr;
  clang::SourceLocation Loc; ///< the loop keyword or the route registration
  Evidence Input;            ///< where the person's words come in
  /// For speech: where the captured audio is transcribed.
  std::optional<Evidence> Transcribed;
  /// For speech a capture callback stores: where it stores it, and the
  /// callback's name.
  std::optional<Evidence> Filled;
  Evidence Reply;    ///< where the answer is generated
  std::string Route; ///< the HTTP route, for route conversations
  /// For a route that is not a chat path: the handler whose request
  /// reaches a model, and where it writes the generated answer.
  std::optional<Evidence> Handler;
  std::optional<Evidence> Answer;
  const clang::FunctionDecl *HandlerFn = nullptr;
};

/// Finds the conversations in \p FD: a loop that reads user input and
/// answers with generated content, or an HTTP chat route.
std::vector<Conversation> findConversations(const clang::FunctionDecl *FD,
                                            GenerationAnalyzer &A);

/// Finds programs that converse with people (Art. 50(1)): an interactive
/// loop that reads what a person types and answers with generated content,
/// or a chat route of an HTTP server.
class ConversationalAiCheck : public FunctionCheck {
public:
  using FunctionCheck::FunctionCheck;

private:
  void checkFunction(const clang::FunctionDecl *FD, GenerationAnalyzer &A,
                     const clang::SourceManager &SM) override;
};

} // namespace aiact

#endif
