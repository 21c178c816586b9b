// RUN: %aiact --checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-synthetic-content' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-synthetic-content' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %aiact --checks='-*,aiact-unmarked-synthetic-output' %s -- -std=c++17 -I%inputs 2>&1 | count 0

// aiact-synthetic-content: OpenCV dnn. A language model run with cv::dnn is rare
// but possible (ONNX GPT-2); detection and classification are the common
// cases and must stay quiet.

#include "opencv2/dnn.hpp"
#include "opencv2/opencv.hpp"

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

// Reported: GPT-2 exported to ONNX; token ids as a float row, a hand-written
// argmax over the last position, the token appended for the next pass.
std::vector<float> gpt2(cv::dnn::Net &net, std::vector<float> ids, int vocab) {
  // CHECK: {{.*}}synthetic-content-opencv-dnn.cpp:[[@LINE+4]]:3: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
  // CHECK: {{.*}}synthetic-content-opencv-dnn.cpp:[[@LINE+5]]:5: note: model is run here (cv::dnn::Net::setInput)
  // CHECK: {{.*}}synthetic-content-opencv-dnn.cpp:[[@LINE+10]]:9: note: model output becomes a token here (argmax over cv::dnn::Net::forward)
  // CHECK: {{.*}}synthetic-content-opencv-dnn.cpp:[[@LINE+3]]:18: note: the token is fed back into the model input here
  for (int step = 0; step < 40; ++step) {
    cv::Mat input(1, static_cast<int>(ids.size()), CV_32F, ids.data());
    net.setInput(input, "input_ids");
    cv::Mat logits = net.forward();
    const float *row = logits.ptr<float>(0) + (ids.size() - 1) * vocab;
    int best = 0;
    for (int j = 1; j < vocab; ++j)
      if (row[j] > row[best])
        best = j;
    ids.push_back(static_cast<float>(best));
  }
  return ids;
}

// Reported: the same through a class; std::max_element, a do-while loop.
class TinyLm {
public:
  explicit TinyLm(const std::string &onnx)
      : net_(cv::dnn::readNetFromONNX(onnx)) {}
  std::vector<float> complete(std::vector<float> ctx, int V) {
    float last = 0;
    // CHECK: {{.*}}synthetic-content-opencv-dnn.cpp:[[@LINE+4]]:5: warning: loop generates text autoregressively; if placed on the market or put into service, Art. 50(2) would require marking its output as AI-generated and the open-source exemption of Art. 2(12) would not apply [aiact-synthetic-content]
    // CHECK: {{.*}}synthetic-content-opencv-dnn.cpp:[[@LINE+5]]:7: note: model is run here (cv::dnn::Net::setInput)
    // CHECK: {{.*}}synthetic-content-opencv-dnn.cpp:[[@LINE+7]]:33: note: model output becomes a token here (argmax over cv::dnn::Net::forward)
    // CHECK: {{.*}}synthetic-content-opencv-dnn.cpp:[[@LINE+3]]:21: note: the token is fed back into the model input here
    do {
      cv::Mat in(1, static_cast<int>(ctx.size()), CV_32F, ctx.data());
      net_.setInput(in);
      cv::Mat out = net_.forward("logits");
      const float *p = out.ptr<float>(0) + (ctx.size() - 1) * V;
      last = static_cast<float>(std::max_element(p, p + V) - p);
      ctx.push_back(last);
    } while (last != 50256.f && ctx.size() < 128);
    return ctx;
  }

private:
  cv::dnn::Net net_;
};

// Not reported: SSD face detection on a video stream.
void detect_faces(cv::VideoCapture &cap, cv::dnn::Net &net) {
  cv::Mat frame;
  while (cap.read(frame)) {
    cv::Mat blob = cv::dnn::blobFromImage(frame, 1.0, cv::Size(300, 300),
                                          cv::Scalar(104, 177, 123));
    net.setInput(blob);
    cv::Mat det = net.forward();
    const float *d = det.ptr<float>(0);
    for (int i = 0; i < 200; ++i) {
      float conf = d[i * 7 + 2];
      if (conf < 0.5f)
        continue;
      cv::Rect box(static_cast<int>(d[i * 7 + 3] * frame.cols),
                   static_cast<int>(d[i * 7 + 4] * frame.rows), 10, 10);
      cv::rectangle(frame, box, cv::Scalar(0, 255, 0));
    }
    cv::imshow("faces", frame);
    if (cv::waitKey(1) == 27)
      break;
  }
}

// Not reported: webcam classification; the label is drawn on the frame, which
// the next iteration replaces with a new capture.
void classify_stream(cv::VideoCapture &cap, cv::dnn::Net &net,
                     const std::vector<std::string> &classes) {
  cv::Mat frame;
  for (;;) {
    cap >> frame;
    if (frame.empty())
      break;
    net.setInput(cv::dnn::blobFromImage(frame, 1 / 255.0, cv::Size(224, 224)));
    cv::Mat prob = net.forward();
    const float *p = prob.ptr<float>(0);
    int cls = static_cast<int>(std::max_element(p, p + 1000) - p);
    cv::putText(frame, classes[cls], cv::Point(10, 30),
                cv::FONT_HERSHEY_SIMPLEX, 1.0, cv::Scalar(0, 0, 255));
    cv::imshow("classes", frame);
  }
}

// Not reported: YOLO-style detection with several output layers.
void yolo(cv::dnn::Net &net, cv::Mat &img,
          std::vector<std::vector<cv::Mat>> &outs) {
  for (int scale = 320; scale <= 640; scale += 160) {
    net.setInput(cv::dnn::blobFromImage(img, 1 / 255.0, cv::Size(scale, scale),
                                        cv::Scalar(), true));
    net.forward(outs, net.getUnconnectedOutLayersNames());
    std::cout << outs.size() << '\n';
  }
}
