// Mock of OpenCV's public API (opencv2/flann.hpp) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_OPENCV_FLANN_HPP
#define AIACT_MOCK_OPENCV_FLANN_HPP

#include "opencv2/core.hpp"

namespace cvflann {

enum flann_distance_t {
  FLANN_DIST_EUCLIDEAN = 1,
  FLANN_DIST_L2 = 1,
  FLANN_DIST_MANHATTAN = 2,
  FLANN_DIST_L1 = 2,
  FLANN_DIST_HAMMING = 9,
};

} // namespace cvflann

namespace cv {
namespace flann {

struct IndexParams {
  IndexParams();
  ~IndexParams();
};

struct LinearIndexParams : public IndexParams {
  LinearIndexParams();
};

struct KDTreeIndexParams : public IndexParams {
  KDTreeIndexParams(int trees = 4);
};

struct SearchParams : public IndexParams {
  SearchParams(int checks = 32, float eps = 0, bool sorted = true);
};

// Nearest-neighbour index over the rows of a feature matrix.
class Index {
public:
  Index();
  Index(InputArray features, const IndexParams &params,
        cvflann::flann_distance_t distType = cvflann::FLANN_DIST_L2);
  virtual ~Index();

  virtual void build(InputArray features, const IndexParams &params,
                     cvflann::flann_distance_t distType = cvflann::FLANN_DIST_L2);
  virtual void knnSearch(InputArray query, OutputArray indices,
                         OutputArray dists, int knn,
                         const SearchParams &params = SearchParams());
  virtual int radiusSearch(InputArray query, OutputArray indices,
                           OutputArray dists, double radius, int maxResults,
                           const SearchParams &params = SearchParams());
  virtual void save(const String &filename) const;
  virtual bool load(InputArray features, const String &filename);
  virtual void release();
};

} // namespace flann
} // namespace cv

#endif // AIACT_MOCK_OPENCV_FLANN_HPP
