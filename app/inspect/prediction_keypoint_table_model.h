#pragma once
// The Inspect page's per-keypoint table of one image: ground truth and prediction (original
// pixels), euclidean error in IMG and original pixels, heatmap peak, SoftArgMax spread and the
// multi-peak flag. Plain rows in, so the page fills it from the cached inspection.

#include <QAbstractTableModel>
#include <QPointF>
#include <QVector>

namespace kps {

struct PredictionKeypointRow
{
    int keypoint = 0;
    bool groundTruthVisible = false;
    QPointF groundTruth;                 // original pixels (meaningful when groundTruthVisible)
    QPointF predicted;                   // original pixels
    double error = 0, errorOriginal = 0; // NaN without visible ground truth
    double peak = 0;
    double spread = 0; // geometric mean of the 1-sigma ellipse axes, heatmap pixels
    bool multiPeak = false;
};

class PredictionKeypointTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Keypoint,
        GroundTruthX,
        GroundTruthY,
        PredictedX,
        PredictedY,
        Error,
        ErrorOriginal,
        Peak,
        Spread,
        MultiPeak,
        ColumnCount
    };

    explicit PredictionKeypointTableModel(QObject* parent = nullptr);

    void setRows(QVector<PredictionKeypointRow> rows);
    const QVector<PredictionKeypointRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<PredictionKeypointRow> m_rows;
};

} // namespace kps
