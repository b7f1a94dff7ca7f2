#pragma once
// KeypointTableModel lists the K keypoints of the AnnotationDocument being edited (index, x, y,
// visible, status) and edits them in place: typed coordinates and the visible check box become
// undoable commands on the document, and every document change (from the view, the table, undo)
// refreshes the rows, so table and image view always show the same state.

#include <QAbstractTableModel>
#include <QPointer>

namespace kps {

class AnnotationDocument;

class KeypointTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IndexColumn,
        XColumn,
        YColumn,
        VisibleColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        KeypointIndexRole = Qt::UserRole + 1, // int
        SortRole,                             // numbers as numbers
    };

    explicit KeypointTableModel(QObject* parent = nullptr);

    // Null shows an empty table.
    void setDocument(AnnotationDocument* document);
    AnnotationDocument* document() const { return m_document; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onDocumentChanged();

    QPointer<AnnotationDocument> m_document;
    int m_rows = 0;
};

} // namespace kps
