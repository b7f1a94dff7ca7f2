#pragma once
// InspectKeypointPanel is the Inspect page's "Keypoints" dock: one row per keypoint of the shown
// image (ground truth and prediction in original pixels, errors, heatmap peak and spread). A
// click selects the keypoint in the InspectController; the selection shows as the current row.
//
// Threads: UI thread only.

#include <QTableView>

namespace kps {

class InspectController;
class PredictionKeypointTableModel;

class InspectKeypointPanel : public QTableView
{
    Q_OBJECT

public:
    InspectKeypointPanel(InspectController* controller, QWidget* parent = nullptr);

    PredictionKeypointTableModel* tableModel() const { return m_model; }

    // The Inspect page's table look: whole rows, single selection, read-only, compact rows.
    static void setUpTable(QTableView* view);

private:
    void fill();

    InspectController* m_controller;
    PredictionKeypointTableModel* m_model = nullptr;
};

} // namespace kps
