// RUN: %aiact --checks='-*,aiact-biometric-categorisation' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-biometric-categorisation' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-biometric-categorisation' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// Declared dataset labelling: Art. 5(1)(g) excepts it; still high-risk.
// RUN: %aiact --config-file=%S/Inputs/dataset.yaml --checks='-*,aiact-biometric-categorisation' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=DATASET
// DATASET: {{.*}}biometric-categorisation.cpp:65:10: warning: infers race or ethnic origin of people (labels of race or ethnic origin) while labelling or filtering a dataset; Art. 5(1)(g) excepts the labelling or filtering of lawfully acquired biometric datasets, but if placed on the market or put into service, biometric categorisation would still be high-risk under Annex III point 1(b), with the Art. 50(3) duty to inform the people exposed [aiact-biometric-categorisation]
// DATASET: note: the declared intended purpose of component 'audit' names '{{dataset|labelling}}'

// aiact-biometric-categorisation: age and sex from faces with OpenCV's dnn
// module (the classic age_net/gender_net Caffe models and their labels),
// and a race classifier, which Art. 5(1)(g) prohibits.

#include "opencv2/core.hpp"
#include "opencv2/dnn.hpp"
#include "opencv2/objdetect.hpp"

#include <array>
#include <string>
#include <vector>

static const std::vector<std::string> Buckets = {
    "(0-2)", "(4-6)", "(8-12)", "(15-20)", "(25-32)", "(38-43)", "(48-53)",
    "(60-100)"};
static const char *Sexes[] = {"Male", "Female"};

static int top(const cv::Mat &Out, int N) {
  int K = 0;
  for (int I = 1; I < N; ++I)
    if (Out.at<float>(0, I) > Out.at<float>(0, K))
      K = I;
  return K;
}

std::string f1(const cv::Mat &Img) {
  cv::CascadeClassifier D("haarcascade_frontalface_default.xml");
  std::vector<cv::Rect> Faces;
  D.detectMultiScale(Img, Faces);
  cv::dnn::Net A = cv::dnn::readNetFromCaffe("age_deploy.prototxt", "age_net.caffemodel");
  cv::dnn::Net S = cv::dnn::readNetFromCaffe("gender_deploy.prototxt", "gender_net.caffemodel");
  std::string Out;
  for (const cv::Rect &R : Faces) {
    cv::Mat Face = Img(R);
    A.setInput(Face);
    S.setInput(Face);
    // CHECK: {{.*}}biometric-categorisation.cpp:[[@LINE+5]]:12: warning: infers age and sex of people (labels of age); if placed on the market or put into service, biometric categorisation would be high-risk under Annex III point 1(b), Art. 50(3) would require informing the people exposed to it, and the open-source exemption of Art. 2(12) would not apply [aiact-biometric-categorisation]
    // CHECK: {{.*}}biometric-categorisation.cpp:[[@LINE+4]]:12: note: labels of age used here: '(0-2)', '(4-6)', '(8-12)', '(15-20)', ...
    // CHECK: {{.*}}biometric-categorisation.cpp:[[@LINE+4]]:12: note: labels of sex used here: 'Male', 'Female'
    // CHECK: {{.*}}biometric-categorisation.cpp:[[@LINE-10]]:46: note: and model 'age_deploy.prototxt' here
    // CHECK: {{.*}}biometric-categorisation.cpp:[[@LINE-10]]:46: note: and model 'gender_deploy.prototxt' here
    Out += Buckets[top(A.forward(), 8)] + " ";
    Out += Sexes[top(S.forward(), 2)];
  }
  return Out;
}

// A race classifier: prohibited by Art. 5(1)(g).
const char *f2(cv::dnn::Net &Net, const cv::Mat &Face) {
  static const char *const Groups[] = {"White", "Black", "Latino_Hispanic",
                                       "East Asian", "Southeast Asian",
                                       "Indian", "Middle Eastern"};
  Net.setInput(Face);
  cv::Mat P = Net.forward();
  // CHECK: {{.*}}biometric-categorisation.cpp:[[@LINE+2]]:10: warning: infers race or ethnic origin of people (labels of race or ethnic origin); Art. 5(1)(g) would prohibit placing on the market, putting into service or using a biometric categorisation system that deduces race, political opinions, trade-union membership, religious or philosophical beliefs, sex life or sexual orientation [aiact-biometric-categorisation]
  // CHECK: {{.*}}biometric-categorisation.cpp:[[@LINE+1]]:10: note: labels of race or ethnic origin used here: 'White', 'Black', 'Latino_Hispanic', 'East Asian', ...
  return Groups[top(P, 7)];
}

// Not categorisation.

// Colour names of a clothing classifier are not race labels.
const char *n1(cv::dnn::Net &Net, const cv::Mat &Img) {
  static const char *const Colours[] = {"black", "white", "red", "blue"};
  Net.setInput(Img);
  return Colours[top(Net.forward(), 4)];
}

// A fixed label, not indexed by the model's output.
const char *n2() { return Sexes[0]; }

// A shop's departments: two of the four labels name a sex.
const char *n3(cv::dnn::Net &Net, const cv::Mat &Img) {
  static const char *const Departments[] = {"men", "women", "unisex", "kids"};
  Net.setInput(Img);
  return Departments[top(Net.forward(), 4)];
}

// Account ages in days, from a churn model: no person is that old.
std::string n4(cv::dnn::Net &Churn, const cv::Mat &Usage) {
  static const std::vector<std::string> Days = {
      "(0-7)", "(8-30)", "(31-90)", "(91-365)", "(366-1000)"};
  Churn.setInput(Usage);
  return Days[top(Churn.forward(), 5)];
}

// German labels in a std::array, in a member function.
struct Kiosk {
  cv::dnn::Net Net;
  const char *sex(const cv::Mat &Face) {
    static const std::array<const char *, 2> L = {"männlich", "weiblich"};
    Net.setInput(Face);
    // CHECK: {{.*}}biometric-categorisation.cpp:[[@LINE+2]]:12: warning: infers sex of people (labels of sex); if placed on the market or put into service, biometric categorisation would be high-risk under Annex III point 1(b)
    // CHECK: {{.*}}biometric-categorisation.cpp:[[@LINE+1]]:12: note: labels of sex used here: 'männlich', 'weiblich'
    return L[top(Net.forward(), 2)];
  }
};
