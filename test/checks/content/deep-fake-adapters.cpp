// RUN: %aiact --checks='-*,aiact-deep-fake' --as-of=2026-11-30 %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang -fsyntax-only -std=c++17 -fplugin=%plugin -fplugin-arg-aiact-checks='-*,aiact-deep-fake' -fplugin-arg-aiact-as-of=2026-11-30 -I%inputs %s 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -load %tidymod -checks='-*,aiact-deep-fake' -config="{CheckOptions: {AsOf: '2026-11-30'}}" %s -- -std=c++17 -I%inputs 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// aiact-deep-fake: identity-preserving adapters (IP-Adapter FaceID, InstantID,
// PhotoMaker, PuLID) known by their published file names, loaded with ONNX
// Runtime's C++ API, its C API (through the OrtApi table) and LibTorch. The
// plain IP-Adapter, which carries the style of any image, is not one.

#include "onnxruntime_cxx_api.h"
#include "torch/script.h"

#include <memory>
#include <string>

// CHECK: {{.*}}deep-fake-adapters.cpp:[[@LINE+5]]:10: warning: model 'ip-adapter-faceid_sd15.onnx' is an adapter that makes generated images keep the identity of the person in a reference photo, which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
// CHECK: {{.*}}deep-fake-adapters.cpp:[[@LINE+4]]:46: note: the model file is named here
// CHECK: {{.*}}deep-fake-adapters.cpp:[[@LINE+8]]:3: warning: model 'instantid_ip_adapter.onnx' is an adapter that makes generated images keep the identity of the person in a reference photo, which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
// CHECK: {{.*}}deep-fake-adapters.cpp:[[@LINE+7]]:27: note: the model file is named here
std::unique_ptr<Ort::Session> face_adapter(Ort::Env &env, Ort::SessionOptions &o) {
  return std::make_unique<Ort::Session>(env, "ip-adapter-faceid_sd15.onnx", o);
}

OrtSession *instant(const OrtApi *api, OrtEnv *env, OrtSessionOptions *o) {
  OrtSession *s = nullptr;
  api->CreateSession(env, "models/instantid_ip_adapter.onnx", o, &s);
  return s;
}

// CHECK: {{.*}}deep-fake-adapters.cpp:[[@LINE+4]]:10: warning: model 'pulid_v1.1.pt' is an adapter that makes generated images keep the identity of the person in a reference photo, which makes deep fakes of real people; if placed on the market or put into service, Art. 50(4) would require disclosing that the content is artificially generated or manipulated, and the open-source exemption of Art. 2(12) would not apply [aiact-deep-fake]
// CHECK: {{.*}}deep-fake-adapters.cpp:[[@LINE+3]]:33: note: the model file is named here
torch::jit::Module pulid() {
  std::string dir = "weights/";
  return torch::jit::load(dir + "pulid_v1.1.pt");
}

// Not reported: the plain adapter, and a face detector.
std::unique_ptr<Ort::Session> style(Ort::Env &env, Ort::SessionOptions &o) {
  auto s = std::make_unique<Ort::Session>(env, "ip-adapter_sd15.onnx", o);
  Ort::Session det(env, "scrfd_10g_bnkps.onnx", o);
  return s;
}
