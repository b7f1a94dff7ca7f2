// `kpstudio train --nproc 2` as a user runs it (two CPU rank processes over 127.0.0.1, Gloo):
//  - equivalence: 2 ranks with batch 2B train exactly what 1 process with batch B and
//    --accumulate 2 trains (same seed, synthetic stream): weights and every logged loss agree to
//    1e-5 relative;
//  - failure: kill -9 of rank 1 in the middle of an epoch ends the run within the timeout with one
//    line naming rank 1 and the signal; --resume --nproc 2 finishes it, and the log has each epoch
//    exactly once;
//  - a hung rank (SIGSTOP) ends the run within --dist-timeout plus the launcher's grace, named;
//  - Ctrl+C in a terminal (SIGINT to the launcher's whole process group) stops every rank at an
//    agreed step instead of killing them; the run then resumes with one process.
#include "cli_process.h"
#include "run_directory.h"
#include "weights_file.h"

#include <torch/torch.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <unistd.h>
#include <fstream>

using namespace kps;

namespace {

QStringList commonArguments(const QString& run)
{
    return {"train",
            "--data",
            "synthetic:builtin",
            "--run",
            run,
            "--device",
            "cpu",
            "--preset",
            "tiny",
            "--image-size",
            "64",
            "--heatmap-size",
            "32",
            "--synthetic-validation",
            "8",
            "--seed",
            "7",
            "--bn-recalibration",
            "1",
            "--snapshot-samples",
            "2",
            "--quiet"};
}

double relativeDifference(const LoadedModel& a, const LoadedModel& b)
{
    double difference = 0, norm = 0;
    const auto pa = a.model->named_parameters(true);
    const auto pb = b.model->named_parameters(true);
    for (const auto& item : pa) {
        const torch::Tensor other = pb[item.key()];
        difference += (item.value() - other).pow(2).sum().item<double>();
        norm += item.value().pow(2).sum().item<double>();
    }
    return std::sqrt(difference / std::max(norm, 1e-30));
}

bool close(double a, double b, double tolerance = 1e-5)
{
    return std::abs(a - b) <= tolerance * std::max({std::abs(a), std::abs(b), 1e-12});
}

// The pid of the launcher's child that runs as RANK=rank (from /proc).
qint64 rankPid(qint64 launcher, int rank)
{
    QFile children(QString("/proc/%1/task/%1/children").arg(launcher));
    if (!children.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& pid : children.readAll().trimmed().split(' ')) {
        QFile environment("/proc/" + pid + "/environ");
        if (environment.open(QIODevice::ReadOnly) &&
            environment.readAll().split('\0').contains("RANK=" + QByteArray::number(rank)))
            return pid.toLongLong();
    }
    return 0;
}

int countEvents(const QString& file, const QString& type, int epoch)
{
    QFile events(file);
    if (!events.open(QIODevice::ReadOnly))
        return 0;
    int count = 0;
    const QByteArray needle = "\"type\":\"" + type.toUtf8() + "\"";
    const QByteArray epochText = "\"epoch\":" + QByteArray::number(epoch) + ",";
    for (const QByteArray& line : events.readAll().split('\n'))
        if (line.contains(needle) && line.contains(epochText))
            ++count;
    return count;
}

// Waits until epoch 1 is logged and epoch 2 is under way; false with the reason when the launcher
// ends first or 4 minutes pass.
bool waitForSecondEpoch(QProcess& launcher, const QString& eventsFile, QString* why)
{
    QElapsedTimer timer;
    timer.start();
    while (
        !(countEvents(eventsFile, "epoch", 1) == 1 && countEvents(eventsFile, "batch", 2) >= 1)) {
        if (timer.elapsed() > 240000) {
            *why = QStringLiteral("epoch 2 never started");
            return false;
        }
        if (launcher.state() != QProcess::Running) {
            *why = QString::fromLocal8Bit(launcher.readAllStandardError());
            return false;
        }
        QTest::qWait(100);
    }
    return true;
}

} // namespace

class TestE2eDistributed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoRanksEqualOneProcessAccumulating();
    void killedRankEndsRunThenResumeFinishes();
    void hungRankEndsRunWithinTimeout();
    void interruptStopsEveryRankThenResumeWithOneProcess();

private:
    QTemporaryDir m_temp;
};

void TestE2eDistributed::twoRanksEqualOneProcessAccumulating()
{
    const QString ranksRun = m_temp.path() + "/ranks";
    const QString accumulateRun = m_temp.path() + "/accumulate";
    const QStringList shared{"--synthetic-images", "16", "--epochs", "2"};
    QElapsedTimer timer;
    timer.start();
    const test::CliRun ranks = test::runCli(
        KPS_CLI, commonArguments(ranksRun) + shared + QStringList{"--batch", "4", "--nproc", "2"},
        300000);
    QVERIFY2(ranks.exitCode == 0, qPrintable(ranks.err));
    const test::CliRun accumulate =
        test::runCli(KPS_CLI,
                     commonArguments(accumulateRun) + shared +
                         QStringList{"--batch", "2", "--accumulate", "2", "--threads", "1"},
                     300000);
    QVERIFY2(accumulate.exitCode == 0, qPrintable(accumulate.err));
    qInfo("both runs: %.1f s", timer.elapsed() / 1000.0);

    const LoadedModel a = loadWeights((ranksRun + "/last.pt").toStdString(), torch::kCPU);
    const LoadedModel b = loadWeights((accumulateRun + "/last.pt").toStdString(), torch::kCPU);
    const double weights = relativeDifference(a, b);
    qInfo("weights: relative difference %.3g", weights);
    QVERIFY2(weights < 1e-5, qPrintable(QString::number(weights)));
    // And the weights did move (the comparison is not of two untouched initialisations).
    const std::vector<EpochStats> logA = RunDirectory(ranksRun.toStdString()).readLog();
    const std::vector<EpochStats> logB = RunDirectory(accumulateRun.toStdString()).readLog();
    QCOMPARE(logA.size(), std::size_t(2));
    QCOMPARE(logB.size(), std::size_t(2));
    for (std::size_t i = 0; i < logA.size(); ++i) {
        qInfo("epoch %zu: train %.8f / %.8f, val %.8f / %.8f", i + 1, logA[i].trainLoss,
              logB[i].trainLoss, logA[i].valLoss, logB[i].valLoss);
        QVERIFY(close(logA[i].trainLoss, logB[i].trainLoss));
        QVERIFY(close(logA[i].trainFocal, logB[i].trainFocal));
        QVERIFY(close(logA[i].trainL1, logB[i].trainL1));
        QVERIFY(close(logA[i].valLoss, logB[i].valLoss));
        QVERIFY(close(logA[i].valMeanErrorPx, logB[i].valMeanErrorPx, 1e-4));
    }
    QVERIFY(logA[0].trainLoss != logA[1].trainLoss);
    // Rank 0 alone wrote: one run_started event naming 2 ranks.
    QFile events(ranksRun + "/events.jsonl");
    QVERIFY(events.open(QIODevice::ReadOnly));
    const QByteArray text = events.readAll();
    QCOMPARE(text.count("\"type\":\"run_started\""), 1);
    QVERIFY(text.contains("\"ranks\":2"));
}

void TestE2eDistributed::killedRankEndsRunThenResumeFinishes()
{
    const QString run = m_temp.path() + "/killed";
    const QStringList arguments =
        commonArguments(run) +
        QStringList{"--synthetic-images", "32", "--epochs", "3", "--batch", "4", "--nproc", "2",
                    "--dist-timeout",     "30"};
    QProcess launcher;
    launcher.setProgram(KPS_CLI);
    launcher.setArguments(arguments);
    launcher.start();
    QVERIFY(launcher.waitForStarted());

    // Wait for epoch 1 to be logged and epoch 2 to be under way, then kill rank 1.
    const QString eventsFile = run + "/events.jsonl";
    QString why;
    QVERIFY2(waitForSecondEpoch(launcher, eventsFile, &why), qPrintable(why));
    const qint64 victim = rankPid(launcher.processId(), 1);
    QVERIFY(victim > 0);
    QCOMPARE(::kill(static_cast<pid_t>(victim), SIGKILL), 0);
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(launcher.waitForFinished(40000), "the run did not end within the timeout");
    qInfo("ended %.1f s after the kill", timer.elapsed() / 1000.0);
    QCOMPARE(launcher.exitCode(), 1);
    const QStringList lines =
        QString::fromLocal8Bit(launcher.readAllStandardError()).trimmed().split('\n');
    qInfo("%s", qPrintable(lines.last()));
    QVERIFY2(
        lines.last().contains(QRegularExpression("rank 1 \\(pid \\d+\\) was killed by signal 9")),
        qPrintable(lines.join('\n')));
    QVERIFY2(lines.last().contains("--resume"), qPrintable(lines.last()));
    QCOMPARE(RunDirectory(run.toStdString()).readLog().size(), std::size_t(1));

    const test::CliRun resumed = test::runCli(
        KPS_CLI, {"train", "--run", run, "--resume", "--nproc", "2", "--quiet"}, 300000);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    const std::vector<EpochStats> log = RunDirectory(run.toStdString()).readLog();
    QCOMPARE(log.size(), std::size_t(3));
    for (std::size_t i = 0; i < log.size(); ++i)
        QCOMPARE(log[i].epoch, static_cast<int>(i + 1)); // no gap, no duplicate
    for (int epoch = 1; epoch <= 3; ++epoch)
        QCOMPARE(countEvents(eventsFile, "epoch", epoch), 1);
}

void TestE2eDistributed::hungRankEndsRunWithinTimeout()
{
    // A stopped (SIGSTOP) rank answers nothing: rank 0's next collective times out after
    // --dist-timeout, the launcher kills the silent rank and names it.
    const QString run = m_temp.path() + "/hung";
    QProcess launcher;
    launcher.setProgram(KPS_CLI);
    launcher.setArguments(commonArguments(run) + QStringList{"--synthetic-images", "32", "--epochs",
                                                             "2", "--batch", "4", "--nproc", "2",
                                                             "--dist-timeout", "5"});
    launcher.start();
    QVERIFY(launcher.waitForStarted());
    const QString eventsFile = run + "/events.jsonl";
    QElapsedTimer timer;
    timer.start();
    while (countEvents(eventsFile, "batch", 1) < 1) {
        QVERIFY2(timer.elapsed() < 240000, "training never started");
        QVERIFY2(launcher.state() == QProcess::Running,
                 launcher.readAllStandardError().constData());
        QTest::qWait(100);
    }
    const qint64 victim = rankPid(launcher.processId(), 1);
    QVERIFY(victim > 0);
    QCOMPARE(::kill(static_cast<pid_t>(victim), SIGSTOP), 0);
    timer.restart();
    const bool ended = launcher.waitForFinished(30000);
    if (!ended)
        ::kill(static_cast<pid_t>(victim), SIGKILL);
    QVERIFY2(ended, "the run did not end within the timeout");
    qInfo("ended %.1f s after the rank stopped (timeout 5 s, grace 5 s)", timer.elapsed() / 1000.0);
    QCOMPARE(launcher.exitCode(), 1);
    const QStringList lines =
        QString::fromLocal8Bit(launcher.readAllStandardError()).trimmed().split('\n');
    qInfo("%s", qPrintable(lines.last()));
    QVERIFY2(lines.last().contains("rank(s) 1 stopped responding"), qPrintable(lines.join('\n')));
    QVERIFY(!QFileInfo::exists(
        QString("/proc/%1").arg(victim))); // killed and reaped: nothing left running
}

void TestE2eDistributed::interruptStopsEveryRankThenResumeWithOneProcess()
{
    const QString run = m_temp.path() + "/interrupted";
    QProcess launcher;
    launcher.setProgram(KPS_CLI);
    launcher.setArguments(commonArguments(run) + QStringList{"--synthetic-images", "32", "--epochs",
                                                             "3", "--batch", "4", "--nproc", "2"});
    // A session of its own, like a shell's job: the terminal's Ctrl+C goes to its process group.
    launcher.setChildProcessModifier([] { ::setsid(); });
    launcher.start();
    QVERIFY(launcher.waitForStarted());
    const QString eventsFile = run + "/events.jsonl";
    QString why;
    QVERIFY2(waitForSecondEpoch(launcher, eventsFile, &why), qPrintable(why));
    const qint64 rank0 = rankPid(launcher.processId(), 0);
    const qint64 rank1 = rankPid(launcher.processId(), 1);
    QVERIFY(rank0 > 0 && rank1 > 0);
    QCOMPARE(::kill(-static_cast<pid_t>(launcher.processId()), SIGINT), 0);
    QVERIFY2(launcher.waitForFinished(60000), "the ranks did not stop");
    const QString errors = QString::fromLocal8Bit(launcher.readAllStandardError());
    QVERIFY2(launcher.exitStatus() == QProcess::NormalExit && launcher.exitCode() == 130,
             qPrintable(QString("exit %1: %2").arg(launcher.exitCode()).arg(errors)));
    QVERIFY2(!errors.contains("killed by signal"), qPrintable(errors));
    QVERIFY(!QFileInfo::exists(QString("/proc/%1").arg(rank0)));
    QVERIFY(!QFileInfo::exists(QString("/proc/%1").arg(rank1)));
    const std::size_t logged = RunDirectory(run.toStdString()).readLog().size();
    QVERIFY(logged >= 1 && logged < 3);

    const test::CliRun resumed =
        test::runCli(KPS_CLI, {"train", "--run", run, "--resume", "--quiet"}, 300000);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    const std::vector<EpochStats> log = RunDirectory(run.toStdString()).readLog();
    QCOMPARE(log.size(), std::size_t(3));
    for (std::size_t i = 0; i < log.size(); ++i)
        QCOMPARE(log[i].epoch, static_cast<int>(i + 1));
}

QTEST_GUILESS_MAIN(TestE2eDistributed)
#include "test_e2e_distributed.moc"
