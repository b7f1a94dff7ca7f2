#include "inspect_compare_panel.h"

#include "image_delta_table_model.h"
#include "inspect_controller.h"
#include "inspect_keypoint_panel.h"
#include "inspect_run_panel.h"
#include "nan_last_sort_proxy_model.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kps {

InspectComparePanel::InspectComparePanel(InspectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("model B: best.pt of another run, or a weights file"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    m_compareButton = new QPushButton(tr("Compare"), this);
    m_compareButton->setToolTip(tr("Run (or load) model B on the same images and compare"));
    row->addWidget(m_edit, 1);
    row->addWidget(browse);
    row->addWidget(m_compareButton);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    const auto makeView = [splitter](QAbstractItemModel* model) {
        auto* view = new QTableView(splitter);
        InspectKeypointPanel::setUpTable(view);
        view->setModel(model);
        view->setSortingEnabled(true);
        return view;
    };
    m_metricDeltaModel = new MetricDeltaTableModel(this);
    m_metricDeltaProxy = new NanLastSortProxyModel(this);
    m_metricDeltaProxy->setSourceModel(m_metricDeltaModel);
    m_metricDeltaView = makeView(m_metricDeltaProxy);
    m_metricDeltaView->sortByColumn(-1, Qt::AscendingOrder); // keep the JSON's key order
    m_imageDeltaModel = new ImageDeltaTableModel(this);
    m_imageDeltaProxy = new NanLastSortProxyModel(this);
    m_imageDeltaProxy->setSourceModel(m_imageDeltaModel);
    m_imageDeltaView = makeView(m_imageDeltaProxy);
    m_imageDeltaView->sortByColumn(ImageDeltaTableModel::Delta, Qt::DescendingOrder);
    layout->addWidget(splitter, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = InspectRunPanel::chooseWeightsFile(
            this, tr("Choose model B"), QFileInfo(m_controller->modelPath()).absolutePath());
        if (!file.isEmpty())
            m_controller->setComparisonModelPath(file);
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        m_controller->setComparisonModelPath(m_edit->text());
        m_edit->setText(m_controller->comparisonModelPath());
    });
    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        m_controller->setComparisonModelPath(m_edit->text());
        m_controller->runComparison();
    });
    connect(m_imageDeltaView, &QTableView::clicked, this, [this](const QModelIndex& index) {
        m_controller->showImage(index.data(ImageDeltaTableModel::kStemRole).toString());
    });

    connect(m_controller, &InspectController::comparisonModelPathChanged, m_edit,
            &QLineEdit::setText);
    connect(m_controller, &InspectController::comparisonStatusChanged, m_status, &QLabel::setText);
    connect(m_controller, &InspectController::comparisonRunningChanged, this,
            [this](bool running) { m_compareButton->setEnabled(!running); });
    connect(m_controller, &InspectController::comparisonChanged, this, &InspectComparePanel::fill);
    m_edit->setText(m_controller->comparisonModelPath());
}

void InspectComparePanel::fill()
{
    const ModelComparison& comparison = m_controller->comparisonResult();
    m_metricDeltaModel->setRows(comparison.metrics);
    m_imageDeltaModel->setRows(comparison.images);
}

} // namespace kps
