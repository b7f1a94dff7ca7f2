#pragma once
// ProgressRelay hands core progress (reported from any worker thread) to a callback that
// usually emits a queued signal: at most once per interval plus the final count, so fast work
// does not flood the UI event queue, with an ETA from the rate since the relay was made.

#include "progress.h"

#include <QElapsedTimer>

#include <chrono>
#include <functional>
#include <mutex>

namespace kps {

class ProgressRelay : public ProgressObserver
{
public:
    // etaSeconds: -1 until something is done.
    using Deliver = std::function<void(int done, int total, double etaSeconds)>;

    // interval 0: every report is delivered.
    ProgressRelay(std::chrono::milliseconds interval, Deliver deliver);

    void progress(const std::string& stage, std::size_t done, std::size_t total) override;

private:
    std::chrono::milliseconds m_interval;
    Deliver m_deliver;
    std::mutex m_mutex; // reports come from several pool threads at once
    QElapsedTimer m_clock;
    qint64 m_lastDelivery = -1;
};

} // namespace kps
