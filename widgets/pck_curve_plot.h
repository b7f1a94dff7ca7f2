#pragma once
// PCK curve: percent of keypoints with error <= threshold over a range of thresholds, one line per
// model (the report draws one, the Inspect page's compare view two). Plain values only.

#include "qcustomplot_include.h"

#include <QColor>
#include <QString>
#include <QVector>

namespace kps {

class PckCurvePlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit PckCurvePlot(QWidget* parent = nullptr);

    void clearCurves();
    // thresholds (px) and percent (0..100) of equal length; an invalid colour picks the next one.
    void addCurve(const QString& name, const QVector<double>& thresholds,
                  const QVector<double>& percent, const QColor& colour = QColor());
    void setUnitLabel(const QString& unit); // x axis: "Threshold (%1)"

    // Percent of errors <= t for each t (100 * count / size; 0 for no errors).
    static QVector<double> pckCurve(QVector<double> errors, const QVector<double>& thresholds);
    // 0, step, 2*step, ..., maxThreshold.
    static QVector<double> thresholdRange(double maxThreshold, double step);
};

} // namespace kps
