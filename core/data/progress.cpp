#include "progress.h"

#include <cmath>
#include <cstdio>

namespace kps {

std::string formatDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 1e7)
        return "--:--";
    const long s = std::lround(seconds);
    char text[32];
    if (s >= 3600)
        std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    else
        std::snprintf(text, sizeof text, "%02ld:%02ld", s / 60, s % 60);
    return text;
}

} // namespace kps
