#include "prediction_overlay.h"

#include "keypoint_image_view.h"

#include <QGraphicsItem>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <cmath>

namespace kps {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Stacking order: the heatmap over the image; ellipses, vectors and rings above the view's own
// ground truth markers (z 3), as Inspect always drew them.
constexpr qreal kHeatmapZ = 5;
constexpr qreal kEllipseZ = 18;
constexpr qreal kVectorZ = 19;
constexpr qreal kRingZ = 20;

// The predicted "o": a ring of constant screen size whose shape (what hits it) is the disc of
// kHitRadius, so a click near it selects it.
class PredictionRingItem : public QGraphicsItem
{
public:
    explicit PredictionRingItem(const QPen& pen) : m_pen(pen)
    {
        setFlag(ItemIgnoresTransformations);
        setZValue(kRingZ);
    }

    QRectF boundingRect() const override
    {
        const qreal r = PredictionOverlay::kHitRadius;
        return {-r, -r, 2 * r, 2 * r};
    }

    QPainterPath shape() const override
    {
        QPainterPath path;
        path.addEllipse(QPointF(0, 0), PredictionOverlay::kHitRadius,
                        PredictionOverlay::kHitRadius);
        return path;
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(m_pen);
        painter->drawEllipse(QPointF(0, 0), PredictionOverlay::kRingRadius,
                             PredictionOverlay::kRingRadius);
    }

    QPen pen() const { return m_pen; }

private:
    QPen m_pen;
};

} // namespace

PredictionOverlay::PredictionOverlay(KeypointImageView* view)
    : QObject(view), m_scene(view->scene())
{
}

PredictionOverlay::~PredictionOverlay()
{
    if (m_scene)
        clear();
}

void PredictionOverlay::clear()
{
    removePredictions();
    removeHeatmap();
}

void PredictionOverlay::removePredictions()
{
    for (QHash<int, QGraphicsItem*>* items : {&m_rings, &m_vectors, &m_ellipses}) {
        for (QGraphicsItem* item : std::as_const(*items)) {
            if (m_scene)
                m_scene->removeItem(item);
            delete item;
        }
        items->clear();
    }
}

void PredictionOverlay::removeHeatmap()
{
    if (!m_heatmap)
        return;
    if (m_scene)
        m_scene->removeItem(m_heatmap);
    delete m_heatmap;
    m_heatmap = nullptr;
}

void PredictionOverlay::setPredictions(const QVector<PredictionMarker>& predictions)
{
    removePredictions();
    if (!m_scene)
        return;
    for (const PredictionMarker& p : predictions) {
        const QColor colour = KeypointImageView::keypointColor(p.keypoint);

        // Prediction "o": constant screen size, dashed when the peak says "not visible".
        QPen pen(colour, 2);
        pen.setCosmetic(true);
        if (!p.predictedVisible)
            pen.setStyle(Qt::DashLine);
        auto* ring = new PredictionRingItem(pen);
        ring->setPos(p.predicted);
        ring->setToolTip(
            tr("Keypoint %1 prediction, peak %2").arg(p.keypoint).arg(p.peak, 0, 'f', 3));
        KeypointImageView::tagKeypointItem(ring, p.keypoint);
        m_scene->addItem(ring);
        m_rings.insert(p.keypoint, ring);

        if (p.hasGroundTruth) {
            auto* line = new QGraphicsLineItem(QLineF(p.groundTruth, p.predicted));
            QPen linePen(colour, 1.5);
            linePen.setCosmetic(true);
            line->setPen(linePen);
            line->setZValue(kVectorZ);
            line->setVisible(m_vectorsVisible);
            m_scene->addItem(line);
            m_vectors.insert(p.keypoint, line);
        }

        if (!p.majorAxis.isNull()) {
            QPainterPath path;
            constexpr int steps = 48;
            for (int i = 0; i <= steps; ++i) {
                const double t = 2.0 * kPi * i / steps;
                const QPointF point =
                    p.predicted + p.majorAxis * std::cos(t) + p.minorAxis * std::sin(t);
                if (i == 0)
                    path.moveTo(point);
                else
                    path.lineTo(point);
            }
            auto* ellipse = new QGraphicsPathItem(path);
            QPen ellipsePen(p.multiPeak ? QColor(Qt::red) : colour, p.multiPeak ? 2 : 1);
            ellipsePen.setCosmetic(true);
            ellipsePen.setStyle(p.multiPeak ? Qt::DashLine : Qt::DotLine);
            ellipse->setPen(ellipsePen);
            ellipse->setZValue(kEllipseZ);
            ellipse->setVisible(m_ellipsesVisible);
            ellipse->setToolTip(p.multiPeak
                                    ? tr("Keypoint %1: multi-peak heatmap").arg(p.keypoint)
                                    : tr("Keypoint %1: 2-sigma uncertainty").arg(p.keypoint));
            m_scene->addItem(ellipse);
            m_ellipses.insert(p.keypoint, ellipse);
        }
    }
}

void PredictionOverlay::setErrorVectorsVisible(bool visible)
{
    m_vectorsVisible = visible;
    for (QGraphicsItem* item : std::as_const(m_vectors))
        item->setVisible(visible);
}

void PredictionOverlay::setEllipsesVisible(bool visible)
{
    m_ellipsesVisible = visible;
    for (QGraphicsItem* item : std::as_const(m_ellipses))
        item->setVisible(visible);
}

void PredictionOverlay::setHeatmap(const QImage& image, const QTransform& imageToScene,
                                   double opacity)
{
    removeHeatmap();
    if (image.isNull() || !m_scene)
        return;
    m_heatmap = new QGraphicsPixmapItem(QPixmap::fromImage(image));
    m_heatmap->setTransform(imageToScene);
    m_heatmap->setOpacity(opacity);
    m_heatmap->setTransformationMode(Qt::SmoothTransformation);
    m_heatmap->setZValue(kHeatmapZ);
    m_scene->addItem(m_heatmap);
}

} // namespace kps
