#include "inspect_statistics_panel.h"

#include "error_histogram_plot.h"
#include "error_scatter_plot.h"
#include "evaluation_plot_data.h"
#include "inspect_controller.h"
#include "keypoint_bar_plot.h"
#include "pck_curve_plot.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace kps {

namespace {

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

QTableWidgetItem* displayItem(double value)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    return item;
}

} // namespace

InspectStatisticsPanel::InspectStatisticsPanel(InspectController* controller, QWidget* parent)
    : QTabWidget(parent), m_controller(controller)
{
    auto* summary = new QWidget(this);
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
    addTab(summary, tr("Summary"));

    m_pckPlot = new PckCurvePlot(this);
    addTab(m_pckPlot, tr("PCK"));
    m_histogramPlot = new ErrorHistogramPlot(this);
    addTab(m_histogramPlot, tr("Histogram"));
    auto* bars = new QSplitter(Qt::Vertical, this);
    m_keypointErrorPlot = new KeypointBarPlot(bars);
    m_keypointPckPlot = new KeypointBarPlot(bars);
    addTab(bars, tr("Per keypoint"));
    m_scatterPlot = new ErrorScatterPlot(this);
    addTab(m_scatterPlot, tr("Error vs peak"));

    m_poseTable = new QTableWidget(0, 5, this);
    m_poseTable->setHorizontalHeaderLabels({tr("Image"), tr("Rotation error (deg)"),
                                            tr("Translation error"), tr("Relative (%)"),
                                            tr("Reprojection (px)")});
    m_poseTable->verticalHeader()->hide();
    m_poseTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_poseTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_poseTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    addTab(m_poseTable, tr("Pose check"));
    connect(m_poseTable, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_poseTable->item(row, 0))
            m_controller->showImage(item->text());
    });
    connect(m_controller, &InspectController::inspectionChanged, this,
            &InspectStatisticsPanel::fill);
}

void InspectStatisticsPanel::fill()
{
    if (!m_controller->inspection())
        return;
    fillSummary();
    fillPlots();
    fillPoseCheck();
}

void InspectStatisticsPanel::fillSummary()
{
    const nlohmann::ordered_json json = m_controller->inspection()->summary.toJson();
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
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto valueAt = [nan](const nlohmann::ordered_json& object, const std::string& key) {
        const auto dot = key.find('.');
        if (dot == std::string::npos)
            return object.contains(key) ? jsonNumber(object.at(key)) : nan;
        const nlohmann::ordered_json& inner = object.at(key.substr(0, dot));
        const std::string rest = key.substr(dot + 1);
        return inner.contains(rest) ? jsonNumber(inner.at(rest)) : nan;
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
    addRow(tr("Images"), QStringLiteral("processed_samples"),
           double(json.at("processed_samples").get<std::size_t>()), nan, 0);
    addRow(tr("Annotated images"), QStringLiteral("samples_with_gt"),
           double(json.at("samples_with_gt").get<std::size_t>()), nan, 0);
    for (const Row& row : rows)
        addRow(row.label, QString::fromStdString(row.key), valueAt(json, row.key),
               valueAt(original, row.key), row.key == "visible_keypoints_count" ? 0 : 3);
}

void InspectStatisticsPanel::fillPlots()
{
    const InspectionDataPtr data = m_controller->inspection();
    const EvaluationPlotData plots = EvaluationPlotData::build(data->summary, data->results);
    m_pckPlot->clearCurves();
    m_pckPlot->setUnitLabel(tr("px"));
    m_pckPlot->addCurve(tr("IMG px"), plots.curveThresholds, plots.pckCurve);
    m_pckPlot->addCurve(tr("original px"), plots.curveThresholds, plots.pckCurveOriginal);
    m_histogramPlot->setUnitLabel(tr("IMG px"));
    m_histogramPlot->setErrors(plots.errors, EvaluationPlotData::kHistogramBins);
    m_keypointErrorPlot->setValues(plots.keypointMeanError, tr("Mean error (IMG px)"));
    m_keypointPckPlot->setValues(plots.keypointPck,
                                 tr("PCK@%1 px (%)").arg(EvaluationPlotData::kKeypointPckThreshold),
                                 100.0, QColor(44, 160, 44));
    m_scatterPlot->setPoints(plots.peaks, plots.errors, tr("Heatmap peak"), tr("Error (IMG px)"),
                             0.0, 1.0);
}

void InspectStatisticsPanel::fillPoseCheck()
{
    const InspectionDataPtr data = m_controller->inspection();
    m_poseTable->setSortingEnabled(false);
    m_poseTable->setRowCount(0);
    if (!data->poseCheck) {
        m_poseLabel->setText(tr("Pose check not available: it needs vertex_coordinates in the "
                                "mesh and a camera block in the annotations."));
        m_poseTable->setSortingEnabled(true);
        return;
    }
    const PoseCheckSummary& pose = *data->poseCheck;
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
        const int r = m_poseTable->rowCount();
        m_poseTable->insertRow(r);
        m_poseTable->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(image.image)));
        if (!image.solved) {
            m_poseTable->setItem(r, 1, new QTableWidgetItem(QString::fromStdString(image.reason)));
            continue;
        }
        m_poseTable->setItem(r, 1, displayItem(image.rotationErrorDeg));
        m_poseTable->setItem(r, 2, displayItem(image.translationError));
        m_poseTable->setItem(r, 3, displayItem(100.0 * image.relativeTranslation));
        m_poseTable->setItem(r, 4, displayItem(image.reprojectionErrorPx));
    }
    m_poseTable->setSortingEnabled(true);
}

} // namespace kps
