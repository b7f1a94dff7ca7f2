#include "error_scatter_plot.h"

#include <algorithm>
#include <cmath>

namespace kps {

ErrorScatterPlot::ErrorScatterPlot(QWidget* parent) : QCustomPlot(parent), m_graph(addGraph())
{
    m_graph->setLineStyle(QCPGraph::lsNone);
    m_graph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(31, 119, 180, 110), 5));
}

void ErrorScatterPlot::setPoints(const QVector<double>& x, const QVector<double>& y,
                                 const QString& xLabel, const QString& yLabel, double xMin,
                                 double xMax)
{
    QVector<double> keys, values;
    double lo = 0, hi = 0, top = 0;
    const int n = std::min(x.size(), y.size());
    for (int i = 0; i < n; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
            continue;
        if (keys.isEmpty())
            lo = hi = x[i];
        lo = std::min(lo, x[i]);
        hi = std::max(hi, x[i]);
        top = std::max(top, y[i]);
        keys.append(x[i]);
        values.append(y[i]);
    }
    // Not sorted by key: a scatter keeps input order (setData's alreadySorted=false sorts).
    m_graph->setData(keys, values);
    xAxis->setLabel(xLabel);
    yAxis->setLabel(yLabel);
    if (xMax > xMin)
        xAxis->setRange(xMin, xMax);
    else
        xAxis->setRange(lo - 0.05 * (hi - lo + 1e-9), hi + 0.05 * (hi - lo + 1e-9));
    yAxis->setRange(0, std::max(1e-6, top * 1.08));
    replot();
}

} // namespace kps
