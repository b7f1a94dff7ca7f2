#include "dataset_scan_worker.h"

#include "progress.h"
#include "progress_relay.h"

#include <chrono>

namespace kps {

DatasetScanWorker::DatasetScanWorker(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<DatasetIndex>();
}

DatasetScanWorker::~DatasetScanWorker()
{
    if (m_stop)
        m_stop->requestStop();
    m_jobs.invalidate();
    m_pool.waitForDone();
}

quint64 DatasetScanWorker::start(const QString& root)
{
    cancel();
    auto stop = std::make_shared<StopToken>();
    m_stop = stop;
    const LatestJob::Ticket ticket = m_jobs.run(
        &m_pool,
        [this, root, stop](const LatestJob::Ticket& job) {
            DatasetScanResult result;
            result.generation = job.generation();
            result.root = root;
            // At most every 50 ms plus the final count: a fast scan must not flood the UI. `this`
            // is used only in the hand-back, which runs on the UI thread while the worker lives.
            ProgressRelay relay(
                std::chrono::milliseconds(50), [this, job](int done, int total, double) {
                    job.deliver([this, done, total] { Q_EMIT progressChanged(done, total); });
                });
            try {
                result.index =
                    scanDataset(std::filesystem::path(root.toStdString()), {}, &relay, stop.get());
            } catch (const std::exception& error) {
                result.error = QString::fromStdString(error.what());
            }
            return result;
        },
        [this](DatasetScanResult result) {
            m_running = 0;
            if (!result.error.isEmpty())
                Q_EMIT failed(result.root, result.error);
            else
                Q_EMIT finished(result.index);
        });
    m_running = ticket.generation();
    Q_EMIT started(root);
    return ticket.generation();
}

void DatasetScanWorker::cancel()
{
    if (m_stop)
        m_stop->requestStop();
    // Results and progress of anything running now are stale and will be dropped.
    m_jobs.invalidate();
    m_running = 0;
}

} // namespace kps
