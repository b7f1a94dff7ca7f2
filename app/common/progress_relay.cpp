#include "progress_relay.h"

namespace kps {

ProgressRelay::ProgressRelay(std::chrono::milliseconds interval, Deliver deliver)
    : m_interval(interval), m_deliver(std::move(deliver))
{
    m_clock.start();
}

void ProgressRelay::progress(const std::string&, std::size_t done, std::size_t total)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const qint64 now = m_clock.elapsed();
    if (done < total && m_lastDelivery >= 0 && now - m_lastDelivery < m_interval.count())
        return;
    m_lastDelivery = now;
    const double eta = done > 0 && total >= done
                           ? double(now) / 1000.0 / double(done) * double(total - done)
                           : -1.0;
    m_deliver(static_cast<int>(done), static_cast<int>(total), eta);
}

} // namespace kps
