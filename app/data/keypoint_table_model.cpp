#include "keypoint_table_model.h"

#include "annotation_document.h"
#include "keypoint_image_view.h"

#include <QColor>

#include <cmath>

namespace kps {

KeypointTableModel::KeypointTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void KeypointTableModel::setDocument(AnnotationDocument* document)
{
    beginResetModel();
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_rows = document ? document->keypointCount() : 0;
    if (document) {
        connect(document, &AnnotationDocument::changed, this,
                &KeypointTableModel::onDocumentChanged);
        connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    endResetModel();
}

void KeypointTableModel::onDocumentChanged()
{
    // K is fixed per document, so a change never adds or removes rows.
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int KeypointTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int KeypointTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeypointTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_document ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeypointState state = m_document->keypoint(index.row());
    const int column = index.column();
    switch (role) {
    case KeypointIndexRole:
        return state.index;
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (column) {
        case IndexColumn:
            return state.index;
        case XColumn:
            if (!state.pixel)
                return {};
            return role == Qt::DisplayRole ? QVariant(QString::number(state.pixel->x(), 'f', 2))
                                           : QVariant(state.pixel->x());
        case YColumn:
            if (!state.pixel)
                return {};
            return role == Qt::DisplayRole ? QVariant(QString::number(state.pixel->y(), 'f', 2))
                                           : QVariant(state.pixel->y());
        case VisibleColumn:
            return role == SortRole ? QVariant(state.visible ? 1 : 0) : QVariant();
        case StatusColumn:
            if (!state.listed)
                return tr("missing");
            if (!state.status.isEmpty())
                return state.status == QLatin1String("Behind camera")  ? tr("behind camera")
                       : state.status == QLatin1String("Outside view") ? tr("outside view")
                                                                       : state.status;
            return state.visible ? tr("visible") : tr("hidden");
        }
        return {};
    case Qt::CheckStateRole:
        if (column == VisibleColumn && state.listed)
            return state.visible ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (column == IndexColumn)
            return KeypointImageView::keypointColor(state.index);
        return {};
    case Qt::ForegroundRole:
        if (!state.listed)
            return QColor(150, 150, 150);
        return {};
    case Qt::TextAlignmentRole:
        if (column == XColumn || column == YColumn || column == IndexColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (!state.listed)
            return tr("Keypoint %1 is not in the annotation: type coordinates or use Edit > "
                      "Place keypoint to add it.")
                .arg(state.index);
        return {};
    default:
        return {};
    }
}

bool KeypointTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_document ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int keypoint = index.row();
    const KeypointState state = m_document->keypoint(keypoint);
    if (index.column() == VisibleColumn && role == Qt::CheckStateRole)
        return m_document->setKeypointVisible(keypoint,
                                              value.value<Qt::CheckState>() == Qt::Checked);
    if ((index.column() != XColumn && index.column() != YColumn) || role != Qt::EditRole)
        return false;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return false;
    if (!state.pixel) {
        // A missing keypoint gets both coordinates from the one typed; the other follows next.
        return m_document->placeKeypoint(keypoint, QPointF(number, number));
    }
    QPointF pixel = *state.pixel;
    if (index.column() == XColumn)
        pixel.setX(number);
    else
        pixel.setY(number);
    // A hidden keypoint stays hidden: only its position changes (MoveKeypointCommand).
    return m_document->moveKeypoint(keypoint, pixel);
}

Qt::ItemFlags KeypointTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_document)
        return flags;
    if (index.column() == XColumn || index.column() == YColumn)
        flags |= Qt::ItemIsEditable;
    if (index.column() == VisibleColumn && m_document->keypoint(index.row()).listed)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant KeypointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("#");
    case XColumn:
        return tr("x");
    case YColumn:
        return tr("y");
    case VisibleColumn:
        return tr("Visible");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace kps
