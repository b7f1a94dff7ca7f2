#include "sample_table_model.h"

#include "thumbnail_cache.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QStyle>

#include <algorithm>

namespace kps {

SampleTableModel::SampleTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SampleTableModel::setSamples(std::vector<SampleEntry> samples)
{
    beginResetModel();
    m_samples = std::move(samples);
    m_sortedByStem =
        std::is_sorted(m_samples.begin(), m_samples.end(),
                       [](const SampleEntry& a, const SampleEntry& b) { return a.stem < b.stem; });
    m_modifiedRow = -1;
    if (m_thumbnails)
        m_thumbnails->clear();
    endResetModel();
}

void SampleTableModel::setThumbnailCache(ThumbnailCache* cache)
{
    if (m_thumbnails)
        m_thumbnails->disconnect(this);
    m_thumbnails = cache;
    if (cache)
        connect(cache, &ThumbnailCache::thumbnailReady, this, [this](int row) {
            if (row >= 0 && row < rowCount())
                Q_EMIT dataChanged(index(row, StemColumn), index(row, StemColumn),
                                   {Qt::DecorationRole});
        });
}

void SampleTableModel::updateAnnotation(int row, const std::filesystem::path& annotationPath,
                                        int visibleCount, int visibleInCrop)
{
    if (row < 0 || row >= rowCount())
        return;
    SampleEntry& entry = m_samples[static_cast<std::size_t>(row)];
    entry.annotationPath = annotationPath;
    entry.annotated = true;
    entry.visibleCount = visibleCount;
    entry.visibleInCrop = visibleInCrop;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SampleTableModel::setModified(int row, bool modified)
{
    const int previous = m_modifiedRow;
    if (modified)
        m_modifiedRow = row;
    else if (row == m_modifiedRow)
        m_modifiedRow = -1;
    for (int changed : {previous, m_modifiedRow})
        if (changed >= 0 && changed < rowCount())
            Q_EMIT dataChanged(index(changed, 0), index(changed, ColumnCount - 1));
}

void SampleTableModel::clear()
{
    setSamples({});
}

int SampleTableModel::rowForFile(const std::filesystem::path& file) const
{
    if (file.empty())
        return -1;
    const std::filesystem::path wanted = file.lexically_normal();
    for (std::size_t row = 0; row < m_samples.size(); ++row) {
        const SampleEntry& entry = m_samples[row];
        if ((!entry.imagePath.empty() && entry.imagePath.lexically_normal() == wanted) ||
            (!entry.annotationPath.empty() && entry.annotationPath.lexically_normal() == wanted))
            return static_cast<int>(row);
    }
    return -1;
}

int SampleTableModel::rowForStem(const QString& stem) const
{
    const std::string wanted = stem.toStdString();
    if (m_sortedByStem) { // the scan's order: a binary search, even over 100 000 rows
        const auto found = std::lower_bound(
            m_samples.begin(), m_samples.end(), wanted,
            [](const SampleEntry& entry, const std::string& key) { return entry.stem < key; });
        return found != m_samples.end() && found->stem == wanted
                   ? static_cast<int>(found - m_samples.begin())
                   : -1;
    }
    for (std::size_t row = 0; row < m_samples.size(); ++row) {
        if (m_samples[row].stem == wanted)
            return static_cast<int>(row);
    }
    return -1;
}

int SampleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_samples.size());
}

int SampleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SampleEntry& entry = m_samples[static_cast<std::size_t>(index.row())];
    const int column = index.column();

    switch (role) {
    case StemRole:
        return QString::fromStdString(entry.stem);
    case ModifiedRole:
        return index.row() == m_modifiedRow;
    case Qt::FontRole:
        if (index.row() == m_modifiedRow) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case AnnotatedRole:
        return entry.annotated;
    case ProblemCountRole:
        return entry.problemCount;
    case SortRole:
        switch (column) {
        case StemColumn:
            return QString::fromStdString(entry.stem);
        case AnnotatedColumn:
            return entry.annotated ? 1 : 0;
        case VisibleColumn:
            return entry.visibleCount;
        case ProblemsColumn:
            return entry.problemCount;
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case StemColumn:
            // The trailing star is the usual "unsaved" sign (as in the window title).
            return index.row() == m_modifiedRow ? QString::fromStdString(entry.stem) + " *"
                                                : QString::fromStdString(entry.stem);
        case AnnotatedColumn:
            return entry.annotated ? tr("yes") : tr("no");
        case VisibleColumn:
            return entry.annotated ? QVariant(entry.visibleCount) : QVariant();
        case ProblemsColumn:
            return entry.problemCount > 0 ? QVariant(entry.problemCount) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == VisibleColumn || column == ProblemsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (column == AnnotatedColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == AnnotatedColumn && !entry.annotated)
            return QColor(150, 150, 150);
        return {};
    case Qt::DecorationRole:
        if (column == StemColumn && m_thumbnails && !entry.imagePath.empty()) {
            const QImage thumbnail = m_thumbnails->thumbnail(
                index.row(), QString::fromStdString(entry.imagePath.string()));
            if (!thumbnail.isNull())
                return thumbnail;
            return {};
        }
        if (column == ProblemsColumn && entry.problemCount > 0)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << (entry.imagePath.empty()
                      ? tr("No image for this annotation")
                      : tr("Image: %1").arg(QString::fromStdString(entry.imagePath.string())));
        if (entry.imageWidth > 0)
            lines << tr("Size: %1 x %2 px").arg(entry.imageWidth).arg(entry.imageHeight);
        lines << (entry.annotated ? tr("%n visible keypoint(s), %1 inside the model crop", nullptr,
                                       entry.visibleCount)
                                        .arg(entry.visibleInCrop)
                                  : tr("Not annotated"));
        if (entry.problemCount > 0)
            lines << tr("%n problem(s): see the Problems panel", nullptr, entry.problemCount);
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant SampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StemColumn:
            return tr("Image");
        case AnnotatedColumn:
            return tr("Annotated");
        case VisibleColumn:
            return tr("Visible");
        case ProblemsColumn:
            return tr("Problems");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case StemColumn:
            return tr("File name without extension (the stem pairs image and annotation)");
        case AnnotatedColumn:
            return tr("Whether a valid annotation JSON exists for the image");
        case VisibleColumn:
            return tr("Keypoints listed as visible in the annotation");
        case ProblemsColumn:
            return tr("Warnings and errors found for this sample's files");
        }
    }
    return {};
}

} // namespace kps
