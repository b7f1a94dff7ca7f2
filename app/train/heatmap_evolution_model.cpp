#include "heatmap_evolution_model.h"

#include <algorithm>
#include <limits>

namespace kps {

void HeatmapEvolutionModel::clear()
{
    m_statistics.clear();
    m_sampleStems.clear();
    m_sampleImages.clear();
    m_requestedEpochs.clear();
}

bool HeatmapEvolutionModel::addSnapshot(const SnapshotData& snapshot)
{
    m_statistics.insert(snapshot.epoch, snapshot.statistics);
    if (!m_sampleStems.isEmpty() || snapshot.stems.isEmpty())
        return false;
    m_sampleStems = snapshot.stems;
    return true;
}

QImage HeatmapEvolutionModel::sampleImage(int sample) const
{
    return sample >= 0 && sample < m_sampleImages.size() ? m_sampleImages[sample] : QImage();
}

QVector<KeypointEvolution> HeatmapEvolutionModel::keypointEvolution(int sample) const
{
    int keypoints = 0;
    for (const auto& perSample : m_statistics)
        if (sample < perSample.size())
            keypoints = std::max(keypoints, static_cast<int>(perSample[sample].size()));
    QVector<KeypointEvolution> all(keypoints);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (auto it = m_statistics.cbegin(); it != m_statistics.cend(); ++it) {
        if (sample >= it.value().size())
            continue;
        const QVector<SnapshotKeypointStats>& stats = it.value()[sample];
        for (int k = 0; k < keypoints; ++k) {
            all[k].epochs.push_back(it.key());
            all[k].peakHeight.push_back(k < stats.size() ? stats[k].peak : nan);
            all[k].fittedSigma.push_back(k < stats.size() ? stats[k].fittedSigma : nan);
            all[k].multiPeak.push_back(k < stats.size() && stats[k].multiPeak);
        }
    }
    return all;
}

bool HeatmapEvolutionModel::markRequested(int epoch)
{
    if (m_requestedEpochs.contains(epoch))
        return false;
    m_requestedEpochs.insert(epoch);
    return true;
}

} // namespace kps
