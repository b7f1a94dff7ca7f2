#include "training_controller.h"

#include "progress.h"
#include "run_directory.h"
#include "training_process.h"
#include "training_worker.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <exception>
#include <numeric>

namespace kps {

namespace {

constexpr int kStatusTimeout = 5000;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool TrainingLaunchOptions::multiProcess() const
{
    return processes > 1 || !parseGpuList(gpus).isEmpty();
}

TrainingController::TrainingController(QObject* parent)
    : QObject(parent), m_worker(new TrainingWorker(this)), m_process(new TrainingProcess(this)),
      m_follower(new RunFollower(this))
{
    connect(m_worker, &TrainingWorker::runStarted, this, &TrainingController::onRunStarted);
    connect(m_worker, &TrainingWorker::stageChanged, this, &TrainingController::onStage);
    connect(m_worker, &TrainingWorker::batchProgress, this, &TrainingController::onBatch);
    connect(m_worker, &TrainingWorker::epochFinished, this, &TrainingController::onEpoch);
    connect(m_worker, &TrainingWorker::snapshotWritten, this,
            [this](const QString&, int epoch) { m_follower->loadSnapshot(epoch); });
    connect(m_worker, &TrainingWorker::stopped, this, &TrainingController::onStopped);
    connect(m_worker, &TrainingWorker::failed, this, &TrainingController::onFailed);
    connect(m_worker, &TrainingWorker::ended, this, &TrainingController::onEnded);

    connect(m_process, &TrainingProcess::outputLine, this, &TrainingController::logLine);
    connect(m_process, &TrainingProcess::finished, this, &TrainingController::onProcessFinished);

    connect(m_follower, &RunFollower::loaded, this, &TrainingController::onHistory);
    connect(m_follower, &RunFollower::openFailed, this, &TrainingController::onOpenFailed);
    connect(m_follower, &RunFollower::epochAppended, this, &TrainingController::onFollowedEpoch);
    connect(m_follower, &RunFollower::batchesAppended, this, &TrainingController::batchesAppended);
    connect(m_follower, &RunFollower::batchProgressed, this,
            &TrainingController::showBatchProgress);
    connect(m_follower, &RunFollower::snapshotAppeared, m_follower, &RunFollower::loadSnapshot);
    connect(m_follower, &RunFollower::snapshotLoaded, this, &TrainingController::snapshotLoaded);
    connect(m_follower, &RunFollower::runEnded, this, &TrainingController::onRunEnded);
    connect(m_follower, &RunFollower::logLine, this, &TrainingController::logLine);

    m_stageText = tr("Idle");
}

TrainingController::~TrainingController()
{
    m_quitting = true;
    if (m_worker->isRunning()) {
        m_worker->stop();
        m_worker->wait(-1);
    }
}

// ---- state ---------------------------------------------------------------------------------

bool TrainingController::isTraining() const
{
    return m_worker->isRunning() || m_pendingResume || m_process->isRunning();
}

bool TrainingController::isProcessRun() const
{
    return m_process->isRunning();
}

void TrainingController::notifyState()
{
    if (!isTraining()) {
        m_paused = false; // the next run starts unpaused
        m_stopRequested = false;
    }
    Q_EMIT stateChanged();
}

void TrainingController::setStage(const QString& text)
{
    m_stageText = text;
    Q_EMIT stageTextChanged(text);
}

void TrainingController::setShownRun(const QString& runDir)
{
    m_shownRun = runDir;
    Q_EMIT shownRunChanged(runDir);
}

void TrainingController::setProgress(int epoch, int totalEpochs, int batch, int batches)
{
    m_progress.totalEpochs = std::max(1, totalEpochs);
    m_progress.epoch = std::clamp(epoch, 0, m_progress.totalEpochs);
    m_progress.batches = std::max(1, batches);
    m_progress.batch = std::clamp(batch, 0, m_progress.batches);
}

void TrainingController::refuse(const QString& text)
{
    setStage(text);
    Q_EMIT statusMessage(text, kStatusTimeout);
}

void TrainingController::clearRun()
{
    m_batchBuilder.reset();
    m_epochSeconds.clear();
    m_info = TrainingRunInfo();
    m_progress = TrainingProgress();
    Q_EMIT runCleared();
    Q_EMIT progressChanged();
}

void TrainingController::loadSnapshot(int epoch)
{
    m_follower->loadSnapshot(epoch);
}

// ---- start, resume, open, pause, stop ------------------------------------------------------

bool TrainingController::start(const TrainingConfig& runConfig, const QString& runDir,
                               const TrainingLaunchOptions& options)
{
    if (isTraining())
        return false;
    if (runDir.isEmpty()) {
        refuse(tr("Cannot start: choose a run folder."));
        return false;
    }
    if (RunDirectory(runDir.toStdString()).hasConfig()) {
        refuse(tr("Cannot start: %1 already holds a run; resume it (Resume run…) or choose "
                  "another folder.")
                   .arg(native(runDir)));
        return false;
    }
    TrainingConfig config = runConfig;
    if (!config.dataDir.empty() && !config.syntheticData() &&
        QFileInfo(QString::fromStdString(config.dataDir)).isRelative())
        config.dataDir =
            QFileInfo(QString::fromStdString(config.dataDir)).absoluteFilePath().toStdString();
    m_follower->close();
    m_targetSigma = config.model.preprocess.sigma;
    clearRun();
    if (options.multiProcess()) {
        QString error;
        const bool launched =
            m_process->startNew(config, runDir, options.processes, options.gpus, &error);
        return processRunLaunched(launched, runDir, tr("Cannot start: %1"), error,
                                  tr("new run in %1 on %2, %3 processes")
                                      .arg(native(runDir), options.deviceText)
                                      .arg(options.processes));
    }
    m_follower->attach(runDir, m_targetSigma);
    if (!m_worker->start(config, runDir))
        return false;
    Q_EMIT logLine(tr("new run in %1 on %2").arg(native(runDir), options.deviceText));
    beginTraining(runDir);
    return true;
}

bool TrainingController::resume(const QString& runDir, int epochs,
                                const TrainingLaunchOptions& options)
{
    if (isTraining())
        return false;
    if (!RunDirectory(runDir.toStdString()).hasConfig()) {
        refuse(tr("%1 is not a training run (no config.json).").arg(native(runDir)));
        return false;
    }
    clearRun();
    if (options.multiProcess()) {
        QString error;
        const bool launched =
            m_process->startResume(runDir, options.processes, options.gpus, epochs, &error);
        return processRunLaunched(
            launched, runDir, tr("Cannot resume: %1"), error,
            tr("resuming %1 with %2 processes").arg(native(runDir)).arg(options.processes));
    }
    // The history first (off the UI thread), then the training: curves continue where they were.
    m_pendingResume = true;
    m_pendingResumeEpochs = epochs;
    m_stopRequested = false;
    setShownRun(runDir);
    m_follower->open(runDir, false);
    setStage(tr("Reading the run's history…"));
    Q_EMIT logLine(tr("resuming %1").arg(native(runDir)));
    notifyState();
    Q_EMIT trainingStateChanged(true);
    return true;
}

void TrainingController::beginTraining(const QString& runDir)
{
    m_stopRequested = false;
    setShownRun(runDir);
    setStage(tr("Preparing data…"));
    notifyState();
    if (!m_pendingResume)
        Q_EMIT trainingStateChanged(true);
    m_pendingResume = false;
}

bool TrainingController::openRun(const QString& runDir)
{
    if (isTraining()) {
        Q_EMIT statusMessage(tr("Stop the training before opening another run."), kStatusTimeout);
        return false;
    }
    if (!RunDirectory(runDir.toStdString()).hasConfig()) {
        Q_EMIT statusMessage(tr("%1 is not a training run (no config.json).").arg(native(runDir)),
                             kStatusTimeout);
        return false;
    }
    clearRun();
    setShownRun(runDir);
    setStage(tr("Reading the run…"));
    m_follower->open(runDir, true);
    return true;
}

void TrainingController::setPaused(bool paused)
{
    // Only a training of this process pauses (not one still reading its history, nor a process
    // run): anything else leaves the state as it is, and its view shows that again.
    if (paused != m_paused && m_worker->isRunning()) {
        m_paused = paused;
        m_worker->pause(paused);
        setStage(paused ? tr("Paused (after the current batch)") : tr("Training"));
        Q_EMIT logLine(paused ? tr("paused") : tr("continued"));
    }
    Q_EMIT stateChanged();
}

void TrainingController::stop()
{
    if (m_process->isRunning()) {
        m_process->stop();
        setStage(tr("Stopping every process after the current batch…"));
    } else if (m_worker->isRunning()) {
        m_worker->stop();
        setStage(tr("Stopping after the current batch…"));
    } else {
        return;
    }
    Q_EMIT logLine(tr("stop requested"));
    m_stopRequested = true;
    Q_EMIT stateChanged();
}

bool TrainingController::stopAndWait(int msecs)
{
    m_pendingResume = false;
    if (m_process->isRunning()) {
        m_process->stop();
        return m_process->waitForFinished(msecs);
    }
    if (!m_worker->isRunning())
        return true;
    m_worker->stop();
    return m_worker->wait(msecs);
}

// ---- worker signals ------------------------------------------------------------------------

QString TrainingController::stageText(TrainingStage stage, qint64 done, qint64 total)
{
    const bool counted = total > 0;
    switch (stage) {
    case TrainingStage::PreparingData:
        return tr("Preparing data…");
    case TrainingStage::Scanning:
        return counted ? tr("Scanning the dataset %1/%2…").arg(done).arg(total)
                       : tr("Scanning the dataset…");
    case TrainingStage::Caching:
        return counted ? tr("Caching images %1/%2…").arg(done).arg(total) : tr("Caching images…");
    case TrainingStage::Labels:
        return counted ? tr("Reading the keypoint labels %1/%2…").arg(done).arg(total)
                       : tr("Reading the keypoint labels…");
    case TrainingStage::LoadingArrays:
        return tr("Loading the arrays…");
    case TrainingStage::Rendering:
        return counted ? tr("Rendering synthetic images %1/%2…").arg(done).arg(total)
                       : tr("Rendering synthetic images…");
    case TrainingStage::BuildingModel:
        return tr("Building the model…");
    case TrainingStage::FirstBatch:
        return tr("First batch…");
    case TrainingStage::Validating:
        return tr("Validating…");
    case TrainingStage::Writing:
        return tr("Writing weights and snapshots…");
    case TrainingStage::FineTuning:
        return tr("Fine-tuning the whole network…");
    }
    return QString::fromLatin1(toString(stage));
}

QString TrainingController::endMessage(const TrainingSummary& summary)
{
    if (summary.message == allEpochsFinishedMessage(summary.completedEpochs))
        return tr("finished %1 epochs").arg(summary.completedEpochs);
    return QString::fromStdString(summary.message);
}

void TrainingController::onRunStarted(const TrainingRunInfo& info)
{
    m_info = info;
    setProgress(info.firstEpoch - 1, info.totalEpochs, 0, info.batchesPerEpoch);
    Q_EMIT progressChanged();
    Q_EMIT logLine(runStartedLogLine(info));
}

void TrainingController::onStage(TrainingStage stage, qint64 done, qint64 total)
{
    if (m_paused)
        return;
    const QString text = stageText(stage, done, total);
    setStage(text);
    const bool counted = total > 0;
    // Validating and writing come every epoch: the epoch's line says enough.
    if ((!counted && stage != TrainingStage::Validating && stage != TrainingStage::Writing) ||
        (counted && done == total))
        Q_EMIT logLine(text);
}

void TrainingController::onBatch(const BatchProgress& progress)
{
    Q_EMIT batchesAppended({m_batchBuilder.add(progress.epoch, progress.batch, progress.batches,
                                               progress.runningLoss)});
    showBatchProgress(progress);
}

void TrainingController::showBatchProgress(BatchProgress progress)
{
    if (progress.totalEpochs <= 0) // a followed run's events: the run knows the epoch count
        progress.totalEpochs = std::max(m_progress.totalEpochs, progress.epoch);
    setProgress(progress.epoch - 1, progress.totalEpochs, progress.batch, progress.batches);
    if (!m_paused && !m_stopRequested)
        setStage(tr("Training epoch %1 of %2").arg(progress.epoch).arg(progress.totalEpochs));

    // ETA: the rest of this epoch at the current rate, then whole epochs as long as the last ones.
    const int remainingBatches = progress.batches - progress.batch;
    const int remainingEpochs = progress.totalEpochs - progress.epoch;
    double secondsPerBatch = 0.0;
    if (progress.imagesPerSecond > 0 && m_info.batchSize > 0)
        secondsPerBatch = m_info.batchSize / progress.imagesPerSecond;
    double epochSeconds = secondsPerBatch * progress.batches;
    if (!m_epochSeconds.isEmpty()) {
        const int n = std::min<int>(3, m_epochSeconds.size());
        epochSeconds = std::accumulate(m_epochSeconds.end() - n, m_epochSeconds.end(), 0.0) / n;
    }
    m_progress.hasRate = true;
    m_progress.etaSeconds =
        secondsPerBatch > 0 ? remainingBatches * secondsPerBatch + remainingEpochs * epochSeconds
                            : -1.0;
    m_progress.imagesPerSecond = progress.imagesPerSecond;
    m_progress.runningLoss = progress.runningLoss;
    Q_EMIT progressChanged();
}

void TrainingController::onEpoch(const EpochStats& stats)
{
    const EpochPoint point = toEpochPoint(stats);
    Q_EMIT epochAppended(point);
    m_epochSeconds.push_back(stats.epochSeconds);
    setProgress(stats.epoch, m_progress.totalEpochs, m_progress.batches, m_progress.batches);
    Q_EMIT progressChanged();
    Q_EMIT logLine(epochLogLine(point, stats.best) +
                   tr(" (%1 s)").arg(stats.epochSeconds, 0, 'f', 1));
}

void TrainingController::onStopped(int epoch, int batch)
{
    const QString text =
        tr("Stopped in epoch %1 after batch %2; the run can be resumed (Resume run…).")
            .arg(epoch)
            .arg(batch);
    setStage(text);
    Q_EMIT logLine(text);
}

void TrainingController::onFailed(const QString& message)
{
    const QString text = tr("Training failed: %1").arg(message);
    setStage(text);
    Q_EMIT logLine(text);
    Q_EMIT statusMessage(text, kStatusTimeout * 2);
}

void TrainingController::onEnded(const TrainingSummary& summary)
{
    notifyState();
    if (m_quitting)
        return;
    const QString runDir = m_worker->runDirectory();
    Q_EMIT trainingEnded(runDir);
    switch (summary.outcome) {
    case TrainingSummary::Outcome::Finished: {
        const QString text = tr("Finished: %1; best epoch %2 (validation loss %3).")
                                 .arg(endMessage(summary))
                                 .arg(summary.bestEpoch)
                                 .arg(summary.bestValLoss, 0, 'g', 5);
        setStage(text);
        Q_EMIT logLine(text);
        m_progress.hasRate = false;
        Q_EMIT progressChanged();
        Q_EMIT statusMessage(text, kStatusTimeout);
        Q_EMIT runFinished(runDir);
        break;
    }
    case TrainingSummary::Outcome::Stopped:
        Q_EMIT statusMessage(m_stageText, kStatusTimeout);
        break;
    case TrainingSummary::Outcome::Failed:
        break;
    }
    Q_EMIT trainingStateChanged(false);
}

// ---- follower signals ----------------------------------------------------------------------

void TrainingController::onHistory(const RunHistory& history)
{
    m_targetSigma = history.targetSigma;
    Q_EMIT historyLoaded(history);
    setProgress(history.epochs.isEmpty() ? 0 : history.epochs.last().epoch, history.totalEpochs,
                history.ended ? 1 : 0, 1);
    Q_EMIT progressChanged();

    if (m_pendingResume) {
        // The follower stays on this run without tailing it: the worker reports the training.
        if (!m_worker->resume(history.runDir, m_pendingResumeEpochs)) {
            m_pendingResume = false;
            notifyState();
            Q_EMIT trainingStateChanged(false);
            return;
        }
        beginTraining(history.runDir);
        return;
    }
    Q_EMIT logLine(tr("opened run %1: %2 epochs, %3 snapshots")
                       .arg(native(history.runDir))
                       .arg(history.epochs.size())
                       .arg(history.snapshots.size()));
    if (history.ended || !m_follower->isFollowing())
        onRunEnded(history.endState, history.endMessage);
    else
        setStage(tr("Following the run live (it is still being written)…"));
}

void TrainingController::onOpenFailed(const QString& runDir, const QString& message)
{
    const bool wasResuming = m_pendingResume;
    m_pendingResume = false;
    const QString text = tr("Cannot open run %1: %2").arg(native(runDir), message);
    Q_EMIT logLine(text);
    setStage(text);
    notifyState();
    Q_EMIT statusMessage(text, kStatusTimeout);
    if (wasResuming)
        Q_EMIT trainingStateChanged(false);
}

void TrainingController::onFollowedEpoch(const EpochPoint& point)
{
    Q_EMIT epochAppended(point);
    setProgress(point.epoch, m_progress.totalEpochs, m_progress.batch, m_progress.batches);
    Q_EMIT progressChanged();
}

void TrainingController::onRunEnded(const QString& state, const QString& message)
{
    if (state == QLatin1String("finished"))
        setStage(tr("Run finished: %1").arg(message));
    else if (state == QLatin1String("stopped"))
        setStage(tr("Run stopped (%1); it can be resumed.").arg(message));
    else if (state == QLatin1String("failed"))
        setStage(tr("Run failed: %1").arg(message));
    else
        setStage(tr("Run loaded."));
}

// ---- process runs --------------------------------------------------------------------------

bool TrainingController::processRunLaunched(bool launched, const QString& runDir,
                                            const QString& cannot, const QString& error,
                                            const QString& logText)
{
    if (!launched) {
        refuse(cannot.arg(error));
        return false;
    }
    Q_EMIT logLine(logText);
    beginTraining(runDir);
    followProcessRun();
    return true;
}

void TrainingController::followProcessRun()
{
    // Rank 0 writes config.json first: follow the run from then on, like one made elsewhere.
    const QString runDir = m_process->runDirectory();
    if (!m_process->isRunning() || m_shownRun != runDir)
        return;
    // From its session's first event on: before it, a resumed run's events.jsonl ends with the
    // previous session's end, which would end the following at once.
    const RunDirectory run(runDir.toStdString());
    const QFileInfo events(QString::fromStdString(run.eventsFile().string()));
    if (run.hasConfig() && events.exists() && events.size() > m_process->eventsSizeAtLaunch()) {
        m_follower->open(runDir, true);
        return;
    }
    QTimer::singleShot(200, this, &TrainingController::followProcessRun);
}

void TrainingController::onProcessFinished(int exitCode, const QString& failure)
{
    const QString runDir = m_process->runDirectory();
    if (exitCode == 0) {
        Q_EMIT logLine(tr("all processes finished"));
    } else if (exitCode == 130) {
        Q_EMIT logLine(
            tr("all processes stopped; the run can be resumed with any number of processes"));
    } else {
        const QString text = tr("Training failed: %1").arg(failure);
        Q_EMIT logLine(text);
        refuse(text);
    }
    notifyState();
    if (!m_quitting)
        Q_EMIT trainingStateChanged(false);
    if (exitCode == 0 && !m_quitting)
        Q_EMIT runFinished(runDir);
}

} // namespace kps
