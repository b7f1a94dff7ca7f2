#pragma once
// InspectController holds the state of the Inspect mode as plain members, with no widgets: the
// model, dataset, split and comparison model chosen; the InspectionWorker jobs of model A and
// model B and the inspections they produced; the image shown (and its heatmaps), the selected
// keypoint, the view space and the display options. It emits what changed; InspectPage and its
// panels reflect it, and tests drive it directly.
//
// Threads: UI thread only (the workers hand their results back to it there).

#include "inspection_images.h"
#include "inspection_worker.h"
#include "model_comparison.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <QVector>

#include <vector>

namespace kps {

struct EvaluationReportInput;

class InspectController : public QObject
{
    Q_OBJECT

public:
    enum class ViewSpace
    {
        Original, // the original image, ground truth / predictions in original pixels
        Crop      // the model's IMG x IMG input crop
    };
    // Display options of the image (persisted by the page).
    struct Options
    {
        bool showErrorVectors = true;
        bool showEllipses = true;
        bool showHeatmapOverlay = false;
        int overlayOpacity = 50; // percent
    };
    // A predicted keypoint counts as visible from this heatmap peak on.
    static constexpr double kVisibilityThreshold = 0.5;

    explicit InspectController(QObject* parent = nullptr);
    ~InspectController() override;

    // Inputs. A complete cache of the chosen model / dataset / split loads at once (off-thread).
    void setDatasetPath(const QString& path);
    QString datasetPath() const { return m_datasetPath; }
    // A run directory means its best.pt.
    void setModelPath(const QString& weightsOrRunDir);
    QString modelPath() const { return m_modelPath; } // the weights file
    void setSplit(const QString& split);              // "all" or "val"
    QString split() const { return m_split; }
    // Whether the model has a split.json beside it (the "val" choice needs one).
    bool hasSplitFile() const;
    // Sets model, dataset and split at once (restored settings), then loads a complete cache.
    void restoreInputs(const QString& model, const QString& dataset, const QString& split);

    // Loads the cache of the chosen model / dataset / split, or runs the model when there is
    // none (forceRun: always run). Returns false (with a status message) when inputs are missing.
    bool runInspection(bool forceRun = false);
    void cancelInspection();
    bool isInspectionRunning() const { return m_worker->isRunning(); }
    InspectionDataPtr inspection() const { return m_data; }
    QString runStatus() const { return m_runStatus; }
    // The status line of the run panel (also for what the page does: "Report written: …").
    void setRunStatus(const QString& text);

    void setComparisonModelPath(const QString& weightsOrRunDir);
    QString comparisonModelPath() const { return m_comparisonModelPath; }
    bool runComparison();
    bool isComparisonRunning() const { return m_compareWorker->isRunning(); }
    InspectionDataPtr comparison() const { return m_compareData; }
    QString comparisonStatus() const { return m_comparisonStatus; }
    // B against A (deltas B - A); empty until both inspections are there.
    const ModelComparison& comparisonResult() const { return m_comparisonResult; }

    // Shows an image of the current inspection (shared selection between modes); false when the
    // stem is not in it. Remembered and shown once an inspection arrives.
    bool showImage(const QString& stem);
    bool showNextImage();
    bool showPreviousImage();
    QString currentStem() const { return m_currentStem; }
    int imageIndex() const { return m_imageIndex; } // -1 when none is shown
    // The shown image's K x HEAT x HEAT heatmaps (empty when they could not be read).
    const std::vector<float>& heatmaps() const { return m_heatmaps; }

    void selectKeypoint(int keypoint);
    int selectedKeypoint() const { return m_selectedKeypoint; }
    void setViewSpace(ViewSpace space);
    ViewSpace viewSpace() const { return m_viewSpace; }
    const Options& options() const { return m_options; }
    void setOptions(const Options& options);

    // Scene point (KeypointImageView) of a normalised model coordinate of the shown image, in
    // the current view space.
    QPointF sceneOfNormalised(QPointF normalised) const;
    // The shown image's original picture (grey canvas when missing) and model crop.
    QImage originalImage();
    QImage cropImage(const QImage& original) const;

    // "Correct this": emits correctionRequested for the shown image.
    void requestCorrection();
    // What EvaluationReportWriter needs for the current inspection; false when there is none.
    bool reportInput(EvaluationReportInput* input) const;

    InspectionWorker* worker() const { return m_worker; }
    InspectionWorker* comparisonWorker() const { return m_compareWorker; }

Q_SIGNALS:
    void datasetPathChanged(const QString& path);
    void modelPathChanged(const QString& weightsFile);
    void splitChanged(const QString& split);
    void comparisonModelPathChanged(const QString& weightsFile);
    void runningChanged(bool running);
    // done of total images; total 0 while busy without a count.
    void progressChanged(int done, int total);
    void runStatusChanged(const QString& text);
    void comparisonRunningChanged(bool running);
    void comparisonStatusChanged(const QString& text);
    // A new inspection is loaded (before its first image is shown).
    void inspectionChanged();
    // Both inspections are there (or model B changed): the comparison tables can fill.
    void comparisonChanged();
    // The shown image (index, heatmaps) or the view space changed.
    void imageChanged();
    void selectedKeypointChanged(int keypoint);
    void viewSpaceChanged(kps::InspectController::ViewSpace space);
    void optionsChanged();

    void imageSelected(const QString& stem);
    void statusMessage(const QString& text, int timeoutMs);
    // Predicted positions in ORIGINAL image pixels per keypoint, and whether each is predicted
    // visible (heatmap peak >= 0.5 and inside the image).
    void correctionRequested(const QString& stem, const QVector<QPointF>& originalPixels,
                             const QVector<bool>& visible);
    // An inspection (cache or run) finished loading and is shown.
    void inspectionReady();
    void comparisonReady();

private:
    InspectionRequest request(const QString& weights) const;
    void loadCompleteCache();
    void setComparisonStatus(const QString& text);
    void onInspectionFinished(InspectionDataPtr data, bool fromCache);
    void onComparisonFinished(InspectionDataPtr data);
    void updateComparison();
    void showImageIndex(int index);

    InspectionWorker* m_worker = nullptr;
    InspectionWorker* m_compareWorker = nullptr;
    InspectionImages m_images;
    QString m_modelPath;
    QString m_datasetPath;
    QString m_split = QStringLiteral("all");
    QString m_comparisonModelPath;
    InspectionDataPtr m_data;
    InspectionDataPtr m_compareData;
    ModelComparison m_comparisonResult;
    QString m_runStatus;
    QString m_comparisonStatus;
    QString m_currentStem;
    int m_imageIndex = -1;
    int m_selectedKeypoint = -1;
    bool m_selectingKeypoint = false; // views echo a selection back: ignore the echo
    std::vector<float> m_heatmaps;
    ViewSpace m_viewSpace = ViewSpace::Original;
    Options m_options;
};

} // namespace kps

Q_DECLARE_METATYPE(kps::InspectController::ViewSpace)
