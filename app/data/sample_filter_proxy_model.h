#pragma once
// SampleFilterProxyModel filters the sample list by a text in the stem and by a subset
// (all / annotated / unlabelled / with problems), and sorts by SampleTableModel::SortRole (text in
// natural order: img_2 before img_10).

#include <QSortFilterProxyModel>

namespace kps {

class SampleFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Subset
    {
        All,
        Annotated,
        Unlabelled,
        WithProblems
    };

    explicit SampleFilterProxyModel(QObject* parent = nullptr);

    // Case-insensitive substring of the stem; empty shows all.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }
    void setSubset(Subset subset);
    Subset subset() const { return m_subset; }

    // <0, 0, >0 like strcmp, with digit runs compared as numbers and letters without case.
    static int naturalCompare(const QString& a, const QString& b);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_filterText;
    Subset m_subset = Subset::All;
};

} // namespace kps
