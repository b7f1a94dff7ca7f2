#include "pck_curve_plot.h"

#include <algorithm>
#include <cmath>

namespace kps {

namespace {
const QColor kPalette[] = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44),
                           QColor(214, 39, 40)};
}

PckCurvePlot::PckCurvePlot(QWidget* parent) : QCustomPlot(parent)
{
    yAxis->setLabel(tr("Correct keypoints (%)"));
    yAxis->setRange(0, 100);
    setUnitLabel(tr("px"));
    legend->setVisible(false);
}

void PckCurvePlot::clearCurves()
{
    clearGraphs();
    legend->setVisible(false);
    replot();
}

void PckCurvePlot::addCurve(const QString& name, const QVector<double>& thresholds,
                            const QVector<double>& percent, const QColor& colour)
{
    QCPGraph* graph = addGraph();
    graph->setName(name);
    const int index = graphCount() - 1;
    graph->setPen(QPen(colour.isValid() ? colour : kPalette[index % 4], 2));
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    graph->setData(thresholds, percent, true);
    if (!thresholds.isEmpty())
        xAxis->setRange(thresholds.front(), thresholds.back());
    yAxis->setRange(0, 100.5);
    legend->setVisible(graphCount() > 1 || !name.isEmpty());
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    replot();
}

void PckCurvePlot::setUnitLabel(const QString& unit)
{
    xAxis->setLabel(tr("Threshold (%1)").arg(unit));
}

QVector<double> PckCurvePlot::pckCurve(QVector<double> errors, const QVector<double>& thresholds)
{
    errors.erase(
        std::remove_if(errors.begin(), errors.end(), [](double e) { return !std::isfinite(e); }),
        errors.end());
    std::sort(errors.begin(), errors.end());
    QVector<double> percent;
    percent.reserve(thresholds.size());
    for (double t : thresholds) {
        const auto count = std::upper_bound(errors.begin(), errors.end(), t) - errors.begin();
        percent.append(errors.isEmpty() ? 0.0 : 100.0 * double(count) / double(errors.size()));
    }
    return percent;
}

QVector<double> PckCurvePlot::thresholdRange(double maxThreshold, double step)
{
    QVector<double> values;
    const int n = static_cast<int>(std::floor(maxThreshold / step + 1e-9));
    for (int i = 0; i <= n; ++i)
        values.append(i * step);
    return values;
}

} // namespace kps
