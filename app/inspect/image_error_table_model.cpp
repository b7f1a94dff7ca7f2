#include "image_error_table_model.h"

#include "inspection_cache.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kps {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

ImageErrorTableModel::ImageErrorTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImageErrorTableModel::setInspection(const InspectionData* data)
{
    QVector<ImageErrorRow> rows;
    int k = 0;
    if (data) {
        k = data->keypointCount();
        for (int i = 0; i < static_cast<int>(data->images.size()); ++i) {
            const KeypointResult* results = data->resultsOf(i);
            ImageErrorRow row;
            row.stem = QString::fromStdString(data->images[static_cast<std::size_t>(i)].stem);
            double sum = 0, sumOriginal = 0, max = 0;
            int count = 0;
            for (int c = 0; c < k; ++c) {
                const bool visible = results && results[c].record.visible;
                row.keypointErrors.append(visible ? results[c].error : kNaN);
                if (visible) {
                    sum += results[c].error;
                    sumOriginal += results[c].errorOriginal;
                    max = std::max(max, results[c].error);
                    ++count;
                }
            }
            row.meanError = count ? sum / count : kNaN;
            row.maxError = count ? max : kNaN;
            row.meanErrorOriginal = count ? sumOriginal / count : kNaN;
            rows.append(row);
        }
    }
    setRows(std::move(rows), k);
}

void ImageErrorTableModel::setRows(QVector<ImageErrorRow> rows, int keypointCount)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_keypointCount = keypointCount;
    endResetModel();
}

void ImageErrorTableModel::setColourScale(double pixels)
{
    m_colourScale = pixels > 0 ? pixels : 10.0;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, FirstKeypoint), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole});
}

int ImageErrorTableModel::rowOf(const QString& stem) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].stem == stem)
            return i;
    return -1;
}

int ImageErrorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ImageErrorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstKeypoint + m_keypointCount;
}

double ImageErrorTableModel::value(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return kNaN;
    const ImageErrorRow& r = m_rows[row];
    switch (column) {
    case MeanError:
        return r.meanError;
    case MaxError:
        return r.maxError;
    case MeanErrorOriginal:
        return r.meanErrorOriginal;
    default:
        return column >= FirstKeypoint ? r.keypointErrors.value(column - FirstKeypoint, kNaN)
                                       : kNaN;
    }
}

QVariant ImageErrorTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ImageErrorRow& row = m_rows[index.row()];
    if (role == kStemRole)
        return row.stem;
    if (index.column() == Image) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.stem;
        return {};
    }
    const double v = value(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return std::isnan(v) ? QString() : QString::number(v, 'f', 2);
    case NanLastSortProxyModel::kSortRole:
        return v;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (index.column() >= FirstKeypoint && !std::isnan(v)) {
            const double t = std::clamp(v / m_colourScale, 0.0, 1.0);
            // green -> yellow -> red
            return QBrush(QColor::fromHsvF(float((1.0 - t) * 0.33), 0.55f, 0.95f));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() >= FirstKeypoint && !std::isnan(v))
            return QBrush(Qt::black);
        return {};
    default:
        return {};
    }
}

QVariant ImageErrorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Image:
            return tr("Image");
        case MeanError:
            return tr("Mean (px)");
        case MaxError:
            return tr("Max (px)");
        case MeanErrorOriginal:
            return tr("Mean (orig px)");
        default:
            return tr("kp %1").arg(section - FirstKeypoint);
        }
    }
    if (role == Qt::ToolTipRole && section >= FirstKeypoint)
        return tr("Euclidean error of keypoint %1 in IMG pixels (empty: not visible)")
            .arg(section - FirstKeypoint);
    return {};
}

ImageErrorFilterProxyModel::ImageErrorFilterProxyModel(QObject* parent)
    : NanLastSortProxyModel(parent)
{
}

void ImageErrorFilterProxyModel::setKeypointFilter(int keypoint)
{
    if (keypoint == m_keypoint)
        return;
    m_keypoint = keypoint;
    invalidateFilter();
}

void ImageErrorFilterProxyModel::setErrorThreshold(double pixels)
{
    if (pixels == m_threshold)
        return;
    m_threshold = pixels;
    invalidateRowsFilter();
}

bool ImageErrorFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (m_threshold <= 0)
        return true;
    const auto* model = qobject_cast<const ImageErrorTableModel*>(sourceModel());
    if (!model)
        return true;
    const int column = m_keypoint >= 0 ? ImageErrorTableModel::FirstKeypoint + m_keypoint
                                       : int(ImageErrorTableModel::MaxError);
    const double v = model->value(sourceRow, column);
    return !std::isnan(v) && v > m_threshold;
}

bool ImageErrorFilterProxyModel::filterAcceptsColumn(int sourceColumn, const QModelIndex&) const
{
    return m_keypoint < 0 || sourceColumn < ImageErrorTableModel::FirstKeypoint ||
           sourceColumn == ImageErrorTableModel::FirstKeypoint + m_keypoint;
}

} // namespace kps
