#pragma once
// One validation metric of several training runs against a common axis (wall-clock minutes or
// epochs), one line per run with a legend: how recipes compare over time. Plain values only.

#include "qcustomplot_include.h"

#include <QString>
#include <QVector>

namespace kps {

class RunComparisonPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit RunComparisonPlot(QWidget* parent = nullptr);

    void clearRuns();
    // x and y of equal length; runs get the next colour and line style of a fixed cycle.
    void addRun(const QString& name, const QVector<double>& x, const QVector<double>& y);
    void setAxisLabels(const QString& x, const QString& y);
    // Fixes the y range (e.g. 0..100 for percentages); otherwise it fits the data.
    void setValueRange(double lower, double upper);
    // Where the legend sits inside the axes (default bottom right): away from where the curves
    // end, e.g. top left for rising ones.
    void setLegendCorner(Qt::Alignment corner);
    // Renders at width x height logical pixels (scale 2: sharp in documents) into a PNG file.
    bool savePicture(const QString& path, int width, int height);

private:
    void rescale();
    bool m_fixedValueRange = false;
};

} // namespace kps
