#include "acme/face.hpp"

#include <cstddef>
#include <vector>

int who(acme::Handle<acme::Matcher> M, const char *Path,
        const std::vector<acme::Image> &Known) {
  acme::Image Img = acme::load_image(Path);
  if (Img.width < 16 || Img.pixels == nullptr)
    return -1;
  acme::Image P;
  M->embed(Img.crop(0, 0, Img.width, Img.height), P);
  for (std::size_t I = 0; I < Known.size(); ++I)
    if (M->score(P, Known[I], acme::Matcher::COSINE) > M->threshold())
      return static_cast<int>(I);
  return -1;
}
