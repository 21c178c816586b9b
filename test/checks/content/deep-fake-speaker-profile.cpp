// RUN: %aiact --checks='-*,aiact-deep-fake' --as-of=2026-11-30 %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-deep-fake' -fplugin-arg-aiact-as-of=2026-11-30 -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-deep-fake' -config="{CheckOptions: {AsOf: '2026-11-30'}}" %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-deep-fake: llama.cpp's text-to-speech takes an OuteTTS speaker
// profile (--tts-speaker-file), the words and audio codes of a recording
// of a person, and speaks in that voice. Loading the profile the setting
// names is voice cloning: through a function of the program that opens
// it, a C file handle or a file stream, by value, through a pointer or a
// reference. Checking, printing, logging, copying or comparing the setting
// loads nothing.

#include "common.h"
#include "llama.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

struct profile {
  std::string words;
  std::vector<int> codes;
};

static profile read_profile(const std::string &path) {
  profile p;
  std::ifstream in(path);
  std::getline(in, p.words);
  return p;
}

// CHECK: {{.*}}deep-fake-speaker-profile.cpp:[[@LINE+5]]:31: warning: speech synthesis imitates the voice in a speaker profile, made from a recording of a person (common_params_vocoder::speaker_file), which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
// CHECK: {{.*}}deep-fake-speaker-profile.cpp:[[@LINE+4]]:31: note: the speaker profile is loaded from this setting
std::string tts_prompt(const common_params &params, const std::string &text) {
  std::string prompt = "<|im_start|>\n";
  if (!params.vocoder.speaker_file.empty()) {
    profile sp = read_profile(params.vocoder.speaker_file);
    prompt += sp.words;
  }
  return prompt + text;
}

// CHECK: {{.*}}deep-fake-speaker-profile.cpp:[[@LINE+3]]:24: warning: speech synthesis imitates the voice in a speaker profile, made from a recording of a person (common_params_vocoder::speaker_file), which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
// CHECK: {{.*}}deep-fake-speaker-profile.cpp:[[@LINE+2]]:24: note: the speaker profile is loaded from this setting
void tts_codes(common_params *cfg, std::vector<int> &codes) {
  FILE *f = std::fopen(cfg->vocoder.speaker_file.c_str(), "rb");
  if (!f)
    return;
  int c;
  while (std::fread(&c, sizeof c, 1, f) == 1)
    codes.push_back(c);
  std::fclose(f);
}

// CHECK: {{.*}}deep-fake-speaker-profile.cpp:[[@LINE+3]]:20: warning: speech synthesis imitates the voice in a speaker profile, made from a recording of a person (common_params_vocoder::speaker_file), which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
// CHECK: {{.*}}deep-fake-speaker-profile.cpp:[[@LINE+2]]:20: note: the speaker profile is loaded from this setting
template <typename Params> std::string tts_words(const Params &p) {
  std::ifstream in(p.vocoder.speaker_file);
  std::string words;
  std::getline(in, words);
  return words;
}
template std::string tts_words<common_params>(const common_params &);

// Negatives.

void report_voice(const common_params &params) {
  if (params.vocoder.speaker_file.empty())
    std::puts("default voice");
  std::printf("speaker profile: %s\n", params.vocoder.speaker_file.c_str());
  std::cout << "profile " << params.vocoder.speaker_file << "\n";
  std::string copy = params.vocoder.speaker_file;
  if (copy == params.vocoder.speaker_file)
    std::puts("same");
}

// Logging and checking the path open nothing: a variadic template logger,
// stat, a copy into another structure of the program.
template <typename... Args> void log_info(const char *fmt, Args &&...args);
struct voice_choice {
  std::string path;
};
static void remember(voice_choice &v, const std::string &path) { v.path = path; }
int check_voice(const common_params &params, voice_choice &v) {
  log_info("speaker profile: {}", params.vocoder.speaker_file);
  remember(v, params.vocoder.speaker_file);
  return std::strcmp(params.vocoder.speaker_file.c_str(), "default.json");
}

// A field of the same name in a struct of the program.
struct my_vocoder {
  std::string speaker_file;
};
std::string other_words(const my_vocoder &v) {
  profile p = read_profile(v.speaker_file);
  return p.words;
}

// The setting held in a reference first, then read by a function of the
// program.
// CHECK: {{.*}}deep-fake-speaker-profile.cpp:[[@LINE+6]]:28: warning: speech synthesis imitates the voice in a speaker profile, made from a recording of a person (common_params_vocoder::speaker_file), which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
// CHECK: {{.*}}deep-fake-speaker-profile.cpp:[[@LINE+5]]:28: note: the speaker profile is loaded from this setting
std::string tts_voice(const common_params &params, const std::string &text) {
  const std::string &voice = params.vocoder.speaker_file;
  std::string prompt;
  if (!voice.empty())
    prompt += read_profile(voice).words;
  return prompt + text;
}
