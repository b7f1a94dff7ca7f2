#pragma once
// One bar per keypoint index (mean error, PCK, heatmap peak, ...): x = index 0..K-1. Undefined
// values (NaN: the keypoint was never visible) draw no bar. Plain values only.

#include "qcustomplot_include.h"

#include <QColor>
#include <QString>
#include <QVector>

namespace kps {

class KeypointBarPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit KeypointBarPlot(QWidget* parent = nullptr);

    // yMax <= 0: from the data.
    void setValues(const QVector<double>& values, const QString& valueLabel, double yMax = 0.0,
                   const QColor& colour = QColor(31, 119, 180));

private:
    QCPBars* m_bars;
};

} // namespace kps
