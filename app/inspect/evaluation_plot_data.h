#pragma once
// EvaluationPlotData: the numbers behind the evaluation plots (PCK curve, error histogram, mean
// error and PCK per keypoint, error against heatmap peak), made once from an evaluation. The
// Inspect page's Statistics panel and EvaluationReportWriter both draw from it, so the page and
// the report show the same curve and the same per-keypoint bars for the same data.
//
// Plain values; any thread.

#include "evaluation_metrics.h"

#include <QVector>

#include <vector>

namespace kps {

struct EvaluationPlotData
{
    // Per-keypoint PCK threshold: the seed's 2 px, its first and strictest pck_percent key. It is
    // what the report's tables and captions name ("PCK@2") and the summary's first PCK row, so a
    // user reads the page's bars and the report's column as the same number. (The page used to
    // show PCK@5 here and the report PCK@2.)
    static constexpr double kKeypointPckThreshold = 2.0;
    // The PCK curve from 0 to 20 px in 0.25 px steps: fine enough to read between the summary's
    // thresholds, and it passes exactly through each of them (2, 5, 10, 15, 20). (The report used
    // to draw 0.5 px steps.)
    static constexpr double kCurveMaxThreshold = 20.0;
    static constexpr double kCurveStep = 0.25;
    static constexpr int kHistogramBins = 40;

    // Every visible keypoint, in result order.
    QVector<double> errors;           // IMG px
    QVector<double> errorsOriginal;   // original-image px
    QVector<double> peaks;            // heatmap peak
    QVector<double> curveThresholds;  // px
    QVector<double> pckCurve;         // percent <= each threshold, IMG px
    QVector<double> pckCurveOriginal; // ... original px
    // Indexed by keypoint (K entries); NaN for a keypoint that is never visible.
    QVector<double> keypointMeanError; // IMG px
    QVector<double> keypointPck;       // percent <= kKeypointPckThreshold IMG px

    static EvaluationPlotData build(const EvaluationSummary& summary,
                                    const std::vector<KeypointResult>& results);
};

} // namespace kps
