// `kpstudio demo` end to end on a tiny budget: it renders a held-out set, trains on the synthetic
// stream (its epochs planned from the measured warm-up epoch, then resumed with that count; the
// plan's arithmetic is test_app_epoch_budget's) until
// the time budget ends the run, then evaluates best.pt on every held-out image (the
// budget's stop must not cancel that evaluation) and writes evaluation_summary.json, whose path it
// prints last.
#include "cli_process.h"
#include "mixed_precision.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestDemoCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void budgetEndsTrainingAndTheTestSetIsEvaluated();
    void badArguments();
};

void TestDemoCommand::budgetEndsTrainingAndTheTestSetIsEvaluated()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString out = temp.filePath(QStringLiteral("demo"));
    const kps::test::CliRun run = kps::test::runCli(
        QStringLiteral(KPS_CLI),
        {QStringLiteral("demo"), QStringLiteral("--out"), out, QStringLiteral("--minutes"),
         QStringLiteral("0.75"), QStringLiteral("--test-images"), QStringLiteral("24"),
         QStringLiteral("--epoch-images"), QStringLiteral("64"), QStringLiteral("--batch"),
         QStringLiteral("8")},
        600000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(out + QStringLiteral("/run/best.pt")));
    QCOMPARE(QDir(out + QStringLiteral("/test_set/Rendered_Images")).entryList(QDir::Files).size(),
             24);
    // Trained on the synthetic stream: no training set on disk.
    QVERIFY(!QDir(out + QStringLiteral("/dataset")).exists());
    QVERIFY(run.out.contains(QStringLiteral("recipe cpu-fast:")));
    // The rest of the budget is planned from the measured warm-up epoch; the run is resumed with
    // that count, possibly planned again midway or cut to the epoch that still fits (config.json
    // records the last count), and logs each epoch once, past the warm-up.
    const QRegularExpression planLine(QStringLiteral(
        R"((?:measured|re-planned from) ([\d.]+) s per epoch: (\d+) epochs in all|slower than planned: epoch (\d+) ends the run)"));
    QRegularExpressionMatchIterator plans = planLine.globalMatch(run.out);
    QVERIFY2(plans.hasNext(), qPrintable(run.out.left(2000)));
    QRegularExpressionMatch plan = plans.next();
    QVERIFY2(plan.captured(0).startsWith(QStringLiteral("measured")),
             qPrintable(plan.captured(0))); // the first plan comes from the warm-up
    int epochs = plan.captured(2).toInt();
    while (plans.hasNext()) {
        plan = plans.next();
        if (!plan.captured(3).isEmpty()) {
            QVERIFY(plan.captured(3).toInt() < epochs); // slower: fewer epochs
            epochs = plan.captured(3).toInt();
        } else {
            QVERIFY(plan.captured(0).startsWith(QStringLiteral("re-planned")));
            epochs = plan.captured(2).toInt();
        }
    }
    QFile configFile(out + QStringLiteral("/run/config.json"));
    QVERIFY(configFile.open(QIODevice::ReadOnly));
    const QJsonObject config = QJsonDocument::fromJson(configFile.readAll()).object();
    QCOMPARE(config.value(QStringLiteral("epochs")).toInt(), epochs);
    QCOMPARE(config.value(QStringLiteral("batch_size")).toInt(), 8); // --batch
    // The default livery, for training and (the same generator options) the test set.
    QCOMPARE(config.value(QStringLiteral("synthetic"))
                 .toObject()
                 .value(QStringLiteral("materials"))
                 .toString(),
             QStringLiteral("fixed"));
    // cpu-fast's precision, resolved for this machine, is what the run records and prints.
    const QString precision =
        QString::fromLatin1(kps::cpuHasNativeBFloat16() ? "bf16_mixed" : "fp32");
    QCOMPARE(config.value(QStringLiteral("precision")).toString(), precision);
    QVERIFY(run.out.contains(kps::cpuHasNativeBFloat16() ? QStringLiteral("bf16 mixed precision)")
                                                         : QStringLiteral("float32)")));
    QFile logFile(out + QStringLiteral("/run/training_log.csv"));
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QStringList logLines =
        QString::fromUtf8(logFile.readAll()).trimmed().split(QLatin1Char('\n')).mid(1);
    QVERIFY2(logLines.size() >= 2 && logLines.size() <= epochs,
             qPrintable(logLines.join(QLatin1Char('\n'))));
    for (int i = 0; i < logLines.size(); ++i)
        QCOMPARE(logLines[i].section(QLatin1Char(','), 0, 0).toInt(), i + 1);

    const QRegularExpression line(QStringLiteral(
        R"(held-out test set, (\d+) images, (\d+) visible keypoints, in 128-px space: PCK@2 ([\d.]+)%\s+PCK@5 ([\d.]+)%\s+mean error ([\d.]+) px)"));
    const QRegularExpressionMatch match = line.match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out.right(2000)));
    QCOMPARE(match.captured(1).toInt(), 24); // every held-out image evaluated
    QVERIFY(match.captured(2).toInt() > 24); // several visible keypoints per image
    QVERIFY(match.captured(4).toDouble() >= match.captured(3).toDouble()); // PCK@5 >= PCK@2
    QVERIFY(match.captured(5).toDouble() > 0.0);

    // The summary path comes last, and the file holds the printed numbers in its 128-px block.
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    const QString prefix = QStringLiteral("evaluation summary: ");
    QVERIFY2(lines.last().startsWith(prefix), qPrintable(lines.last()));
    QFile summaryFile(lines.last().mid(prefix.size()).trimmed());
    QVERIFY(summaryFile.open(QIODevice::ReadOnly));
    const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
    QCOMPARE(summary.value(QStringLiteral("img_size_px")).toInt(), 64);
    const QJsonObject seed = summary.value(QStringLiteral("seed_space_128px")).toObject();
    QCOMPARE(seed.value(QStringLiteral("img_size_px")).toInt(), 128);
    const QJsonObject pck = seed.value(QStringLiteral("pck_percent")).toObject();
    QCOMPARE(QString::number(pck.value(QStringLiteral("5")).toDouble(), 'f', 2), match.captured(4));
    QCOMPARE(QString::number(seed.value(QStringLiteral("euclidean_mean")).toDouble(), 'f', 2),
             match.captured(5));
    // 128-px errors are the 64-px errors doubled.
    QVERIFY(qAbs(seed.value(QStringLiteral("euclidean_mean")).toDouble() -
                 2.0 * summary.value(QStringLiteral("euclidean_mean")).toDouble()) < 1e-9);
}

void TestDemoCommand::badArguments()
{
    const kps::test::CliRun run = kps::test::runCli(
        QStringLiteral(KPS_CLI),
        {QStringLiteral("demo"), QStringLiteral("--minutes"), QStringLiteral("0")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("--minutes: expected a positive number")));
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    const kps::test::CliRun badBatch =
        kps::test::runCli(QStringLiteral(KPS_CLI),
                          {QStringLiteral("demo"), QStringLiteral("--batch"), QStringLiteral("0")});
    QCOMPARE(badBatch.exitCode, 2);
    QVERIFY2(badBatch.err.contains(QStringLiteral("--batch: expected a number >= 1")),
             qPrintable(badBatch.err));
}

QTEST_GUILESS_MAIN(TestDemoCommand)
#include "test_app_demo_command.moc"
