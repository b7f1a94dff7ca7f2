// HeatmapEvolutionView: slider and Play step through the epochs in order, the chosen epoch's
// heatmaps reach the grid, statistics of the selected keypoint reach the plot.
// Set KPS_SCREENSHOT_DIR to also save a screenshot with realistic data.

#include "heatmap_evolution_view.h"
#include "heatmap_grid_view.h"
#include "heatmap_test_data.h"
#include "qcustomplot_include.h"

#include <QSignalSpy>
#include <QSlider>
#include <QToolButton>
#include <QtTest>

using namespace kps;

namespace {

const QVector<int> kEpochs{1, 2, 4, 8, 16};

QList<int> emitted(const QSignalSpy& spy)
{
    QList<int> result;
    for (const QList<QVariant>& args : spy)
        result.push_back(args.at(0).toInt());
    return result;
}

// Statistics as the app would compute them, here from the test data's construction.
QVector<KeypointEvolution> statistics(int keypoints, const QVector<int>& epochs)
{
    QVector<KeypointEvolution> all(keypoints);
    for (int k = 0; k < keypoints; ++k)
        for (int i = 0; i < epochs.size(); ++i) {
            const double progress = double(i) / (epochs.size() - 1);
            all[k].epochs.push_back(epochs[i]);
            all[k].peakHeight.push_back(k == keypoints - 1 ? 0.15 * (1 - progress)
                                                           : 0.3 + 0.65 * progress);
            all[k].fittedSigma.push_back(k == keypoints - 1 && i == epochs.size() - 1
                                             ? std::nan("")
                                             : 2.0 + 3.0 * (1.0 - progress));
            all[k].multiPeak.push_back(k == 2 && i >= 1);
        }
    return all;
}

} // namespace

class TestHeatmapEvolutionView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sliderStepsThroughEpochsInOrder()
    {
        HeatmapEvolutionView view;
        QSignalSpy spy(&view, &HeatmapEvolutionView::epochChanged);
        view.setEpochs({8, 1, 16, 2, 4, 4}); // unsorted, with a duplicate
        QCOMPARE(view.epochs(), kEpochs);
        QCOMPARE(view.currentEpoch(), 1);
        QCOMPARE(emitted(spy), (QList<int>{1}));
        QCOMPARE(view.slider()->maximum(), 4);
        for (int i = 1; i < kEpochs.size(); ++i)
            view.slider()->setValue(i);
        QCOMPARE(emitted(spy), (QList<int>{1, 2, 4, 8, 16}));
        QCOMPARE(view.currentEpoch(), 16);
        // Keyboard on the slider goes back one epoch at a time.
        view.slider()->setFocus();
        QTest::keyClick(view.slider(), Qt::Key_Left);
        QCOMPARE(view.currentEpoch(), 8);
        QCOMPARE(emitted(spy).last(), 8);
        // Setting the same epoch again does not re-emit.
        view.setCurrentEpoch(8);
        QCOMPARE(spy.count(), 6);
        view.setCurrentEpoch(3); // not a snapshot epoch: ignored
        QCOMPARE(view.currentEpoch(), 8);
    }

    void playStepsThroughEpochsAndStops()
    {
        HeatmapEvolutionView view;
        view.setEpochs(kEpochs);
        view.setPlayInterval(10);
        QSignalSpy spy(&view, &HeatmapEvolutionView::epochChanged);
        QTest::mouseClick(view.playButton(), Qt::LeftButton);
        QVERIFY(view.isPlaying());
        QCOMPARE(view.playButton()->text(), QStringLiteral("Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isPlaying(), 3000);
        QCOMPARE(emitted(spy), (QList<int>{2, 4, 8, 16}));
        QCOMPARE(view.currentEpoch(), 16);
        QCOMPARE(view.slider()->value(), 4);
        QVERIFY(!view.playButton()->isChecked());
        // Play at the end starts over from the first epoch.
        spy.clear();
        view.play();
        QTRY_VERIFY_WITH_TIMEOUT(!view.isPlaying(), 3000);
        QCOMPARE(emitted(spy), (QList<int>{1, 2, 4, 8, 16}));
        // Pause stops where it is.
        view.setPlayInterval(10000);
        view.setCurrentEpoch(1);
        view.play();
        view.stepForward();
        QTest::mouseClick(view.playButton(), Qt::LeftButton);
        QVERIFY(!view.isPlaying());
        QCOMPARE(view.currentEpoch(), 2);
    }

    void chosenEpochHeatmapsReachTheGrid()
    {
        HeatmapEvolutionView view;
        view.setEpochs(kEpochs);
        for (int i = 0; i < kEpochs.size(); ++i)
            view.setHeatmaps(kEpochs[i], testdata::heatmapSet(5, 32, i / 4.0));
        QCOMPARE(view.gridView()->heatmaps().prediction,
                 testdata::heatmapSet(5, 32, 0.0).prediction);
        view.setCurrentEpoch(8);
        QCOMPARE(view.gridView()->heatmaps().prediction,
                 testdata::heatmapSet(5, 32, 0.75).prediction);
        // A caller that loads lazily answers epochChanged with setHeatmaps.
        HeatmapEvolutionView lazy;
        connect(&lazy, &HeatmapEvolutionView::epochChanged, &lazy, [&lazy](int epoch) {
            lazy.setHeatmaps(epoch, testdata::heatmapSet(3, 16, epoch / 16.0));
        });
        lazy.setEpochs(kEpochs);
        lazy.setCurrentEpoch(4);
        QCOMPARE(lazy.gridView()->heatmaps().prediction,
                 testdata::heatmapSet(3, 16, 0.25).prediction);
    }

    void liveAppendFollowsLatest()
    {
        HeatmapEvolutionView view;
        QSignalSpy spy(&view, &HeatmapEvolutionView::epochChanged);
        view.appendEpoch(1);
        view.appendEpoch(2);
        QCOMPARE(view.currentEpoch(), 2);
        view.setCurrentEpoch(1); // the user looks back: new epochs do not pull the view away
        view.appendEpoch(3);
        QCOMPARE(view.currentEpoch(), 1);
        QCOMPARE(view.slider()->maximum(), 2);
        QCOMPARE(emitted(spy), (QList<int>{1, 2, 1}));
    }

    void statisticsOfSelectedKeypointArePlotted()
    {
        HeatmapEvolutionView view;
        view.setEpochs(kEpochs);
        view.setHeatmaps(1, testdata::heatmapSet(4, 32, 0.0));
        view.setKeypointStatistics(statistics(4, kEpochs));
        QCOMPARE(view.gridView()->selectedKeypoint(), 0);
        QCPGraph* peak = view.statisticsGraph(0);
        QCPGraph* sigma = view.statisticsGraph(1);
        QCPGraph* multi = view.statisticsGraph(2);
        QCOMPARE(peak->dataCount(), 5);
        QCOMPARE(peak->data()->at(4)->key, 16.0);
        QCOMPARE(peak->data()->at(4)->value, 0.95);
        QCOMPARE(sigma->data()->at(0)->value, 5.0);
        QCOMPARE(multi->dataCount(), 0);
        // Selecting keypoint 2 shows its multi-peak epochs, at its peak height.
        QSignalSpy spy(&view, &HeatmapEvolutionView::keypointSelected);
        view.gridView()->setSelectedKeypoint(2);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(multi->dataCount(), 4);
        QCOMPARE(multi->data()->at(0)->key, 2.0);
        QCOMPARE(multi->data()->at(0)->value, peak->data()->at(1)->value);
        // The invisible keypoint's last epoch has no fit: skipped, not drawn as 0.
        view.gridView()->setSelectedKeypoint(3);
        QCOMPARE(sigma->dataCount(), 4);
        QCOMPARE(view.targetSigma(), 2.0);
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("KPS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("KPS_SCREENSHOT_DIR not set");
        HeatmapEvolutionView view;
        view.resize(620, 640);
        QVector<int> epochs;
        for (int e = 1; e <= 30; e += 1)
            epochs.push_back(e);
        view.setEpochs(epochs);
        for (int i = 0; i < epochs.size(); ++i)
            view.setHeatmaps(epochs[i], testdata::heatmapSet(11, 64, i / 29.0));
        view.setKeypointStatistics(statistics(11, epochs));
        view.gridView()->setSelectedKeypoint(2);
        view.setCurrentEpoch(18);
        view.show();
        view.statisticsPlot()->replot();
        QVERIFY(view.grab().save(dir + "/heatmap_evolution_view.png"));
    }
};

QTEST_MAIN(TestHeatmapEvolutionView)
#include "test_widgets_heatmap_evolution_view.moc"
