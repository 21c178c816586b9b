// RUN: %expect-exit 0 %aiact --show-remarks --checks='-*,aiact-biometric-*,aiact-realtime-biometric-identification,aiact-emotion-recognition,aiact-facial-image-scraping' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-show-remarks -fplugin-arg-aiact-checks='-*,aiact-biometric-*,aiact-realtime-biometric-identification,aiact-emotion-recognition,aiact-facial-image-scraping' -I%inputs %s 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error|remark}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-biometric-*,aiact-realtime-biometric-identification,aiact-emotion-recognition,aiact-facial-image-scraping' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error|remark}}:'

// What the biometric checks must not report, not even as remarks: face
// detection, landmarks, blurring, person re-identification with anonymous
// track ids, pose estimation, speaker diarization, and training a face
// recogniser without ever searching a gallery.

#include "onnxruntime_cxx_api.h"
#include "opencv2/core.hpp"
#include "opencv2/face.hpp"
#include "opencv2/imgproc.hpp"
#include "opencv2/objdetect.hpp"
#include "opencv2/videoio.hpp"
#include "sherpa-onnx/c-api/c-api.h"

#include <cmath>
#include <cstdio>
#include <vector>

// Detection and blurring on a live camera: anonymisation.
void blur_faces(cv::Ptr<cv::FaceDetectorYN> D) {
  cv::VideoCapture C(0);
  cv::Mat F, Faces;
  while (C.read(F)) {
    D->detect(F, Faces);
    for (int I = 0; I < Faces.rows; ++I)
      cv::GaussianBlur(F, F, cv::Size(31, 31), 0);
  }
}

// Landmarks: where the eyes are, not who it is.
void landmarks(cv::Ptr<cv::face::Facemark> M, const cv::Mat &Img,
               std::vector<cv::Rect> &Faces) {
  std::vector<std::vector<cv::Point2f>> Points;
  M->fit(Img, Faces, Points);
}

// Person re-identification: appearance embeddings of whole bodies matched
// against anonymous tracks (OSNet). No biometric template, no identity.
struct Track {
  int Id;
  std::vector<float> Feat;
};

static float cosine(const std::vector<float> &A, const std::vector<float> &B) {
  float D = 0, NA = 0, NB = 0;
  for (size_t I = 0; I < A.size(); ++I) {
    D += A[I] * B[I];
    NA += A[I] * A[I];
    NB += B[I] * B[I];
  }
  return D / (std::sqrt(NA) * std::sqrt(NB));
}

int reid(const Ort::Env &E, const Ort::SessionOptions &O, Ort::Value &Crop,
         std::vector<Track> &Tracks) {
  Ort::Session S(E, "osnet_x0_25_msmt17.onnx", O);
  const char *In[] = {"input"}, *Out[] = {"output"};
  std::vector<Ort::Value> R = S.Run(Ort::RunOptions{nullptr}, In, &Crop, 1, Out, 1);
  float *P = R[0].GetTensorMutableData<float>();
  std::vector<float> Feat(P, P + 512);
  int Best = -1;
  float Top = 0.7f;
  for (const Track &T : Tracks)
    if (cosine(Feat, T.Feat) > Top)
      Best = T.Id;
  if (Best < 0)
    Tracks.push_back({static_cast<int>(Tracks.size()), Feat});
  return Best;
}

// Pose estimation.
void pose(const Ort::Env &E, const Ort::SessionOptions &O, Ort::Value &Img) {
  Ort::Session S(E, "rtmpose-m_simcc-body7_pt-body7_420e-256x192.onnx", O);
  const char *In[] = {"input"}, *Out[] = {"simcc_x"};
  S.Run(Ort::RunOptions{nullptr}, In, &Img, 1, Out, 1);
}

// Speaker diarization: anonymous speaker numbers, no enrolled voices.
void diarize(const SherpaOnnxOfflineSpeakerDiarization *SD, const float *S,
             int32_t N) {
  const SherpaOnnxOfflineSpeakerDiarizationResult *R =
      SherpaOnnxOfflineSpeakerDiarizationProcess(SD, S, N);
  int32_t K = SherpaOnnxOfflineSpeakerDiarizationResultGetNumSegments(R);
  const SherpaOnnxOfflineSpeakerDiarizationSegment *Seg =
      SherpaOnnxOfflineSpeakerDiarizationResultSortByStartTime(R);
  for (int32_t I = 0; I < K; ++I)
    std::printf("%.2f-%.2f speaker_%02d\n", Seg[I].start, Seg[I].end,
                Seg[I].speaker);
}

// Training a face recogniser and saving it: no gallery search here.
void train(const std::vector<cv::Mat> &Faces, const std::vector<int> &Labels) {
  cv::Ptr<cv::face::LBPHFaceRecognizer> M = cv::face::LBPHFaceRecognizer::create();
  M->train(Faces, Labels);
  M->write("lbph.yml");
}
