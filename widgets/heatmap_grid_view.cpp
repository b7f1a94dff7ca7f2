#include "heatmap_grid_view.h"

#include "flow_layout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kps {

namespace {

constexpr int kPaneTitleGap = 4;
constexpr int kBarHeight = 10;

int layerIndex(HeatmapGridView::Layer layer)
{
    return static_cast<int>(layer);
}

} // namespace

HeatmapGridCanvas::HeatmapGridCanvas(HeatmapGridView* view) : QWidget(view), m_view(view)
{
    setMouseTracking(false);
    setMinimumSize(120, 120);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void HeatmapGridCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    m_view->paintCanvas(painter);
}

void HeatmapGridCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        m_view->canvasPressed(event->position().toPoint());
    QWidget::mousePressEvent(event);
}

void HeatmapGridCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        m_view->canvasDoubleClicked(event->position().toPoint());
    QWidget::mouseDoubleClickEvent(event);
}

bool HeatmapGridCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = m_view->toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

HeatmapGridView::HeatmapGridView(QWidget* parent) : QWidget(parent)
{
    // The controls wrap into rows when the view is narrow, instead of being cut.
    auto* bar = new QWidget(this);
    auto* controls = new FlowLayout(bar);

    m_modeCombo = new QComboBox(this);
    m_modeCombo->addItem(tr("All keypoints"));
    m_modeCombo->addItem(tr("One keypoint"));
    m_modeCombo->setToolTip(tr("Show every keypoint's heatmap as a tile, or one keypoint large "
                               "with target, prediction and difference"));
    connect(m_modeCombo, &QComboBox::activated, this,
            [this](int i) { setMode(i == 0 ? Mode::Grid : Mode::Single); });
    controls->addWidget(m_modeCombo);

    m_layerCombo = new QComboBox(this);
    m_layerCombo->addItem(tr("Target"));
    m_layerCombo->addItem(tr("Prediction"));
    m_layerCombo->addItem(tr("Difference"));
    m_layerCombo->setToolTip(tr("Which map the tiles show (difference = prediction − target)"));
    connect(m_layerCombo, &QComboBox::activated, this,
            [this](int i) { setGridLayer(static_cast<Layer>(i)); });
    controls->addWidget(m_layerCombo);

    auto* keypoint = new QWidget(bar); // the label stays beside its field
    auto* keypointLayout = new QHBoxLayout(keypoint);
    keypointLayout->setContentsMargins(0, 0, 0, 0);
    auto* keypointLabel = new QLabel(tr("Keypoint:"), keypoint);
    keypointLayout->addWidget(keypointLabel);
    m_keypointSpin = new QSpinBox(keypoint);
    m_keypointSpin->setToolTip(tr("Selected keypoint (click a tile to select it)"));
    keypointLabel->setBuddy(m_keypointSpin);
    connect(m_keypointSpin, &QSpinBox::valueChanged, this, &HeatmapGridView::setSelectedKeypoint);
    keypointLayout->addWidget(m_keypointSpin);
    controls->addWidget(keypoint);

    m_overlayCheck = new QCheckBox(tr("On image"), this);
    m_overlayCheck->setToolTip(tr("Draw the heatmaps over the input image with the ground truth "
                                  "(x) and the prediction (o)"));
    connect(m_overlayCheck, &QCheckBox::toggled, this, &HeatmapGridView::setOverlayEnabled);
    controls->addWidget(m_overlayCheck);

    m_canvas = new HeatmapGridCanvas(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_canvas, 1);
    updateControls();
}

void HeatmapGridView::setHeatmaps(const HeatmapSet& set)
{
    m_set = set.isValid() ? set : HeatmapSet{};
    if (m_selected >= m_set.keypoints)
        m_selected = m_set.keypoints > 0 ? 0 : -1;
    else if (m_selected < 0 && m_set.keypoints > 0)
        m_selected = 0;
    rebuildImages();
    updateControls();
    m_canvas->update();
}

void HeatmapGridView::clear()
{
    setHeatmaps(HeatmapSet{});
}

void HeatmapGridView::setMode(Mode mode)
{
    m_mode = mode;
    updateControls();
    m_canvas->update();
}

void HeatmapGridView::setGridLayer(Layer layer)
{
    m_gridLayer = layer;
    updateControls();
    m_canvas->update();
}

void HeatmapGridView::setSelectedKeypoint(int keypoint)
{
    if (keypoint < -1 || keypoint >= m_set.keypoints)
        return;
    if (keypoint == m_selected)
        return;
    m_selected = keypoint;
    updateControls();
    m_canvas->update();
    Q_EMIT keypointSelected(keypoint);
}

void HeatmapGridView::setOverlayImage(const QImage& image)
{
    m_overlayImage = image;
    rebuildImages();
    updateControls();
    m_canvas->update();
}

void HeatmapGridView::setOverlayEnabled(bool on)
{
    m_overlay = on;
    rebuildImages();
    updateControls();
    m_canvas->update();
}

QImage HeatmapGridView::layerImage(int keypoint, Layer layer) const
{
    const QVector<QImage>& images = m_images[layerIndex(layer)];
    return keypoint >= 0 && keypoint < images.size() ? images[keypoint] : QImage();
}

QPointF HeatmapGridView::targetPoint(int k) const
{
    return k >= 0 && k < m_set.targetPoints.size() ? m_set.targetPoints[k] : QPointF(-1, -1);
}

QPointF HeatmapGridView::predictedPoint(int k) const
{
    return k >= 0 && k < m_set.predictedPoints.size() ? m_set.predictedPoints[k] : QPointF(-1, -1);
}

QWidget* HeatmapGridView::canvas() const
{
    return m_canvas;
}

void HeatmapGridView::rebuildImages()
{
    for (auto& images : m_images)
        images.clear();
    if (!m_set.isValid())
        return;
    const int n = m_set.size;
    const bool overlay = m_overlay && !m_overlayImage.isNull();
    QVector<float> difference(m_set.planeSize());
    for (int k = 0; k < m_set.keypoints; ++k) {
        if (overlay) {
            // Markers are drawn at paint time, sharp at any tile size.
            m_images[layerIndex(Layer::Prediction)].push_back(overlayHeatmap(
                m_overlayImage, m_set.predictionPlane(k), n, ColourMap::Viridis, 0.85));
        } else {
            m_images[layerIndex(Layer::Prediction)].push_back(
                colourise(m_set.predictionPlane(k), n, n, ColourMap::Viridis, 0.0f, 1.0f));
        }
        if (!m_set.hasTarget())
            continue;
        m_images[layerIndex(Layer::Target)].push_back(
            overlay
                ? overlayHeatmap(m_overlayImage, m_set.targetPlane(k), n, ColourMap::Viridis, 0.85)
                : colourise(m_set.targetPlane(k), n, n, ColourMap::Viridis, 0.0f, 1.0f));
        const float* p = m_set.predictionPlane(k);
        const float* t = m_set.targetPlane(k);
        for (qsizetype i = 0; i < difference.size(); ++i)
            difference[i] = p[i] - t[i];
        m_images[layerIndex(Layer::Difference)].push_back(
            colourise(difference.constData(), n, n, ColourMap::Diverging, -1.0f, 1.0f));
    }
}

void HeatmapGridView::updateControls()
{
    const QSignalBlocker b1(m_modeCombo), b2(m_layerCombo), b3(m_keypointSpin), b4(m_overlayCheck);
    m_modeCombo->setCurrentIndex(m_mode == Mode::Grid ? 0 : 1);
    m_layerCombo->setCurrentIndex(layerIndex(m_gridLayer));
    m_layerCombo->setEnabled(m_mode == Mode::Grid);
    m_keypointSpin->setRange(m_set.keypoints > 0 ? 0 : -1, std::max(0, m_set.keypoints - 1));
    m_keypointSpin->setValue(m_selected);
    m_keypointSpin->setEnabled(m_set.keypoints > 0);
    m_overlayCheck->setChecked(m_overlay);
    m_overlayCheck->setEnabled(!m_overlayImage.isNull());
}

HeatmapGridView::GridGeometry HeatmapGridView::gridGeometry() const
{
    GridGeometry g;
    const int k = m_set.keypoints;
    if (k <= 0)
        return g;
    const int w = m_canvas->width(), h = m_canvas->height();
    // The column count that gives the largest square tiles for this canvas.
    for (int columns = 1; columns <= k; ++columns) {
        const int rows = (k + columns - 1) / columns;
        const int tile =
            std::min((w - g.gap * (columns + 1)) / columns, (h - g.gap * (rows + 1)) / rows);
        if (tile > g.tile) {
            g.tile = tile;
            g.columns = columns;
        }
    }
    if (g.columns == 0)
        return g;
    const int rows = (k + g.columns - 1) / g.columns;
    const int usedW = g.columns * g.tile + (g.columns - 1) * g.gap;
    const int usedH = rows * g.tile + (rows - 1) * g.gap;
    g.origin = QPoint((w - usedW) / 2, (h - usedH) / 2);
    return g;
}

QRect HeatmapGridView::tileRect(int keypoint) const
{
    if (m_mode != Mode::Grid || keypoint < 0 || keypoint >= m_set.keypoints)
        return {};
    const GridGeometry g = gridGeometry();
    if (g.columns == 0 || g.tile <= 0)
        return {};
    const int row = keypoint / g.columns, column = keypoint % g.columns;
    return QRect(g.origin.x() + column * (g.tile + g.gap), g.origin.y() + row * (g.tile + g.gap),
                 g.tile, g.tile);
}

QRect HeatmapGridView::paneRect(Layer layer) const
{
    if (m_mode != Mode::Single)
        return {};
    const int gap = 10;
    const int title = m_canvas->fontMetrics().height() + kPaneTitleGap;
    const int bar = kBarHeight + m_canvas->fontMetrics().height() + 6;
    const int w = m_canvas->width(), h = m_canvas->height();
    const int side = std::max(0, std::min((w - 4 * gap) / 3, h - title - bar - 2 * gap));
    const int left = (w - 3 * side - 2 * gap) / 2;
    const int top = std::max(gap + title, (h - side - title - bar) / 2 + title);
    return QRect(left + layerIndex(layer) * (side + gap), top, side, side);
}

int HeatmapGridView::keypointAt(const QPoint& canvasPos) const
{
    for (int k = 0; k < m_set.keypoints; ++k)
        if (tileRect(k).contains(canvasPos))
            return k;
    return -1;
}

void HeatmapGridView::canvasPressed(const QPoint& pos)
{
    const int k = keypointAt(pos);
    if (k < 0)
        return;
    if (k == m_selected)
        Q_EMIT keypointSelected(k); // a click is a request even when it changes nothing
    else
        setSelectedKeypoint(k);
}

void HeatmapGridView::canvasDoubleClicked(const QPoint& pos)
{
    const int k = keypointAt(pos);
    if (k < 0)
        return;
    setSelectedKeypoint(k);
    setMode(Mode::Single);
}

QString HeatmapGridView::toolTipAt(const QPoint& pos) const
{
    int k = keypointAt(pos);
    if (k < 0 && m_mode == Mode::Single)
        for (Layer layer : {Layer::Target, Layer::Prediction, Layer::Difference})
            if (paneRect(layer).contains(pos))
                k = m_selected;
    if (k < 0 || !m_set.isValid())
        return {};
    const float* p = m_set.predictionPlane(k);
    const auto peak = std::max_element(p, p + m_set.planeSize());
    const int index = static_cast<int>(peak - p);
    return tr("Keypoint %1: peak %2 at (%3, %4)")
        .arg(k)
        .arg(double(*peak), 0, 'f', 3)
        .arg(index % m_set.size)
        .arg(index / m_set.size);
}

void HeatmapGridView::paintCanvas(QPainter& painter)
{
    painter.fillRect(m_canvas->rect(), palette().color(QPalette::Base));
    if (!m_set.isValid()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(m_canvas->rect(), Qt::AlignCenter, tr("No heatmaps"));
        return;
    }
    if (m_mode == Mode::Grid)
        paintGrid(painter);
    else
        paintSingle(painter);
}

void HeatmapGridView::paintGrid(QPainter& painter)
{
    const QVector<QImage>& images = m_images[layerIndex(m_gridLayer)];
    const bool overlay = m_overlay && !m_overlayImage.isNull() && m_gridLayer != Layer::Difference;
    QFont font = painter.font();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
    painter.setFont(font);
    for (int k = 0; k < m_set.keypoints; ++k) {
        const QRect r = tileRect(k);
        if (r.isEmpty())
            continue;
        if (k < images.size())
            painter.drawImage(r, images[k]); // nearest neighbour: heatmap pixels stay honest
        else
            painter.fillRect(r, palette().color(QPalette::Mid));
        // Index label in the corner, on a dark chip so it reads on any colour.
        const QString label = QString::number(k);
        const QRect textRect =
            painter.fontMetrics()
                .boundingRect(label)
                .adjusted(-3, -1, 3, 1)
                .translated(r.topLeft() - painter.fontMetrics().boundingRect(label).topLeft() +
                            QPoint(3, 2));
        painter.fillRect(textRect, QColor(0, 0, 0, 150));
        painter.setPen(Qt::white);
        painter.drawText(textRect, Qt::AlignCenter, label);
        if (overlay && k < images.size())
            drawKeypointMarkers(painter, r, targetPoint(k), predictedPoint(k));
        if (k == m_selected) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(-2, -2, 1, 1));
        }
    }
}

void HeatmapGridView::paintSingle(QPainter& painter)
{
    const int k = std::clamp(m_selected, 0, m_set.keypoints - 1);
    const QFontMetrics fm = painter.fontMetrics();
    const struct
    {
        Layer layer;
        QString title;
        ColourMap map;
        QString low, mid, high;
    } panes[] = {
        {Layer::Target, tr("Target"), ColourMap::Viridis, QStringLiteral("0"), QString(),
         QStringLiteral("1")},
        {Layer::Prediction, tr("Prediction"), ColourMap::Viridis, QStringLiteral("0"), QString(),
         QStringLiteral("1")},
        {Layer::Difference, tr("Prediction − target"), ColourMap::Diverging, QStringLiteral("−1"),
         QStringLiteral("0"), QStringLiteral("+1")},
    };
    for (const auto& pane : panes) {
        const QRect r = paneRect(pane.layer);
        if (r.width() < 8)
            continue;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(
            QRect(r.left(), r.top() - fm.height() - kPaneTitleGap, r.width(), fm.height()),
            Qt::AlignCenter,
            pane.layer == Layer::Prediction ? tr("%1 (keypoint %2)").arg(pane.title).arg(k)
                                            : pane.title);
        const QImage image = layerImage(k, pane.layer);
        if (image.isNull()) {
            painter.fillRect(r, palette().color(QPalette::AlternateBase));
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, tr("No target"));
        } else {
            painter.drawImage(r, image);
        }
        if (!image.isNull() && pane.layer != Layer::Difference)
            drawKeypointMarkers(painter, r, targetPoint(k),
                                pane.layer == Layer::Prediction ? predictedPoint(k)
                                                                : QPointF(-1, -1));
        const QRect bar(r.left(), r.bottom() + 6, r.width(), kBarHeight);
        painter.drawImage(bar, colourBar(pane.map, 256, 1));
        painter.setPen(palette().color(QPalette::Text));
        const QRect labels(bar.left(), bar.bottom() + 2, bar.width(), fm.height());
        painter.drawText(labels, Qt::AlignLeft | Qt::AlignTop, pane.low);
        painter.drawText(labels, Qt::AlignHCenter | Qt::AlignTop, pane.mid);
        painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, pane.high);
    }
}

} // namespace kps
