#include "sample_filter_proxy_model.h"

#include "sample_table_model.h"

namespace kps {

int SampleFilterProxyModel::naturalCompare(const QString& a, const QString& b)
{
    // Runs of digits compare as numbers, everything else case-insensitively, so img_2 < img_10.
    // (QCollator's numeric mode needs ICU, which not every Qt build has.)
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < a.size() && a[i].isDigit())
                ++i;
            while (j < b.size() && b[j].isDigit())
                ++j;
            // Compare without leading zeros: longer means larger, then digit by digit.
            QStringView numberA = QStringView(a).mid(startA, i - startA);
            QStringView numberB = QStringView(b).mid(startB, j - startB);
            while (numberA.size() > 1 && numberA.front() == QLatin1Char('0'))
                numberA = numberA.mid(1);
            while (numberB.size() > 1 && numberB.front() == QLatin1Char('0'))
                numberB = numberB.mid(1);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size() ? -1 : 1;
            if (const int c = numberA.compare(numberB); c != 0)
                return c;
            continue;
        }
        const QChar ca = a[i].toCaseFolded();
        const QChar cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return QString::compare(a, b); // equal ignoring case and zeros: still a stable order
}

SampleFilterProxyModel::SampleFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SampleTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

bool SampleFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return naturalCompare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

void SampleFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    invalidateRowsFilter();
}

void SampleFilterProxyModel::setSubset(Subset subset)
{
    if (subset == m_subset)
        return;
    m_subset = subset;
    invalidateRowsFilter();
}

bool SampleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index =
        sourceModel()->index(sourceRow, SampleTableModel::StemColumn, sourceParent);
    switch (m_subset) {
    case Subset::All:
        break;
    case Subset::Annotated:
        if (!index.data(SampleTableModel::AnnotatedRole).toBool())
            return false;
        break;
    case Subset::Unlabelled:
        if (index.data(SampleTableModel::AnnotatedRole).toBool())
            return false;
        break;
    case Subset::WithProblems:
        if (index.data(SampleTableModel::ProblemCountRole).toInt() <= 0)
            return false;
        break;
    }
    return m_filterText.isEmpty() || index.data(SampleTableModel::StemRole)
                                         .toString()
                                         .contains(m_filterText, Qt::CaseInsensitive);
}

} // namespace kps
