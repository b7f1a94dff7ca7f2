#pragma once
// Heatmap evolution over a training run: an epoch slider with Play/Pause steps through the
// epochs that have snapshots and shows the chosen epoch's heatmaps in a HeatmapGridView; a
// small plot shows the selected keypoint's statistics over epochs (peak height, fitted sigma
// against the target's sigma, epochs with a second peak). The statistics are computed by the
// caller (core/heatmap_statistics in app/) and handed over as plain vectors.

#include "heatmap_set.h"

#include <QMap>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace kps {

class HeatmapGridView;

// One keypoint's statistics over epochs; all vectors have epochs.size() entries. NaN = unknown
// (e.g. no Gaussian fit for a flat map).
struct KeypointEvolution
{
    QVector<double> epochs;
    QVector<double> peakHeight;
    QVector<double> fittedSigma;
    QVector<bool> multiPeak;
};

class HeatmapEvolutionView : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapEvolutionView(QWidget* parent = nullptr);

    // Epochs that have snapshots (sorted, duplicates dropped). Keeps the current epoch when it
    // is still there, else shows the first.
    void setEpochs(const QVector<int>& epochs);
    // Live: a new snapshot appeared. With followLatest, a view showing the last epoch moves on.
    void appendEpoch(int epoch);
    QVector<int> epochs() const { return m_epochs; }
    // Heatmaps of one epoch; shown at once when it is the current one. The caller may supply
    // every epoch up front, or only the requested one in response to epochChanged.
    void setHeatmaps(int epoch, const HeatmapSet& set);
    bool hasHeatmaps(int epoch) const { return m_sets.contains(epoch); }
    void clear();

    int currentEpoch() const; // -1 when there are no epochs
    int currentIndex() const { return m_index; }
    void setCurrentEpoch(int epoch);
    void setCurrentIndex(int index);

    bool isPlaying() const;
    void setPlayInterval(int milliseconds);
    int playInterval() const;
    void setFollowLatest(bool on) { m_followLatest = on; }
    bool followLatest() const { return m_followLatest; }

    // Statistics per keypoint (index = keypoint); the plot shows the selected keypoint's.
    void setKeypointStatistics(const QVector<KeypointEvolution>& perKeypoint);
    void setTargetSigma(double sigma);
    double targetSigma() const { return m_targetSigma; }

    HeatmapGridView* gridView() const { return m_grid; }
    QCustomPlot* statisticsPlot() const { return m_plot; }
    QSlider* slider() const { return m_slider; }
    QToolButton* playButton() const { return m_playButton; }
    // Graphs of the statistics plot, for tests: 0 peak height, 1 fitted sigma, 2 multi-peak.
    QCPGraph* statisticsGraph(int which) const;

public Q_SLOTS:
    void play();
    void pause();
    // One epoch forward; pauses at the last.
    void stepForward();

Q_SIGNALS:
    void epochChanged(int epoch);
    void keypointSelected(int keypoint);

private:
    void showCurrent();
    void updateStatisticsPlot();
    void updateEpochLabel();

    QVector<int> m_epochs;
    QMap<int, HeatmapSet> m_sets;
    QVector<KeypointEvolution> m_statistics;
    int m_index = -1;
    double m_targetSigma = 2.0;
    bool m_followLatest = true;

    HeatmapGridView* m_grid = nullptr;
    QSlider* m_slider = nullptr;
    QToolButton* m_playButton = nullptr;
    QLabel* m_epochLabel = nullptr;
    QTimer* m_timer = nullptr;
    QCustomPlot* m_plot = nullptr;
    QCPGraph* m_peakGraph = nullptr;
    QCPGraph* m_sigmaGraph = nullptr;
    QCPGraph* m_multiPeakGraph = nullptr;
    QCPItemStraightLine* m_targetSigmaLine = nullptr;
    QCPItemStraightLine* m_currentEpochLine = nullptr;
};

} // namespace kps
