// HeatmapGridView and colourise(): colour map ends, tile clicks, difference sign, overlay.
// Set KPS_SCREENSHOT_DIR to also save screenshots with realistic heatmaps.

#include "heatmap_grid_view.h"
#include "heatmap_image.h"
#include "heatmap_test_data.h"

#include <QSignalSpy>
#include <QtTest>

using namespace kps;
using Layer = HeatmapGridView::Layer;

namespace {

// Equal up to the colour table's quantisation.
bool near(const QColor& a, const QColor& b)
{
    return qAbs(a.red() - b.red()) <= 2 && qAbs(a.green() - b.green()) <= 2 &&
           qAbs(a.blue() - b.blue()) <= 2;
}

bool reddish(QRgb c)
{
    return qRed(c) > qBlue(c) + 60;
}
bool bluish(QRgb c)
{
    return qBlue(c) > qRed(c) + 60;
}

} // namespace

class TestHeatmapGridView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void colouriseMapsRangeToMapEnds()
    {
        const QVector<float> buffer{0.0f, 1.0f, 0.5f, -3.0f, 7.0f, std::nanf("")};
        const QImage image = colourise(buffer, 3, 2, ColourMap::Viridis, 0.0f, 1.0f);
        QCOMPARE(image.size(), QSize(3, 2));
        // viridis ends: #440154 and #fde725.
        QCOMPARE(QColor(image.pixel(0, 0)), QColor(68, 1, 84));
        QCOMPARE(QColor(image.pixel(1, 0)), QColor(253, 231, 37));
        QCOMPARE(QColor(image.pixel(0, 1)), QColor(68, 1, 84));    // clamped below
        QCOMPARE(QColor(image.pixel(1, 1)), QColor(253, 231, 37)); // clamped above
        QCOMPARE(QColor(image.pixel(2, 1)), QColor(68, 1, 84));    // NaN -> low end
        QCOMPARE(colourAt(ColourMap::Viridis, 0.0), QColor(68, 1, 84));
        QCOMPARE(colourAt(ColourMap::Viridis, 1.0), QColor(253, 231, 37));
        // The middle is the map's middle (teal), not a blend of the ends.
        const QColor mid(image.pixel(2, 0));
        QVERIFY(qAbs(mid.red() - 33) <= 2 && qAbs(mid.green() - 144) <= 2);

        // Any range maps onto the ends; the diverging map is white in the middle.
        const QVector<float> diff{-1.0f, 0.0f, 1.0f};
        const QImage d = colourise(diff, 3, 1, ColourMap::Diverging, -1.0f, 1.0f);
        QCOMPARE(QColor(d.pixel(0, 0)), colourAt(ColourMap::Diverging, 0.0));
        QCOMPARE(QColor(d.pixel(1, 0)), QColor(247, 247, 247));
        QCOMPARE(QColor(d.pixel(2, 0)), colourAt(ColourMap::Diverging, 1.0));
        QVERIFY(bluish(d.pixel(0, 0)));
        QVERIFY(reddish(d.pixel(2, 0)));
        QVERIFY(colourise(QVector<float>(3), 2, 2, ColourMap::Viridis, 0, 1).isNull());
    }

    void clickOnTileSelectsKeypoint_data()
    {
        QTest::addColumn<int>("keypoint");
        QTest::newRow("first") << 0;
        QTest::newRow("middle") << 5;
        QTest::newRow("last") << 10;
    }
    void clickOnTileSelectsKeypoint()
    {
        QFETCH(int, keypoint);
        HeatmapGridView view;
        view.resize(500, 420);
        view.setHeatmaps(testdata::heatmapSet(11, 64, 1.0));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &HeatmapGridView::keypointSelected);
        // Tiles do not overlap and each lies inside the canvas.
        for (int k = 0; k < 11; ++k) {
            QVERIFY(view.canvas()->rect().contains(view.tileRect(k)));
            for (int j = k + 1; j < 11; ++j)
                QVERIFY(!view.tileRect(k).intersects(view.tileRect(j)));
        }
        const QRect tile = view.tileRect(keypoint);
        QVERIFY(tile.width() >= 64);
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, tile.center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), keypoint);
        QCOMPARE(view.selectedKeypoint(), keypoint);
        // A click between tiles selects nothing.
        const QPoint gap = view.tileRect(0).topLeft() - QPoint(2, 2);
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, gap);
        QCOMPARE(spy.count(), 1);
        // The tile shows that keypoint's prediction: its peak pixel is the map's top colour.
        const QImage shot = view.canvas()->grab().toImage();
        const HeatmapSet& set = view.heatmaps();
        const float* p = set.predictionPlane(keypoint);
        const int peak = int(std::max_element(p, p + set.planeSize()) - p);
        const QPoint at(tile.left() + (peak % 64 + 0.5) * tile.width() / 64.0,
                        tile.top() + (peak / 64 + 0.5) * tile.height() / 64.0);
        QVERIFY(near(QColor(shot.pixel(at)), colourAt(ColourMap::Viridis, p[peak])));
        if (keypoint != 10) // 10 is the invisible keypoint: an all-zero prediction
            QVERIFY(p[peak] > 0.9f);
    }

    void doubleClickOpensSingleKeypoint()
    {
        HeatmapGridView view;
        view.resize(500, 420);
        view.setHeatmaps(testdata::heatmapSet(11, 64, 1.0));
        view.show();
        QTest::mouseDClick(view.canvas(), Qt::LeftButton, {}, view.tileRect(4).center());
        QCOMPARE(view.mode(), HeatmapGridView::Mode::Single);
        QCOMPARE(view.selectedKeypoint(), 4);
        QVERIFY(view.tileRect(4).isEmpty());
        QVERIFY(!view.paneRect(Layer::Difference).isEmpty());
    }

    void differencePaneShowsSign()
    {
        // Target peak on the left, prediction peak on the right: the difference is negative
        // (blue) at the target and positive (red) at the prediction.
        HeatmapSet set;
        set.keypoints = 1;
        set.size = 32;
        set.target.fill(0.0f, 32 * 32);
        set.prediction.fill(0.0f, 32 * 32);
        testdata::addGaussian(set.target, 0, 32, 8, 16, 2.0, 1.0);
        testdata::addGaussian(set.prediction, 0, 32, 24, 16, 2.0, 0.9);
        HeatmapGridView view;
        view.resize(700, 360);
        view.setHeatmaps(set);
        view.setMode(HeatmapGridView::Mode::Single);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QImage diff = view.layerImage(0, Layer::Difference);
        QCOMPARE(diff.size(), QSize(32, 32));
        QVERIFY(bluish(diff.pixel(8, 16)));
        QVERIFY(reddish(diff.pixel(24, 16)));
        QCOMPARE(QColor(diff.pixel(0, 0)), QColor(247, 247, 247)); // equal -> white

        // And on screen, in the difference pane.
        const QRect pane = view.paneRect(Layer::Difference);
        QVERIFY(pane.width() > 100);
        const QImage shot = view.canvas()->grab().toImage();
        auto at = [&](double x, double y) {
            return shot.pixel(QPoint(pane.left() + (x + 0.5) * pane.width() / 32.0,
                                     pane.top() + (y + 0.5) * pane.height() / 32.0));
        };
        QVERIFY(bluish(at(8, 16)));
        QVERIFY(reddish(at(24, 16)));
        // The grid can show differences too.
        view.setMode(HeatmapGridView::Mode::Grid);
        view.setGridLayer(Layer::Difference);
        const QRect tile = view.tileRect(0);
        const QImage gridShot = view.canvas()->grab().toImage();
        QVERIFY(reddish(gridShot.pixel(QPoint(tile.left() + 24.5 * tile.width() / 32.0,
                                              tile.top() + 16.5 * tile.height() / 32.0))));
    }

    void withoutTargetOnlyPrediction()
    {
        HeatmapSet set = testdata::heatmapSet(3, 16, 0.5);
        set.target.clear();
        HeatmapGridView view;
        view.setHeatmaps(set);
        QVERIFY(!view.layerImage(1, Layer::Prediction).isNull());
        QVERIFY(view.layerImage(1, Layer::Target).isNull());
        QVERIFY(view.layerImage(1, Layer::Difference).isNull());
        // A malformed set is refused rather than read out of bounds.
        set.prediction.resize(10);
        view.setHeatmaps(set);
        QCOMPARE(view.heatmaps().keypoints, 0);
        QCOMPARE(view.selectedKeypoint(), -1);
    }

    void overlayBlendsHeatmapOnImage()
    {
        const QImage scene = testdata::sceneImage(128);
        HeatmapSet set = testdata::heatmapSet(4, 64, 1.0);
        HeatmapGridView view;
        view.setHeatmaps(set);
        view.setOverlayImage(scene);
        view.setOverlayEnabled(true);
        const QImage overlay = view.layerImage(0, Layer::Prediction);
        QCOMPARE(overlay.size(), scene.size());
        // Far from the peak the image shows through unchanged; at the peak the map dominates.
        const QPointF p = set.predictedPoints[0];
        const QPoint peak(p.x() * 128, p.y() * 128);
        QCOMPARE(overlay.pixel(0, 0), scene.pixel(0, 0));
        QVERIFY(overlay.pixel(peak) != scene.pixel(peak));
        QVERIFY(qGreen(overlay.pixel(peak)) > 150); // viridis top end is yellow-green
        // The pure function draws markers: an x at the ground truth changes pixels there.
        const QImage marked = overlayHeatmap(scene, nullptr, 0, ColourMap::Viridis, 0.8,
                                             QPointF(0.5, 0.5), QPointF(-1, -1));
        QVERIFY(marked.pixel(64, 64) != scene.pixel(64, 64));
        QCOMPARE(marked.pixel(5, 5), scene.pixel(5, 5));
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("KPS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("KPS_SCREENSHOT_DIR not set");
        HeatmapGridView view;
        view.resize(560, 460);
        view.setHeatmaps(testdata::heatmapSet(11, 64, 0.8));
        view.setSelectedKeypoint(2);
        view.show();
        QVERIFY(view.grab().save(dir + "/heatmap_grid_view.png"));
        view.setMode(HeatmapGridView::Mode::Single);
        view.resize(760, 340);
        QVERIFY(view.grab().save(dir + "/heatmap_grid_view_single.png"));
        view.setOverlayImage(testdata::sceneImage(128));
        view.setOverlayEnabled(true);
        QVERIFY(view.grab().save(dir + "/heatmap_grid_view_overlay.png"));
        view.setMode(HeatmapGridView::Mode::Grid);
        view.resize(560, 460);
        QVERIFY(view.grab().save(dir + "/heatmap_grid_view_grid_overlay.png"));
    }
};

QTEST_MAIN(TestHeatmapGridView)
#include "test_widgets_heatmap_grid_view.moc"
