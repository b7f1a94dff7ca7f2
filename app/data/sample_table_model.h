#pragma once
// SampleTableModel lists the samples of a scanned dataset (one row per kps::SampleEntry: stem,
// annotated, visible keypoints, problems), with a lazily decoded thumbnail beside the stem and a
// "modified" marker for the image whose annotation has unsaved edits. Read-only; sorting and
// filtering live in SampleFilterProxyModel.

#include "dataset_scan.h"

#include <QAbstractTableModel>

#include <filesystem>
#include <vector>

namespace kps {

class ThumbnailCache;

class SampleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StemColumn,
        AnnotatedColumn,
        VisibleColumn,
        ProblemsColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers as numbers, text as text
        AnnotatedRole,               // bool
        ProblemCountRole,            // int
        StemRole,                    // QString
        ModifiedRole,                // bool: unsaved annotation edits
    };

    explicit SampleTableModel(QObject* parent = nullptr);

    void setSamples(std::vector<SampleEntry> samples);
    void clear();
    // Thumbnails as the stem column's decoration (null: none). Not owned.
    void setThumbnailCache(ThumbnailCache* cache);
    // The editor changed a sample's annotation (saved, or created for an unlabelled image).
    void updateAnnotation(int row, const std::filesystem::path& annotationPath, int visibleCount,
                          int visibleInCrop);
    void setModified(int row, bool modified);
    bool isModified(int row) const { return row >= 0 && row == m_modifiedRow; }
    const std::vector<SampleEntry>& samples() const { return m_samples; }
    const SampleEntry& sample(int row) const { return m_samples.at(static_cast<std::size_t>(row)); }

    // Row of the sample whose image or annotation is `file`, -1 when none.
    int rowForFile(const std::filesystem::path& file) const;
    int rowForStem(const QString& stem) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<SampleEntry> m_samples;
    ThumbnailCache* m_thumbnails = nullptr;
    bool m_sortedByStem = false; // rows in the scan's stem order: lookups by binary search
    int m_modifiedRow = -1;      // one image is edited at a time
};

} // namespace kps
