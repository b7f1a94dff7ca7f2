#include "inspection_worker.h"

#include "progress.h"
#include "progress_relay.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QPointer>
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
    const quint64 generation = ++m_generation;
    auto stop = std::make_shared<StopToken>();
    const std::filesystem::path cacheDir = InspectionCache::directory(request);
    const bool fromCache = !forceRun && InspectionCache::isComplete(cacheDir);

    QPointer<InspectionWorker> self(this);
    auto deliverProgress = [self](quint64 g, int done, int total, double eta) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, g, done, total, eta] {
                if (self)
                    self->onProgress(g, done, total, eta);
            },
            Qt::QueuedConnection);
    };
    QThread* thread =
        QThread::create([self, request, stop, generation, fromCache, cacheDir, deliverProgress] {
            InspectionDataPtr data;
            QString error;
            try {
                if (fromCache) {
                    data = InspectionCache::load(cacheDir);
                } else {
                    // At most ~10 reports a second reach the UI thread.
                    ProgressRelay observer(std::chrono::milliseconds(100),
                                           [&](int done, int total, double eta) {
                                               deliverProgress(generation, done, total, eta);
                                           });
                    data = InspectionCache::build(request, &observer, stop.get());
                }
            } catch (const std::exception& e) {
                error = QString::fromStdString(e.what());
            }
            if (stop->stopRequested())
                data.reset();
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, data, fromCache, error] {
                    if (self)
                        self->onJobDone(generation, data, fromCache, error);
                },
                Qt::QueuedConnection);
        });
    thread->setObjectName(QStringLiteral("InspectionWorker"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_jobs.push_back({generation, thread, stop});
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
    return std::any_of(m_jobs.begin(), m_jobs.end(),
                       [this](const Job& job) { return job.generation == m_generation; });
}

bool InspectionWorker::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    for (Job& job : m_jobs)
        if (job.thread && !job.thread->wait(deadline))
            return false;
    return true;
}

void InspectionWorker::onProgress(quint64 generation, int done, int total, double eta)
{
    if (generation == m_generation)
        Q_EMIT progressChanged(done, total, eta);
}

void InspectionWorker::onJobDone(quint64 generation, InspectionDataPtr data, bool fromCache,
                                 const QString& error)
{
    bool wasStopped = false;
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it)
        if (it->generation == generation) {
            wasStopped = it->stop->stopRequested();
            // The thread is finishing (it posted this as its last act); wait so that no job
            // outlives its entry.
            if (it->thread)
                it->thread->wait();
            m_jobs.erase(it);
            break;
        }
    if (generation != m_generation)
        return;
    if (!error.isEmpty())
        Q_EMIT failed(error);
    else if (wasStopped || !data)
        Q_EMIT cancelled();
    else
        Q_EMIT finished(data, fromCache);
}

} // namespace kps
