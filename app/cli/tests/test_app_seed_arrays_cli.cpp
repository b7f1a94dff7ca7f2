// The seed's arrays through the real kpstudio: export-arrays writes X_data.npy / Y_data.npz,
// `train --arrays` trains on them (config.json records the folder, split.json names rows) and
// `evaluate --arrays` evaluates on them, with the same visible keypoints as on the dataset.
#include "atomic_file.h"
#include "seed_arrays.h"
#include "test_dataset.h"

#include <nlohmann/json.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_process.h"

#include <filesystem>

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

kps::test::CliRun runCli(const QStringList& args)
{
    return kps::test::runCli(QStringLiteral(KPS_CLI), args, 300000);
}

QString q(const fs::path& path)
{
    return QString::fromStdString(path.string());
}

} // namespace

class TestSeedArraysCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    fs::path m_base, m_data, m_arrays, m_run;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_base = m_tmp.path().toStdString();
        m_data = m_base / "set";
        m_arrays = m_base / "arrays";
        m_run = m_base / "run";
        kps::test::generateSmallDataset(m_data, 6, 320, 180, 3);
    }

    void exportArrays()
    {
        const auto run =
            runCli({"export-arrays", q(m_data), "--out", q(m_arrays), "--threads", "2"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const kps::SeedArrays arrays = kps::loadSeedArrays(m_arrays);
        QCOMPARE(arrays.rows, std::size_t(6));
        QCOMPARE(arrays.imageSize, 128);
        QCOMPARE(arrays.heatmapSize, 64);
        QVERIFY2(run.out.contains(QStringLiteral("Wrote 6 rows, K = %1 (mesh_information.json)")
                                      .arg(arrays.keypointCount)),
                 qPrintable(run.out));

        QCOMPARE(runCli({"export-arrays", q(m_data)}).exitCode, 2);
        const auto missing =
            runCli({"export-arrays", q(m_base / "nothing"), "--out", q(m_base / "x")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("nothing: dataset folder does not exist"),
                 qPrintable(missing.err));
        QVERIFY(!fs::exists(m_base / "x"));
    }

    void trainAndEvaluateOnArrays()
    {
        const auto train =
            runCli({"train", "--arrays", q(m_arrays), "--run", q(m_run), "--preset", "tiny",
                    "--epochs", "1", "--batch", "2", "--device", "cpu", "--threads", "2", "--quiet",
                    "--cache-dir", q(m_base / "cache")});
        QVERIFY2(train.exitCode == 0, qPrintable(train.err + train.out));
        const kps::SeedArrays arrays = kps::loadSeedArrays(m_arrays);
        const Json config = Json::parse(kps::readWholeFile(m_run / "config.json"));
        QCOMPARE(fs::path(config.at("arrays_dir").get<std::string>()), fs::absolute(m_arrays));
        QCOMPARE(config.at("model").at("keypoint_count").get<int>(), arrays.keypointCount);
        const Json split = Json::parse(kps::readWholeFile(m_run / "split.json"));
        QCOMPARE(split.at("train").size() + split.at("val").size(), std::size_t(6));
        QVERIFY(split.at("val").at(0).get<std::string>().rfind("row_0000", 0) == 0);
        QVERIFY(fs::exists(m_run / "best.pt"));

        long long visible = 0;
        for (const float c : arrays.coords)
            visible += c != -1.0f;
        const fs::path out = m_base / "eval";
        const auto evaluate = runCli({"evaluate", "--model", q(m_run / "best.pt"), "--arrays",
                                      q(m_arrays), "--out", q(out), "--device", "cpu"});
        QVERIFY2(evaluate.exitCode == 0, qPrintable(evaluate.err));
        QVERIFY(evaluate.out.contains("Euclidean P95"));
        const Json summary = Json::parse(kps::readWholeFile(out / "evaluation_summary.json"));
        QCOMPARE(summary.at("processed_samples").get<int>(), 6);
        QCOMPARE(summary.at("visible_keypoints_count").get<long long>(), visible / 2);
        QCOMPARE(summary.at("pck_thresholds_px").dump(), std::string("[2,5,10,15,20]"));
        QVERIFY(fs::exists(out / "evaluation_summary.txt"));
        QVERIFY(!fs::exists(out / "overlays"));

        // The dataset itself gives the same visible keypoints (same labels, other crops).
        const fs::path onData = m_base / "eval_data";
        const auto data = runCli({"evaluate", "--model", q(m_run / "best.pt"), "--data", q(m_data),
                                  "--out", q(onData), "--device", "cpu", "--no-images"});
        QVERIFY2(data.exitCode == 0, qPrintable(data.err));
        const Json dataSummary =
            Json::parse(kps::readWholeFile(onData / "evaluation_summary.json"));
        QCOMPARE(dataSummary.at("visible_keypoints_count"), summary.at("visible_keypoints_count"));

        // --split val: the run's validation rows only.
        const auto val =
            runCli({"evaluate", "--model", q(m_run / "best.pt"), "--arrays", q(m_arrays), "--out",
                    q(m_base / "eval_val"), "--split", "val", "--device", "cpu"});
        QVERIFY2(val.exitCode == 0, qPrintable(val.err));
        const Json valSummary =
            Json::parse(kps::readWholeFile(m_base / "eval_val" / "evaluation_summary.json"));
        QCOMPARE(valSummary.at("processed_samples").get<std::size_t>(), split.at("val").size());

        const auto both = runCli({"evaluate", "--model", q(m_run / "best.pt"), "--arrays",
                                  q(m_arrays), "--data", q(m_data), "--out", q(out)});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains("exclude each other"), qPrintable(both.err));
    }
};

QTEST_GUILESS_MAIN(TestSeedArraysCli)
#include "test_app_seed_arrays_cli.moc"
