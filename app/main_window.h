#pragma once
// MainWindow is Keypoint Studio's one window, and only its chrome: menus, the mode bar on the
// left, the status bar and the window's settings. It stacks the three mode pages (DataPage,
// TrainPage, InspectPage) and treats them through ModePage: switching mode deactivates one page
// and activates the next, the shown page's actions are the only ones enabled, View > Panels lists
// the shown page's docks and toolbars, and every page saves and restores its own settings with
// the window's. It also carries what passes between pages: the open dataset (Data -> Train and
// Inspect), the shared image selection (Data <-> Inspect), "Correct this" (Inspect -> Data) and a
// finished run (Train -> Inspect).
//
// Threads: UI thread only.

#include <QMainWindow>
#include <QPointer>
#include <QVector>

class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace kps {

class DataPage;
class ExportModelDialog;
class InspectPage;
class ModePage;
class NewDatasetDialog;
class TrainPage;

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

    // The mode bar: Data (browser and editor), Train, Inspect (Ctrl+1..3).
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    DataPage* dataPage() const { return m_dataPage; }
    TrainPage* trainPage() const { return m_trainPage; }
    InspectPage* inspectPage() const { return m_inspectPage; }
    // File > Open run…: shows a run directory (curves, heatmap evolution) on the Train page.
    bool openRun(const QString& runDir);

    // Writes geometry, the mode and every page's settings (also done when the window closes).
    void saveSettings() const;

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
    void chooseDataset();
    void chooseRun();
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QList<ModePage*> pages() const;
    void createActions();
    void createMenus();
    void createModeBar();
    void createStatusBar();
    void connectPages();
    void fillPanelsMenu(ModePage* page);
    void retranslateUi();
    void restoreSettings();
    void updateRecentMenu();
    void updateWindowTitle();

    // Pages
    Mode m_mode = Mode::Data;
    QStackedWidget* m_pages = nullptr;
    DataPage* m_dataPage = nullptr;
    TrainPage* m_trainPage = nullptr;
    InspectPage* m_inspectPage = nullptr;
    QToolBar* m_modeBar = nullptr;
    QActionGroup* m_modeGroup = nullptr; // one checkable action per mode, in Mode order

    // Menus
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_overlayMenu = nullptr;
    QMenu* m_panelsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;

    // The window's own actions (the pages bring theirs)
    QAction* m_openAction = nullptr;
    QAction* m_newDatasetAction = nullptr;
    QAction* m_openDemoAction = nullptr;
    QAction* m_openRunAction = nullptr;
    QAction* m_exportModelAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_readmeAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;

    QPointer<NewDatasetDialog> m_newDatasetDialog;
    QPointer<ExportModelDialog> m_exportModelDialog;
};

} // namespace kps
