#pragma once
// ProblemTableModel lists the problems a dataset scan found (severity, file relative to the
// dataset root, message) for the Problems panel. Read-only.

#include "dataset_scan.h"

#include <QAbstractTableModel>

#include <filesystem>
#include <vector>

namespace kps {

class ProblemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        FileColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        FilePathRole = Qt::UserRole + 1, // QString: the absolute file the problem names
        SortRole,
    };

    explicit ProblemTableModel(QObject* parent = nullptr);

    void setProblems(const std::filesystem::path& root, std::vector<DatasetProblem> problems);
    void clear();
    const DatasetProblem& problem(int row) const
    {
        return m_problems.at(static_cast<std::size_t>(row));
    }
    int count(ProblemSeverity severity) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityName(ProblemSeverity severity);

private:
    std::filesystem::path m_root;
    std::vector<DatasetProblem> m_problems;
};

} // namespace kps
