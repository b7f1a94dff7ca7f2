#pragma once
// The Inspect page's image x keypoint error grid: one row per image (stem, mean / max error in
// IMG pixels, mean error in original pixels), then one column per keypoint with its euclidean
// error in IMG pixels, coloured from green (0) to red (>= the colour scale) as a heat grid.
// ImageErrorFilterProxyModel sorts it (NaN last) and filters it: one keypoint, errors above a
// threshold.

#include "nan_last_sort_proxy_model.h"

#include <QAbstractTableModel>
#include <QString>
#include <QVector>

namespace kps {

struct InspectionData;

struct ImageErrorRow
{
    QString stem;
    double meanError = 0, maxError = 0, meanErrorOriginal = 0; // NaN when none visible
    QVector<double> keypointErrors;                            // per keypoint, NaN = not visible
};

class ImageErrorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Image,
        MeanError,
        MaxError,
        MeanErrorOriginal,
        FirstKeypoint
    };
    static constexpr int kStemRole = Qt::UserRole;

    explicit ImageErrorTableModel(QObject* parent = nullptr);

    void setInspection(const InspectionData* data); // nullptr clears
    void setRows(QVector<ImageErrorRow> rows, int keypointCount);
    const QVector<ImageErrorRow>& rows() const { return m_rows; }
    int keypointCount() const { return m_keypointCount; }
    // Errors at or above this many IMG pixels show full red.
    void setColourScale(double pixels);
    int rowOf(const QString& stem) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    double value(int row, int column) const; // the number a cell shows, NaN when empty

private:
    QVector<ImageErrorRow> m_rows;
    int m_keypointCount = 0;
    double m_colourScale = 10.0;
};

class ImageErrorFilterProxyModel : public NanLastSortProxyModel
{
    Q_OBJECT

public:
    explicit ImageErrorFilterProxyModel(QObject* parent = nullptr);

    // -1: all keypoints; k: only keypoint k's column, and the threshold applies to it.
    void setKeypointFilter(int keypoint);
    int keypointFilter() const { return m_keypoint; }
    // Rows whose error (keypoint k, or the image's max error) is above this; <= 0 keeps all.
    void setErrorThreshold(double pixels);
    double errorThreshold() const { return m_threshold; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex& sourceParent) const override;

private:
    int m_keypoint = -1;
    double m_threshold = 0.0;
};

} // namespace kps
