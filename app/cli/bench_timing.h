#pragma once
// Wall-clock timing for the bench commands: seconds a piece of work takes.
#include <chrono>

namespace kps::cli {

template <typename Work> double secondsFor(Work&& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace kps::cli
