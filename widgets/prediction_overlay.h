#pragma once
// PredictionOverlay draws a model's predictions over a KeypointImageView (Inspect mode): per
// keypoint a predicted "o" ring (dashed when the heatmap says "not visible"), the error vector
// from the ground truth to the prediction, the 2-sigma ellipse of the heatmap's SoftArgMax
// distribution (dashed red when the heatmap has several peaks), and optionally one colourised
// heatmap under them. The ground truth "x" markers are the view's own (MarkerStyle::Cross).
// The rings take part in the view's one hit test (KeypointImageView::keypointAt): a click within
// kHitRadius screen pixels of a ring selects its keypoint in the view.
//
// Plain values only, in scene coordinates: the owner maps its geometry (original image or model
// crop) before it calls setPredictions. Threads: UI thread only.

#include <QImage>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QTransform>
#include <QVector>

class QGraphicsItem;
class QGraphicsPixmapItem;
class QGraphicsScene;

namespace kps {

class KeypointImageView;

struct PredictionMarker
{
    int keypoint = -1;
    QPointF predicted;            // scene point of the prediction
    double peak = 0;              // heatmap peak, shown in the ring's tool tip
    bool predictedVisible = true; // false: dashed ring
    bool hasGroundTruth = false;  // a visible label: draw the error vector
    QPointF groundTruth;          // scene point of the label
    // Half-axes of the 2-sigma ellipse around `predicted`, as scene vectors; null: no ellipse.
    QPointF majorAxis, minorAxis;
    bool multiPeak = false;
};

class PredictionOverlay : public QObject
{
    Q_OBJECT

public:
    // Screen pixels around a ring's centre that hit it (the view's hit test).
    static constexpr double kHitRadius = 12.0;
    static constexpr double kRingRadius = 6.0;

    // Draws into `view`'s scene; owned by the view.
    explicit PredictionOverlay(KeypointImageView* view);
    ~PredictionOverlay() override;

    void setPredictions(const QVector<PredictionMarker>& predictions);
    // Removes every item (predictions and heatmap).
    void clear();
    void setErrorVectorsVisible(bool visible);
    bool errorVectorsVisible() const { return m_vectorsVisible; }
    void setEllipsesVisible(bool visible);
    bool ellipsesVisible() const { return m_ellipsesVisible; }

    // One heatmap under the markers: `image`'s pixel edges mapped to the scene by `imageToScene`,
    // drawn at `opacity` (0..1). A null image removes it.
    void setHeatmap(const QImage& image, const QTransform& imageToScene, double opacity);

    QGraphicsItem* predictionItem(int keypoint) const { return m_rings.value(keypoint); }
    QGraphicsItem* errorVectorItem(int keypoint) const { return m_vectors.value(keypoint); }
    QGraphicsItem* ellipseItem(int keypoint) const { return m_ellipses.value(keypoint); }
    QGraphicsPixmapItem* heatmapItem() const { return m_heatmap; }

private:
    void removePredictions();
    void removeHeatmap();

    // The scene deletes its items when it goes first (at the view's destruction).
    QPointer<QGraphicsScene> m_scene;
    bool m_vectorsVisible = true;
    bool m_ellipsesVisible = true;
    QHash<int, QGraphicsItem*> m_rings;
    QHash<int, QGraphicsItem*> m_vectors;
    QHash<int, QGraphicsItem*> m_ellipses;
    QGraphicsPixmapItem* m_heatmap = nullptr;
};

} // namespace kps
