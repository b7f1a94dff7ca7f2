#pragma once
// How long-running core/ work reports progress and is asked to stop or pause. The GUI's workers
// and the CLI's terminal progress bar implement ProgressObserver; both hold a StopToken.

#include <atomic>
#include <chrono>
#include <cstddef>
#include <string>
#include <thread>

namespace kps {

class StopToken
{
public:
    void requestStop() { m_stop.store(true); }
    bool stopRequested() const { return m_stop.load(); }
    void setPaused(bool paused) { m_paused.store(paused); }
    bool paused() const { return m_paused.load(); }

    // Blocks while paused; returns false when a stop was requested (also during the pause).
    bool waitWhilePaused() const
    {
        while (m_paused.load() && !m_stop.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return !m_stop.load();
    }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_paused{false};
};

// A remaining time for people: "mm:ss", "h:mm:ss" from an hour on, "--:--" when unknown
// (negative, not finite, or beyond ~4 months). Terminal progress bars and the GUI's ETAs.
std::string formatDuration(double seconds);

class ProgressObserver
{
public:
    virtual ~ProgressObserver() = default;
    // done of total units of `stage` (e.g. "scanning", "rendering"). Called from worker threads:
    // implementations must be thread-safe.
    virtual void progress(const std::string& stage, std::size_t done, std::size_t total) = 0;
};

} // namespace kps
