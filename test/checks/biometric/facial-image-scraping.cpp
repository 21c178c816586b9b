// RUN: %aiact --checks='-*,aiact-facial-image-scraping' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-facial-image-scraping' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-facial-image-scraping' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %aiact --format=sarif --checks='-*,aiact-facial-image-scraping' %s -- -std=c++17 -I%inputs 2>/dev/null | FileCheck %s --check-prefix=SARIF
// SARIF: "level": "error"

// aiact-facial-image-scraping: a loop that downloads images from URLs it
// does not fix in advance, computes face templates and keeps them for
// later matching (Art. 5(1)(e)). Downloading known images, or keeping face
// crops without templates, is not this.

#include "cpr/cpr.h"
#include "curl/curl.h"
#include "opencv2/core.hpp"
#include "opencv2/imgcodecs.hpp"
#include "opencv2/objdetect.hpp"
#include "opencv2/videoio.hpp"

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

static size_t sink(char *P, size_t S, size_t N, void *U) {
  static_cast<std::vector<unsigned char> *>(U)->insert(
      static_cast<std::vector<unsigned char> *>(U)->end(), P, P + S * N);
  return S * N;
}

struct Db {
  std::vector<std::pair<std::string, cv::Mat>> Rows;
};

// libcurl over a list of URLs read from a file; templates into a database.
void f1(const char *List, cv::FaceDetectorYN &D, cv::FaceRecognizerSF &R,
        Db &Out) {
  std::ifstream In(List);
  std::string U;
  CURL *H = curl_easy_init();
  // CHECK: {{.*}}facial-image-scraping.cpp:[[@LINE+1]]:3: warning: loop downloads images in bulk, computes face templates from them and stores the templates for later matching; Art. 5(1)(e) would prohibit placing on the market, putting into service or using a system that creates or expands facial recognition databases through untargeted scraping of facial images from the internet or CCTV footage [aiact-facial-image-scraping]
  while (std::getline(In, U)) {
    std::vector<unsigned char> Buf;
    curl_easy_setopt(H, CURLOPT_URL, U.c_str());
    curl_easy_setopt(H, CURLOPT_WRITEFUNCTION, sink);
    curl_easy_setopt(H, CURLOPT_WRITEDATA, &Buf);
    // CHECK: {{.*}}facial-image-scraping.cpp:[[@LINE+1]]:9: note: images are fetched here (curl_easy_perform)
    if (curl_easy_perform(H) != CURLE_OK)
      continue;
    cv::Mat Img = cv::imdecode(Buf, cv::IMREAD_COLOR);
    cv::Mat Faces;
    // CHECK: {{.*}}facial-image-scraping.cpp:[[@LINE+1]]:5: note: faces are detected here (cv::FaceDetectorYN::detect)
    D.detect(Img, Faces);
    for (int I = 0; I < Faces.rows; ++I) {
      cv::Mat A, T;
      R.alignCrop(Img, Faces.row(I), A);
      // CHECK: {{.*}}facial-image-scraping.cpp:[[@LINE+1]]:7: note: face templates are computed here (cv::FaceRecognizerSF::feature)
      R.feature(A, T);
      // CHECK: {{.*}}facial-image-scraping.cpp:[[@LINE+1]]:7: note: and stored here
      Out.Rows.push_back({U, T.clone()});
    }
  }
  curl_easy_cleanup(H);
}

// cpr in a helper function, templates written to a file.
static cv::Mat fetch(const std::string &Url) {
  cpr::Response Res = cpr::Get(cpr::Url{Url});
  std::vector<unsigned char> Bytes(Res.text.begin(), Res.text.end());
  return cv::imdecode(Bytes, cv::IMREAD_COLOR);
}

void f2(const std::vector<std::string> &Urls, cv::FaceRecognizerSF &R,
        std::ofstream &Out) {
  // CHECK: {{.*}}facial-image-scraping.cpp:[[@LINE+1]]:3: warning: loop downloads images in bulk
  for (const std::string &Url : Urls) {
    // CHECK: {{.*}}facial-image-scraping.cpp:[[@LINE+2]]:19: note: through fetch
    // CHECK: {{.*}}facial-image-scraping.cpp:[[@LINE-10]]:23: note: images are fetched here (cpr::Get)
    cv::Mat Img = fetch(Url);
    cv::Mat T;
    // CHECK: {{.*}}facial-image-scraping.cpp:[[@LINE+1]]:5: note: face templates are computed here (cv::FaceRecognizerSF::feature)
    R.feature(Img, T);
    // CHECK: {{.*}}facial-image-scraping.cpp:[[@LINE+1]]:5: note: and stored here (fwrite)
    fwrite(T.data, sizeof(float), 128, stdout);
  }
}

// Not scraping.

// Known images: every URL is a literal.
void n1(cv::FaceRecognizerSF &R, std::vector<cv::Mat> &Out) {
  const char *Known[] = {"https://example.org/staff/a.jpg",
                         "https://example.org/staff/b.jpg"};
  CURL *H = curl_easy_init();
  for (const char *U : Known) {
    std::vector<unsigned char> Buf;
    curl_easy_setopt(H, CURLOPT_URL, U);
    curl_easy_setopt(H, CURLOPT_WRITEDATA, &Buf);
    curl_easy_perform(H);
    cv::Mat T;
    R.feature(cv::imdecode(Buf, cv::IMREAD_COLOR), T);
    Out.push_back(T);
  }
}

// Face crops saved without any template: no recognition database.
void n2(const std::vector<std::string> &Urls, cv::FaceDetectorYN &D) {
  int N = 0;
  for (const std::string &Url : Urls) {
    cv::Mat Img = fetch(Url), Faces;
    D.detect(Img, Faces);
    for (int I = 0; I < Faces.rows; ++I)
      cv::imwrite("crops/" + std::to_string(N++) + ".jpg", Img);
  }
}

// Templates computed from downloads but only compared, never kept.
int n3(const std::vector<std::string> &Urls, cv::FaceRecognizerSF &R,
       const cv::Mat &Ref) {
  int Hits = 0;
  for (const std::string &Url : Urls) {
    cv::Mat T;
    R.feature(fetch(Url), T);
    if (R.match(T, Ref) > 0.4)
      ++Hits;
  }
  return Hits;
}
