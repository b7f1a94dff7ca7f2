#pragma once
// Realistic HeatmapSets for the heatmap widget tests and their screenshots: Gaussian targets
// (sigma 2, as in training) and predictions that sharpen over epochs, with one keypoint that
// keeps a second peak and one invisible keypoint (all-zero target).

#include "heatmap_set.h"

#include <QImage>
#include <QPainter>

#include <cmath>
#include <random>

namespace kps::testdata {

inline void addGaussian(QVector<float>& maps, int k, int size, double cx, double cy, double sigma,
                        double amplitude)
{
    float* m = maps.data() + qsizetype(k) * size * size;
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            m[y * size + x] +=
                float(amplitude *
                      std::exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (2 * sigma * sigma)));
}

// progress in [0,1]: 0 = first epoch (wide, weak, off-target), 1 = trained.
inline HeatmapSet heatmapSet(int keypoints, int size, double progress, unsigned seed = 3)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> position(0.15, 0.85);
    std::normal_distribution<double> noise(0.0, 1.0);
    HeatmapSet set;
    set.keypoints = keypoints;
    set.size = size;
    set.prediction.fill(0.0f, qsizetype(keypoints) * size * size);
    set.target.fill(0.0f, set.prediction.size());
    for (int k = 0; k < keypoints; ++k) {
        const double xn = position(rng), yn = position(rng);
        const double ox = noise(rng), oy = noise(rng); // fixed per keypoint
        const bool invisible = k == keypoints - 1;
        const double cx = xn * (size - 1), cy = yn * (size - 1);
        if (invisible) {
            set.targetPoints.push_back(QPointF(-1, -1));
        } else {
            addGaussian(set.target, k, size, cx, cy, 2.0, 1.0);
            set.targetPoints.push_back(QPointF(xn, yn));
        }
        const double off = 3.0 * (1.0 - progress);
        const double px = cx + off * ox, py = cy + off * oy;
        const double sigma = 2.0 + 3.0 * (1.0 - progress);
        const double amplitude = invisible ? 0.15 * (1.0 - progress) : 0.3 + 0.65 * progress;
        addGaussian(set.prediction, k, size, px, py, sigma, amplitude);
        if (k == 2) // a symmetric part confuses this keypoint: a second peak stays
            addGaussian(set.prediction, k, size, size - 1 - px, py, sigma, 0.7 * amplitude);
        set.predictedPoints.push_back(invisible ? QPointF(-1, -1)
                                                : QPointF(px / (size - 1), py / (size - 1)));
    }
    for (float& v : set.prediction)
        v = std::min(v, 1.0f);
    return set;
}

// A dark scene with a grey "spacecraft" box, as the IMG x IMG crop would look.
inline QImage sceneImage(int size)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(QColor(12, 14, 24));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(150, 150, 160));
    p.setPen(QPen(QColor(220, 220, 230), 1));
    p.drawRect(QRectF(size * 0.25, size * 0.3, size * 0.5, size * 0.35));
    p.setBrush(QColor(60, 80, 140));
    p.drawRect(QRectF(size * 0.05, size * 0.4, size * 0.2, size * 0.12));
    p.drawRect(QRectF(size * 0.75, size * 0.4, size * 0.2, size * 0.12));
    return image;
}

} // namespace kps::testdata
