#include "image_delta_table_model.h"

#include "nan_last_sort_proxy_model.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace kps {

namespace {

QVariant numberData(double v, int role, bool signedColour)
{
    switch (role) {
    case Qt::DisplayRole:
        return std::isnan(v) ? QString() : QString::number(v, 'f', 3);
    case NanLastSortProxyModel::kSortRole:
        return v;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Negative delta: B has the smaller error (better).
        if (signedColour && !std::isnan(v) && v != 0)
            return QBrush(v < 0 ? QColor(0, 130, 0) : QColor(190, 0, 0));
        return {};
    default:
        return {};
    }
}

} // namespace

ImageDeltaTableModel::ImageDeltaTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImageDeltaTableModel::setRows(std::vector<ImageDelta> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ImageDeltaTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImageDeltaTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageDeltaTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ImageDelta& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == kStemRole)
        return QString::fromStdString(row.image);
    switch (index.column()) {
    case Image:
        return role == Qt::DisplayRole ? QVariant(QString::fromStdString(row.image)) : QVariant();
    case MeanErrorA:
        return numberData(row.meanErrorA, role, false);
    case MeanErrorB:
        return numberData(row.meanErrorB, role, false);
    case Delta:
        return numberData(row.delta, role, true);
    case DeltaOriginal:
        return numberData(row.deltaOriginal, role, true);
    default:
        return {};
    }
}

QVariant ImageDeltaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Image:
        return tr("Image");
    case MeanErrorA:
        return tr("Mean A (px)");
    case MeanErrorB:
        return tr("Mean B (px)");
    case Delta:
        return tr("B - A (px)");
    case DeltaOriginal:
        return tr("B - A (orig px)");
    default:
        return {};
    }
}

MetricDeltaTableModel::MetricDeltaTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void MetricDeltaTableModel::setRows(std::vector<MetricDelta> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int MetricDeltaTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MetricDeltaTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricDeltaTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MetricDelta& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Key:
        return role == Qt::DisplayRole ? QVariant(QString::fromStdString(row.key)) : QVariant();
    case A:
        return numberData(row.a, role, false);
    case B:
        return numberData(row.b, role, false);
    case Delta:
        return numberData(row.delta, role, false);
    default:
        return {};
    }
}

QVariant MetricDeltaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Metric");
    case A:
        return tr("A");
    case B:
        return tr("B");
    case Delta:
        return tr("B - A");
    default:
        return {};
    }
}

} // namespace kps
