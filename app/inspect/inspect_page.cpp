#include "inspect_page.h"

#include "evaluation_report_writer.h"
#include "inspect_compare_panel.h"
#include "inspect_errors_panel.h"
#include "inspect_heatmap_panel.h"
#include "inspect_image_panel.h"
#include "inspect_keypoint_panel.h"
#include "inspect_run_panel.h"
#include "inspect_statistics_panel.h"
#include "progress.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QProgressDialog>
#include <QSettings>
#include <QShortcut>

namespace kps {

namespace {

// Forwards EvaluationReportWriter's steps to a progress dialog (same thread).
class ProgressDialogObserver : public ProgressObserver
{
public:
    explicit ProgressDialogObserver(QProgressDialog* dialog) : m_dialog(dialog) {}
    void progress(const std::string&, std::size_t done, std::size_t total) override
    {
        m_dialog->setMaximum(static_cast<int>(total));
        m_dialog->setValue(static_cast<int>(done));
    }

private:
    QProgressDialog* m_dialog;
};

} // namespace

InspectPage::InspectPage(QWidget* parent)
    : QMainWindow(parent), m_controller(new InspectController(this))
{
    setWindowFlags(Qt::Widget);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    m_imagePanel = new InspectImagePanel(m_controller, this);
    setCentralWidget(m_imagePanel);
    m_runPanel = new InspectRunPanel(m_controller);
    addDock(tr("Run"), "inspectRunDock", m_runPanel, Qt::LeftDockWidgetArea);
    m_keypointPanel = new InspectKeypointPanel(m_controller);
    addDock(tr("Keypoints"), "inspectKeypointDock", m_keypointPanel, Qt::LeftDockWidgetArea);
    m_heatmapPanel = new InspectHeatmapPanel(m_controller);
    addDock(tr("Heatmap"), "inspectHeatmapDock", m_heatmapPanel, Qt::RightDockWidgetArea);
    m_statisticsPanel = new InspectStatisticsPanel(m_controller);
    addDock(tr("Statistics"), "inspectStatisticsDock", m_statisticsPanel, Qt::RightDockWidgetArea);
    m_errorsPanel = new InspectErrorsPanel(m_controller);
    QDockWidget* errorsDock =
        addDock(tr("Errors"), "inspectErrorsDock", m_errorsPanel, Qt::BottomDockWidgetArea);
    m_comparePanel = new InspectComparePanel(m_controller);
    QDockWidget* compareDock =
        addDock(tr("Compare"), "inspectCompareDock", m_comparePanel, Qt::BottomDockWidgetArea);
    tabifyDockWidget(errorsDock, compareDock);
    errorsDock->raise(); // the error grid first; Compare is one tab away

    auto* next = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, m_controller, &InspectController::showNextImage);
    auto* previous = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, m_controller, &InspectController::showPreviousImage);

    connect(m_runPanel, &InspectRunPanel::exportRequested, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Report folder"));
        if (dir.isEmpty())
            return;
        QString error;
        if (!exportReport(dir, &error))
            m_controller->setRunStatus(tr("Report failed: %1").arg(error));
    });
    connect(m_controller, &InspectController::imageSelected, this, &InspectPage::imageSelected);
    connect(m_controller, &InspectController::statusMessage, this, &InspectPage::statusMessage);
    connect(m_controller, &InspectController::correctionRequested, this,
            &InspectPage::correctionRequested);
    connect(m_controller, &InspectController::inspectionReady, this, &InspectPage::inspectionReady);
}

InspectPage::~InspectPage() = default;

QDockWidget* InspectPage::addDock(const QString& title, const char* objectName, QWidget* panel,
                                  Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(QLatin1String(objectName));
    dock->setWidget(panel);
    addDockWidget(area, dock);
    return dock;
}

void InspectPage::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("inspect"));
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    m_controller->setViewSpace(settings.value(QStringLiteral("viewSpace")).toInt() == 1
                                   ? InspectController::ViewSpace::Crop
                                   : InspectController::ViewSpace::Original);
    InspectController::Options options = m_controller->options();
    options.showErrorVectors = settings.value(QStringLiteral("showVectors"), true).toBool();
    options.showEllipses = settings.value(QStringLiteral("showEllipses"), true).toBool();
    m_controller->setOptions(options);
    m_errorsPanel->setErrorThreshold(
        settings.value(QStringLiteral("errorThreshold"), 0.0).toDouble());
    m_controller->setComparisonModelPath(settings.value(QStringLiteral("compareModel")).toString());
    m_controller->showImage(settings.value(QStringLiteral("stem")).toString());
    const QString split = settings.value(QStringLiteral("split"), QStringLiteral("all")).toString();
    const QString model = settings.value(QStringLiteral("model")).toString();
    const QString dataset = settings.value(QStringLiteral("dataset")).toString();
    settings.endGroup();
    // Instant reopening: a complete cache of the restored choice loads off-thread.
    m_controller->restoreInputs(model, dataset, split);
}

void InspectPage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("inspect"));
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.setValue(QStringLiteral("model"), m_controller->modelPath());
    settings.setValue(QStringLiteral("dataset"), m_controller->datasetPath());
    settings.setValue(QStringLiteral("split"), m_controller->split());
    settings.setValue(QStringLiteral("compareModel"), m_controller->comparisonModelPath());
    settings.setValue(QStringLiteral("stem"), m_controller->currentStem());
    settings.setValue(QStringLiteral("viewSpace"),
                      m_controller->viewSpace() == InspectController::ViewSpace::Crop ? 1 : 0);
    settings.setValue(QStringLiteral("showVectors"), m_controller->options().showErrorVectors);
    settings.setValue(QStringLiteral("showEllipses"), m_controller->options().showEllipses);
    settings.setValue(QStringLiteral("errorThreshold"), m_errorsPanel->errorThreshold());
    settings.endGroup();
}

void InspectPage::setDatasetPath(const QString& path)
{
    m_controller->setDatasetPath(path);
}

QString InspectPage::datasetPath() const
{
    return m_controller->datasetPath();
}

void InspectPage::setModelPath(const QString& weightsOrRunDir)
{
    m_controller->setModelPath(weightsOrRunDir);
}

QString InspectPage::modelPath() const
{
    return m_controller->modelPath();
}

bool InspectPage::showImage(const QString& stem)
{
    return m_controller->showImage(stem);
}

QString InspectPage::currentStem() const
{
    return m_controller->currentStem();
}

bool InspectPage::runInspection(bool forceRun)
{
    return m_controller->runInspection(forceRun);
}

KeypointImageView* InspectPage::imageView() const
{
    return m_imagePanel->imageView();
}

PredictionOverlay* InspectPage::predictionOverlay() const
{
    return m_imagePanel->overlay();
}

bool InspectPage::exportReport(const QString& dir, QString* error)
{
    EvaluationReportInput input;
    if (!m_controller->reportInput(&input)) {
        if (error)
            *error = tr("nothing to report: run an inspection first");
        return false;
    }
    // The writer renders QWidgets (plots), which Qt allows on the GUI thread only: it runs here
    // behind a modal progress dialog, which keeps the window painted between steps.
    QProgressDialog dialog(tr("Writing the report…"), QString(), 0, 1, this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    ProgressDialogObserver observer(&dialog);
    try {
        const EvaluationReportFiles files = EvaluationReportWriter::write(
            std::filesystem::path(dir.toStdString()), input, {}, &observer);
        Q_EMIT statusMessage(tr("Report written: %1").arg(files.html), 6000);
        m_controller->setRunStatus(tr("Report written: %1").arg(files.html));
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

} // namespace kps
