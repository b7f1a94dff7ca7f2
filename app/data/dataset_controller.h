#pragma once
// DatasetController is the Data mode's state and work, without widgets: the open dataset (scanned
// off the UI thread by DatasetScanWorker), its samples and problems (the models the panels show),
// the selected sample and the one on screen (loaded by SampleLoader), the AnnotationDocument of
// that image and its save, the unsaved-changes question before edits would be lost, the demo
// dataset job, and the "Correct this" hand-off from Inspect (applied once its image is loaded).
// State lives in plain members; DataPage and the window reflect it through the signals below, and
// tests drive it directly.
//
// Threads: UI thread only (it owns the workers, which hand their results back there). Failure:
// a scan failure is reported by datasetFailed, an unreadable image or annotation by the shown
// sample's errors (the document is then null: nothing unreadable is ever overwritten), a failed
// save by saveFailed.

#include "demo_dataset_job.h"
#include "sample_loader.h"

#include <QMessageBox>
#include <QObject>
#include <QPair>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace kps {

class AnnotationDocument;
class DatasetScanWorker;
class ProblemTableModel;
class SampleTableModel;
class ThumbnailCache;
struct DatasetIndex;

class DatasetController : public QObject
{
    Q_OBJECT

public:
    explicit DatasetController(QObject* parent = nullptr);
    ~DatasetController() override;

    // ---- Dataset
    // Starts scanning `path` (asynchronous: datasetOpened or datasetFailed follow). Asks first
    // when unsaved edits would be lost; returns false when the user keeps them.
    bool openDataset(const QString& path);
    // Opens the dataset used last time, if it still exists; returns whether one was opened.
    bool openLastDataset();
    // Opens the built-in demo dataset, generating it first (demoStarted, then demoFinished).
    void openDemoDataset();
    // Where the demo dataset lives and what it contains (tests use a small one in a temp dir).
    void setDemoDataset(const QString& dir, const DemoDatasetSettings& settings);
    QString demoDirectory() const { return m_demoDir; }
    DemoDatasetJob* demoJob() const { return m_demoJob; }
    // Stops a running demo job (the window closes, or its progress dialog's Cancel).
    void cancelDemo();

    QString datasetPath() const { return m_datasetPath; }
    bool isScanning() const { return m_scanning; }
    QString scanError() const { return m_scanError; } // empty unless the last scan failed
    int keypointCount() const { return m_keypointCount; }
    int annotatedCount() const;
    // The mesh's wireframe as keypoint index pairs (empty without a mesh).
    QVector<QPair<int, int>> edges() const { return m_edges; }
    SampleTableModel* sampleModel() const { return m_sampleModel; }
    ProblemTableModel* problemModel() const { return m_problemModel; }
    ThumbnailCache* thumbnailCache() const { return m_thumbnails; }

    // Recently opened datasets (QSettings "datasets/recent"), newest first.
    static QStringList recentDatasets();
    void clearRecentDatasets();

    // ---- Selection
    // Selects the sample at `row` of the sample model and loads it; false when `row` is out of
    // range or the user kept unsaved edits of the shown image (the selection then stays).
    bool selectSample(int row);
    // The selected sample, -1 when none.
    int currentSample() const { return m_currentRow; }
    // The sample on screen: its row, stem and what was loaded (valid once sampleShown came).
    int shownRow() const { return m_shownRow; }
    QString shownStem() const { return m_shownStem; }
    const LoadedSample& shownSample() const { return m_shown; }
    // Why the shown sample is incomplete (missing image, unreadable files), readable.
    QStringList shownSampleErrors() const { return m_shownErrors; }

    // ---- Editing
    // The annotation of the image on screen (null while none is shown or its annotation file is
    // unreadable); it belongs to that image's stem only.
    AnnotationDocument* document() const { return m_document; }
    // Edits from the view: they reach the document only when it is the one of the stem on
    // screen; false when nothing changed.
    bool moveKeypoint(int index, const QPointF& pixel);
    bool placeKeypoint(int index, const QPointF& pixel);
    // Saves the shown annotation; false (and saveFailed) when it could not be written.
    bool saveAnnotation();

    // Asked when unsaved edits would be lost (switching image, opening a dataset, quitting);
    // answers Save, Discard or Cancel. DataPage installs a QMessageBox; tests install their own.
    // Without one the answer is Cancel: edits are never dropped unasked.
    using UnsavedChangesPrompt = std::function<QMessageBox::StandardButton(const QString& stem)>;
    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt);
    // Runs the prompt when there are unsaved edits; true when it is fine to move on.
    bool maybeSaveChanges();

    // "Correct this" from Inspect: the predicted keypoints of `stem` (original image pixels)
    // become one undoable edit of its annotation, now if it is shown, else once it is loaded
    // (the sample is selected). False when `stem` is not in the dataset.
    bool applyCorrection(const QString& stem, const QVector<QPointF>& pixels,
                         const QVector<bool>& visible);

Q_SIGNALS:
    void scanStarted(const QString& root);
    void scanProgress(int done, int total);
    void datasetOpened(const QString& path, int sampleCount);
    void datasetFailed(const QString& path, const QString& message);
    // Any change of the dataset state (opening, scan state, counts after a save).
    void datasetChanged();
    void recentDatasetsChanged();
    // The selection moved to `row` (also when a cancelled switch puts it back).
    void currentSampleChanged(int row);
    // The shown image is gone (another one is loading, or the dataset closed).
    void sampleCleared();
    // The sample at `row` is loaded: shownSample(), shownSampleErrors() and document() hold it.
    // A pending "Correct this" for it is applied right after (correctionApplied).
    void sampleShown(int row);
    // The document was replaced (null: nothing editable).
    void documentChanged(kps::AnnotationDocument* document);
    // The document's content changed (an edit, undo or redo).
    void documentEdited();
    void modifiedChanged(bool modified);
    void saved(const QString& file);
    void saveFailed(const QString& message);
    void demoStarted(int imageCount);
    // ok: the demo opens now; otherwise `error` says why (empty when cancelled).
    void demoFinished(bool ok, const QString& error);
    void correctionApplied(const QString& stem);
    void correctionRefused(const QString& stem);

private:
    struct PendingCorrection
    {
        QString stem;
        QVector<QPointF> pixels;
        QVector<bool> visible;
    };

    void showSample(int row);
    void onScanFinished(const DatasetIndex& index);
    void onScanFailed(const QString& root, const QString& message);
    void onSampleLoaded(const LoadedSample& sample);
    void onDemoFinished(bool ok, const QString& dir, const QString& error);
    void setDocument(AnnotationDocument* document);
    void applyPendingCorrection();
    void addRecentDataset(const QString& path);
    bool editable() const;

    DatasetScanWorker* m_scanWorker = nullptr;
    SampleLoader* m_loader = nullptr;
    DemoDatasetJob* m_demoJob = nullptr;
    SampleTableModel* m_sampleModel = nullptr;
    ProblemTableModel* m_problemModel = nullptr;
    ThumbnailCache* m_thumbnails = nullptr;
    QString m_demoDir;
    DemoDatasetSettings m_demoSettings;

    QString m_datasetPath;
    QString m_scanError;
    bool m_scanning = false;
    int m_keypointCount = 0;
    QVector<QPair<int, int>> m_edges;
    int m_currentRow = -1;
    int m_shownRow = -1;  // the row being loaded or shown
    QString m_shownStem;  // set when its load arrives
    LoadedSample m_shown; // what that load brought
    QStringList m_shownErrors;
    AnnotationDocument* m_document = nullptr;
    UnsavedChangesPrompt m_unsavedPrompt;
    std::optional<PendingCorrection> m_pendingCorrection;
};

} // namespace kps
