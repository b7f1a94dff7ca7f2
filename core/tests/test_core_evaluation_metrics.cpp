// Evaluation metrics against values computed by hand (and numpy where available).

#include "atomic_file.h"
#include "evaluation_metrics.h"

#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>

using namespace kps;

namespace {

// Normalised offset for an IMG-space pixel distance (IMG = 128: exact in binary).
double px(double pixels)
{
    return pixels / 128.0;
}

KeypointRecord visibleRecord(const std::string& image, int keypoint, double dxPx, double dyPx,
                             int width = 640, int height = 480)
{
    KeypointRecord r;
    r.image = image;
    r.keypoint = keypoint;
    r.hasGroundTruth = true;
    r.visible = true;
    r.groundTruth = {0.5, 0.5};
    r.predicted = {0.5 + px(dxPx), 0.5 + px(dyPx)};
    r.heatmapPeak = 0.25 * (keypoint + 1);
    r.imageWidth = width;
    r.imageHeight = height;
    return r;
}

// Two annotated 640x480 images and one unlabelled image, K = 3.
// Visible errors (IMG px): a0 = 1 (dx), a1 = 2 (dy), b0 = 5 (3,4), b1 = 10 (dx -10), b2 = 4 (dx).
std::vector<KeypointRecord> handMadeRecords()
{
    std::vector<KeypointRecord> records;
    records.push_back(visibleRecord("a", 0, 1, 0));
    records.push_back(visibleRecord("a", 1, 0, 2));
    KeypointRecord hidden = visibleRecord("a", 2, 50, 50); // a huge error that must not count
    hidden.visible = false;
    hidden.groundTruth = {-1, -1};
    records.push_back(hidden);
    records.push_back(visibleRecord("b", 0, 3, 4));
    records.push_back(visibleRecord("b", 1, -10, 0));
    records.push_back(visibleRecord("b", 2, 4, 0));
    for (int k = 0; k < 3; ++k) {
        KeypointRecord unlabelled;
        unlabelled.image = "c";
        unlabelled.keypoint = k;
        unlabelled.predicted = {0.25, 0.75};
        unlabelled.imageWidth = 1920;
        unlabelled.imageHeight = 1080;
        records.push_back(unlabelled);
    }
    return records;
}

// Original-pixel factor for 640x480 with the default preprocessing: letterbox scale 2.25, so one
// normalised unit is 1000 / 2.25 original pixels and one IMG pixel 1000 / (128 * 2.25).
constexpr double kOriginalPerImgPx = 1000.0 / (128.0 * 2.25);

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);)
        out.push_back(line);
    return out;
}

std::vector<std::string> fields(const std::string& line)
{
    std::vector<std::string> out;
    std::string field;
    std::istringstream stream(line);
    while (std::getline(stream, field, ','))
        out.push_back(field);
    if (!line.empty() && line.back() == ',')
        out.push_back({});
    return out;
}

} // namespace

class TestEvaluationMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentileMatchesNumpyLinear_data()
    {
        QTest::addColumn<QVector<double>>("values");
        QTest::addColumn<double>("percent");
        QTest::addColumn<double>("expected");
        const QVector<double> ten{3, 1, 2, 4, 5, 6, 7, 8, 9, 10}; // unsorted on purpose
        QTest::newRow("p95 of 1..10") << ten << 95.0 << 9.55;     // rank 8.55 -> 9 + 0.55
        QTest::newRow("median even") << ten << 50.0 << 5.5;
        QTest::newRow("p0") << ten << 0.0 << 1.0;
        QTest::newRow("p100") << ten << 100.0 << 10.0;
        QTest::newRow("median odd") << QVector<double>{7, 1, 3} << 50.0 << 3.0;
        QTest::newRow("p95 of 5") << QVector<double>{1, 2, 4, 5, 10} << 95.0 << 9.0; // rank 3.8
        QTest::newRow("single") << QVector<double>{2.5} << 95.0 << 2.5;
    }
    void percentileMatchesNumpyLinear()
    {
        QFETCH(QVector<double>, values);
        QFETCH(double, percent);
        QFETCH(double, expected);
        QCOMPARE(linearPercentile(std::vector<double>(values.begin(), values.end()), percent),
                 expected);
    }

    void percentileOfNothingIsNaN() { QVERIFY(std::isnan(linearPercentile({}, 50.0))); }

    void percentileCrossCheckedWithNumpy()
    {
        const QString python = QStringLiteral(KPS_PYTHON);
        if (python.isEmpty() || !QFileInfo::exists(python))
            QSKIP("no Debian python3 for the numpy cross-check");
        std::mt19937 rng(11);
        std::exponential_distribution<double> dist(0.7);
        std::vector<double> values(257);
        for (double& v : values)
            v = dist(rng);
        QStringList list;
        for (const double v : values)
            list << QString::number(v, 'g', 17);
        const QString script = QStringLiteral("import numpy as np\n"
                                              "a = np.array([%1])\n"
                                              "for q in (50, 95, 37.5, 99.9):\n"
                                              "    print(repr(float(np.percentile(a, q))))\n")
                                   .arg(list.join(','));
        QProcess process;
        process.start(python, {QStringLiteral("-c"), script});
        QVERIFY(process.waitForFinished(60000));
        if (process.exitCode() != 0)
            QSKIP(qPrintable("numpy not usable: " +
                             QString::fromUtf8(process.readAllStandardError())));
        const QStringList out =
            QString::fromUtf8(process.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(out.size(), 4);
        const double qs[] = {50, 95, 37.5, 99.9};
        for (int i = 0; i < 4; ++i)
            QVERIFY2(std::abs(linearPercentile(values, qs[i]) - out[i].toDouble()) < 1e-12,
                     qPrintable(QString("q=%1: ours %2, numpy %3")
                                    .arg(qs[i])
                                    .arg(linearPercentile(values, qs[i]), 0, 'g', 17)
                                    .arg(out[i])));
    }

    void summaryOverVisibleKeypointsOnly()
    {
        const PreprocessConfig config;
        const auto results = computeKeypointResults(handMadeRecords(), config);
        const EvaluationSummary s = EvaluationSummary::compute(results, config, 3);

        QCOMPARE(s.imageSize, 128);
        QCOMPARE(s.processedSamples, std::size_t(3));
        QCOMPARE(s.samplesWithGt, std::size_t(2));
        QCOMPARE(s.imagePixels.count, std::size_t(5));
        // errors {1, 2, 5, 10, 4}; dx {1, 0, 3, 10, 4}; dy {0, 2, 4, 0, 0}
        QCOMPARE(s.imagePixels.maeDx, 3.6);
        QCOMPARE(s.imagePixels.maeDy, 1.2);
        QCOMPARE(s.imagePixels.rmseDx, std::sqrt(126.0 / 5.0));
        QCOMPARE(s.imagePixels.rmseDy, 2.0);
        QCOMPARE(s.imagePixels.euclideanMean, 4.4);
        QCOMPARE(s.imagePixels.euclideanMedian, 4.0);
        QCOMPARE(s.imagePixels.euclideanP95, 9.0);
        QCOMPARE(s.imagePixels.euclideanRmse, std::sqrt(146.0 / 5.0));
        QCOMPARE(s.imagePixels.euclideanMax, 10.0);
        // PCK: e == 2 and e == 5 and e == 10 lie exactly on thresholds and count as correct.
        QCOMPARE(s.pckThresholds, defaultPckThresholds());
        const std::vector<double> pck{40.0, 80.0, 100.0, 100.0, 100.0};
        QCOMPARE(s.imagePixels.pckPercent, pck);

        // Original pixels of a 640x480 image: every error scales by 1000 / (128 * 2.25).
        QCOMPARE(s.originalPixels.count, std::size_t(5));
        QVERIFY(qFuzzyCompare(s.originalPixels.euclideanMean, 4.4 * kOriginalPerImgPx));
        QVERIFY(qFuzzyCompare(s.originalPixels.euclideanMedian, 4.0 * kOriginalPerImgPx));
        QVERIFY(qFuzzyCompare(s.originalPixels.euclideanP95, 9.0 * kOriginalPerImgPx));
        QVERIFY(qFuzzyCompare(s.originalPixels.maeDx, 3.6 * kOriginalPerImgPx));
        // original errors {3.47, 6.94, 17.4, 34.7, 13.9}: <=2: 0, <=5: 1, <=10: 2, <=15: 3, <=20: 4
        const std::vector<double> pckOriginal{0.0, 20.0, 40.0, 60.0, 80.0};
        QCOMPARE(s.originalPixels.pckPercent, pckOriginal);

        // Per keypoint index: k0 {1, 5}, k1 {2, 10}, k2 {4} (a2 is invisible).
        QCOMPARE(s.perKeypoint.size(), std::size_t(3));
        QCOMPARE(s.perKeypoint[0].count, std::size_t(2));
        QCOMPARE(s.perKeypoint[0].mean, 3.0);
        QCOMPARE(s.perKeypoint[0].median, 3.0); // even count: mean of the middle two
        QCOMPARE(s.perKeypoint[0].p95, 4.8);    // 1 + 0.95 * 4
        QCOMPARE(s.perKeypoint[1].median, 6.0);
        QCOMPARE(s.perKeypoint[2].count, std::size_t(1));
        QCOMPARE(s.perKeypoint[2].median, 4.0);
        QCOMPARE(s.perKeypoint[0].pckPercent,
                 (std::vector<double>{50.0, 100.0, 100.0, 100.0, 100.0}));
        QCOMPARE(s.perKeypoint[1].pckPercent,
                 (std::vector<double>{50.0, 50.0, 100.0, 100.0, 100.0}));
        QCOMPARE(s.perKeypoint[2].meanHeatmapPeak, 0.75);

        // Per image.
        QCOMPARE(s.perImage.size(), std::size_t(3));
        QCOMPARE(s.perImage[0].image, std::string("a"));
        QCOMPARE(s.perImage[0].count, std::size_t(2));
        QCOMPARE(s.perImage[0].meanError, 1.5);
        QCOMPARE(s.perImage[0].maxError, 2.0);
        QCOMPARE(s.perImage[1].meanError, 19.0 / 3.0);
        QCOMPARE(s.perImage[1].maxError, 10.0);
        QVERIFY(qFuzzyCompare(s.perImage[1].maxErrorOriginal, 10.0 * kOriginalPerImgPx));
        QVERIFY(!s.perImage[2].hasGroundTruth);
        QCOMPARE(s.perImage[2].count, std::size_t(0));
        QVERIFY(std::isnan(s.perImage[2].meanError));
    }

    void pckThresholdEdge_data()
    {
        QTest::addColumn<double>("dxPx");
        QTest::addColumn<double>("dyPx");
        QTest::addColumn<double>("pck2");
        QTest::addColumn<double>("pck5");
        QTest::newRow("exactly 2") << 2.0 << 0.0 << 100.0 << 100.0;
        QTest::newRow("just over 2") << 2.0 + 1.0 / 1024.0 << 0.0 << 0.0 << 100.0;
        QTest::newRow("3-4-5 exactly 5") << 3.0 << 4.0 << 0.0 << 100.0;
        QTest::newRow("negative exactly 5") << 0.0 << -5.0 << 0.0 << 100.0;
        QTest::newRow("just over 5") << 0.0 << 5.0 + 1.0 / 1024.0 << 0.0 << 0.0;
    }
    void pckThresholdEdge()
    {
        QFETCH(double, dxPx);
        QFETCH(double, dyPx);
        QFETCH(double, pck2);
        QFETCH(double, pck5);
        const PreprocessConfig config;
        const auto s = EvaluationSummary::compute(
            computeKeypointResults({visibleRecord("x", 0, dxPx, dyPx)}, config), config);
        QCOMPARE(s.imagePixels.pckPercent[0], pck2);
        QCOMPARE(s.imagePixels.pckPercent[1], pck5);
    }

    void originalPixelsOnNonFullHdImage_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("padLeft");
        QTest::addColumn<double>("padTop");
        // Default canvas 1920x1080, crop 1000x1000 at (460, 40).
        QTest::newRow("800x600") << 800 << 600 << 1.8 << 240.0 << 0.0;
        QTest::newRow("1000x1000") << 1000 << 1000 << 1.08 << 420.0 << 0.0;
        QTest::newRow("3840x1000") << 3840 << 1000 << 0.5 << 0.0 << 290.0;
    }
    void originalPixelsOnNonFullHdImage()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(double, scale);
        QFETCH(double, padLeft);
        QFETCH(double, padTop);
        KeypointRecord r = visibleRecord("img", 0, 0, 0, width, height);
        r.groundTruth = {0.3, 0.6};
        r.predicted = {0.3 + px(3), 0.6 + px(-4)};
        const PreprocessConfig config;
        const KeypointResult result = computeKeypointResults({r}, config).front();
        // canvas = crop + (460, 40); original = (canvas + 0.5 - pad) / scale - 0.5; crop = n*1000 -
        // 0.5
        auto toOriginal = [&](double n, double crop, double pad) {
            return (n * 1000.0 + crop - pad) / scale - 0.5;
        };
        QVERIFY(qFuzzyCompare(result.groundTruthOriginal.x, toOriginal(0.3, 460, padLeft)));
        QVERIFY(qFuzzyCompare(result.groundTruthOriginal.y, toOriginal(0.6, 40, padTop)));
        QVERIFY(qFuzzyCompare(result.predictedOriginal.x, toOriginal(0.3 + px(3), 460, padLeft)));
        QVERIFY(qFuzzyCompare(result.dxOriginal, 3.0 / 128.0 * 1000.0 / scale));
        QVERIFY(qFuzzyCompare(result.dyOriginal, 4.0 / 128.0 * 1000.0 / scale));
        QVERIFY(qFuzzyCompare(result.errorOriginal, 5.0 / 128.0 * 1000.0 / scale));
        QVERIFY(qFuzzyCompare(result.error, 5.0));
        QCOMPARE(result.groundTruthPx.x, 0.3 * 128.0);
    }

    void makeRecordsFromFlatArrays()
    {
        const auto records = makeKeypointRecords("s", 640, 480, {0.5f, 0.25f, -1.f, -1.f},
                                                 {0.5f, 0.5f, 0.1f, 0.2f}, {0.9f, 0.1f});
        QCOMPARE(records.size(), std::size_t(2));
        QVERIFY(records[0].visible && records[0].hasGroundTruth);
        QVERIFY(!records[1].visible && records[1].hasGroundTruth);
        QCOMPARE(records[0].groundTruth.y, 0.25);
        QCOMPARE(records[1].predicted.y, double(0.2f));
        QCOMPARE(records[0].heatmapPeak, double(0.9f));
        const auto unlabelled = makeKeypointRecords("u", 640, 480, {}, {0.5f, 0.5f}, {0.5f});
        QVERIFY(!unlabelled[0].hasGroundTruth && !unlabelled[0].visible);
        QVERIFY_EXCEPTION_THROWN(
            makeKeypointRecords("bad", 1, 1, {0.5f, 0.5f}, {0.5f, 0.5f, 0.5f, 0.5f}, {}),
            std::invalid_argument);
    }

    void noVisibleKeypointsGivesNullStatistics()
    {
        const PreprocessConfig config;
        std::vector<KeypointRecord> records = handMadeRecords();
        records.erase(records.begin(), records.begin() + 6); // only the unlabelled image
        const auto s =
            EvaluationSummary::compute(computeKeypointResults(records, config), config, 3);
        QCOMPARE(s.imagePixels.count, std::size_t(0));
        const auto json = s.toJson();
        QVERIFY(json.at("euclidean_mean").is_null());
        QVERIFY(json.at("pck_percent").at("2").is_null());
        QCOMPARE(json.at("processed_samples").get<int>(), 1);
        QCOMPARE(json.at("samples_with_gt").get<int>(), 0);
    }

    void jsonHasTheSeedKeysAndRoundTrips()
    {
        const PreprocessConfig config;
        const auto s = EvaluationSummary::compute(computeKeypointResults(handMadeRecords(), config),
                                                  config, 3);
        const auto json = s.toJson();
        for (const char* key :
             {"img_size_px", "processed_samples", "samples_with_gt", "visible_keypoints_count",
              "mae_dx", "mae_dy", "rmse_dx", "rmse_dy", "euclidean_mean", "euclidean_median",
              "euclidean_p95", "euclidean_rmse", "pck_thresholds_px", "pck_percent", "per_keypoint",
              "original_pixels"})
            QVERIFY2(json.contains(key), key);
        QCOMPARE(json.at("img_size_px").get<int>(), 128);
        QCOMPARE(json.at("visible_keypoints_count").get<int>(), 5);
        QCOMPARE(json.at("pck_thresholds_px").get<std::vector<double>>(), defaultPckThresholds());
        // Integers like the seed's [2, 5, 10, 15, 20], not 2.0; keys "2", "5", ...
        QCOMPARE(json.at("pck_thresholds_px").dump(), std::string("[2,5,10,15,20]"));
        for (const auto& t : json.at("pck_thresholds_px"))
            QVERIFY(t.is_number_integer());
        QCOMPARE(json.at("original_pixels").at("pck_thresholds_px").dump(),
                 std::string("[2,5,10,15,20]"));
        const auto& pck = json.at("pck_percent");
        QCOMPARE(pck.size(), std::size_t(5));
        QCOMPARE(pck.at("2").get<double>(), 40.0);
        QCOMPARE(pck.at("5").get<double>(), 80.0);
        QCOMPARE(pck.at("20").get<double>(), 100.0);
        QCOMPARE(json.at("euclidean_median").get<double>(), 4.0);
        QVERIFY(json.at("original_pixels").contains("euclidean_p95"));
        QVERIFY(json.at("original_pixels").at("pck_percent").contains("10"));
        QCOMPARE(json.at("per_keypoint").at("1").at("count").get<int>(), 2);
        QCOMPARE(json.at("per_keypoint").at("0").at("median").get<double>(), 3.0);
        QCOMPARE(json.at("per_keypoint").at("0").at("pck_percent").at("2").get<double>(), 50.0);

        const auto back = EvaluationSummary::fromJson(nlohmann::ordered_json::parse(json.dump()));
        QCOMPARE(back.toJson().dump(), json.dump());
        QVERIFY_EXCEPTION_THROWN(EvaluationSummary::fromJson(nlohmann::ordered_json::array()),
                                 std::invalid_argument);
        QVERIFY(s.formatTable().find("Euclidean P95") != std::string::npos);
    }

    void reportFilesRowsAndValues()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::filesystem::path dir =
            std::filesystem::path(tmp.path().toStdString()) / "report";
        const PreprocessConfig config;
        const auto results = computeKeypointResults(handMadeRecords(), config);
        const auto s = EvaluationSummary::compute(results, config, 3);
        writeEvaluationReport(dir, s, results);

        const auto json = nlohmann::ordered_json::parse(readWholeFile(dir / report::kSummaryFile));
        QCOMPARE(json.at("euclidean_p95").get<double>(), 9.0);
        QVERIFY(
            readWholeFile(dir / report::kSummaryFile).find("\"pck_thresholds_px\": [\n    2,") !=
            std::string::npos);

        // The seed's evaluation_summary.txt: the table, with real line breaks (no "\\n").
        const std::string text = readWholeFile(dir / report::kSummaryText);
        QCOMPARE(text, s.formatTable());
        QVERIFY(text.find("\\n") == std::string::npos);
        const auto textLines = lines(text);
        QVERIFY2(textLines.size() > 10, text.c_str());
        QVERIFY(std::find(textLines.begin(), textLines.end(), "Euclidean P95        | 9.00 px") !=
                textLines.end());
        QVERIFY(std::find(textLines.begin(), textLines.end(), "PCK <= 2 px          | 40.00%") !=
                textLines.end());

        const auto rows = lines(readWholeFile(dir / report::kKeypointsCsv));
        QCOMPARE(rows.size(), std::size_t(1 + 9)); // header + 3 images x 3 keypoints
        QCOMPARE(rows[0],
                 std::string("image,keypoint,visible,gt_x,gt_y,pred_x,pred_y,gt_x_orig,gt_y_orig,"
                             "pred_x_orig,pred_y_orig,error_px,error_orig_px,heatmap_peak"));
        // b, keypoint 0: gt (64, 64), prediction (67, 68) IMG px, error 5; gt is the image centre
        // (319.5, 239.5) of 640x480.
        const auto b0 = fields(rows[4]);
        QCOMPARE(b0.size(), std::size_t(14));
        QCOMPARE(b0[0], std::string("b"));
        QCOMPARE(b0[1], std::string("0"));
        QCOMPARE(b0[2], std::string("1"));
        QCOMPARE(std::stod(b0[3]), 64.0);
        QCOMPARE(std::stod(b0[5]), 67.0);
        QCOMPARE(std::stod(b0[6]), 68.0);
        QVERIFY(qFuzzyCompare(std::stod(b0[7]), 319.5));
        QVERIFY(qFuzzyCompare(std::stod(b0[8]), 239.5));
        QCOMPARE(std::stod(b0[11]), 5.0);
        QVERIFY(qFuzzyCompare(std::stod(b0[12]), 5.0 * kOriginalPerImgPx));
        QCOMPARE(std::stod(b0[13]), 0.25);
        // a, keypoint 2 is invisible: no ground truth, no error.
        const auto a2 = fields(rows[3]);
        QCOMPARE(a2[2], std::string("0"));
        QVERIFY(a2[3].empty() && a2[11].empty() && a2[12].empty());
        QVERIFY(!a2[5].empty());

        const auto images = lines(readWholeFile(dir / report::kImagesCsv));
        QCOMPARE(images.size(), std::size_t(1 + 3));
        const auto a = fields(images[1]);
        QCOMPARE(a[0], std::string("a"));
        QCOMPARE(a[1], std::string("1"));
        QCOMPARE(a[4], std::string("2"));
        QCOMPARE(std::stod(a[5]), 1.5);
        QCOMPARE(std::stod(a[6]), 2.0);
        const auto c = fields(images[3]);
        QCOMPARE(c[1], std::string("0"));
        QVERIFY(c[5].empty());

        const auto perKeypoint = lines(readWholeFile(dir / report::kPerKeypointCsv));
        QCOMPARE(perKeypoint.size(), std::size_t(1 + 3));
        QVERIFY(perKeypoint[0].find("pck_2px,pck_5px,pck_10px,pck_15px,pck_20px") !=
                std::string::npos);
        const auto k1 = fields(perKeypoint[2]);
        QCOMPARE(k1[0], std::string("1"));
        QCOMPARE(k1[1], std::string("2"));
        QCOMPARE(std::stod(k1[3]), 6.0);   // median of {2, 10}
        QCOMPARE(std::stod(k1[10]), 50.0); // pck 2 px
    }
};

QTEST_GUILESS_MAIN(TestEvaluationMetrics)
#include "test_core_evaluation_metrics.moc"
