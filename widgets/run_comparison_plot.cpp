#include "run_comparison_plot.h"

namespace kps {

namespace {
const QColor kPalette[] = {QColor(31, 119, 180),  QColor(255, 127, 14),  QColor(44, 160, 44),
                           QColor(214, 39, 40),   QColor(148, 103, 189), QColor(140, 86, 75),
                           QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34),
                           QColor(23, 190, 207)};
constexpr int kPaletteSize = sizeof kPalette / sizeof kPalette[0];
} // namespace

RunComparisonPlot::RunComparisonPlot(QWidget* parent) : QCustomPlot(parent)
{
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), 8));
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
}

void RunComparisonPlot::clearRuns()
{
    clearGraphs();
    replot();
}

void RunComparisonPlot::addRun(const QString& name, const QVector<double>& x,
                               const QVector<double>& y)
{
    QCPGraph* graph = addGraph();
    graph->setName(name);
    const int index = graphCount() - 1;
    QPen pen(kPalette[index % kPaletteSize], 2);
    // Past the palette, the same colours again dashed: still one look per run.
    if (index >= kPaletteSize)
        pen.setStyle(Qt::DashLine);
    graph->setPen(pen);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 3));
    graph->setData(x, y, true);
    rescale();
}

void RunComparisonPlot::setAxisLabels(const QString& x, const QString& y)
{
    xAxis->setLabel(x);
    yAxis->setLabel(y);
    replot();
}

void RunComparisonPlot::setValueRange(double lower, double upper)
{
    m_fixedValueRange = true;
    yAxis->setRange(lower, upper);
    replot();
}

void RunComparisonPlot::setLegendCorner(Qt::Alignment corner)
{
    axisRect()->insetLayout()->setInsetAlignment(0, corner);
    replot();
}

bool RunComparisonPlot::savePicture(const QString& path, int width, int height)
{
    return savePng(path, width, height, 2.0);
}

void RunComparisonPlot::rescale()
{
    xAxis->rescale();
    if (!m_fixedValueRange)
        yAxis->rescale();
    replot();
}

} // namespace kps
