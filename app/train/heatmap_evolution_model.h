#pragma once
// The numbers behind the Train page's heatmap evolution of one run: per snapshot epoch, per
// snapshot sample and keypoint, the peak height, fitted sigma and multi-peak flag (from
// RunFollower's SnapshotData); the samples' names and input crops; and which epochs' heatmaps were
// already asked for. Turns them into the per-keypoint series the statistics plot shows. Plain data
// and no widgets: the page reflects it in the HeatmapEvolutionView.
// Threads: one owner thread (the UI thread).

#include "heatmap_evolution_view.h"
#include "run_follower.h"

#include <QImage>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace kps {

class HeatmapEvolutionModel
{
public:
    void clear();

    // Adds (or replaces) one epoch's statistics. True when the snapshot brought the run's sample
    // names (the first one with stems): the sample list changed.
    bool addSnapshot(const SnapshotData& snapshot);
    bool hasEpoch(int epoch) const { return m_statistics.contains(epoch); }
    // The snapshot epochs, ascending.
    QVector<int> epochs() const { return m_statistics.keys().toVector(); }
    const QStringList& sampleStems() const { return m_sampleStems; }

    void setSampleImages(const QVector<QImage>& images) { m_sampleImages = images; }
    bool hasSampleImages() const { return !m_sampleImages.isEmpty(); }
    // The input crop of a sample (a null image when there is none).
    QImage sampleImage(int sample) const;

    // Peak height, fitted sigma and multi-peak flag over the epochs, one series per keypoint of
    // `sample` (NaN where an epoch lacks the keypoint).
    QVector<KeypointEvolution> keypointEvolution(int sample) const;

    // True the first time an epoch's heatmaps are asked for since forgetRequests().
    bool markRequested(int epoch);
    void forgetRequests() { m_requestedEpochs.clear(); }

private:
    QMap<int, QVector<QVector<SnapshotKeypointStats>>> m_statistics; // epoch -> [sample][keypoint]
    QStringList m_sampleStems;
    QVector<QImage> m_sampleImages;
    QSet<int> m_requestedEpochs;
};

} // namespace kps
