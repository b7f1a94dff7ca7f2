#pragma once
// Scatter of two per-keypoint quantities, e.g. error against heatmap peak (does a weak peak
// predict a large error?). Plain values only.

#include "qcustomplot_include.h"

#include <QString>
#include <QVector>

namespace kps {

class ErrorScatterPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ErrorScatterPlot(QWidget* parent = nullptr);

    // Pairs with a non-finite member are skipped. Ranges: x [xMin, xMax] when xMax > xMin, else
    // from the data; y from 0 to the largest value.
    void setPoints(const QVector<double>& x, const QVector<double>& y, const QString& xLabel,
                   const QString& yLabel, double xMin = 0.0, double xMax = 0.0);

private:
    QCPGraph* m_graph;
};

} // namespace kps
