#include "inspect_errors_panel.h"

#include "image_error_table_model.h"
#include "inspect_controller.h"
#include "inspect_keypoint_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace kps {

InspectErrorsPanel::InspectErrorsPanel(InspectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_keypointCombo = new QComboBox(this);
    m_keypointCombo->addItem(tr("All keypoints"), -1);
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setRange(0, 10000);
    m_threshold->setDecimals(1);
    m_threshold->setSuffix(tr(" px"));
    m_threshold->setSpecialValueText(tr("any error"));
    m_threshold->setToolTip(tr("Only images whose error (of the chosen keypoint, or their "
                               "largest) is above this, in IMG pixels"));
    filters->addWidget(new QLabel(tr("Keypoint:"), this));
    filters->addWidget(m_keypointCombo);
    filters->addWidget(new QLabel(tr("Error above:"), this));
    filters->addWidget(m_threshold);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_model = new ImageErrorTableModel(this);
    m_proxy = new ImageErrorFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    InspectKeypointPanel::setUpTable(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImageErrorTableModel::MeanError, Qt::DescendingOrder);
    layout->addWidget(m_view, 1);

    connect(m_keypointCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const int k = m_keypointCombo->currentData().toInt();
        m_proxy->setKeypointFilter(k);
        if (k >= 0)
            m_view->sortByColumn(ImageErrorTableModel::FirstKeypoint, Qt::DescendingOrder);
    });
    connect(m_threshold, qOverload<double>(&QDoubleSpinBox::valueChanged), m_proxy,
            &ImageErrorFilterProxyModel::setErrorThreshold);
    connect(m_view, &QTableView::clicked, this, &InspectErrorsPanel::open);
    connect(m_view, &QTableView::activated, this, &InspectErrorsPanel::open);
    connect(m_controller, &InspectController::inspectionChanged, this, &InspectErrorsPanel::fill);
    connect(m_controller, &InspectController::imageChanged, this, &InspectErrorsPanel::followImage);
}

void InspectErrorsPanel::setErrorThreshold(double pixels)
{
    m_threshold->setValue(pixels); // the proxy follows
}

double InspectErrorsPanel::errorThreshold() const
{
    return m_proxy->errorThreshold();
}

void InspectErrorsPanel::fill()
{
    const InspectionDataPtr data = m_controller->inspection();
    {
        const QSignalBlocker blocker(m_keypointCombo);
        m_keypointCombo->clear();
        m_keypointCombo->addItem(tr("All keypoints"), -1);
        for (int i = 0; i < data->keypointCount(); ++i)
            m_keypointCombo->addItem(tr("Keypoint %1").arg(i), i);
    }
    m_proxy->setKeypointFilter(-1);
    m_model->setInspection(data.get());
}

void InspectErrorsPanel::followImage()
{
    // Keep the grid's selection on the shown image (no signal loop: only clicks open images).
    const int sourceRow = m_model->rowOf(m_controller->currentStem());
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (proxyIndex.isValid())
        m_view->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
}

void InspectErrorsPanel::open(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    m_controller->showImage(proxyIndex.data(ImageErrorTableModel::kStemRole).toString());
    const int column = m_proxy->mapToSource(proxyIndex).column();
    if (column >= ImageErrorTableModel::FirstKeypoint)
        m_controller->selectKeypoint(column - ImageErrorTableModel::FirstKeypoint);
}

} // namespace kps
