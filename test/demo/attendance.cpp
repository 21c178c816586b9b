//===- attendance.cpp - Face-recognition attendance with OpenCV -----------===//
//
// Part of the aiact-check demo project.
//
//===----------------------------------------------------------------------===//
//
// Watches the entrance camera, recognises enrolled employees by their faces
// and logs each person's first arrival of the day to a CSV file.
//
// Usage: attendance YUNET.onnx SFACE.onnx GALLERY.txt [LOG.csv]
// GALLERY.txt holds one enrolled employee per line: "<name> <photo path>".
//
//===----------------------------------------------------------------------===//

#include "opencv2/opencv.hpp"

#include <ctime>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

/// Cosine similarity above which two SFace features count as the same
/// person.
constexpr double SamePersonThreshold = 0.363;

/// An enrolled employee and the feature of their reference photo.
struct Employee {
  std::string Name;
  cv::Mat Feature;
};

/// Face detection, face features and the gallery of enrolled employees.
class FaceIndex {
public:
  FaceIndex(cv::Ptr<cv::FaceDetectorYN> Detector,
            cv::Ptr<cv::FaceRecognizerSF> Recognizer)
      : Detector(Detector), Recognizer(Recognizer) {}

  /// Finds the faces in Image: one row per face, box and landmarks.
  void detect(const cv::Mat &Image, cv::Mat &Faces) {
    Detector->setInputSize(cv::Size(Image.cols, Image.rows));
    Detector->detect(Image, Faces);
  }

  /// Computes the feature of the most prominent face in Image.
  bool describe(const cv::Mat &Image, cv::Mat &Feature) {
    cv::Mat Faces;
    detect(Image, Faces);
    if (Faces.rows < 1)
      return false;
    describeFace(Image, Faces.row(0), Feature);
    return true;
  }

  /// Computes the feature of the face at Box in Image.
  void describeFace(const cv::Mat &Image, const cv::Mat &Box,
                    cv::Mat &Feature) {
    cv::Mat Aligned, Raw;
    Recognizer->alignCrop(Image, Box, Aligned);
    Recognizer->feature(Aligned, Raw);
    Feature = Raw.clone();
  }

  /// Returns the enrolled employee closest to Probe, or null if nobody is
  /// similar enough.
  const Employee *identify(const cv::Mat &Probe) const {
    const Employee *Best = nullptr;
    double BestScore = SamePersonThreshold;
    for (const Employee &E : Gallery) {
      const double Score =
          Recognizer->match(Probe, E.Feature, cv::FaceRecognizerSF::FR_COSINE);
      if (Score >= BestScore) {
        BestScore = Score;
        Best = &E;
      }
    }
    return Best;
  }

  /// Adds an employee from a reference photo; false if it shows no face.
  bool enrol(const std::string &Name, const std::string &PhotoPath) {
    cv::Mat Photo = cv::imread(PhotoPath);
    Employee E;
    E.Name = Name;
    if (Photo.empty() || !describe(Photo, E.Feature))
      return false;
    Gallery.push_back(E);
    return true;
  }

  /// Number of enrolled employees.
  size_t size() const { return Gallery.size(); }

private:
  cv::Ptr<cv::FaceDetectorYN> Detector;
  cv::Ptr<cv::FaceRecognizerSF> Recognizer;
  std::vector<Employee> Gallery;
};

/// The local time as "YYYY-MM-DD hh:mm:ss".
std::string now() {
  const std::time_t T = std::time(nullptr);
  char Buffer[32];
  std::strftime(Buffer, sizeof(Buffer), "%Y-%m-%d %H:%M:%S",
                std::localtime(&T));
  return Buffer;
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 4) {
    std::cerr << "usage: " << Argv[0]
              << " YUNET.onnx SFACE.onnx GALLERY.txt [LOG.csv]\n";
    return 1;
  }

  FaceIndex Index(cv::FaceDetectorYN::create(Argv[1], "", cv::Size(320, 320)),
                  cv::FaceRecognizerSF::create(Argv[2], ""));

  std::ifstream GalleryFile(Argv[3]);
  std::string Line;
  while (std::getline(GalleryFile, Line)) {
    std::istringstream Fields(Line);
    std::string Name, Photo;
    if (!(Fields >> Name >> Photo))
      continue;
    if (!Index.enrol(Name, Photo))
      std::cerr << "no usable face for " << Name << " in " << Photo << '\n';
  }
  std::cerr << Index.size() << " employees enrolled\n";

  std::ofstream Log(Argc > 4 ? Argv[4] : "attendance.csv", std::ios::app);
  cv::VideoCapture Camera(0);
  if (!Camera.isOpened()) {
    std::cerr << "cannot open the camera\n";
    return 1;
  }

  std::set<std::string> Arrived;
  cv::Mat Frame, Faces;
  while (Camera.read(Frame)) {
    Index.detect(Frame, Faces);
    for (int I = 0; I < Faces.rows; ++I) {
      cv::Mat Probe;
      Index.describeFace(Frame, Faces.row(I), Probe);
      const Employee *Who = Index.identify(Probe);
      if (!Who || !Arrived.insert(Who->Name).second)
        continue;
      Log << now() << ',' << Who->Name << '\n' << std::flush;
      std::cout << Who->Name << " arrived\n";
    }
  }
  return 0;
}
