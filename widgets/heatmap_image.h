#pragma once
// Colour-maps raw float heatmap buffers into QImages, so every heatmap view (grid, evolution,
// inspect overlays) renders identically from plain value types.

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QVector>

class QPainter;

namespace kps {

enum class ColourMap
{
    Viridis,  // perceptual, sequential: heatmap values
    Diverging // blue-white-red, symmetric around the middle of the range: differences
};

// Colour of a value t in [0,1] on the map (clamped).
QColor colourAt(ColourMap map, double t);

// Maps buffer (w*h floats, row-major) linearly from [minValue,maxValue] onto the colour map;
// values outside are clamped, NaN shows as the low end. Returns a w x h ARGB32 image.
QImage colourise(const float* buffer, int w, int h, ColourMap map, float minValue, float maxValue);
QImage colourise(const QVector<float>& buffer, int w, int h, ColourMap map, float minValue,
                 float maxValue);

// The heatmap (size x size floats in [0,1]) stretched over base, each pixel's opacity growing
// with its value (so the image stays visible where the map is cold), then the ground truth
// drawn as an x and the prediction as an o. Points are normalised (xn, yn); a negative
// coordinate means "not shown". Returns an ARGB32 image of base's size.
QImage overlayHeatmap(const QImage& base, const float* heatmap, int size, ColourMap map,
                      double opacity, QPointF targetPoint = QPointF(-1, -1),
                      QPointF predictedPoint = QPointF(-1, -1));

// Draws the ground-truth x and predicted o markers used by every heatmap view; points are
// normalised within area.
void drawKeypointMarkers(QPainter& painter, const QRectF& area, QPointF targetPoint,
                         QPointF predictedPoint);

// Horizontal colour bar (width x height) for a legend.
QImage colourBar(ColourMap map, int width, int height);

} // namespace kps
