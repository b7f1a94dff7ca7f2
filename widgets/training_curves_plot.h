#pragma once
// Live training curves in one QCustomPlot with three stacked panels sharing the epoch axis:
// loss (per batch with EMA smoothing, per epoch train vs val, focal/L1 parts), learning rate
// (log axis), and validation PCK@2/@5 with mean error on a second axis. Marks the best epoch
// (lowest validation loss). Fed with plain value types; knows nothing about training itself.

#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPLegend;
class QCheckBox;
class QDoubleSpinBox;

namespace kps {

// One row of training_log.csv. Missing values (e.g. no validation yet) are NaN.
struct EpochPoint
{
    int epoch = 0;
    double trainLoss = 0.0, trainFocal = 0.0, trainL1 = 0.0;
    double valLoss = 0.0, valFocal = 0.0, valL1 = 0.0;
    double lr = 0.0;
    double valPck2 = 0.0, valPck5 = 0.0; // percent
    double valMeanError = 0.0;           // pixels (IMG space)
};

// One logged batch. epoch is fractional on the same axis as EpochPoint::epoch: the batches of
// epoch e run from e-1 to e, so epoch e's summary point sits at the end of its batches.
struct BatchPoint
{
    qint64 step = 0; // global batch index
    double epoch = 0.0;
    double loss = 0.0;
};

class TrainingCurvesPlot : public QWidget
{
    Q_OBJECT

public:
    enum class Series
    {
        BatchLoss,
        BatchLossSmoothed,
        TrainLoss,
        ValLoss,
        TrainFocal,
        ValFocal,
        TrainL1,
        ValL1,
        LearningRate,
        ValPck2,
        ValPck5,
        ValMeanError
    };

    explicit TrainingCurvesPlot(QWidget* parent = nullptr);

    void setEpochs(const QVector<EpochPoint>& epochs);
    // An epoch <= the last one replaces the tail from there (a resumed run rewrites history).
    void appendEpoch(const EpochPoint& point);
    void setBatches(const QVector<BatchPoint>& batches);
    void appendBatch(const BatchPoint& point);
    void clear();

    // EMA factor in [0, 0.999]: smoothed = f * smoothed + (1 - f) * loss; 0 = raw.
    void setSmoothing(double factor);
    double smoothing() const { return m_smoothing; }
    void setLossLogScale(bool on);
    bool lossLogScale() const;
    void setLossPartsVisible(bool on); // focal and L1 curves
    bool lossPartsVisible() const { return m_lossPartsVisible; }
    void setBatchLossVisible(bool on);
    bool batchLossVisible() const { return m_batchLossVisible; }

    // Epoch with the lowest finite validation loss (earliest on ties), -1 when none.
    int bestEpoch() const { return m_bestEpoch; }

    // Both write the three panels as one figure; width/height 0 = the widget's size.
    bool exportPng(const QString& path, int width = 0, int height = 0);
    bool exportPdf(const QString& path, int width = 0, int height = 0);

    // For tests and for the page that embeds the plot.
    int pointCount(Series series) const;
    QVector<double> keys(Series series) const;
    QVector<double> values(Series series) const;
    QCPGraph* graph(Series series) const;
    QCustomPlot* plot() const { return m_plot; }
    QCPAxisRect* lossRect() const { return m_lossRect; }
    QCPAxisRect* learningRateRect() const { return m_lrRect; }
    QCPAxisRect* metricsRect() const { return m_metricsRect; }

public Q_SLOTS:
    // Rescales all panels to their data and resumes following new points.
    void fitToData();

private:
    void buildPlot();
    QCPGraph* addGraph(QCPAxisRect* rect, bool secondAxis, const QString& name,
                       const QColor& colour, Qt::PenStyle style, bool scatter, QCPLegend* legend);
    void rebuildEpochGraphs();
    void rebuildSmoothedBatches();
    void updateBestEpochMarker();
    void updateVisibility();
    void dataChanged();
    void exportWithDialog();

    QCustomPlot* m_plot = nullptr;
    QCPAxisRect* m_lossRect = nullptr;
    QCPAxisRect* m_lrRect = nullptr;
    QCPAxisRect* m_metricsRect = nullptr;
    QVector<QCPGraph*> m_graphs; // indexed by Series
    QVector<QCPItemStraightLine*> m_bestLines;
    QCPItemText* m_bestLabel = nullptr;
    QCheckBox* m_logCheck = nullptr;
    QCheckBox* m_partsCheck = nullptr;
    QCheckBox* m_batchCheck = nullptr;
    QDoubleSpinBox* m_smoothingSpin = nullptr;

    QVector<EpochPoint> m_epochs;
    QVector<BatchPoint> m_batches;
    double m_smoothing = 0.9;
    double m_ema = 0.0; // running EMA state over m_batches
    bool m_emaStarted = false;
    int m_bestEpoch = -1;
    bool m_lossPartsVisible = false;
    bool m_batchLossVisible = true;
    bool m_followData = true; // false once the user zooms or pans
};

} // namespace kps
