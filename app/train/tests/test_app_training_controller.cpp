// TrainingController without a page: refusals say why, a training in this process and the same
// run opened afterwards reach a view through the same signals with the same values (one event
// stream, whether from the worker or the follower), pause only applies to a running training,
// and the end shows core's message in the page's words.
#include "run_directory.h"
#include "run_follower.h"
#include "test_dataset.h"
#include "trainer.h"
#include "training_controller.h"
#include "training_worker.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace kps;

namespace {

// What a view of the controller would show, from its signals only.
struct RecordedStream
{
    QVector<EpochPoint> epochs;
    QVector<BatchPoint> batches;
    QVector<int> snapshots;
    QStringList log;
    QVector<bool> runningStates;
    bool cleared = false;

    void record(TrainingController& controller)
    {
        QObject::connect(&controller, &TrainingController::runCleared, &controller, [this] {
            cleared = true;
            epochs.clear();
            batches.clear();
            snapshots.clear();
        });
        QObject::connect(&controller, &TrainingController::historyLoaded, &controller,
                         [this](const RunHistory& history) {
                             epochs = history.epochs;
                             batches = history.batches;
                             for (const SnapshotData& snapshot : history.snapshots)
                                 snapshots.push_back(snapshot.epoch);
                         });
        QObject::connect(&controller, &TrainingController::epochAppended, &controller,
                         [this](const EpochPoint& point) { epochs.push_back(point); });
        QObject::connect(&controller, &TrainingController::batchesAppended, &controller,
                         [this](const QVector<BatchPoint>& points) { batches += points; });
        QObject::connect(&controller, &TrainingController::snapshotLoaded, &controller,
                         [this](const SnapshotData& snapshot) {
                             if (!snapshots.contains(snapshot.epoch))
                                 snapshots.push_back(snapshot.epoch);
                         });
        QObject::connect(&controller, &TrainingController::logLine, &controller,
                         [this](const QString& line) { log << line; });
        QObject::connect(&controller, &TrainingController::trainingStateChanged, &controller,
                         [this](bool running) { runningStates.push_back(running); });
    }
};

bool closeRelative(double a, double b)
{
    return std::abs(a - b) <= 1e-7 * std::max(1.0, std::abs(b));
}

} // namespace

class TestTrainingController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusalsSayWhy();
    void oneEventStreamFromWorkerAndFollower();

private:
    QTemporaryDir m_temp;
    QString m_data;
};

void TestTrainingController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_temp.isValid());
    m_data = m_temp.filePath(QStringLiteral("data"));
    test::generateSmallDataset(m_data.toStdString(), 32, 192, 108, 7);
}

void TestTrainingController::refusalsSayWhy()
{
    TrainingController controller;
    QSignalSpy status(&controller, &TrainingController::statusMessage);
    QSignalSpy state(&controller, &TrainingController::trainingStateChanged);
    QCOMPARE(controller.stageText(), QStringLiteral("Idle"));

    QVERIFY(!controller.start(TrainingConfig(), QString(), TrainingLaunchOptions()));
    QCOMPARE(controller.stageText(), QStringLiteral("Cannot start: choose a run folder."));
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.last().at(0).toString(), controller.stageText());

    QVERIFY(!controller.resume(m_data, 0, TrainingLaunchOptions()));
    QVERIFY2(controller.stageText().endsWith(QStringLiteral("is not a training run (no "
                                                            "config.json).")),
             qPrintable(controller.stageText()));
    QVERIFY(!controller.openRun(m_data));
    QCOMPARE(status.count(), 3);
    QVERIFY(controller.shownRunDirectory().isEmpty());

    // Nothing runs: a pause request changes nothing.
    QSignalSpy changed(&controller, &TrainingController::stateChanged);
    controller.setPaused(true);
    QVERIFY(!controller.isPaused());
    QCOMPARE(changed.count(), 1); // the view re-reads the state (an unchecked Pause button)
    QVERIFY(!controller.isTraining());
    QCOMPARE(state.count(), 0);
}

void TestTrainingController::oneEventStreamFromWorkerAndFollower()
{
    const QString runDir = m_temp.filePath(QStringLiteral("run"));
    TrainingConfig config;
    config.dataDir = m_data.toStdString();
    config.model = TrainingConfig::presetModel("tiny");
    config.model.preprocess.imageSize = 64;
    config.model.preprocess.heatmapSize = 32;
    config.epochs = 2;
    config.batchSize = 4;
    config.device = "cpu";
    config.threads = 1;
    config.seed = 3;
    config.snapshotSamples = 2;
    config.cacheDir = m_temp.filePath(QStringLiteral("cache")).toStdString();

    // A training in this process.
    TrainingController trained;
    trained.worker()->setBatchSignalInterval(0);
    RecordedStream live;
    live.record(trained);
    QSignalSpy finished(&trained, &TrainingController::runFinished);
    QSignalSpy ended(&trained, &TrainingController::trainingEnded);
    TrainingLaunchOptions options;
    options.deviceText = QStringLiteral("CPU");
    QVERIFY(trained.start(config, runDir, options));
    QVERIFY(live.cleared);
    QVERIFY(trained.isTraining());
    QCOMPARE(trained.shownRunDirectory(), runDir);
    QCOMPARE(trained.stageText(), QStringLiteral("Preparing data…"));
    QVERIFY(!trained.start(config, runDir, options)); // one training at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.at(0).at(0).toString(), runDir);
    QCOMPARE(ended.count(), 1);
    QVERIFY(!trained.isTraining());
    QCOMPARE(live.runningStates, (QVector<bool>{true, false}));
    QVERIFY2(trained.stageText().startsWith(QStringLiteral("Finished: finished 2 epochs;")),
             qPrintable(trained.stageText()));
    QCOMPARE(trained.progress().epoch, 2);
    QCOMPARE(trained.progress().totalEpochs, 2);
    QCOMPARE(trained.progress().batch, trained.progress().batches);
    QVERIFY(!trained.progress().hasRate);
    QCOMPARE(live.epochs.size(), 2);
    QVERIFY(live.batches.size() >= 2);
    QTRY_COMPARE_WITH_TIMEOUT(live.snapshots, (QVector<int>{1, 2}), 10000);
    QVERIFY(live.log.filter(QStringLiteral("Scanning the dataset")).size() >= 1);

    // A new run cannot go into a folder that holds one.
    QVERIFY(!trained.start(config, runDir, options));
    QVERIFY(trained.stageText().contains(QStringLiteral("already holds a run")));

    // The same run opened: the same signals carry the same epochs and snapshots.
    TrainingController opened;
    RecordedStream history;
    history.record(opened);
    QVERIFY(opened.openRun(runDir));
    QCOMPARE(opened.shownRunDirectory(), runDir);
    QTRY_COMPARE_WITH_TIMEOUT(history.epochs.size(), 2, 10000);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(history.epochs[i].epoch, live.epochs[i].epoch);
        QVERIFY(closeRelative(history.epochs[i].trainLoss, live.epochs[i].trainLoss));
        QVERIFY(closeRelative(history.epochs[i].valLoss, live.epochs[i].valLoss));
        QVERIFY(closeRelative(history.epochs[i].valPck5, live.epochs[i].valPck5));
        QVERIFY(closeRelative(history.epochs[i].lr, live.epochs[i].lr));
    }
    QCOMPARE(history.snapshots, live.snapshots);
    // The batch events are a subset of the batches the worker reported, on the same steps.
    QVERIFY(!history.batches.isEmpty());
    for (const BatchPoint& point : history.batches)
        QVERIFY(std::any_of(live.batches.begin(), live.batches.end(),
                            [&](const BatchPoint& p) { return p.step == point.step; }));
    QCOMPARE(history.batches.last().step, live.batches.last().step);
    QCOMPARE(history.batches.last().epoch, live.batches.last().epoch);
    QCOMPARE(opened.progress().epoch, 2);
    QCOMPARE(opened.progress().totalEpochs, 2);
    QCOMPARE(opened.stageText(), QStringLiteral("Run finished: finished 2 epochs"));
    QVERIFY(!opened.follower()->isFollowing());
    QVERIFY(!opened.isTraining());
    QVERIFY(history.runningStates.isEmpty()); // opening is not training
}

QTEST_MAIN(TestTrainingController)
#include "test_app_training_controller.moc"
