#pragma once
// How many epochs fit in `kpstudio demo`'s time budget, planned from the wall clock as the run
// goes. The plan is made after the warm-up epoch (whose wall clock carries the start-up), made
// again midway from the epochs since (a faster machine's spare minutes become epochs, a slower
// one's missing minutes fewer), and cut to the next epoch when the epochs run slower still. The
// run's last epochs may be slower (float32 after bf16): the plan and the cut keep room for them,
// so that the run ends within the budget.
// Seconds are on the budget's clock: 0 is the start of training.

#include <vector>

namespace kps::cli {

class EpochBudget
{
public:
    enum class Decision
    {
        Continue, // train the next epoch
        Plan,     // the warm-up ended: the run takes plannedEpochs() in all
        Replan,   // midway: the run now takes plannedEpochs() in all
        EndEarly, // slower than planned: the next epoch, plannedEpochs(), ends the run
        Stop,     // the next epoch does not fit: the run ends here
    };

    // lastEpochsExtra: how much longer than the others the run's last epochs take together, in
    // epochs (0.3 for one float32 epoch after bf16 ones).
    EpochBudget(double budgetSeconds, int planEpoch, double lastEpochsExtra = 0.0);

    // A training segment (the run, or a resume of it) starts at `elapsed`.
    void segmentStarted(double elapsed);
    // `epoch` finished (its checkpoint written) at `elapsed`; what the run must do next.
    Decision epochFinished(int epoch, double elapsed);

    int plannedEpochs() const { return m_plannedEpochs; }
    // The wall clock per epoch the latest plan came from.
    double secondsPerEpoch() const { return m_secondsPerEpoch; }
    // The epoch after which the plan is made again (0 when it is not).
    int replanEpoch() const { return m_replanEpoch; }

private:
    int epochsThatFit(int epoch, double elapsed, double startUp) const;

    double m_budget;
    int m_planEpoch;
    double m_lastEpochsExtra;
    int m_plannedEpochs = 0;
    int m_replanEpoch = 0;
    double m_secondsPerEpoch = 0;
    double m_segmentStart = 0;
    double m_previousSegmentEnd = -1; // elapsed when the previous segment ended (a pause)
    double m_restartSeconds = 0;      // what a resume cost on top of its first epoch
    std::vector<double> m_segmentEpochEnds;
};

} // namespace kps::cli
