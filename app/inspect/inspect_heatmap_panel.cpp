#include "inspect_heatmap_panel.h"

#include "heatmap_target.h"
#include "inspect_controller.h"

#include <QSignalBlocker>

namespace kps {

InspectHeatmapPanel::InspectHeatmapPanel(InspectController* controller, QWidget* parent)
    : HeatmapGridView(parent), m_controller(controller)
{
    connect(m_controller, &InspectController::imageChanged, this, &InspectHeatmapPanel::fill);
    connect(m_controller, &InspectController::selectedKeypointChanged, this, [this](int keypoint) {
        if (keypoint < 0)
            return;
        setSelectedKeypoint(keypoint);
        setMode(HeatmapGridView::Mode::Single);
    });
    connect(this, &HeatmapGridView::keypointSelected, m_controller,
            &InspectController::selectKeypoint);
}

void InspectHeatmapPanel::fill()
{
    const InspectionDataPtr data = m_controller->inspection();
    const InspectedImage& image = data->images[std::size_t(m_controller->imageIndex())];
    const std::vector<float>& heatmaps = m_controller->heatmaps();
    const int k = data->keypointCount();
    const int heat = data->heatmapSize();
    HeatmapSet set;
    if (!heatmaps.empty()) {
        set.keypoints = k;
        set.size = heat;
        set.prediction = QVector<float>(heatmaps.begin(), heatmaps.end());
        if (image.hasGroundTruth) {
            const std::vector<float> target =
                heatmapTarget(image.groundTruth, heat, data->modelConfig.preprocess.sigma);
            set.target = QVector<float>(target.begin(), target.end());
        }
        for (int c = 0; c < k; ++c) {
            set.predictedPoints.append(QPointF(image.predicted[2 * c], image.predicted[2 * c + 1]));
            set.targetPoints.append(
                QPointF(image.groundTruth[2 * c], image.groundTruth[2 * c + 1]));
        }
    }
    setHeatmaps(set);
    setOverlayImage(m_controller->cropImage(m_controller->originalImage()));
    if (m_controller->selectedKeypoint() >= 0) {
        const QSignalBlocker blocker(this); // showing the selection is no new selection
        setSelectedKeypoint(m_controller->selectedKeypoint());
    }
}

} // namespace kps
