#include "inspection_worker.h"

#include "progress.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <algorithm>
#include <mutex>

namespace kps {

namespace {

// Forwards the predictor's progress to the UI thread at most ~10 times a second, with an ETA
// from the images/second so far.
class ForwardingObserver : public ProgressObserver
{
public:
    ForwardingObserver(quint64 generation, std::function<void(quint64, int, int, double)> deliver)
        : m_generation(generation), m_deliver(std::move(deliver))
    {
        m_clock.start();
    }

    void progress(const std::string&, std::size_t done, std::size_t total) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const qint64 now = m_clock.elapsed();
        if (done < total && now - m_lastEmit < 100)
            return;
        m_lastEmit = now;
        const double eta = done > 0 && total >= done
                               ? double(now) / 1000.0 / double(done) * double(total - done)
                               : -1.0;
        m_deliver(m_generation, int(done), int(total), eta);
    }

private:
    quint64 m_generation;
    std::function<void(quint64, int, int, double)> m_deliver;
    std::mutex m_mutex;
    QElapsedTimer m_clock;
    qint64 m_lastEmit = -1000;
};

} // namespace

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
                    ForwardingObserver observer(generation, deliverProgress);
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
