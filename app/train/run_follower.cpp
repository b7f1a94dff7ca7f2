#include "run_follower.h"

#include "file_error.h"
#include "heatmap_statistics.h"
#include "heatmap_target.h"
#include "npy_array.h"
#include "run_directory.h"
#include "trainer.h"
#include "training_config.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <optional>

namespace kps {

using Json = nlohmann::ordered_json;

namespace {

SnapshotData readSnapshotData(const std::filesystem::path& jsonFile, double sigma,
                              bool withHeatmaps)
{
    const HeatmapSnapshot snapshot = RunDirectory::readSnapshot(jsonFile);
    SnapshotData data;
    data.epoch = snapshot.epoch;
    const int size = snapshot.heatmapSize;
    const int keypoints = snapshot.keypointCount;
    const std::size_t plane = static_cast<std::size_t>(size) * static_cast<std::size_t>(size);
    for (std::size_t n = 0; n < snapshot.sampleCount(); ++n) {
        data.stems.push_back(QString::fromStdString(snapshot.stems[n]));
        QVector<SnapshotKeypointStats> stats;
        for (int k = 0; k < keypoints; ++k) {
            const HeatmapStatistics s = heatmapStatistics(snapshot.heatmap(n, k), size, size);
            SnapshotKeypointStats item;
            item.peak = s.valid ? s.peakValue : 0.0;
            item.fittedSigma =
                s.fitValid ? s.fittedSigma : std::numeric_limits<double>::quiet_NaN();
            item.multiPeak = s.multiPeak;
            stats.push_back(item);
        }
        data.statistics.push_back(stats);
        if (!withHeatmaps)
            continue;
        HeatmapSet set;
        set.keypoints = keypoints;
        set.size = size;
        const float* first = snapshot.heatmap(n, 0);
        set.prediction =
            QVector<float>(first, first + static_cast<std::ptrdiff_t>(plane * keypoints));
        const auto pointOffset =
            static_cast<std::ptrdiff_t>(n * static_cast<std::size_t>(keypoints) * 2);
        const std::vector<float> coordinates(snapshot.targets.begin() + pointOffset,
                                             snapshot.targets.begin() + pointOffset +
                                                 keypoints * 2);
        const std::vector<float> target = heatmapTarget(coordinates, size, sigma);
        set.target = QVector<float>(target.begin(), target.end());
        for (int k = 0; k < keypoints; ++k) {
            set.targetPoints.push_back(QPointF(coordinates[2 * k], coordinates[2 * k + 1]));
            const float* predicted = snapshot.predictions.data() + pointOffset + 2 * k;
            set.predictedPoints.push_back(QPointF(predicted[0], predicted[1]));
        }
        data.samples.push_back(set);
    }
    return data;
}

QVector<QImage> readSampleImages(const RunDirectory& run)
{
    QVector<QImage> images;
    std::error_code error;
    if (!std::filesystem::exists(run.snapshotInputsFile(), error))
        return images;
    const NpyArray array = NpyArray::load(run.snapshotInputsFile());
    if (array.type != NpyArray::Type::UInt8 || array.shape.size() != 4 ||
        array.shape[1] != array.shape[2] || array.shape[3] != 3)
        throw FileError(run.snapshotInputsFile(),
                        "expected a uint8 array of shape (N, IMG, IMG, 3)");
    const int side = static_cast<int>(array.shape[1]);
    const std::size_t bytes = static_cast<std::size_t>(side) * static_cast<std::size_t>(side) * 3;
    for (std::size_t n = 0; n < array.shape[0]; ++n)
        images.push_back(
            QImage(array.bytes() + n * bytes, side, side, side * 3, QImage::Format_BGR888).copy());
    return images;
}

} // namespace

EpochPoint toEpochPoint(const EpochStats& stats)
{
    EpochPoint point;
    point.epoch = stats.epoch;
    point.trainLoss = stats.trainLoss;
    point.trainFocal = stats.trainFocal;
    point.trainL1 = stats.trainL1;
    point.valLoss = stats.valLoss;
    point.valFocal = stats.valFocal;
    point.valL1 = stats.valL1;
    point.lr = stats.learningRate;
    point.valPck2 = stats.valPck2;
    point.valPck5 = stats.valPck5;
    point.valMeanError = stats.valMeanErrorPx;
    return point;
}

QString runStartedLogLine(const TrainingRunInfo& info)
{
    return RunFollower::tr("%1 on %2 (%3 threads, %10): %4 training / %5 validation images, %6 "
                           "keypoints, batch %7, epochs %8-%9")
        .arg(info.resumed ? RunFollower::tr("resumed") : RunFollower::tr("training"),
             QString::fromStdString(info.device))
        .arg(info.threads)
        .arg(info.trainSize)
        .arg(info.valSize)
        .arg(info.keypointCount)
        .arg(info.batchSize)
        .arg(info.firstEpoch)
        .arg(info.totalEpochs)
        .arg(info.precision == "bf16_mixed" ? RunFollower::tr("bf16 mixed precision")
                                            : RunFollower::tr("float32"));
}

QString epochLogLine(const EpochPoint& p, bool best)
{
    return RunFollower::tr(
               "epoch %1: loss %2 (focal %3, L1 %4), val %5, PCK@2 %6%, PCK@5 %7%, error %8 px, lr "
               "%9")
               .arg(p.epoch)
               .arg(p.trainLoss, 0, 'g', 5)
               .arg(p.trainFocal, 0, 'g', 4)
               .arg(p.trainL1, 0, 'g', 4)
               .arg(p.valLoss, 0, 'g', 5)
               .arg(p.valPck2, 0, 'f', 1)
               .arg(p.valPck5, 0, 'f', 1)
               .arg(p.valMeanError, 0, 'f', 2)
               .arg(p.lr, 0, 'g', 3) +
           (best ? RunFollower::tr("  (best)") : QString());
}

BatchPoint BatchPointBuilder::add(int epoch, int batch, int batches, double runningMean)
{
    BatchPoint point;
    batches = std::max(1, batches);
    point.step = static_cast<qint64>(epoch - 1) * batches + batch;
    point.epoch = (epoch - 1) + static_cast<double>(batch) / batches;
    // A report covers the batches since the previous one of the same epoch; the first of an
    // epoch (or of a resumed epoch) covers all batches so far.
    if (epoch == m_epoch && batch > m_batch)
        point.loss = (runningMean * batch - m_mean * m_batch) / (batch - m_batch);
    else
        point.loss = runningMean;
    m_epoch = epoch;
    m_batch = batch;
    m_mean = runningMean;
    return point;
}

// What one read of events.jsonl (and, initially, of the other files) found.
struct RunFollower::Tail
{
    std::uintmax_t offset = 0;
    BatchPointBuilder builder;
    QVector<EpochPoint> epochs;
    QVector<BatchPoint> batches;
    std::optional<BatchProgress> lastBatch; // where a live run is now
    QVector<int> snapshots;
    QStringList log;
    bool ended = false;
    QString state, message;
    QString error;
};

namespace {

// Applies a run's events to `tail`; epochs and snapshots only when collectEpochs (the initial read
// takes them from training_log.csv and snapshots/ instead).
void readEventsInto(const std::vector<Json>& events, bool collectEpochs, RunFollower::Tail& tail)
{
    for (const Json& event : events) {
        const std::string type = event.value("type", std::string());
        try {
            if (type == "batch") {
                const BatchProgress progress = BatchProgress::fromJson(event);
                tail.lastBatch = progress;
                tail.batches.push_back(tail.builder.add(progress.epoch, progress.batch,
                                                        progress.batches, progress.runningLoss));
            } else if (type == "epoch") {
                const EpochStats stats = EpochStats::fromJson(event);
                if (collectEpochs) {
                    tail.epochs.push_back(toEpochPoint(stats));
                    tail.log << epochLogLine(tail.epochs.back(), stats.best);
                }
            } else if (type == "snapshot") {
                if (collectEpochs)
                    tail.snapshots.push_back(event.value("epoch", 0));
            } else if (type == "run_started") {
                tail.ended = false;
                tail.state.clear();
                tail.message.clear();
                if (collectEpochs)
                    tail.log << RunFollower::tr("run started on %1: epochs %2-%3")
                                    .arg(QString::fromStdString(
                                        event.value("device", std::string())))
                                    .arg(event.value("first_epoch", 0))
                                    .arg(event.value("total_epochs", 0));
            } else if (type == "stopped" || type == "finished" || type == "failed") {
                tail.ended = true;
                tail.state = QString::fromStdString(type);
                tail.message = QString::fromStdString(event.value("message", std::string()));
                if (type == "stopped")
                    tail.message = RunFollower::tr("stopped in epoch %1 after batch %2")
                                       .arg(event.value("epoch", 0))
                                       .arg(event.value("batch", 0));
                const int completed = event.value("completed_epochs", 0);
                if (type == "finished" &&
                    event.value("message", std::string()) == allEpochsFinishedMessage(completed))
                    tail.message = RunFollower::tr("finished %1 epochs").arg(completed);
                if (collectEpochs)
                    tail.log << RunFollower::tr("run %1: %2").arg(tail.state, tail.message);
            }
        } catch (const std::exception&) {
            // A malformed event line is skipped like one that does not parse.
        }
    }
}

} // namespace

RunFollower::RunFollower(QObject* parent)
    : QObject(parent), m_jobs(this), m_pool(new QThreadPool(this)), m_timer(new QTimer(this))
{
    qRegisterMetaType<kps::RunHistory>();
    qRegisterMetaType<kps::SnapshotData>();
    qRegisterMetaType<kps::EpochPoint>();
    qRegisterMetaType<kps::BatchPoint>();
    // One background thread: reads happen in the order they were asked for.
    m_pool->setMaxThreadCount(1);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &RunFollower::poll);
}

RunFollower::~RunFollower()
{
    m_timer->stop();
    m_pool->clear();
    m_pool->waitForDone();
}

void RunFollower::open(const QString& runDir, bool follow)
{
    close();
    m_run = m_jobs.start();
    const LatestJob::Ticket ticket = m_run;
    m_runDir = runDir;
    m_follow = follow;
    m_pool->start([this, ticket, runDir] {
        RunHistory history;
        history.runDir = runDir;
        Tail tail;
        QString error;
        try {
            const RunDirectory run(runDir.toStdString());
            if (!run.hasConfig())
                throw FileError(run.configFile(), "missing: not a training run directory");
            const TrainingConfig config = run.readConfig();
            history.targetSigma = config.model.preprocess.sigma;
            history.totalEpochs = config.totalEpochs();
            // Events first: an epoch that ends between the reads is then in the log and again in
            // the tail (appendEpoch replaces it), never in neither.
            readEventsInto(RunDirectory::readEvents(run.eventsFile(), &tail.offset), false, tail);
            for (const EpochStats& stats : run.readLog())
                history.epochs.push_back(toEpochPoint(stats));
            history.batches = tail.batches;
            history.ended = tail.ended;
            history.endState = tail.state;
            history.endMessage = tail.message;
            for (const auto& file : run.snapshotFiles())
                history.snapshots.push_back(readSnapshotData(file, history.targetSigma, false));
            history.sampleImages = readSampleImages(run);
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        // Runs here only while this RunFollower exists and this run is still the one opened.
        ticket.deliver([this, history, tail, error] {
            if (!error.isEmpty()) {
                m_follow = false;
                Q_EMIT openFailed(history.runDir, error);
                return;
            }
            m_offset = tail.offset;
            m_builder = tail.builder;
            m_targetSigma = history.targetSigma;
            m_imagesDelivered = !history.sampleImages.isEmpty();
            Q_EMIT loaded(history);
            if (m_follow && history.ended)
                m_follow = false;
            if (m_follow)
                m_timer->start();
        });
    });
}

void RunFollower::close()
{
    m_jobs.invalidate();
    m_timer->stop();
    m_follow = false;
    m_pollPending = false;
    m_offset = 0;
    m_builder.reset();
    m_runDir.clear();
    m_imagesDelivered = false;
}

void RunFollower::attach(const QString& runDir, double targetSigma)
{
    close();
    m_run = m_jobs.start(); // for loadSnapshot()
    m_runDir = runDir;
    m_targetSigma = targetSigma;
}

bool RunFollower::isFollowing() const
{
    return m_follow;
}

void RunFollower::setPollInterval(int msecs)
{
    m_timer->setInterval(msecs);
}

void RunFollower::waitForJobs()
{
    m_pool->waitForDone();
}

void RunFollower::poll()
{
    if (m_pollPending || m_runDir.isEmpty())
        return;
    m_pollPending = true;
    Tail start;
    start.offset = m_offset;
    start.builder = m_builder;
    const std::filesystem::path file = RunDirectory(m_runDir.toStdString()).eventsFile();
    const LatestJob::Ticket ticket = m_run;
    m_pool->start([this, ticket, start, file] {
        Tail tail = start;
        try {
            readEventsInto(RunDirectory::readEvents(file, &tail.offset), true, tail);
        } catch (const std::exception& e) {
            tail.error = QString::fromStdString(e.what());
        }
        ticket.deliver([this, tail] { applyTail(tail); });
    });
}

void RunFollower::applyTail(const Tail& tail)
{
    m_pollPending = false;
    m_offset = tail.offset;
    m_builder = tail.builder;
    for (const QString& line : tail.log)
        Q_EMIT logLine(line);
    if (!tail.batches.isEmpty())
        Q_EMIT batchesAppended(tail.batches);
    if (tail.lastBatch && !tail.ended)
        Q_EMIT batchProgressed(*tail.lastBatch);
    for (const EpochPoint& point : tail.epochs)
        Q_EMIT epochAppended(point);
    for (int epoch : tail.snapshots)
        Q_EMIT snapshotAppeared(epoch);
    if (tail.ended) {
        m_timer->stop();
        m_follow = false;
        Q_EMIT runEnded(tail.state, tail.message);
    }
}

void RunFollower::loadSnapshot(int epoch)
{
    if (m_runDir.isEmpty())
        return;
    const LatestJob::Ticket ticket = m_run;
    const std::filesystem::path file = RunDirectory(m_runDir.toStdString()).snapshotFile(epoch);
    const double sigma = m_targetSigma;
    const bool withImages = !m_imagesDelivered;
    const RunDirectory run(m_runDir.toStdString());
    m_pool->start([this, ticket, file, sigma, withImages, run] {
        SnapshotData data;
        try {
            data = readSnapshotData(file, sigma, true);
            if (withImages)
                data.sampleImages = readSampleImages(run);
        } catch (const std::exception&) {
            return; // not there (yet): the next snapshot event or request tries again
        }
        ticket.deliver([this, data] {
            if (!data.sampleImages.isEmpty())
                m_imagesDelivered = true;
            Q_EMIT snapshotLoaded(data);
        });
    });
}

} // namespace kps
