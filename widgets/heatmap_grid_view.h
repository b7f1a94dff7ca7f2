#pragma once
// Shows one sample's K heatmaps: a grid of small colour-mapped tiles labelled with their
// keypoint index (click selects, double-click opens), or one keypoint large as
// target | prediction | difference panes. Optionally overlays the maps on the input image
// with the ground truth (x) and prediction (o). Fixed colour scales: 0..1 (viridis) for maps,
// -1..1 (diverging, red = prediction above target) for differences.

#include "heatmap_image.h"
#include "heatmap_set.h"

#include <QImage>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace kps {

class HeatmapGridView;

// The painted area of HeatmapGridView; layout and painting live in the view.
class HeatmapGridCanvas : public QWidget
{
public:
    explicit HeatmapGridCanvas(HeatmapGridView* view);
    QSize sizeHint() const override { return {360, 300}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    HeatmapGridView* m_view;
};

class HeatmapGridView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Grid,
        Single
    };
    enum class Layer
    {
        Target,
        Prediction,
        Difference
    };

    explicit HeatmapGridView(QWidget* parent = nullptr);

    void setHeatmaps(const HeatmapSet& set);
    const HeatmapSet& heatmaps() const { return m_set; }
    void clear();

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Which map the grid tiles show.
    void setGridLayer(Layer layer);
    Layer gridLayer() const { return m_gridLayer; }
    // Emits keypointSelected when the selection changes; -1 clears it.
    void setSelectedKeypoint(int keypoint);
    int selectedKeypoint() const { return m_selected; }

    // The image the heatmaps belong to (the IMG x IMG crop); overlays need it.
    void setOverlayImage(const QImage& image);
    void setOverlayEnabled(bool on);
    bool overlayEnabled() const { return m_overlay; }

    // The map as drawn (before scaling to the tile): colourised, or overlaid on the image.
    // Null when the set has no such layer (no target -> no target / difference).
    QImage layerImage(int keypoint, Layer layer) const;

    // Geometry in canvas() coordinates, for the page's own hit tests and for tests.
    QWidget* canvas() const;
    QRect tileRect(int keypoint) const;            // Grid mode; empty when not shown
    QRect paneRect(Layer layer) const;             // Single mode
    int keypointAt(const QPoint& canvasPos) const; // -1 when on no tile

Q_SIGNALS:
    void keypointSelected(int keypoint);

private:
    friend class HeatmapGridCanvas;
    void paintCanvas(QPainter& painter);
    void paintGrid(QPainter& painter);
    void paintSingle(QPainter& painter);
    void canvasPressed(const QPoint& pos);
    void canvasDoubleClicked(const QPoint& pos);
    QString toolTipAt(const QPoint& pos) const;
    QPointF targetPoint(int k) const;
    QPointF predictedPoint(int k) const;
    void rebuildImages();
    void updateControls();
    struct GridGeometry
    {
        int columns = 0, tile = 0, gap = 6;
        QPoint origin;
    };
    GridGeometry gridGeometry() const;

    HeatmapSet m_set;
    QImage m_overlayImage;
    QVector<QImage> m_images[3]; // per Layer, per keypoint
    Mode m_mode = Mode::Grid;
    Layer m_gridLayer = Layer::Prediction;
    int m_selected = 0;
    bool m_overlay = false;

    HeatmapGridCanvas* m_canvas = nullptr;
    QComboBox* m_modeCombo = nullptr;
    QComboBox* m_layerCombo = nullptr;
    QSpinBox* m_keypointSpin = nullptr;
    QCheckBox* m_overlayCheck = nullptr;
};

} // namespace kps
