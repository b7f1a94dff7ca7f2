// EpochBudget, the demo's plan of how many epochs fit in its time budget: planned from the
// warm-up epoch (start-up included), made again midway from the epochs since (a resume's cost
// left out, then counted once), cut to the next epoch when the epochs run slower, and stopped when
// the next epoch does not fit. Times are seconds on the budget's clock.
#include "epoch_budget.h"

#include <QtTest>

using kps::cli::EpochBudget;
using Decision = EpochBudget::Decision;

namespace {

// One demo run on the budget's clock: the warm-up epoch (epoch 1) ends at warmUpSeconds, then
// epochs end one after another; a resume starts a new segment.
class BudgetRun
{
public:
    BudgetRun(double budgetSeconds, double warmUpSeconds, double lastEpochsExtra = 0.0)
        : m_budget(budgetSeconds, 1, lastEpochsExtra), m_end(warmUpSeconds)
    {
        m_budget.segmentStarted(0);
        m_warmUp = m_budget.epochFinished(1, warmUpSeconds);
    }
    // The demo resumes the run `gap` seconds after the last epoch's end.
    void resume(double gap = 0.0)
    {
        m_end += gap;
        m_budget.segmentStarted(m_end);
    }
    // The next epoch takes `seconds`; what the budget decides at its end.
    Decision epoch(double seconds)
    {
        m_end += seconds;
        return m_budget.epochFinished(++m_epoch, m_end);
    }
    // The next `count` epochs take `seconds` each: does the run go on after every one?
    bool epochsContinue(int count, double seconds)
    {
        bool all = true;
        for (int i = 0; i < count; ++i)
            all = epoch(seconds) == Decision::Continue && all;
        return all;
    }
    Decision warmUp() const { return m_warmUp; }
    const EpochBudget& budget() const { return m_budget; }
    int lastEpoch() const { return m_epoch; }
    double end() const { return m_end; }

private:
    EpochBudget m_budget;
    double m_end;
    int m_epoch = 1;
    Decision m_warmUp = Decision::Continue;
};

} // namespace

class TestEpochBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warmUpPlansTheRunWithRoomForTheFloat32Epoch();
    void fasterEpochsAreReplannedMidway();
    void slowerEpochsAreReplannedMidway();
    void aReplanThatChangesNothingDoesNotPause();
    void slowerStillEndsWithTheEpochThatFits();
    void theNextEpochThatDoesNotFitStops();
    void theFloat32LastEpochEndsWithinTheBudget();
    void aShortRunIsNotReplanned();
};

void TestEpochBudget::warmUpPlansTheRunWithRoomForTheFloat32Epoch()
{
    const BudgetRun plain(900, 36.0);
    QCOMPARE(plain.warmUp(), Decision::Plan);
    QCOMPARE(plain.budget().secondsPerEpoch(), 36.0);
    QCOMPARE(plain.budget().plannedEpochs(), 25); // 1 + (900 - 36) / 36
    QCOMPARE(plain.budget().replanEpoch(), 13);   // the middle of the 24 epochs left

    // 0.3 of an epoch kept for the float32 last epoch: 853.2 s left, 23.7 epochs.
    const BudgetRun mixed(900, 36.0, 0.3);
    QCOMPARE(mixed.warmUp(), Decision::Plan);
    QCOMPARE(mixed.budget().plannedEpochs(), 24);
}

void TestEpochBudget::fasterEpochsAreReplannedMidway()
{
    BudgetRun run(900, 36.0);
    QCOMPARE(run.budget().plannedEpochs(), 25);
    // The resume starts 2 s after the pause and its first epoch carries 20 s of start-up; every
    // epoch then takes 30 s.
    run.resume(2.0);
    QCOMPARE(run.epoch(50.0), Decision::Continue);
    QVERIFY(run.epochsContinue(10, 30.0));
    QCOMPARE(run.epoch(30.0), Decision::Replan); // epoch 13, at 418 s
    QCOMPARE(run.budget().secondsPerEpoch(), 30.0);
    // The resume cost 88 - 36 - 30 = 22 s and is counted once more: (900 - 418 - 22) / 30 = 15.3
    // epochs fit (16.1 without it).
    QCOMPARE(run.budget().plannedEpochs(), 28);
    QCOMPARE(run.budget().replanEpoch(), 0); // once

    // The run goes on at 30 s per epoch after another 22 s resume: it ends on its plan, in budget.
    run.resume(0.0);
    QVERIFY(run.epochsContinue(1, 52.0));
    QVERIFY(run.epochsContinue(14, 30.0));
    QCOMPARE(run.lastEpoch(), 28);
    QCOMPARE(run.end(), 890.0);
}

void TestEpochBudget::slowerEpochsAreReplannedMidway()
{
    BudgetRun run(600, 20.0);
    QCOMPARE(run.budget().plannedEpochs(), 30);
    QCOMPARE(run.budget().replanEpoch(), 15);
    run.resume();
    QVERIFY(run.epochsContinue(13, 25.0));
    // Epoch 15 at 370 s; no resume cost seen (the first epoch took 25 s too).
    QCOMPARE(run.epoch(25.0), Decision::Replan);
    QCOMPARE(run.budget().plannedEpochs(), 24); // 15 + floor(230 / 25)
}

void TestEpochBudget::aReplanThatChangesNothingDoesNotPause()
{
    BudgetRun run(600, 20.0);
    run.resume();
    QVERIFY(run.epochsContinue(14, 20.0)); // through epoch 15, the re-plan's
    QCOMPARE(run.budget().plannedEpochs(), 30);
}

void TestEpochBudget::slowerStillEndsWithTheEpochThatFits()
{
    BudgetRun run(300, 20.0);
    QCOMPARE(run.budget().plannedEpochs(), 15);
    QCOMPARE(run.budget().replanEpoch(), 8);
    run.resume();
    QVERIFY(run.epochsContinue(7, 20.0)); // on plan: no new count at epoch 8 (160 s)
    // Then 40 s epochs: at 240 s two more do not fit, one does: epoch 11 ends the run.
    QCOMPARE(run.epoch(40.0), Decision::Continue);
    QCOMPARE(run.epoch(40.0), Decision::EndEarly);
    QCOMPARE(run.budget().plannedEpochs(), 11);
    // After a resume, the run ends with that epoch on its own.
    run.resume();
    QCOMPARE(run.epoch(45.0), Decision::Continue);
}

void TestEpochBudget::theNextEpochThatDoesNotFitStops()
{
    BudgetRun run(300, 20.0);
    QCOMPARE(run.budget().plannedEpochs(), 15);
    run.resume();
    QVERIFY(run.epochsContinue(12, 20.0));
    // Epoch 14 takes 35 s and ends at 295 s: the last planned epoch would end past 300 s.
    QCOMPARE(run.epoch(35.0), Decision::Stop);
    QCOMPARE(run.lastEpoch(), 14);
}

void TestEpochBudget::theFloat32LastEpochEndsWithinTheBudget()
{
    // The last epoch takes 1.3 epochs.
    BudgetRun run(300, 20.0, 0.3);
    QCOMPARE(run.budget().plannedEpochs(), 14); // 1 + floor((280 - 6) / 20)
    run.resume();
    QVERIFY(run.epochsContinue(9, 20.0)); // no new count at epoch 7
    QCOMPARE(run.budget().plannedEpochs(), 14);
    // Then 25 s epochs. At 225 s, two more (the last 32.5 s) still fit; at 250 s they do not, the
    // last alone does: epoch 13, in float32, ends the run at 282.5 s.
    QCOMPARE(run.epoch(25.0), Decision::Continue);
    QCOMPARE(run.epoch(25.0), Decision::EndEarly);
    QCOMPARE(run.budget().plannedEpochs(), 13);
    run.resume();
    QCOMPARE(run.epoch(32.5), Decision::Continue);
    QCOMPARE(run.end(), 282.5);
}

void TestEpochBudget::aShortRunIsNotReplanned()
{
    BudgetRun run(45, 10.0);
    QCOMPARE(run.budget().plannedEpochs(), 4);
    QCOMPARE(run.budget().replanEpoch(), 0);
    run.resume();
    QVERIFY(run.epochsContinue(2, 6.0));
}

QTEST_GUILESS_MAIN(TestEpochBudget)
#include "test_app_epoch_budget.moc"
