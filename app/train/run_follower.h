#pragma once
// RunFollower reads a training run directory (made by the GUI or by `kpstudio train` elsewhere)
// for display: its epoch curves from training_log.csv, batch points from events.jsonl, its
// heatmap snapshots with per-keypoint statistics, and, while the run is still being written,
// follows it by tailing events.jsonl. All file reading and parsing runs on one background thread
// (in order); results come back as value types, queued to the UI thread, and are dropped when
// another run was opened (or the follower closed) meanwhile: one LatestJob job per opened run.
// Threads: every method on the UI thread; signals are emitted there.

#include "heatmap_set.h"
#include "latest_job.h"
#include "training_curves_plot.h"

#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>
#include <memory>

class QThreadPool;
class QTimer;

namespace kps {

struct BatchProgress;
struct EpochStats;
struct TrainingRunInfo;

EpochPoint toEpochPoint(const EpochStats& stats);
// One Log panel line for a finished epoch (the Train page while training, and a followed run).
QString epochLogLine(const EpochPoint& point, bool best);

// The log line of a run's start (GUI log and CLI): device, threads, data, batch, epochs.
QString runStartedLogLine(const TrainingRunInfo& info);

// Turns the trainer's running epoch means (BatchProgress::runningLoss, "batch" events) into
// per-batch loss points: the mean loss of the batches since the previous report.
class BatchPointBuilder
{
public:
    BatchPoint add(int epoch, int batch, int batches, double runningMean);
    void reset() { *this = BatchPointBuilder(); }

private:
    int m_epoch = -1;
    int m_batch = 0;
    double m_mean = 0.0;
};

// One keypoint's heatmap statistics in one snapshot sample (NaN sigma when no fit).
struct SnapshotKeypointStats
{
    double peak = 0.0;
    double fittedSigma = 0.0;
    bool multiPeak = false;
};

// One epoch's snapshot: statistics always; heatmaps only from loadSnapshot().
struct SnapshotData
{
    int epoch = 0;
    QStringList stems;
    QVector<QVector<SnapshotKeypointStats>> statistics; // [sample][keypoint]
    QVector<HeatmapSet> samples;                        // [sample]; empty = statistics only
    QVector<QImage> sampleImages; // the samples' input crops, sent once per run by loadSnapshot()
};

struct RunHistory
{
    QString runDir;
    QVector<EpochPoint> epochs;      // training_log.csv
    QVector<BatchPoint> batches;     // "batch" events
    QVector<SnapshotData> snapshots; // statistics only, by epoch
    QVector<QImage> sampleImages;    // snapshots/inputs.npy, one crop per snapshot sample
    double targetSigma = 2.0;
    int totalEpochs = 0; // from config.json (main + fine-tune)
    bool ended = false;  // the last session finished, stopped or failed
    QString endState;    // "finished", "stopped", "failed" or empty
    QString endMessage;
};

class RunFollower : public QObject
{
    Q_OBJECT

public:
    explicit RunFollower(QObject* parent = nullptr);
    // Waits for the background job in progress.
    ~RunFollower() override;

    // Reads the run (asynchronously: loaded or openFailed follows). With follow, keeps tailing
    // events.jsonl until the run ends (runEnded).
    void open(const QString& runDir, bool follow);
    // Stops following and drops pending results.
    void close();
    // For a run this process writes itself (curves come from the TrainingWorker): only makes
    // loadSnapshot() read from runDir, with targets of the given sigma.
    void attach(const QString& runDir, double targetSigma);
    // Loads one epoch's snapshot with its heatmaps (snapshotLoaded follows).
    void loadSnapshot(int epoch);
    bool isFollowing() const;
    QString runDirectory() const { return m_runDir; }
    void setPollInterval(int msecs);
    // Waits until the background jobs queued so far have run (for tests and shutdown).
    void waitForJobs();

    struct Tail; // what one background read found (internal)

Q_SIGNALS:
    void loaded(const kps::RunHistory& history);
    void openFailed(const QString& runDir, const QString& message);
    void epochAppended(const kps::EpochPoint& point);
    void batchesAppended(const QVector<kps::BatchPoint>& points);
    // The latest batch of a followed live run (totalEpochs is 0: events do not carry it).
    void batchProgressed(const kps::BatchProgress& progress);
    void snapshotAppeared(int epoch);
    void snapshotLoaded(const kps::SnapshotData& snapshot);
    void runEnded(const QString& state, const QString& message);
    // A followed run's events as readable text, for the log panel.
    void logLine(const QString& text);

private:
    void poll();
    void applyTail(const Tail& tail);

    QString m_runDir;
    LatestJob m_jobs;
    LatestJob::Ticket m_run; // the opened (or attached) run's: its reads deliver while current
    bool m_follow = false;
    bool m_pollPending = false;
    std::uintmax_t m_offset = 0;
    BatchPointBuilder m_builder;
    double m_targetSigma = 2.0;
    bool m_imagesDelivered = false;
    QThreadPool* m_pool = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace kps

Q_DECLARE_METATYPE(kps::RunHistory)
Q_DECLARE_METATYPE(kps::SnapshotData)
Q_DECLARE_METATYPE(kps::EpochPoint)
Q_DECLARE_METATYPE(kps::BatchPoint)
