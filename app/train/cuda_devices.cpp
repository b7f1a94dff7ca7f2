#include "cuda_devices.h"

#include <torch/cuda.h>

// Names and free memory need the CUDA runtime, present only with a CUDA build of LibTorch
// (Debian's CPU LibTorch ships ATen/cuda headers but no CUDA toolkit).
#if __has_include(<ATen/cuda/CUDAContext.h>) && __has_include(<cuda_runtime_api.h>)
#include <ATen/cuda/CUDAContext.h>
#include <c10/cuda/CUDAGuard.h>
#include <cuda_runtime_api.h>
#define KPS_HAVE_CUDA_RUNTIME 1
#endif

#include <exception>

namespace kps {

std::vector<CudaDeviceInfo> cudaDevices()
{
    std::vector<CudaDeviceInfo> devices;
    try {
        if (!torch::cuda::is_available())
            return devices;
        const auto count = static_cast<int>(torch::cuda::device_count());
        for (int i = 0; i < count; ++i) {
            CudaDeviceInfo info;
            info.index = i;
#ifdef KPS_HAVE_CUDA_RUNTIME
            if (const cudaDeviceProp* properties = at::cuda::getDeviceProperties(i)) {
                info.name = properties->name;
                info.totalBytes = static_cast<double>(properties->totalGlobalMem);
            }
            const c10::cuda::CUDAGuard guard(static_cast<c10::DeviceIndex>(i));
            std::size_t freeBytes = 0, totalBytes = 0;
            if (cudaMemGetInfo(&freeBytes, &totalBytes) == cudaSuccess) {
                info.freeBytes = static_cast<double>(freeBytes);
                info.totalBytes = static_cast<double>(totalBytes);
            }
#endif
            devices.push_back(info);
        }
    } catch (const std::exception&) {
        // A broken driver counts as no GPU: training falls back to the CPU.
    }
    return devices;
}

} // namespace kps
