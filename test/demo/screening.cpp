//===- screening.cpp - Shortlisting job applications with ONNX Runtime ----===//
//
// Part of the aiact-check demo project.
//
//===----------------------------------------------------------------------===//
//
// Reads job applications, scores each applicant's CV against a job
// description with a LightGBM ranker, and writes the best-ranked applicants
// to a shortlist for the recruiter.
//
// Usage: screening MODEL.txt JOB.txt APPLICATIONS.txt [TOP_N]
// APPLICATIONS.txt holds one application per line: "<id>\t<cv text>".
//
//===----------------------------------------------------------------------===//

#include "LightGBM/c_api.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

struct JobApplication {
  std::string id;
  std::string cv_text;
  float match_score = 0.0f;
};

/// Hashes words into a fixed-size bag of words: the model's input.
std::vector<float> featurise(const std::string &Job, const std::string &Cv) {
  std::vector<float> Features(512, 0.0f);
  size_t Start = 0;
  const std::string Text = Job + " [SEP] " + Cv;
  while (Start < Text.size()) {
    size_t End = Text.find(' ', Start);
    if (End == std::string::npos)
      End = Text.size();
    size_t H = std::hash<std::string>()(Text.substr(Start, End - Start));
    Features[H % Features.size()] += 1.0f;
    Start = End + 1;
  }
  return Features;
}

/// A LightGBM ranker (LambdaRank) trained on past hiring decisions.
class Ranker {
public:
  explicit Ranker(const char *Path) {
    int Iterations = 0;
    if (LGBM_BoosterCreateFromModelfile(Path, &Iterations, &Booster) != 0)
      Booster = nullptr;
  }
  ~Ranker() {
    if (Booster)
      LGBM_BoosterFree(Booster);
  }

  float score(const std::vector<float> &Features) const {
    int64_t Length = 0;
    double Relevance = 0.0;
    LGBM_BoosterPredictForMatSingleRow(
        Booster, Features.data(), C_API_DTYPE_FLOAT32,
        static_cast<int>(Features.size()), /*is_row_major=*/1,
        C_API_PREDICT_NORMAL, 0, -1, "", &Length, &Relevance);
    return static_cast<float>(Relevance);
  }

private:
  BoosterHandle Booster = nullptr;
};

std::vector<JobApplication> readApplications(const char *Path) {
  std::vector<JobApplication> Applications;
  std::ifstream In(Path);
  std::string Line;
  while (std::getline(In, Line)) {
    size_t Tab = Line.find('\t');
    if (Tab != std::string::npos)
      Applications.push_back({Line.substr(0, Tab), Line.substr(Tab + 1)});
  }
  return Applications;
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 4) {
    std::cerr << "usage: screening MODEL.txt JOB.txt APPLICATIONS.txt "
                 "[TOP_N]\n";
    return 2;
  }
  Ranker Model(Argv[1]);
  std::ifstream JobFile(Argv[2]);
  std::string Job((std::istreambuf_iterator<char>(JobFile)),
                  std::istreambuf_iterator<char>());
  std::vector<JobApplication> Applications = readApplications(Argv[3]);
  size_t TopN = Argc > 4 ? std::strtoul(Argv[4], nullptr, 10) : 10;

  for (JobApplication &A : Applications) {
    std::vector<float> Features = featurise(Job, A.cv_text);
    A.match_score = Model.score(Features);
  }
  std::sort(Applications.begin(), Applications.end(),
            [](const JobApplication &L, const JobApplication &R) {
              return L.match_score > R.match_score;
            });
  for (size_t I = 0; I < Applications.size() && I < TopN; ++I)
    std::cout << Applications[I].id << "\t" << Applications[I].match_score
              << "\n";
  return 0;
}
