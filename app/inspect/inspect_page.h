#pragma once
// InspectPage is the Inspect mode of the main window: pick a model (a run's best.pt or any
// weights file) and a dataset / split, run it off the UI thread into a cache next to the model
// (InspectionWorker), then browse where the model is wrong: the image (original or model crop)
// with ground truth x, prediction o, error vectors and uncertainty ellipses; the per-keypoint
// table; the heatmaps; statistics and plots; the image x keypoint error grid; a comparison with a
// second model; pose check; report export. Embedded as a widget (Qt::Widget); its docks persist
// in QSettings group "inspect".
//
// The page lays out and wires: InspectController holds the state and the workers, and each dock
// is its own class (InspectRunPanel, InspectKeypointPanel, InspectHeatmapPanel,
// InspectStatisticsPanel, InspectErrorsPanel, InspectComparePanel) around the central
// InspectImagePanel. Threads: UI thread only.

#include "inspect_controller.h"
#include "mode_page.h"

#include <QMainWindow>
#include <QPointF>
#include <QString>
#include <QVector>

namespace kps {

class InspectComparePanel;
class InspectErrorsPanel;
class InspectHeatmapPanel;
class InspectImagePanel;
class InspectKeypointPanel;
class InspectRunPanel;
class InspectStatisticsPanel;
class KeypointImageView;
class PredictionOverlay;

class InspectPage : public QMainWindow, public ModePage
{
    Q_OBJECT

public:
    explicit InspectPage(QWidget* parent = nullptr);
    ~InspectPage() override;

    // The Inspect mode's state and workers (tests drive it).
    InspectController* controller() const { return m_controller; }

    void setDatasetPath(const QString& path);
    QString datasetPath() const;
    // A run directory means its best.pt.
    void setModelPath(const QString& weightsOrRunDir);
    QString modelPath() const; // the weights file
    // Shows an image of the current inspection (shared selection between modes); false when the
    // stem is not in it. Remembered and shown once an inspection arrives.
    bool showImage(const QString& stem);
    QString currentStem() const;
    // Loads the cache of the chosen model / dataset / split, or runs the model when there is
    // none (forceRun: always run). Returns false (with a status message) when inputs are missing.
    bool runInspection(bool forceRun = false);
    void saveSettings() const override;
    void restoreSettings() override;
    QMainWindow* pageWidget() override { return this; }

    // Writes the report folder (EvaluationReportWriter) with a progress dialog; false with
    // *error on failure.
    bool exportReport(const QString& dir, QString* error = nullptr);

    // The panels, for tests and the screenshot tour.
    InspectImagePanel* imagePanel() const { return m_imagePanel; }
    KeypointImageView* imageView() const;
    PredictionOverlay* predictionOverlay() const;
    InspectRunPanel* runPanel() const { return m_runPanel; }
    InspectKeypointPanel* keypointPanel() const { return m_keypointPanel; }
    InspectHeatmapPanel* heatmapPanel() const { return m_heatmapPanel; }
    InspectStatisticsPanel* statisticsPanel() const { return m_statisticsPanel; }
    InspectErrorsPanel* errorsPanel() const { return m_errorsPanel; }
    InspectComparePanel* comparePanel() const { return m_comparePanel; }

Q_SIGNALS:
    void imageSelected(const QString& stem);
    void statusMessage(const QString& text, int timeoutMs);
    // Predicted positions in ORIGINAL image pixels per keypoint, and whether each is predicted
    // visible (heatmap peak >= 0.5 and inside the image).
    void correctionRequested(const QString& stem, const QVector<QPointF>& originalPixels,
                             const QVector<bool>& visible);
    // An inspection (cache or run) finished loading and is shown.
    void inspectionReady();

private:
    QDockWidget* addDock(const QString& title, const char* objectName, QWidget* panel,
                         Qt::DockWidgetArea area);

    InspectController* m_controller = nullptr;
    InspectImagePanel* m_imagePanel = nullptr;
    InspectRunPanel* m_runPanel = nullptr;
    InspectKeypointPanel* m_keypointPanel = nullptr;
    InspectHeatmapPanel* m_heatmapPanel = nullptr;
    InspectStatisticsPanel* m_statisticsPanel = nullptr;
    InspectErrorsPanel* m_errorsPanel = nullptr;
    InspectComparePanel* m_comparePanel = nullptr;
};

} // namespace kps
