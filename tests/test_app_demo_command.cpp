// `kpstudio demo` end to end on a tiny budget: it renders a training and a held-out set, trains
// until the time budget ends the run, and then evaluates best.pt on every held-out image (the
// budget's stop must not cancel that evaluation), printing both results.
#include "cli_process.h"

#include <QDir>
#include <QFile>
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
         QStringLiteral("0.3"), QStringLiteral("--images"), QStringLiteral("20")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(out + QStringLiteral("/run/best.pt")));
    // 20 training images -> max(40, 20 / 5) = 40 held-out images, all of them evaluated.
    QCOMPARE(QDir(out + QStringLiteral("/test_set/Rendered_Images")).entryList(QDir::Files).size(),
             40);
    const QRegularExpression header(
        QStringLiteral(R"(held-out test set: (\d+) images, (\d+) visible keypoints)"));
    const QRegularExpressionMatch match = header.match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out.right(2000)));
    QCOMPARE(match.captured(1).toInt(), 40);
    QVERIFY(match.captured(2).toInt() > 40); // several visible keypoints per image
    const QRegularExpression trained(
        QStringLiteral(R"(trained \(best\.pt\):\s+PCK@2\s+([\d.]+)%\s+PCK@5\s+([\d.]+)%\s+mean error\s+([\d.]+) px)"));
    const QRegularExpressionMatch result = trained.match(run.out);
    QVERIFY2(result.hasMatch(), qPrintable(run.out.right(2000)));
    QVERIFY(result.captured(3).toDouble() > 0.0); // errors of real predictions, not an empty set
    QVERIFY(result.captured(2).toDouble() >= result.captured(1).toDouble()); // PCK@5 >= PCK@2
}

void TestDemoCommand::badArguments()
{
    const kps::test::CliRun run = kps::test::runCli(
        QStringLiteral(KPS_CLI), {QStringLiteral("demo"), QStringLiteral("--minutes"), QStringLiteral("0")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("--minutes: expected a positive number")));
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0); // one line
}

QTEST_GUILESS_MAIN(TestDemoCommand)
#include "test_app_demo_command.moc"
