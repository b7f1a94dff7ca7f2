#include "inspection_worker.h"

#include "progress.h"
#include "progress_relay.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>

namespace kps {

InspectionWorker::InspectionWorker(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<InspectionDataPtr>();
}

InspectionWorker::~InspectionWorker()
{
    cancel();
    waitForIdle(-1);
}

quint64 InspectionWorker::start(const InspectionRequest& request, bool forceRun)
{
    cancel();
    const LatestJob::Ticket ticket = m_latest.start(); // earlier jobs are stale from here on
    auto stop = std::make_shared<StopToken>();
    const std::filesystem::path cacheDir = InspectionCache::directory(request);
    const bool fromCache = !forceRun && InspectionCache::isComplete(cacheDir);

    // `this` in the hand-backs is safe: a ticket runs them only while the worker exists.
    QThread* thread = QThread::create([this, ticket, request, stop, fromCache, cacheDir] {
        InspectionDataPtr data;
        QString error;
        try {
            if (fromCache) {
                data = InspectionCache::load(cacheDir);
            } else {
                // At most ~10 reports a second reach the UI thread.
                ProgressRelay observer(std::chrono::milliseconds(100),
                                       [this, &ticket](int done, int total, double eta) {
                                           ticket.deliver([this, done, total, eta] {
                                               Q_EMIT progressChanged(done, total, eta);
                                           });
                                       });
                data = InspectionCache::build(request, &observer, stop.get());
            }
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        if (stop->stopRequested())
            data.reset();
        // A cancel() that comes after the work but before the hand-back still counts.
        ticket.deliver([this, data, fromCache, stop, error] {
            onJobDone(data, fromCache, stop->stopRequested(), error);
        });
    });
    thread->setObjectName(QStringLiteral("InspectionWorker"));
    const quint64 generation = ticket.generation();
    connect(thread, &QThread::finished, this, [this, generation] { forgetJob(generation); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_jobs.push_back({generation, thread, stop});
    m_running = true;
    thread->start();
    Q_EMIT started(!fromCache);
    return generation;
}

void InspectionWorker::cancel()
{
    for (Job& job : m_jobs)
        job.stop->requestStop();
}

bool InspectionWorker::isRunning() const
{
    return m_running;
}

bool InspectionWorker::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    for (Job& job : m_jobs)
        if (job.thread && !job.thread->wait(deadline))
            return false;
    return true;
}

void InspectionWorker::forgetJob(quint64 generation)
{
    m_jobs.erase(
        std::remove_if(m_jobs.begin(), m_jobs.end(),
                       [generation](const Job& job) { return job.generation == generation; }),
        m_jobs.end());
}

void InspectionWorker::onJobDone(InspectionDataPtr data, bool fromCache, bool stopped,
                                 const QString& error)
{
    // Only the latest job gets here (its ticket); a cancelled one is still the latest.
    m_running = false;
    if (!error.isEmpty())
        Q_EMIT failed(error);
    else if (stopped || !data)
        Q_EMIT cancelled();
    else
        Q_EMIT finished(data, fromCache);
}

} // namespace kps
