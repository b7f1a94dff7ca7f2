#pragma once
// InspectHeatmapPanel is the Inspect page's "Heatmap" dock: the widgets' HeatmapGridView fed with
// the shown image's predicted heatmaps (from the cache), the targets made from its labels as in
// training, and the model's crop under them. Selecting a keypoint here or elsewhere is the
// InspectController's selection; a selection made elsewhere opens that keypoint large.
//
// Threads: UI thread only.

#include "heatmap_grid_view.h"

namespace kps {

class InspectController;

class InspectHeatmapPanel : public HeatmapGridView
{
    Q_OBJECT

public:
    InspectHeatmapPanel(InspectController* controller, QWidget* parent = nullptr);

private:
    void fill();

    InspectController* m_controller;
};

} // namespace kps
