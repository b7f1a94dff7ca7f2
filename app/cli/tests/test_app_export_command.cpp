// kpstudio export through the real executable: a verified export and --verify-only succeed and
// print the comparison; each kind of bad input gives exit code != 0, exactly one stderr line and
// leaves no file behind.

#include "keypoint_model.h"
#include "model_config.h"
#include "weights_file.h"

#include <torch/torch.h>

#include "cli_process.h"
#include <QTemporaryDir>

#include <QtTest>

#include <fstream>

using namespace kps;
namespace fs = std::filesystem;

namespace {

using kps::test::CliRun;

CliRun runCli(const QStringList& args)
{
    return kps::test::runCli(QStringLiteral(KPS_CLI), args);
}

QString q(const fs::path& path)
{
    return QString::fromStdString(path.string());
}

fs::path tinyWeights(const QTemporaryDir& dir)
{
    ModelConfig config = ModelConfig::fromPreset("tiny", 4);
    config.preprocess.imageSize = 64;
    config.preprocess.heatmapSize = 32;
    torch::manual_seed(3);
    KeypointModel model(config);
    const fs::path file = dir.filePath(QStringLiteral("best.pt")).toStdString();
    saveWeights(file, model);
    return file;
}

bool onlyFiles(const QTemporaryDir& dir, const QStringList& expected)
{
    QStringList present =
        QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    present.sort();
    QStringList wanted = expected;
    wanted.sort();
    if (present != wanted)
        qWarning() << "files:" << present << "expected:" << wanted;
    return present == wanted;
}

} // namespace

class TestAppExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportAndVerifyOnly()
    {
        QTemporaryDir dir;
        const fs::path weights = tinyWeights(dir);
        const QString out = dir.filePath(QStringLiteral("model.onnx"));
        const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--model"), q(weights),
                                   QStringLiteral("--format"), QStringLiteral("onnx"),
                                   QStringLiteral("--out"), out, QStringLiteral("--crops"),
                                   QStringLiteral("2"), QStringLiteral("--include-normalisation")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("PASSED")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("max |dheatmap|")));
        QVERIFY(onlyFiles(dir, {QStringLiteral("best.pt"), QStringLiteral("model.onnx")}));

        const CliRun verify = runCli({QStringLiteral("export"), QStringLiteral("--verify-only"),
                                      out, QStringLiteral("--model"), q(weights),
                                      QStringLiteral("--crops"), QStringLiteral("2")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QVERIFY2(verify.out.contains(QLatin1String("PASSED")), qPrintable(verify.out));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments"); // {W} = weights, {D} = temporary folder
        QTest::addColumn<QString>("message");
        const QStringList base{QStringLiteral("export"), QStringLiteral("--model"),
                               QStringLiteral("{W}")};
        QTest::newRow("unknown format")
            << (base + QStringList{"--format", "tflite", "--out", "{D}/m.onnx"})
            << "unknown format";
        QTest::newRow("unknown opset")
            << (base + QStringList{"--opset", "9", "--out", "{D}/m.onnx"}) << "opset 9";
        QTest::newRow("opset not a number")
            << (base + QStringList{"--opset", "latest", "--out", "{D}/m.onnx"}) << "--opset";
        QTest::newRow("unknown output")
            << (base + QStringList{"--outputs", "heatmaps,logits", "--out", "{D}/m.onnx"})
            << "logits";
        QTest::newRow("bad batch")
            << (base + QStringList{"--batch", "0", "--out", "{D}/m.onnx"}) << "--batch";
        QTest::newRow("not our weights")
            << QStringList{"export", "--model", "{D}/notes.pt", "--out", "{D}/m.onnx"}
            << "notes.pt";
        QTest::newRow("missing folder")
            << (base + QStringList{"--out", "{D}/missing/m.onnx"}) << "does not exist";
        QTest::newRow("no --out") << base << "--out";
        QTest::newRow("unwritable place")
            << (base + QStringList{"--out", "/proc/kps-test.onnx"}) << "cannot write";
        QTest::newRow("verify a file that is not an export")
            << QStringList{"export", "--verify-only", "{D}/notes.pt", "--model", "{W}"}
            << "not an ONNX model";
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const fs::path weights = tinyWeights(dir);
        std::ofstream(dir.filePath(QStringLiteral("notes.pt")).toStdString()) << "not a model";
        for (QString& argument : arguments)
            argument.replace(QLatin1String("{W}"), q(weights))
                .replace(QLatin1String("{D}"), dir.path());
        const CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode != 0 && run.exitCode != -1, qPrintable(run.out + run.err));
        const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.size() == 1, qPrintable(run.err));
        QVERIFY2(lines.front().startsWith(QLatin1String("kpstudio export: ")), qPrintable(run.err));
        QVERIFY2(lines.front().contains(message), qPrintable(run.err));
        QVERIFY(onlyFiles(dir, {QStringLiteral("best.pt"), QStringLiteral("notes.pt")}));
    }
};

QTEST_GUILESS_MAIN(TestAppExportCommand)
#include "test_app_export_command.moc"
