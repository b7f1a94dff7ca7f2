// PredictionOverlay on a KeypointImageView: rings, error vectors and ellipses where the values
// say, toggles, the heatmap item, and the view's one hit test (keypointAt) finding both the
// view's own markers and the overlay's rings; a click near a ring selects its keypoint.

#include "keypoint_image_view.h"
#include "prediction_overlay.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QSignalSpy>
#include <QTest>

using kps::KeypointImageView;
using kps::PredictionMarker;
using kps::PredictionOverlay;

namespace {

QImage solidImage(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::darkGray);
    return image;
}

QVector<PredictionMarker> twoPredictions()
{
    PredictionMarker a;
    a.keypoint = 0;
    a.predicted = QPointF(40.5, 40.5);
    a.peak = 0.9;
    a.hasGroundTruth = true;
    a.groundTruth = QPointF(30.5, 35.5);
    a.majorAxis = QPointF(6, 0);
    a.minorAxis = QPointF(0, 3);
    PredictionMarker b;
    b.keypoint = 1;
    b.predicted = QPointF(150.5, 120.5);
    b.peak = 0.2;
    b.predictedVisible = false; // no label, no spread
    return {a, b};
}

} // namespace

class TestPredictionOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemsWhereTheValuesSay()
    {
        KeypointImageView view;
        view.setImage(solidImage(200, 160));
        auto* overlay = new PredictionOverlay(&view);
        overlay->setPredictions(twoPredictions());
        QVERIFY(overlay->predictionItem(0));
        QVERIFY(overlay->predictionItem(1));
        QCOMPARE(overlay->predictionItem(0)->pos(), QPointF(40.5, 40.5));
        QCOMPARE(overlay->predictionItem(1)->pos(), QPointF(150.5, 120.5));
        QCOMPARE(overlay->predictionItem(0)->scene(), view.scene());
        // Error vector from the label to the prediction; none without a label.
        auto* line = dynamic_cast<QGraphicsLineItem*>(overlay->errorVectorItem(0));
        QVERIFY(line);
        QCOMPARE(line->line(), QLineF(QPointF(30.5, 35.5), QPointF(40.5, 40.5)));
        QVERIFY(!overlay->errorVectorItem(1));
        // The ellipse spans predicted +- the half-axes; none without a spread.
        auto* ellipse = dynamic_cast<QGraphicsPathItem*>(overlay->ellipseItem(0));
        QVERIFY(ellipse);
        const QRectF box = ellipse->path().boundingRect();
        QVERIFY(std::abs(box.left() - 34.5) < 1e-6 && std::abs(box.right() - 46.5) < 1e-6);
        QVERIFY(std::abs(box.top() - 37.5) < 1e-6 && std::abs(box.bottom() - 43.5) < 1e-6);
        QVERIFY(!overlay->ellipseItem(1));

        overlay->setErrorVectorsVisible(false);
        QVERIFY(!overlay->errorVectorItem(0)->isVisible());
        overlay->setEllipsesVisible(false);
        QVERIFY(!overlay->ellipseItem(0)->isVisible());
        // New predictions respect the toggles.
        overlay->setPredictions(twoPredictions());
        QVERIFY(!overlay->errorVectorItem(0)->isVisible());
        QVERIFY(!overlay->ellipseItem(0)->isVisible());
        overlay->setErrorVectorsVisible(true);
        QVERIFY(overlay->errorVectorItem(0)->isVisible());

        // Heatmap: its transform maps the image into the scene.
        QImage heat(4, 4, QImage::Format_RGB32);
        heat.fill(Qt::yellow);
        overlay->setHeatmap(heat, QTransform::fromScale(10, 10), 0.5);
        QVERIFY(overlay->heatmapItem());
        QCOMPARE(overlay->heatmapItem()->sceneBoundingRect(), QRectF(0, 0, 40, 40));
        QCOMPARE(overlay->heatmapItem()->opacity(), 0.5);
        overlay->setHeatmap(QImage(), QTransform(), 1.0);
        QVERIFY(!overlay->heatmapItem());

        // clear() takes every item out of the scene; only the view's own items are left.
        const int before = view.scene()->items().size();
        overlay->clear();
        QVERIFY(!overlay->predictionItem(0));
        QCOMPARE(view.scene()->items().size(), before - 4); // two rings, a vector, an ellipse
    }

    void oneHitTestForMarkersAndRings()
    {
        KeypointImageView view;
        view.resize(400, 320);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setImage(solidImage(200, 160));
        view.setMarkerStyle(KeypointImageView::MarkerStyle::Cross);
        view.setKeypoints({{0, QPointF(30, 35), true}}); // ground truth "x" of keypoint 0
        auto* overlay = new PredictionOverlay(&view);
        overlay->setPredictions(twoPredictions());

        const auto viewportOf = [&](QPointF scene) { return view.mapFromScene(scene); };
        // The marker (the view's own item) and both rings are found by the same hit test.
        QCOMPARE(view.keypointAt(viewportOf(QPointF(30.5, 35.5))), 0);
        QCOMPARE(view.keypointAt(viewportOf(QPointF(40.5, 40.5))), 0);
        const QPoint ring1 = viewportOf(QPointF(150.5, 120.5));
        QCOMPARE(view.keypointAt(ring1), 1);
        // Within the hit radius (screen pixels) of the ring, not beyond it.
        QCOMPARE(view.keypointAt(ring1 + QPoint(10, 0)), 1);
        QCOMPARE(view.keypointAt(ring1 + QPoint(0, -10)), 1);
        QCOMPARE(view.keypointAt(ring1 + QPoint(15, 0)), -1);
        QCOMPARE(view.keypointAt(viewportOf(QPointF(100, 10))), -1);
        // Hidden items do not count.
        view.setOverlayVisible(KeypointImageView::Overlay::Keypoints, false);
        view.setOverlayVisible(KeypointImageView::Overlay::Labels, false);
        QCOMPARE(view.keypointAt(viewportOf(QPointF(30.5, 35.5))), -1);
        view.setOverlayVisible(KeypointImageView::Overlay::Keypoints, true);

        // A click near a ring selects its keypoint in a view that does not edit.
        QVERIFY(!view.isEditable());
        QSignalSpy selected(&view, &KeypointImageView::keypointSelected);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, ring1 + QPoint(8, 0));
        QCOMPARE(view.selectedKeypoint(), 1);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toInt(), 1);
        // A click on nothing keeps the selection.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, viewportOf(QPointF(100, 10)));
        QCOMPARE(view.selectedKeypoint(), 1);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, viewportOf(QPointF(30.5, 35.5)));
        QCOMPARE(view.selectedKeypoint(), 0);
    }

    void editingDragsMarkersNotRings()
    {
        KeypointImageView view;
        view.resize(400, 320);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setImage(solidImage(200, 160));
        view.setEditable(true);
        auto* overlay = new PredictionOverlay(&view);
        overlay->setPredictions(twoPredictions()); // keypoint 1 has a ring but no marker
        QSignalSpy moved(&view, &KeypointImageView::keypointMoved);
        const QPoint ring1 = view.mapFromScene(QPointF(150.5, 120.5));
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, ring1);
        QVERIFY(!view.isDragging());
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, ring1 + QPoint(5, 5));
        QCOMPARE(moved.count(), 0);
    }

    void viewOutlivesNothing()
    {
        // The view owns the overlay; destroying the view with items in the scene is clean.
        auto* view = new KeypointImageView;
        view->setImage(solidImage(50, 50));
        auto* overlay = new PredictionOverlay(view);
        overlay->setPredictions(twoPredictions());
        delete view;
        QVERIFY(true);
    }
};

QTEST_MAIN(TestPredictionOverlay)
#include "test_widgets_prediction_overlay.moc"
