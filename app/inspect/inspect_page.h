#pragma once
// InspectPage is the Inspect mode of the main window: pick a model (a run's best.pt or any
// weights file) and a dataset / split, run it off the UI thread into a cache next to the model
// (InspectionWorker), then browse where the model is wrong: the image (original or model crop)
// with ground truth x, prediction o, error vectors and uncertainty ellipses; the per-keypoint
// table; the heatmaps; statistics and plots; the image x keypoint error grid; a comparison with a
// second model; pose check; report export. Embedded as a widget (Qt::Widget); its docks persist
// in QSettings group "inspect".

#include "mode_page.h"
#include "inspection_worker.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QMainWindow>
#include <QPointF>
#include <QString>
#include <QVector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGraphicsItem;
class QGraphicsPixmapItem;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QTableView;
class QTableWidget;

namespace kps {

class ErrorHistogramPlot;
class ErrorScatterPlot;
class HeatmapGridView;
class ImageDeltaTableModel;
class ImageErrorFilterProxyModel;
class ImageErrorTableModel;
class KeypointBarPlot;
class KeypointImageView;
class MetricDeltaTableModel;
class NanLastSortProxyModel;
class PckCurvePlot;
class PredictionKeypointTableModel;

class InspectPage : public QMainWindow, public ModePage
{
    Q_OBJECT

public:
    enum class ViewSpace
    {
        Original, // the original image, ground truth / predictions in original pixels
        Crop      // the model's IMG x IMG input crop
    };
    // Role of the summary table's first column: the dotted JSON key of the row
    // ("euclidean_mean", "pck_percent.5"); columns 1 / 2 hold IMG / original values under
    // Qt::UserRole (exact doubles).
    static constexpr int kSummaryKeyRole = Qt::UserRole + 2;

    explicit InspectPage(QWidget* parent = nullptr);
    ~InspectPage() override;

    void setDatasetPath(const QString& path);
    QString datasetPath() const;
    // A run directory means its best.pt.
    void setModelPath(const QString& weightsOrRunDir);
    QString modelPath() const;           // the weights file
    void setSplit(const QString& split); // "all" or "val"
    QString split() const;
    // Shows an image of the current inspection (shared selection between modes); false when the
    // stem is not in it. Remembered and shown once an inspection arrives.
    bool showImage(const QString& stem);
    QString currentStem() const { return m_currentStem; }
    void saveSettings() const override;
    void restoreSettings() override;
    QMainWindow* pageWidget() override { return this; }

    // Loads the cache of the chosen model / dataset / split, or runs the model when there is
    // none (forceRun: always run). Returns false (with a status message) when inputs are missing.
    bool runInspection(bool forceRun = false);
    void cancelInspection();
    bool isInspectionRunning() const;
    InspectionDataPtr inspection() const { return m_data; }

    void setComparisonModelPath(const QString& weightsOrRunDir);
    bool runComparison();
    InspectionDataPtr comparison() const { return m_compareData; }

    // Writes the report folder (EvaluationReportWriter) with a progress dialog; false with
    // *error on failure.
    bool exportReport(const QString& dir, QString* error = nullptr);

    void selectKeypoint(int keypoint);
    int selectedKeypoint() const { return m_selectedKeypoint; }
    void setViewSpace(ViewSpace space);
    ViewSpace viewSpace() const { return m_viewSpace; }
    // "Correct this": emits correctionRequested for the current image.
    void requestCorrection();

    // Accessors for tests and the main window.
    InspectionWorker* worker() const { return m_worker; }
    InspectionWorker* comparisonWorker() const { return m_compareWorker; }
    KeypointImageView* imageView() const { return m_view; }
    HeatmapGridView* heatmapView() const { return m_heatmapView; }
    QTableWidget* summaryTable() const { return m_summaryTable; }
    QTableView* keypointTableView() const { return m_keypointView; }
    PredictionKeypointTableModel* keypointTableModel() const { return m_keypointModel; }
    QTableView* errorTableView() const { return m_errorView; }
    ImageErrorTableModel* errorTableModel() const { return m_errorModel; }
    ImageErrorFilterProxyModel* errorProxyModel() const { return m_errorProxy; }
    QTableView* imageDeltaView() const { return m_imageDeltaView; }
    ImageDeltaTableModel* imageDeltaModel() const { return m_imageDeltaModel; }
    MetricDeltaTableModel* metricDeltaModel() const { return m_metricDeltaModel; }
    PckCurvePlot* pckPlot() const { return m_pckPlot; }
    ErrorHistogramPlot* histogramPlot() const { return m_histogramPlot; }
    KeypointBarPlot* keypointErrorPlot() const { return m_keypointErrorPlot; }
    KeypointBarPlot* keypointPckPlot() const { return m_keypointPckPlot; }
    ErrorScatterPlot* scatterPlot() const { return m_scatterPlot; }
    QLabel* poseSummaryLabel() const { return m_poseLabel; }
    QLabel* imageInfoLabel() const { return m_imageInfo; }
    QProgressBar* progressBar() const { return m_progress; }
    // Overlay items of the image view (prediction o, error vector, ellipse) per keypoint.
    QGraphicsItem* predictionItem(int keypoint) const { return m_predictionItems.value(keypoint); }
    QGraphicsItem* errorVectorItem(int keypoint) const { return m_vectorItems.value(keypoint); }
    QGraphicsItem* ellipseItem(int keypoint) const { return m_ellipseItems.value(keypoint); }

Q_SIGNALS:
    void imageSelected(const QString& stem);
    void statusMessage(const QString& text, int timeoutMs);
    // Predicted positions in ORIGINAL image pixels per keypoint, and whether each is predicted
    // visible (heatmap peak >= 0.5 and inside the image).
    void correctionRequested(const QString& stem, const QVector<QPointF>& originalPixels,
                             const QVector<bool>& visible);
    // An inspection (cache or run) finished loading and is shown.
    void inspectionReady();
    void comparisonReady();

protected:
    // Clicks on the image select the nearest keypoint (prediction or ground truth).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildRunDock();
    void buildKeypointDock();
    void buildHeatmapDock();
    void buildStatisticsDock();
    void buildErrorsDock();
    void buildCompareDock();
    InspectionRequest request(const QString& weights) const;
    void updateSplitChoices();
    void onInspectionFinished(InspectionDataPtr data, bool fromCache);
    void onComparisonFinished(InspectionDataPtr data, bool fromCache);
    void setRunning(bool running);
    void fillStatistics();
    void fillComparison();
    void showImageIndex(int index);
    void updateImageView();
    void updateHeatmapOverlay();
    void clearOverlayItems();
    QImage originalImage(int index);
    void prefetchImage(int index);
    QImage cropImage(int index, const QImage& original) const;
    QPointF sceneOfNormalised(int index, QPointF normalised) const;
    void openFromTable(const QModelIndex& proxyIndex, bool keypointColumn);

    InspectionWorker* m_worker = nullptr;
    InspectionWorker* m_compareWorker = nullptr;
    InspectionDataPtr m_data;
    InspectionDataPtr m_compareData;
    QString m_currentStem;
    int m_imageIndex = -1;
    int m_selectedKeypoint = -1;
    ViewSpace m_viewSpace = ViewSpace::Original;
    std::vector<float> m_heatmaps; // current image, K x HEAT x HEAT
    QCache<QString, QImage> m_imageCache;
    QHash<QString, bool> m_prefetching;
    bool m_selectingKeypoint = false;

    KeypointImageView* m_view = nullptr;
    QComboBox* m_spaceCombo = nullptr;
    QCheckBox* m_showVectors = nullptr;
    QCheckBox* m_showEllipses = nullptr;
    QCheckBox* m_showHeatmapOverlay = nullptr;
    QSlider* m_overlayOpacity = nullptr;
    QPushButton* m_correctButton = nullptr;
    QLabel* m_imageInfo = nullptr;
    QHash<int, QGraphicsItem*> m_predictionItems;
    QHash<int, QGraphicsItem*> m_vectorItems;
    QHash<int, QGraphicsItem*> m_ellipseItems;
    QGraphicsPixmapItem* m_heatmapOverlayItem = nullptr;

    QLineEdit* m_modelEdit = nullptr;
    QLineEdit* m_datasetEdit = nullptr;
    QComboBox* m_splitCombo = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_rerunButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_runStatus = nullptr;

    QTableView* m_keypointView = nullptr;
    PredictionKeypointTableModel* m_keypointModel = nullptr;
    HeatmapGridView* m_heatmapView = nullptr;

    QTableWidget* m_summaryTable = nullptr;
    PckCurvePlot* m_pckPlot = nullptr;
    ErrorHistogramPlot* m_histogramPlot = nullptr;
    KeypointBarPlot* m_keypointErrorPlot = nullptr;
    KeypointBarPlot* m_keypointPckPlot = nullptr;
    ErrorScatterPlot* m_scatterPlot = nullptr;
    QLabel* m_poseLabel = nullptr;

    QTableView* m_errorView = nullptr;
    ImageErrorTableModel* m_errorModel = nullptr;
    ImageErrorFilterProxyModel* m_errorProxy = nullptr;
    QComboBox* m_errorKeypointCombo = nullptr;
    QDoubleSpinBox* m_errorThreshold = nullptr;

    QLineEdit* m_compareEdit = nullptr;
    QPushButton* m_compareButton = nullptr;
    QLabel* m_compareStatus = nullptr;
    QTableView* m_metricDeltaView = nullptr;
    MetricDeltaTableModel* m_metricDeltaModel = nullptr;
    NanLastSortProxyModel* m_metricDeltaProxy = nullptr;
    QTableView* m_imageDeltaView = nullptr;
    ImageDeltaTableModel* m_imageDeltaModel = nullptr;
    NanLastSortProxyModel* m_imageDeltaProxy = nullptr;
};

} // namespace kps
