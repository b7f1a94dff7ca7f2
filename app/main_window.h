#pragma once
// MainWindow is Keypoint Studio's one window: menus, the dataset browser (Images panel), the
// keypoint image view in the centre, the Problems panel and the status bar. It owns the workers
// that scan the dataset and load samples off the UI thread and only ever handles their value
// results. Panels are docks whose layout persists; later modes (Train, Inspect) plug in here.

#include "demo_dataset_job.h"

#include <QMainWindow>
#include <QPointer>
#include <QVector>

#include <filesystem>

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

namespace kps {

class DatasetScanWorker;
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

    KeypointImageView* imageView() const { return m_imageView; }
    QTableView* sampleTable() const { return m_sampleTable; }
    SampleTableModel* sampleModel() const { return m_sampleModel; }
    SampleFilterProxyModel* sampleProxy() const { return m_sampleProxy; }
    ProblemTableModel* problemModel() const { return m_problemModel; }
    QTableView* problemTable() const { return m_problemTable; }
    QLineEdit* filterEdit() const { return m_filterEdit; }

    // Writes geometry, dock layout and view options (also done when the window closes).
    void saveSettings() const;

public Q_SLOTS:
    void showNextSample();
    void showPreviousSample();
    void chooseDataset();

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
};

} // namespace kps
