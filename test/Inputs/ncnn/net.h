// Mock of ncnn's public API (ncnn/net.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_NCNN_NET_H
#define AIACT_MOCK_NCNN_NET_H

#include "ncnn/mat.h"

#include <cstdio>
#include <vector>

namespace ncnn {

// From ncnn/option.h.
class Option {
public:
  Option();
  bool lightmode;
  int num_threads;
  bool use_vulkan_compute;
  bool use_fp16_storage;
};

class Extractor;

// A network: its structure (.param) and weights (.bin).
class Net {
public:
  Net();
  virtual ~Net();

  Option opt;

  int load_param(const char *protopath);
  int load_param(FILE *fp);
  int load_param_mem(const char *mem);
  int load_param_bin(const char *protopath);
  int load_model(const char *modelpath);
  int load_model(FILE *fp);
  size_t load_param(const unsigned char *mem);
  size_t load_model(const unsigned char *mem);
  void clear();
  Extractor create_extractor() const;
  const std::vector<const char *> &input_names() const;
  const std::vector<const char *> &output_names() const;
};

// One inference: inputs are set, outputs extracted (which runs the layers
// they depend on).
class Extractor {
public:
  virtual ~Extractor();
  Extractor(const Extractor &);
  Extractor &operator=(const Extractor &);

  void clear();
  void set_light_mode(bool enable);
  void set_num_threads(int num_threads);
  int input(const char *blob_name, const Mat &in);
  int extract(const char *blob_name, Mat &feat, int type = 0);
  int input(int blob_index, const Mat &in);
  int extract(int blob_index, Mat &feat, int type = 0);

protected:
  friend Extractor Net::create_extractor() const;
  Extractor(const Net *net, size_t blob_count);
};

} // namespace ncnn

#endif // AIACT_MOCK_NCNN_NET_H
