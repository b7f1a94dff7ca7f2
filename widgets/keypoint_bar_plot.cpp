#include "keypoint_bar_plot.h"

#include <algorithm>
#include <cmath>

namespace kps {

KeypointBarPlot::KeypointBarPlot(QWidget* parent)
    : QCustomPlot(parent), m_bars(new QCPBars(xAxis, yAxis))
{
    m_bars->setWidth(0.7);
    xAxis->setLabel(tr("Keypoint"));
}

void KeypointBarPlot::setValues(const QVector<double>& values, const QString& valueLabel,
                                double yMax, const QColor& colour)
{
    QVector<double> keys, shown;
    double top = 0;
    for (int i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            continue;
        keys.append(i);
        shown.append(values[i]);
        top = std::max(top, values[i]);
    }
    m_bars->setPen(QPen(colour.darker(120)));
    m_bars->setBrush(QColor(colour.red(), colour.green(), colour.blue(), 180));
    m_bars->setData(keys, shown, true);

    // Integer ticks at every index (or every n-th when there are many).
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(values.size() > 30 ? 5.0 : 1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    xAxis->setTicker(ticker);
    xAxis->setRange(-0.6, std::max(0, int(values.size()) - 1) + 0.6);
    yAxis->setLabel(valueLabel);
    yAxis->setRange(0, yMax > 0 ? yMax : std::max(1e-6, top * 1.1));
    replot();
}

} // namespace kps
