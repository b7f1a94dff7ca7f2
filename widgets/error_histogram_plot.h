#pragma once
// Histogram of keypoint errors (bars of equal width from 0 to a maximum; larger errors are counted
// in the last bar so nothing disappears). Plain values only.

#include "qcustomplot_include.h"

#include <QString>
#include <QVector>

namespace kps {

class ErrorHistogramPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ErrorHistogramPlot(QWidget* parent = nullptr);

    // maxValue <= 0: the largest finite error (at least 1).
    void setErrors(const QVector<double>& errors, int bins = 40, double maxValue = 0.0);
    void setUnitLabel(const QString& unit); // x axis: "Error (%1)"

    // Counts per bin of [0, maxValue] split into `bins` (values above go to the last bin).
    static QVector<double> binCounts(const QVector<double>& errors, int bins, double maxValue);

private:
    QCPBars* m_bars;
};

} // namespace kps
