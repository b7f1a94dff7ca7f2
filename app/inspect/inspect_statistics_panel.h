#pragma once
// InspectStatisticsPanel is the Inspect page's "Statistics" dock: the summary table (the numbers
// of evaluation_summary.json in IMG and original pixels), the plots drawn from
// EvaluationPlotData (as the report draws them: PCK curve, histogram, per keypoint, error
// against heatmap peak) and the pose check. A click on a pose-check row shows that image.
//
// Threads: UI thread only.

#include <QTabWidget>

class QLabel;
class QTableWidget;

namespace kps {

class ErrorHistogramPlot;
class ErrorScatterPlot;
class InspectController;
class KeypointBarPlot;
class PckCurvePlot;

class InspectStatisticsPanel : public QTabWidget
{
    Q_OBJECT

public:
    // Role of the summary table's first column: the dotted JSON key of the row
    // ("euclidean_mean", "pck_percent.5"); columns 1 / 2 hold IMG / original values under
    // Qt::UserRole (exact doubles).
    static constexpr int kSummaryKeyRole = Qt::UserRole + 2;

    InspectStatisticsPanel(InspectController* controller, QWidget* parent = nullptr);

    QTableWidget* summaryTable() const { return m_summaryTable; }
    QLabel* poseSummaryLabel() const { return m_poseLabel; }
    QTableWidget* poseTable() const { return m_poseTable; }
    PckCurvePlot* pckPlot() const { return m_pckPlot; }
    ErrorHistogramPlot* histogramPlot() const { return m_histogramPlot; }
    KeypointBarPlot* keypointErrorPlot() const { return m_keypointErrorPlot; }
    KeypointBarPlot* keypointPckPlot() const { return m_keypointPckPlot; }
    ErrorScatterPlot* scatterPlot() const { return m_scatterPlot; }

private:
    void fill();
    void fillSummary();
    void fillPlots();
    void fillPoseCheck();

    InspectController* m_controller;
    QTableWidget* m_summaryTable = nullptr;
    QLabel* m_poseLabel = nullptr;
    PckCurvePlot* m_pckPlot = nullptr;
    ErrorHistogramPlot* m_histogramPlot = nullptr;
    KeypointBarPlot* m_keypointErrorPlot = nullptr;
    KeypointBarPlot* m_keypointPckPlot = nullptr;
    ErrorScatterPlot* m_scatterPlot = nullptr;
    QTableWidget* m_poseTable = nullptr;
};

} // namespace kps
