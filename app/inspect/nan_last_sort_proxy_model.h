#pragma once
// Sorts a table by the number its source model gives under kSortRole (falling back to the display
// text), keeping undefined values (NaN: no visible keypoint, missing image) last in both
// directions, so "largest error first" never starts with empty cells.

#include <QSortFilterProxyModel>

namespace kps {

class NanLastSortProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // Role under which source models give a sortable double (NaN = undefined).
    static constexpr int kSortRole = Qt::UserRole + 1;

    explicit NanLastSortProxyModel(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace kps
