// RUN: %aiact --show-remarks --checks='-*,aiact-biometric-identification,aiact-biometric-verification' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-show-remarks -fplugin-arg-aiact-checks='-*,aiact-biometric-identification,aiact-biometric-verification' -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-biometric-identification' %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not='error:'

// aiact-biometric-identification across libraries: OpenCV's contrib face
// recognisers, dlib's face ResNet, vector indexes (faiss, hnswlib, Annoy)
// queried with face templates, sherpa-onnx speaker embeddings, InspireFace,
// SeetaFace, libfprint, and face recognition models run through ONNX
// Runtime, ncnn, MNN and OpenVINO, known by their file names.

#include "MNN/Interpreter.hpp"
#include "annoylib.h"
#include "dlib/dnn.h"
#include "dlib/matrix.h"
#include "faiss/IndexFlat.h"
#include "fprint.h"
#include "hnswlib/hnswlib.h"
#include "inspireface.h"
#include "kissrandom.h"
#include "ncnn/net.h"
#include "onnxruntime_cxx_api.h"
#include "openvino/openvino.hpp"
#include "opencv2/core.hpp"
#include "opencv2/face.hpp"
#include "opencv2/objdetect.hpp"
#include "seeta/FaceDatabase.h"
#include "sherpa-onnx/c-api/c-api.h"
#include "sherpa-onnx/c-api/cxx-api.h"

#include <cmath>
#include <numeric>
#include <string>
#include <vector>

// LBPH: predict() searches every training image.
int lbph(cv::Ptr<cv::face::LBPHFaceRecognizer> M, const cv::Mat &Face) {
  // CHECK: {{.*}}libraries.cpp:[[@LINE+2]]:10: warning: cv::face::FaceRecognizer::predict searches a gallery of stored face templates for the closest match (one-to-many identification); if placed on the market or put into service to identify people without their active involvement, it would be remote biometric identification, high-risk under Annex III point 1(a), and the open-source exemption of Art. 2(12) would not apply [aiact-biometric-identification]
  // TIDY: {{.*}}libraries.cpp:[[@LINE+1]]:10: warning: cv::face::FaceRecognizer::predict searches a gallery
  return M->predict(Face);
}

// faiss queried with an SFace template.
long faiss_search(cv::FaceRecognizerSF &R, const cv::Mat &Face,
                  faiss::IndexFlatIP &Index) {
  cv::Mat T;
  R.feature(Face, T);
  float D[1];
  faiss::idx_t L[1];
  // CHECK: {{.*}}libraries.cpp:[[@LINE+3]]:3: warning: faiss::IndexFlat::search searches a gallery of stored face templates
  // CHECK: {{.*}}libraries.cpp:[[@LINE-4]]:3: note: the face template is made here (cv::FaceRecognizerSF::feature)
  // TIDY: {{.*}}libraries.cpp:[[@LINE+1]]:3: warning: faiss::IndexFlat::search searches
  Index.search(1, T.ptr<float>(), 1, D, L);
  return L[0];
}

// faiss with something else (product image embeddings): not biometric.
long faiss_products(faiss::IndexFlatL2 &Index, const std::vector<float> &Q) {
  float D[5];
  faiss::idx_t L[5];
  Index.search(1, Q.data(), 5, D, L);
  return L[0];
}

// hnswlib: templates added in one function, searched in another.
struct Hnsw {
  hnswlib::L2Space Space{128};
  hnswlib::HierarchicalNSW<float> Index{&Space, 1000};
  cv::Ptr<cv::FaceRecognizerSF> R;

  void enrol(const cv::Mat &Face, size_t Id) {
    cv::Mat T;
    R->feature(Face, T);
    Index.addPoint(T.ptr<float>(), Id);
  }
  size_t find(const cv::Mat &Face) {
    cv::Mat T;
    R->feature(Face, T);
    // CHECK: {{.*}}libraries.cpp:[[@LINE+3]]:16: warning: hnswlib::HierarchicalNSW::searchKnn searches a gallery of stored face templates
    // CHECK: {{.*}}libraries.cpp:[[@LINE-2]]:5: note: the face template is made here (cv::FaceRecognizerSF::feature)
    // CHECK: {{.*}}libraries.cpp:[[@LINE-7]]:5: note: templates are added to the gallery here
    auto Top = Index.searchKnn(T.ptr<float>(), 1);
    return Top.top().second;
  }
};

// Annoy.
int annoy(Annoy::AnnoyIndex<int, float, Annoy::Angular, Annoy::Kiss32Random,
                            Annoy::AnnoyIndexSingleThreadedBuildPolicy> &Index,
          cv::FaceRecognizerSF &R, const cv::Mat &Face) {
  cv::Mat T;
  R.feature(Face, T);
  std::vector<int> Ids;
  // CHECK: {{.*}}libraries.cpp:[[@LINE+1]]:3: warning: Annoy::AnnoyIndex::get_nns_by_vector searches a gallery of stored face templates
  Index.get_nns_by_vector(T.ptr<float>(), 1, -1, &Ids, nullptr);
  return Ids.empty() ? -1 : Ids[0];
}

// dlib's face recognition ResNet and a distance loop.
using anet = dlib::loss_metric<dlib::input_rgb_image_sized<150>>;
using face_vec = dlib::matrix<float, 0, 1>;

int dlib_who(const std::vector<face_vec> &Known,
             const dlib::matrix<dlib::rgb_pixel> &Chip) {
  anet Net;
  dlib::deserialize("dlib_face_recognition_resnet_model_v1.dat") >> Net;
  face_vec V = Net(Chip);
  for (size_t I = 0; I < Known.size(); ++I)
    // CHECK: {{.*}}libraries.cpp:[[@LINE+4]]:9: warning: dlib::length compares a face template with every template of a gallery (one-to-many identification)
    // CHECK: {{.*}}libraries.cpp:[[@LINE-2]]:3: note: the loop goes over the stored templates here
    // CHECK: {{.*}}libraries.cpp:[[@LINE-4]]:16: note: the face template is made here (dlib::add_loss_layer::operator())
    // CHECK: {{.*}}libraries.cpp:[[@LINE-6]]:21: note: model 'dlib_face_recognition_resnet_model_v1.dat' is a face recognition model, known by its file name
    if (dlib::length(V - Known[I]) < 0.6)
      return static_cast<int>(I);
  return -1;
}

// sherpa-onnx speaker embeddings: the manager searches (C and C++), or
// verifies a claimed speaker.
const char *speaker_c(const SherpaOnnxSpeakerEmbeddingExtractor *X,
                      const SherpaOnnxOnlineStream *S,
                      const SherpaOnnxSpeakerEmbeddingManager *M) {
  const float *V = SherpaOnnxSpeakerEmbeddingExtractorComputeEmbedding(X, S);
  // CHECK: {{.*}}libraries.cpp:[[@LINE+2]]:10: warning: SherpaOnnxSpeakerEmbeddingManagerSearch searches a gallery of stored voice templates
  // CHECK: {{.*}}libraries.cpp:[[@LINE-2]]:20: note: the voice template is made here (SherpaOnnxSpeakerEmbeddingExtractorComputeEmbedding)
  return SherpaOnnxSpeakerEmbeddingManagerSearch(M, V, 0.6f);
}

bool speaker_cxx(const sherpa_onnx::cxx::SpeakerEmbeddingExtractor &X,
                 const sherpa_onnx::cxx::OnlineStream &S,
                 const sherpa_onnx::cxx::SpeakerEmbeddingManager &M,
                 const std::string &Claimed) {
  std::vector<float> V = X.ComputeEmbedding(&S);
  // CHECK: {{.*}}libraries.cpp:[[@LINE+2]]:17: warning: sherpa_onnx::cxx::SpeakerEmbeddingManager::Search searches a gallery of stored voice templates
  // CHECK: {{.*}}libraries.cpp:[[@LINE-2]]:26: note: the voice template is made here (sherpa_onnx::cxx::SpeakerEmbeddingExtractor::ComputeEmbedding)
  bool Known = !M.Search(V.data(), 0.6f).empty();
  // CHECK: {{.*}}libraries.cpp:[[@LINE+2]]:19: remark: sherpa_onnx::cxx::SpeakerEmbeddingManager::Verify compares a voice template with a single reference (one-to-one verification)
  // CHECK: {{.*}}libraries.cpp:[[@LINE-5]]:26: note: the voice template is made here (sherpa_onnx::cxx::SpeakerEmbeddingExtractor::ComputeEmbedding)
  return Known && M.Verify(Claimed, V.data(), 0.6f);
}

// InspireFace's feature hub.
int inspire(HFSession S, HFImageStream Img, HFMultipleFaceData *Faces) {
  HFFaceFeature F;
  HFFaceFeatureExtract(S, Img, Faces->tokens[0], &F);
  HFloat Conf = 0;
  HFFaceFeatureIdentity Who;
  // CHECK: {{.*}}libraries.cpp:[[@LINE+1]]:3: warning: HFFeatureHubFaceSearch searches a gallery of stored face templates
  HFFeatureHubFaceSearch(F, &Conf, &Who);
  return static_cast<int>(Who.id);
}

// SeetaFace's face database.
int64_t seeta_query(seeta::FaceDatabase &Db, const SeetaImageData &Img,
                    const SeetaPointF *Points) {
  float Similarity = 0;
  // CHECK: {{.*}}libraries.cpp:[[@LINE+1]]:10: warning: seeta::v6::FaceDatabase::Query searches a gallery of stored face templates
  return Db.Query(Img, Points, &Similarity);
}

// libfprint: identify among enrolled prints, or verify one.
bool prints(FpDevice *Dev, GPtrArray *Gallery, FpPrint *Mine) {
  FpPrint *Match = nullptr;
  // CHECK: {{.*}}libraries.cpp:[[@LINE+1]]:3: warning: fp_device_identify_sync searches a gallery of stored fingerprint templates
  fp_device_identify_sync(Dev, Gallery, nullptr, nullptr, nullptr, &Match,
                          nullptr, nullptr);
  gboolean Ok = FALSE;
  // CHECK: {{.*}}libraries.cpp:[[@LINE+1]]:3: remark: fp_device_verify_sync compares a fingerprint template with a single reference (one-to-one verification)
  fp_device_verify_sync(Dev, Mine, nullptr, nullptr, nullptr, &Ok, nullptr,
                        nullptr);
  return Match != nullptr && Ok;
}

// Recognition models run through inference runtimes, known by file name,
// compared by a hand-written cosine similarity.
static float cosine(const float *A, const float *B, int N) {
  float D = 0, NA = 0, NB = 0;
  for (int I = 0; I < N; ++I) {
    D += A[I] * B[I];
    NA += A[I] * A[I];
    NB += B[I] * B[I];
  }
  return D / std::sqrt(NA * NB);
}

int ort(const Ort::Env &E, const Ort::SessionOptions &O, Ort::Value &Crop,
        const std::vector<std::vector<float>> &Known) {
  Ort::Session S(E, "models/w600k_r50.onnx", O);
  const char *In[] = {"input.1"}, *Out[] = {"683"};
  std::vector<Ort::Value> R = S.Run(Ort::RunOptions{nullptr}, In, &Crop, 1, Out, 1);
  const float *P = R[0].GetTensorMutableData<float>();
  int Best = -1;
  float Top = 0.4f;
  for (size_t I = 0; I < Known.size(); ++I) {
    // CHECK: {{.*}}libraries.cpp:[[@LINE+4]]:19: warning: cosine compares a face template with every template of a gallery (one-to-many identification)
    // CHECK: {{.*}}libraries.cpp:[[@LINE-2]]:3: note: the loop goes over the stored templates here
    // CHECK: {{.*}}libraries.cpp:[[@LINE-6]]:20: note: the face template is made here (Ort::detail::ValueImpl::GetTensorMutableData)
    // CHECK: {{.*}}libraries.cpp:[[@LINE-10]]:21: note: model 'w600k_r50.onnx' is a face recognition model, known by its file name
    float Score = cosine(P, Known[I].data(), 512);
    if (Score > Top) {
      Top = Score;
      Best = static_cast<int>(I);
    }
  }
  return Best;
}

// ncnn with MobileFaceNet and the dot product written inline.
int ncnn_who(const ncnn::Mat &In, const std::vector<std::vector<float>> &G) {
  ncnn::Net Net;
  Net.load_param("mobilefacenet.param");
  Net.load_model("mobilefacenet.bin");
  ncnn::Extractor Ex = Net.create_extractor();
  Ex.input("data", In);
  ncnn::Mat Out;
  Ex.extract("fc1", Out);
  const float *P = Out;
  int Best = -1;
  float Top = 0;
  for (size_t K = 0; K < G.size(); ++K) {
    float Dot = 0;
    for (int D = 0; D < 128; ++D)
      // CHECK: {{.*}}libraries.cpp:[[@LINE+2]]:19: warning: element-wise arithmetic compares a face template with every template of a gallery (one-to-many identification)
      // CHECK: {{.*}}libraries.cpp:[[@LINE-4]]:3: note: the loop goes over the stored templates here
      Dot += P[D] * G[K][D];
    if (Dot > Top) {
      Top = Dot;
      Best = static_cast<int>(K);
    }
  }
  return Best;
}

// OpenVINO with ArcFace, nearest by cv::norm.
int openvino(ov::Core &Core, const ov::Tensor &In, const std::vector<cv::Mat> &G) {
  auto Model = Core.read_model("arcface_r100.xml");
  ov::CompiledModel C = Core.compile_model(Model, "CPU");
  ov::InferRequest Req = C.create_infer_request();
  Req.set_input_tensor(In);
  Req.infer();
  ov::Tensor Out = Req.get_output_tensor();
  cv::Mat P(1, 512, 5, Out.data<float>());
  int Best = -1;
  double Low = 1.2;
  for (size_t I = 0; I < G.size(); ++I)
    // CHECK: {{.*}}libraries.cpp:[[@LINE+1]]:9: warning: cv::norm compares a face template with every template of a gallery (one-to-many identification)
    if (cv::norm(P, G[I]) < Low)
      Best = static_cast<int>(I);
  return Best;
}

// MNN with SFace; std::inner_product over a list of templates.
int mnn(const std::vector<std::vector<float>> &G) {
  MNN::Interpreter *Net = MNN::Interpreter::createFromFile("face_recognition_sface_2021dec.mnn");
  MNN::ScheduleConfig Cfg;
  MNN::Session *S = Net->createSession(Cfg);
  Net->runSession(S);
  MNN::Tensor *Out = Net->getSessionOutput(S, nullptr);
  const float *P = Out->host<float>();
  int I = 0;
  for (const std::vector<float> &T : G) {
    // CHECK: {{.*}}libraries.cpp:[[@LINE+1]]:9: warning: std::inner_product compares a face template with every template of a gallery (one-to-many identification)
    if (std::inner_product(T.begin(), T.end(), P, 0.0f) > 0.5f)
      return I;
    ++I;
  }
  return -1;
}
