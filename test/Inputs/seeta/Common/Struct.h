// Mock of SeetaFace6's public API (seeta/Common/Struct.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_SEETA_COMMON_STRUCT_H
#define AIACT_MOCK_SEETA_COMMON_STRUCT_H

#include <cstdint>
#include <string>
#include <vector>

#define SEETA_API

// The C structures (seeta/Common/CStruct.h in the real SDK).
extern "C" {

struct SeetaImageData {
  int width;
  int height;
  int channels;
  unsigned char *data;
};

struct SeetaPoint {
  int x;
  int y;
};

struct SeetaPointF {
  double x;
  double y;
};

struct SeetaSize {
  int width;
  int height;
};

struct SeetaRect {
  int x;
  int y;
  int width;
  int height;
};

enum SeetaDevice {
  SEETA_DEVICE_AUTO = 0,
  SEETA_DEVICE_CPU = 1,
  SEETA_DEVICE_GPU = 2,
};

// model is a null-terminated list of model file names.
struct SeetaModelSetting {
  enum SeetaDevice device;
  int id;
  const char **model;
};

} // extern "C"

namespace seeta {

class ImageData : public SeetaImageData {
public:
  ImageData();
  ImageData(int width, int height, int channels);
  ImageData(const unsigned char *data, int width, int height, int channels);
  ImageData(const SeetaImageData &image);
};

// The model files a module is constructed from.
class ModelSetting : public SeetaModelSetting {
public:
  enum Device { AUTO, CPU, GPU };

  ModelSetting();
  ModelSetting(const SeetaModelSetting &other);
  ModelSetting(const std::string &model, Device device = AUTO, int id = 0);
  ModelSetting(const std::vector<std::string> &model, Device device = AUTO,
               int id = 0);
  ModelSetting(Device device, int id = 0);

  void set_device(Device device);
  void set_id(int id);
  void append(const std::string &model);
  void clear();
};

} // namespace seeta

#endif // AIACT_MOCK_SEETA_COMMON_STRUCT_H
