// `kpstudio import-keras` and a .keras file used directly as the --model of `evaluate --arrays`,
// through the real executable; the Keras fixture (tests/python/keras_fixture.py, h5py + zipfile)
// is written at test time. The numerical checks live in test_core_keras_import.
#include "atomic_file.h"
#include "cli_process.h"
#include "npy_array.h"
#include "weights_file.h"
#include "zip_archive.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

namespace fs = std::filesystem;
using namespace kps;

class TestKerasCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    fs::path m_dir;
    bool m_ready = false;
    QString m_skipReason;

private Q_SLOTS:
    void initTestCase()
    {
        const QString python = QStringLiteral(KPS_PYTHON);
        if (python.isEmpty() || !QFileInfo::exists(python)) {
            m_skipReason = "no Debian python3 for the Keras fixtures";
            return;
        }
        m_dir = fs::path(m_tmp.path().toStdString());
        QProcess process;
        process.start(python,
                      {QStringLiteral(KPS_SOURCE_DIR "/tests/python/keras_fixture.py"),
                       QString::fromStdString(m_dir.string()), "keras3.keras", "bad_shape.h5"});
        QVERIFY(process.waitForFinished(240000));
        if (process.exitCode() != 0) {
            m_skipReason =
                "h5py/numpy not usable: " + QString::fromUtf8(process.readAllStandardError());
            return;
        }
        m_ready = true;
    }

    void importAndEvaluate()
    {
        if (!m_ready)
            QSKIP(qPrintable(m_skipReason));
        const fs::path out = m_dir / "cli.pt";
        const kps::test::CliRun run = kps::test::runCli(
            QStringLiteral(KPS_CLI),
            {"import-keras", QString::fromStdString((m_dir / "keras3.keras").string()), "--out",
             QString::fromStdString(out.string())});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(
                     "Imported keras3.keras (keras3): K = 3, input 64 px, decoder [32,16,16,8,8]"),
                 qPrintable(run.out));
        QCOMPARE(loadWeights(out, torch::kCPU).config.backbone, std::string("resnet50_keras"));
        const kps::test::CliRun bad = kps::test::runCli(
            QStringLiteral(KPS_CLI),
            {"import-keras", QString::fromStdString((m_dir / "bad_shape.h5").string()), "--out",
             QString::fromStdString((m_dir / "bad.pt").string())});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("d2_conv2"), qPrintable(bad.err));
        QVERIFY(!fs::exists(m_dir / "bad.pt"));

        // Arrays of the fixture's inputs (IMG 64, K 3), evaluated with the .keras file itself.
        const fs::path arrays = m_dir / "arrays";
        fs::create_directories(arrays);
        NpyArray::load(m_dir / "input.npy").save(arrays / "X_data.npy");
        const NpyArray coords = NpyArray::load(m_dir / "coords.npy"); // (2, 3, 2) -> (2, 6)
        writeFileAtomically(
            arrays / "Y_data.npz",
            writeZipArchive(
                {{"coords.npy", NpyArray::fromFloats({2, 6}, coords.floats()).serialize()}}));
        const fs::path report = m_dir / "eval";
        const kps::test::CliRun evaluate = kps::test::runCli(
            QStringLiteral(KPS_CLI),
            {"evaluate", "--model", QString::fromStdString((m_dir / "keras3.keras").string()),
             "--arrays", QString::fromStdString(arrays.string()), "--out",
             QString::fromStdString(report.string()), "--device", "cpu"});
        QVERIFY2(evaluate.exitCode == 0, qPrintable(evaluate.err));
        const auto summary =
            nlohmann::json::parse(readWholeFile(report / "evaluation_summary.json"));
        QCOMPARE(summary.at("processed_samples").get<int>(), 2);
        QCOMPARE(summary.at("visible_keypoints_count").get<int>(), 6);
        QCOMPARE(summary.at("img_size_px").get<int>(), 64);
        // The arrays' coordinates are the NumPy oracle's: through uint8 crops and our caffe
        // normalisation the .keras model lands on them (1e-4 of the 64 px crop = 0.0064 px).
        qInfo("euclidean max %.5f px", summary.at("euclidean_max").get<double>());
        QVERIFY(summary.at("euclidean_max").get<double>() < 64 * 1e-4);
    }
};

QTEST_GUILESS_MAIN(TestKerasCli)
#include "test_app_keras_cli.moc"
