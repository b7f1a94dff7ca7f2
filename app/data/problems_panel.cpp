#include "problems_panel.h"

#include "problem_table_model.h"

#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace kps {

ProblemsPanel::ProblemsPanel(ProblemTableModel* model, QWidget* parent)
    : QTableView(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("problemTable"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ProblemTableModel::SortRole);
    setModel(m_proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    sortByColumn(ProblemTableModel::SeverityColumn, Qt::DescendingOrder);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    connect(this, &QAbstractItemView::doubleClicked, this, &ProblemsPanel::onActivated);
    connect(this, &QAbstractItemView::activated, this, &ProblemsPanel::onActivated);
    connect(model, &QAbstractItemModel::modelReset, this, &QTableView::resizeColumnsToContents);
}

void ProblemsPanel::onActivated(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    Q_EMIT fileActivated(m_proxy->mapToSource(proxyIndex)
                             .siblingAtColumn(0)
                             .data(ProblemTableModel::FilePathRole)
                             .toString());
}

void ProblemsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, ProblemTableModel::ColumnCount - 1);
    QTableView::changeEvent(event);
}

} // namespace kps
