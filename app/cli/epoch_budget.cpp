#include "epoch_budget.h"

#include <algorithm>
#include <cmath>

namespace kps::cli {

namespace {

// A plan is made again only when enough epochs are left for it to matter, and enough of the
// segment has run to measure it: the middle of the rest of the run.
constexpr int kMinEpochsToReplan = 6;

} // namespace

EpochBudget::EpochBudget(double budgetSeconds, int planEpoch, double lastEpochsExtra)
    : m_budget(budgetSeconds), m_planEpoch(planEpoch), m_lastEpochsExtra(lastEpochsExtra)
{
}

void EpochBudget::segmentStarted(double elapsed)
{
    if (!m_segmentEpochEnds.empty())
        m_previousSegmentEnd = m_segmentEpochEnds.back();
    m_segmentEpochEnds.clear();
    m_segmentStart = elapsed;
}

int EpochBudget::epochsThatFit(int epoch, double elapsed, double startUp) const
{
    const double left = m_budget - elapsed - startUp - m_lastEpochsExtra * m_secondsPerEpoch;
    return epoch + std::max(0, static_cast<int>(std::floor(left / m_secondsPerEpoch)));
}

EpochBudget::Decision EpochBudget::epochFinished(int epoch, double elapsed)
{
    m_segmentEpochEnds.push_back(elapsed);
    const std::size_t ends = m_segmentEpochEnds.size();
    if (epoch == m_planEpoch) {
        // The warm-up's wall clock includes the start-up: a cautious first plan.
        m_secondsPerEpoch = std::max(1e-3, elapsed / epoch);
        m_plannedEpochs = epochsThatFit(epoch, elapsed, 0.0);
        m_replanEpoch = m_plannedEpochs - epoch >= kMinEpochsToReplan
                            ? epoch + (m_plannedEpochs - epoch) / 2
                            : 0;
        return Decision::Plan;
    }
    if (epoch == m_replanEpoch && ends >= 3) {
        m_replanEpoch = 0;
        // Between epoch ends: the segment's start-up (in its first epoch) is left out.
        m_secondsPerEpoch = (m_segmentEpochEnds.back() - m_segmentEpochEnds.front()) /
                            static_cast<double>(ends - 1);
        if (m_previousSegmentEnd >= 0)
            m_restartSeconds = std::max(0.0, m_segmentEpochEnds.front() - m_previousSegmentEnd -
                                                 m_secondsPerEpoch);
        // Going on with the new count means stopping and resuming once more.
        const int fit = epochsThatFit(epoch, elapsed, m_restartSeconds);
        if (fit > epoch && fit != m_plannedEpochs) {
            m_plannedEpochs = fit;
            return Decision::Replan;
        }
    }
    if (m_plannedEpochs > 0 && epoch >= m_plannedEpochs)
        return Decision::Continue; // the run ends with this epoch on its own
    const double lastEpoch = ends >= 2 ? m_segmentEpochEnds[ends - 1] - m_segmentEpochEnds[ends - 2]
                                       : elapsed - m_segmentStart;
    // The run's last epoch, slower when it is a float32 epoch after bf16 ones.
    const double finalEpoch = lastEpoch * (1.0 + m_lastEpochsExtra);
    if (m_plannedEpochs > epoch + 1 && elapsed + lastEpoch + finalEpoch > m_budget) {
        // The plan no longer fits; the next epoch, after a resume, can be the last.
        if (elapsed + m_restartSeconds + finalEpoch > m_budget)
            return Decision::Stop;
        m_plannedEpochs = epoch + 1;
        return Decision::EndEarly;
    }
    if (elapsed + (m_plannedEpochs == epoch + 1 ? finalEpoch : lastEpoch) > m_budget)
        return Decision::Stop;
    return Decision::Continue;
}

} // namespace kps::cli
