#include "data_page.h"

#include "annotation_document.h"
#include "data_status_widgets.h"
#include "dataset_controller.h"
#include "keypoint_image_view.h"
#include "keypoints_panel.h"
#include "problem_table_model.h"
#include "problems_panel.h"
#include "sample_table_model.h"
#include "samples_panel.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QKeySequence>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>

namespace kps {

namespace {

const char* const kStateKey = "data/windowState";

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

constexpr KeypointImageView::Overlay kOverlays[] = {
    KeypointImageView::Overlay::Keypoints, KeypointImageView::Overlay::Labels,
    KeypointImageView::Overlay::Edges, KeypointImageView::Overlay::CropBox,
    KeypointImageView::Overlay::HiddenKeypoints};

} // namespace

DataPage::DataPage(QWidget* parent)
    : QMainWindow(parent), m_controller(new DatasetController(this)),
      m_undoGroup(new QUndoGroup(this))
{
    // A page inside the window, not a window of its own.
    setWindowFlags(Qt::Widget);
    m_view = new KeypointImageView(this);
    m_view->setObjectName(QStringLiteral("imageView"));
    m_view->setEditable(true);
    setCentralWidget(m_view);

    createActions();
    createDocks();
    m_status = new DataStatusWidgets(m_controller, m_view, this);
    connectController();
    connectView();
    m_controller->setUnsavedChangesPrompt([this](const QString& stem) {
        return QMessageBox::warning(
            this, tr("Unsaved changes"), tr("The annotation of %1 has unsaved changes.").arg(stem),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    });
    retranslateUi();
    updateEditActions();
}

DataPage::~DataPage() = default;

// ---- Construction ----------------------------------------------------------------------------

void DataPage::createActions()
{
    const auto action = [this](const QList<QKeySequence>& keys, const char* icon,
                               void (DataPage::*slot)()) {
        auto* created = new QAction(this);
        created->setShortcuts(keys);
        if (icon)
            created->setIcon(QIcon::fromTheme(QLatin1String(icon)));
        if (slot)
            connect(created, &QAction::triggered, this, slot);
        return created;
    };
    m_saveAction = action({QKeySequence(QKeySequence::Save)}, "document-save", nullptr);
    connect(m_saveAction, &QAction::triggered, m_controller, &DatasetController::saveAnnotation);

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

    m_toggleVisibleAction =
        action({QKeySequence(Qt::Key_V)}, nullptr, &DataPage::toggleSelectedKeypointVisible);
    m_deleteKeypointAction = action({QKeySequence(QKeySequence::Delete)}, "edit-delete",
                                    &DataPage::deleteSelectedKeypoint);
    m_placeKeypointAction =
        action({QKeySequence(Qt::Key_A)}, "list-add", &DataPage::placeMissingKeypoint);
    m_cancelPlaceAction = action({QKeySequence(Qt::Key_Escape)}, nullptr, nullptr);
    connect(m_cancelPlaceAction, &QAction::triggered, this,
            [this] { m_view->setPlacementIndex(-1); });

    const auto overlayAction = [this](KeypointImageView::Overlay overlay, Qt::Key key) {
        auto* created = new QAction(this);
        created->setCheckable(true);
        created->setShortcut(QKeySequence(key));
        created->setChecked(m_view->isOverlayVisible(overlay));
        connect(created, &QAction::toggled, this,
                [this, overlay](bool on) { m_view->setOverlayVisible(overlay, on); });
        return created;
    };
    m_showKeypointsAction = overlayAction(KeypointImageView::Overlay::Keypoints, Qt::Key_K);
    m_showLabelsAction = overlayAction(KeypointImageView::Overlay::Labels, Qt::Key_L);
    m_showEdgesAction = overlayAction(KeypointImageView::Overlay::Edges, Qt::Key_E);
    m_showCropBoxAction = overlayAction(KeypointImageView::Overlay::CropBox, Qt::Key_C);
    m_showHiddenAction = overlayAction(KeypointImageView::Overlay::HiddenKeypoints, Qt::Key_H);

    m_fitAction = action({QKeySequence(Qt::Key_F)}, nullptr, nullptr);
    connect(m_fitAction, &QAction::triggered, m_view, &KeypointImageView::fitToWindow);
    m_actualSizeAction = action({QKeySequence(Qt::Key_1)}, nullptr, nullptr);
    connect(m_actualSizeAction, &QAction::triggered, m_view, &KeypointImageView::zoomToActualSize);
    m_zoomInAction = action(QKeySequence::keyBindings(QKeySequence::ZoomIn), nullptr, nullptr);
    connect(m_zoomInAction, &QAction::triggered, m_view, &KeypointImageView::zoomIn);
    m_zoomOutAction = action(QKeySequence::keyBindings(QKeySequence::ZoomOut), nullptr, nullptr);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &KeypointImageView::zoomOut);
    m_nextAction = action({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_N)}, nullptr,
                          &DataPage::showNextSample);
    m_previousAction = action({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_P)}, nullptr,
                              &DataPage::showPreviousSample);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() key
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addSeparator();
    for (QAction* each : {m_undoAction, m_redoAction})
        m_toolBar->addAction(each);
    m_toolBar->addSeparator();
    for (QAction* each : {m_previousAction, m_nextAction, m_fitAction})
        m_toolBar->addAction(each);
    m_toolBar->addSeparator();
    for (QAction* each : {m_placeKeypointAction, m_toggleVisibleAction})
        m_toolBar->addAction(each);
}

void DataPage::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    const auto dock = [this](const char* name, QWidget* content, Qt::DockWidgetArea area) {
        auto* created = new QDockWidget(this);
        created->setObjectName(QLatin1String(name)); // saveState() key
        created->setWidget(content);
        addDockWidget(area, created);
        return created;
    };
    m_samples = new SamplesPanel(m_controller->sampleModel(), this);
    m_samplesDock = dock("samplesDock", m_samples, Qt::LeftDockWidgetArea);
    m_problems = new ProblemsPanel(m_controller->problemModel(), this);
    m_problemsDock = dock("problemsDock", m_problems, Qt::BottomDockWidgetArea);
    m_keypoints = new KeypointsPanel(this);
    m_keypointsDock = dock("keypointsDock", m_keypoints, Qt::RightDockWidgetArea);
    m_undoView = new QUndoView(m_undoGroup, this);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_historyDock = dock("historyDock", m_undoView, Qt::RightDockWidgetArea);

    connect(m_samples, &SamplesPanel::currentRowChanged, m_controller,
            &DatasetController::selectSample);
    connect(m_problems, &ProblemsPanel::fileActivated, this, &DataPage::onProblemFileActivated);
    connect(m_keypoints, &KeypointsPanel::selectedKeypointChanged, this, [this](int index) {
        m_view->setSelectedKeypoint(index);
        updateEditActions();
    });
}

void DataPage::applyDefaultLayout()
{
    // Every column of the Images panel readable (thumbnail, stem, counts), a slim Problems strip;
    // on a small window the image still keeps about 40 % of the width.
    const int width = this->width();
    resizeDocks({m_samplesDock, m_keypointsDock},
                {std::min(460, width * 36 / 100), std::min(330, width / 4)}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {100}, Qt::Vertical);
}

void DataPage::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_defaultLayoutPending) {
        m_defaultLayoutPending = false;
        applyDefaultLayout();
    }
}

void DataPage::connectController()
{
    DatasetController* controller = m_controller;
    connect(controller, &DatasetController::datasetChanged, this, &DataPage::updatePlaceholder);
    connect(controller, &DatasetController::datasetFailed, this,
            [this](const QString&, const QString& message) { Q_EMIT statusMessage(message, 0); });
    connect(controller, &DatasetController::datasetOpened, this, [this] {
        m_view->setEdges(m_controller->edges());
        // The first image of the list as the user sorted and filtered it.
        const int first = m_samples->rowAtOffset(0);
        if (first >= 0 && m_controller->currentSample() < 0)
            m_controller->selectSample(first);
        if (m_controller->problemModel()->count(ProblemSeverity::Error) > 0)
            m_problemsDock->show();
    });
    connect(controller, &DatasetController::currentSampleChanged, m_samples,
            &SamplesPanel::setCurrentRow);
    connect(controller, &DatasetController::sampleCleared, this, [this] {
        m_view->setPlacementIndex(-1);
        if (m_controller->shownRow() < 0) // the dataset closed
            m_view->clear();
    });
    connect(controller, &DatasetController::sampleShown, this, &DataPage::onSampleShown);
    connect(controller, &DatasetController::documentChanged, this, &DataPage::onDocumentChanged);
    connect(controller, &DatasetController::documentEdited, this, [this] {
        if (AnnotationDocument* document = m_controller->document())
            m_view->setKeypoints(document->markers());
        updateEditActions();
    });
    connect(controller, &DatasetController::saved, this, [this](const QString& file) {
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(file)), 4000);
    });
    connect(controller, &DatasetController::saveFailed, this, [this](const QString& message) {
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Save annotation"),
                            tr("The annotation could not be saved."), QMessageBox::Ok, this);
        box->setInformativeText(message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(controller, &DatasetController::correctionApplied, this, [this](const QString& stem) {
        Q_EMIT statusMessage(
            tr("Predictions of %1 applied: correct them and save (Ctrl+Z undoes)").arg(stem), 8000);
    });
    connect(controller, &DatasetController::correctionRefused, this, [this](const QString& stem) {
        Q_EMIT statusMessage(tr("%1 is not an image of the open dataset").arg(stem), 5000);
    });
    connect(controller, &DatasetController::demoStarted, this, &DataPage::onDemoStarted);
    connect(controller, &DatasetController::demoFinished, this, &DataPage::onDemoFinished);
}

void DataPage::connectView()
{
    // Edits from the view apply to the document of the stem on screen, never to another one.
    connect(m_view, &KeypointImageView::keypointMoved, this,
            [this](int index, const QPointF&, const QPointF& to) {
                if (!m_controller->moveKeypoint(index, to)) {
                    AnnotationDocument* document = m_controller->document();
                    m_view->setKeypoints(document ? document->markers()
                                                  : QVector<KeypointMarker>());
                }
            });
    connect(m_view, &KeypointImageView::keypointPlacementRequested, m_controller,
            &DatasetController::placeKeypoint);
    connect(m_view, &KeypointImageView::keypointSelected, this, [this](int index) {
        m_keypoints->selectKeypoint(index);
        updateEditActions();
    });
    connect(m_view, &KeypointImageView::placementIndexChanged, this, [this](int index) {
        Q_EMIT statusMessage(
            index >= 0 ? tr("Click in the image to place keypoint %1 (Esc cancels)").arg(index)
                       : QString(),
            0);
    });
}

// ---- The window's view of the page -----------------------------------------------------------

QList<QAction*> DataPage::editActions() const
{
    return {m_undoAction,          m_redoAction,          nullptr,
            m_toggleVisibleAction, m_placeKeypointAction, m_cancelPlaceAction,
            m_deleteKeypointAction};
}

QList<QAction*> DataPage::overlayActions() const
{
    return {m_showKeypointsAction, m_showLabelsAction, m_showEdgesAction, m_showCropBoxAction,
            m_showHiddenAction};
}

QList<QAction*> DataPage::viewActions() const
{
    return {m_fitAction, m_actualSizeAction, m_zoomInAction,  m_zoomOutAction,
            nullptr,     m_nextAction,       m_previousAction};
}

QList<QWidget*> DataPage::statusBarWidgets() const
{
    return m_status->widgets();
}

QList<QWidget*> DataPage::permanentStatusBarWidgets() const
{
    return m_status->permanentWidgets();
}

QList<QAction*> DataPage::modeActions() const
{
    QList<QAction*> actions{m_saveAction};
    for (const QList<QAction*>& group : {editActions(), overlayActions(), viewActions()})
        for (QAction* action : group)
            if (action)
                actions << action;
    return actions;
}

void DataPage::activate()
{
    m_active = true;
    // Ctrl+Z edits the annotation on screen, and only while it is on screen.
    AnnotationDocument* document = m_controller->document();
    m_undoGroup->setActiveStack(document ? document->undoStack() : nullptr);
    m_undoAction->setEnabled(m_undoGroup->canUndo());
    m_redoAction->setEnabled(m_undoGroup->canRedo());
    updateEditActions();
    m_status->setViewInfoShown(true);
}

void DataPage::deactivate()
{
    m_active = false;
    m_view->setPlacementIndex(-1);
    m_undoGroup->setActiveStack(nullptr);
    updateEditActions();
    m_status->setViewInfoShown(false); // another page's view is on screen
}

// ---- Samples and editing ---------------------------------------------------------------------

void DataPage::showNextSample()
{
    m_controller->selectSample(m_samples->rowAtOffset(+1));
}

void DataPage::showPreviousSample()
{
    m_controller->selectSample(m_samples->rowAtOffset(-1));
}

void DataPage::onSampleShown()
{
    const LoadedSample& sample = m_controller->shownSample();
    AnnotationDocument* document = m_controller->document();
    m_view->setPlacementIndex(-1);
    m_view->setImage(sample.image);
    m_view->setCropBox(sample.cropBox);
    m_view->setKeypoints(document ? document->markers() : sample.keypoints);

    const QStringList errors = m_controller->shownSampleErrors();
    if (sample.image.isNull())
        m_view->setPlaceholderText(errors.join(QLatin1Char('\n')));
    Q_EMIT statusMessage(errors.join(QLatin1Char(' ')), errors.isEmpty() ? 0 : 8000);
}

void DataPage::onDocumentChanged(AnnotationDocument* document)
{
    m_keypoints->setDocument(document);
    if (document) {
        m_undoGroup->addStack(document->undoStack());
        if (m_active)
            m_undoGroup->setActiveStack(document->undoStack());
    }
    updateEditActions();
}

void DataPage::updateEditActions()
{
    AnnotationDocument* document = m_controller->document();
    const bool editing = document != nullptr && m_active;
    const int selected = m_keypoints->selectedKeypoint();
    const bool listed = editing && selected >= 0 && document->keypoint(selected).listed;
    m_saveAction->setEnabled(editing);
    m_toggleVisibleAction->setEnabled(listed);
    m_deleteKeypointAction->setEnabled(listed);
    m_placeKeypointAction->setEnabled(editing);
    m_cancelPlaceAction->setEnabled(editing);
}

void DataPage::toggleSelectedKeypointVisible()
{
    AnnotationDocument* document = m_controller->document();
    const int index = m_keypoints->selectedKeypoint();
    if (!document || index < 0)
        return;
    const KeypointState state = document->keypoint(index);
    if (!state.listed)
        return;
    if (!state.visible && !state.pixel) {
        // Nothing to show it at (e.g. behind the camera): the user places it instead.
        m_view->setPlacementIndex(index);
        return;
    }
    document->setKeypointVisible(index, !state.visible);
}

void DataPage::deleteSelectedKeypoint()
{
    AnnotationDocument* document = m_controller->document();
    const int index = m_keypoints->selectedKeypoint();
    if (document && index >= 0)
        document->deleteKeypoint(index);
}

void DataPage::placeMissingKeypoint()
{
    AnnotationDocument* document = m_controller->document();
    if (!document)
        return;
    const int selected = m_keypoints->selectedKeypoint();
    int index = selected;
    if (index < 0 || document->keypoint(index).pixel) {
        index = -1;
        for (int k = 0; k < document->keypointCount() && index < 0; ++k)
            if (!document->keypoint(k).pixel)
                index = k;
    }
    if (index < 0)
        index = selected; // all placed: re-place the selected one if any (moving it by clicking)
    if (index >= 0)
        m_view->setPlacementIndex(index);
}

void DataPage::onProblemFileActivated(const QString& file)
{
    const int row = m_controller->sampleModel()->rowForFile(file.toStdString());
    if (row < 0) {
        Q_EMIT statusMessage(
            tr("%1 belongs to no image of the list").arg(QDir::toNativeSeparators(file)), 5000);
        return;
    }
    m_controller->selectSample(row);
}

// ---- Demo dataset ----------------------------------------------------------------------------

void DataPage::onDemoStarted(int imageCount)
{
    auto* dialog = new QProgressDialog(this);
    m_demoProgress = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Demo dataset"));
    dialog->setLabelText(
        tr("Rendering the demo dataset (%n image(s)); this happens once.", nullptr, imageCount));
    dialog->setCancelButtonText(tr("Cancel"));
    dialog->setRange(0, imageCount);
    dialog->setValue(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    dialog->setWindowModality(Qt::WindowModal);
    connect(m_controller->demoJob(), &DemoDatasetJob::progressChanged, dialog,
            [dialog](int done, int total) {
                dialog->setMaximum(total);
                dialog->setValue(done);
            });
    connect(dialog, &QProgressDialog::canceled, this, [this, dialog] {
        dialog->setLabelText(tr("Cancelling…"));
        m_controller->cancelDemo();
    });
    dialog->show();
    Q_EMIT statusMessage(tr("Rendering the demo dataset into %1")
                             .arg(QDir::toNativeSeparators(m_controller->demoDirectory())),
                         0);
}

void DataPage::onDemoFinished(bool ok, const QString& error)
{
    if (m_demoProgress) {
        m_demoProgress->disconnect(this);
        m_demoProgress->disconnect(m_controller->demoJob());
        m_demoProgress->close();
    }
    Q_EMIT statusMessage(QString(), 0);
    if (ok)
        return; // the controller opens it
    if (!error.isEmpty()) {
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Demo dataset"),
                            tr("The demo dataset could not be created."), QMessageBox::Ok, this);
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        Q_EMIT statusMessage(tr("Demo dataset cancelled"), 5000);
    }
}

// ---- Texts and settings ----------------------------------------------------------------------

void DataPage::updatePlaceholder()
{
    const DatasetController* controller = m_controller;
    QString text;
    if (controller->datasetPath().isEmpty())
        text = tr("No dataset open.\n\nOpen a dataset folder with File > Open dataset… (%1)\n"
                  "or explore the built-in demo with File > Open demo dataset.")
                   .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    else if (controller->isScanning())
        text = tr("Scanning the dataset…");
    else if (!controller->scanError().isEmpty())
        text = tr("The dataset could not be opened:\n%1").arg(controller->scanError());
    else if (controller->sampleModel()->rowCount() == 0)
        text = tr("No images found in %1.\nA dataset needs Rendered_Images/, JSON_Data_REF/ and "
                  "Object_Information/mesh_information.json; see the Problems panel.")
                   .arg(QDir::toNativeSeparators(controller->datasetPath()));
    else
        text = tr("Select an image in the Images panel.");
    m_view->setPlaceholderText(text);
}

void DataPage::retranslateUi()
{
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_samplesDock->setWindowTitle(tr("Images"));
    m_problemsDock->setWindowTitle(tr("Problems"));
    m_keypointsDock->setWindowTitle(tr("Keypoints"));
    m_historyDock->setWindowTitle(tr("History"));
    m_undoView->setEmptyLabel(tr("<loaded>"));
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
    m_status->retranslateUi();
    updatePlaceholder();
}

void DataPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void DataPage::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kStateKey), saveState());
    for (KeypointImageView::Overlay overlay : kOverlays)
        settings.setValue(overlayKey(overlay), m_view->isOverlayVisible(overlay));
}

void DataPage::restoreSettings()
{
    QSettings settings;
    // Without a saved state the first-run layout applies when the page first shows.
    if (restoreState(settings.value(QLatin1String(kStateKey)).toByteArray()))
        m_defaultLayoutPending = false;
    const QList<QAction*> actions = overlayActions();
    for (int i = 0; i < actions.size(); ++i)
        actions[i]->setChecked(
            settings.value(overlayKey(kOverlays[i]), actions[i]->isChecked()).toBool());
}

} // namespace kps
