#include "inspect_page.h"

#include "error_histogram_plot.h"
#include "error_scatter_plot.h"
#include "evaluation_report_writer.h"
#include "heatmap_grid_view.h"
#include "heatmap_image.h"
#include "heatmap_target.h"
#include "image_delta_table_model.h"
#include "image_error_table_model.h"
#include "keypoint_bar_plot.h"
#include "keypoint_image_view.h"
#include "letterbox_crop.h"
#include "model_comparison.h"
#include "nan_last_sort_proxy_model.h"
#include "pck_curve_plot.h"
#include "prediction_keypoint_table_model.h"
#include "progress.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace kps {

namespace {

constexpr double kVisibilityThreshold = 0.5;
constexpr double kPi = 3.14159265358979323846;

QString toQString(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

std::filesystem::path toPath(const QString& text)
{
    return std::filesystem::path(text.toStdString());
}

QString weightsFileOf(const QString& weightsOrRunDir)
{
    const QFileInfo info(weightsOrRunDir);
    if (info.isDir())
        return QDir(info.absoluteFilePath()).filePath(QStringLiteral("best.pt"));
    return weightsOrRunDir.isEmpty() ? QString() : info.absoluteFilePath();
}

QPointF qpoint(const Point2& p)
{
    return {p.x, p.y};
}

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

QTableView* makeTableView(QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QTableWidgetItem* numberItem(double value, int decimals = 3)
{
    auto* item =
        new QTableWidgetItem(std::isnan(value) ? QString() : QString::number(value, 'f', decimals));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

double jsonNumber(const nlohmann::ordered_json& json)
{
    return json.is_number() ? json.get<double>() : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

InspectPage::InspectPage(QWidget* parent) : QMainWindow(parent), m_imageCache(24)
{
    setWindowFlags(Qt::Widget);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    m_worker = new InspectionWorker(this);
    m_compareWorker = new InspectionWorker(this);

    // Central: the image view with its own small toolbar.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QToolBar(central);
    m_spaceCombo = new QComboBox(bar);
    m_spaceCombo->addItem(tr("Original image"));
    m_spaceCombo->addItem(tr("Model crop"));
    m_spaceCombo->setToolTip(tr("Show the original image or the model's input crop"));
    bar->addWidget(m_spaceCombo);
    m_showVectors = new QCheckBox(tr("Error vectors"), bar);
    m_showVectors->setChecked(true);
    bar->addWidget(m_showVectors);
    m_showEllipses = new QCheckBox(tr("Uncertainty"), bar);
    m_showEllipses->setChecked(true);
    m_showEllipses->setToolTip(
        tr("2-sigma ellipse of the heatmap's SoftArgMax distribution; dashed red: multi-peak"));
    bar->addWidget(m_showEllipses);
    m_showHeatmapOverlay = new QCheckBox(tr("Heatmap overlay"), bar);
    m_showHeatmapOverlay->setToolTip(tr("Overlay the selected keypoint's predicted heatmap"));
    bar->addWidget(m_showHeatmapOverlay);
    m_overlayOpacity = new QSlider(Qt::Horizontal, bar);
    m_overlayOpacity->setRange(0, 100);
    m_overlayOpacity->setValue(50);
    m_overlayOpacity->setMaximumWidth(100);
    m_overlayOpacity->setToolTip(tr("Heatmap overlay opacity"));
    bar->addWidget(m_overlayOpacity);
    bar->addSeparator();
    m_correctButton = new QPushButton(tr("Correct this"), bar);
    m_correctButton->setToolTip(
        tr("Turn the predictions into an editable annotation of this image (undoable)"));
    m_correctButton->setEnabled(false);
    bar->addWidget(m_correctButton);
    centralLayout->addWidget(bar);
    m_view = new KeypointImageView(central);
    m_view->setPlaceholderText(tr("Choose a model and a dataset, then Run"));
    m_view->setMarkerStyle(KeypointImageView::MarkerStyle::Cross); // ground truth x, prediction o
    m_view->viewport()->installEventFilter(this);
    centralLayout->addWidget(m_view, 1);
    m_imageInfo = new QLabel(central);
    m_imageInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_imageInfo->setWordWrap(true); // long pose-check messages must not widen the window
    centralLayout->addWidget(m_imageInfo);
    setCentralWidget(central);

    buildRunDock();
    buildKeypointDock();
    buildHeatmapDock();
    buildStatisticsDock();
    buildErrorsDock();
    buildCompareDock();

    connect(m_spaceCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int i) { setViewSpace(i == 1 ? ViewSpace::Crop : ViewSpace::Original); });
    connect(m_showVectors, &QCheckBox::toggled, this, [this] { updateImageView(); });
    connect(m_showEllipses, &QCheckBox::toggled, this, [this] { updateImageView(); });
    connect(m_showHeatmapOverlay, &QCheckBox::toggled, this, [this] { updateHeatmapOverlay(); });
    connect(m_overlayOpacity, &QSlider::valueChanged, this, [this] { updateHeatmapOverlay(); });
    connect(m_correctButton, &QPushButton::clicked, this, &InspectPage::requestCorrection);
    connect(m_view, &KeypointImageView::keypointSelected, this, &InspectPage::selectKeypoint);

    auto* next = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [this] {
        if (m_data && m_imageIndex + 1 < static_cast<int>(m_data->images.size()))
            showImage(QString::fromStdString(m_data->images[m_imageIndex + 1].stem));
    });
    auto* previous = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [this] {
        if (m_data && m_imageIndex > 0)
            showImage(QString::fromStdString(m_data->images[m_imageIndex - 1].stem));
    });

    connect(m_worker, &InspectionWorker::started, this, [this](bool runsModel) {
        setRunning(true);
        m_runStatus->setText(runsModel ? tr("Running the model…") : tr("Loading cached results…"));
    });
    connect(m_worker, &InspectionWorker::progressChanged, this,
            [this](int done, int total, double eta) {
                m_progress->setMaximum(std::max(1, total));
                m_progress->setValue(done);
                m_runStatus->setText(eta >= 0 ? tr("%1 of %2 images, about %3 s left")
                                                    .arg(done)
                                                    .arg(total)
                                                    .arg(std::ceil(eta), 0, 'f', 0)
                                              : tr("%1 of %2 images").arg(done).arg(total));
            });
    connect(m_worker, &InspectionWorker::finished, this, &InspectPage::onInspectionFinished);
    connect(m_worker, &InspectionWorker::failed, this, [this](const QString& message) {
        setRunning(false);
        m_runStatus->setText(tr("Failed: %1").arg(message));
        Q_EMIT statusMessage(tr("Inspection failed: %1").arg(message), 0);
    });
    connect(m_worker, &InspectionWorker::cancelled, this, [this] {
        setRunning(false);
        m_runStatus->setText(tr("Cancelled; nothing was cached."));
        Q_EMIT statusMessage(tr("Inspection cancelled"), 3000);
    });
    connect(m_compareWorker, &InspectionWorker::started, this, [this](bool runsModel) {
        m_compareButton->setEnabled(false);
        m_compareStatus->setText(runsModel ? tr("Running model B…")
                                           : tr("Loading model B's cached results…"));
    });
    connect(m_compareWorker, &InspectionWorker::progressChanged, this,
            [this](int done, int total, double) {
                m_compareStatus->setText(tr("Model B: %1 of %2 images").arg(done).arg(total));
            });
    connect(m_compareWorker, &InspectionWorker::finished, this, &InspectPage::onComparisonFinished);
    connect(m_compareWorker, &InspectionWorker::failed, this, [this](const QString& message) {
        m_compareButton->setEnabled(true);
        m_compareStatus->setText(tr("Failed: %1").arg(message));
    });
    connect(m_compareWorker, &InspectionWorker::cancelled, this, [this] {
        m_compareButton->setEnabled(true);
        m_compareStatus->setText(tr("Cancelled"));
    });

    restoreSettings();
}

InspectPage::~InspectPage()
{
    m_worker->cancel();
    m_compareWorker->cancel();
}

void InspectPage::buildRunDock()
{
    auto* dock = new QDockWidget(tr("Run"), this);
    dock->setObjectName(QStringLiteral("inspectRunDock"));
    auto* widget = new QWidget(dock);
    auto* form = new QFormLayout(widget);

    auto pathRow = [widget](QLineEdit*& edit, const QString& placeholder) {
        auto* row = new QWidget(widget);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        edit = new QLineEdit(row);
        edit->setPlaceholderText(placeholder);
        auto* browse = new QPushButton(tr("Browse…"), row);
        layout->addWidget(edit, 1);
        layout->addWidget(browse);
        return std::make_pair(row, browse);
    };
    auto [modelRow, modelBrowse] =
        pathRow(m_modelEdit, tr("best.pt of a run, or any weights file"));
    auto [dataRow, dataBrowse] = pathRow(m_datasetEdit, tr("dataset folder"));
    form->addRow(tr("Model:"), modelRow);
    form->addRow(tr("Dataset:"), dataRow);
    m_splitCombo = new QComboBox(widget);
    m_splitCombo->addItem(tr("All images"), QStringLiteral("all"));
    m_splitCombo->addItem(tr("Validation split of the run"), QStringLiteral("val"));
    form->addRow(tr("Images:"), m_splitCombo);

    auto* buttons = new QWidget(widget);
    auto* buttonLayout = new QHBoxLayout(buttons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    m_runButton = new QPushButton(tr("Run"), buttons);
    m_runButton->setToolTip(tr("Load the cached results, or run the model when there are none"));
    m_rerunButton = new QPushButton(tr("Re-run"), buttons);
    m_rerunButton->setToolTip(tr("Run the model again, replacing the cached results"));
    m_cancelButton = new QPushButton(tr("Cancel"), buttons);
    m_cancelButton->setEnabled(false);
    m_exportButton = new QPushButton(tr("Export report…"), buttons);
    m_exportButton->setEnabled(false);
    buttonLayout->addWidget(m_runButton);
    buttonLayout->addWidget(m_rerunButton);
    buttonLayout->addWidget(m_cancelButton);
    buttonLayout->addStretch(1);
    buttonLayout->addWidget(m_exportButton);
    form->addRow(buttons);
    m_progress = new QProgressBar(widget);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    form->addRow(m_progress);
    m_runStatus = new QLabel(widget);
    m_runStatus->setWordWrap(true);
    form->addRow(m_runStatus);
    dock->setWidget(widget);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    connect(modelBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a model"), QFileInfo(modelPath()).absolutePath(),
            tr("Weights (*.pt *.pth *.keras *.h5);;All files (*)"));
        if (!file.isEmpty())
            setModelPath(file);
    });
    connect(dataBrowse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Choose a dataset"), datasetPath());
        if (!dir.isEmpty())
            setDatasetPath(dir);
    });
    connect(m_modelEdit, &QLineEdit::editingFinished, this,
            [this] { setModelPath(m_modelEdit->text()); });
    connect(m_datasetEdit, &QLineEdit::editingFinished, this,
            [this] { setDatasetPath(m_datasetEdit->text()); });
    connect(m_runButton, &QPushButton::clicked, this, [this] { runInspection(false); });
    connect(m_rerunButton, &QPushButton::clicked, this, [this] { runInspection(true); });
    connect(m_cancelButton, &QPushButton::clicked, this, &InspectPage::cancelInspection);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Report folder"));
        if (dir.isEmpty())
            return;
        QString error;
        if (!exportReport(dir, &error))
            m_runStatus->setText(tr("Report failed: %1").arg(error));
    });
}

void InspectPage::buildKeypointDock()
{
    auto* dock = new QDockWidget(tr("Keypoints"), this);
    dock->setObjectName(QStringLiteral("inspectKeypointDock"));
    m_keypointModel = new PredictionKeypointTableModel(this);
    m_keypointView = makeTableView(dock);
    m_keypointView->setModel(m_keypointModel);
    dock->setWidget(m_keypointView);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_keypointView, &QTableView::clicked, this,
            [this](const QModelIndex& index) { selectKeypoint(index.row()); });
}

void InspectPage::buildHeatmapDock()
{
    auto* dock = new QDockWidget(tr("Heatmap"), this);
    dock->setObjectName(QStringLiteral("inspectHeatmapDock"));
    m_heatmapView = new HeatmapGridView(dock);
    dock->setWidget(m_heatmapView);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(m_heatmapView, &HeatmapGridView::keypointSelected, this, &InspectPage::selectKeypoint);
}

void InspectPage::buildStatisticsDock()
{
    auto* dock = new QDockWidget(tr("Statistics"), this);
    dock->setObjectName(QStringLiteral("inspectStatisticsDock"));
    auto* tabs = new QTabWidget(dock);

    auto* summary = new QWidget(tabs);
    auto* summaryLayout = new QVBoxLayout(summary);
    m_summaryTable = new QTableWidget(0, 3, summary);
    m_summaryTable->setHorizontalHeaderLabels({tr("Metric"), tr("IMG px"), tr("Original px")});
    m_summaryTable->verticalHeader()->hide();
    m_summaryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    summaryLayout->addWidget(m_summaryTable, 1);
    m_poseLabel = new QLabel(summary);
    m_poseLabel->setWordWrap(true);
    summaryLayout->addWidget(m_poseLabel);
    tabs->addTab(summary, tr("Summary"));

    m_pckPlot = new PckCurvePlot(tabs);
    tabs->addTab(m_pckPlot, tr("PCK"));
    m_histogramPlot = new ErrorHistogramPlot(tabs);
    tabs->addTab(m_histogramPlot, tr("Histogram"));
    auto* bars = new QSplitter(Qt::Vertical, tabs);
    m_keypointErrorPlot = new KeypointBarPlot(bars);
    m_keypointPckPlot = new KeypointBarPlot(bars);
    tabs->addTab(bars, tr("Per keypoint"));
    m_scatterPlot = new ErrorScatterPlot(tabs);
    tabs->addTab(m_scatterPlot, tr("Error vs peak"));

    auto* poseTable = new QTableWidget(0, 5, tabs);
    poseTable->setObjectName(QStringLiteral("inspectPoseTable"));
    poseTable->setHorizontalHeaderLabels({tr("Image"), tr("Rotation error (deg)"),
                                          tr("Translation error"), tr("Relative (%)"),
                                          tr("Reprojection (px)")});
    poseTable->verticalHeader()->hide();
    poseTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    poseTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    poseTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tabs->addTab(poseTable, tr("Pose check"));
    connect(poseTable, &QTableWidget::cellClicked, this, [this, poseTable](int row, int) {
        if (QTableWidgetItem* item = poseTable->item(row, 0))
            showImage(item->text());
    });

    dock->setWidget(tabs);
    addDockWidget(Qt::RightDockWidgetArea, dock);
}

void InspectPage::buildErrorsDock()
{
    auto* dock = new QDockWidget(tr("Errors"), this);
    dock->setObjectName(QStringLiteral("inspectErrorsDock"));
    auto* widget = new QWidget(dock);
    auto* layout = new QVBoxLayout(widget);
    auto* filters = new QHBoxLayout;
    m_errorKeypointCombo = new QComboBox(widget);
    m_errorKeypointCombo->addItem(tr("All keypoints"), -1);
    m_errorThreshold = new QDoubleSpinBox(widget);
    m_errorThreshold->setRange(0, 10000);
    m_errorThreshold->setDecimals(1);
    m_errorThreshold->setSuffix(tr(" px"));
    m_errorThreshold->setSpecialValueText(tr("any error"));
    m_errorThreshold->setToolTip(tr("Only images whose error (of the chosen keypoint, or their "
                                    "largest) is above this, in IMG pixels"));
    filters->addWidget(new QLabel(tr("Keypoint:"), widget));
    filters->addWidget(m_errorKeypointCombo);
    filters->addWidget(new QLabel(tr("Error above:"), widget));
    filters->addWidget(m_errorThreshold);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_errorModel = new ImageErrorTableModel(this);
    m_errorProxy = new ImageErrorFilterProxyModel(this);
    m_errorProxy->setSourceModel(m_errorModel);
    m_errorView = makeTableView(widget);
    m_errorView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_errorView->setModel(m_errorProxy);
    m_errorView->setSortingEnabled(true);
    m_errorView->sortByColumn(ImageErrorTableModel::MeanError, Qt::DescendingOrder);
    layout->addWidget(m_errorView, 1);
    dock->setWidget(widget);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    connect(m_errorKeypointCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const int k = m_errorKeypointCombo->currentData().toInt();
        m_errorProxy->setKeypointFilter(k);
        if (k >= 0)
            m_errorView->sortByColumn(ImageErrorTableModel::FirstKeypoint, Qt::DescendingOrder);
    });
    connect(m_errorThreshold, qOverload<double>(&QDoubleSpinBox::valueChanged), m_errorProxy,
            &ImageErrorFilterProxyModel::setErrorThreshold);
    connect(m_errorView, &QTableView::clicked, this,
            [this](const QModelIndex& index) { openFromTable(index, true); });
    connect(m_errorView, &QTableView::activated, this,
            [this](const QModelIndex& index) { openFromTable(index, true); });
}

void InspectPage::buildCompareDock()
{
    auto* dock = new QDockWidget(tr("Compare"), this);
    dock->setObjectName(QStringLiteral("inspectCompareDock"));
    auto* widget = new QWidget(dock);
    auto* layout = new QVBoxLayout(widget);
    auto* row = new QHBoxLayout;
    m_compareEdit = new QLineEdit(widget);
    m_compareEdit->setPlaceholderText(tr("model B: best.pt of another run, or a weights file"));
    auto* browse = new QPushButton(tr("Browse…"), widget);
    m_compareButton = new QPushButton(tr("Compare"), widget);
    m_compareButton->setToolTip(tr("Run (or load) model B on the same images and compare"));
    row->addWidget(m_compareEdit, 1);
    row->addWidget(browse);
    row->addWidget(m_compareButton);
    layout->addLayout(row);
    m_compareStatus = new QLabel(widget);
    m_compareStatus->setWordWrap(true);
    layout->addWidget(m_compareStatus);

    auto* splitter = new QSplitter(Qt::Horizontal, widget);
    m_metricDeltaModel = new MetricDeltaTableModel(this);
    m_metricDeltaProxy = new NanLastSortProxyModel(this);
    m_metricDeltaProxy->setSourceModel(m_metricDeltaModel);
    m_metricDeltaView = makeTableView(splitter);
    m_metricDeltaView->setModel(m_metricDeltaProxy);
    m_metricDeltaView->setSortingEnabled(true);
    m_metricDeltaView->sortByColumn(-1, Qt::AscendingOrder); // keep the JSON's key order
    m_imageDeltaModel = new ImageDeltaTableModel(this);
    m_imageDeltaProxy = new NanLastSortProxyModel(this);
    m_imageDeltaProxy->setSourceModel(m_imageDeltaModel);
    m_imageDeltaView = makeTableView(splitter);
    m_imageDeltaView->setModel(m_imageDeltaProxy);
    m_imageDeltaView->setSortingEnabled(true);
    m_imageDeltaView->sortByColumn(ImageDeltaTableModel::Delta, Qt::DescendingOrder);
    layout->addWidget(splitter, 1);
    dock->setWidget(widget);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose model B"), QFileInfo(modelPath()).absolutePath(),
            tr("Weights (*.pt *.pth *.keras *.h5);;All files (*)"));
        if (!file.isEmpty())
            setComparisonModelPath(file);
    });
    connect(m_compareButton, &QPushButton::clicked, this, [this] { runComparison(); });
    connect(m_imageDeltaView, &QTableView::clicked, this, [this](const QModelIndex& index) {
        showImage(index.data(ImageDeltaTableModel::kStemRole).toString());
    });
    QDockWidget* errorsDock = findChild<QDockWidget*>(QStringLiteral("inspectErrorsDock"));
    tabifyDockWidget(errorsDock, dock);
    errorsDock->raise(); // the error grid first; Compare is one tab away
}

void InspectPage::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("inspect"));
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    m_viewSpace = settings.value(QStringLiteral("viewSpace")).toInt() == 1 ? ViewSpace::Crop
                                                                           : ViewSpace::Original;
    m_spaceCombo->setCurrentIndex(m_viewSpace == ViewSpace::Crop ? 1 : 0);
    m_showVectors->setChecked(settings.value(QStringLiteral("showVectors"), true).toBool());
    m_showEllipses->setChecked(settings.value(QStringLiteral("showEllipses"), true).toBool());
    m_errorThreshold->setValue(settings.value(QStringLiteral("errorThreshold"), 0.0).toDouble());
    m_compareEdit->setText(settings.value(QStringLiteral("compareModel")).toString());
    m_currentStem = settings.value(QStringLiteral("stem")).toString();
    setSplit(settings.value(QStringLiteral("split"), QStringLiteral("all")).toString());
    m_modelEdit->setText(settings.value(QStringLiteral("model")).toString());
    m_datasetEdit->setText(settings.value(QStringLiteral("dataset")).toString());
    settings.endGroup();
    // Instant reopening: a complete cache of the restored choice loads off-thread.
    if (!modelPath().isEmpty() && !datasetPath().isEmpty() &&
        InspectionCache::isComplete(InspectionCache::directory(request(modelPath()))))
        runInspection(false);
}

void InspectPage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("inspect"));
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.setValue(QStringLiteral("model"), modelPath());
    settings.setValue(QStringLiteral("dataset"), datasetPath());
    settings.setValue(QStringLiteral("split"), split());
    settings.setValue(QStringLiteral("compareModel"), m_compareEdit->text());
    settings.setValue(QStringLiteral("stem"), m_currentStem);
    settings.setValue(QStringLiteral("viewSpace"), m_viewSpace == ViewSpace::Crop ? 1 : 0);
    settings.setValue(QStringLiteral("showVectors"), m_showVectors->isChecked());
    settings.setValue(QStringLiteral("showEllipses"), m_showEllipses->isChecked());
    settings.setValue(QStringLiteral("errorThreshold"), m_errorThreshold->value());
    settings.endGroup();
}

void InspectPage::setDatasetPath(const QString& path)
{
    const QString clean = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (clean == datasetPath())
        return;
    m_datasetEdit->setText(clean);
    if (!modelPath().isEmpty() && !clean.isEmpty() &&
        InspectionCache::isComplete(InspectionCache::directory(request(modelPath()))))
        runInspection(false);
}

QString InspectPage::datasetPath() const
{
    return m_datasetEdit->text().trimmed();
}

void InspectPage::setModelPath(const QString& weightsOrRunDir)
{
    const QString file = weightsFileOf(weightsOrRunDir.trimmed());
    if (file == modelPath() && m_modelEdit->text() == file)
        return;
    m_modelEdit->setText(file);
    updateSplitChoices();
    if (!file.isEmpty() && !datasetPath().isEmpty() &&
        InspectionCache::isComplete(InspectionCache::directory(request(file))))
        runInspection(false);
}

QString InspectPage::modelPath() const
{
    return weightsFileOf(m_modelEdit->text().trimmed());
}

void InspectPage::setSplit(const QString& split)
{
    const int index = m_splitCombo->findData(split);
    m_splitCombo->setCurrentIndex(index < 0 ? 0 : index);
}

QString InspectPage::split() const
{
    return m_splitCombo->currentData().toString();
}

void InspectPage::updateSplitChoices()
{
    const bool hasSplit = QFileInfo::exists(
        QFileInfo(modelPath()).absoluteDir().filePath(QStringLiteral("split.json")));
    m_splitCombo->setItemData(
        1, hasSplit ? QVariant() : QVariant(tr("No split.json next to the model")),
        Qt::ToolTipRole);
}

InspectionRequest InspectPage::request(const QString& weights) const
{
    InspectionRequest r;
    r.weightsFile = toPath(weights);
    r.datasetRoot = toPath(datasetPath());
    r.split = split().toStdString();
    return r;
}

bool InspectPage::runInspection(bool forceRun)
{
    if (modelPath().isEmpty() || datasetPath().isEmpty()) {
        Q_EMIT statusMessage(tr("Choose a model and a dataset first"), 4000);
        m_runStatus->setText(tr("Choose a model and a dataset first"));
        return false;
    }
    if (!QFileInfo::exists(modelPath())) {
        m_runStatus->setText(tr("No such model file: %1").arg(modelPath()));
        return false;
    }
    m_worker->start(request(modelPath()), forceRun);
    return true;
}

void InspectPage::cancelInspection()
{
    m_worker->cancel();
    m_runStatus->setText(tr("Cancelling…"));
}

bool InspectPage::isInspectionRunning() const
{
    return m_worker->isRunning();
}

void InspectPage::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_rerunButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_exportButton->setEnabled(!running && m_data != nullptr);
    if (running) {
        m_progress->setRange(0, 0); // busy until the first progress report
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(m_data ? 1 : 0);
    }
}

void InspectPage::onInspectionFinished(InspectionDataPtr data, bool fromCache)
{
    m_data = std::move(data);
    m_imageIndex = -1;
    m_imageCache.clear();
    setRunning(false);
    const int k = m_data->keypointCount();

    m_errorKeypointCombo->blockSignals(true);
    m_errorKeypointCombo->clear();
    m_errorKeypointCombo->addItem(tr("All keypoints"), -1);
    for (int i = 0; i < k; ++i)
        m_errorKeypointCombo->addItem(tr("Keypoint %1").arg(i), i);
    m_errorKeypointCombo->blockSignals(false);
    m_errorProxy->setKeypointFilter(-1);
    m_errorModel->setInspection(m_data.get());
    fillStatistics();
    if (m_compareData)
        fillComparison();

    const QString status = fromCache
                               ? tr("Loaded cached results: %1 images").arg(m_data->images.size())
                               : tr("Inspection finished: %1 images").arg(m_data->images.size());
    m_runStatus->setText(status + (m_data->problems.empty()
                                       ? QString()
                                       : tr(" (%1 problems)").arg(m_data->problems.size())));
    Q_EMIT statusMessage(status, 4000);

    int index = m_data->imageIndex(m_currentStem.toStdString());
    if (index < 0 && !m_data->images.empty())
        index = 0;
    if (index >= 0) {
        const bool changed = QString::fromStdString(m_data->images[index].stem) != m_currentStem;
        showImageIndex(index);
        if (changed)
            Q_EMIT imageSelected(m_currentStem);
    }
    Q_EMIT inspectionReady();
}

void InspectPage::fillStatistics()
{
    const EvaluationSummary& summary = m_data->summary;
    const nlohmann::ordered_json json = summary.toJson();
    const nlohmann::ordered_json& original = json.at("original_pixels");

    struct Row
    {
        QString label;
        std::string key;
    };
    std::vector<Row> rows = {
        {tr("Visible keypoints"), "visible_keypoints_count"},
        {tr("MAE dx"), "mae_dx"},
        {tr("MAE dy"), "mae_dy"},
        {tr("RMSE dx"), "rmse_dx"},
        {tr("RMSE dy"), "rmse_dy"},
        {tr("Euclidean mean"), "euclidean_mean"},
        {tr("Euclidean median"), "euclidean_median"},
        {tr("Euclidean P95"), "euclidean_p95"},
        {tr("Euclidean RMSE"), "euclidean_rmse"},
        {tr("Euclidean max"), "euclidean_max"},
    };
    for (const auto& [threshold, value] : json.at("pck_percent").items()) {
        Q_UNUSED(value)
        rows.push_back({tr("PCK@%1 px (%)").arg(QString::fromStdString(threshold)),
                        "pck_percent." + threshold});
    }
    auto valueAt = [](const nlohmann::ordered_json& object, const std::string& key) {
        const auto dot = key.find('.');
        if (dot == std::string::npos)
            return object.contains(key) ? jsonNumber(object.at(key))
                                        : std::numeric_limits<double>::quiet_NaN();
        const nlohmann::ordered_json& inner = object.at(key.substr(0, dot));
        const std::string rest = key.substr(dot + 1);
        return inner.contains(rest) ? jsonNumber(inner.at(rest))
                                    : std::numeric_limits<double>::quiet_NaN();
    };

    m_summaryTable->setRowCount(0);
    auto addRow = [this](const QString& label, const QString& key, double img, double orig,
                         int decimals) {
        const int r = m_summaryTable->rowCount();
        m_summaryTable->insertRow(r);
        auto* labelItem = new QTableWidgetItem(label);
        labelItem->setData(kSummaryKeyRole, key);
        m_summaryTable->setItem(r, 0, labelItem);
        m_summaryTable->setItem(r, 1, numberItem(img, decimals));
        m_summaryTable->setItem(r, 2, numberItem(orig, decimals));
    };
    const double nan = std::numeric_limits<double>::quiet_NaN();
    addRow(tr("Images"), QStringLiteral("processed_samples"),
           double(json.at("processed_samples").get<std::size_t>()), nan, 0);
    addRow(tr("Annotated images"), QStringLiteral("samples_with_gt"),
           double(json.at("samples_with_gt").get<std::size_t>()), nan, 0);
    for (const Row& row : rows)
        addRow(row.label, QString::fromStdString(row.key), valueAt(json, row.key),
               valueAt(original, row.key), row.key == "visible_keypoints_count" ? 0 : 3);

    // Plots: every visible keypoint's error.
    QVector<double> errors, errorsOriginal, peaks;
    for (const KeypointResult& r : m_data->results)
        if (r.record.visible) {
            errors.append(r.error);
            errorsOriginal.append(r.errorOriginal);
            peaks.append(r.record.heatmapPeak);
        }
    const QVector<double> thresholds = PckCurvePlot::thresholdRange(20.0, 0.25);
    m_pckPlot->clearCurves();
    m_pckPlot->setUnitLabel(tr("px"));
    m_pckPlot->addCurve(tr("IMG px"), thresholds, PckCurvePlot::pckCurve(errors, thresholds));
    m_pckPlot->addCurve(tr("original px"), thresholds,
                        PckCurvePlot::pckCurve(errorsOriginal, thresholds));
    m_histogramPlot->setUnitLabel(tr("IMG px"));
    m_histogramPlot->setErrors(errors, 40);
    QVector<double> keypointMean, keypointPck;
    std::size_t pckIndex = 0;
    for (std::size_t i = 0; i < summary.pckThresholds.size(); ++i)
        if (summary.pckThresholds[i] == 5.0)
            pckIndex = i;
    const double pckThreshold =
        summary.pckThresholds.empty() ? 0.0 : summary.pckThresholds[pckIndex];
    for (const KeypointIndexStatistics& s : summary.perKeypoint) {
        keypointMean.append(s.mean);
        keypointPck.append(pckIndex < s.pckPercent.size() ? s.pckPercent[pckIndex] : 0.0);
    }
    m_keypointErrorPlot->setValues(keypointMean, tr("Mean error (IMG px)"));
    m_keypointPckPlot->setValues(keypointPck, tr("PCK@%1 px (%)").arg(pckThreshold), 100.0,
                                 QColor(44, 160, 44));
    m_scatterPlot->setPoints(peaks, errors, tr("Heatmap peak"), tr("Error (IMG px)"), 0.0, 1.0);

    auto* poseTable = findChild<QTableWidget*>(QStringLiteral("inspectPoseTable"));
    poseTable->setSortingEnabled(false);
    poseTable->setRowCount(0);
    if (m_data->poseCheck) {
        const PoseCheckSummary& pose = *m_data->poseCheck;
        m_poseLabel->setText(
            tr("Pose check (PnP from predicted visible keypoints): %1 of %2 images solved; "
               "rotation error mean %3°, median %4°; translation error mean %5, median %6 "
               "(median %7 % of the distance)")
                .arg(pose.solved)
                .arg(pose.images)
                .arg(pose.meanRotationDeg, 0, 'f', 2)
                .arg(pose.medianRotationDeg, 0, 'f', 2)
                .arg(pose.meanTranslation, 0, 'f', 3)
                .arg(pose.medianTranslation, 0, 'f', 3)
                .arg(100.0 * pose.medianRelativeTranslation, 0, 'f', 2));
        for (const PoseCheckImage& image : pose.perImage) {
            const int r = poseTable->rowCount();
            poseTable->insertRow(r);
            poseTable->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(image.image)));
            if (!image.solved) {
                auto* reason = new QTableWidgetItem(QString::fromStdString(image.reason));
                poseTable->setItem(r, 1, reason);
                continue;
            }
            auto* rotation = new QTableWidgetItem;
            rotation->setData(Qt::DisplayRole, image.rotationErrorDeg);
            poseTable->setItem(r, 1, rotation);
            auto* translation = new QTableWidgetItem;
            translation->setData(Qt::DisplayRole, image.translationError);
            poseTable->setItem(r, 2, translation);
            auto* relative = new QTableWidgetItem;
            relative->setData(Qt::DisplayRole, 100.0 * image.relativeTranslation);
            poseTable->setItem(r, 3, relative);
            auto* reprojection = new QTableWidgetItem;
            reprojection->setData(Qt::DisplayRole, image.reprojectionErrorPx);
            poseTable->setItem(r, 4, reprojection);
        }
    } else {
        m_poseLabel->setText(tr("Pose check not available: it needs vertex_coordinates in the "
                                "mesh and a camera block in the annotations."));
    }
    poseTable->setSortingEnabled(true);
}

bool InspectPage::showImage(const QString& stem)
{
    if (!m_data) {
        m_currentStem = stem;
        return false;
    }
    const int index = m_data->imageIndex(stem.toStdString());
    if (index < 0)
        return false;
    if (index == m_imageIndex)
        return true;
    showImageIndex(index);
    Q_EMIT imageSelected(m_currentStem);
    return true;
}

void InspectPage::showImageIndex(int index)
{
    m_imageIndex = index;
    const InspectedImage& image = m_data->images[static_cast<std::size_t>(index)];
    m_currentStem = QString::fromStdString(image.stem);
    const int k = m_data->keypointCount();
    const int heat = m_data->heatmapSize();
    try {
        m_heatmaps = m_data->loadHeatmaps(index);
    } catch (const std::exception& error) {
        m_heatmaps.clear();
        Q_EMIT statusMessage(QString::fromStdString(error.what()), 5000);
    }

    // Keypoint table.
    const KeypointResult* results = m_data->resultsOf(index);
    QVector<PredictionKeypointRow> rows;
    for (int c = 0; c < k; ++c) {
        const KeypointResult& r = results[c];
        const KeypointSpread& s = image.spreads[static_cast<std::size_t>(c)];
        PredictionKeypointRow row;
        row.keypoint = c;
        row.groundTruthVisible = r.record.visible;
        row.groundTruth = qpoint(r.groundTruthOriginal);
        row.predicted = qpoint(r.predictedOriginal);
        row.error = r.record.visible ? r.error : std::numeric_limits<double>::quiet_NaN();
        row.errorOriginal =
            r.record.visible ? r.errorOriginal : std::numeric_limits<double>::quiet_NaN();
        row.peak = r.record.heatmapPeak;
        row.spread = std::sqrt(double(s.sigmaMajor) * double(s.sigmaMinor));
        row.multiPeak = s.multiPeak;
        rows.append(row);
    }
    m_keypointModel->setRows(std::move(rows));

    // Heatmaps: prediction from the cache, target made from the labels as in training.
    HeatmapSet set;
    if (!m_heatmaps.empty()) {
        set.keypoints = k;
        set.size = heat;
        set.prediction = QVector<float>(m_heatmaps.begin(), m_heatmaps.end());
        if (image.hasGroundTruth) {
            const std::vector<float> target =
                heatmapTarget(image.groundTruth, heat, m_data->modelConfig.preprocess.sigma);
            set.target = QVector<float>(target.begin(), target.end());
        }
        for (int c = 0; c < k; ++c) {
            set.predictedPoints.append(QPointF(image.predicted[2 * c], image.predicted[2 * c + 1]));
            set.targetPoints.append(
                QPointF(image.groundTruth[2 * c], image.groundTruth[2 * c + 1]));
        }
    }
    const QImage original = originalImage(index);
    m_heatmapView->setHeatmaps(set);
    m_heatmapView->setOverlayImage(cropImage(index, original));
    if (m_selectedKeypoint >= k)
        m_selectedKeypoint = -1;
    if (m_selectedKeypoint >= 0) {
        m_heatmapView->blockSignals(true);
        m_heatmapView->setSelectedKeypoint(m_selectedKeypoint);
        m_heatmapView->blockSignals(false);
    }

    // Info line: errors and pose of this image.
    const ImageStatistics* stats = nullptr;
    for (const ImageStatistics& s : m_data->summary.perImage)
        if (s.image == image.stem)
            stats = &s;
    QString info = tr("%1 (%2 of %3), %4 x %5")
                       .arg(m_currentStem)
                       .arg(index + 1)
                       .arg(m_data->images.size())
                       .arg(image.width)
                       .arg(image.height);
    if (stats && stats->count > 0)
        info += tr("; mean error %1 px (%2 original px), max %3 px")
                    .arg(stats->meanError, 0, 'f', 2)
                    .arg(stats->meanErrorOriginal, 0, 'f', 2)
                    .arg(stats->maxError, 0, 'f', 2);
    else if (!image.hasGroundTruth)
        info += tr("; no ground truth");
    if (m_data->poseCheck)
        for (const PoseCheckImage& pose : m_data->poseCheck->perImage)
            if (pose.image == image.stem)
                info += pose.solved
                            ? tr("; pose: rotation error %1°, translation error %2")
                                  .arg(pose.rotationErrorDeg, 0, 'f', 2)
                                  .arg(pose.translationError, 0, 'f', 3)
                            : tr("; pose not solved (%1)").arg(QString::fromStdString(pose.reason));
    m_imageInfo->setText(info);
    m_correctButton->setEnabled(true);

    updateImageView();

    // Keep the error grid's selection on this image (no signal loop: only clicks open images).
    const int sourceRow = m_errorModel->rowOf(m_currentStem);
    const QModelIndex proxyIndex = m_errorProxy->mapFromSource(m_errorModel->index(sourceRow, 0));
    if (proxyIndex.isValid())
        m_errorView->selectionModel()->setCurrentIndex(
            proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    prefetchImage(index + 1);
    prefetchImage(index - 1);
}

QImage InspectPage::originalImage(int index)
{
    const InspectedImage& image = m_data->images[static_cast<std::size_t>(index)];
    const QString path = toQString(image.imagePath);
    if (const QImage* cached = m_imageCache.object(path))
        return *cached;
    QImage loaded(path);
    if (loaded.isNull()) {
        // Missing file (moved dataset): a grey canvas of the right size keeps the overlays.
        loaded = QImage(std::max(1, image.width), std::max(1, image.height), QImage::Format_RGB32);
        loaded.fill(Qt::darkGray);
    }
    m_imageCache.insert(path, new QImage(loaded));
    return loaded;
}

void InspectPage::prefetchImage(int index)
{
    if (!m_data || index < 0 || index >= static_cast<int>(m_data->images.size()))
        return;
    const QString path = toQString(m_data->images[static_cast<std::size_t>(index)].imagePath);
    if (m_imageCache.contains(path) || m_prefetching.contains(path))
        return;
    m_prefetching.insert(path, true);
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, path] {
        const QImage image = watcher->result();
        m_prefetching.remove(path);
        if (!image.isNull() && !m_imageCache.contains(path))
            m_imageCache.insert(path, new QImage(image));
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path] { return QImage(path); }));
}

QImage InspectPage::cropImage(int index, const QImage& original) const
{
    const InspectedImage& image = m_data->images[static_cast<std::size_t>(index)];
    const int size = m_data->modelConfig.preprocess.imageSize;
    QImage crop(size, size, QImage::Format_RGB32);
    crop.fill(Qt::black);
    if (original.isNull() || image.width <= 0 || image.height <= 0)
        return crop;
    // Original pixel-edge coordinates -> crop pixel-edge coordinates (an affine map).
    const LetterboxCrop geometry(m_data->modelConfig.preprocess, image.width, image.height);
    const PreprocessConfig& p = m_data->modelConfig.preprocess;
    auto map = [&](double ex, double ey) {
        const Point2 c = geometry.imageToCrop({ex - 0.5, ey - 0.5});
        return QPointF((c.x + 0.5) * size / p.cropWidth, (c.y + 0.5) * size / p.cropHeight);
    };
    const QPointF o = map(0, 0), ax = map(1, 0) - o, ay = map(0, 1) - o;
    QPainter painter(&crop);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(QTransform(ax.x(), ax.y(), ay.x(), ay.y(), o.x(), o.y()));
    painter.drawImage(QPointF(0, 0), original);
    return crop;
}

QPointF InspectPage::sceneOfNormalised(int index, QPointF n) const
{
    if (m_viewSpace == ViewSpace::Crop) {
        const int size = m_data->modelConfig.preprocess.imageSize;
        return n * size; // pixel n*IMG - 0.5 is drawn at scene n*IMG
    }
    const InspectedImage& image = m_data->images[static_cast<std::size_t>(index)];
    const LetterboxCrop geometry(m_data->modelConfig.preprocess, image.width, image.height);
    const Point2 p = geometry.normalisedToImage({n.x(), n.y()});
    return KeypointImageView::scenePosition(qpoint(p));
}

void InspectPage::clearOverlayItems()
{
    auto remove = [this](QHash<int, QGraphicsItem*>& items) {
        for (QGraphicsItem* item : std::as_const(items)) {
            m_view->scene()->removeItem(item);
            delete item;
        }
        items.clear();
    };
    remove(m_predictionItems);
    remove(m_vectorItems);
    remove(m_ellipseItems);
    if (m_heatmapOverlayItem) {
        m_view->scene()->removeItem(m_heatmapOverlayItem);
        delete m_heatmapOverlayItem;
        m_heatmapOverlayItem = nullptr;
    }
}

void InspectPage::updateImageView()
{
    clearOverlayItems();
    if (!m_data || m_imageIndex < 0) {
        m_view->clear();
        return;
    }
    const int index = m_imageIndex;
    const InspectedImage& image = m_data->images[static_cast<std::size_t>(index)];
    const int k = m_data->keypointCount();
    const int heat = m_data->heatmapSize();
    const KeypointResult* results = m_data->resultsOf(index);
    const QImage original = originalImage(index);
    const bool crop = m_viewSpace == ViewSpace::Crop;
    const LetterboxCrop geometry(m_data->modelConfig.preprocess, image.width, image.height);

    m_view->setImage(crop ? cropImage(index, original) : original);
    if (crop) {
        m_view->setCropBox(QRectF());
    } else {
        const cv::Rect2d box = geometry.cropRectInImage();
        m_view->setCropBox(QRectF(box.x, box.y, box.width, box.height));
    }
    // Ground truth (x markers of the view) of visible keypoints.
    QVector<KeypointMarker> markers;
    for (int c = 0; c < k; ++c)
        if (results[c].record.visible) {
            const QPointF n(image.groundTruth[2 * c], image.groundTruth[2 * c + 1]);
            markers.append({c, sceneOfNormalised(index, n) - QPointF(0.5, 0.5), true});
        }
    m_view->setKeypoints(markers);
    if (m_selectedKeypoint >= 0) {
        m_selectingKeypoint = true;
        m_view->setSelectedKeypoint(m_selectedKeypoint);
        m_selectingKeypoint = false;
    }

    QGraphicsScene* scene = m_view->scene();
    for (int c = 0; c < k; ++c) {
        const QColor colour = KeypointImageView::keypointColor(c);
        const QPointF n(image.predicted[2 * c], image.predicted[2 * c + 1]);
        const QPointF predicted = sceneOfNormalised(index, n);
        const bool predictedVisible =
            image.peaks[static_cast<std::size_t>(c)] >= kVisibilityThreshold;

        // Prediction "o": constant screen size, dashed when the peak says "not visible".
        auto* circle = new QGraphicsEllipseItem(-6, -6, 12, 12);
        QPen pen(colour, 2);
        pen.setCosmetic(true);
        if (!predictedVisible)
            pen.setStyle(Qt::DashLine);
        circle->setPen(pen);
        circle->setPos(predicted);
        circle->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        circle->setZValue(20);
        circle->setToolTip(tr("Keypoint %1 prediction, peak %2")
                               .arg(c)
                               .arg(image.peaks[static_cast<std::size_t>(c)], 0, 'f', 3));
        scene->addItem(circle);
        m_predictionItems.insert(c, circle);

        if (results[c].record.visible) {
            const QPointF truth = sceneOfNormalised(
                index, QPointF(image.groundTruth[2 * c], image.groundTruth[2 * c + 1]));
            auto* line = new QGraphicsLineItem(QLineF(truth, predicted));
            QPen linePen(colour, 1.5);
            linePen.setCosmetic(true);
            line->setPen(linePen);
            line->setZValue(19);
            line->setVisible(m_showVectors->isChecked());
            scene->addItem(line);
            m_vectorItems.insert(c, line);
        }

        // 2-sigma ellipse of the SoftArgMax distribution, mapped from heatmap pixels.
        const KeypointSpread& s = image.spreads[static_cast<std::size_t>(c)];
        if (heat > 1 && s.sigmaMajor > 0) {
            const double scale = 2.0 / (heat - 1);
            const QPointF major(std::cos(s.orientation) * s.sigmaMajor * scale,
                                std::sin(s.orientation) * s.sigmaMajor * scale);
            const QPointF minor(-std::sin(s.orientation) * s.sigmaMinor * scale,
                                std::cos(s.orientation) * s.sigmaMinor * scale);
            const QPointF a = sceneOfNormalised(index, n + major) - predicted;
            const QPointF b = sceneOfNormalised(index, n + minor) - predicted;
            QPainterPath path;
            constexpr int steps = 48;
            for (int i = 0; i <= steps; ++i) {
                const double t = 2.0 * kPi * i / steps;
                const QPointF p = predicted + a * std::cos(t) + b * std::sin(t);
                if (i == 0)
                    path.moveTo(p);
                else
                    path.lineTo(p);
            }
            auto* ellipse = new QGraphicsPathItem(path);
            QPen ellipsePen(s.multiPeak ? QColor(Qt::red) : colour, s.multiPeak ? 2 : 1);
            ellipsePen.setCosmetic(true);
            ellipsePen.setStyle(s.multiPeak ? Qt::DashLine : Qt::DotLine);
            ellipse->setPen(ellipsePen);
            ellipse->setZValue(18);
            ellipse->setVisible(m_showEllipses->isChecked());
            ellipse->setToolTip(s.multiPeak ? tr("Keypoint %1: multi-peak heatmap").arg(c)
                                            : tr("Keypoint %1: 2-sigma uncertainty").arg(c));
            scene->addItem(ellipse);
            m_ellipseItems.insert(c, ellipse);
        }
    }
    updateHeatmapOverlay();
}

void InspectPage::updateHeatmapOverlay()
{
    if (m_heatmapOverlayItem) {
        m_view->scene()->removeItem(m_heatmapOverlayItem);
        delete m_heatmapOverlayItem;
        m_heatmapOverlayItem = nullptr;
    }
    if (!m_data || m_imageIndex < 0 || m_selectedKeypoint < 0 || m_heatmaps.empty() ||
        !m_showHeatmapOverlay->isChecked())
        return;
    const int heat = m_data->heatmapSize();
    const QImage map = colourise(m_heatmaps.data() + std::size_t(m_selectedKeypoint) * heat * heat,
                                 heat, heat, ColourMap::Viridis, 0.0f, 1.0f);
    // Heatmap pixel j sits at normalised j / (HEAT-1): map the tile's edges accordingly.
    auto scene = [&](double u, double v) {
        return sceneOfNormalised(m_imageIndex,
                                 QPointF((u - 0.5) / (heat - 1), (v - 0.5) / (heat - 1)));
    };
    const QPointF o = scene(0, 0), ax = scene(1, 0) - o, ay = scene(0, 1) - o;
    m_heatmapOverlayItem = new QGraphicsPixmapItem(QPixmap::fromImage(map));
    m_heatmapOverlayItem->setTransform(QTransform(ax.x(), ax.y(), ay.x(), ay.y(), o.x(), o.y()));
    m_heatmapOverlayItem->setOpacity(m_overlayOpacity->value() / 100.0);
    m_heatmapOverlayItem->setTransformationMode(Qt::SmoothTransformation);
    m_heatmapOverlayItem->setZValue(5);
    m_view->scene()->addItem(m_heatmapOverlayItem);
}

bool InspectPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress && m_data) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QPointF click = mouse->position();
            int best = -1;
            double bestDistance = 12.0; // screen pixels
            auto consider = [&](int keypoint, const QPointF& scenePoint) {
                const QPointF d = QPointF(m_view->mapFromScene(scenePoint)) - click;
                const double distance = std::hypot(d.x(), d.y());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = keypoint;
                }
            };
            for (auto it = m_predictionItems.cbegin(); it != m_predictionItems.cend(); ++it)
                consider(it.key(), it.value()->pos());
            for (const KeypointMarker& marker : m_view->keypoints())
                consider(marker.index, KeypointImageView::scenePosition(marker.position));
            if (best >= 0)
                selectKeypoint(best);
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void InspectPage::selectKeypoint(int keypoint)
{
    if (m_selectingKeypoint)
        return;
    m_selectingKeypoint = true;
    m_selectedKeypoint = keypoint;
    if (keypoint >= 0) {
        m_heatmapView->setSelectedKeypoint(keypoint);
        m_heatmapView->setMode(HeatmapGridView::Mode::Single);
        m_view->setSelectedKeypoint(keypoint);
        if (keypoint < m_keypointModel->rowCount())
            m_keypointView->selectRow(keypoint);
    }
    m_selectingKeypoint = false;
    updateHeatmapOverlay();
}

void InspectPage::setViewSpace(ViewSpace space)
{
    if (space == m_viewSpace)
        return;
    m_viewSpace = space;
    m_spaceCombo->setCurrentIndex(space == ViewSpace::Crop ? 1 : 0);
    updateImageView();
    m_view->fitToWindow();
}

void InspectPage::requestCorrection()
{
    if (!m_data || m_imageIndex < 0)
        return;
    const InspectedImage& image = m_data->images[static_cast<std::size_t>(m_imageIndex)];
    const KeypointResult* results = m_data->resultsOf(m_imageIndex);
    QVector<QPointF> pixels;
    QVector<bool> visible;
    for (int c = 0; c < m_data->keypointCount(); ++c) {
        const QPointF p = qpoint(results[c].predictedOriginal);
        pixels.append(p);
        const bool inside = p.x() >= 0 && p.y() >= 0 && p.x() < image.width && p.y() < image.height;
        visible.append(inside && image.peaks[static_cast<std::size_t>(c)] >= kVisibilityThreshold);
    }
    Q_EMIT correctionRequested(m_currentStem, pixels, visible);
    Q_EMIT statusMessage(tr("Predictions of %1 sent to the annotation editor").arg(m_currentStem),
                         3000);
}

void InspectPage::openFromTable(const QModelIndex& proxyIndex, bool keypointColumn)
{
    if (!proxyIndex.isValid())
        return;
    const QString stem = proxyIndex.data(ImageErrorTableModel::kStemRole).toString();
    showImage(stem);
    if (keypointColumn) {
        const int column = m_errorProxy->mapToSource(proxyIndex).column();
        if (column >= ImageErrorTableModel::FirstKeypoint)
            selectKeypoint(column - ImageErrorTableModel::FirstKeypoint);
    }
}

void InspectPage::setComparisonModelPath(const QString& weightsOrRunDir)
{
    m_compareEdit->setText(weightsFileOf(weightsOrRunDir.trimmed()));
}

bool InspectPage::runComparison()
{
    const QString weights = weightsFileOf(m_compareEdit->text().trimmed());
    if (weights.isEmpty() || datasetPath().isEmpty() || !QFileInfo::exists(weights)) {
        m_compareStatus->setText(tr("Choose model B (a weights file) and a dataset first"));
        return false;
    }
    m_compareWorker->start(request(weights), false);
    return true;
}

void InspectPage::onComparisonFinished(InspectionDataPtr data, bool)
{
    m_compareData = std::move(data);
    m_compareButton->setEnabled(true);
    if (m_data)
        fillComparison();
    else
        m_compareStatus->setText(tr("Model B is ready; run model A to compare"));
    Q_EMIT comparisonReady();
}

void InspectPage::fillComparison()
{
    const ModelComparison comparison =
        ModelComparison::compare(m_data->summary, m_compareData->summary);
    m_metricDeltaModel->setRows(comparison.metrics);
    m_imageDeltaModel->setRows(comparison.images);
    const MetricDelta* mean = comparison.metric("euclidean_mean");
    m_compareStatus->setText(
        mean ? tr("A: %1, B: %2; euclidean mean %3 -> %4 px (B - A = %5)")
                   .arg(QFileInfo(toQString(m_data->request.weightsFile)).fileName(),
                        QFileInfo(toQString(m_compareData->request.weightsFile)).fileName())
                   .arg(mean->a, 0, 'f', 3)
                   .arg(mean->b, 0, 'f', 3)
                   .arg(mean->delta, 0, 'f', 3)
             : tr("Compared"));
}

bool InspectPage::exportReport(const QString& dir, QString* error)
{
    if (!m_data) {
        if (error)
            *error = tr("nothing to report: run an inspection first");
        return false;
    }
    EvaluationReportInput input;
    input.summary = m_data->summary;
    input.results = m_data->results;
    input.modelConfig = m_data->modelConfig;
    input.weightsFile = m_data->request.weightsFile;
    input.datasetRoot = m_data->request.datasetRoot;
    input.datasetImages = m_data->images.size();
    input.datasetAnnotated = static_cast<std::size_t>(
        std::count_if(m_data->images.begin(), m_data->images.end(),
                      [](const InspectedImage& i) { return i.hasGroundTruth; }));
    input.split = QString::fromStdString(m_data->request.split);
    input.poseCheck = m_data->poseCheck;
    input.problems = m_data->problems;
    for (const InspectedImage& image : m_data->images)
        input.imageFiles.emplace(image.stem, image.imagePath);

    // The writer renders QWidgets (plots), which Qt allows on the GUI thread only: it runs here
    // behind a modal progress dialog, which keeps the window painted between steps.
    QProgressDialog dialog(tr("Writing the report…"), QString(), 0, 1, this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    ProgressDialogObserver observer(&dialog);
    try {
        const EvaluationReportFiles files =
            EvaluationReportWriter::write(toPath(dir), input, {}, &observer);
        Q_EMIT statusMessage(tr("Report written: %1").arg(files.html), 6000);
        m_runStatus->setText(tr("Report written: %1").arg(files.html));
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

} // namespace kps
