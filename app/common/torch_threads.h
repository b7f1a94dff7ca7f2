#pragma once
// LibTorch's intra-op thread count is per calling thread (libgomp) and defaults to one here:
// every thread that runs torch work sets it explicitly.

namespace kps {

// torch::set_num_threads(hardware threads) for the calling thread.
void useAllHardwareThreadsForTorch();
void setTorchThreads(int threads);

} // namespace kps
