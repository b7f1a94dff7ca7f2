#pragma once
// Runs fn(i) for i in [0, count) on `threads` std::threads with dynamic scheduling. The first
// exception thrown by fn is rethrown in the caller after all threads have joined.

#include <cstddef>
#include <functional>

namespace kps {

class StopToken;

// threads <= 0 means std::thread::hardware_concurrency(). Stops handing out new indices once
// `stop` (optional) is requested.
void parallelFor(std::size_t count, int threads, const std::function<void(std::size_t)>& fn,
                 const StopToken* stop = nullptr);

int hardwareThreads();

} // namespace kps
