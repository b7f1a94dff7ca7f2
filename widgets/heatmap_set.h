#pragma once
// Plain value type for one sample's heatmaps as the heatmap views show them: the prediction
// and optionally the target, K maps of size x size floats each, plus optional keypoint points.
// Workers fill it from tensors or snapshot files; widgets never see either.

#include <QPointF>
#include <QVector>

namespace kps {

struct HeatmapSet
{
    int keypoints = 0;
    int size = 0;              // each map is size x size
    QVector<float> prediction; // keypoints * size * size, row-major, keypoint after keypoint
    QVector<float> target;     // same layout, or empty when there is no ground truth

    // Optional, normalised (xn, yn) in [0,1] as in DESIGN.md; (-1,-1) = invisible / unknown.
    // Drawn as x (ground truth) and o (prediction) on overlays.
    QVector<QPointF> targetPoints;
    QVector<QPointF> predictedPoints;

    qsizetype planeSize() const { return qsizetype(size) * size; }
    bool isValid() const
    {
        return keypoints > 0 && size > 0 && prediction.size() == keypoints * planeSize() &&
               (target.isEmpty() || target.size() == prediction.size());
    }
    bool hasTarget() const { return isValid() && !target.isEmpty(); }
    const float* predictionPlane(int k) const { return prediction.constData() + k * planeSize(); }
    const float* targetPlane(int k) const { return target.constData() + k * planeSize(); }
    static bool pointVisible(const QPointF& p) { return p.x() >= 0.0 && p.y() >= 0.0; }
};

} // namespace kps
