#include "nan_last_sort_proxy_model.h"

#include <cmath>

namespace kps {

NanLastSortProxyModel::NanLastSortProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(kSortRole);
}

bool NanLastSortProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(kSortRole);
    const QVariant b = right.data(kSortRole);
    if (a.typeId() != QMetaType::Double || b.typeId() != QMetaType::Double)
        return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
    const double x = a.toDouble();
    const double y = b.toDouble();
    const bool xNan = std::isnan(x);
    const bool yNan = std::isnan(y);
    // Qt reverses lessThan for a descending sort; answer so that NaN ends up last either way.
    if (xNan || yNan) {
        if (xNan && yNan)
            return false;
        return xNan ? sortOrder() == Qt::DescendingOrder : sortOrder() == Qt::AscendingOrder;
    }
    return x < y;
}

} // namespace kps
