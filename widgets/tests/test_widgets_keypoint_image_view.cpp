// KeypointImageView: overlay geometry (4SP pixel-centre convention), overlay toggles, edges only
// between visible keypoints, zoom/fit behaviour, constant-size markers and crisp zoomed pixels.

#include "keypoint_image_view.h"

#include <QGraphicsLineItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using kps::KeypointImageView;
using kps::KeypointMarker;
using Overlay = kps::KeypointImageView::Overlay;

namespace {

QImage solidImage(int w, int h, QColor colour = Qt::darkGray)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

bool fuzzyEqual(QPointF a, QPointF b, double tolerance = 1e-9)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

} // namespace

class TestKeypointImageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markerScenePositions_data();
    void markerScenePositions();
    void imageCoversPixelEdgeRectangle();
    void overlayTogglesHideItems();
    void edgesOnlyBetweenVisibleKeypoints();
    void cropBox();
    void fitAndZoomChangeTransform();
    void wheelZoomKeepsPointUnderMouse();
    void markersKeepScreenSize();
    void zoomedInPixelsStayCrisp();
    void clearRemovesEverything();
    void coloursDifferPerIndex();
};

void TestKeypointImageView::markerScenePositions_data()
{
    QTest::addColumn<QPointF>("pixel");
    QTest::addColumn<QPointF>("scene");
    QTest::newRow("origin pixel") << QPointF(0, 0) << QPointF(0.5, 0.5);
    QTest::newRow("last pixel") << QPointF(319, 179) << QPointF(319.5, 179.5);
    QTest::newRow("sub-pixel") << QPointF(10.25, 20.75) << QPointF(10.75, 21.25);
    QTest::newRow("left edge") << QPointF(-0.5, 100) << QPointF(0.0, 100.5);
}

void TestKeypointImageView::markerScenePositions()
{
    QFETCH(QPointF, pixel);
    QFETCH(QPointF, scene);
    KeypointImageView view;
    view.setImage(solidImage(320, 180));
    view.setKeypoints({{4, pixel, true}, {9, QPointF(50, 60), true}});
    QGraphicsItem* marker = view.markerItem(4);
    QVERIFY(marker);
    QVERIFY(fuzzyEqual(marker->scenePos(), scene));
    // The marker sits at the centre of the pixel it names, measured in image-item coordinates.
    QVERIFY(
        fuzzyEqual(view.imageItem()->mapFromScene(marker->scenePos()), pixel + QPointF(0.5, 0.5)));
    QVERIFY(fuzzyEqual(view.markerItem(9)->scenePos(), QPointF(50.5, 60.5)));
    QVERIFY(view.labelItem(4));
    QCOMPARE(view.labelItem(4)->parentItem(), marker);
}

void TestKeypointImageView::imageCoversPixelEdgeRectangle()
{
    KeypointImageView view;
    view.setImage(solidImage(320, 180));
    QCOMPARE(view.imageItem()->sceneBoundingRect(), QRectF(0, 0, 320, 180));
    QCOMPARE(view.sceneRect(), QRectF(0, 0, 320, 180));
}

void TestKeypointImageView::overlayTogglesHideItems()
{
    KeypointImageView view;
    view.setImage(solidImage(100, 100));
    view.setKeypoints({{0, {10, 10}, true}, {1, {20, 20}, true}, {2, {30, 30}, false}});
    view.setEdges({{0, 1}});
    view.setCropBox(QRectF(5, 5, 50, 50));

    // Defaults: visible markers, labels, edges and crop box on; non-visible keypoints off.
    QVERIFY(view.markerItem(0)->isVisible());
    QVERIFY(view.labelItem(0)->isVisible());
    QVERIFY(!view.markerItem(2)->isVisible());
    QCOMPARE(view.edgeItems().size(), 1);
    QVERIFY(view.edgeItems().first()->isVisible());
    QVERIFY(view.cropBoxItem()->isVisible());

    view.setOverlayVisible(Overlay::Labels, false);
    QVERIFY(view.markerItem(0)->isVisible());
    QVERIFY(!view.labelItem(0)->isVisible());
    QVERIFY(!view.labelItem(1)->isVisible());

    view.setOverlayVisible(Overlay::Keypoints, false);
    QVERIFY(!view.markerItem(0)->isVisible());
    QVERIFY(!view.markerItem(1)->isVisible());

    view.setOverlayVisible(Overlay::Keypoints, true);
    view.setOverlayVisible(Overlay::Labels, true);
    QVERIFY(view.markerItem(1)->isVisible());
    QVERIFY(view.labelItem(1)->isVisible());

    view.setOverlayVisible(Overlay::HiddenKeypoints, true);
    QVERIFY(view.markerItem(2)->isVisible());
    QVERIFY(view.isOverlayVisible(Overlay::HiddenKeypoints));

    view.setOverlayVisible(Overlay::Edges, false);
    QVERIFY(!view.edgeItems().first()->isVisible());
    view.setOverlayVisible(Overlay::CropBox, false);
    QVERIFY(!view.cropBoxItem()->isVisible());

    // New keypoints respect the current toggles.
    view.setKeypoints({{0, {10, 10}, true}, {1, {40, 40}, true}});
    QVERIFY(!view.edgeItems().first()->isVisible());
}

void TestKeypointImageView::edgesOnlyBetweenVisibleKeypoints()
{
    KeypointImageView view;
    view.setImage(solidImage(200, 200));
    view.setKeypoints({{0, {10, 10}, true},
                       {1, {100, 10}, true},
                       {2, {100, 100}, true},
                       {3, {10, 100}, false}}); // not visible: its edges are not drawn
    // (1,0) duplicates (0,1); 5 and 6 have no marker; (2,2) is degenerate.
    view.setEdges({{0, 1}, {1, 2}, {2, 3}, {3, 0}, {1, 0}, {5, 6}, {2, 2}, {0, 2}});

    QSet<QPair<int, int>> drawn;
    for (QGraphicsLineItem* line : view.edgeItems()) {
        const QPair<int, int> edge(line->data(0).toInt(), line->data(1).toInt());
        drawn.insert(edge);
        const QPointF a = view.markerItem(edge.first)->scenePos();
        const QPointF b = view.markerItem(edge.second)->scenePos();
        QVERIFY(fuzzyEqual(line->line().p1(), a));
        QVERIFY(fuzzyEqual(line->line().p2(), b));
        QVERIFY(line->pen().isCosmetic());
    }
    QCOMPARE(view.edgeItems().size(), 3);
    QCOMPARE(drawn, (QSet<QPair<int, int>>{{0, 1}, {1, 2}, {0, 2}}));

    // Edges follow new keypoints: once 3 is visible its two edges appear.
    view.setKeypoints(
        {{0, {10, 10}, true}, {1, {100, 10}, true}, {2, {100, 100}, true}, {3, {10, 100}, true}});
    QCOMPARE(view.edgeItems().size(), 5);
}

void TestKeypointImageView::cropBox()
{
    KeypointImageView view;
    view.setImage(solidImage(1920, 1080));
    QVERIFY(!view.cropBoxItem()->isVisible()); // none set
    view.setCropBox(QRectF(460, 40, 1000, 1000));
    QVERIFY(view.cropBoxItem()->isVisible());
    QCOMPARE(view.cropBoxItem()->rect(), QRectF(460, 40, 1000, 1000));
    view.setCropBox(QRectF());
    QVERIFY(!view.cropBoxItem()->isVisible());
}

void TestKeypointImageView::fitAndZoomChangeTransform()
{
    KeypointImageView view;
    view.resize(420, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setImage(solidImage(1600, 1200));

    QVERIFY(view.isFitToWindow());
    const double fitZoom = view.zoomFactor();
    QVERIFY2(fitZoom > 0.2 && fitZoom < 0.27, qPrintable(QString::number(fitZoom)));
    // The whole image is inside the viewport.
    const QRect shown = view.mapFromScene(QRectF(0, 0, 1600, 1200)).boundingRect();
    QVERIFY(view.viewport()->rect().adjusted(-1, -1, 1, 1).contains(shown));
    QCOMPARE(view.imageItem()->transformationMode(), Qt::SmoothTransformation);

    QSignalSpy zoomSpy(&view, &KeypointImageView::zoomFactorChanged);
    QTest::keyClick(&view, Qt::Key_1);
    QCOMPARE(view.zoomFactor(), 1.0);
    QVERIFY(!view.isFitToWindow());
    QCOMPARE(zoomSpy.size(), 1);
    QCOMPARE(zoomSpy.first().first().toDouble(), 1.0);
    QCOMPARE(view.imageItem()->transformationMode(), Qt::FastTransformation);

    view.zoomIn();
    QCOMPARE(view.zoomFactor(), 1.25);
    view.zoomOut();
    QCOMPARE(view.zoomFactor(), 1.0);
    view.setZoomFactor(1000); // clamped
    QCOMPARE(view.zoomFactor(), 64.0);

    QTest::keyClick(&view, Qt::Key_F);
    QVERIFY(view.isFitToWindow());
    QCOMPARE(view.zoomFactor(), fitZoom);

    // Fit mode follows the window size.
    view.resize(840, 640);
    QTRY_VERIFY(view.zoomFactor() > fitZoom * 1.8);

    // A same-size image keeps a manual zoom; a different size refits.
    view.setZoomFactor(2.0);
    view.setImage(solidImage(1600, 1200, Qt::red));
    QCOMPARE(view.zoomFactor(), 2.0);
    view.setImage(solidImage(800, 600));
    QVERIFY(view.isFitToWindow());
    QVERIFY(view.zoomFactor() < 2.0);
}

void TestKeypointImageView::wheelZoomKeepsPointUnderMouse()
{
    KeypointImageView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setImage(solidImage(1600, 1200));
    view.setZoomFactor(1.0);

    const QPoint mouse(300, 80);
    const QPointF before = view.mapToScene(mouse);
    QWheelEvent wheel(QPointF(mouse), view.viewport()->mapToGlobal(QPointF(mouse)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    QCOMPARE(view.zoomFactor(), 1.25);
    const QPointF after = view.mapToScene(mouse);
    QVERIFY2(fuzzyEqual(before, after, 1.0), qPrintable(QStringLiteral("%1,%2 -> %3,%4")
                                                            .arg(before.x())
                                                            .arg(before.y())
                                                            .arg(after.x())
                                                            .arg(after.y())));

    QWheelEvent back(QPointF(mouse), view.viewport()->mapToGlobal(QPointF(mouse)), QPoint(),
                     QPoint(0, -240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &back);
    QVERIFY(std::abs(view.zoomFactor() - 1.25 / 1.5625) < 1e-9);
}

void TestKeypointImageView::markersKeepScreenSize()
{
    KeypointImageView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setImage(solidImage(400, 300));
    view.setKeypoints({{0, {100, 100}, true}});
    QGraphicsItem* marker = view.markerItem(0);
    QVERIFY(marker->flags() & QGraphicsItem::ItemIgnoresTransformations);
    for (double zoom : {0.25, 1.0, 8.0}) {
        view.setZoomFactor(zoom);
        const QTransform device = marker->deviceTransform(view.viewportTransform());
        QCOMPARE(device.m11(), 1.0);
        QCOMPARE(device.m22(), 1.0);
        // ... while its anchor follows the image: it maps to the pixel centre on screen.
        const QPointF anchor = device.map(QPointF(0, 0));
        QVERIFY(fuzzyEqual(anchor, view.mapFromScene(QPointF(100.5, 100.5)), 1.0));
    }
}

void TestKeypointImageView::zoomedInPixelsStayCrisp()
{
    KeypointImageView view;
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QImage image(2, 1, QImage::Format_RGB32);
    image.setPixel(0, 0, qRgb(0, 0, 0));
    image.setPixel(1, 0, qRgb(255, 255, 255));
    view.setImage(image);
    view.setZoomFactor(32);
    view.centerOn(1.0, 0.5);
    const QImage shot = view.viewport()->grab().toImage();
    // With bilinear smoothing scene x = 0.9 would be ~40 % grey; nearest-neighbour keeps it black.
    const QPoint left = view.mapFromScene(QPointF(0.85, 0.5));
    const QPoint right = view.mapFromScene(QPointF(1.15, 0.5));
    QCOMPARE(QColor(shot.pixel(left)), QColor(Qt::black));
    QCOMPARE(QColor(shot.pixel(right)), QColor(Qt::white));
}

void TestKeypointImageView::clearRemovesEverything()
{
    KeypointImageView view;
    view.setImage(solidImage(100, 100));
    view.setKeypoints({{0, {10, 10}, true}, {1, {20, 20}, true}});
    view.setEdges({{0, 1}});
    view.setCropBox(QRectF(0, 0, 50, 50));
    view.clear();
    QVERIFY(view.image().isNull());
    QVERIFY(!view.markerItem(0));
    QVERIFY(view.edgeItems().isEmpty());
    QVERIFY(!view.cropBoxItem()->isVisible());
    // Only the (empty) image item and the hidden crop box remain in the scene.
    QCOMPARE(view.scene()->items().size(), 2);
}

void TestKeypointImageView::coloursDifferPerIndex()
{
    for (int i = 0; i < 32; ++i) {
        QCOMPARE(KeypointImageView::keypointColor(i),
                 KeypointImageView::keypointColor(i)); // stable
        QVERIFY(KeypointImageView::keypointColor(i) != KeypointImageView::keypointColor(i + 1));
    }
}

QTEST_MAIN(TestKeypointImageView)
#include "test_widgets_keypoint_image_view.moc"
