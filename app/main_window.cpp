#include "main_window.h"

#include "about_dialog.h"
#include "annotation_document.h"
#include "apply_predictions_command.h"
#include "dataset_layout.h"
#include "dataset_scan_worker.h"
#include "export_model_dialog.h"
#include "file_error.h"
#include "inspect_page.h"
#include "keypoint_table_model.h"
#include "letterbox_crop.h"
#include "new_dataset_dialog.h"
#include "preferences_dialog.h"
#include "preprocess_config.h"
#include "thumbnail_cache.h"
#include "keypoint_image_view.h"
#include "problem_table_model.h"
#include "resource_paths.h"
#include "sample_filter_proxy_model.h"
#include "sample_loader.h"
#include "sample_table_model.h"
#include "train_page.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QVBoxLayout>

#include <QRegularExpression>

#include <algorithm>

namespace kps {

namespace {

constexpr int kMaxRecentDatasets = 10;

const char* const kGeometryKey = "mainWindow/geometry";
const char* const kStateKey = "mainWindow/state";
const char* const kRecentKey = "datasets/recent";
const char* const kLastKey = "datasets/last";
const char* const kModeKey = "mainWindow/mode";
const char* const kHiddenDataDocksKey = "mainWindow/hiddenDataPanels";
const char* const kLastRunKey = "runs/last";

QString overlayKey(KeypointImageView::Overlay overlay)
{
    switch (overlay) {
    case KeypointImageView::Overlay::Keypoints:
        return QStringLiteral("view/showKeypoints");
    case KeypointImageView::Overlay::Labels:
        return QStringLiteral("view/showLabels");
    case KeypointImageView::Overlay::Edges:
        return QStringLiteral("view/showEdges");
    case KeypointImageView::Overlay::CropBox:
        return QStringLiteral("view/showCropBox");
    case KeypointImageView::Overlay::HiddenKeypoints:
        return QStringLiteral("view/showHiddenKeypoints");
    }
    return {};
}

QString toQString(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    m_scanWorker = new DatasetScanWorker(this);
    m_loader = new SampleLoader(this);
    m_demoJob = new DemoDatasetJob(this);
    m_demoDir = DemoDatasetJob::defaultLocation();

    m_undoGroup = new QUndoGroup(this);
    m_thumbnails = new ThumbnailCache(this);
    m_keypointModel = new KeypointTableModel(this);
    m_sampleModel = new SampleTableModel(this);
    m_sampleModel->setThumbnailCache(m_thumbnails);
    m_sampleProxy = new SampleFilterProxyModel(this);
    m_sampleProxy->setSourceModel(m_sampleModel);
    m_problemModel = new ProblemTableModel(this);
    m_problemProxy = new QSortFilterProxyModel(this);
    m_problemProxy->setSourceModel(m_problemModel);
    m_problemProxy->setSortRole(ProblemTableModel::SortRole);

    m_imageView = new KeypointImageView(this);
    m_imageView->setObjectName(QStringLiteral("imageView"));
    m_imageView->setEditable(true);
    m_trainPage = new TrainPage(this);
    m_trainPage->setObjectName(QStringLiteral("trainPage"));
    m_inspectPage = new InspectPage(this);
    m_inspectPage->setObjectName(QStringLiteral("inspectPage"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_imageView);   // Mode::Data
    m_pages->addWidget(m_trainPage);   // Mode::Train
    m_pages->addWidget(m_inspectPage); // Mode::Inspect
    setCentralWidget(m_pages);

    createActions();
    createMenus();
    createModeBar();
    createDocks();
    createStatusBar();
    connectPages();
    updateEditActions();
    retranslateUi();
    restoreSettings();
    updatePlaceholder();

    connect(m_scanWorker, &DatasetScanWorker::started, this, &MainWindow::onScanStarted);
    connect(m_scanWorker, &DatasetScanWorker::progressChanged, this, &MainWindow::onScanProgress);
    connect(m_scanWorker, &DatasetScanWorker::finished, this, &MainWindow::onScanFinished);
    connect(m_scanWorker, &DatasetScanWorker::failed, this, &MainWindow::onScanFailed);
    connect(m_loader, &SampleLoader::loaded, this, &MainWindow::onSampleLoaded);
    connect(m_demoJob, &DemoDatasetJob::finished, this, &MainWindow::onDemoFinished);
    connect(m_sampleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_imageView, &KeypointImageView::zoomFactorChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); });
    connect(m_imageView, &KeypointImageView::cursorPixelChanged, this,
            [this](const QPointF& pixel, bool inside) {
                m_cursorLabel->setText(
                    inside ? tr("x %1  y %2").arg(pixel.x(), 0, 'f', 1).arg(pixel.y(), 0, 'f', 1)
                           : QString());
            });

    // Edits from the view apply to the document of the stem on screen, never to another one.
    connect(m_imageView, &KeypointImageView::keypointMoved, this,
            [this](int index, const QPointF&, const QPointF& to) {
                if (!m_document || m_document->stem() != m_shownStem ||
                    !m_document->moveKeypoint(index, to))
                    m_imageView->setKeypoints(m_document ? m_document->markers()
                                                         : QVector<KeypointMarker>());
            });
    connect(m_imageView, &KeypointImageView::keypointPlacementRequested, this,
            [this](int index, const QPointF& at) {
                if (m_document && m_document->stem() == m_shownStem)
                    m_document->placeKeypoint(index, at);
            });
    connect(m_imageView, &KeypointImageView::keypointSelected, this, [this](int index) {
        if (index >= 0 && index < m_keypointModel->rowCount() && selectedKeypoint() != index) {
            const QModelIndex row = m_keypointModel->index(index, KeypointTableModel::IndexColumn);
            m_keypointTable->setCurrentIndex(row);
            m_keypointTable->scrollTo(row);
        }
        updateEditActions();
    });
    connect(m_imageView, &KeypointImageView::placementIndexChanged, this, [this](int index) {
        if (index >= 0)
            statusBar()->showMessage(
                tr("Click in the image to place keypoint %1 (Esc cancels)").arg(index));
        else
            statusBar()->clearMessage();
    });
}

MainWindow::~MainWindow() = default;

// ---------------------------------------------------------------------------------------------
// Construction

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDataset);

    m_newDatasetAction = new QAction(this);
    m_newDatasetAction->setShortcut(QKeySequence::New);
    m_newDatasetAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    connect(m_newDatasetAction, &QAction::triggered, this, &MainWindow::showNewDatasetDialog);

    m_exportModelAction = new QAction(this);
    m_exportModelAction->setEnabled(false); // Train and Inspect modes only (setMode)
    connect(m_exportModelAction, &QAction::triggered, this, &MainWindow::showExportModelDialog);

    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveAnnotation);

    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redoAction = m_undoGroup->createRedoAction(this);
    // Ctrl+Shift+Z everywhere, plus the platform's own (Ctrl+Y on Windows).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;
    m_redoAction->setShortcuts(redoKeys);
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));

    m_toggleVisibleAction = new QAction(this);
    m_toggleVisibleAction->setShortcut(QKeySequence(Qt::Key_V));
    connect(m_toggleVisibleAction, &QAction::triggered, this,
            &MainWindow::toggleSelectedKeypointVisible);
    m_deleteKeypointAction = new QAction(this);
    m_deleteKeypointAction->setShortcut(QKeySequence::Delete);
    m_deleteKeypointAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    connect(m_deleteKeypointAction, &QAction::triggered, this, &MainWindow::deleteSelectedKeypoint);
    m_placeKeypointAction = new QAction(this);
    m_placeKeypointAction->setShortcut(QKeySequence(Qt::Key_A));
    m_placeKeypointAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_placeKeypointAction, &QAction::triggered, this, &MainWindow::placeMissingKeypoint);
    m_cancelPlaceAction = new QAction(this);
    m_cancelPlaceAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelPlaceAction, &QAction::triggered, this,
            [this] { m_imageView->setPlacementIndex(-1); });

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_openRunAction = new QAction(this);
    m_openRunAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openRunAction, &QAction::triggered, this, &MainWindow::chooseRun);

    m_openDemoAction = new QAction(this);
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemoDataset);

    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        QSettings().remove(QLatin1String(kRecentKey));
        updateRecentMenu();
    });

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    const auto overlayAction = [this](KeypointImageView::Overlay overlay, const QKeySequence& key) {
        auto* action = new QAction(this);
        action->setCheckable(true);
        action->setShortcut(key);
        action->setChecked(m_imageView->isOverlayVisible(overlay));
        connect(action, &QAction::toggled, this,
                [this, overlay](bool on) { m_imageView->setOverlayVisible(overlay, on); });
        return action;
    };
    m_showKeypointsAction =
        overlayAction(KeypointImageView::Overlay::Keypoints, QKeySequence(Qt::Key_K));
    m_showLabelsAction = overlayAction(KeypointImageView::Overlay::Labels, QKeySequence(Qt::Key_L));
    m_showEdgesAction = overlayAction(KeypointImageView::Overlay::Edges, QKeySequence(Qt::Key_E));
    m_showCropBoxAction =
        overlayAction(KeypointImageView::Overlay::CropBox, QKeySequence(Qt::Key_C));
    m_showHiddenAction =
        overlayAction(KeypointImageView::Overlay::HiddenKeypoints, QKeySequence(Qt::Key_H));

    m_fitAction = new QAction(this);
    m_fitAction->setShortcut(QKeySequence(Qt::Key_F));
    connect(m_fitAction, &QAction::triggered, m_imageView, &KeypointImageView::fitToWindow);
    m_actualSizeAction = new QAction(this);
    m_actualSizeAction->setShortcut(QKeySequence(Qt::Key_1));
    connect(m_actualSizeAction, &QAction::triggered, m_imageView,
            &KeypointImageView::zoomToActualSize);
    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcuts(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, m_imageView, &KeypointImageView::zoomIn);
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_imageView, &KeypointImageView::zoomOut);

    m_nextAction = new QAction(this);
    m_nextAction->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_N)});
    connect(m_nextAction, &QAction::triggered, this, &MainWindow::showNextSample);
    m_previousAction = new QAction(this);
    m_previousAction->setShortcuts({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_P)});
    connect(m_previousAction, &QAction::triggered, this, &MainWindow::showPreviousSample);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
    m_preferencesAction = new QAction(this);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setIcon(QIcon::fromTheme(QStringLiteral("preferences-system")));
    connect(m_preferencesAction, &QAction::triggered, this,
            [this] { PreferencesDialog(this).exec(); });
    m_readmeAction = new QAction(this);
    m_readmeAction->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    connect(m_readmeAction, &QAction::triggered, this, [] {
        QDesktopServices::openUrl(AboutDialog::readmeUrl(QCoreApplication::applicationDirPath()));
    });
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_newDatasetAction);
    m_fileMenu->addAction(m_openDemoAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_openRunAction);
    m_fileMenu->addAction(m_exportModelAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    updateRecentMenu();

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_toggleVisibleAction);
    m_editMenu->addAction(m_placeKeypointAction);
    m_editMenu->addAction(m_cancelPlaceAction);
    m_editMenu->addAction(m_deleteKeypointAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_overlayMenu = m_viewMenu->addMenu(QString());
    m_overlayMenu->addAction(m_showKeypointsAction);
    m_overlayMenu->addAction(m_showLabelsAction);
    m_overlayMenu->addAction(m_showEdgesAction);
    m_overlayMenu->addAction(m_showCropBoxAction);
    m_overlayMenu->addAction(m_showHiddenAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fitAction);
    m_viewMenu->addAction(m_actualSizeAction);
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_nextAction);
    m_viewMenu->addAction(m_previousAction);
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(QString());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_readmeAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() key
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* action : {m_openAction, m_saveAction})
        m_toolBar->addAction(action);
    m_toolBar->addSeparator();
    for (QAction* action : {m_undoAction, m_redoAction})
        m_toolBar->addAction(action);
    m_toolBar->addSeparator();
    for (QAction* action : {m_previousAction, m_nextAction, m_fitAction})
        m_toolBar->addAction(action);
    m_toolBar->addSeparator();
    for (QAction* action : {m_placeKeypointAction, m_toggleVisibleAction})
        m_toolBar->addAction(action);
}

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    // Images panel: filter row, sample table, "n of m" line.
    auto* samplesPanel = new QWidget(this);
    auto* samplesLayout = new QVBoxLayout(samplesPanel);
    samplesLayout->setContentsMargins(4, 4, 4, 4);
    samplesLayout->setSpacing(4);
    auto* filterRow = new QHBoxLayout;
    m_filterEdit = new QLineEdit(samplesPanel);
    m_filterEdit->setObjectName(QStringLiteral("sampleFilter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_subsetCombo = new QComboBox(samplesPanel);
    m_subsetCombo->setObjectName(QStringLiteral("sampleSubset"));
    for (int i = 0; i < 4; ++i)
        m_subsetCombo->addItem(QString()); // texts in retranslateUi
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_subsetCombo);
    samplesLayout->addLayout(filterRow);

    m_sampleTable = new QTableView(samplesPanel);
    m_sampleTable->setObjectName(QStringLiteral("sampleTable"));
    m_sampleTable->setModel(m_sampleProxy);
    m_sampleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sampleTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sampleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sampleTable->setSortingEnabled(true);
    m_sampleTable->sortByColumn(SampleTableModel::StemColumn, Qt::AscendingOrder);
    m_sampleTable->setAlternatingRowColors(true);
    m_sampleTable->setWordWrap(false);
    m_sampleTable->verticalHeader()->hide();
    // Rows fit a thumbnail; a fixed height keeps 100 000 rows cheap to lay out.
    m_sampleTable->setIconSize(ThumbnailCache::thumbnailSize());
    m_sampleTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_sampleTable->verticalHeader()->setDefaultSectionSize(std::max(
        m_sampleTable->fontMetrics().height() + 6, ThumbnailCache::thumbnailSize().height() + 4));
    // Stems are never cut; the last column takes what is left (a narrow panel scrolls instead).
    m_sampleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sampleTable->horizontalHeader()->setStretchLastSection(true);
    m_sampleTable->horizontalHeader()->setHighlightSections(false);
    samplesLayout->addWidget(m_sampleTable, 1);
    m_filterSummary = new QLabel(samplesPanel);
    samplesLayout->addWidget(m_filterSummary);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_sampleProxy->setFilterText(text);
        updateFilterSummary();
    });
    connect(m_subsetCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) {
                m_sampleProxy->setSubset(static_cast<SampleFilterProxyModel::Subset>(index));
                updateFilterSummary();
            });

    m_samplesDock = new QDockWidget(this);
    m_samplesDock->setObjectName(QStringLiteral("samplesDock")); // saveState() key
    m_samplesDock->setWidget(samplesPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_samplesDock);

    // Problems panel.
    m_problemTable = new QTableView(this);
    m_problemTable->setObjectName(QStringLiteral("problemTable"));
    m_problemTable->setModel(m_problemProxy);
    m_problemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemTable->setSortingEnabled(true);
    m_problemTable->sortByColumn(ProblemTableModel::SeverityColumn, Qt::DescendingOrder);
    m_problemTable->setWordWrap(false);
    m_problemTable->verticalHeader()->hide();
    m_problemTable->verticalHeader()->setDefaultSectionSize(m_problemTable->fontMetrics().height() +
                                                            6);
    m_problemTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problemTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_problemTable, &QAbstractItemView::doubleClicked, this,
            &MainWindow::onProblemActivated);
    connect(m_problemTable, &QAbstractItemView::activated, this, &MainWindow::onProblemActivated);

    m_problemsDock = new QDockWidget(this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problemTable);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    resizeDocks({m_samplesDock}, {460}, Qt::Horizontal); // every column readable at first
    resizeDocks({m_problemsDock}, {100}, Qt::Vertical);

    // Keypoints panel: the table editor of the shown annotation.
    m_keypointTable = new QTableView(this);
    m_keypointTable->setObjectName(QStringLiteral("keypointTable"));
    m_keypointTable->setModel(m_keypointModel);
    m_keypointTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keypointTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keypointTable->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::AnyKeyPressed);
    m_keypointTable->verticalHeader()->hide();
    m_keypointTable->verticalHeader()->setDefaultSectionSize(
        m_keypointTable->fontMetrics().height() + 6);
    m_keypointTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_keypointTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_keypointTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_imageView->setSelectedKeypoint(current.isValid() ? current.row() : -1);
                updateEditActions();
            });
    m_keypointsDock = new QDockWidget(this);
    m_keypointsDock->setObjectName(QStringLiteral("keypointsDock"));
    m_keypointsDock->setWidget(m_keypointTable);
    addDockWidget(Qt::RightDockWidgetArea, m_keypointsDock);

    // History panel: the undo stack of the shown image.
    m_undoView = new QUndoView(m_undoGroup, this);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    resizeDocks({m_keypointsDock}, {330}, Qt::Horizontal);

    m_panelsMenu->addAction(m_samplesDock->toggleViewAction());
    m_panelsMenu->addAction(m_keypointsDock->toggleViewAction());
    m_panelsMenu->addAction(m_historyDock->toggleViewAction());
    m_panelsMenu->addAction(m_problemsDock->toggleViewAction());
    m_panelsMenu->addAction(m_toolBar->toggleViewAction());
}

void MainWindow::createModeBar()
{
    m_modeBar = new QToolBar(this);
    m_modeBar->setObjectName(QStringLiteral("modeBar")); // saveState() key
    m_modeBar->setMovable(false);
    m_modeBar->setFloatable(false);
    m_modeBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_modeBar->setIconSize(QSize(32, 32));
    addToolBar(Qt::LeftToolBarArea, m_modeBar);

    m_modeGroup = new QActionGroup(this);
    m_modeGroup->setExclusive(true);
    const auto modeAction = [this](Mode mode, const char* icon, Qt::Key key) {
        auto* action = new QAction(QIcon(resources::modeIcon(icon)), QString(), m_modeGroup);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
        m_modeBar->addAction(action);
        m_viewMenu->insertAction(m_viewMenu->actions().value(0), action);
        return action;
    };
    m_dataModeAction = modeAction(Mode::Data, "data", Qt::Key_1);
    m_trainModeAction = modeAction(Mode::Train, "train", Qt::Key_2);
    m_inspectModeAction = modeAction(Mode::Inspect, "inspect", Qt::Key_3);
    m_viewMenu->insertSeparator(m_viewMenu->actions().value(3));
    m_dataModeAction->setChecked(true);
}

void MainWindow::connectPages()
{
    connect(m_trainPage, &TrainPage::statusMessage, this,
            [this](const QString& text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_inspectPage, &InspectPage::statusMessage, this,
            [this](const QString& text, int timeout) { statusBar()->showMessage(text, timeout); });
    // A finished run is the natural model to inspect next.
    connect(m_trainPage, &TrainPage::runFinished, this, [this](const QString& runDir) {
        QSettings().setValue(QLatin1String(kLastRunKey), runDir);
        m_inspectPage->setModelPath(runDir);
    });
    // One selected image for Data and Inspect.
    connect(m_inspectPage, &InspectPage::imageSelected, this, [this](const QString& stem) {
        const int row = m_sampleModel->rowForStem(stem);
        if (row >= 0 && row != currentSample())
            selectSample(row);
    });
    connect(m_inspectPage, &InspectPage::correctionRequested, this, &MainWindow::applyCorrection);
}

void MainWindow::setMode(Mode mode)
{
    const QList<QDockWidget*> dataDocks = this->dataDocks();
    if (mode != m_mode) {
        if (m_mode == Mode::Data) {
            // Leaving Data: its panels go away and come back as they were.
            m_hiddenDataDocks.clear();
            for (QDockWidget* dock : dataDocks)
                if (dock->isHidden())
                    m_hiddenDataDocks << dock;
            for (QDockWidget* dock : dataDocks)
                dock->hide();
        } else if (mode == Mode::Data) {
            for (QDockWidget* dock : dataDocks)
                dock->setVisible(!m_hiddenDataDocks.contains(dock));
        }
        m_mode = mode;
    }
    m_pages->setCurrentIndex(static_cast<int>(mode));
    // Only the shown page's minimum size constrains the window.
    for (int page = 0; page < m_pages->count(); ++page) {
        const auto policy =
            page == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(page)->setSizePolicy(policy, policy);
    }
    const bool data = mode == Mode::Data;
    m_toolBar->setVisible(data);
    // One checked action: the group unchecks the others.
    const QList<QAction*> modeActions = m_modeGroup->actions();
    modeActions.at(static_cast<int>(mode))->setChecked(true);
    // The editor's keys (V, A, Del, N, K, ...) act on the Data page only.
    for (QAction* action :
         {m_showKeypointsAction, m_showLabelsAction, m_showEdgesAction, m_showCropBoxAction,
          m_showHiddenAction, m_fitAction, m_actualSizeAction, m_zoomInAction, m_zoomOutAction,
          m_nextAction, m_previousAction})
        action->setEnabled(data);
    m_panelsMenu->setEnabled(data);
    m_exportModelAction->setEnabled(!data);
    // Ctrl+Z never edits an annotation that is not on screen.
    m_undoGroup->setActiveStack(data && m_document ? m_document->undoStack() : nullptr);
    // Inspect follows the Data selection when it is entered (not on every Data step: showing an
    // image there decodes it on this thread, wasted while the page is hidden).
    if (mode == Mode::Inspect && m_shownRow >= 0 && m_shownRow < m_sampleModel->rowCount())
        m_inspectPage->showImage(QString::fromStdString(m_sampleModel->sample(m_shownRow).stem));
    updateEditActions();
}

QList<QDockWidget*> MainWindow::dataDocks() const
{
    return {m_samplesDock, m_keypointsDock, m_historyDock, m_problemsDock};
}

void MainWindow::chooseRun()
{
    QSettings settings;
    const QString start = settings.value(QLatin1String(kLastRunKey)).toString();
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open training run"), start.isEmpty() ? QDir::homePath() : start);
    if (!dir.isEmpty())
        openRun(dir);
}

bool MainWindow::openRun(const QString& runDir)
{
    setMode(Mode::Train);
    if (!m_trainPage->openRun(runDir))
        return false;
    QSettings().setValue(QLatin1String(kLastRunKey), runDir);
    m_inspectPage->setModelPath(runDir);
    return true;
}

bool MainWindow::applyCorrection(const QString& stem, const QVector<QPointF>& pixels,
                                 const QVector<bool>& visible)
{
    const int row = m_sampleModel->rowForStem(stem);
    if (row < 0) {
        statusBar()->showMessage(tr("%1 is not an image of the open dataset").arg(stem), 5000);
        return false;
    }
    m_pendingCorrection = PendingCorrection{stem, pixels, visible};
    setMode(Mode::Data);
    if (row == m_shownRow && m_document && m_document->stem() == stem)
        applyPendingCorrection();
    else
        selectSample(row); // applied once the image and its document are loaded
    return true;
}

void MainWindow::applyPendingCorrection()
{
    if (!m_pendingCorrection || !m_document || m_document->stem() != m_pendingCorrection->stem)
        return;
    const PendingCorrection correction = *m_pendingCorrection;
    m_pendingCorrection.reset();
    m_document->undoStack()->push(
        new ApplyPredictionsCommand(m_document, correction.pixels, correction.visible));
    statusBar()->showMessage(
        tr("Predictions of %1 applied: correct them and save (Ctrl+Z undoes)").arg(correction.stem),
        8000);
}

void MainWindow::createStatusBar()
{
    m_scanProgress = new QProgressBar(this);
    m_scanProgress->setMaximumWidth(160);
    m_scanProgress->setTextVisible(true);
    m_scanProgress->hide();
    m_datasetLabel = new QLabel(this);
    m_imageLabel = new QLabel(this);
    m_cursorLabel = new QLabel(this);
    m_cursorLabel->setMinimumWidth(
        m_cursorLabel->fontMetrics().horizontalAdvance(QStringLiteral("x 0000.0  y 0000.0")));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addWidget(m_datasetLabel);
    statusBar()->addWidget(m_scanProgress);
    statusBar()->addPermanentWidget(m_imageLabel);
    statusBar()->addPermanentWidget(m_cursorLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("&Recent datasets"));
    m_viewMenu->setTitle(tr("&View"));
    m_overlayMenu->setTitle(tr("&Overlays"));
    m_panelsMenu->setTitle(tr("Pane&ls"));
    m_helpMenu->setTitle(tr("&Help"));
    m_modeBar->setWindowTitle(tr("Modes"));
    m_dataModeAction->setText(tr("Data"));
    m_dataModeAction->setToolTip(tr("Browse and annotate the dataset (Ctrl+1)"));
    m_trainModeAction->setText(tr("Train"));
    m_trainModeAction->setToolTip(tr("Train a model and watch it learn (Ctrl+2)"));
    m_inspectModeAction->setText(tr("Inspect"));
    m_inspectModeAction->setToolTip(
        tr("Run a model over the dataset: errors, heatmaps, statistics, reports (Ctrl+3)"));
    m_openRunAction->setText(tr("Open training &run…"));
    m_openRunAction->setStatusTip(
        tr("Show a run directory's curves and heatmaps; follow it live while it trains"));
    m_editMenu->setTitle(tr("&Edit"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_exportModelAction->setText(tr("&Export model…"));
    m_exportModelAction->setStatusTip(
        tr("Write the model as ONNX and verify it with OpenCV DNN against LibTorch"));
    m_newDatasetAction->setText(tr("&New synthetic dataset…"));
    m_newDatasetAction->setStatusTip(tr("Render a synthetic spacecraft dataset and open it"));
    m_saveAction->setText(tr("&Save annotation"));
    m_saveAction->setStatusTip(tr("Write the shown image's annotation JSON"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_toggleVisibleAction->setText(tr("Toggle &visible"));
    m_toggleVisibleAction->setStatusTip(tr("Mark the selected keypoint visible or not visible"));
    m_deleteKeypointAction->setText(tr("&Delete keypoint"));
    m_placeKeypointAction->setText(tr("&Place keypoint"));
    m_placeKeypointAction->setStatusTip(
        tr("Click in the image to place the selected (or first missing) keypoint"));
    m_cancelPlaceAction->setText(tr("&Cancel placing"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_keypointsDock->setWindowTitle(tr("Keypoints"));
    m_historyDock->setWindowTitle(tr("History"));
    m_undoView->setEmptyLabel(tr("<loaded>"));

    m_openAction->setText(tr("&Open dataset…"));
    m_openAction->setStatusTip(tr("Open a dataset folder in the 4SP layout"));
    m_openDemoAction->setText(tr("Open &demo dataset"));
    m_openDemoAction->setStatusTip(
        tr("Open the built-in synthetic spacecraft dataset (generated on first use)"));
    m_clearRecentAction->setText(tr("&Clear list"));
    m_quitAction->setText(tr("&Quit"));
    m_showKeypointsAction->setText(tr("&Keypoints"));
    m_showLabelsAction->setText(tr("Keypoint &labels"));
    m_showEdgesAction->setText(tr("Mesh &edges"));
    m_showCropBoxAction->setText(tr("&Crop box"));
    m_showHiddenAction->setText(tr("&Non-visible keypoints"));
    m_fitAction->setText(tr("&Fit to window"));
    m_actualSizeAction->setText(tr("&Actual size"));
    m_zoomInAction->setText(tr("Zoom &in"));
    m_zoomOutAction->setText(tr("Zoom o&ut"));
    m_nextAction->setText(tr("&Next image"));
    m_previousAction->setText(tr("&Previous image"));
    m_aboutAction->setText(tr("&About Keypoint Studio"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_preferencesAction->setStatusTip(tr("Language of the user interface"));
    m_readmeAction->setText(tr("User &guide (README)"));
    m_readmeAction->setStatusTip(tr("Open the README shipped with Keypoint Studio"));

    m_samplesDock->setWindowTitle(tr("Images"));
    m_problemsDock->setWindowTitle(tr("Problems"));
    m_filterEdit->setPlaceholderText(tr("Filter by name…"));
    m_subsetCombo->setItemText(0, tr("All images"));
    m_subsetCombo->setItemText(1, tr("Annotated"));
    m_subsetCombo->setItemText(2, tr("Unlabelled"));
    m_subsetCombo->setItemText(3, tr("With problems"));

    updateRecentMenu();
    updateDatasetSummary();
    updateFilterSummary();
    updatePlaceholder();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray())) {
        // First run: as much of the screen as it offers (a 1366x768 laptop too), at most
        // 1600x1000, centred.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(QSize(1600, 1000).boundedTo(available.size() - QSize(16, 48)));
        move(available.center() - QPoint(width() / 2, height() / 2));
    }
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    // The state was saved in some mode; Data panels hidden only because of that mode come back.
    m_mode = Mode::Data;
    const QStringList hidden = settings.value(QLatin1String(kHiddenDataDocksKey)).toStringList();
    if (settings.contains(QLatin1String(kHiddenDataDocksKey)))
        for (QDockWidget* dock : dataDocks())
            dock->setVisible(!hidden.contains(dock->objectName()));
    const int mode = settings.value(QLatin1String(kModeKey), 0).toInt();
    setMode(mode >= 0 && mode <= 2 ? static_cast<Mode>(mode) : Mode::Data);
    const std::pair<QAction*, KeypointImageView::Overlay> overlays[] = {
        {m_showKeypointsAction, KeypointImageView::Overlay::Keypoints},
        {m_showLabelsAction, KeypointImageView::Overlay::Labels},
        {m_showEdgesAction, KeypointImageView::Overlay::Edges},
        {m_showCropBoxAction, KeypointImageView::Overlay::CropBox},
        {m_showHiddenAction, KeypointImageView::Overlay::HiddenKeypoints},
    };
    for (const auto& [action, overlay] : overlays)
        action->setChecked(settings.value(overlayKey(overlay), action->isChecked()).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kModeKey), static_cast<int>(m_mode));
    QStringList hidden;
    for (QDockWidget* dock : dataDocks())
        if (m_mode == Mode::Data ? dock->isHidden() : m_hiddenDataDocks.contains(dock))
            hidden << dock->objectName();
    settings.setValue(QLatin1String(kHiddenDataDocksKey), hidden);
    m_trainPage->saveSettings();
    m_inspectPage->saveSettings();
    for (KeypointImageView::Overlay overlay :
         {KeypointImageView::Overlay::Keypoints, KeypointImageView::Overlay::Labels,
          KeypointImageView::Overlay::Edges, KeypointImageView::Overlay::CropBox,
          KeypointImageView::Overlay::HiddenKeypoints})
        settings.setValue(overlayKey(overlay), m_imageView->isOverlayVisible(overlay));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSaveChanges()) {
        event->ignore();
        return;
    }
    if (m_trainPage->isTraining()) {
        const auto answer = QMessageBox::question(
            this, tr("Training is running"),
            tr("Stop training and quit? The run stops after the current batch and can be resumed "
               "later (Train > Resume run)."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_trainPage->stopTrainingAndWait(60000);
    }
    if (m_demoJob->isRunning())
        m_demoJob->cancel();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Models translate at data() time; tell the views to ask again.
        Q_EMIT m_sampleModel->headerDataChanged(Qt::Horizontal, 0,
                                                SampleTableModel::ColumnCount - 1);
        Q_EMIT m_problemModel->headerDataChanged(Qt::Horizontal, 0,
                                                 ProblemTableModel::ColumnCount - 1);
        Q_EMIT m_keypointModel->headerDataChanged(Qt::Horizontal, 0,
                                                  KeypointTableModel::ColumnCount - 1);
    }
    QMainWindow::changeEvent(event);
}

// ---------------------------------------------------------------------------------------------
// Datasets

void MainWindow::chooseDataset()
{
    const QString start =
        m_datasetPath.isEmpty() ? QDir::homePath() : QFileInfo(m_datasetPath).absolutePath();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open dataset"), start);
    if (!dir.isEmpty())
        openDataset(dir);
}

void MainWindow::openDataset(const QString& path)
{
    if (!maybeSaveChanges())
        return;
    setDocument(nullptr);
    m_shownStem.clear();
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    m_datasetPath = absolute;
    m_scanError.clear();
    m_keypointCount = 0;
    m_shownRow = -1;
    m_loader->cancel();
    m_sampleModel->clear();
    m_problemModel->clear();
    m_imageView->clear();
    m_imageLabel->clear();
    setWindowTitle(QFileInfo(absolute).fileName());
    setWindowFilePath(absolute);
    m_scanWorker->start(absolute);
}

bool MainWindow::openLastDataset()
{
    const QString last = QSettings().value(QLatin1String(kLastKey)).toString();
    if (last.isEmpty() || !QFileInfo(last).isDir())
        return false;
    openDataset(last);
    return true;
}

void MainWindow::setDemoDataset(const QString& dir, const DemoDatasetSettings& settings)
{
    m_demoDir = dir;
    m_demoSettings = settings;
}

void MainWindow::openDemoDataset()
{
    if (DemoDatasetJob::isComplete(m_demoDir)) {
        openDataset(m_demoDir);
        return;
    }
    if (m_demoJob->isRunning())
        return;
    auto* dialog = new QProgressDialog(this);
    m_demoProgress = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Demo dataset"));
    dialog->setLabelText(tr("Rendering the demo dataset (%n image(s)); this happens once.", nullptr,
                            m_demoSettings.count));
    dialog->setCancelButtonText(tr("Cancel"));
    dialog->setRange(0, m_demoSettings.count);
    dialog->setValue(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    dialog->setWindowModality(Qt::WindowModal);
    connect(m_demoJob, &DemoDatasetJob::progressChanged, dialog, [dialog](int done, int total) {
        dialog->setMaximum(total);
        dialog->setValue(done);
    });
    connect(dialog, &QProgressDialog::canceled, m_demoJob, [this, dialog] {
        dialog->setLabelText(tr("Cancelling…"));
        m_demoJob->cancel();
    });
    dialog->show();
    statusBar()->showMessage(
        tr("Rendering the demo dataset into %1").arg(QDir::toNativeSeparators(m_demoDir)));
    m_demoJob->start(m_demoDir, m_demoSettings);
}

void MainWindow::onDemoFinished(bool ok, const QString& dir, const QString& error)
{
    if (m_demoProgress) {
        m_demoProgress->disconnect(this);
        m_demoProgress->disconnect(m_demoJob);
        m_demoProgress->close();
    }
    statusBar()->clearMessage();
    if (ok) {
        openDataset(dir);
    } else if (!error.isEmpty()) {
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Demo dataset"),
                            tr("The demo dataset could not be created."), QMessageBox::Ok, this);
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        statusBar()->showMessage(tr("Demo dataset cancelled"), 5000);
    }
}

void MainWindow::onScanStarted(const QString& root)
{
    m_scanning = true;
    m_scanProgress->setRange(0, 0); // busy until the first progress report
    m_scanProgress->show();
    m_datasetLabel->setText(tr("Scanning %1…").arg(QDir::toNativeSeparators(root)));
    updatePlaceholder();
}

void MainWindow::onScanProgress(int done, int total)
{
    m_scanProgress->setRange(0, std::max(total, 1));
    m_scanProgress->setValue(done);
}

void MainWindow::onScanFinished(const DatasetIndex& index)
{
    m_scanning = false;
    m_scanProgress->hide();
    m_keypointCount = index.keypointCount;

    QVector<QPair<int, int>> edges;
    if (index.mesh) {
        for (const auto& edge : index.mesh->wireframeEdges())
            edges.append({edge[0], edge[1]});
    }
    m_imageView->setEdges(edges);
    m_sampleModel->setSamples(index.samples);
    m_problemModel->setProblems(index.root, index.problems);
    m_problemTable->resizeColumnsToContents();

    if (index.usable()) {
        QSettings settings;
        settings.setValue(QLatin1String(kLastKey), m_datasetPath);
        addRecentDataset(m_datasetPath);
    }
    updateDatasetSummary();
    updateFilterSummary();
    updatePlaceholder();

    if (m_sampleProxy->rowCount() > 0)
        m_sampleTable->setCurrentIndex(m_sampleProxy->index(0, SampleTableModel::StemColumn));
    if (m_problemModel->count(ProblemSeverity::Error) > 0) {
        if (m_mode == Mode::Data)
            m_problemsDock->show();
        else
            m_hiddenDataDocks.removeAll(m_problemsDock);
    }
    m_trainPage->setDatasetPath(m_datasetPath);
    m_inspectPage->setDatasetPath(m_datasetPath);
    Q_EMIT datasetOpened(m_datasetPath, m_sampleModel->rowCount());
}

void MainWindow::onScanFailed(const QString& root, const QString& message)
{
    m_scanning = false;
    m_scanProgress->hide();
    m_scanError = message;
    m_datasetLabel->setText(tr("Could not open %1").arg(QDir::toNativeSeparators(root)));
    statusBar()->showMessage(message);
    updatePlaceholder();
    Q_EMIT datasetFailed(root, message);
}

void MainWindow::addRecentDataset(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentDatasets)
        recent.removeLast();
    settings.setValue(QLatin1String(kRecentKey), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    int number = 1;
    for (const QString& path : recent) {
        // "&1 name   (full path)" keeps same-named datasets apart and gives keyboard access.
        const QString text =
            tr("&%1 %2  (%3)")
                .arg(number++)
                .arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QLatin1String("&&")),
                     QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QLatin1String("&&")));
        QAction* action = m_recentMenu->addAction(text);
        action->setEnabled(QFileInfo(path).isDir());
        connect(action, &QAction::triggered, this, [this, path] { openDataset(path); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
}

void MainWindow::updateDatasetSummary()
{
    if (!m_datasetLabel || m_scanning)
        return;
    if (m_datasetPath.isEmpty() || !m_scanError.isEmpty()) {
        if (m_datasetPath.isEmpty())
            m_datasetLabel->clear();
        return;
    }
    int annotated = 0;
    for (const SampleEntry& entry : m_sampleModel->samples())
        annotated += entry.annotated ? 1 : 0;
    const int problems = m_problemModel->count(ProblemSeverity::Warning) +
                         m_problemModel->count(ProblemSeverity::Error);
    m_datasetLabel->setText(tr("%n image(s)", nullptr, m_sampleModel->rowCount()) +
                            QStringLiteral(" · ") + tr("%n annotated", nullptr, annotated) +
                            QStringLiteral(" · ") +
                            tr("%n keypoint(s) per image", nullptr, m_keypointCount) +
                            QStringLiteral(" · ") + tr("%n problem(s)", nullptr, problems));
}

void MainWindow::updateFilterSummary()
{
    if (!m_filterSummary)
        return;
    const int total = m_sampleModel->rowCount();
    const int shown = m_sampleProxy->rowCount();
    m_filterSummary->setText(shown == total
                                 ? tr("%n image(s)", nullptr, total)
                                 : tr("%1 of %n image(s) shown", nullptr, total).arg(shown));
}

void MainWindow::updatePlaceholder()
{
    QString text;
    if (m_datasetPath.isEmpty())
        text = tr("No dataset open.\n\nOpen a dataset folder with File > Open dataset… (%1)\n"
                  "or explore the built-in demo with File > Open demo dataset.")
                   .arg(m_openAction->shortcut().toString(QKeySequence::NativeText));
    else if (m_scanning)
        text = tr("Scanning the dataset…");
    else if (!m_scanError.isEmpty())
        text = tr("The dataset could not be opened:\n%1").arg(m_scanError);
    else if (m_sampleModel->rowCount() == 0)
        text = tr("No images found in %1.\nA dataset needs Rendered_Images/, JSON_Data_REF/ and "
                  "Object_Information/mesh_information.json; see the Problems panel.")
                   .arg(QDir::toNativeSeparators(m_datasetPath));
    else
        text = tr("Select an image in the Images panel.");
    m_imageView->setPlaceholderText(text);
}

// ---------------------------------------------------------------------------------------------
// Samples

int MainWindow::currentSample() const
{
    const QModelIndex current = m_sampleTable->currentIndex();
    return current.isValid() ? m_sampleProxy->mapToSource(current).row() : -1;
}

bool MainWindow::selectSample(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_sampleModel->rowCount())
        return false;
    QModelIndex proxyIndex = m_sampleProxy->mapFromSource(m_sampleModel->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        // Hidden by the filter: show everything rather than refuse.
        m_filterEdit->clear();
        m_subsetCombo->setCurrentIndex(0);
        proxyIndex = m_sampleProxy->mapFromSource(m_sampleModel->index(sourceRow, 0));
    }
    m_sampleTable->setCurrentIndex(proxyIndex);
    m_sampleTable->scrollTo(proxyIndex);
    return true;
}

void MainWindow::showNextSample()
{
    stepSample(+1);
}

void MainWindow::showPreviousSample()
{
    stepSample(-1);
}

void MainWindow::stepSample(int delta)
{
    const int rows = m_sampleProxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_sampleTable->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    const QModelIndex next = m_sampleProxy->index(row, SampleTableModel::StemColumn);
    m_sampleTable->setCurrentIndex(next);
    m_sampleTable->scrollTo(next);
}

void MainWindow::onCurrentRowChanged()
{
    const int row = currentSample();
    if (m_revertingSelection || row < 0 || row == m_shownRow)
        return;
    if (!maybeSaveChanges()) {
        // Cancel: the edited image stays selected and shown.
        m_revertingSelection = true;
        const QModelIndex shown = m_sampleProxy->mapFromSource(m_sampleModel->index(m_shownRow, 0));
        if (shown.isValid())
            m_sampleTable->setCurrentIndex(shown);
        m_revertingSelection = false;
        return;
    }
    showSample(row);
}

void MainWindow::showSample(int sourceRow)
{
    // From here until the new image arrives nothing is editable: an edit must never reach the
    // previous image's document while the list already points at the next one.
    setDocument(nullptr);
    m_shownStem.clear();
    m_imageView->setPlacementIndex(-1);
    const SampleEntry& entry = m_sampleModel->sample(sourceRow);
    m_shownRow = sourceRow;
    SampleRequest request;
    request.row = sourceRow;
    request.imagePath = entry.imagePath.empty() ? QString() : toQString(entry.imagePath);
    request.annotationPath =
        entry.annotationPath.empty() ? QString() : toQString(entry.annotationPath);
    m_loader->request(request);
}

void MainWindow::onSampleLoaded(const LoadedSample& sample)
{
    if (sample.row != m_shownRow || sample.row < 0 || sample.row >= m_sampleModel->rowCount())
        return;
    const SampleEntry& entry = m_sampleModel->sample(sample.row);
    const QString entryImage = entry.imagePath.empty() ? QString() : toQString(entry.imagePath);
    if (sample.imagePath != entryImage)
        return; // a result for another image (the list changed meanwhile): never show it here
    const QString stem = QString::fromStdString(entry.stem);
    m_shownStem = stem;
    m_imageView->setPlacementIndex(-1);
    m_imageView->setImage(sample.image);
    m_imageView->setCropBox(sample.cropBox);

    // A fresh document (and undo stack) for this stem. An unreadable annotation is not
    // editable: saving over it would lose whatever the user may still repair by hand.
    AnnotationDocument* document = nullptr;
    if (!sample.image.isNull() && sample.annotationError.isEmpty()) {
        const std::filesystem::path file =
            entry.annotationPath.empty()
                ? layout::annotationFile(m_datasetPath.toStdString(), entry.stem)
                : entry.annotationPath;
        document =
            new AnnotationDocument(stem, file, sample.annotation.get(), m_keypointCount, this);
    }
    setDocument(document);
    m_imageView->setKeypoints(document ? document->markers() : sample.keypoints);
    applyPendingCorrection();

    QStringList errors;
    if (entry.imagePath.empty())
        errors << tr("%1 has an annotation but no image.").arg(QString::fromStdString(entry.stem));
    if (!sample.imageError.isEmpty())
        errors << tr("The image could not be read: %1").arg(sample.imageError);
    if (!sample.annotationError.isEmpty())
        errors << tr("The annotation could not be read: %1").arg(sample.annotationError);
    if (sample.image.isNull())
        m_imageView->setPlaceholderText(errors.join(QLatin1Char('\n')));
    if (!errors.isEmpty())
        statusBar()->showMessage(errors.join(QLatin1Char(' ')), 8000);
    else
        statusBar()->clearMessage();

    QString info = QString::fromStdString(entry.stem);
    if (!sample.image.isNull())
        info += QStringLiteral(" · ") +
                tr("%1 × %2 px").arg(sample.image.width()).arg(sample.image.height());
    if (sample.annotation)
        info += QStringLiteral(" · ") + tr("%n visible", nullptr, sample.visibleCount);
    else if (entry.annotationPath.empty())
        info += QStringLiteral(" · ") + tr("not annotated");
    m_imageLabel->setText(info);
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_imageView->zoomFactor() * 100)));
    Q_EMIT sampleShown(sample.row);
}

void MainWindow::onProblemActivated(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QString file = m_problemProxy->mapToSource(proxyIndex)
                             .siblingAtColumn(0)
                             .data(ProblemTableModel::FilePathRole)
                             .toString();
    const int row = m_sampleModel->rowForFile(file.toStdString());
    if (row < 0) {
        statusBar()->showMessage(
            tr("%1 belongs to no image of the list").arg(QDir::toNativeSeparators(file)), 5000);
        return;
    }
    selectSample(row);
}

// ---------------------------------------------------------------------------------------------
// Editing

void MainWindow::setDocument(AnnotationDocument* document)
{
    if (m_document) {
        const int oldRow = m_sampleModel->rowForStem(m_document->stem());
        m_sampleModel->setModified(oldRow, false);
        m_document->disconnect(this);
        m_keypointModel->setDocument(nullptr);
        delete m_document; // its undo stack leaves the group with it
    }
    m_document = document;
    m_keypointModel->setDocument(document);
    if (document) {
        m_undoGroup->addStack(document->undoStack());
        if (m_mode == Mode::Data)
            m_undoGroup->setActiveStack(document->undoStack());
        connect(document, &AnnotationDocument::changed, this, &MainWindow::onDocumentChanged);
        connect(document, &AnnotationDocument::modifiedChanged, this,
                &MainWindow::onModifiedChanged);
    }
    setWindowModified(false);
    updateWindowTitle();
    updateEditActions();
}

void MainWindow::onDocumentChanged()
{
    if (!m_document)
        return;
    m_imageView->setKeypoints(m_document->markers());
    updateEditActions();
}

void MainWindow::onModifiedChanged(bool modified)
{
    if (!m_document)
        return;
    setWindowModified(modified);
    m_sampleModel->setModified(m_sampleModel->rowForStem(m_document->stem()), modified);
}

void MainWindow::updateWindowTitle()
{
    const QString dataset = QFileInfo(m_datasetPath).fileName();
    // "[*]" is where Qt draws the modified marker.
    setWindowTitle(m_shownStem.isEmpty() ? dataset
                                         : QStringLiteral("%1[*] — %2").arg(m_shownStem, dataset));
}

int MainWindow::selectedKeypoint() const
{
    const QModelIndex current = m_keypointTable ? m_keypointTable->currentIndex() : QModelIndex();
    return current.isValid() ? current.row() : -1;
}

void MainWindow::updateEditActions()
{
    const bool editing = m_document != nullptr && m_mode == Mode::Data;
    const int selected = selectedKeypoint();
    const bool listed = editing && selected >= 0 && m_document->keypoint(selected).listed;
    m_saveAction->setEnabled(editing);
    m_toggleVisibleAction->setEnabled(listed);
    m_deleteKeypointAction->setEnabled(listed);
    m_placeKeypointAction->setEnabled(editing);
    m_cancelPlaceAction->setEnabled(editing);
}

bool MainWindow::saveAnnotation()
{
    if (!m_document)
        return false;
    try {
        m_document->save();
    } catch (const std::exception& error) {
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Save annotation"),
                            tr("The annotation could not be saved."), QMessageBox::Ok, this);
        box->setInformativeText(QString::fromUtf8(error.what()));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    const int row = m_sampleModel->rowForStem(m_document->stem());
    if (row >= 0) {
        const SampleEntry& entry = m_sampleModel->sample(row);
        int inCrop = 0;
        if (entry.imageWidth > 0 && entry.imageHeight > 0) {
            try {
                const LetterboxCrop crop(PreprocessConfig{}, entry.imageWidth, entry.imageHeight);
                const cv::Rect2d box = crop.cropRectInImage();
                for (const VertexRecord& vertex : m_document->annotation().visibleVertices())
                    if (vertex.pixel && vertex.pixel->x >= box.x && vertex.pixel->y >= box.y &&
                        vertex.pixel->x < box.x + box.width && vertex.pixel->y < box.y + box.height)
                        ++inCrop;
            } catch (const std::exception&) {
                // Degenerate size: no crop statistics.
            }
        }
        m_sampleModel->updateAnnotation(row, m_document->file(), m_document->visibleCount(),
                                        inCrop);
        updateDatasetSummary();
    }
    statusBar()->showMessage(
        tr("Saved %1").arg(QDir::toNativeSeparators(toQString(m_document->file()))), 4000);
    return true;
}

void MainWindow::setUnsavedChangesPrompt(UnsavedChangesPrompt prompt)
{
    m_unsavedPrompt = std::move(prompt);
}

bool MainWindow::maybeSaveChanges()
{
    if (!m_document || !m_document->isModified())
        return true;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    if (m_unsavedPrompt) {
        answer = m_unsavedPrompt(m_document->stem());
    } else {
        answer = QMessageBox::warning(
            this, tr("Unsaved changes"),
            tr("The annotation of %1 has unsaved changes.").arg(m_document->stem()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    }
    switch (answer) {
    case QMessageBox::Save:
        return saveAnnotation();
    case QMessageBox::Discard:
        // Nothing is written; the stack goes with the document when the next image loads.
        m_document->undoStack()->setClean();
        return true;
    default:
        return false;
    }
}

void MainWindow::toggleSelectedKeypointVisible()
{
    const int index = selectedKeypoint();
    if (!m_document || index < 0)
        return;
    const KeypointState state = m_document->keypoint(index);
    if (!state.listed)
        return;
    if (!state.visible && !state.pixel) {
        // Nothing to show it at (e.g. behind the camera): the user places it instead.
        m_imageView->setPlacementIndex(index);
        return;
    }
    m_document->setKeypointVisible(index, !state.visible);
}

void MainWindow::deleteSelectedKeypoint()
{
    const int index = selectedKeypoint();
    if (m_document && index >= 0)
        m_document->deleteKeypoint(index);
}

void MainWindow::placeMissingKeypoint()
{
    if (!m_document)
        return;
    int index = selectedKeypoint();
    if (index < 0 || m_document->keypoint(index).pixel) {
        index = -1;
        for (int k = 0; k < m_document->keypointCount(); ++k) {
            if (!m_document->keypoint(k).pixel) {
                index = k;
                break;
            }
        }
    }
    if (index < 0) {
        // All placed: re-place the selected one if any (moving it by clicking).
        index = selectedKeypoint();
    }
    if (index >= 0)
        m_imageView->setPlacementIndex(index);
}

NewDatasetDialog* MainWindow::showNewDatasetDialog()
{
    if (!m_newDatasetDialog) {
        m_newDatasetDialog = new NewDatasetDialog(this);
        m_newDatasetDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_newDatasetDialog, &NewDatasetDialog::datasetCreated, this,
                [this](const QString& dir) { openDataset(dir); });
    }
    m_newDatasetDialog->show();
    m_newDatasetDialog->raise();
    return m_newDatasetDialog;
}

QString MainWindow::exportableModelPath() const
{
    if (m_mode == Mode::Inspect)
        return m_inspectPage->modelPath();
    const QString run = m_trainPage->shownRunDirectory();
    if (run.isEmpty())
        return {};
    for (const char* name : {"best.pt", "last.pt"}) {
        const QString file = QDir(run).filePath(QLatin1String(name));
        if (QFileInfo(file).isFile())
            return file;
    }
    return {};
}

ExportModelDialog* MainWindow::showExportModelDialog()
{
    if (!m_exportModelDialog) {
        m_exportModelDialog = new ExportModelDialog(this);
        m_exportModelDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_exportModelDialog->setWeightsPath(exportableModelPath());
        m_exportModelDialog->setDatasetPath(m_datasetPath);
        connect(m_exportModelDialog, &ExportModelDialog::exportFinished, this,
                [this](bool verified, const QString& file) {
                    statusBar()->showMessage(
                        verified
                            ? tr("Exported and verified %1").arg(QDir::toNativeSeparators(file))
                            : tr("ONNX export failed; see the Export model dialog"),
                        8000);
                });
    }
    m_exportModelDialog->show();
    m_exportModelDialog->raise();
    return m_exportModelDialog;
}

QVector<QPair<QString, QString>> MainWindow::shortcutList() const
{
    QVector<QPair<QString, QString>> rows;
    for (QAction* action : findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        text.remove(QStringLiteral("…"));
        rows.append({text, keys.join(QStringLiteral(", "))});
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MainWindow::showShortcuts()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    const QVector<QPair<QString, QString>> rows = shortcutList();
    auto* table = new QTableWidget(rows.size(), 2, dialog);
    table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        table->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Mouse: drag a keypoint to move it; drag the image to pan; "
                                    "wheel to zoom."),
                                 dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(520, 560);
    dialog->show();
}

} // namespace kps
