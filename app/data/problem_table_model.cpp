#include "problem_table_model.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace kps {

ProblemTableModel::ProblemTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProblemTableModel::setProblems(const std::filesystem::path& root,
                                    std::vector<DatasetProblem> problems)
{
    beginResetModel();
    m_root = root;
    m_problems = std::move(problems);
    endResetModel();
}

void ProblemTableModel::clear()
{
    setProblems({}, {});
}

int ProblemTableModel::count(ProblemSeverity severity) const
{
    return static_cast<int>(
        std::count_if(m_problems.begin(), m_problems.end(),
                      [severity](const DatasetProblem& p) { return p.severity == severity; }));
}

int ProblemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

int ProblemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemTableModel::severityName(ProblemSeverity severity)
{
    switch (severity) {
    case ProblemSeverity::Info:
        return tr("Info");
    case ProblemSeverity::Warning:
        return tr("Warning");
    case ProblemSeverity::Error:
        return tr("Error");
    }
    return {};
}

QVariant ProblemTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DatasetProblem& problem = m_problems[static_cast<std::size_t>(index.row())];
    const QString absolute = QString::fromStdString(problem.file.string());
    // Paths inside the dataset read better relative to its root.
    QString shown = absolute;
    if (!m_root.empty() && !problem.file.empty()) {
        const std::filesystem::path relative = problem.file.lexically_relative(m_root);
        if (!relative.empty() && relative.native().rfind("..", 0) != 0)
            shown = QString::fromStdString(relative.generic_string());
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(problem.severity);
        case FileColumn:
            return shown;
        case MessageColumn:
            return QString::fromStdString(problem.message);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == FileColumn ? absolute : QString::fromStdString(problem.message);
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        switch (problem.severity) {
        case ProblemSeverity::Info:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        case ProblemSeverity::Warning:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case ProblemSeverity::Error:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        }
        return {};
    case FilePathRole:
        return absolute;
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return static_cast<int>(problem.severity);
        case FileColumn:
            return shown;
        case MessageColumn:
            return QString::fromStdString(problem.message);
        }
        return {};
    default:
        return {};
    }
}

QVariant ProblemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case FileColumn:
        return tr("File");
    case MessageColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace kps
