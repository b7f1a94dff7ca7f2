// The Train page end to end on a small generated set: a tiny training started from the page
// fills the curves with exactly the logged points and the evolution view with the snapshots,
// Pause holds it, Stop lands within one batch and leaves a run that Resume continues from that
// batch, the UI event loop never stalls for 100 ms meanwhile, and opening the finished run shows
// the curves of its training_log.csv. Also: form validation, config files and settings.
#include "heatmap_evolution_view.h"
#include "heatmap_grid_view.h"
#include "material_mode_combo.h"
#include "qcustomplot_include.h"
#include "run_directory.h"
#include "run_follower.h"
#include "test_dataset.h"
#include "train_page.h"
#include "training_config_form.h"
#include "training_controller.h"
#include "trainer.h"
#include "training_curves_plot.h"
#include "training_process.h"
#include "training_worker.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cmath>
#include <csignal>
#include <thread>

using namespace kps;
using Series = TrainingCurvesPlot::Series;

namespace {

// Measures the longest gap between ticks of a fast timer: how long the event loop was blocked.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_maxGapNs = std::max(m_maxGapNs, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    // The longest gap beyond the timer's own interval, in ms.
    double maxStallMs() const { return std::max(0.0, m_maxGapNs / 1e6 - m_timer.interval()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_maxGapNs = 0;
};

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-7 * std::max(1.0, std::abs(b));
}

// The curves' epoch series hold exactly the rows of training_log.csv.
void compareCurvesWithLog(const TrainingCurvesPlot* plot, const std::vector<EpochStats>& rows)
{
    const struct
    {
        Series series;
        double EpochStats::*field;
    } columns[] = {{Series::TrainLoss, &EpochStats::trainLoss},
                   {Series::ValLoss, &EpochStats::valLoss},
                   {Series::TrainFocal, &EpochStats::trainFocal},
                   {Series::ValFocal, &EpochStats::valFocal},
                   {Series::TrainL1, &EpochStats::trainL1},
                   {Series::ValL1, &EpochStats::valL1},
                   {Series::LearningRate, &EpochStats::learningRate},
                   {Series::ValPck2, &EpochStats::valPck2},
                   {Series::ValPck5, &EpochStats::valPck5},
                   {Series::ValMeanError, &EpochStats::valMeanErrorPx}};
    for (const auto& column : columns) {
        const QVector<double> keys = plot->keys(column.series);
        const QVector<double> values = plot->values(column.series);
        QCOMPARE(keys.size(), static_cast<int>(rows.size()));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(keys[int(i)], double(rows[i].epoch));
            QVERIFY2(close(values[int(i)], rows[i].*column.field),
                     qPrintable(QStringLiteral("series %1 epoch %2: plot %3, log %4")
                                    .arg(int(column.series))
                                    .arg(rows[i].epoch)
                                    .arg(values[int(i)], 0, 'g', 12)
                                    .arg(rows[i].*column.field, 0, 'g', 12)));
        }
    }
    int best = -1;
    double bestLoss = INFINITY;
    for (const EpochStats& row : rows)
        if (row.valLoss < bestLoss) {
            bestLoss = row.valLoss;
            best = row.epoch;
        }
    QCOMPARE(plot->bestEpoch(), best);
}

// The evolution view shows the snapshot file's own values for the current epoch.
void compareHeatmapsWithSnapshot(const HeatmapEvolutionView* view, const RunDirectory& run,
                                 int sample)
{
    const int epoch = view->currentEpoch();
    QVERIFY(epoch > 0);
    const HeatmapSnapshot snapshot = RunDirectory::readSnapshot(run.snapshotFile(epoch));
    const HeatmapSet& shown = view->gridView()->heatmaps();
    QCOMPARE(shown.keypoints, snapshot.keypointCount);
    QCOMPARE(shown.size, snapshot.heatmapSize);
    QVERIFY(shown.hasTarget());
    const float* expected = snapshot.heatmap(std::size_t(sample), 0);
    for (int i = 0; i < shown.prediction.size(); i += 97)
        QCOMPARE(shown.prediction[i], expected[i]);
    for (int k = 0; k < shown.keypoints; ++k)
        QCOMPARE(shown.targetPoints[k].x(),
                 double(snapshot.targets[(std::size_t(sample) * shown.keypoints + k) * 2]));
}

} // namespace

class TestTrainPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void batchPointsFromRunningMeans();
    void everyStageHasItsOwnText();
    void deviceChoiceOnThisMachine();
    void formValidationConfigFileAndSettings();
    void trainPauseStopResumeFromThePage();
    void openFinishedRunShowsItsLog();
    void followsARunWrittenElsewhere();
    void twoProcessRunFollowedStoppedAndResumed();

private:
    TrainingConfig tinyConfig() const;

    QTemporaryDir m_temp;
    QString m_data;
    QString m_run;
};

void TestTrainPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KeypointStudioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_app_train_page"));
    QSettings().remove(QStringLiteral("train"));
    QVERIFY(m_temp.isValid());
    m_data = m_temp.filePath(QStringLiteral("data"));
    m_run = m_temp.filePath(QStringLiteral("run"));
    test::generateSmallDataset(m_data.toStdString(), 48, 192, 108, 11);
}

TrainingConfig TestTrainPage::tinyConfig() const
{
    TrainingConfig config;
    config.dataDir = m_data.toStdString();
    config.model = TrainingConfig::presetModel("tiny");
    config.model.preprocess.imageSize = 64;
    config.model.preprocess.heatmapSize = 32;
    config.epochs = 4;
    config.batchSize = 4;
    config.device = "cpu";
    config.threads = 1; // two cores here: the other one is the UI's
    config.seed = 5;
    config.snapshotSamples = 2;
    config.cacheDir = m_temp.filePath(QStringLiteral("cache")).toStdString();
    return config;
}

void TestTrainPage::batchPointsFromRunningMeans()
{
    // Batch losses 1, 2, 3, 6 give running means 1, 1.5, 2, 3; a report may skip batches.
    BatchPointBuilder builder;
    BatchPoint p = builder.add(2, 1, 4, 1.0);
    QCOMPARE(p.loss, 1.0);
    QCOMPARE(p.step, qint64(5));
    QCOMPARE(p.epoch, 1.25);
    p = builder.add(2, 2, 4, 1.5);
    QCOMPARE(p.loss, 2.0);
    p = builder.add(2, 4, 4, 3.0); // batches 3 and 4 in one report: their mean
    QCOMPARE(p.loss, 4.5);
    QCOMPARE(p.epoch, 2.0);
    p = builder.add(3, 2, 4, 0.5); // a new epoch (or a resumed one) starts from its running mean
    QCOMPARE(p.loss, 0.5);
    QCOMPARE(p.step, qint64(10));
}

void TestTrainPage::everyStageHasItsOwnText()
{
    // Every stage the trainer reports has words of the page (none shows core's raw text), counted
    // stages show their count, and core's "finished N epochs" has a translatable form.
    QSet<QString> texts;
    for (int i = 0; i <= int(TrainingStage::FineTuning); ++i) {
        const auto stage = TrainingStage(i);
        const QString text = TrainingController::stageText(stage, 0, 0);
        QVERIFY2(text != QString::fromLatin1(toString(stage)) + QStringLiteral("…"),
                 toString(stage));
        QVERIFY(text.endsWith(QStringLiteral("…")));
        texts.insert(text);
    }
    QCOMPARE(texts.size(), int(TrainingStage::FineTuning) + 1);
    QCOMPARE(TrainingController::stageText(TrainingStage::FineTuning, 0, 0),
             QStringLiteral("Fine-tuning the whole network…"));
    QCOMPARE(TrainingController::stageText(TrainingStage::Caching, 12, 40),
             QStringLiteral("Caching images 12/40…"));
    TrainingSummary summary;
    summary.completedEpochs = 8;
    summary.message = allEpochsFinishedMessage(8);
    QCOMPARE(TrainingController::endMessage(summary), QStringLiteral("finished 8 epochs"));
    summary.message = "early stopping at epoch 5";
    QCOMPARE(TrainingController::endMessage(summary), QStringLiteral("early stopping at epoch 5"));
}

void TestTrainPage::deviceChoiceOnThisMachine()
{
    TrainPage page;
    QTRY_VERIFY_WITH_TIMEOUT(page.form()->devicesKnown(), 20000);
    QComboBox* devices = page.form()->deviceCombo();
    QVERIFY(devices->count() >= 2);
    QCOMPARE(devices->itemData(0).toString(), QStringLiteral("auto"));
    QCOMPARE(devices->itemData(1).toString(), QStringLiteral("cpu"));
    if (devices->count() == 2) {
        QCOMPARE(page.form()->deviceNote()->text(),
                 QStringLiteral("No GPU found — training runs on the CPU"));
        QVERIFY(!page.form()->deviceNote()->isHidden());
    } else {
        for (int i = 2; i < devices->count(); ++i)
            QVERIFY(devices->itemData(i).toString().startsWith(QStringLiteral("cuda:")));
        QVERIFY(page.form()->deviceNote()->isHidden());
    }
}

void TestTrainPage::formValidationConfigFileAndSettings()
{
    const QString file = m_temp.filePath(QStringLiteral("saved_config.json"));
    {
        TrainPage page;
        TrainingConfig config = tinyConfig();
        config.epochs = 7;
        config.augmentation.blurMaxSigma = 0.75;
        config.seed = 12345678901ull;
        config.synthetic.materials = MaterialMode::PerImage; // not the default
        config.precision = TrainingPrecision::BFloat16Mixed; // not the default
        page.form()->setConfig(config);
        // The Precision field shows the config's choice, and what it shows is what is read.
        QComboBox* precision = page.form()->precisionCombo();
        QCOMPARE(precision->currentData().toString(), QStringLiteral("bf16_mixed"));
        QCOMPARE(precision->currentText(), QStringLiteral("bf16 mixed (CPU)"));
        precision->setCurrentIndex(precision->findData(QStringLiteral("fp32")));
        {
            TrainingConfig read;
            QString readError;
            QVERIFY2(page.form()->readForm(read, readError), qPrintable(readError));
            QVERIFY(read.precision == TrainingPrecision::Float32);
        }
        precision->setCurrentIndex(precision->findData(QStringLiteral("bf16_mixed")));
        // The Materials field shows the config's mode, and what it shows is what is read.
        auto* materials = page.form()->findChild<MaterialModeCombo*>();
        QVERIFY(materials);
        QVERIFY(materials->mode() == MaterialMode::PerImage);
        materials->setMode(MaterialMode::Fixed);
        TrainingConfig read;
        QString readError;
        QVERIFY2(page.form()->readForm(read, readError), qPrintable(readError));
        QVERIFY(read.synthetic.materials == MaterialMode::Fixed);
        materials->setMode(MaterialMode::PerImage);
        page.form()->setRunDirectory(m_temp.filePath(QStringLiteral("unused_run")));
        QVERIFY2(page.form()->validationMessage().isEmpty(),
                 qPrintable(page.form()->validationMessage()));
        QVERIFY(page.startButton()->isEnabled());

        // An invalid value: a clear message and no Start.
        config.augmentation.brightnessMinFactor = 0.9;
        config.augmentation.brightnessMaxFactor = 0.5;
        page.form()->setConfig(config);
        QVERIFY2(page.form()->validationMessage().contains(QStringLiteral("brightness factors"),
                                                           Qt::CaseInsensitive),
                 qPrintable(page.form()->validationMessage()));
        QVERIFY(!page.startButton()->isEnabled());
        QVERIFY(!page.startTraining());
        config.augmentation.brightnessMaxFactor = 1.0;
        page.form()->setConfig(config);
        QVERIFY(page.form()->validationMessage().isEmpty());

        QString message;
        QVERIFY2(page.form()->saveConfig(file, message), qPrintable(message));
        QCOMPARE(message, QStringLiteral("Config saved to %1").arg(QDir::toNativeSeparators(file)));
        page.saveSettings();
    }
    const TrainingConfig saved = TrainingConfig::fromJson(nlohmann::ordered_json::parse([&] {
        QFile in(file);
        in.open(QIODevice::ReadOnly);
        return in.readAll().toStdString();
    }()));
    QCOMPARE(saved.epochs, 7);
    QCOMPARE(saved.augmentation.blurMaxSigma, 0.75);
    QCOMPARE(saved.seed, 12345678901ull);
    QCOMPARE(saved.model.preprocess.imageSize, 64);
    QCOMPARE(saved.model.preset, std::string("tiny"));
    QCOMPARE(saved.threads, 1);
    QVERIFY(saved.synthetic.materials == MaterialMode::PerImage);
    QVERIFY(saved.precision == TrainingPrecision::BFloat16Mixed);

    // The settings bring the form back in a new page; a loaded file fills it too.
    TrainPage restored;
    restored.restoreSettings();
    TrainingConfig fromForm;
    QString error;
    QVERIFY2(restored.form()->readForm(fromForm, error), qPrintable(error));
    QCOMPARE(fromForm.epochs, 7);
    QCOMPARE(fromForm.seed, 12345678901ull);
    QVERIFY(fromForm.synthetic.materials == MaterialMode::PerImage);
    QVERIFY(fromForm.precision == TrainingPrecision::BFloat16Mixed);
    QCOMPARE(restored.form()->runDirectory(), m_temp.filePath(QStringLiteral("unused_run")));
    TrainingConfig other = tinyConfig();
    other.epochs = 3;
    restored.form()->setConfig(other);
    QString message;
    QVERIFY2(restored.form()->loadConfig(file, message), qPrintable(message));
    QVERIFY(!restored.form()->loadConfig(m_temp.filePath(QStringLiteral("missing.json")), message));
    QVERIFY2(message.contains(QStringLiteral("cannot read")), qPrintable(message));
    QVERIFY(restored.form()->readForm(fromForm, error));
    QCOMPARE(fromForm.epochs, 7);
    QCOMPARE(fromForm.toJson(), saved.toJson());
    QSettings().remove(QStringLiteral("train"));
}

void TestTrainPage::trainPauseStopResumeFromThePage()
{
    TrainPage page;
    page.resize(1400, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.form()->setConfig(tinyConfig());
    page.form()->setRunDirectory(m_run);
    QVERIFY2(page.form()->validationMessage().isEmpty(),
             qPrintable(page.form()->validationMessage()));

    StallProbe probe;
    QElapsedTimer clock;
    clock.start();
    QSignalSpy state(&page, &TrainPage::trainingStateChanged);
    QSignalSpy finished(&page, &TrainPage::runFinished);
    QSignalSpy stopped(page.controller()->worker(), &TrainingWorker::stopped);
    QSignalSpy allBatches(page.controller()->worker(), &TrainingWorker::batchProgress);
    page.controller()->worker()->setBatchSignalInterval(
        0); // every batch reaches the UI: the pause is seen exactly

    // Pause in epoch 3, then stop on the next batch after continuing.
    bool pausedOnce = false, stopClicked = false;
    int batchesAtPause = -1;
    auto onBatch = connect(page.controller()->worker(), &TrainingWorker::batchProgress, &page,
                           [&](const BatchProgress& p) {
                               if (p.epoch != 3 || p.batch >= p.batches - 2)
                                   return;
                               if (!pausedOnce && p.batch >= 1) {
                                   pausedOnce = true;
                                   page.pauseButton()->click();
                               } else if (pausedOnce && !page.controller()->isPaused() &&
                                          !stopClicked && p.batch > batchesAtPause) {
                                   stopClicked = true;
                                   page.stopButton()->click();
                               }
                           });

    page.startButton()->click();
    QCOMPARE(state.count(), 1);
    QCOMPARE(state.at(0).at(0).toBool(), true);
    QVERIFY(page.isTraining());
    QVERIFY(page.stageLabel()->text().contains(QStringLiteral("Preparing"))); // feedback at once
    QCOMPARE(page.controller()->shownRunDirectory(), m_run);
    QVERIFY(!page.startButton()->isEnabled());

    // Two epochs: the curves hold exactly the logged points, the snapshots reach the view.
    QTRY_VERIFY_WITH_TIMEOUT(page.curvesPlot()->pointCount(Series::TrainLoss) >= 2, 90000);
    qInfo("two epochs after %.1f s", clock.elapsed() / 1000.0);
    const RunDirectory run(m_run.toStdString());
    std::vector<EpochStats> rows = run.readLog();
    rows.resize(2);
    {
        // Compare the first two epochs (a third may be on its way).
        const QVector<double> keys = page.curvesPlot()->keys(Series::ValLoss);
        QVERIFY(keys.size() >= 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(keys[i], double(rows[std::size_t(i)].epoch));
            QVERIFY(close(page.curvesPlot()->values(Series::TrainLoss)[i],
                          rows[std::size_t(i)].trainLoss));
            QVERIFY(
                close(page.curvesPlot()->values(Series::ValPck5)[i], rows[std::size_t(i)].valPck5));
            QVERIFY(close(page.curvesPlot()->values(Series::LearningRate)[i],
                          rows[std::size_t(i)].learningRate));
        }
    }
    QVERIFY(page.curvesPlot()->pointCount(Series::BatchLoss) >= 4);
    QTRY_VERIFY_WITH_TIMEOUT(page.evolutionView()->epochs().size() >= 2, 10000);
    QCOMPARE(page.evolutionView()->epochs().mid(0, 2), (QVector<int>{1, 2}));
    QCOMPARE(page.sampleCombo()->count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(
        page.evolutionView()->hasHeatmaps(page.evolutionView()->currentEpoch()), 10000);
    compareHeatmapsWithSnapshot(page.evolutionView(), run, 0);
    QVERIFY(page.evolutionView()->statisticsGraph(0)->dataCount() >= 2); // peak height over epochs

    // Pause holds the training at a batch boundary.
    QTRY_VERIFY_WITH_TIMEOUT(page.controller()->isPaused(), 60000);
    QVERIFY(page.pauseButton()->isChecked()); // the button reflects the controller
    // The batch in flight at the click may still finish; then nothing moves.
    int seen = -1;
    for (int i = 0; i < 40 && allBatches.count() != seen; ++i) {
        seen = allBatches.count();
        QTest::qWait(1500);
    }
    QCOMPARE(allBatches.count(), seen);
    const auto held = allBatches.last().at(0).value<BatchProgress>();
    QCOMPARE(held.epoch, 3);
    QVERIFY(held.batch < held.batches);
    QCOMPARE(page.controller()->progress().batch, held.batch);
    QCOMPARE(page.batchProgressBar()->value(), held.batch);
    QVERIFY(page.isTraining());
    QVERIFY(page.controller()->stageText().contains(QStringLiteral("Paused")));
    QCOMPARE(page.stageLabel()->text(), page.controller()->stageText());
    batchesAtPause = held.batch;
    page.pauseButton()->click(); // continue; the next batch clicks Stop

    QTRY_VERIFY_WITH_TIMEOUT(stopped.count() == 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isTraining(), 30000);
    disconnect(onBatch);
    QVERIFY(stopClicked);
    const int stoppedEpoch = stopped.at(0).at(0).toInt();
    const int stoppedBatch = stopped.at(0).at(1).toInt();
    const int batchesAtStop = page.controller()->worker()->batchesDoneAtStopRequest();
    qInfo("stop requested after batch %d, landed before batch %d of epoch %d", batchesAtStop,
          stoppedBatch + 1, stoppedEpoch);
    QCOMPARE(stoppedEpoch, 3);
    QVERIFY(stoppedBatch >= batchesAtStop && stoppedBatch <= batchesAtStop + 1); // within one batch
    // The worker thread ends first; the page reports the end when its queued signal arrives.
    QTRY_COMPARE_WITH_TIMEOUT(state.last().at(0).toBool(), false, 10000);
    QCOMPARE(finished.count(), 0);
    // The run on disk: stopped there, resumable.
    const auto saved = run.readState();
    QVERIFY(saved.has_value());
    QCOMPARE((*saved)["completed_epochs"].get<int>(), 2);
    QCOMPARE((*saved)["partial_epoch"]["batches_done"].get<int>(), stoppedBatch);
    const auto events = RunDirectory::readEvents(run.eventsFile());
    QCOMPARE(QString::fromStdString(events.back().value("type", std::string())),
             QStringLiteral("stopped"));
    QCOMPARE(events.back().value("batch", -1), stoppedBatch);
    QCOMPARE(int(run.readLog().size()), 2);
    QVERIFY(page.startButton()->isEnabled() || !page.form()->validationMessage().isEmpty());

    // Resume continues from the next batch and finishes the run.
    QSignalSpy started(page.controller()->worker(), &TrainingWorker::runStarted);
    QSignalSpy batches(page.controller()->worker(), &TrainingWorker::batchProgress);
    QVERIFY(page.resumeRun(m_run));
    QVERIFY(page.isTraining());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
    QCOMPARE(finished.at(0).at(0).toString(), m_run);
    QTRY_VERIFY(!page.isTraining());
    // Core's end message, in the page's words.
    QVERIFY2(
        page.controller()->stageText().startsWith(QStringLiteral("Finished: finished 4 epochs;")),
        qPrintable(page.controller()->stageText()));
    QCOMPARE(page.controller()->progress().epoch, 4);
    QCOMPARE(page.controller()->progress().totalEpochs, 4);
    QVERIFY(!page.controller()->isPaused());
    QCOMPARE(started.count(), 1);
    const auto info = started.at(0).at(0).value<TrainingRunInfo>();
    QVERIFY(info.resumed);
    QCOMPARE(info.firstEpoch, 3);
    QVERIFY(!batches.isEmpty());
    const auto first = batches.at(0).at(0).value<BatchProgress>();
    QCOMPARE(first.epoch, 3);
    QCOMPARE(first.batch, stoppedBatch + 1);

    rows = run.readLog();
    QCOMPARE(int(rows.size()), 4);
    compareCurvesWithLog(page.curvesPlot(), rows);
    QTRY_COMPARE_WITH_TIMEOUT(page.evolutionView()->epochs(), (QVector<int>{1, 2, 3, 4}), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        page.evolutionView()->hasHeatmaps(page.evolutionView()->currentEpoch()), 10000);
    QCOMPARE(page.evolutionView()->currentEpoch(), 4);
    compareHeatmapsWithSnapshot(page.evolutionView(), run, 0);
    // Another sample: its own heatmaps.
    page.sampleCombo()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(
        page.evolutionView()->hasHeatmaps(page.evolutionView()->currentEpoch()), 10000);
    compareHeatmapsWithSnapshot(page.evolutionView(), run, 1);
    QCOMPARE(page.evolutionView()->statisticsGraph(0)->dataCount(), 4);
    QVERIFY(page.logView()->toPlainText().contains(QStringLiteral("epoch 4:")));

    qInfo("replot of the curves: %.1f ms on average, of the heatmap statistics: %.1f ms",
          page.curvesPlot()->plot()->replotTime(true),
          page.evolutionView()->statisticsPlot()->replotTime(true));
    const double stall = probe.maxStallMs();
    std::printf("max UI stall: %.0f ms\n", stall);
    std::fflush(stdout);
    QVERIFY2(stall < 100.0, qPrintable(QStringLiteral("max UI stall %1 ms").arg(stall)));
}

void TestTrainPage::openFinishedRunShowsItsLog()
{
    const RunDirectory run(m_run.toStdString());
    const std::vector<EpochStats> rows = run.readLog();
    QVERIFY(rows.size() == 4); // written by trainPauseStopResumeFromThePage

    TrainPage page;
    page.show();
    QVERIFY(!page.openRun(m_temp.filePath(QStringLiteral("data")))); // not a run
    QVERIFY(page.openRun(m_run));
    QTRY_COMPARE_WITH_TIMEOUT(page.curvesPlot()->pointCount(Series::TrainLoss), 4, 10000);
    compareCurvesWithLog(page.curvesPlot(), rows);
    QVERIFY(page.curvesPlot()->pointCount(Series::BatchLoss) > 0); // from events.jsonl
    QTRY_COMPARE_WITH_TIMEOUT(page.evolutionView()->epochs(), (QVector<int>{1, 2, 3, 4}), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        page.evolutionView()->hasHeatmaps(page.evolutionView()->currentEpoch()), 10000);
    compareHeatmapsWithSnapshot(page.evolutionView(), run, 0);
    QVERIFY(!page.controller()->follower()->isFollowing()); // finished: nothing to follow
    QCOMPARE(page.controller()->stageText(), QStringLiteral("Run finished: finished 4 epochs"));
    QCOMPARE(page.stageLabel()->text(), page.controller()->stageText());
    // The form holds the run's settings, with a fresh run folder beside it for a new Start.
    const TrainingConfig saved = run.readConfig();
    TrainingConfig shown;
    QString error;
    QVERIFY2(page.form()->readForm(shown, error), qPrintable(error));
    QCOMPARE(shown.model.preset, saved.model.preset);
    QCOMPARE(shown.model.preprocess.imageSize, saved.model.preprocess.imageSize);
    QCOMPARE(shown.batchSize, saved.batchSize);
    QCOMPARE(shown.seed, saved.seed);
    QVERIFY(QDir::cleanPath(page.form()->runDirectory()) != QDir::cleanPath(m_run));
    QCOMPARE(QFileInfo(page.form()->runDirectory()).absolutePath(),
             QFileInfo(m_run).absolutePath());
    QVERIFY(!QFileInfo::exists(page.form()->runDirectory() + QStringLiteral("/config.json")));
    if (qEnvironmentVariableIsSet("KPS_SCREENSHOT_DIR")) {
        page.resize(1600, 1000);
        QTest::qWait(200);
        page.grab().save(QDir(qEnvironmentVariable("KPS_SCREENSHOT_DIR"))
                             .filePath(QStringLiteral("train_page.png")));
    }
}

void TestTrainPage::followsARunWrittenElsewhere()
{
    // A run written by another "process" (here a plain thread with the core Trainer, as the CLI
    // does); the page opens it while it is in progress and follows it to the end.
    const QString runDir = m_temp.filePath(QStringLiteral("run_elsewhere"));
    TrainingConfig config = tinyConfig();
    config.epochs = 3;
    StopToken stop;
    std::atomic<bool> done{false};
    std::thread trainer([&] {
        Trainer().run(config, runDir.toStdString(), nullptr, &stop);
        done = true;
    });
    const RunDirectory run(runDir.toStdString());
    QTRY_VERIFY_WITH_TIMEOUT(run.readLog().size() >= 1 || done, 60000);

    TrainPage page;
    page.show();
    page.controller()->follower()->setPollInterval(100);
    // The live run's batches move the batch bar (connected after the page: runs after it).
    int liveBatches = 0;
    int barMismatches = 0;
    connect(page.controller()->follower(), &RunFollower::batchProgressed, &page,
            [&](const BatchProgress& progress) {
                ++liveBatches;
                if (page.batchProgressBar()->value() != progress.batch ||
                    page.batchProgressBar()->maximum() != progress.batches ||
                    page.epochProgressBar()->value() != progress.epoch - 1)
                    ++barMismatches;
            });
    QVERIFY(page.openRun(runDir));
    QTRY_VERIFY_WITH_TIMEOUT(page.curvesPlot()->pointCount(Series::TrainLoss) >= 1, 10000);
    const bool wasLive = !done;
    QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
    trainer.join();
    const std::vector<EpochStats> rows = run.readLog();
    QCOMPARE(int(rows.size()), 3);
    QTRY_COMPARE_WITH_TIMEOUT(page.curvesPlot()->pointCount(Series::TrainLoss), 3, 10000);
    compareCurvesWithLog(page.curvesPlot(), rows);
    QTRY_COMPARE_WITH_TIMEOUT(page.evolutionView()->epochs(), (QVector<int>{1, 2, 3}), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!page.controller()->follower()->isFollowing(), 10000);
    QCOMPARE(barMismatches, 0);
    qInfo("opened while live: %s; %d live batch updates",
          wasLive ? "yes" : "no (the run was faster)", liveBatches);
}

// The Train page with Processes = 2: `kpstudio train --nproc 2` trains in two rank processes
// while the page follows the run directory (curves = training_log.csv); Stop ends every rank at
// an agreed step (none is killed) and the run resumes in this process (1 process) to the end.
void TestTrainPage::twoProcessRunFollowedStoppedAndResumed()
{
    QCOMPARE(parseGpuList(QStringLiteral(" 0, 2,2 ,3")), (QList<int>{0, 2, 3}));
    QVERIFY(parseGpuList(QStringLiteral("0,,1")).isEmpty());
    const TrainingLaunch launch = resumeLaunch(QStringLiteral("/r"), 4, QStringLiteral("1,3"), 9);
    QCOMPARE(launch.arguments, (QStringList{"train", "--run", "/r", "--resume", "--epochs", "9",
                                            "--nproc", "2", "--quiet"}));
    QCOMPARE(launch.cudaVisibleDevices, QStringLiteral("1,3"));

    const QString runDir = m_temp.filePath(QStringLiteral("run_two_processes"));
    TrainPage page;
    page.resize(1400, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.controller()->process()->setProgram(QStringLiteral(KPS_CLI));
    TrainingConfig config = tinyConfig();
    config.dataDir = std::string(TrainingConfig::kSyntheticPrefix) + "builtin";
    config.synthetic.imagesPerEpoch = 32;
    config.synthetic.validationImages = 8;
    config.epochs = 12;
    config.threads = 0; // the launcher splits the cores between the ranks
    page.form()->setConfig(config);
    page.form()->processesSpin()->setValue(2);
    page.form()->setRunDirectory(runDir);
    QVERIFY2(page.form()->validationMessage().isEmpty(),
             qPrintable(page.form()->validationMessage()));
    QSignalSpy state(&page, &TrainPage::trainingStateChanged);

    StallProbe probe;
    page.startButton()->click();
    QVERIFY(page.isTraining());
    QVERIFY(!page.pauseButton()->isEnabled()); // ranks agree on stops, not on pauses
    QVERIFY(page.pauseButton()->toolTip().contains(QStringLiteral("cannot pause")));
    QVERIFY(page.stopButton()->isEnabled());
    // Followed live: the curves fill from the run directory rank 0 writes.
    QTRY_VERIFY2_WITH_TIMEOUT(page.curvesPlot()->pointCount(Series::TrainLoss) >= 2,
                              qPrintable(page.logView()->toPlainText().right(900)), 120000);
    QVERIFY(page.controller()->follower()->isFollowing());
    const RunDirectory run(runDir.toStdString());
    QCOMPARE(run.readConfig().batchSize, 4);
    QCOMPARE(run.readConfig().seed, 5ull);

    // Stop: every rank stops at the same step; none is killed.
    QFile children(
        QStringLiteral("/proc/%1/task/%1/children").arg(page.controller()->process()->processId()));
    QVERIFY(children.open(QIODevice::ReadOnly));
    const QList<QByteArray> ranks = children.readAll().trimmed().split(' ');
    QCOMPARE(ranks.size(), 2);
    page.stopButton()->click();
    QVERIFY(page.controller()->isStopRequested());
    QVERIFY(!page.stopButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isTraining(), 60000);
    QCOMPARE(state.last().at(0).toBool(), false);
    for (const QByteArray& pid : ranks)
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/") + QString::fromLatin1(pid)));
    const QString log = page.logView()->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("all processes stopped")), qPrintable(log.right(900)));
    QVERIFY2(!log.contains(QStringLiteral("killed")), qPrintable(log.right(900)));
    const std::size_t logged = run.readLog().size();
    QVERIFY(logged >= 2 && logged < 12);
    QVERIFY2(probe.maxStallMs() < 100.0, qPrintable(QString::number(probe.maxStallMs())));

    // Resume here, in one process, to the end: every epoch logged once.
    page.form()->processesSpin()->setValue(1);
    QSignalSpy finished(&page, &TrainPage::runFinished);
    QVERIFY(page.resumeRun(runDir));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 240000);
    const std::vector<EpochStats> rows = run.readLog();
    QCOMPARE(rows.size(), std::size_t(12));
    for (std::size_t i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i].epoch, static_cast<int>(i + 1));
}

QTEST_MAIN(TestTrainPage)
#include "test_app_train_page.moc"
