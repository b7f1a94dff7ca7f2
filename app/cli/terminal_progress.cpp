#include "terminal_progress.h"

#include <cstdio>
#include <unistd.h>

namespace kps::cli {

TerminalProgress::TerminalProgress(std::string unit)
    : m_unit(std::move(unit)), m_isTerminal(::isatty(STDERR_FILENO) == 1)
{
}

TerminalProgress::~TerminalProgress()
{
    finish();
}

void TerminalProgress::progress(const std::string& stage, std::size_t done, std::size_t total)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    if (stage != m_stage) {
        if (m_lineOpen)
            std::fputc('\n', stderr);
        m_lineOpen = false;
        m_stage = stage;
        m_stageStart = now;
        m_lastDraw = {};
    }
    const bool last = total > 0 && done >= total;
    const auto interval =
        m_isTerminal ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000);
    if (!last && now - m_lastDraw < interval)
        return;
    m_lastDraw = now;

    const double elapsed = std::chrono::duration<double>(now - m_stageStart).count();
    const double rate = elapsed > 0 ? static_cast<double>(done) / elapsed : 0.0;
    const double eta = rate > 0 && total >= done ? static_cast<double>(total - done) / rate : -1.0;
    const double fraction =
        total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 0.0;

    if (m_isTerminal) {
        constexpr int width = 30;
        const int filled = static_cast<int>(fraction * width);
        std::string bar(static_cast<std::size_t>(filled), '#');
        bar.resize(width, '.');
        std::fprintf(stderr, "\r%s [%s] %zu/%zu %5.1f%% %.1f %s/s ETA %s   ", stage.c_str(),
                     bar.c_str(), done, total, 100.0 * fraction, rate, m_unit.c_str(),
                     formatDuration(eta).c_str());
        m_lineOpen = true;
        if (last) {
            std::fputc('\n', stderr);
            m_lineOpen = false;
        }
    } else {
        std::fprintf(stderr, "%s: %zu/%zu (%.1f%%) %.1f %s/s ETA %s\n", stage.c_str(), done, total,
                     100.0 * fraction, rate, m_unit.c_str(), formatDuration(eta).c_str());
    }
    std::fflush(stderr);
}

void TerminalProgress::finish()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_lineOpen) {
        std::fputc('\n', stderr);
        std::fflush(stderr);
    }
    m_lineOpen = false;
}

} // namespace kps::cli
