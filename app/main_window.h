#pragma once
// MainWindow is Keypoint Studio's one window: menus, toolbar, the dataset browser (Images panel
// with lazy thumbnails), the keypoint image view and annotation editor in the centre (Keypoints
// and History panels, one undo stack per image), the Problems panel and the status bar. It owns the
// workers that scan the dataset and load samples off the UI thread and only ever handles their
// value results. A mode bar on the left switches the centre between Data (this editor), Train
// (TrainPage) and Inspect (InspectPage); the Data panels are docks whose layout persists, and the
// other pages keep their own docks. The selected image is shared between Data and Inspect.

#include "demo_dataset_job.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointF>
#include <QPointer>
#include <QVector>

#include <filesystem>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QProgressDialog;
class QSortFilterProxyModel;
class QTableView;
class QActionGroup;
class QStackedWidget;
class QToolBar;
class QUndoGroup;
class QUndoView;

namespace kps {

class AnnotationDocument;
class DatasetScanWorker;
class InspectPage;
class TrainPage;
class KeypointTableModel;
class NewDatasetDialog;
class ExportModelDialog;
class ThumbnailCache;
class KeypointImageView;
class ProblemTableModel;
class SampleFilterProxyModel;
class SampleLoader;
class SampleTableModel;
struct DatasetIndex;
struct LoadedSample;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Mode
    {
        Data,
        Train,
        Inspect
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts scanning `path` (asynchronous: datasetOpened or datasetFailed follow).
    void openDataset(const QString& path);
    // Opens the built-in demo dataset, generating it first (with a progress dialog) if absent.
    void openDemoDataset();
    // Opens the dataset used last time, if it still exists; returns whether one was opened.
    bool openLastDataset();
    QString datasetPath() const { return m_datasetPath; }

    // Where the demo dataset lives and what it contains (tests use a small one in a temp dir).
    void setDemoDataset(const QString& dir, const DemoDatasetSettings& settings);

    // Selects the sample at `sourceRow` of the sample model (clearing filters that hide it).
    bool selectSample(int sourceRow);
    // Source row of the selected sample, -1 when none.
    int currentSample() const;

    // The mode bar: Data (browser and editor), Train, Inspect (Ctrl+1..3).
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    TrainPage* trainPage() const { return m_trainPage; }
    InspectPage* inspectPage() const { return m_inspectPage; }
    // File > Open run…: shows a run directory (curves, heatmap evolution) on the Train page.
    bool openRun(const QString& runDir);

    // "Correct this" from Inspect: the predicted keypoints of `stem` (original image pixels)
    // become an undoable edit of its annotation on the Data page; false when `stem` is unknown.
    bool applyCorrection(const QString& stem, const QVector<QPointF>& pixels,
                         const QVector<bool>& visible);

    KeypointImageView* imageView() const { return m_imageView; }
    QTableView* sampleTable() const { return m_sampleTable; }
    SampleTableModel* sampleModel() const { return m_sampleModel; }
    SampleFilterProxyModel* sampleProxy() const { return m_sampleProxy; }
    ProblemTableModel* problemModel() const { return m_problemModel; }
    QTableView* problemTable() const { return m_problemTable; }
    QLineEdit* filterEdit() const { return m_filterEdit; }

    // Writes geometry, dock layout and view options (also done when the window closes).
    void saveSettings() const;

    // Editing. The document is the annotation of the image on screen (null while none is shown
    // or its annotation file is unreadable); it belongs to that image's stem only.
    AnnotationDocument* document() const { return m_document; }
    KeypointTableModel* keypointModel() const { return m_keypointModel; }
    QTableView* keypointTable() const { return m_keypointTable; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    ThumbnailCache* thumbnailCache() const { return m_thumbnails; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    QAction* saveAction() const { return m_saveAction; }
    // Saves the shown annotation (Ctrl+S); false (and a message) when it could not be written.
    bool saveAnnotation();

    // Asked when unsaved edits would be lost (switching image, opening a dataset, quitting);
    // answers Save, Discard or Cancel. The default shows a QMessageBox; tests install their own.
    using UnsavedChangesPrompt = std::function<QMessageBox::StandardButton(const QString& stem)>;
    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt);
    // Runs the prompt when there are unsaved edits; true when it is fine to move on.
    bool maybeSaveChanges();

    // File > New synthetic dataset… (returns the open dialog, for tests).
    NewDatasetDialog* showNewDatasetDialog();
    // File > Export model… (Train and Inspect modes): the dialog, pre-filled with the model the
    // page shows (Inspect: its model; Train: the shown run's best.pt) and the open dataset.
    ExportModelDialog* showExportModelDialog();
    // The weights file Export model… proposes in the current mode ("" when none).
    QString exportableModelPath() const;
    // Help > Keyboard shortcuts: every action with a shortcut, as (text, shortcut) rows.
    QVector<QPair<QString, QString>> shortcutList() const;

public Q_SLOTS:
    void showNextSample();
    void showPreviousSample();
    void chooseDataset();
    void chooseRun();
    void showShortcuts();
    void toggleSelectedKeypointVisible();
    void deleteSelectedKeypoint();
    // Enters place mode for the selected keypoint if it has no position, else the first missing.
    void placeMissingKeypoint();

Q_SIGNALS:
    void datasetOpened(const QString& path, int sampleCount);
    void datasetFailed(const QString& path, const QString& message);
    // The view now shows the sample at `sourceRow` (image and keypoints loaded).
    void sampleShown(int sourceRow);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void createModeBar();
    QList<QDockWidget*> dataDocks() const; // the Data page's panels
    void connectPages();
    void applyPendingCorrection();
    void retranslateUi();
    void restoreSettings();
    void updateRecentMenu();
    void addRecentDataset(const QString& path);
    void updateDatasetSummary();
    void updateFilterSummary();
    void updatePlaceholder();
    void showSample(int sourceRow);
    void stepSample(int delta);

    void onScanStarted(const QString& root);
    void onScanProgress(int done, int total);
    void onScanFinished(const DatasetIndex& index);
    void onScanFailed(const QString& root, const QString& message);
    void onSampleLoaded(const LoadedSample& sample);
    void onCurrentRowChanged();
    void onProblemActivated(const QModelIndex& proxyIndex);
    void onDemoFinished(bool ok, const QString& dir, const QString& error);
    void setDocument(AnnotationDocument* document);
    void onDocumentChanged();
    void onModifiedChanged(bool modified);
    void updateWindowTitle();
    void updateEditActions();
    int selectedKeypoint() const;

    // Workers
    DatasetScanWorker* m_scanWorker = nullptr;
    SampleLoader* m_loader = nullptr;
    DemoDatasetJob* m_demoJob = nullptr;
    QPointer<QProgressDialog> m_demoProgress;
    QString m_demoDir;
    DemoDatasetSettings m_demoSettings;

    // State
    QString m_datasetPath;
    QString m_scanError;
    bool m_scanning = false;
    int m_keypointCount = 0;
    int m_shownRow = -1;
    QString m_shownStem; // stem of the image the view shows (set when its load arrives)
    bool m_revertingSelection = false;
    AnnotationDocument* m_document = nullptr;
    UnsavedChangesPrompt m_unsavedPrompt;
    QUndoGroup* m_undoGroup = nullptr;
    ThumbnailCache* m_thumbnails = nullptr;
    KeypointTableModel* m_keypointModel = nullptr;
    QTableView* m_keypointTable = nullptr;
    QUndoView* m_undoView = nullptr;
    QDockWidget* m_keypointsDock = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QToolBar* m_toolBar = nullptr;
    QPointer<NewDatasetDialog> m_newDatasetDialog;
    QPointer<ExportModelDialog> m_exportModelDialog;

    // Modes
    Mode m_mode = Mode::Data;
    QStackedWidget* m_pages = nullptr;
    TrainPage* m_trainPage = nullptr;
    InspectPage* m_inspectPage = nullptr;
    QToolBar* m_modeBar = nullptr;
    QActionGroup* m_modeGroup = nullptr;
    QAction* m_dataModeAction = nullptr;
    QAction* m_trainModeAction = nullptr;
    QAction* m_inspectModeAction = nullptr;
    QAction* m_openRunAction = nullptr;
    QList<QDockWidget*> m_hiddenDataDocks; // Data panels hidden while another mode shows
    struct PendingCorrection
    {
        QString stem;
        QVector<QPointF> pixels;
        QVector<bool> visible;
    };
    std::optional<PendingCorrection> m_pendingCorrection;

    // Models and views
    SampleTableModel* m_sampleModel = nullptr;
    SampleFilterProxyModel* m_sampleProxy = nullptr;
    ProblemTableModel* m_problemModel = nullptr;
    QSortFilterProxyModel* m_problemProxy = nullptr;
    KeypointImageView* m_imageView = nullptr;
    QTableView* m_sampleTable = nullptr;
    QTableView* m_problemTable = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QComboBox* m_subsetCombo = nullptr;
    QLabel* m_filterSummary = nullptr;
    QDockWidget* m_samplesDock = nullptr;
    QDockWidget* m_problemsDock = nullptr;

    // Status bar
    QLabel* m_datasetLabel = nullptr;
    QLabel* m_imageLabel = nullptr;
    QLabel* m_cursorLabel = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QProgressBar* m_scanProgress = nullptr;

    // Menus and actions
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_overlayMenu = nullptr;
    QMenu* m_panelsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QAction* m_newDatasetAction = nullptr;
    QAction* m_exportModelAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_toggleVisibleAction = nullptr;
    QAction* m_deleteKeypointAction = nullptr;
    QAction* m_placeKeypointAction = nullptr;
    QAction* m_cancelPlaceAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_openDemoAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_showKeypointsAction = nullptr;
    QAction* m_showLabelsAction = nullptr;
    QAction* m_showEdgesAction = nullptr;
    QAction* m_showCropBoxAction = nullptr;
    QAction* m_showHiddenAction = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_actualSizeAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_previousAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_readmeAction = nullptr;
};

} // namespace kps
