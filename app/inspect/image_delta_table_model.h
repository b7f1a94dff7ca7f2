#pragma once
// The Inspect page's model comparison tables: ImageDeltaTableModel lists per image the mean error
// of model A and B and the delta B - A (IMG and original pixels); MetricDeltaTableModel lists
// every numeric key of evaluation_summary.json with A, B and B - A. Both give numbers under
// NanLastSortProxyModel::kSortRole so a proxy sorts them.

#include "model_comparison.h"

#include <QAbstractTableModel>

namespace kps {

class ImageDeltaTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Image,
        MeanErrorA,
        MeanErrorB,
        Delta,
        DeltaOriginal,
        ColumnCount
    };
    static constexpr int kStemRole = Qt::UserRole;

    explicit ImageDeltaTableModel(QObject* parent = nullptr);
    void setRows(std::vector<ImageDelta> rows);
    const std::vector<ImageDelta>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ImageDelta> m_rows;
};

class MetricDeltaTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Key,
        A,
        B,
        Delta,
        ColumnCount
    };

    explicit MetricDeltaTableModel(QObject* parent = nullptr);
    void setRows(std::vector<MetricDelta> rows);
    const std::vector<MetricDelta>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<MetricDelta> m_rows;
};

} // namespace kps
