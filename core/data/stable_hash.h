#pragma once
// A hash that is the same on every run and machine (std::hash is not): names cache files and
// keys cached content.

#include <cstdint>
#include <string_view>

namespace kps {

// 64-bit FNV-1a.
inline std::uint64_t stableHash(std::string_view text)
{
    std::uint64_t hash = 1469598103934665603ULL;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    return hash;
}

} // namespace kps
