// RUN: %aiact --checks='-*,aiact-realtime-biometric-identification' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-realtime-biometric-identification' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-realtime-biometric-identification' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-realtime-biometric-identification: identification in the loop that
// reads a camera (by index, an RTSP stream, a GStreamer pipeline, a member
// opened elsewhere). Video files and sources the code cannot see are not
// live.

#include "opencv2/core.hpp"
#include "opencv2/objdetect.hpp"
#include "opencv2/videoio.hpp"

#include <string>
#include <vector>

struct G {
  cv::Ptr<cv::FaceRecognizerSF> R;
  std::vector<cv::Mat> T;

  int who(const cv::Mat &P) const {
    for (size_t I = 0; I < T.size(); ++I)
      if (R->match(P, T[I]) > 0.4)
        return static_cast<int>(I);
    return -1;
  }
  cv::Mat probe(const cv::Mat &Img) {
    cv::Mat F;
    R->feature(Img, F);
    return F;
  }
};

void f1(G &Gal) {
  // CHECK: {{.*}}realtime-biometric-identification.cpp:[[@LINE+3]]:3: warning: loop identifies people from a live source (camera 0) as it is captured (real-time one-to-many identification); if placed on the market or put into service, it would be high-risk under Annex III point 1(a), the open-source exemption of Art. 2(12) would not apply, and Art. 5(1)(h) would prohibit using it for law enforcement in publicly accessible spaces outside the narrow exceptions of Art. 5(2)-(7) [aiact-realtime-biometric-identification]
  // CHECK: {{.*}}realtime-biometric-identification.cpp:[[@LINE+1]]:20: note: the live source is opened here (cv::VideoCapture::VideoCapture)
  cv::VideoCapture C(0);
  for (cv::Mat F; C.read(F);) {
    // CHECK: {{.*}}realtime-biometric-identification.cpp:[[@LINE-1]]:19: note: each capture is read here (cv::VideoCapture::read)
    // CHECK: {{.*}}realtime-biometric-identification.cpp:[[@LINE+2]]:14: note: which calls who
    // CHECK: {{.*}}realtime-biometric-identification.cpp:[[@LINE-18]]:11: note: which compares the template with the gallery here (cv::FaceRecognizerSF::match)
    int Id = Gal.who(Gal.probe(F));
    (void)Id;
  }
}

// An RTSP stream named through a local string, read with operator>>.
void f2(G &Gal) {
  std::string Url = "rtsp://10.0.0.7:554/stream1";
  cv::VideoCapture C;
  C.open(Url, cv::CAP_FFMPEG);
  cv::Mat F;
  // CHECK: {{.*}}realtime-biometric-identification.cpp:[[@LINE+1]]:3: warning: loop identifies people from a live source (rtsp stream) as it is captured
  while (true) {
    C >> F;
    if (F.empty())
      break;
    if (Gal.who(Gal.probe(F)) >= 0)
      break;
  }
}

// A camera held as a member and opened with a GStreamer pipeline in the
// constructor; the loop is in another member function.
class H {
public:
  H()
      : C("v4l2src device=/dev/video2 ! videoconvert ! appsink",
          cv::CAP_ANY) {}
  void run(G &Gal) {
    cv::Mat F;
    // CHECK: {{.*}}realtime-biometric-identification.cpp:[[@LINE+1]]:5: warning: loop identifies people from a live source (camera (v4l2src)) as it is captured
    do {
      if (!C.read(F))
        return;
    } while (Gal.who(Gal.probe(F)) < 0);
  }

private:
  cv::VideoCapture C;
};

// A camera index computed at run time is still a camera.
void f3(G &Gal, int Cam) {
  cv::VideoCapture C(Cam + 1);
  cv::Mat F;
  // CHECK: {{.*}}realtime-biometric-identification.cpp:[[@LINE+1]]:3: warning: loop identifies people from a live source (a camera by index) as it is captured
  while (C.read(F))
    Gal.who(Gal.probe(F));
}

// Not live.

// A recorded video file.
void n1(G &Gal) {
  cv::VideoCapture C("recordings/lobby-2026-03-01.mp4");
  cv::Mat F;
  while (C.read(F))
    Gal.who(Gal.probe(F));
}

// A source from the command line: a file or a stream, the code cannot say.
void n2(G &Gal, const char *Path) {
  cv::VideoCapture C(Path);
  cv::Mat F;
  while (C.read(F))
    Gal.who(Gal.probe(F));
}

// A live camera used to enrol one photo; identification happens later,
// outside the capture loop.
void n3(G &Gal) {
  cv::VideoCapture C(0);
  cv::Mat F;
  for (int I = 0; I < 10; ++I)
    C.read(F);
  Gal.T.push_back(Gal.probe(F));
  Gal.who(Gal.probe(F));
}

// A live camera with face detection only.
void n4(cv::FaceDetectorYN &D) {
  cv::VideoCapture C(0);
  cv::Mat F, Faces;
  while (C.read(F))
    D.detect(F, Faces);
}
