// Mock of dlib's public API (dlib/dnn.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_DLIB_DNN_H
#define AIACT_MOCK_DLIB_DNN_H

#include "dlib/geometry.h"
#include "dlib/matrix.h"
#include "dlib/serialize.h"

#include <cstddef>
#include <string>
#include <vector>

namespace dlib {

// Input layers.
template <typename T> class input {};
class input_rgb_image {};
template <std::size_t NR, std::size_t NC = NR> class input_rgb_image_sized {};

// Computational layers, reduced to what network type declarations name.
template <typename LAYER_DETAILS, typename SUBNET> class add_layer {};

enum fc_bias_mode { FC_HAS_BIAS = 0, FC_NO_BIAS = 1 };
template <unsigned long num_outputs, fc_bias_mode bias_mode> class fc_ {};
class relu_ {};
template <long nr, long nc, int stride_y, int stride_x> class avg_pool_ {};

template <unsigned long num_outputs, typename SUBNET>
using fc = add_layer<fc_<num_outputs, FC_HAS_BIAS>, SUBNET>;
template <unsigned long num_outputs, typename SUBNET>
using fc_no_bias = add_layer<fc_<num_outputs, FC_NO_BIAS>, SUBNET>;
template <typename SUBNET> using relu = add_layer<relu_, SUBNET>;
template <typename SUBNET>
using avg_pool_everything = add_layer<avg_pool_<0, 0, 0, 0>, SUBNET>;

// The network's top: running it on images gives one output per image.
template <typename LOSS_DETAILS, typename SUBNET> class add_loss_layer {
public:
  typedef typename LOSS_DETAILS::output_label_type output_label_type;

  add_loss_layer();
  template <typename T>
  std::vector<output_label_type> operator()(const std::vector<T> &data,
                                            std::size_t batch_size = 128);
  template <typename T> output_label_type operator()(const T &x);
};

// Training: the trainer runs the solver's steps over the data.
class sgd {
public:
  sgd(float weight_decay = 0.0005f, float momentum = 0.9f);
};
class adam {
public:
  adam(float weight_decay = 0, float momentum1 = 0.9f, float momentum2 = 0.999f);
};
template <typename net_type, typename solver_type = sgd> class dnn_trainer {
public:
  explicit dnn_trainer(net_type &net, const solver_type &solver = solver_type());
  void set_learning_rate(double lr);
  void set_mini_batch_size(unsigned long size);
  void set_max_num_epochs(unsigned long num);
  template <typename T, typename L>
  const net_type &train(const std::vector<T> &data, const std::vector<L> &labels);
  template <typename T, typename L>
  void train_one_step(const std::vector<T> &data, const std::vector<L> &labels);
};

// Metric learning: a face or speaker embedding per input.
class loss_metric_ {
public:
  typedef matrix<float, 0, 1> output_label_type;
  typedef unsigned long training_label_type;
};
template <typename SUBNET> using loss_metric = add_loss_layer<loss_metric_, SUBNET>;

// Classification.
class loss_multiclass_log_ {
public:
  typedef unsigned long output_label_type;
  typedef unsigned long training_label_type;
};
template <typename SUBNET>
using loss_multiclass_log = add_loss_layer<loss_multiclass_log_, SUBNET>;

// Max-margin object detection (the CNN face detector).
struct mmod_rect {
  rectangle rect;
  double detection_confidence;
  bool ignore;
  std::string label;
};
class loss_mmod_ {
public:
  typedef std::vector<mmod_rect> output_label_type;
};
template <typename SUBNET> using loss_mmod = add_loss_layer<loss_mmod_, SUBNET>;

} // namespace dlib

#endif // AIACT_MOCK_DLIB_DNN_H
