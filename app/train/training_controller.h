#pragma once
// TrainingController: the Train page's trainings and the run it shows, without widgets. It starts
// a new run, resumes one and opens one (followed live while it is still being written), pauses
// and stops, whether the training runs in this process (TrainingWorker), in `kpstudio train
// --nproc N` child processes (TrainingProcess, followed through their run directory) or elsewhere
// (a run directory followed by RunFollower). Whatever the source, the page gets one event stream:
// the same signals with the same values. The state is in plain members (running, paused, stop
// requested, progress, stage text, shown run); widgets reflect it.
// Threads: UI thread only; the worker's and the follower's results arrive queued. The destructor
// stops a training of this process and waits for it (the run stays resumable).

#include "run_follower.h"
#include "trainer.h"
#include "training_config.h"

#include <QObject>
#include <QString>
#include <QVector>

namespace kps {

class TrainingProcess;
class TrainingWorker;

// How a run is launched: here, or as child processes when asked for several (or for GPUs).
struct TrainingLaunchOptions
{
    int processes = 1;
    QString gpus;       // "0,1": one process per listed GPU
    QString deviceText; // the device as the form shows it, for the log
    // A run in child processes: more than one process, or GPUs picked.
    bool multiProcess() const;
};

// Where the shown run is: what the epoch and batch bars and the rate line show.
struct TrainingProgress
{
    int epoch = 0;          // epochs done, 0..totalEpochs
    int totalEpochs = 1;    // at least 1
    int batch = 0;          // batches done in the current epoch, 0..batches
    int batches = 1;        // at least 1
    bool hasRate = false;   // the rate line shows the values below
    double etaSeconds = -1; // < 0: unknown
    double imagesPerSecond = 0;
    double runningLoss = 0;
};

class TrainingController : public QObject
{
    Q_OBJECT

public:
    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override;

    // A new run of `config` in runDir (which must not hold a run). False with stageText() and a
    // statusMessage saying why.
    bool start(const TrainingConfig& config, const QString& runDir,
               const TrainingLaunchOptions& options);
    // Continues runDir (epochs > 0 raises its main phase): its history first, then the training.
    bool resume(const QString& runDir, int epochs, const TrainingLaunchOptions& options);
    // Shows a run's history; follows it while it is being written. False (with a statusMessage)
    // when runDir is not a run or a training runs.
    bool openRun(const QString& runDir);
    // Pauses (after the current batch) or continues a training of this process; no effect on
    // anything else (stateChanged follows either way).
    void setPaused(bool paused);
    // Stops after the current batch (every process of a process run); the run stays resumable.
    void stop();
    // Asks the training to stop and waits up to msecs; true when none runs any more.
    bool stopAndWait(int msecs);
    // Says why an action cannot be done: the stage text and a status message.
    void refuse(const QString& text);
    // Loads one snapshot epoch's heatmaps of the shown run (snapshotLoaded follows).
    void loadSnapshot(int epoch);

    bool isTraining() const;
    bool isPaused() const { return m_paused; }
    // A run of child processes: they agree on stops, not on pauses.
    bool isProcessRun() const;
    bool isStopRequested() const { return m_stopRequested; }
    QString shownRunDirectory() const { return m_shownRun; }
    QString stageText() const { return m_stageText; }
    const TrainingProgress& progress() const { return m_progress; }
    // The heatmap target sigma of the run being started (the shown run's comes with its history).
    double targetSigma() const { return m_targetSigma; }

    TrainingWorker* worker() const { return m_worker; }
    TrainingProcess* process() const { return m_process; }
    RunFollower* follower() const { return m_follower; }

    // What a stage shows, e.g. "Caching images 12/40…".
    static QString stageText(TrainingStage stage, qint64 done, qint64 total);
    // The summary's end message in the user's language (core writes "finished 8 epochs").
    static QString endMessage(const TrainingSummary& summary);

Q_SIGNALS:
    // Another run is about to be shown: everything shown of the previous one goes.
    void runCleared();
    void shownRunChanged(const QString& runDir);
    // A resumed or opened run's past (curves, snapshot statistics, sample images).
    void historyLoaded(const kps::RunHistory& history);
    // The one event stream, whether the training runs here or the run is followed.
    void epochAppended(const kps::EpochPoint& point);
    void batchesAppended(const QVector<kps::BatchPoint>& points);
    void snapshotLoaded(const kps::SnapshotData& snapshot);
    void progressChanged();
    void stageTextChanged(const QString& text);
    void logLine(const QString& text);
    // isTraining, isPaused, isProcessRun or isStopRequested changed.
    void stateChanged();
    void statusMessage(const QString& text, int timeoutMs);
    void trainingStateChanged(bool running);
    // A training of this process ended, whatever the outcome (before runFinished).
    void trainingEnded(const QString& runDir);
    void runFinished(const QString& runDir);

private:
    void setStage(const QString& text);
    void setShownRun(const QString& runDir);
    void clearRun();
    void beginTraining(const QString& runDir);
    void notifyState();
    void setProgress(int epoch, int totalEpochs, int batch, int batches);

    // Worker signals.
    void onRunStarted(const TrainingRunInfo& info);
    void onStage(TrainingStage stage, qint64 done, qint64 total);
    void onBatch(const BatchProgress& progress);
    void showBatchProgress(BatchProgress progress);
    void onEpoch(const EpochStats& stats);
    void onStopped(int epoch, int batch);
    void onFailed(const QString& message);
    void onEnded(const TrainingSummary& summary);
    // Follower signals.
    void onHistory(const RunHistory& history);
    void onOpenFailed(const QString& runDir, const QString& message);
    void onFollowedEpoch(const EpochPoint& point);
    void onRunEnded(const QString& state, const QString& message);
    // Process runs: after a launch (launched false: `cannot` with the error), reports it and
    // follows the run.
    bool processRunLaunched(bool launched, const QString& runDir, const QString& cannot,
                            const QString& error, const QString& logLine);
    void followProcessRun();
    void onProcessFinished(int exitCode, const QString& failure);

    TrainingWorker* m_worker = nullptr;
    TrainingProcess* m_process = nullptr;
    RunFollower* m_follower = nullptr;
    QString m_shownRun;
    QString m_stageText;
    TrainingProgress m_progress;
    bool m_paused = false;
    bool m_stopRequested = false;
    bool m_pendingResume = false;
    int m_pendingResumeEpochs = 0;
    bool m_quitting = false;
    double m_targetSigma = 2.0;
    TrainingRunInfo m_info;
    BatchPointBuilder m_batchBuilder;
    QVector<double> m_epochSeconds;
};

} // namespace kps
