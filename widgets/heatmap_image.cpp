#include "heatmap_image.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace kps {

namespace {

struct Stop
{
    double t;
    int r, g, b;
};

// viridis sampled at 9 stops (matplotlib's table); linear interpolation between them is
// indistinguishable from the full 256-entry table at tile sizes.
constexpr std::array<Stop, 9> kViridis{{{0.000, 68, 1, 84},
                                        {0.125, 71, 44, 122},
                                        {0.250, 59, 81, 139},
                                        {0.375, 44, 113, 142},
                                        {0.500, 33, 144, 141},
                                        {0.625, 39, 173, 129},
                                        {0.750, 92, 200, 99},
                                        {0.875, 170, 220, 50},
                                        {1.000, 253, 231, 37}}};

// ColorBrewer RdBu reversed: negative blue, zero white, positive red.
constexpr std::array<Stop, 5> kDiverging{{{0.00, 5, 48, 97},
                                          {0.25, 67, 147, 195},
                                          {0.50, 247, 247, 247},
                                          {0.75, 214, 96, 77},
                                          {1.00, 103, 0, 31}}};

template <std::size_t N> QRgb interpolate(const std::array<Stop, N>& stops, double t)
{
    if (!(t > 0.0)) // also catches NaN
        t = 0.0;
    if (t > 1.0)
        t = 1.0;
    std::size_t i = 1;
    while (i < N - 1 && stops[i].t < t)
        ++i;
    const Stop& a = stops[i - 1];
    const Stop& b = stops[i];
    const double f = (t - a.t) / (b.t - a.t);
    auto mix = [f](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * f)); };
    return qRgb(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b));
}

QRgb rgbAt(ColourMap map, double t)
{
    return map == ColourMap::Viridis ? interpolate(kViridis, t) : interpolate(kDiverging, t);
}

} // namespace

QColor colourAt(ColourMap map, double t)
{
    return QColor(rgbAt(map, t));
}

QImage colourise(const float* buffer, int w, int h, ColourMap map, float minValue, float maxValue)
{
    if (w <= 0 || h <= 0 || buffer == nullptr)
        return {};
    QImage image(w, h, QImage::Format_ARGB32);
    // A lookup table keeps colourising a 64x64xK grid cheap enough for live updates. An odd
    // size puts an entry exactly on the middle, so 0 on a symmetric diverging range is white.
    constexpr int kSteps = 1024;
    static_assert(kSteps % 2 == 0, "kSteps + 1 entries must have a middle one");
    std::array<QRgb, kSteps + 1> table;
    for (int i = 0; i <= kSteps; ++i)
        table[i] = rgbAt(map, double(i) / kSteps);
    const float range = maxValue - minValue;
    const float scale = range > 0.0f ? float(kSteps) / range : 0.0f;
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        const float* row = buffer + static_cast<std::size_t>(y) * w;
        for (int x = 0; x < w; ++x) {
            const float v = (row[x] - minValue) * scale;
            int index = std::isnan(v) ? 0 : static_cast<int>(std::lround(v));
            index = std::clamp(index, 0, kSteps);
            line[x] = table[index];
        }
    }
    return image;
}

QImage colourise(const QVector<float>& buffer, int w, int h, ColourMap map, float minValue,
                 float maxValue)
{
    if (buffer.size() < static_cast<qsizetype>(w) * h)
        return {};
    return colourise(buffer.constData(), w, h, map, minValue, maxValue);
}

QImage overlayHeatmap(const QImage& base, const float* heatmap, int size, ColourMap map,
                      double opacity, QPointF targetPoint, QPointF predictedPoint)
{
    if (base.isNull())
        return {};
    QImage result = base.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (heatmap != nullptr && size > 0) {
        QImage layer = colourise(heatmap, size, size, map, 0.0f, 1.0f);
        const double o = std::clamp(opacity, 0.0, 1.0);
        for (int y = 0; y < size; ++y) {
            auto* line = reinterpret_cast<QRgb*>(layer.scanLine(y));
            for (int x = 0; x < size; ++x) {
                const float v = std::clamp(heatmap[y * size + x], 0.0f, 1.0f);
                line[x] = qRgba(
                    qRed(line[x]), qGreen(line[x]), qBlue(line[x]),
                    static_cast<int>(std::lround(255.0 * o * std::min(1.0, 1.6 * std::sqrt(v)))));
            }
        }
        QPainter painter(&result);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRectF(0, 0, result.width(), result.height()), layer);
    }
    QPainter painter(&result);
    drawKeypointMarkers(painter, QRectF(0, 0, result.width(), result.height()), targetPoint,
                        predictedPoint);
    painter.end();
    return result.convertToFormat(QImage::Format_ARGB32);
}

void drawKeypointMarkers(QPainter& painter, const QRectF& area, QPointF targetPoint,
                         QPointF predictedPoint)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Small enough to leave a sigma-2 peak visible around it on a 64-pixel map.
    const double r = std::clamp(std::min(area.width(), area.height()) * 0.03, 2.5, 8.0);
    auto place = [&](QPointF p) {
        return QPointF(area.left() + p.x() * area.width(), area.top() + p.y() * area.height());
    };
    // A dark halo under each marker keeps it readable on bright and dark heatmap pixels.
    auto strokes = [&](const QColor& colour, auto draw) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0, 0, 0, 140), 3.0, Qt::SolidLine, Qt::RoundCap));
        draw();
        painter.setPen(QPen(colour, 1.4, Qt::SolidLine, Qt::RoundCap));
        draw();
    };
    if (targetPoint.x() >= 0.0 && targetPoint.y() >= 0.0) {
        const QPointF c = place(targetPoint);
        strokes(QColor(80, 255, 80), [&] {
            painter.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
            painter.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
        });
    }
    if (predictedPoint.x() >= 0.0 && predictedPoint.y() >= 0.0) {
        const QPointF c = place(predictedPoint);
        strokes(QColor(255, 80, 200), [&] { painter.drawEllipse(c, r, r); });
    }
    painter.restore();
}

QImage colourBar(ColourMap map, int width, int height)
{
    QImage image(std::max(width, 1), std::max(height, 1), QImage::Format_ARGB32);
    for (int x = 0; x < image.width(); ++x) {
        const QRgb c = rgbAt(map, image.width() > 1 ? double(x) / (image.width() - 1) : 0.0);
        for (int y = 0; y < image.height(); ++y)
            image.setPixel(x, y, c);
    }
    return image;
}

} // namespace kps
