#include "inspect_keypoint_panel.h"

#include "inspect_controller.h"
#include "prediction_keypoint_table_model.h"

#include <QHeaderView>

#include <cmath>
#include <limits>

namespace kps {

void InspectKeypointPanel::setUpTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

InspectKeypointPanel::InspectKeypointPanel(InspectController* controller, QWidget* parent)
    : QTableView(parent), m_controller(controller)
{
    setUpTable(this);
    m_model = new PredictionKeypointTableModel(this);
    setModel(m_model);
    connect(this, &QTableView::clicked, m_controller,
            [this](const QModelIndex& index) { m_controller->selectKeypoint(index.row()); });
    connect(m_controller, &InspectController::imageChanged, this, &InspectKeypointPanel::fill);
    connect(m_controller, &InspectController::selectedKeypointChanged, this, [this](int keypoint) {
        if (keypoint >= 0 && keypoint < m_model->rowCount())
            selectRow(keypoint);
    });
}

void InspectKeypointPanel::fill()
{
    const InspectionDataPtr data = m_controller->inspection();
    const int index = m_controller->imageIndex();
    if (!data || index < 0)
        return;
    const InspectedImage& image = data->images[static_cast<std::size_t>(index)];
    const KeypointResult* results = data->resultsOf(index);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QVector<PredictionKeypointRow> rows;
    for (int c = 0; c < data->keypointCount(); ++c) {
        const KeypointResult& r = results[c];
        const KeypointSpread& s = image.spreads[static_cast<std::size_t>(c)];
        PredictionKeypointRow row;
        row.keypoint = c;
        row.groundTruthVisible = r.record.visible;
        row.groundTruth = QPointF(r.groundTruthOriginal.x, r.groundTruthOriginal.y);
        row.predicted = QPointF(r.predictedOriginal.x, r.predictedOriginal.y);
        row.error = r.record.visible ? r.error : nan;
        row.errorOriginal = r.record.visible ? r.errorOriginal : nan;
        row.peak = r.record.heatmapPeak;
        row.spread = std::sqrt(double(s.sigmaMajor) * double(s.sigmaMinor));
        row.multiPeak = s.multiPeak;
        rows.append(row);
    }
    m_model->setRows(std::move(rows));
}

} // namespace kps
