// Predictor + prediction outputs on a tiny untrained model and hand-made images: batching does not
// change results, every output file exists with the right content, .npy files load in numpy, and
// predicted annotations parse as 4SP annotations.

#include "annotation.h"
#include "atomic_file.h"
#include "dataset_layout.h"
#include "evaluation_metrics.h"
#include "file_error.h"
#include "image_cache.h"
#include "keypoint_model.h"
#include "model_config.h"
#include "prediction_job.h"
#include "prediction_writer.h"
#include "npy_array.h"
#include "predictor.h"
#include "progress.h"
#include "weights_file.h"

#include <torch/torch.h>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <random>

using namespace kps;
namespace fs = std::filesystem;

namespace {

constexpr int kKeypoints = 3;

cv::Mat makeImage(int width, int height, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> value(0, 255);
    cv::Mat image(height, width, CV_8UC3, cv::Scalar(value(rng), value(rng), value(rng)));
    for (int i = 0; i < 12; ++i)
        cv::circle(image, cv::Point(value(rng) * width / 256, value(rng) * height / 256),
                   5 + value(rng) % 40, cv::Scalar(value(rng), value(rng), value(rng)), cv::FILLED);
    return image;
}

void writeAnnotation(const fs::path& file,
                     const std::vector<std::pair<int, std::array<double, 2>>>& visible,
                     const std::vector<int>& hidden)
{
    nlohmann::ordered_json json;
    json["visible_vertices"] = nlohmann::ordered_json::array();
    for (const auto& [index, pixel] : visible)
        json["visible_vertices"].push_back({{"index", index},
                                            {"coordinates", {0.0, 0.0, 0.0}},
                                            {"pixel_coordinates", {pixel[0], pixel[1]}}});
    json["non_visible_vertices"] = nlohmann::ordered_json::array();
    for (const int index : hidden)
        json["non_visible_vertices"].push_back(
            {{"index", index}, {"coordinates", {0.0, 0.0, 0.0}}});
    writeFileAtomically(file, json.dump(4));
}

QString runPython(const QString& script, int* exitCode)
{
    QProcess process;
    process.start(QStringLiteral(KPS_PYTHON), {QStringLiteral("-c"), script});
    process.waitForFinished(120000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())
        .trimmed();
}

bool pythonWithNumpy()
{
    const QString python = QStringLiteral(KPS_PYTHON);
    if (python.isEmpty() || !QFileInfo::exists(python))
        return false;
    int code = 0;
    runPython(QStringLiteral("import numpy"), &code);
    return code == 0;
}

} // namespace

class TestPredictor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    fs::path m_root;    // dataset root
    fs::path m_weights; // tiny untrained model

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const fs::path base = m_tmp.path().toStdString();
        m_root = base / "dataset";
        fs::create_directories(layout::imagesDir(m_root));
        fs::create_directories(layout::annotationsDir(m_root));
        // a: 640x480 annotated, b: 320x240 annotated, c: 400x300 unlabelled.
        cv::imwrite((layout::imagesDir(m_root) / "a.png").string(), makeImage(640, 480, 1));
        cv::imwrite((layout::imagesDir(m_root) / "b.png").string(), makeImage(320, 240, 2));
        cv::imwrite((layout::imagesDir(m_root) / "c.jpg").string(), makeImage(400, 300, 3));
        // 640x480: the crop covers x in [97.8, 542.2), y in [17.8, 462.2): keypoint 2 at x=50 is
        // in visible_vertices but outside the crop, so it is not evaluated.
        writeAnnotation(layout::annotationFile(m_root, "a"),
                        {{0, {320, 240}}, {1, {200, 100}}, {2, {50, 240}}}, {});
        writeAnnotation(layout::annotationFile(m_root, "b"), {{0, {160, 120}}, {1, {100, 50}}},
                        {2});

        torch::manual_seed(5);
        KeypointModel model(ModelConfig::fromPreset("tiny", kKeypoints));
        m_weights = base / "run" / "best.pt";
        fs::create_directories(m_weights.parent_path());
        saveWeights(m_weights, model);
    }

    void batchingDoesNotChangePredictions()
    {
        const Predictor predictor(m_weights, "cpu");
        QCOMPARE(predictor.keypointCount(), kKeypoints);
        QCOMPARE(predictor.deviceName(), std::string("cpu"));
        const std::vector<fs::path> images{layout::imagesDir(m_root) / "a.png",
                                           layout::imagesDir(m_root) / "b.png",
                                           layout::imagesDir(m_root) / "c.jpg"};
        std::vector<ImagePrediction> byOne, byThree;
        PredictorOptions options;
        options.keepHeatmaps = true;
        options.batchSize = 1;
        QVERIFY(predictor.predictFiles(images, options, [&](std::vector<ImagePrediction>& b) {
            for (auto& p : b)
                byOne.push_back(std::move(p));
        }));
        options.batchSize = 3;
        std::size_t batches = 0;
        QVERIFY(predictor.predictFiles(images, options, [&](std::vector<ImagePrediction>& b) {
            ++batches;
            for (auto& p : b)
                byThree.push_back(std::move(p));
        }));
        QCOMPARE(batches, std::size_t(1));
        QCOMPARE(byOne.size(), std::size_t(3));
        QCOMPARE(byThree.size(), std::size_t(3));
        const int heat = predictor.heatmapSize();
        for (std::size_t i = 0; i < 3; ++i) {
            QVERIFY(byOne[i].valid);
            QCOMPARE(byOne[i].index, i);
            QCOMPARE(byOne[i].coordinates.size(), std::size_t(2 * kKeypoints));
            QCOMPARE(byOne[i].heatmaps.size(), std::size_t(kKeypoints * heat * heat));
            for (std::size_t j = 0; j < byOne[i].coordinates.size(); ++j) {
                QVERIFY(std::abs(byOne[i].coordinates[j] - byThree[i].coordinates[j]) < 1e-5f);
                QVERIFY(byOne[i].coordinates[j] >= 0.0f && byOne[i].coordinates[j] <= 1.0f);
            }
            // The peak is the maximum of the returned heatmap.
            for (int k = 0; k < kKeypoints; ++k) {
                const float* map = byOne[i].heatmaps.data() + k * heat * heat;
                QCOMPARE(byOne[i].heatmapPeaks[k], *std::max_element(map, map + heat * heat));
            }
        }
        QCOMPARE(byOne[0].imageWidth, 640);
        QCOMPARE(byOne[2].imageHeight, 300);

        // predictCrops on the preprocessed crop gives the same result as the file path.
        const cv::Mat crop = loadPreprocessedImage(images[1], predictor.config().preprocess);
        const auto direct = predictor.predictCrops({crop}, false);
        for (std::size_t j = 0; j < direct[0].coordinates.size(); ++j)
            QVERIFY(std::abs(direct[0].coordinates[j] - byOne[1].coordinates[j]) < 1e-5f);
    }

    void progressAndStop()
    {
        struct Recorder : ProgressObserver
        {
            std::vector<std::pair<std::size_t, std::size_t>> calls;
            void progress(const std::string& stage, std::size_t done, std::size_t total) override
            {
                QCOMPARE(stage, std::string("predicting"));
                calls.emplace_back(done, total);
            }
        };
        const Predictor predictor(m_weights, "cpu");
        const std::vector<fs::path> images{layout::imagesDir(m_root) / "a.png",
                                           layout::imagesDir(m_root) / "b.png",
                                           layout::imagesDir(m_root) / "c.jpg"};
        PredictorOptions options;
        options.batchSize = 2;
        Recorder recorder;
        StopToken stop;
        std::size_t seen = 0;
        QVERIFY(predictor.predictFiles(
            images, options, [&](std::vector<ImagePrediction>& b) { seen += b.size(); }, &recorder,
            &stop));
        QCOMPARE(seen, std::size_t(3));
        const std::vector<std::pair<std::size_t, std::size_t>> expected{{0, 3}, {2, 3}, {3, 3}};
        QCOMPARE(recorder.calls, expected);

        // A stop requested during the first batch ends the run before the second one.
        seen = 0;
        QVERIFY(!predictor.predictFiles(
            images, options,
            [&](std::vector<ImagePrediction>& b) {
                seen += b.size();
                stop.requestStop();
            },
            nullptr, &stop));
        QCOMPARE(seen, std::size_t(2));
    }

    void undecodableImageIsReportedNotFatal()
    {
        QTemporaryDir dir;
        const fs::path folder = dir.path().toStdString();
        cv::imwrite((folder / "good.png").string(), makeImage(200, 100, 9));
        writeFileAtomically(folder / "broken.png", "not a png");
        const Predictor predictor(m_weights, "cpu");
        PredictionJobOptions options;
        options.input = folder;
        options.outDir = folder / "out";
        const PredictionJobResult result = runPredictionJob(predictor, options);
        QCOMPARE(result.images, std::size_t(2));
        QCOMPARE(result.failed, std::size_t(1));
        QCOMPARE(result.problems.size(), std::size_t(1));
        QVERIFY(result.problems[0].find("broken.png") != std::string::npos);
        QCOMPARE(result.summary.processedSamples, std::size_t(1));
        QVERIFY(fs::exists(options.outDir / outputs::kOverlaysDir / "good.png"));
    }

    void jobWritesEveryOutput()
    {
        QTemporaryDir outTmp;
        const fs::path out = fs::path(outTmp.path().toStdString()) / "predictions";
        const Predictor predictor(m_weights, "cpu");
        PredictionJobOptions options;
        options.input = m_root;
        options.outDir = out;
        options.batchSize = 2;
        options.writer.rawHeatmaps = true;
        options.writer.annotations = true;
        options.writer.visibilityThreshold = 0.5;
        const PredictionJobResult result = runPredictionJob(predictor, options);
        QVERIFY(!result.stopped);
        QCOMPARE(result.failed, std::size_t(0));
        QVERIFY2(result.problems.empty(),
                 result.problems.empty() ? "" : result.problems[0].c_str());

        const auto& s = result.summary;
        QCOMPARE(s.processedSamples, std::size_t(3));
        QCOMPARE(s.samplesWithGt, std::size_t(2));
        QCOMPARE(s.imagePixels.count, std::size_t(4)); // a0, a1, b0, b1
        QCOMPARE(result.results.size(), std::size_t(3 * kKeypoints));

        // Errors of the job equal errors computed by hand from its own predictions.
        const KeypointResult& a0 = result.results[0];
        QCOMPARE(a0.record.image, std::string("a"));
        QVERIFY(a0.record.visible);
        const LetterboxCrop geometry(predictor.config().preprocess, 640, 480);
        const Point2 gt = geometry.imageToNormalised({320, 240});
        QVERIFY(std::abs(a0.record.groundTruth.x - gt.x) < 1e-6);
        QVERIFY(std::abs(a0.dx - std::abs(a0.record.predicted.x - gt.x) * 128.0) < 1e-4);
        QVERIFY(std::abs(a0.groundTruthOriginal.x - 320.0) < 1e-3);
        QVERIFY(std::abs(a0.groundTruthOriginal.y - 240.0) < 1e-3);
        QVERIFY(!result.results[2].record.visible); // outside the crop

        for (const char* stem : {"a", "b", "c"}) {
            const cv::Mat overlay =
                cv::imread((out / outputs::kOverlaysDir / (std::string(stem) + ".png")).string());
            QCOMPARE(overlay.cols, 4 * 128);
            QCOMPARE(overlay.rows, 4 * 128);
            const cv::Mat grid =
                cv::imread((out / outputs::kHeatmapsDir / (std::string(stem) + ".png")).string());
            QVERIFY(!grid.empty());
            QCOMPARE(grid.cols, 2 * (2 * 64) + 2); // K = 3: 2 columns of 128 px + gap
            QVERIFY(fs::exists(out / outputs::kHeatmapsDir / (std::string(stem) + ".npy")));
        }
        const cv::Mat originalOverlay =
            cv::imread((out / outputs::kOriginalOverlaysDir / "b.jpg").string());
        QCOMPARE(originalOverlay.cols, 320);
        QCOMPARE(originalOverlay.rows, 240);

        // Report files.
        const auto summary =
            nlohmann::ordered_json::parse(readWholeFile(out / report::kSummaryFile));
        QCOMPARE(summary.at("processed_samples").get<int>(), 3);
        QCOMPARE(summary.at("visible_keypoints_count").get<int>(), 4);
        QCOMPARE(summary.at("euclidean_mean").get<double>(), s.imagePixels.euclideanMean);
        QVERIFY(fs::exists(out / report::kKeypointsCsv));

        // Predicted annotations only for the unlabelled image; they parse as 4SP annotations and
        // follow the threshold rule.
        QVERIFY(!fs::exists(out / outputs::kAnnotationsDir / "a.json"));
        const fs::path cJson = out / outputs::kAnnotationsDir / "c.json";
        QVERIFY(fs::exists(cJson));
        const Annotation annotation = Annotation::load(cJson);
        QCOMPARE(annotation.visibleVertices().size() + annotation.nonVisibleVertices().size(),
                 std::size_t(kKeypoints));
        const KeypointResult* c[kKeypoints];
        for (int k = 0; k < kKeypoints; ++k)
            c[k] = &result.results[6 + k];
        const LetterboxCrop cGeometry(predictor.config().preprocess, 400, 300);
        for (const VertexRecord& v : annotation.visibleVertices()) {
            QVERIFY(c[v.index]->record.heatmapPeak >= 0.5);
            QVERIFY(v.pixel.has_value());
            const Point2 expected = cGeometry.normalisedToImage(c[v.index]->record.predicted);
            QVERIFY(std::abs(v.pixel->x - expected.x) < 1e-6);
            QVERIFY(std::abs(v.pixel->y - expected.y) < 1e-6);
        }
        for (const VertexRecord& v : annotation.nonVisibleVertices())
            QVERIFY(!v.pixel.has_value());

        if (!pythonWithNumpy())
            QSKIP("no Debian python3 with numpy for the .npy check");
        // numpy reads the raw heatmaps with the right shape, dtype and values.
        int code = 0;
        const QString npy =
            QString::fromStdString((out / outputs::kHeatmapsDir / "b.npy").string());
        const QString output = runPython(
            QStringLiteral(
                "import numpy as np\n"
                "a = np.load('%1')\n"
                "print(a.shape, a.dtype, repr(float(a.reshape(a.shape[0], -1).max(1)[1])))\n")
                .arg(npy),
            &code);
        QVERIFY2(code == 0, qPrintable(output));
        const QStringList parts = output.split(' ');
        QCOMPARE(parts.mid(0, 4).join(' '), QStringLiteral("(3, 64, 64) float32"));
        QCOMPARE(parts[4].toFloat(), static_cast<float>(result.results[3 + 1].record.heatmapPeak));
    }

    void npyHeaderIsNumpyCompatible()
    {
        const float values[] = {1.0f, 2.5f, -3.0f, 4.0f, 5.0f, 6.0f};
        const std::string bytes = NpyArray::fromFloats({2, 3}, values).serialize();
        QCOMPARE(bytes.substr(0, 6), std::string("\x93NUMPY"));
        const std::size_t headerLength =
            static_cast<unsigned char>(bytes[8]) | (static_cast<unsigned char>(bytes[9]) << 8);
        QCOMPARE((10 + headerLength) % 64, std::size_t(0));
        QCOMPARE(bytes.size(), 10 + headerLength + sizeof values);
        QCOMPARE(bytes[10 + headerLength - 1], '\n');
        if (!pythonWithNumpy())
            QSKIP("no Debian python3 with numpy");
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "x.npy";
        writeFileAtomically(file, bytes);
        int code = 0;
        const QString output = runPython(
            QStringLiteral(
                "import numpy as np\na = np.load('%1')\nprint(a.shape, a.dtype, a.tolist())")
                .arg(QString::fromStdString(file.string())),
            &code);
        QVERIFY2(code == 0, qPrintable(output));
        QCOMPARE(output, QStringLiteral("(2, 3) float32 [[1.0, 2.5, -3.0], [4.0, 5.0, 6.0]]"));
    }

    void predictedAnnotationFollowsThreshold()
    {
        const PreprocessConfig config;
        const LetterboxCrop geometry(config, 640, 480);
        const Point2 inside = geometry.imageToNormalised({300, 200});
        // keypoint 3 maps to x = -50 (letterbox padding inside the crop): outside the image.
        const Point2 outside = geometry.imageToNormalised({-50, 200});
        const std::vector<float> predicted{float(inside.x),  float(inside.y), float(inside.x),
                                           float(inside.y),  float(inside.x), float(inside.y),
                                           float(outside.x), float(outside.y)};
        const auto json =
            predictedAnnotationJson(predicted, {0.2f, 0.5f, 0.9f, 0.95f}, geometry, 0.5);
        const Annotation annotation = Annotation::fromJson(json);
        QCOMPARE(annotation.visibleVertices().size(), std::size_t(2)); // 0.5 passes, 0.9 passes
        QCOMPARE(annotation.visibleVertices()[0].index, 1);
        QCOMPARE(annotation.visibleVertices()[1].index, 2);
        QVERIFY(std::abs(annotation.visibleVertices()[0].pixel->x - 300.0) < 1e-3);
        QVERIFY(std::abs(annotation.visibleVertices()[0].pixel->y - 200.0) < 1e-3);
        QCOMPARE(annotation.nonVisibleVertices().size(), std::size_t(2));
        QCOMPARE(annotation.nonVisibleVertices()[0].index, 0);
        QCOMPARE(annotation.nonVisibleVertices()[0].status, std::string());
        QCOMPARE(annotation.nonVisibleVertices()[1].index, 3);
        QCOMPARE(annotation.nonVisibleVertices()[1].status, std::string("Outside view"));
    }

    void splitFileSelectsStems()
    {
        QTemporaryDir dir;
        const fs::path split = fs::path(dir.path().toStdString()) / "split.json";
        writeFileAtomically(split, R"({"train": ["a", "c"], "val": ["b"]})");
        QCOMPARE(readSplitStems(split, "val"), std::vector<std::string>{"b"});
        const auto inputs = listPredictionInputs(m_root, readSplitStems(split, "train"));
        QCOMPARE(inputs.size(), std::size_t(2));
        QCOMPARE(inputs[0].stem, std::string("a"));
        QVERIFY(!inputs[0].annotation.empty());
        QCOMPARE(inputs[1].stem, std::string("c"));
        QVERIFY(inputs[1].annotation.empty());
        QVERIFY_EXCEPTION_THROWN(listPredictionInputs(m_root, {"zzz"}), FileError);
        writeFileAtomically(split, R"({"train": []})");
        QVERIFY_EXCEPTION_THROWN(readSplitStems(split, "val"), FileError);
    }

    void badWeightsFileNamesTheFile()
    {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "junk.pt";
        writeFileAtomically(file, "junk");
        try {
            Predictor predictor(file, "cpu");
            QFAIL("expected kps::FileError");
        } catch (const FileError& error) {
            QVERIFY(std::string(error.what()).find("junk.pt") != std::string::npos);
        }
        QVERIFY_EXCEPTION_THROWN(Predictor(m_weights, "toaster"), std::invalid_argument);
    }
};

QTEST_GUILESS_MAIN(TestPredictor)
#include "test_core_predictor.moc"
