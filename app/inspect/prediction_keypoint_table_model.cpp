#include "prediction_keypoint_table_model.h"

#include "nan_last_sort_proxy_model.h"

#include <QBrush>
#include <QColor>

#include <cmath>
#include <limits>

namespace kps {

PredictionKeypointTableModel::PredictionKeypointTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PredictionKeypointTableModel::setRows(QVector<PredictionKeypointRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PredictionKeypointTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int PredictionKeypointTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PredictionKeypointTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PredictionKeypointRow& row = m_rows[index.row()];
    const double nan = std::numeric_limits<double>::quiet_NaN();
    double v = nan;
    switch (index.column()) {
    case Keypoint:
        v = row.keypoint;
        break;
    case GroundTruthX:
        v = row.groundTruthVisible ? row.groundTruth.x() : nan;
        break;
    case GroundTruthY:
        v = row.groundTruthVisible ? row.groundTruth.y() : nan;
        break;
    case PredictedX:
        v = row.predicted.x();
        break;
    case PredictedY:
        v = row.predicted.y();
        break;
    case Error:
        v = row.error;
        break;
    case ErrorOriginal:
        v = row.errorOriginal;
        break;
    case Peak:
        v = row.peak;
        break;
    case Spread:
        v = row.spread;
        break;
    default:
        break;
    }
    if (role == NanLastSortProxyModel::kSortRole)
        return index.column() == MultiPeak ? QVariant(row.multiPeak ? 1.0 : 0.0) : QVariant(v);
    if (role == Qt::DisplayRole) {
        if (index.column() == MultiPeak)
            return row.multiPeak ? tr("yes") : QString();
        if (index.column() == Keypoint)
            return row.keypoint;
        if (std::isnan(v))
            return QString();
        return QString::number(v, 'f', index.column() == Peak ? 3 : 2);
    }
    if (role == Qt::TextAlignmentRole && index.column() != MultiPeak)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && index.column() == MultiPeak && row.multiPeak)
        return QBrush(QColor(255, 200, 120));
    if (role == Qt::ToolTipRole && row.multiPeak)
        return tr("The heatmap has a second peak: SoftArgMax averages the two and may land "
                  "between them.");
    return {};
}

QVariant PredictionKeypointTableModel::headerData(int section, Qt::Orientation orientation,
                                                  int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Keypoint:
        return tr("#");
    case GroundTruthX:
        return tr("GT x");
    case GroundTruthY:
        return tr("GT y");
    case PredictedX:
        return tr("Pred x");
    case PredictedY:
        return tr("Pred y");
    case Error:
        return tr("Error (px)");
    case ErrorOriginal:
        return tr("Error (orig px)");
    case Peak:
        return tr("Peak");
    case Spread:
        return tr("Spread");
    case MultiPeak:
        return tr("Multi-peak");
    default:
        return {};
    }
}

} // namespace kps
