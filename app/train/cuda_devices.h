#pragma once
// The CUDA devices LibTorch can use here, with name and free memory for the Train page's device
// choice. Torch-free header; empty on a CPU-only LibTorch or a machine without a GPU.

#include <string>
#include <vector>

namespace kps {

struct CudaDeviceInfo
{
    int index = 0;
    std::string name;        // empty when this LibTorch build cannot tell
    double freeBytes = -1.0; // -1 when unknown
    double totalBytes = -1.0;
};

std::vector<CudaDeviceInfo> cudaDevices();

} // namespace kps
