// EpochBudget, the demo's plan of how many epochs fit in its time budget: planned from the
// warm-up epoch (start-up included), made again midway from the epochs since (a resume's cost
// left out, then counted once), cut to the next epoch when the epochs run slower, and stopped when
// the next epoch does not fit. Times are seconds on the budget's clock.
#include "epoch_budget.h"

#include <QtTest>

using kps::cli::EpochBudget;
using Decision = EpochBudget::Decision;

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
    EpochBudget plain(900, 1);
    plain.segmentStarted(0);
    QCOMPARE(plain.epochFinished(1, 36.0), Decision::Plan);
    QCOMPARE(plain.secondsPerEpoch(), 36.0);
    QCOMPARE(plain.plannedEpochs(), 25); // 1 + (900 - 36) / 36
    QCOMPARE(plain.replanEpoch(), 13);   // the middle of the 24 epochs left

    // 0.3 of an epoch kept for the float32 last epoch: 853.2 s left, 23.7 epochs.
    EpochBudget mixed(900, 1, 0.3);
    mixed.segmentStarted(0);
    QCOMPARE(mixed.epochFinished(1, 36.0), Decision::Plan);
    QCOMPARE(mixed.plannedEpochs(), 24);
}

void TestEpochBudget::fasterEpochsAreReplannedMidway()
{
    EpochBudget budget(900, 1);
    budget.segmentStarted(0);
    QCOMPARE(budget.epochFinished(1, 36.0), Decision::Plan);
    QCOMPARE(budget.plannedEpochs(), 25);
    // The resume starts 2 s after the pause and its first epoch carries 4 s of start-up; every
    // epoch then takes 30 s.
    budget.segmentStarted(38.0);
    double end = 38.0 + 4.0 + 30.0;
    QCOMPARE(budget.epochFinished(2, end), Decision::Continue);
    for (int epoch = 3; epoch < 13; ++epoch) {
        end += 30.0;
        QCOMPARE(budget.epochFinished(epoch, end), Decision::Continue);
    }
    end += 30.0; // epoch 13 ends at 402 s
    QCOMPARE(budget.epochFinished(13, end), Decision::Replan);
    QCOMPARE(budget.secondsPerEpoch(), 30.0);
    // The resume cost 72 - 36 - 30 = 6 s; counted once more: (900 - 402 - 6) / 30 = 16.4.
    QCOMPARE(budget.plannedEpochs(), 29);
    QCOMPARE(budget.replanEpoch(), 0); // once

    // The run goes on at 30 s per epoch after another 6 s resume: it ends on its plan, in budget.
    budget.segmentStarted(end);
    end += 6.0;
    for (int epoch = 14; epoch <= 29; ++epoch) {
        end += 30.0;
        QCOMPARE(budget.epochFinished(epoch, end), Decision::Continue);
    }
    QCOMPARE(end, 888.0);
}

void TestEpochBudget::slowerEpochsAreReplannedMidway()
{
    EpochBudget budget(600, 1);
    budget.segmentStarted(0);
    QCOMPARE(budget.epochFinished(1, 20.0), Decision::Plan);
    QCOMPARE(budget.plannedEpochs(), 30);
    QCOMPARE(budget.replanEpoch(), 15);
    budget.segmentStarted(20.0);
    double end = 20.0;
    for (int epoch = 2; epoch < 15; ++epoch) {
        end += 25.0;
        QCOMPARE(budget.epochFinished(epoch, end), Decision::Continue);
    }
    end += 25.0; // epoch 15 at 370 s; no resume cost seen (the first epoch took 25 s too)
    QCOMPARE(budget.epochFinished(15, end), Decision::Replan);
    QCOMPARE(budget.plannedEpochs(), 24); // 15 + floor(230 / 25)
}

void TestEpochBudget::aReplanThatChangesNothingDoesNotPause()
{
    EpochBudget budget(600, 1);
    budget.segmentStarted(0);
    QCOMPARE(budget.epochFinished(1, 20.0), Decision::Plan);
    budget.segmentStarted(20.0);
    double end = 20.0;
    for (int epoch = 2; epoch <= 15; ++epoch) {
        end += 20.0;
        QCOMPARE(budget.epochFinished(epoch, end), Decision::Continue);
    }
    QCOMPARE(budget.plannedEpochs(), 30);
}

void TestEpochBudget::slowerStillEndsWithTheEpochThatFits()
{
    EpochBudget budget(300, 1);
    budget.segmentStarted(0);
    QCOMPARE(budget.epochFinished(1, 20.0), Decision::Plan);
    QCOMPARE(budget.plannedEpochs(), 15);
    QCOMPARE(budget.replanEpoch(), 8);
    budget.segmentStarted(20.0);
    double end = 20.0;
    for (int epoch = 2; epoch <= 8; ++epoch) {
        end += 20.0; // on plan: no new count at epoch 8 (160 s)
        QCOMPARE(budget.epochFinished(epoch, end), Decision::Continue);
    }
    // Then 40 s epochs: at 240 s two more do not fit, one does: epoch 11 ends the run.
    QCOMPARE(budget.epochFinished(9, end += 40.0), Decision::Continue);
    QCOMPARE(budget.epochFinished(10, end += 40.0), Decision::EndEarly);
    QCOMPARE(budget.plannedEpochs(), 11);
    // After a resume, the run ends with that epoch on its own.
    budget.segmentStarted(end);
    QCOMPARE(budget.epochFinished(11, end += 45.0), Decision::Continue);
}

void TestEpochBudget::theNextEpochThatDoesNotFitStops()
{
    EpochBudget budget(300, 1);
    budget.segmentStarted(0);
    QCOMPARE(budget.epochFinished(1, 20.0), Decision::Plan);
    QCOMPARE(budget.plannedEpochs(), 15);
    budget.segmentStarted(20.0);
    double end = 20.0;
    for (int epoch = 2; epoch <= 13; ++epoch)
        QCOMPARE(budget.epochFinished(epoch, end += 20.0), Decision::Continue);
    // Epoch 14 takes 35 s and ends at 295 s: the last planned epoch would end past 300 s.
    QCOMPARE(budget.epochFinished(14, end += 35.0), Decision::Stop);
}

void TestEpochBudget::theFloat32LastEpochEndsWithinTheBudget()
{
    // The last epoch takes 1.3 epochs.
    EpochBudget budget(300, 1, 0.3);
    budget.segmentStarted(0);
    QCOMPARE(budget.epochFinished(1, 20.0), Decision::Plan);
    QCOMPARE(budget.plannedEpochs(), 14); // 1 + floor((280 - 6) / 20)
    budget.segmentStarted(20.0);
    double end = 20.0;
    for (int epoch = 2; epoch <= 10; ++epoch) // no new count at epoch 7
        QCOMPARE(budget.epochFinished(epoch, end += 20.0), Decision::Continue);
    QCOMPARE(budget.plannedEpochs(), 14);
    // Then 25 s epochs. At 225 s, two more (the last 32.5 s) still fit; at 250 s they do not, the
    // last alone does: epoch 13, in float32, ends the run at 282.5 s.
    QCOMPARE(budget.epochFinished(11, end += 25.0), Decision::Continue);
    QCOMPARE(budget.epochFinished(12, end += 25.0), Decision::EndEarly);
    QCOMPARE(budget.plannedEpochs(), 13);
    budget.segmentStarted(end);
    QCOMPARE(budget.epochFinished(13, end += 32.5), Decision::Continue);
    QVERIFY(end <= 300.0);
}

void TestEpochBudget::aShortRunIsNotReplanned()
{
    EpochBudget budget(45, 1);
    budget.segmentStarted(0);
    QCOMPARE(budget.epochFinished(1, 10.0), Decision::Plan);
    QCOMPARE(budget.plannedEpochs(), 4);
    QCOMPARE(budget.replanEpoch(), 0);
    budget.segmentStarted(10.0);
    QCOMPARE(budget.epochFinished(2, 16.0), Decision::Continue);
    QCOMPARE(budget.epochFinished(3, 22.0), Decision::Continue);
}

QTEST_GUILESS_MAIN(TestEpochBudget)
#include "test_app_epoch_budget.moc"
