#pragma once
// TrainingWorker runs one kps::Trainer run (new or resumed) on its own QThread and forwards the
// trainer's observer callbacks as signals carrying the plain core structs, so receivers in the UI
// thread get them queued (DESIGN.md "Threading"). Batch and caching progress are throttled so a
// fast CPU run cannot flood the UI's event queue. Pause, resume and stop go through a StopToken:
// a stop lands before the next batch and leaves a resumable run.

#include "progress.h"
#include "trainer.h"
#include "training_config.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace kps {

class TrainingWorker : public QObject
{
    Q_OBJECT

public:
    explicit TrainingWorker(QObject* parent = nullptr);
    // Stops a running training and waits for its thread.
    ~TrainingWorker() override;

    // Both return false (and emit nothing) while a training runs. config.threads 0 means all
    // cores but one here: the UI thread keeps a core.
    bool start(const TrainingConfig& config, const QString& runDir);
    // Continues a stopped run; epochs > 0 raises its main phase (Trainer::resume).
    bool resume(const QString& runDir, int epochs = 0);

    void pause(bool paused);
    bool isPaused() const;
    void stop();
    bool isRunning() const;
    // Waits up to msecs for the training thread; true when none runs any more.
    bool wait(int msecs);

    QString runDirectory() const { return m_runDir; }
    // Batches of the current epoch the trainer had finished when stop() was called (-1 when
    // stop() was not called in this run): the stop must land within one batch of it.
    int batchesDoneAtStopRequest() const { return m_batchesAtStop; }
    // Minimum time between two forwarded batchProgress signals (the last batch of an epoch is
    // always forwarded). Default 40 ms.
    void setBatchSignalInterval(int msecs) { m_batchInterval.store(msecs); }

Q_SIGNALS:
    void runStarted(const kps::TrainingRunInfo& info);
    void stageChanged(kps::TrainingStage stage, qint64 done, qint64 total);
    void batchProgress(const kps::BatchProgress& progress);
    void epochFinished(const kps::EpochStats& stats);
    void snapshotWritten(const QString& jsonPath, int epoch);
    void stopped(int epoch, int batch);
    void failed(const QString& message);
    // The last signal of every run, whatever its outcome; isRunning() is false by then.
    void ended(const kps::TrainingSummary& summary);

private:
    class Observer;
    bool launch(std::function<TrainingSummary(TrainingObserver*, const StopToken*)> body,
                const QString& runDir);
    void onThreadFinished();

    QThread* m_thread = nullptr;
    std::unique_ptr<StopToken> m_stop;
    std::unique_ptr<Observer> m_observer;
    TrainingSummary m_summary; // written by the training thread, read after it ended
    QString m_runDir;
    std::atomic<int> m_batchesDone{0}; // of the current epoch, updated by the training thread
    std::atomic<int> m_batchInterval{40};
    int m_batchesAtStop = -1;
};

} // namespace kps

Q_DECLARE_METATYPE(kps::TrainingRunInfo)
Q_DECLARE_METATYPE(kps::TrainingStage)
Q_DECLARE_METATYPE(kps::BatchProgress)
Q_DECLARE_METATYPE(kps::EpochStats)
Q_DECLARE_METATYPE(kps::TrainingSummary)
