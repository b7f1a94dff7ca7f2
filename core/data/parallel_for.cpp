#include "parallel_for.h"

#include "progress.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace kps {

int hardwareThreads()
{
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

void parallelFor(std::size_t count, int threads, const std::function<void(std::size_t)>& fn,
                 const StopToken* stop)
{
    if (count == 0)
        return;
    const int workers = static_cast<int>(std::min<std::size_t>(
        count, static_cast<std::size_t>(threads > 0 ? threads : hardwareThreads())));
    std::atomic<std::size_t> next{0};
    std::exception_ptr firstError;
    std::mutex errorMutex;
    auto work = [&] {
        for (;;) {
            if (stop && stop->stopRequested())
                return;
            {
                std::lock_guard<std::mutex> lock(errorMutex);
                if (firstError)
                    return;
            }
            const std::size_t i = next.fetch_add(1);
            if (i >= count)
                return;
            try {
                fn(i);
            } catch (...) {
                std::lock_guard<std::mutex> lock(errorMutex);
                if (!firstError)
                    firstError = std::current_exception();
            }
        }
    };
    if (workers <= 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        pool.reserve(static_cast<std::size_t>(workers));
        for (int t = 0; t < workers; ++t)
            pool.emplace_back(work);
        for (auto& thread : pool)
            thread.join();
    }
    if (firstError)
        std::rethrow_exception(firstError);
}

} // namespace kps
