#pragma once
// The Data page (DESIGN.md "The window"): the dataset browser and annotation editor. The keypoint
// image view in the centre; the Images (SamplesPanel), Keypoints (KeypointsPanel), History (the
// undo stack of the shown image) and Problems (ProblemsPanel) panels as docks whose layout
// persists; a toolbar; the editor's actions; and the Data part of the window's status bar. Its
// state and work are the DatasetController's: the page lays out widgets and reflects it.
// Embedded as a widget (a QMainWindow for its docks); settings persist under QSettings "data"
// (overlays under "view").
//
// Threads: UI thread only.

#include "mode_page.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QProgressDialog;
class QToolBar;
class QUndoGroup;
class QUndoView;

namespace kps {

class AnnotationDocument;
class DataStatusWidgets;
class DatasetController;
class KeypointImageView;
class KeypointsPanel;
class ProblemsPanel;
class SamplesPanel;

class DataPage : public QMainWindow, public ModePage
{
    Q_OBJECT

public:
    explicit DataPage(QWidget* parent = nullptr);
    ~DataPage() override;

    DatasetController* controller() const { return m_controller; }
    KeypointImageView* imageView() const { return m_view; }
    SamplesPanel* samplesPanel() const { return m_samples; }
    KeypointsPanel* keypointsPanel() const { return m_keypoints; }
    ProblemsPanel* problemsPanel() const { return m_problems; }
    // The undo stack of the shown image is its active stack while the page shows.
    QUndoGroup* undoGroup() const { return m_undoGroup; }

    QAction* saveAction() const { return m_saveAction; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    // The page's actions by the window menu they belong in (null entries are separators).
    QList<QAction*> editActions() const;
    QList<QAction*> overlayActions() const;
    QList<QAction*> viewActions() const;
    // The Data part of the window's status bar (DataStatusWidgets): dataset summary and scan
    // progress (left), shown image, cursor position and zoom (right; shown with the page).
    QList<QWidget*> statusBarWidgets() const;
    QList<QWidget*> permanentStatusBarWidgets() const;

    // ModePage
    QMainWindow* pageWidget() override { return this; }
    QList<QAction*> modeActions() const override;
    void activate() override;
    void deactivate() override;
    void saveSettings() const override;
    void restoreSettings() override;

public Q_SLOTS:
    void showNextSample();
    void showPreviousSample();
    void toggleSelectedKeypointVisible();
    void deleteSelectedKeypoint();
    // Enters place mode for the selected keypoint if it has no position, else the first missing.
    void placeMissingKeypoint();

Q_SIGNALS:
    void statusMessage(const QString& text, int timeoutMs);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void createDocks();
    // First run: dock sizes that show every column of the Images table and keep an empty
    // Problems panel a strip. Applied once the page has its size (resizeDocks needs it).
    void applyDefaultLayout();
    void connectController();
    void connectView();
    void retranslateUi();
    void updatePlaceholder();
    void updateEditActions();
    void onSampleShown();
    void onDocumentChanged(AnnotationDocument* document);
    void onDemoStarted(int imageCount);
    void onDemoFinished(bool ok, const QString& error);
    void onProblemFileActivated(const QString& file);

    DatasetController* m_controller = nullptr;
    bool m_active = false;
    bool m_defaultLayoutPending = true; // no saved dock layout, and not shown yet

    KeypointImageView* m_view = nullptr;
    SamplesPanel* m_samples = nullptr;
    KeypointsPanel* m_keypoints = nullptr;
    ProblemsPanel* m_problems = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QUndoView* m_undoView = nullptr;
    QDockWidget* m_samplesDock = nullptr;
    QDockWidget* m_keypointsDock = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QDockWidget* m_problemsDock = nullptr;
    QToolBar* m_toolBar = nullptr;
    QPointer<QProgressDialog> m_demoProgress;

    DataStatusWidgets* m_status = nullptr;

    QAction* m_saveAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_toggleVisibleAction = nullptr;
    QAction* m_deleteKeypointAction = nullptr;
    QAction* m_placeKeypointAction = nullptr;
    QAction* m_cancelPlaceAction = nullptr;
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
};

} // namespace kps
