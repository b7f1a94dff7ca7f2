#include "dataset_scan_worker.h"

#include "progress.h"
#include "progress_relay.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <chrono>

namespace kps {

struct DatasetScanWorker::Job
{
    quint64 generation = 0;
    std::shared_ptr<StopToken> stop = std::make_shared<StopToken>();
    QFutureWatcher<DatasetScanResult>* watcher = nullptr; // child of the worker
};

DatasetScanWorker::DatasetScanWorker(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<DatasetIndex>();
    connect(this, &DatasetScanWorker::jobProgress, this, &DatasetScanWorker::onJobProgress,
            Qt::QueuedConnection);
}

DatasetScanWorker::~DatasetScanWorker()
{
    for (auto& job : m_jobs)
        job->stop->requestStop();
    for (auto& job : m_jobs) {
        job->watcher->disconnect(this);
        job->watcher->waitForFinished();
    }
}

quint64 DatasetScanWorker::start(const QString& root)
{
    cancel();
    const quint64 generation = ++m_generation;
    auto job = std::make_unique<Job>();
    job->generation = generation;
    job->watcher = new QFutureWatcher<DatasetScanResult>(this);
    Job* raw = job.get();
    connect(job->watcher, &QFutureWatcherBase::finished, this, [this, raw] { onJobFinished(raw); });

    std::shared_ptr<StopToken> stop = job->stop;
    job->watcher->setFuture(QtConcurrent::run([this, root, generation, stop]() {
        DatasetScanResult result;
        result.generation = generation;
        result.root = root;
        // At most every 50 ms plus the final count: a fast scan must not flood the UI.
        ProgressRelay relay(std::chrono::milliseconds(50),
                            [this, generation](int done, int total, double) {
                                Q_EMIT jobProgress(generation, done, total, QPrivateSignal());
                            });
        try {
            result.index =
                scanDataset(std::filesystem::path(root.toStdString()), {}, &relay, stop.get());
        } catch (const std::exception& error) {
            result.error = QString::fromStdString(error.what());
        }
        return result;
    }));
    m_jobs.push_back(std::move(job));
    Q_EMIT started(root);
    return generation;
}

void DatasetScanWorker::cancel()
{
    for (auto& job : m_jobs)
        job->stop->requestStop();
    // Results of anything running now belong to an older generation and will be dropped.
    ++m_generation;
}

bool DatasetScanWorker::isRunning() const
{
    return std::any_of(m_jobs.begin(), m_jobs.end(),
                       [this](const auto& job) { return job->generation == m_generation; });
}

void DatasetScanWorker::onJobProgress(quint64 generation, int done, int total)
{
    if (generation == m_generation)
        Q_EMIT progressChanged(done, total);
}

void DatasetScanWorker::onJobFinished(Job* job)
{
    auto it =
        std::find_if(m_jobs.begin(), m_jobs.end(), [job](const auto& j) { return j.get() == job; });
    if (it == m_jobs.end())
        return;
    std::unique_ptr<Job> owned = std::move(*it);
    m_jobs.erase(it);
    const bool current = owned->generation == m_generation && !owned->stop->stopRequested();
    // result(), not takeResult(): the latter resets the future to a never-finishing state.
    const DatasetScanResult result = owned->watcher->future().result();
    // The watcher is emitting right now: delete it once control is back in the event loop.
    owned->watcher->disconnect(this);
    owned->watcher->deleteLater();
    if (!current)
        return;
    if (!result.error.isEmpty())
        Q_EMIT failed(result.root, result.error);
    else
        Q_EMIT finished(result.index);
}

} // namespace kps
