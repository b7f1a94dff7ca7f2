#include "error_histogram_plot.h"

#include <algorithm>
#include <cmath>

namespace kps {

ErrorHistogramPlot::ErrorHistogramPlot(QWidget* parent)
    : QCustomPlot(parent), m_bars(new QCPBars(xAxis, yAxis))
{
    m_bars->setPen(QPen(QColor(31, 119, 180)));
    m_bars->setBrush(QColor(31, 119, 180, 160));
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    yAxis->setLabel(tr("Keypoints"));
    setUnitLabel(tr("px"));
}

void ErrorHistogramPlot::setUnitLabel(const QString& unit)
{
    xAxis->setLabel(tr("Error (%1)").arg(unit));
}

QVector<double> ErrorHistogramPlot::binCounts(const QVector<double>& errors, int bins,
                                              double maxValue)
{
    bins = std::max(1, bins);
    QVector<double> counts(bins, 0.0);
    if (!(maxValue > 0))
        return counts;
    for (double e : errors) {
        if (!std::isfinite(e))
            continue;
        const int bin = std::clamp(static_cast<int>(std::floor(e / maxValue * bins)), 0, bins - 1);
        counts[bin] += 1.0;
    }
    return counts;
}

void ErrorHistogramPlot::setErrors(const QVector<double>& errors, int bins, double maxValue)
{
    bins = std::max(1, bins);
    if (!(maxValue > 0)) {
        maxValue = 1.0;
        for (double e : errors)
            if (std::isfinite(e))
                maxValue = std::max(maxValue, e);
    }
    const QVector<double> counts = binCounts(errors, bins, maxValue);
    const double width = maxValue / bins;
    QVector<double> centres(bins);
    for (int i = 0; i < bins; ++i)
        centres[i] = (i + 0.5) * width;
    m_bars->setWidth(width);
    m_bars->setData(centres, counts, true);
    xAxis->setRange(0, maxValue);
    const double top = counts.isEmpty() ? 1.0 : *std::max_element(counts.begin(), counts.end());
    yAxis->setRange(0, std::max(1.0, top * 1.08));
    replot();
}

} // namespace kps
