#include "keypoint_image_view.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsLineItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPen>
#include <QScrollBar>
#include <QSet>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace kps {

namespace {

constexpr double kMinZoom = 0.01;
constexpr double kMaxZoom = 64.0;
constexpr double kZoomStep = 1.25;

// Stacking order inside the scene.
constexpr qreal kImageZ = 0;
constexpr qreal kEdgeZ = 1;
constexpr qreal kCropBoxZ = 2;
constexpr qreal kMarkerZ = 3;

// QGraphicsItem::data key of the keypoint index an item stands for in the hit test (keys 0 and 1
// are the edge items' ends).
constexpr int kKeypointDataKey = 16;

// A keypoint marker: a ring with a dot at the exact position, in screen pixels whatever the zoom
// (ItemIgnoresTransformations), so it never hides the pixel it marks and stays visible zoomed out.
class MarkerItem : public QGraphicsItem
{
public:
    MarkerItem(const QColor& colour, bool visibleKeypoint, bool cross = false)
        : m_colour(colour), m_visibleKeypoint(visibleKeypoint), m_cross(cross)
    {
        setFlag(ItemIgnoresTransformations);
        setZValue(kMarkerZ);
    }

    QRectF boundingRect() const override
    {
        const qreal r = kRadius + 3;
        return {-r, -r, 2 * r, 2 * r};
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        if (m_highlighted) {
            // The selected keypoint: a white outer ring, readable on any colour.
            painter->setPen(QPen(Qt::white, 1.5));
            painter->drawEllipse(QPointF(0, 0), kRadius + 2.5, kRadius + 2.5);
        }
        if (m_cross) {
            // Ground truth next to predicted rings (Inspect): an x, haloed like the ring.
            const qreal r = kRadius - 1;
            for (const QPen& pen : {QPen(QColor(0, 0, 0, 200), 4), QPen(m_colour, 2)}) {
                QPen styled = pen;
                if (!m_visibleKeypoint)
                    styled.setStyle(Qt::DashLine);
                painter->setPen(styled);
                painter->drawLine(QPointF(-r, -r), QPointF(r, r));
                painter->drawLine(QPointF(-r, r), QPointF(r, -r));
            }
        } else if (m_visibleKeypoint) {
            // Dark halo first so the ring reads on bright and dark backgrounds alike.
            painter->setPen(QPen(QColor(0, 0, 0, 200), 4));
            painter->drawEllipse(QPointF(0, 0), kRadius, kRadius);
            painter->setPen(QPen(m_colour, 2));
            painter->drawEllipse(QPointF(0, 0), kRadius, kRadius);
            painter->setPen(QPen(QColor(0, 0, 0, 200), 1));
            painter->setBrush(m_colour);
            painter->drawEllipse(QPointF(0, 0), 1.6, 1.6);
        } else {
            QPen pen(m_colour, 1.5, Qt::DashLine);
            painter->setPen(pen);
            painter->drawEllipse(QPointF(0, 0), kRadius, kRadius);
        }
    }

    bool isVisibleKeypoint() const { return m_visibleKeypoint; }
    void setHighlighted(bool on)
    {
        m_highlighted = on;
        update();
    }

    static constexpr qreal kRadius = 6;

private:
    QColor m_colour;
    bool m_visibleKeypoint;
    bool m_cross;
    bool m_highlighted = false;
};

// The index label beside a marker: a dark rounded box with the number, for legibility on any image.
class LabelItem : public QGraphicsItem
{
public:
    LabelItem(const QString& text, const QColor& colour, QGraphicsItem* parent)
        : QGraphicsItem(parent), m_text(text), m_colour(colour)
    {
        m_font.setPointSizeF(8.5);
        m_font.setBold(true);
        const QFontMetricsF metrics(m_font);
        const qreal w = metrics.horizontalAdvance(m_text) + 6;
        const qreal h = metrics.height() + 2;
        // Up and to the right of the ring, clear of the marked pixel.
        m_rect = QRectF(MarkerItem::kRadius + 1, -MarkerItem::kRadius - h + 2, w, h);
    }

    QRectF boundingRect() const override { return m_rect; }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 0, 0, 170));
        painter->drawRoundedRect(m_rect, 3, 3);
        painter->setFont(m_font);
        painter->setPen(m_colour.lighter(130));
        painter->drawText(m_rect, Qt::AlignCenter, m_text);
    }

    QString text() const { return m_text; }

private:
    QString m_text;
    QColor m_colour;
    QFont m_font;
    QRectF m_rect;
};

} // namespace

KeypointImageView::KeypointImageView(QWidget* parent) : QGraphicsView(parent)
{
    auto* scene = new QGraphicsScene(this);
    setScene(scene);
    setBackgroundBrush(QColor(48, 48, 48));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setRenderHint(QPainter::Antialiasing);
    // Overlays are drawn in screen pixels; a full update avoids trails of ignore-transform items.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);

    m_imageItem = scene->addPixmap(QPixmap());
    m_imageItem->setZValue(kImageZ);
    m_imageItem->setShapeMode(QGraphicsPixmapItem::BoundingRectShape);

    m_cropBoxItem = scene->addRect(QRectF());
    QPen cropPen(QColor(255, 200, 0), 1.5, Qt::DashLine);
    cropPen.setCosmetic(true);
    m_cropBoxItem->setPen(cropPen);
    m_cropBoxItem->setZValue(kCropBoxZ);
    m_cropBoxItem->setVisible(false);

    for (Overlay overlay : {Overlay::Keypoints, Overlay::Labels, Overlay::Edges, Overlay::CropBox})
        m_overlayVisible.insert(static_cast<int>(overlay), true);
    m_overlayVisible.insert(static_cast<int>(Overlay::HiddenKeypoints), false);
}

KeypointImageView::~KeypointImageView() = default;

void KeypointImageView::setImage(const QImage& image)
{
    const bool sameSize = !m_image.isNull() && image.size() == m_image.size();
    m_image = image;
    m_imageItem->setPixmap(image.isNull() ? QPixmap() : QPixmap::fromImage(image));
    setSceneRect(image.isNull() ? QRectF() : QRectF(0, 0, image.width(), image.height()));
    // Browsing images of the same size keeps zoom and scroll position, which makes comparing
    // consecutive frames at 1:1 easy; anything else starts from the whole image.
    if (image.isNull())
        resetTransform();
    else if (m_fitToWindow || !sameSize)
        fitToWindow();
    updateImageSmoothing();
    viewport()->update();
}

void KeypointImageView::setKeypoints(const QVector<KeypointMarker>& keypoints)
{
    m_keypoints = keypoints;
    rebuildKeypointItems();
    rebuildEdgeItems();
    applyOverlayVisibility();
}

void KeypointImageView::setEdges(const QVector<QPair<int, int>>& edges)
{
    m_edges = edges;
    rebuildEdgeItems();
    applyOverlayVisibility();
}

void KeypointImageView::setCropBox(const QRectF& box)
{
    m_cropBox = box;
    m_cropBoxItem->setRect(box);
    applyOverlayVisibility();
}

void KeypointImageView::clear()
{
    setKeypoints({});
    setEdges({});
    setCropBox(QRectF());
    setImage(QImage());
}

void KeypointImageView::setOverlayVisible(Overlay overlay, bool visible)
{
    m_overlayVisible[static_cast<int>(overlay)] = visible;
    applyOverlayVisibility();
}

bool KeypointImageView::isOverlayVisible(Overlay overlay) const
{
    return m_overlayVisible.value(static_cast<int>(overlay), false);
}

void KeypointImageView::setPlaceholderText(const QString& text)
{
    m_placeholderText = text;
    viewport()->update();
}

double KeypointImageView::zoomFactor() const
{
    return transform().m11();
}

QColor KeypointImageView::keypointColor(int index)
{
    // Golden-ratio hue steps: neighbouring indices get far-apart hues for any K.
    const double hue = std::fmod(0.08 + index * 0.618033988749895, 1.0);
    const double value = (index / 7) % 2 == 0 ? 1.0 : 0.85;
    return QColor::fromHsvF(static_cast<float>(hue), 0.85f, static_cast<float>(value));
}

QGraphicsItem* KeypointImageView::markerItem(int index) const
{
    return m_markerItems.value(index, nullptr);
}

QGraphicsItem* KeypointImageView::labelItem(int index) const
{
    return m_labelItems.value(index, nullptr);
}

void KeypointImageView::fitToWindow()
{
    m_fitToWindow = true;
    if (m_image.isNull())
        return;
    fitInView(QRectF(0, 0, m_image.width(), m_image.height()), Qt::KeepAspectRatio);
    updateImageSmoothing();
    Q_EMIT zoomFactorChanged(zoomFactor());
}

void KeypointImageView::zoomToActualSize()
{
    setZoomFactor(1.0);
}

void KeypointImageView::zoomIn()
{
    scaleBy(kZoomStep);
}

void KeypointImageView::zoomOut()
{
    scaleBy(1.0 / kZoomStep);
}

void KeypointImageView::setZoomFactor(double factor)
{
    scaleBy(factor / zoomFactor());
}

void KeypointImageView::scaleBy(double factor)
{
    const double current = zoomFactor();
    const double target = std::clamp(current * factor, kMinZoom, kMaxZoom);
    m_fitToWindow = false;
    if (current > 0 && std::abs(target - current) > 1e-12)
        scale(target / current, target / current);
    updateImageSmoothing();
    Q_EMIT zoomFactorChanged(zoomFactor());
}

void KeypointImageView::updateImageSmoothing()
{
    // Zoomed in, every image pixel must stay a crisp square so annotators see real pixels.
    m_imageItem->setTransformationMode(zoomFactor() < 1.0 ? Qt::SmoothTransformation
                                                          : Qt::FastTransformation);
}

void KeypointImageView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0 || m_image.isNull()) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // Anchor at the event position rather than AnchorUnderMouse, which reads QCursor::pos() and
    // is wrong for synthetic and touchpad events.
    const QPointF viewPoint = event->position();
    const QPointF scenePoint = viewportTransform().inverted().map(viewPoint);
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::NoAnchor);
    // 120 units = one notch = one zoom step; smooth-scrolling devices send fractions of that.
    scaleBy(std::pow(kZoomStep, delta / 120.0));
    setTransformationAnchor(anchor);
    const QPointF drift = viewportTransform().map(scenePoint) - viewPoint;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(drift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(drift.y()));
    event->accept();
}

void KeypointImageView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitToWindow)
        fitToWindow();
}

void KeypointImageView::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        switch (event->key()) {
        case Qt::Key_F:
            fitToWindow();
            return;
        case Qt::Key_1:
            zoomToActualSize();
            return;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void KeypointImageView::setEditable(bool editable)
{
    m_editable = editable;
    if (!editable) {
        setPlacementIndex(-1);
        m_dragIndex = -1;
    }
}

void KeypointImageView::setPlacementIndex(int index)
{
    if (index == m_placementIndex)
        return;
    m_placementIndex = index;
    viewport()->setCursor(index >= 0 ? Qt::CrossCursor : Qt::ArrowCursor);
    setDragMode(index >= 0 ? QGraphicsView::NoDrag : QGraphicsView::ScrollHandDrag);
    Q_EMIT placementIndexChanged(index);
}

void KeypointImageView::setSelectedKeypoint(int index)
{
    if (index == m_selectedIndex)
        return;
    m_selectedIndex = index;
    for (auto it = m_markerItems.cbegin(); it != m_markerItems.cend(); ++it)
        static_cast<MarkerItem*>(it.value())->setHighlighted(it.key() == index);
    viewport()->update();
    Q_EMIT keypointSelected(index);
}

QPointF KeypointImageView::sceneAt(const QPointF& viewportPoint) const
{
    // Not mapToScene(QPoint): the float position keeps sub-pixel precision when zoomed in.
    return viewportTransform().inverted().map(viewportPoint);
}

void KeypointImageView::tagKeypointItem(QGraphicsItem* item, int keypoint)
{
    item->setData(kKeypointDataKey, keypoint);
}

int KeypointImageView::keypointAt(const QPoint& viewportPoint) const
{
    for (QGraphicsItem* item : items(viewportPoint)) {
        // A label is a child of its marker: walk up to the tagged item.
        for (QGraphicsItem* candidate = item; candidate; candidate = candidate->parentItem()) {
            if (!candidate->isVisible())
                break;
            const QVariant keypoint = candidate->data(kKeypointDataKey);
            if (keypoint.isValid())
                return keypoint.toInt();
        }
    }
    return -1;
}

void KeypointImageView::mousePressEvent(QMouseEvent* event)
{
    if (m_image.isNull() || event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    if (!m_editable) {
        // Viewing only: a click on a keypoint selects it, and the press still pans.
        const int index = keypointAt(event->position().toPoint());
        if (index >= 0)
            setSelectedKeypoint(index);
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const QPointF scenePoint = sceneAt(event->position());
    if (m_placementIndex >= 0) {
        if (sceneRect().contains(scenePoint)) {
            const int index = m_placementIndex;
            setPlacementIndex(-1);
            Q_EMIT keypointPlacementRequested(index, scenePoint - QPointF(0.5, 0.5));
        }
        event->accept();
        return;
    }
    const int index = keypointAt(event->position().toPoint());
    if (index < 0 || !m_markerItems.contains(index)) {
        QGraphicsView::mousePressEvent(event); // pan
        return;
    }
    setSelectedKeypoint(index);
    QGraphicsItem* marker = m_markerItems.value(index);
    m_dragIndex = index;
    m_dragStart = marker->pos() - QPointF(0.5, 0.5);
    // Grabbing the ring off-centre must not make the keypoint jump to the cursor.
    m_dragGrabOffset = marker->pos() - scenePoint;
    viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void KeypointImageView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragIndex >= 0) {
        if (QGraphicsItem* marker = m_markerItems.value(m_dragIndex))
            marker->setPos(sceneAt(event->position()) + m_dragGrabOffset);
        event->accept();
    } else {
        QGraphicsView::mouseMoveEvent(event);
    }
    if (m_image.isNull())
        return;
    const QPointF scenePoint = sceneAt(event->position());
    const bool inside = sceneRect().contains(scenePoint);
    Q_EMIT cursorPixelChanged(scenePoint - QPointF(0.5, 0.5), inside);
}

void KeypointImageView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragIndex < 0 || event->button() != Qt::LeftButton) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    const int index = m_dragIndex;
    m_dragIndex = -1;
    viewport()->setCursor(m_placementIndex >= 0 ? Qt::CrossCursor : Qt::ArrowCursor);
    const QPointF end = sceneAt(event->position()) + m_dragGrabOffset - QPointF(0.5, 0.5);
    event->accept();
    if (end != m_dragStart) {
        // Owners rebuild the markers from the edited annotation; until then the marker stays here.
        Q_EMIT keypointMoved(index, m_dragStart, end);
    }
}

void KeypointImageView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_image.isNull() || m_placeholderText.isEmpty())
        return;
    painter->save();
    painter->resetTransform(); // viewport coordinates
    painter->setPen(QColor(190, 190, 190));
    painter->drawText(viewport()->rect().adjusted(20, 20, -20, -20),
                      Qt::AlignCenter | Qt::TextWordWrap, m_placeholderText);
    painter->restore();
}

void KeypointImageView::setMarkerStyle(MarkerStyle style)
{
    if (style == m_markerStyle)
        return;
    m_markerStyle = style;
    rebuildKeypointItems();
    applyOverlayVisibility();
}

void KeypointImageView::rebuildKeypointItems()
{
    for (QGraphicsItem* item : std::as_const(m_markerItems)) {
        scene()->removeItem(item);
        delete item; // deletes its label child too
    }
    m_markerItems.clear();
    m_labelItems.clear();

    for (const KeypointMarker& keypoint : std::as_const(m_keypoints)) {
        // A malformed annotation may list an index twice; the first visible entry wins.
        if (QGraphicsItem* existing = m_markerItems.value(keypoint.index)) {
            if (static_cast<MarkerItem*>(existing)->isVisibleKeypoint() || !keypoint.visible)
                continue;
            scene()->removeItem(existing);
            delete existing;
        }
        const QColor colour = keypointColor(keypoint.index);
        auto* marker =
            new MarkerItem(colour, keypoint.visible, m_markerStyle == MarkerStyle::Cross);
        marker->setPos(scenePosition(keypoint.position));
        marker->setToolTip(keypoint.visible ? tr("Keypoint %1 at (%2, %3)")
                                                  .arg(keypoint.index)
                                                  .arg(keypoint.position.x(), 0, 'f', 1)
                                                  .arg(keypoint.position.y(), 0, 'f', 1)
                                            : tr("Keypoint %1 (not visible) at (%2, %3)")
                                                  .arg(keypoint.index)
                                                  .arg(keypoint.position.x(), 0, 'f', 1)
                                                  .arg(keypoint.position.y(), 0, 'f', 1));
        marker->setHighlighted(keypoint.index == m_selectedIndex);
        tagKeypointItem(marker, keypoint.index);
        auto* label = new LabelItem(QString::number(keypoint.index), colour, marker);
        scene()->addItem(marker);
        m_markerItems.insert(keypoint.index, marker);
        m_labelItems.insert(keypoint.index, label);
    }
}

void KeypointImageView::rebuildEdgeItems()
{
    for (QGraphicsLineItem* item : std::as_const(m_edgeItems)) {
        scene()->removeItem(item);
        delete item;
    }
    m_edgeItems.clear();

    QHash<int, QPointF> visiblePositions;
    for (const KeypointMarker& keypoint : std::as_const(m_keypoints)) {
        if (keypoint.visible && !visiblePositions.contains(keypoint.index))
            visiblePositions.insert(keypoint.index, scenePosition(keypoint.position));
    }

    QPen pen(QColor(120, 230, 255, 190), 1.25);
    pen.setCosmetic(true); // constant screen width at any zoom
    QSet<QPair<int, int>> drawn;
    for (const auto& edge : std::as_const(m_edges)) {
        const QPair<int, int> key(std::min(edge.first, edge.second),
                                  std::max(edge.first, edge.second));
        if (key.first == key.second || drawn.contains(key))
            continue;
        const auto a = visiblePositions.constFind(key.first);
        const auto b = visiblePositions.constFind(key.second);
        if (a == visiblePositions.cend() || b == visiblePositions.cend())
            continue;
        drawn.insert(key);
        auto* line = scene()->addLine(QLineF(*a, *b), pen);
        line->setZValue(kEdgeZ);
        line->setData(0, key.first);
        line->setData(1, key.second);
        m_edgeItems.append(line);
    }
}

void KeypointImageView::applyOverlayVisibility()
{
    const bool showVisible = isOverlayVisible(Overlay::Keypoints);
    const bool showHidden = isOverlayVisible(Overlay::HiddenKeypoints);
    const bool showLabels = isOverlayVisible(Overlay::Labels);
    for (auto it = m_markerItems.cbegin(); it != m_markerItems.cend(); ++it) {
        const bool visibleKeypoint = static_cast<MarkerItem*>(it.value())->isVisibleKeypoint();
        it.value()->setVisible(visibleKeypoint ? showVisible : showHidden);
        if (QGraphicsItem* label = m_labelItems.value(it.key()))
            label->setVisible(showLabels);
    }
    const bool showEdges = isOverlayVisible(Overlay::Edges);
    for (QGraphicsLineItem* line : std::as_const(m_edgeItems))
        line->setVisible(showEdges);
    m_cropBoxItem->setVisible(isOverlayVisible(Overlay::CropBox) && !m_cropBox.isNull());
}

} // namespace kps
