#include "keypoints_panel.h"

#include "annotation_document.h"
#include "keypoint_table_model.h"

#include <QEvent>
#include <QHeaderView>

namespace kps {

KeypointsPanel::KeypointsPanel(QWidget* parent)
    : QTableView(parent), m_model(new KeypointTableModel(this))
{
    setObjectName(QStringLiteral("keypointTable"));
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_selecting)
                    Q_EMIT selectedKeypointChanged(current.isValid() ? current.row() : -1);
            });
}

void KeypointsPanel::setDocument(AnnotationDocument* document)
{
    m_model->setDocument(document);
}

int KeypointsPanel::selectedKeypoint() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.row() : -1;
}

void KeypointsPanel::selectKeypoint(int index)
{
    if (index < 0 || index >= m_model->rowCount() || selectedKeypoint() == index)
        return;
    m_selecting = true;
    const QModelIndex row = m_model->index(index, KeypointTableModel::IndexColumn);
    setCurrentIndex(row);
    scrollTo(row);
    m_selecting = false;
}

void KeypointsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, KeypointTableModel::ColumnCount - 1);
    QTableView::changeEvent(event);
}

} // namespace kps
