// Relies on the standard headers that a missing third-party header would
// have brought (<vector>, <string>, <map>), and on names of namespaces
// that the catalog stubs do not declare.
#include <facekit/facekit.hpp>
#include <opencv2/opencv.hpp>

using namespace std;

struct Entry {
  string person;
  vector<float> embedding;
};

static map<string, int> seen;

float similarity(const vector<float> &a, const vector<float> &b) {
  float s = 0;
  for (size_t i = 0; i < a.size(); ++i)
    s += a[i] * b[i];
  return s;
}

string identify(const vector<Entry> &gallery, const vector<float> &probe) {
  string best;
  float top = 0.5f;
  for (const Entry &e : gallery) {
    float s = similarity(e.embedding, probe);
    if (s > top) {
      top = s;
      best = e.person;
    }
  }
  return best;
}

int main(int argc, char **argv) {
  cv::CommandLineParser args(argc, argv, "{image||}");
  facekit::Detector detector(args.get<string>("detector"));
  cv::Mat frame = cv::imread(args.get<string>("image"), CV_LOAD_IMAGE_COLOR);
  cv::Mat face = detector.crop(frame);
  cv::dnn::Net recognizer = cv::dnn::readNetFromONNX("w600k_mbf.onnx");
  recognizer.setInput(cv::dnn::blobFromImage(face));
  vector<float> probe = recognizer.forward();
  vector<Entry> gallery;
  return identify(gallery, probe).empty() ? 1 : 0;
}
