#include "torch_threads.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <thread>

namespace kps {

void setTorchThreads(int threads)
{
    at::set_num_threads(std::max(1, threads));
}

void useAllHardwareThreadsForTorch()
{
    setTorchThreads(static_cast<int>(std::thread::hardware_concurrency()));
}

} // namespace kps
