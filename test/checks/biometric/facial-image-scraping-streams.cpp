// RUN: %aiact --checks='-*,aiact-facial-image-scraping' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-facial-image-scraping' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-facial-image-scraping' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-facial-image-scraping with Boost.Beast and with CCTV: templates
// from pages fetched over a socket, and from an RTSP camera stream, added
// to a faiss index for later matching. A local webcam enrolling its user
// once is not scraping.

#include "boost/beast/core.hpp"
#include "boost/beast/http.hpp"
#include "faiss/IndexFlat.h"
#include "opencv2/core.hpp"
#include "opencv2/imgcodecs.hpp"
#include "opencv2/objdetect.hpp"
#include "opencv2/videoio.hpp"

#include <string>
#include <vector>

namespace http = boost::beast::http;

struct Socket {};

void crawl(Socket &S, const std::vector<std::string> &Targets,
           cv::FaceRecognizerSF &R, faiss::IndexFlatIP &Index) {
  boost::beast::flat_buffer Buf;
  // CHECK: {{.*}}streams.cpp:[[@LINE+1]]:3: warning: loop downloads images in bulk, computes face templates from them and stores the templates for later matching
  for (const std::string &T : Targets) {
    http::request<http::string_body> Req(http::verb::get, T, 11);
    http::write(S, Req);
    http::response<http::string_body> Res;
    // CHECK: {{.*}}streams.cpp:[[@LINE+1]]:5: note: images are fetched here (boost::beast::http::read)
    http::read(S, Buf, Res);
    std::vector<unsigned char> Bytes(Res.body().begin(), Res.body().end());
    cv::Mat F;
    // CHECK: {{.*}}streams.cpp:[[@LINE+1]]:5: note: face templates are computed here (cv::FaceRecognizerSF::feature)
    R.feature(cv::imdecode(Bytes, cv::IMREAD_COLOR), F);
    // CHECK: {{.*}}streams.cpp:[[@LINE+1]]:5: note: and stored here (faiss::IndexFlatCodes::add)
    Index.add(1, F.ptr<float>());
  }
}

void cctv(cv::FaceDetectorYN &D, cv::FaceRecognizerSF &R,
          faiss::IndexFlatIP &Index) {
  cv::VideoCapture Cam("rtsp://192.168.1.20/stream2");
  cv::Mat Frame, Faces;
  // CHECK: {{.*}}streams.cpp:[[@LINE+1]]:3: warning: loop downloads images in bulk
  while (Cam.read(Frame)) {
    D.detect(Frame, Faces);
    for (int I = 0; I < Faces.rows; ++I) {
      cv::Mat A, F;
      R.alignCrop(Frame, Faces.row(I), A);
      R.feature(A, F);
      Index.add(1, F.ptr<float>());
    }
  }
}

// A local webcam: not a network stream.
void enrol_me(cv::FaceRecognizerSF &R, faiss::IndexFlatIP &Index) {
  cv::VideoCapture Cam(0);
  cv::Mat Frame, F;
  for (int I = 0; I < 3 && Cam.read(Frame); ++I) {
    R.feature(Frame, F);
    Index.add(1, F.ptr<float>());
  }
}
