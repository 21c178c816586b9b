// A CUDA source without the CUDA toolkit: kernels and runtime calls.
#include <cuda_runtime.h>
#include <cstdio>

__global__ void scale(float *x, float f, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n)
    x[i] *= f;
}

int main() {
  float *d = nullptr;
  cudaMalloc(&d, 1024 * sizeof(float));
  scale<<<4, 256>>>(d, 2.0f, 1024);
  cudaDeviceSynchronize();
  cudaFree(d);
  std::printf("done\n");
  return 0;
}
