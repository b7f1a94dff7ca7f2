#include "evaluation_plot_data.h"

#include "pck_curve_plot.h"

#include <algorithm>
#include <cmath>

namespace kps {

EvaluationPlotData EvaluationPlotData::build(const EvaluationSummary& summary,
                                             const std::vector<KeypointResult>& results)
{
    EvaluationPlotData data;
    const int k = std::max(0, summary.keypointCount);
    std::vector<QVector<double>> perKeypoint(static_cast<std::size_t>(k));
    for (const KeypointResult& r : results) {
        if (!r.record.visible)
            continue;
        data.errors.append(r.error);
        data.errorsOriginal.append(r.errorOriginal);
        data.peaks.append(r.record.heatmapPeak);
        if (r.record.keypoint >= 0 && r.record.keypoint < k)
            perKeypoint[static_cast<std::size_t>(r.record.keypoint)].append(r.error);
    }
    data.curveThresholds = PckCurvePlot::thresholdRange(kCurveMaxThreshold, kCurveStep);
    data.pckCurve = PckCurvePlot::pckCurve(data.errors, data.curveThresholds);
    data.pckCurveOriginal = PckCurvePlot::pckCurve(data.errorsOriginal, data.curveThresholds);

    data.keypointMeanError = QVector<double>(k, std::nan(""));
    data.keypointPck = QVector<double>(k, std::nan(""));
    for (const KeypointIndexStatistics& s : summary.perKeypoint)
        if (s.keypoint >= 0 && s.keypoint < k && s.count > 0)
            data.keypointMeanError[s.keypoint] = s.mean;
    for (int i = 0; i < k; ++i)
        if (!perKeypoint[static_cast<std::size_t>(i)].isEmpty())
            data.keypointPck[i] = PckCurvePlot::pckCurve(perKeypoint[static_cast<std::size_t>(i)],
                                                         {kKeypointPckThreshold})
                                      .front();
    return data;
}

} // namespace kps
