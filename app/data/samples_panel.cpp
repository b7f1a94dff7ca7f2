#include "samples_panel.h"

#include "sample_filter_proxy_model.h"
#include "sample_table_model.h"
#include "thumbnail_cache.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kps {

SamplesPanel::SamplesPanel(SampleTableModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new SampleFilterProxyModel(this))
{
    m_proxy->setSourceModel(model);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto* filterRow = new QHBoxLayout;
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("sampleFilter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_subsetCombo = new QComboBox(this);
    m_subsetCombo->setObjectName(QStringLiteral("sampleSubset"));
    for (int i = 0; i < 4; ++i)
        m_subsetCombo->addItem(QString()); // texts in retranslateUi
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_subsetCombo);
    layout->addLayout(filterRow);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sampleTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SampleTableModel::StemColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Rows fit a thumbnail; a fixed height keeps 100 000 rows cheap to lay out.
    m_table->setIconSize(ThumbnailCache::thumbnailSize());
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(std::max(
        m_table->fontMetrics().height() + 6, ThumbnailCache::thumbnailSize().height() + 4));
    // Stems are never cut; the last column takes what is left (a narrow panel scrolls instead).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateSummary();
    });
    connect(m_subsetCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) {
                m_proxy->setSubset(static_cast<SampleFilterProxyModel::Subset>(index));
                updateSummary();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int row = currentRow();
        if (!m_settingRow && row >= 0)
            Q_EMIT currentRowChanged(row);
    });
    connect(model, &QAbstractItemModel::modelReset, this, &SamplesPanel::updateSummary);
    retranslateUi();
}

int SamplesPanel::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void SamplesPanel::setCurrentRow(int row)
{
    m_settingRow = true;
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->setCurrentIndex(QModelIndex());
    } else {
        QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid()) {
            // Hidden by the filter: show everything rather than refuse.
            m_filterEdit->clear();
            m_subsetCombo->setCurrentIndex(0);
            index = m_proxy->mapFromSource(m_model->index(row, 0));
        }
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    m_settingRow = false;
}

int SamplesPanel::rowAtOffset(int delta) const
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return -1;
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    return m_proxy->mapToSource(m_proxy->index(row, SampleTableModel::StemColumn)).row();
}

void SamplesPanel::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_summary->setText(shown == total ? tr("%n image(s)", nullptr, total)
                                      : tr("%1 of %n image(s) shown", nullptr, total).arg(shown));
}

void SamplesPanel::retranslateUi()
{
    m_filterEdit->setPlaceholderText(tr("Filter by name…"));
    m_subsetCombo->setItemText(0, tr("All images"));
    m_subsetCombo->setItemText(1, tr("Annotated"));
    m_subsetCombo->setItemText(2, tr("Unlabelled"));
    m_subsetCombo->setItemText(3, tr("With problems"));
    updateSummary();
}

void SamplesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The model translates at data() time; tell the view to ask again.
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, SampleTableModel::ColumnCount - 1);
    }
    QWidget::changeEvent(event);
}

} // namespace kps
