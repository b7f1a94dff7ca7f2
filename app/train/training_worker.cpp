#include "training_worker.h"

#include <QThread>

#include <algorithm>
#include <chrono>
#include <optional>
#include <thread>

namespace kps {

namespace {

using Clock = std::chrono::steady_clock;

bool elapsedAtLeast(Clock::time_point since, int msecs)
{
    return Clock::now() - since >= std::chrono::milliseconds(msecs);
}

} // namespace

// Runs in the training thread; emits the worker's signals, which reach UI-thread receivers queued.
class TrainingWorker::Observer : public TrainingObserver
{
public:
    explicit Observer(TrainingWorker* worker) : m_worker(worker) {}

    void runStarted(const TrainingRunInfo& info) override { Q_EMIT m_worker->runStarted(info); }

    void stage(TrainingStage stage, std::size_t done, std::size_t total) override
    {
        // Counted stages (caching N/M) can tick per image: forward the first, the last and at
        // most one every 50 ms in between.
        const bool counted = total > 0;
        const bool sameStage = m_lastStage && stage == *m_lastStage;
        if (counted && sameStage && done < total && !elapsedAtLeast(m_lastStageSignal, 50))
            return;
        m_lastStage = stage;
        m_lastStageSignal = Clock::now();
        Q_EMIT m_worker->stageChanged(stage, static_cast<qint64>(done), static_cast<qint64>(total));
    }

    void batchProgress(const BatchProgress& progress) override
    {
        m_worker->m_batchesDone.store(progress.batch);
        const bool last = progress.batch >= progress.batches;
        if (!last && m_sentAny &&
            !elapsedAtLeast(m_lastBatchSignal, m_worker->m_batchInterval.load()))
            return;
        m_sentAny = true;
        m_lastBatchSignal = Clock::now();
        Q_EMIT m_worker->batchProgress(progress);
    }

    void epochFinished(const EpochStats& stats) override
    {
        m_worker->m_batchesDone.store(0);
        Q_EMIT m_worker->epochFinished(stats);
    }

    void snapshotWritten(const std::string& jsonPath, int epoch) override
    {
        Q_EMIT m_worker->snapshotWritten(QString::fromStdString(jsonPath), epoch);
    }

    void stopped(int epoch, int batch) override { Q_EMIT m_worker->stopped(epoch, batch); }
    void failed(const std::string& message) override
    {
        Q_EMIT m_worker->failed(QString::fromStdString(message));
    }

private:
    TrainingWorker* m_worker;
    std::optional<TrainingStage> m_lastStage;
    Clock::time_point m_lastStageSignal;
    Clock::time_point m_lastBatchSignal;
    bool m_sentAny = false;
};

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<kps::TrainingRunInfo>();
    qRegisterMetaType<kps::TrainingStage>();
    qRegisterMetaType<kps::BatchProgress>();
    qRegisterMetaType<kps::EpochStats>();
    qRegisterMetaType<kps::TrainingSummary>();
}

TrainingWorker::~TrainingWorker()
{
    if (m_thread) {
        stop();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

bool TrainingWorker::start(const TrainingConfig& config, const QString& runDir)
{
    TrainingConfig copy = config;
    if (copy.threads <= 0)
        copy.threads = std::max(1, static_cast<int>(std::thread::hardware_concurrency()) - 1);
    const std::filesystem::path dir = runDir.toStdString();
    return launch(
        [copy, dir](TrainingObserver* observer, const StopToken* stop) {
            return Trainer().run(copy, dir, observer, stop);
        },
        runDir);
}

bool TrainingWorker::resume(const QString& runDir, int epochs)
{
    const std::filesystem::path dir = runDir.toStdString();
    return launch(
        [dir, epochs](TrainingObserver* observer, const StopToken* stop) {
            return Trainer().resume(dir, observer, stop, epochs);
        },
        runDir);
}

bool TrainingWorker::launch(
    std::function<TrainingSummary(TrainingObserver*, const StopToken*)> body, const QString& runDir)
{
    if (isRunning())
        return false;
    if (m_thread) { // ended, but its finished() has not been handled yet
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_stop = std::make_unique<StopToken>();
    m_observer = std::make_unique<Observer>(this);
    m_summary = TrainingSummary();
    m_runDir = runDir;
    m_batchesDone.store(0);
    m_batchesAtStop = -1;
    Observer* observer = m_observer.get();
    const StopToken* stop = m_stop.get();
    m_thread = QThread::create(
        [this, body = std::move(body), observer, stop] { m_summary = body(observer, stop); });
    m_thread->setObjectName(QStringLiteral("training"));
    connect(m_thread, &QThread::finished, this, &TrainingWorker::onThreadFinished,
            Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void TrainingWorker::onThreadFinished()
{
    auto* thread = qobject_cast<QThread*>(sender());
    if (!thread || thread != m_thread)
        return; // an older run, already cleaned up by launch()
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Q_EMIT ended(m_summary);
}

void TrainingWorker::pause(bool paused)
{
    if (m_stop)
        m_stop->setPaused(paused);
}

bool TrainingWorker::isPaused() const
{
    return m_stop && m_stop->paused();
}

void TrainingWorker::stop()
{
    if (!isRunning() || !m_stop)
        return;
    if (!m_stop->stopRequested())
        m_batchesAtStop = m_batchesDone.load();
    m_stop->requestStop();
}

bool TrainingWorker::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

bool TrainingWorker::wait(int msecs)
{
    if (!m_thread)
        return true;
    return m_thread->wait(QDeadlineTimer(msecs));
}

} // namespace kps
