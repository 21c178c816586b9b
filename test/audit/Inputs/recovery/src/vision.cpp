// Uses std::vector and std::string with only the OpenCV umbrella header
// included, as code built against the real OpenCV does; OpenCV is missing.
#include <cstdint>
#include <opencv2/opencv.hpp>
#include "util/features.h"

using namespace std;

struct Person {
  string name;
  vector<float> face;
};

int count(const vector<Person> &people) {
  int64_t n = PROJECT_FEATURES;
  for (const Person &p : people)
    n += p.face.empty() ? 0 : 1;
  return static_cast<int>(n);
}
