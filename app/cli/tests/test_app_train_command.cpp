// `kpstudio train` / `kpstudio bench train` as a user runs them: argument errors are one line and
// a non-zero exit, a failed run names the file, a resume of a non-run says so, and the training
// benchmark prints its throughputs and their ratio.
#include "cli_process.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestTrainCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void argumentErrors_data();
    void argumentErrors();
    void benchTrainPrintsThroughputAndRatio();
    void messagesInTheSystemLanguage();

private:
    QTemporaryDir m_temp;
    static kps::test::CliRun runCli(const QStringList& args, int timeoutMs = 120000)
    {
        return kps::test::runCli(QStringLiteral(KPS_CLI), args, timeoutMs);
    }
};

void TestTrainCommand::argumentErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message"); // a part of the one error line

    const QString missing = m_temp.path() + "/no_such_dataset";
    QTest::newRow("no run") << QStringList{"train", "--data", "x"} << 2 << "--run DIR is required";
    QTest::newRow("no data") << QStringList{"train", "--run", "r"} << 2 << "--data DIR is required";
    QTest::newRow("bad epochs") << QStringList{"train", "--data",   "d",   "--run",
                                               "r",     "--epochs", "zero"}
                                << 2 << "--epochs: expected a number >= 1";
    QTest::newRow("bad preset") << QStringList{"train",    "--data", "d",        "--run", "r",
                                               "--preset", "huge",   "--device", "cpu"}
                                << 2 << "huge";
    QTest::newRow("missing dataset")
        << QStringList{"train",    "--data", missing, "--run", m_temp.path() + "/run",
                       "--device", "cpu"}
        << 1 << "no_such_dataset: dataset folder does not exist";
    QTest::newRow("bad materials")
        << QStringList{"train",
                       "--data",
                       "synthetic:builtin",
                       "--run",
                       m_temp.path() + "/run",
                       "--synthetic-materials",
                       "painted",
                       "--device",
                       "cpu"}
        << 2 << "--synthetic-materials: expected 'fixed' or 'random', got 'painted'";
    QTest::newRow("bad precision")
        << QStringList{"train",
                       "--data",
                       "synthetic:builtin",
                       "--run",
                       m_temp.path() + "/run",
                       "--precision",
                       "fp16",
                       "--device",
                       "cpu"}
        << 2 << "precision must be auto, fp32 or bf16_mixed (got \"fp16\")";
    QTest::newRow("resume a non-run") << QStringList{"train", "--run", m_temp.path(), "--resume"}
                                      << 1 << "config.json: missing: not a training run directory";
}

void TestTrainCommand::argumentErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const kps::test::CliRun result = runCli(args);
    QCOMPARE(result.exitCode, code);
    // Progress lines ("scanning...") may come first; the error is one line, the last.
    const QStringList lines = result.err.trimmed().split('\n');
    QCOMPARE(lines.filter(QRegularExpression("^kpstudio train: ")).size(), 1);
    QVERIFY2(lines.last().startsWith("kpstudio train: "), qPrintable(result.err));
    QVERIFY2(lines.last().contains(message), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(m_temp.path() + "/run")); // a run that never started leaves nothing
}

void TestTrainCommand::benchTrainPrintsThroughputAndRatio()
{
    const kps::test::CliRun result =
        runCli({"bench", "train", "--preset", "tiny", "--device", "cpu", "--batch", "4",
                "--seconds", "1", "--threads", "2"},
               300000);
    qInfo("%s", qPrintable(result.out));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    auto number = [&](const QString& label) {
        const QRegularExpression pattern(QRegularExpression::escape(label) + " *: *([0-9.]+)");
        const QRegularExpressionMatch match = pattern.match(result.out);
        return match.hasMatch() ? match.captured(1).toDouble() : -1.0;
    };
    const double pipeline = number("train, real data pipeline");
    const double compute = number("train, pre-made tensors");
    const double ratio = number("pipeline / compute ratio");
    QVERIFY(pipeline > 0);
    QVERIFY(compute > 0);
    // The printed rates are rounded to 0.1 img/s.
    QVERIFY(std::abs(ratio - pipeline / compute) <= 0.002 + 0.1 / compute * (1.0 + ratio));
    // bf16 mixed against float32 on the CPU; the measurements above ran in float32 (no recipe).
    QVERIFY(result.out.contains(QStringLiteral("precision: fp32")));
    const double mixedStep = number("train step, bf16 mixed");
    const double floatStep = number("train step, float32");
    QVERIFY(mixedStep > 0);
    QVERIFY(floatStep > 0);
    QVERIFY(std::abs(number("bf16 mixed / float32") - floatStep / mixedStep) <=
            0.002 + 0.1 / mixedStep * (1.0 + floatStep / mixedStep));
    QVERIFY(number("inference, 1 image") > 0);
    QVERIFY(number("inference, batch 32") > 0);
}

// The command line speaks the language of LANG when it is shipped (German here): its own strings
// (tr() in kps::cli) and the shared ones alike.
void TestTrainCommand::messagesInTheSystemLanguage()
{
    const auto errorIn = [](const QString& lang, const QStringList& args) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"), lang);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KPS_CLI), args);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardError()).trimmed();
    };
    QCOMPARE(errorIn("de_DE.UTF-8", {"train", "--data", "x"}),
             QStringLiteral("kpstudio train: --run DIR ist erforderlich"));
    QCOMPARE(errorIn("de_DE.UTF-8", {"demo", "--minutes", "x"}),
             QStringLiteral("kpstudio demo: --minutes: positive Zahl erwartet"));
    QCOMPARE(errorIn("C.UTF-8", {"train", "--data", "x"}),
             QStringLiteral("kpstudio train: --run DIR is required"));
}

QTEST_GUILESS_MAIN(TestTrainCommand)
#include "test_app_train_command.moc"
