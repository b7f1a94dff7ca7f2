// TrainingCurvesPlot: data in the graphs, EMA smoothing, best epoch, log axis, export.
// Set KPS_SCREENSHOT_DIR to also save a screenshot with realistic curves.

#include "qcustomplot_include.h"
#include "training_curves_plot.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace kps;
using Series = TrainingCurvesPlot::Series;

namespace {

// A plausible run: losses decay, validation bottoms out at epoch 30 then overfits a little,
// cosine learning rate, PCK rising.
QVector<EpochPoint> realisticEpochs(int count)
{
    QVector<EpochPoint> epochs;
    for (int e = 1; e <= count; ++e) {
        EpochPoint p;
        p.epoch = e;
        p.trainFocal = 0.02 + 0.5 * std::exp(-e / 6.0);
        p.trainL1 = 0.01 + 0.3 * std::exp(-e / 8.0);
        p.trainLoss = p.trainFocal + p.trainL1;
        p.valFocal = p.trainFocal * 1.15 + 0.00004 * (e - 30) * (e - 30);
        p.valL1 = p.trainL1 * 1.2 + 0.00002 * (e - 30) * (e - 30);
        p.valLoss = p.valFocal + p.valL1;
        p.lr = 1e-5 + 0.5 * (1e-3 - 1e-5) * (1.0 + std::cos(M_PI * (e - 1) / count));
        p.valPck2 = 90.0 * (1.0 - std::exp(-e / 10.0));
        p.valPck5 = 99.0 * (1.0 - std::exp(-e / 5.0));
        p.valMeanError = 1.0 + 12.0 * std::exp(-e / 7.0);
        epochs.push_back(p);
    }
    return epochs;
}

QVector<BatchPoint> realisticBatches(int epochs, int perEpoch)
{
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0.0, 0.08);
    QVector<BatchPoint> batches;
    for (int e = 0; e < epochs; ++e)
        for (int b = 0; b < perEpoch; ++b) {
            const double t = e + (b + 1.0) / perEpoch;
            BatchPoint p;
            p.step = qint64(e) * perEpoch + b;
            p.epoch = t;
            p.loss = (0.03 + 0.8 * std::exp(-t / 7.0)) * std::exp(noise(rng));
            batches.push_back(p);
        }
    return batches;
}

} // namespace

class TestTrainingCurvesPlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendedPointsAppearInGraphs()
    {
        TrainingCurvesPlot plot;
        EpochPoint p;
        p.epoch = 1;
        p.trainLoss = 0.8;
        p.trainFocal = 0.5;
        p.trainL1 = 0.3;
        p.valLoss = 0.9;
        p.valFocal = 0.55;
        p.valL1 = 0.35;
        p.lr = 1e-3;
        p.valPck2 = 12.5;
        p.valPck5 = 40.0;
        p.valMeanError = 7.25;
        plot.appendEpoch(p);
        p.epoch = 2;
        p.trainLoss = 0.6;
        p.valLoss = 0.7;
        p.lr = 5e-4;
        p.valPck2 = 30.0;
        p.valMeanError = std::nan(""); // a missing value is skipped, not drawn as 0
        plot.appendEpoch(p);

        QCOMPARE(plot.pointCount(Series::TrainLoss), 2);
        QCOMPARE(plot.keys(Series::TrainLoss), (QVector<double>{1, 2}));
        QCOMPARE(plot.values(Series::TrainLoss), (QVector<double>{0.8, 0.6}));
        QCOMPARE(plot.values(Series::ValLoss), (QVector<double>{0.9, 0.7}));
        QCOMPARE(plot.values(Series::TrainFocal), (QVector<double>{0.5, 0.5}));
        QCOMPARE(plot.values(Series::ValL1), (QVector<double>{0.35, 0.35}));
        QCOMPARE(plot.values(Series::LearningRate), (QVector<double>{1e-3, 5e-4}));
        QCOMPARE(plot.values(Series::ValPck2), (QVector<double>{12.5, 30.0}));
        QCOMPARE(plot.values(Series::ValPck5), (QVector<double>{40.0, 40.0}));
        QCOMPARE(plot.values(Series::ValMeanError), (QVector<double>{7.25}));
        // The learning rate lives on a log axis in its own panel; mean error on the second axis.
        QCOMPARE(plot.graph(Series::LearningRate)->valueAxis()->scaleType(),
                 QCPAxis::stLogarithmic);
        QCOMPARE(plot.graph(Series::ValMeanError)->valueAxis()->axisType(), QCPAxis::atRight);

        // Re-sending an epoch (resume) replaces it instead of duplicating it.
        p.epoch = 2;
        p.trainLoss = 0.55;
        plot.appendEpoch(p);
        QCOMPARE(plot.values(Series::TrainLoss), (QVector<double>{0.8, 0.55}));

        plot.clear();
        QCOMPARE(plot.pointCount(Series::TrainLoss), 0);
        QCOMPARE(plot.pointCount(Series::LearningRate), 0);
        QCOMPARE(plot.bestEpoch(), -1);
    }

    void batchesAreSmoothedWithEma()
    {
        TrainingCurvesPlot plot;
        plot.setSmoothing(0.5);
        const QVector<double> losses{1.0, 0.0, 1.0, 1.0};
        for (int i = 0; i < losses.size(); ++i)
            plot.appendBatch({i, (i + 1) * 0.25, losses[i]});
        QCOMPARE(plot.keys(Series::BatchLoss), (QVector<double>{0.25, 0.5, 0.75, 1.0}));
        QCOMPARE(plot.values(Series::BatchLoss), losses);
        // EMA starts at the first value: 1, 0.5, 0.75, 0.875.
        QCOMPARE(plot.values(Series::BatchLossSmoothed), (QVector<double>{1.0, 0.5, 0.75, 0.875}));
        // A new factor recomputes the whole curve; 0 = raw.
        plot.setSmoothing(0.0);
        QCOMPARE(plot.values(Series::BatchLossSmoothed), losses);
        plot.setSmoothing(0.75);
        QCOMPARE(plot.values(Series::BatchLossSmoothed),
                 (QVector<double>{1.0, 0.75, 0.8125, 0.859375}));
        // Live appends continue from the same EMA state as a full rebuild.
        plot.appendBatch({4, 1.25, 0.0});
        QCOMPARE(plot.values(Series::BatchLossSmoothed).last(), 0.75 * 0.859375);
    }

    void bestEpochIsMinimumValidationLoss()
    {
        TrainingCurvesPlot plot;
        const auto epochs = realisticEpochs(40);
        plot.setEpochs(epochs);
        int expected = -1;
        double best = 1e9;
        for (const EpochPoint& p : epochs)
            if (p.valLoss < best) {
                best = p.valLoss;
                expected = p.epoch;
            }
        QVERIFY(expected > 1 && expected < 40); // the data has an interior minimum
        QCOMPARE(plot.bestEpoch(), expected);

        // A later, lower validation loss moves it; NaN (no validation) does not count.
        EpochPoint better = epochs.last();
        better.epoch = 41;
        better.valLoss = best / 2;
        plot.appendEpoch(better);
        QCOMPARE(plot.bestEpoch(), 41);
        EpochPoint missing = better;
        missing.epoch = 42;
        missing.valLoss = std::nan("");
        plot.appendEpoch(missing);
        QCOMPARE(plot.bestEpoch(), 41);
        // The marker line sits on the best epoch in every panel.
        int onBest = 0;
        for (int i = 0; i < plot.plot()->itemCount(); ++i)
            if (auto* line = qobject_cast<QCPItemStraightLine*>(plot.plot()->item(i)))
                if (line->visible() && line->point1->key() == 41.0 && line->point2->key() == 41.0)
                    ++onBest;
        QCOMPARE(onBest, 3);
    }

    void logToggleChangesAxisScale()
    {
        TrainingCurvesPlot plot;
        plot.setEpochs(realisticEpochs(10));
        QCPAxis* axis = plot.graph(Series::TrainLoss)->valueAxis();
        QCOMPARE(axis->scaleType(), QCPAxis::stLinear);
        QVERIFY(!plot.lossLogScale());
        plot.setLossLogScale(true);
        QCOMPARE(axis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(!axis->ticker().dynamicCast<QCPAxisTickerLog>().isNull());
        QVERIFY(axis->range().lower > 0.0);
        plot.setLossLogScale(false);
        QCOMPARE(axis->scaleType(), QCPAxis::stLinear);
        QVERIFY(axis->ticker().dynamicCast<QCPAxisTickerLog>().isNull());
    }

    void partsAndBatchToggles()
    {
        TrainingCurvesPlot plot;
        QVERIFY(!plot.graph(Series::TrainFocal)->visible());
        plot.setLossPartsVisible(true);
        QVERIFY(plot.graph(Series::TrainFocal)->visible());
        QVERIFY(plot.graph(Series::ValL1)->visible());
        plot.setBatchLossVisible(false);
        QVERIFY(!plot.graph(Series::BatchLoss)->visible());
        QVERIFY(!plot.graph(Series::BatchLossSmoothed)->visible());
        QVERIFY(plot.plot()->interactions().testFlag(QCP::iRangeDrag));
        QVERIFY(plot.plot()->interactions().testFlag(QCP::iRangeZoom));
    }

    void exportWritesPngAndPdf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TrainingCurvesPlot plot;
        plot.resize(900, 700);
        plot.setEpochs(realisticEpochs(40));
        plot.setBatches(realisticBatches(40, 20));
        const QString png = dir.filePath("curves.png");
        const QString pdf = dir.filePath("curves.pdf");
        QVERIFY(plot.exportPng(png, 800, 600));
        QVERIFY(plot.exportPdf(pdf));
        QImage image(png);
        QCOMPARE(image.size(), QSize(800, 600));
        // Not a blank page: the curves put several colours on it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(!QFileInfo::exists(pdf + ".part"));
        QVERIFY(!plot.exportPng(dir.filePath("missing-dir/curves.png")));
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("KPS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("KPS_SCREENSHOT_DIR not set");
        TrainingCurvesPlot plot;
        plot.resize(900, 700);
        plot.setEpochs(realisticEpochs(40));
        plot.setBatches(realisticBatches(40, 20));
        plot.setLossPartsVisible(true);
        plot.show();
        plot.plot()->replot();
        QVERIFY(plot.grab().save(dir + "/training_curves_plot.png"));
        plot.setLossLogScale(true);
        plot.plot()->replot();
        QVERIFY(plot.grab().save(dir + "/training_curves_plot_log.png"));
    }
};

QTEST_MAIN(TestTrainingCurvesPlot)
#include "test_widgets_training_curves_plot.moc"
