// The report's plot widgets: the values they derive (PCK curve, histogram bins) and that each
// renders offscreen into a non-blank image of the requested size.
#include "error_histogram_plot.h"
#include "error_scatter_plot.h"
#include "keypoint_bar_plot.h"
#include "pck_curve_plot.h"

#include <QImage>
#include <QtTest>

#include <cmath>

using namespace kps;

namespace {

// Pixels that differ from the plot background (white): drawn content.
int inkPixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) != qRgb(255, 255, 255);
    return n;
}

} // namespace

class TestReportPlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pckCurveValues()
    {
        const QVector<double> errors{0.5, 1.0, 2.0, 3.0, std::nan(""), 10.0};
        const QVector<double> t = PckCurvePlot::thresholdRange(4.0, 1.0);
        QCOMPARE(t, (QVector<double>{0, 1, 2, 3, 4}));
        // NaN ignored: 5 errors; e <= t inclusive.
        QCOMPARE(PckCurvePlot::pckCurve(errors, t), (QVector<double>{0, 40, 60, 80, 80}));
        QCOMPARE(PckCurvePlot::pckCurve({}, t), (QVector<double>{0, 0, 0, 0, 0}));
        QCOMPARE(PckCurvePlot::thresholdRange(20.0, 0.5).size(), 41);
    }

    void histogramBins()
    {
        const QVector<double> errors{0.0, 0.9, 1.0, 3.99, 4.0, 100.0, std::nan("")};
        // [0,1) [1,2) [2,3) [3,4]; 4.0 and 100 go to the last bin.
        QCOMPARE(ErrorHistogramPlot::binCounts(errors, 4, 4.0), (QVector<double>{2, 1, 0, 3}));
    }

    void plotsRender()
    {
        PckCurvePlot pck;
        const QVector<double> t = PckCurvePlot::thresholdRange(20, 1);
        pck.addCurve(QStringLiteral("A"), t, PckCurvePlot::pckCurve({1, 2, 5, 8}, t));
        ErrorHistogramPlot histogram;
        histogram.setErrors({1, 2, 2, 3, 7}, 10);
        KeypointBarPlot bars;
        bars.setValues({1.0, std::nan(""), 3.0}, QStringLiteral("mean"));
        ErrorScatterPlot scatter;
        scatter.setPoints({0.2, 0.9}, {5, 1}, QStringLiteral("peak"), QStringLiteral("error"), 0,
                          1);
        for (QCustomPlot* plot :
             std::initializer_list<QCustomPlot*>{&pck, &histogram, &bars, &scatter}) {
            const QImage image = plot->toPixmap(300, 200).toImage();
            QCOMPARE(image.size(), QSize(300, 200));
            QVERIFY(inkPixels(image) > 1000);
        }
        QCOMPARE(bars.plottableCount(), 1);
        // The NaN keypoint draws no bar: two data points.
        QCOMPARE(static_cast<QCPBars*>(bars.plottable(0))->data()->size(), 2);
        QCOMPARE(histogram.yAxis->range().upper >= 2.0, true);
    }
};

QTEST_MAIN(TestReportPlots)
#include "test_widgets_report_plots.moc"
