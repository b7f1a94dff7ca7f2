#include "main_window.h"

#include "about_dialog.h"
#include "annotation_document.h"
#include "data_page.h"
#include "dataset_controller.h"
#include "export_model_dialog.h"
#include "inspect_page.h"
#include "new_dataset_dialog.h"
#include "preferences_dialog.h"
#include "resource_paths.h"
#include "sample_table_model.h"
#include "train_page.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace kps {

namespace {

const char* const kGeometryKey = "mainWindow/geometry";
const char* const kStateKey = "mainWindow/state";
const char* const kModeKey = "mainWindow/mode";
const char* const kLastRunKey = "runs/last";

// Null entries are separators.
void addMenuActions(QMenu* menu, const QList<QAction*>& actions)
{
    for (QAction* action : actions) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    m_dataPage = new DataPage(this);
    m_dataPage->setObjectName(QStringLiteral("dataPage"));
    m_trainPage = new TrainPage(this);
    m_trainPage->setObjectName(QStringLiteral("trainPage"));
    m_inspectPage = new InspectPage(this);
    m_inspectPage->setObjectName(QStringLiteral("inspectPage"));
    m_pages = new QStackedWidget(this);
    for (ModePage* page : pages()) // in Mode order
        m_pages->addWidget(page->pageWidget());
    setCentralWidget(m_pages);

    createActions();
    createMenus();
    createModeBar();
    createStatusBar();
    connectPages();
    retranslateUi();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

QList<ModePage*> MainWindow::pages() const
{
    return {m_dataPage, m_trainPage, m_inspectPage};
}

// ---- Construction ----------------------------------------------------------------------------

void MainWindow::createActions()
{
    DatasetController* data = m_dataPage->controller();
    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDataset);
    m_newDatasetAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-new")), QString(), this);
    m_newDatasetAction->setShortcut(QKeySequence::New);
    connect(m_newDatasetAction, &QAction::triggered, this, &MainWindow::showNewDatasetDialog);
    m_openDemoAction = new QAction(this);
    connect(m_openDemoAction, &QAction::triggered, data, &DatasetController::openDemoDataset);
    m_openRunAction = new QAction(this);
    m_openRunAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openRunAction, &QAction::triggered, this, &MainWindow::chooseRun);
    m_exportModelAction = new QAction(this);
    m_exportModelAction->setEnabled(false); // Train and Inspect modes only (setMode)
    connect(m_exportModelAction, &QAction::triggered, this, &MainWindow::showExportModelDialog);
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, data,
            &DatasetController::clearRecentDatasets);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_preferencesAction =
        new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), QString(), this);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this,
            [this] { PreferencesDialog(this).exec(); });
    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_readmeAction =
        new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), QString(), this);
    connect(m_readmeAction, &QAction::triggered, this, [] {
        QDesktopServices::openUrl(AboutDialog::readmeUrl(QCoreApplication::applicationDirPath()));
    });
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Open dataset… starts the Data page's toolbar, as it always did.
    if (QToolBar* dataTools = m_dataPage->toolBars().value(0))
        dataTools->insertAction(dataTools->actions().value(0), m_openAction);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    addMenuActions(m_fileMenu, {m_openAction, m_newDatasetAction, m_openDemoAction});
    m_recentMenu = m_fileMenu->addMenu(QString());
    addMenuActions(m_fileMenu, {nullptr, m_openRunAction, m_exportModelAction, nullptr,
                                m_dataPage->saveAction(), nullptr, m_quitAction});
    updateRecentMenu();

    m_editMenu = menuBar()->addMenu(QString());
    addMenuActions(m_editMenu, m_dataPage->editActions());
    addMenuActions(m_editMenu, {nullptr, m_preferencesAction});

    m_viewMenu = menuBar()->addMenu(QString());
    m_overlayMenu = m_viewMenu->addMenu(QString());
    addMenuActions(m_overlayMenu, m_dataPage->overlayActions());
    m_viewMenu->addSeparator();
    addMenuActions(m_viewMenu, m_dataPage->viewActions());
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(QString());

    m_helpMenu = menuBar()->addMenu(QString());
    addMenuActions(m_helpMenu,
                   {m_shortcutsAction, m_readmeAction, nullptr, m_aboutAction, m_aboutQtAction});
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
    const std::tuple<Mode, const char*, Qt::Key> modes[] = {{Mode::Data, "data", Qt::Key_1},
                                                            {Mode::Train, "train", Qt::Key_2},
                                                            {Mode::Inspect, "inspect", Qt::Key_3}};
    QAction* first = m_viewMenu->actions().value(0);
    for (const auto& [mode, icon, key] : modes) {
        auto* action = new QAction(QIcon(resources::modeIcon(icon)), QString(), m_modeGroup);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        connect(action, &QAction::triggered, this, [this, mode = mode] { setMode(mode); });
        m_modeBar->addAction(action);
        m_viewMenu->insertAction(first, action);
    }
    m_viewMenu->insertSeparator(first);
    m_modeGroup->actions().first()->setChecked(true);
}

void MainWindow::createStatusBar()
{
    for (QWidget* widget : m_dataPage->statusBarWidgets())
        statusBar()->addWidget(widget);
    for (QWidget* widget : m_dataPage->permanentStatusBarWidgets())
        statusBar()->addPermanentWidget(widget);
}

void MainWindow::connectPages()
{
    const auto showMessage = [this](const QString& text, int timeout) {
        statusBar()->showMessage(text, timeout);
    };
    connect(m_dataPage, &DataPage::statusMessage, this, showMessage);
    connect(m_trainPage, &TrainPage::statusMessage, this, showMessage);
    connect(m_inspectPage, &InspectPage::statusMessage, this, showMessage);

    DatasetController* data = m_dataPage->controller();
    connect(data, &DatasetController::recentDatasetsChanged, this, &MainWindow::updateRecentMenu);
    connect(data, &DatasetController::datasetChanged, this, &MainWindow::updateWindowTitle);
    connect(data, &DatasetController::documentChanged, this, &MainWindow::updateWindowTitle);
    connect(data, &DatasetController::modifiedChanged, this, &QWidget::setWindowModified);
    connect(data, &DatasetController::datasetOpened, this, [this](const QString& path) {
        m_trainPage->setDatasetPath(path);
        m_inspectPage->setDatasetPath(path);
    });
    // A finished run is the natural model to inspect next.
    connect(m_trainPage, &TrainPage::runFinished, this, [this](const QString& runDir) {
        QSettings().setValue(QLatin1String(kLastRunKey), runDir);
        m_inspectPage->setModelPath(runDir);
    });
    // One selected image for Data and Inspect.
    connect(m_inspectPage, &InspectPage::imageSelected, data, [data](const QString& stem) {
        const int row = data->sampleModel()->rowForStem(stem);
        if (row >= 0 && row != data->currentSample())
            data->selectSample(row);
    });
    // "Correct this": the Data page shows the image and applies the predictions as one edit.
    connect(m_inspectPage, &InspectPage::correctionRequested, this,
            [this, data](const QString& stem, const QVector<QPointF>& pixels,
                         const QVector<bool>& visible) {
                if (data->sampleModel()->rowForStem(stem) >= 0)
                    setMode(Mode::Data);
                data->applyCorrection(stem, pixels, visible);
            });
}

// ---- Modes -----------------------------------------------------------------------------------

void MainWindow::setMode(Mode mode)
{
    const QList<ModePage*> all = pages();
    ModePage* shown = all.at(static_cast<int>(mode));
    ModePage* previous = all.at(static_cast<int>(m_mode));
    if (previous != shown)
        previous->deactivate();
    // The other pages' keys (V, A, Del, N, K, ...) do nothing while this one shows.
    for (ModePage* page : all)
        if (page != shown)
            for (QAction* action : page->modeActions())
                action->setEnabled(false);
    m_mode = mode;
    m_pages->setCurrentWidget(shown->pageWidget());
    // Only the shown page's minimum size constrains the window.
    for (ModePage* page : all) {
        const auto policy = page == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        page->pageWidget()->setSizePolicy(policy, policy);
    }
    for (QAction* action : shown->modeActions())
        action->setEnabled(true);
    shown->activate(); // may narrow its actions down to what applies now
    m_modeGroup->actions().at(static_cast<int>(mode))->setChecked(true);
    m_exportModelAction->setEnabled(mode != Mode::Data);
    fillPanelsMenu(shown);
    // Inspect follows the Data selection when it is entered (not on every Data step: showing an
    // image there decodes it on this thread, wasted while the page is hidden).
    const DatasetController* data = m_dataPage->controller();
    const int row = data->shownRow();
    if (mode == Mode::Inspect && row >= 0 && row < data->sampleModel()->rowCount())
        m_inspectPage->showImage(QString::fromStdString(data->sampleModel()->sample(row).stem));
}

void MainWindow::fillPanelsMenu(ModePage* page)
{
    m_panelsMenu->clear();
    for (QDockWidget* dock : page->docks())
        m_panelsMenu->addAction(dock->toggleViewAction());
    for (QToolBar* toolBar : page->toolBars())
        m_panelsMenu->addAction(toolBar->toggleViewAction());
    m_panelsMenu->setEnabled(!m_panelsMenu->isEmpty());
}

void MainWindow::chooseRun()
{
    const QString start = QSettings().value(QLatin1String(kLastRunKey)).toString();
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

// ---- Datasets --------------------------------------------------------------------------------

void MainWindow::chooseDataset()
{
    const QString current = m_dataPage->controller()->datasetPath();
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open dataset"), start);
    if (!dir.isEmpty())
        m_dataPage->controller()->openDataset(dir);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = DatasetController::recentDatasets();
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
        connect(action, &QAction::triggered, this,
                [this, path] { m_dataPage->controller()->openDataset(path); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
}

void MainWindow::updateWindowTitle()
{
    const DatasetController* data = m_dataPage->controller();
    const QString path = data->datasetPath();
    const QString dataset = QFileInfo(path).fileName();
    const QString stem = data->document() ? data->shownStem() : QString();
    // "[*]" is where Qt draws the modified marker.
    setWindowTitle(stem.isEmpty() ? dataset : QStringLiteral("%1[*] — %2").arg(stem, dataset));
    setWindowFilePath(path);
    setWindowModified(data->document() && data->document()->isModified());
}

NewDatasetDialog* MainWindow::showNewDatasetDialog()
{
    if (!m_newDatasetDialog) {
        m_newDatasetDialog = new NewDatasetDialog(this);
        m_newDatasetDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_newDatasetDialog, &NewDatasetDialog::datasetCreated, this,
                [this](const QString& dir) { m_dataPage->controller()->openDataset(dir); });
    }
    m_newDatasetDialog->show();
    m_newDatasetDialog->raise();
    return m_newDatasetDialog;
}

// ---- Export, shortcuts -----------------------------------------------------------------------

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
        m_exportModelDialog->setDatasetPath(m_dataPage->controller()->datasetPath());
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

// ---- Texts, settings, closing ----------------------------------------------------------------

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("&Recent datasets"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_overlayMenu->setTitle(tr("&Overlays"));
    m_panelsMenu->setTitle(tr("Pane&ls"));
    m_helpMenu->setTitle(tr("&Help"));
    m_modeBar->setWindowTitle(tr("Modes"));
    const QList<QAction*> modes = m_modeGroup->actions();
    modes[0]->setText(tr("Data"));
    modes[0]->setToolTip(tr("Browse and annotate the dataset (Ctrl+1)"));
    modes[1]->setText(tr("Train"));
    modes[1]->setToolTip(tr("Train a model and watch it learn (Ctrl+2)"));
    modes[2]->setText(tr("Inspect"));
    modes[2]->setToolTip(
        tr("Run a model over the dataset: errors, heatmaps, statistics, reports (Ctrl+3)"));
    m_openRunAction->setText(tr("Open training &run…"));
    m_openRunAction->setStatusTip(
        tr("Show a run directory's curves and heatmaps; follow it live while it trains"));
    m_exportModelAction->setText(tr("&Export model…"));
    m_exportModelAction->setStatusTip(
        tr("Write the model as ONNX and verify it with OpenCV DNN against LibTorch"));
    m_newDatasetAction->setText(tr("&New synthetic dataset…"));
    m_newDatasetAction->setStatusTip(tr("Render a synthetic spacecraft dataset and open it"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_openAction->setText(tr("&Open dataset…"));
    m_openAction->setStatusTip(tr("Open a dataset folder in the 4SP layout"));
    m_openDemoAction->setText(tr("Open &demo dataset"));
    m_openDemoAction->setStatusTip(
        tr("Open the built-in synthetic spacecraft dataset (generated on first use)"));
    m_clearRecentAction->setText(tr("&Clear list"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Keypoint Studio"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_preferencesAction->setStatusTip(tr("Language of the user interface"));
    m_readmeAction->setText(tr("User &guide (README)"));
    m_readmeAction->setStatusTip(tr("Open the README shipped with Keypoint Studio"));
    updateRecentMenu();
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
    // Every page's own settings (dock layout, form values); pages leave restoring to their owner.
    for (ModePage* page : pages())
        page->restoreSettings();
    const int mode = settings.value(QLatin1String(kModeKey), 0).toInt();
    setMode(mode >= 0 && mode <= 2 ? static_cast<Mode>(mode) : Mode::Data);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kModeKey), static_cast<int>(m_mode));
    for (ModePage* page : pages())
        page->saveSettings();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    DatasetController* data = m_dataPage->controller();
    if (!data->maybeSaveChanges()) {
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
    data->cancelDemo();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    // The pages and their panels retranslate themselves on the same event.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace kps
