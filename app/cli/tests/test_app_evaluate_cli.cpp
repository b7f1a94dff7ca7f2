// kpstudio evaluate / predict end to end through the real executable: exit codes, one-line
// errors, the --split val selection and the files each command promises.

#include "annotation.h"
#include "atomic_file.h"
#include "dataset_layout.h"
#include "keypoint_model.h"
#include "model_config.h"
#include "weights_file.h"

#include <torch/torch.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include "cli_process.h"

#include <QtTest>

#include <map>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

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

cv::Mat makeImage(int width, int height, int shade)
{
    cv::Mat image(height, width, CV_8UC3, cv::Scalar(shade, 80, 200 - shade));
    cv::circle(image, cv::Point(width / 2, height / 2), height / 4, cv::Scalar(255, 255, 255),
               cv::FILLED);
    return image;
}

} // namespace

class TestEvaluateCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    fs::path m_base;
    fs::path m_root;
    fs::path m_model;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_base = m_tmp.path().toStdString();
        m_root = m_base / "dataset";
        fs::create_directories(layout::imagesDir(m_root));
        fs::create_directories(layout::annotationsDir(m_root));
        const char* stems[] = {"img_000", "img_001", "img_002"};
        for (int i = 0; i < 3; ++i)
            cv::imwrite((layout::imagesDir(m_root) / (std::string(stems[i]) + ".png")).string(),
                        makeImage(480, 270, 40 * i));
        // img_000 and img_001 annotated (2 visible inside the crop each), img_002 unlabelled.
        for (int i = 0; i < 2; ++i) {
            nlohmann::ordered_json json;
            json["visible_vertices"] = {
                {{"index", 0}, {"pixel_coordinates", {240.0, 135.0}}},
                {{"index", 1}, {"pixel_coordinates", {200.0 + 10 * i, 100.0}}}};
            json["non_visible_vertices"] = {{{"index", 2}}};
            writeFileAtomically(layout::annotationFile(m_root, stems[i]), json.dump(4));
        }
        torch::manual_seed(3);
        KeypointModel model(ModelConfig::fromPreset("tiny", 3));
        m_model = m_base / "run" / "best.pt";
        fs::create_directories(m_model.parent_path());
        saveWeights(m_model, model);
    }

    void evaluateWritesReportAndTable()
    {
        const fs::path out = m_base / "eval_all";
        const CliRun run = runCli({"evaluate", "--model", q(m_model), "--data", q(m_root), "--out",
                                   q(out), "--batch", "2", "--save-heatmaps"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Euclidean P95")));
        QVERIFY(run.out.contains(QStringLiteral("PCK <= 2 px")));
        const auto summary =
            nlohmann::ordered_json::parse(readWholeFile(out / "evaluation_summary.json"));
        QCOMPARE(summary.at("processed_samples").get<int>(), 3);
        QCOMPARE(summary.at("samples_with_gt").get<int>(), 2);
        QCOMPARE(summary.at("visible_keypoints_count").get<int>(), 4);
        QCOMPARE(summary.at("img_size_px").get<int>(), 128);
        for (const char* dir : {"overlays", "heatmaps", "original_overlays"})
            QVERIFY2(fs::exists(out / dir / "img_001.png") || fs::exists(out / dir / "img_001.jpg"),
                     dir);
        QVERIFY(fs::exists(out / "heatmaps" / "img_002.npy"));
        QVERIFY(!fs::exists(out / "JSON_Data_REF")); // evaluate never writes annotations
    }

    void evaluateValidationSplit()
    {
        writeFileAtomically(m_model.parent_path() / "split.json",
                            R"({"train": ["img_000", "img_002"], "val": ["img_001"]})");
        const fs::path out = m_base / "eval_val";
        const CliRun run = runCli({"evaluate", "--model", q(m_model), "--data", q(m_root), "--out",
                                   q(out), "--split", "val", "--no-images"});
        fs::remove(m_model.parent_path() / "split.json");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto summary =
            nlohmann::ordered_json::parse(readWholeFile(out / "evaluation_summary.json"));
        QCOMPARE(summary.at("processed_samples").get<int>(), 1);
        QCOMPARE(summary.at("visible_keypoints_count").get<int>(), 2);
        QVERIFY(!fs::exists(out / "overlays"));
    }

    void evaluateErrorsAreOneLine_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing split.json") << QStringList{"--split", "val"} << 1 << "split.json";
        QTest::newRow("bad split") << QStringList{"--split", "test"} << 2 << "--split";
        QTest::newRow("bad batch") << QStringList{"--batch", "0"} << 2 << "--batch";
    }
    void evaluateErrorsAreOneLine()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const CliRun run = runCli(QStringList{"evaluate", "--model", q(m_model), "--data",
                                              q(m_root), "--out", q(m_base / "eval_err")} +
                                  extra);
        QCOMPARE(run.exitCode, exitCode);
        const QString line = run.err.trimmed();
        QVERIFY2(!line.contains('\n'), qPrintable(line));
        QVERIFY2(line.startsWith(QStringLiteral("kpstudio evaluate: ")), qPrintable(line));
        QVERIFY2(line.contains(mentions), qPrintable(line));
    }

    void evaluateBadModelNamesTheFile()
    {
        const fs::path junk = m_base / "junk.pt";
        writeFileAtomically(junk, "junk");
        const CliRun run =
            runCli({"evaluate", "--model", q(junk), "--data", q(m_root), "--out", q(m_base / "x")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("kpstudio evaluate: ") + q(junk) + ": "),
                 qPrintable(run.err));
    }

    void predictOnPlainFolderWritesAnnotations()
    {
        const fs::path out = m_base / "pred";
        const CliRun run =
            runCli({"predict", "--model", q(m_model), "--images", q(layout::imagesDir(m_root)),
                    "--out", q(out), "--threshold", "0"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Predicted 3 images")));
        for (const char* stem : {"img_000", "img_001", "img_002"}) {
            const fs::path json = out / "JSON_Data_REF" / (std::string(stem) + ".json");
            QVERIFY(fs::exists(json));
            const Annotation annotation = Annotation::load(json);
            // Threshold 0: every keypoint whose prediction lies inside the image is visible.
            QCOMPARE(annotation.visibleVertices().size() + annotation.nonVisibleVertices().size(),
                     std::size_t(3));
            for (const auto& v : annotation.visibleVertices())
                QVERIFY(v.pixel && v.pixel->x >= -0.5 && v.pixel->x < 479.5 && v.pixel->y >= -0.5 &&
                        v.pixel->y < 269.5);
            QVERIFY(fs::exists(out / "overlays" / (std::string(stem) + ".png")));
        }
        const auto summary =
            nlohmann::ordered_json::parse(readWholeFile(out / "evaluation_summary.json"));
        QCOMPARE(summary.at("samples_with_gt").get<int>(), 0);
        QVERIFY(summary.at("euclidean_mean").is_null());
    }

    void predictOnDatasetRootSkipsAnnotatedImages()
    {
        const fs::path out = m_base / "pred_root";
        const CliRun run = runCli({"predict", "--model", q(m_model), "--images", q(m_root), "--out",
                                   q(out), "--no-images"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!fs::exists(out / "JSON_Data_REF" / "img_000.json"));
        QVERIFY(fs::exists(out / "JSON_Data_REF" / "img_002.json"));
        QVERIFY(run.out.contains(QStringLiteral("Euclidean Mean")));
    }

    // --nproc 2: two rank processes share the images. The same files come out (summary, CSVs,
    // overlays, heatmaps, predicted annotations) and the same printed table; the numbers agree to
    // float precision (each rank runs with half the threads, so sums run in another order).
    void twoProcessesWriteWhatOneWrites()
    {
        const auto filesUnder = [](const fs::path& dir) {
            std::map<std::string, std::string> files;
            for (const auto& entry : fs::recursive_directory_iterator(dir))
                if (entry.is_regular_file())
                    files[fs::relative(entry.path(), dir).string()] = readWholeFile(entry.path());
            return files;
        };
        // Text files token by token: numbers to 1e-5 relative, everything else exactly.
        const auto sameText = [](const std::string& a, const std::string& b) {
            static const QRegularExpression separators(QStringLiteral("[\\s,:\\[\\]{}\"]+"));
            const QStringList x = QString::fromStdString(a).split(separators, Qt::SkipEmptyParts);
            const QStringList y = QString::fromStdString(b).split(separators, Qt::SkipEmptyParts);
            if (x.size() != y.size())
                return false;
            for (int i = 0; i < x.size(); ++i) {
                bool okX = false, okY = false;
                const double u = x[i].toDouble(&okX), v = y[i].toDouble(&okY);
                if (okX && okY ? std::abs(u - v) > 1e-5 * std::max({1.0, std::abs(u), std::abs(v)})
                               : x[i] != y[i])
                    return false;
            }
            return true;
        };
        for (const char* command : {"evaluate", "predict"}) {
            const QString input =
                QString::fromLatin1(command) == "evaluate" ? "--data" : "--images";
            const fs::path one = m_base / (std::string(command) + "_one");
            const fs::path two = m_base / (std::string(command) + "_two");
            const QStringList common{command,   "--model", q(m_model), input,
                                     q(m_root), "--batch", "2"};
            const CliRun a = runCli(common + QStringList{"--out", q(one)});
            const CliRun b = runCli(common + QStringList{"--out", q(two), "--nproc", "2"});
            QVERIFY2(a.exitCode == 0, qPrintable(a.err));
            QVERIFY2(b.exitCode == 0, qPrintable(b.err));
            QCOMPARE(QString(b.out).replace(q(two), q(one)), a.out); // the same but for --out
            const auto expected = filesUnder(one);
            const auto actual = filesUnder(two);
            QVERIFY(expected.size() >= 8);
            QCOMPARE(actual.size(), expected.size());
            for (const auto& [name, bytes] : expected) {
                QVERIFY2(actual.count(name) == 1, name.c_str());
                const std::string extension = fs::path(name).extension().string();
                if (extension == ".json" || extension == ".csv" || extension == ".txt")
                    QVERIFY2(sameText(actual.at(name), bytes), name.c_str());
            }
        }
        const CliRun bad = runCli({"evaluate", "--model", q(m_model), "--data", q(m_root), "--out",
                                   q(m_base / "x"), "--nproc", "0"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--nproc"), qPrintable(bad.err));
    }

    void predictUsageErrors()
    {
        CliRun run = runCli({"predict", "--images", q(m_root), "--out", q(m_base / "p")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(QStringLiteral("kpstudio predict: ")));
        run = runCli({"predict", "--model", q(m_model), "--images", q(m_root), "--out",
                      q(m_base / "p"), "--threshold", "1.5"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--threshold")));
        run = runCli({"predict", "--model", q(m_model), "--images", q(m_base / "nowhere"), "--out",
                      q(m_base / "p")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("nowhere: not a folder")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestEvaluateCli)
#include "test_app_evaluate_cli.moc"
