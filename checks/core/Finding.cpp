//===- Finding.cpp - The finding model shared by every front-end ----------===//
//
// Part of aiact-check, under the Apache License v2.0.
//
//===----------------------------------------------------------------------===//

#include "core/Finding.h"

#include <cstdio>
#include <ctime>

#include <tuple>

namespace aiact {

const char *effectName(Effect E) {
  switch (E) {
  case Effect::Prohibited:
    return "prohibited";
  case Effect::HighRisk:
    return "high-risk";
  case Effect::Transparency:
    return "transparency";
  case Effect::ObligationUnmet:
    return "obligation-unmet";
  case Effect::ObligationMet:
    return "obligation-met";
  case Effect::Gpai:
    return "gpai";
  case Effect::Info:
    return "info";
  }
  // Only reachable with a value cast from outside the enum's range; a name
  // that no consumer accepts makes that visible without crashing.
  return "unknown";
}

const char *confidenceName(Confidence C) {
  switch (C) {
  case Confidence::Possible:
    return "possible";
  case Confidence::Likely:
    return "likely";
  case Confidence::Certain:
    return "certain";
  }
  return "unknown";
}

std::optional<Confidence> parseConfidence(const std::string &Name) {
  if (Name == "possible")
    return Confidence::Possible;
  if (Name == "likely")
    return Confidence::Likely;
  if (Name == "certain")
    return Confidence::Certain;
  return std::nullopt;
}

bool isRemarkEffect(Effect E) {
  return E == Effect::ObligationMet || E == Effect::Gpai || E == Effect::Info;
}

std::string Message::str() const {
  std::string Out;
  Out.reserve(Format.size());
  // One left-to-right pass, so that an argument containing "%1" is copied
  // as it is instead of being substituted again.
  for (size_t I = 0; I < Format.size(); ++I) {
    char C = Format[I];
    if (C != '%' || I + 1 == Format.size()) {
      Out += C;
      continue;
    }
    char Next = Format[I + 1];
    if (Next == '%') {
      Out += '%';
      ++I;
      continue;
    }
    if (Next >= '0' && Next <= '9') {
      size_t Index = static_cast<size_t>(Next - '0');
      if (Index < Args.size()) {
        Out += Args[Index];
        ++I;
        continue;
      }
    }
    // A placeholder without an argument stays visible rather than vanishing.
    Out += C;
  }
  return Out;
}

bool findingLess(const Finding &A, const Finding &B) {
  if (std::tie(A.Pos.File, A.Pos.Line, A.Pos.Column, A.CheckId) !=
      std::tie(B.Pos.File, B.Pos.Line, B.Pos.Column, B.CheckId))
    return std::tie(A.Pos.File, A.Pos.Line, A.Pos.Column, A.CheckId) <
           std::tie(B.Pos.File, B.Pos.Line, B.Pos.Column, B.CheckId);
  return A.Msg.str() < B.Msg.str();
}

std::optional<unsigned> parseIsoDate(const std::string &Text) {
  if (Text.size() != 10 || Text[4] != '-' || Text[7] != '-')
    return std::nullopt;
  unsigned V[3] = {0, 0, 0};
  const size_t Start[3] = {0, 5, 8}, Len[3] = {4, 2, 2};
  for (int I = 0; I < 3; ++I)
    for (size_t J = Start[I]; J < Start[I] + Len[I]; ++J) {
      if (Text[J] < '0' || Text[J] > '9')
        return std::nullopt;
      V[I] = V[I] * 10 + static_cast<unsigned>(Text[J] - '0');
    }
  unsigned Y = V[0], M = V[1], D = V[2];
  static const unsigned Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool Leap = (Y % 4 == 0 && Y % 100 != 0) || Y % 400 == 0;
  if (Y < 1970 || M < 1 || M > 12 || D < 1 ||
      D > Days[M - 1] + (M == 2 && Leap ? 1 : 0))
    return std::nullopt;
  return Y * 10000 + M * 100 + D;
}

unsigned todayUtc() {
  std::time_t Now = std::time(nullptr);
  std::tm T{};
  gmtime_r(&Now, &T);
  return static_cast<unsigned>(T.tm_year + 1900) * 10000 +
         static_cast<unsigned>(T.tm_mon + 1) * 100 +
         static_cast<unsigned>(T.tm_mday);
}

std::string formatIsoDate(unsigned Date) {
  char Buf[16];
  std::snprintf(Buf, sizeof Buf, "%04u-%02u-%02u", Date / 10000,
                Date / 100 % 100, Date % 100);
  return Buf;
}

} // namespace aiact
