// Letterbox -> crop -> resize geometry and its exact inverse, heatmap targets, and the image cache.
#include "heatmap_target.h"
#include "annotation.h"
#include "image_cache.h"
#include "keypoint_labels.h"
#include "letterbox_crop.h"

#include <ATen/ATen.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <thread>

using namespace kps;

class TestPreprocessing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void defaultCanvasGeometry();
    void portraitGeometry();
    void normalisedLabelConvention();
    void cropRectMatchesMappedCorners();
    void imageApplyPutsDotWhereLabelSays_data();
    void imageApplyPutsDotWhereLabelSays();
    void configJsonRoundTrip();
    void heatmapPeakAtLabel();
    void heatmapTensorMatchesCpu();
    void invisibleKeypointGivesZeroChannel();
    void cacheHitsMissesAndInvalidation();
    void cacheKeyFollowsCropSettingsOnly();
    void labelsKeepOnlyVisibleInCrop();
};

void TestPreprocessing::roundTrip_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("1920x1080") << 1920 << 1080;
    QTest::newRow("1280x720") << 1280 << 720;
    QTest::newRow("4000x3000") << 4000 << 3000;
    QTest::newRow("1080x1920 portrait") << 1080 << 1920;
    QTest::newRow("333x777 odd") << 333 << 777;
}

void TestPreprocessing::roundTrip()
{
    QFETCH(int, width);
    QFETCH(int, height);
    const LetterboxCrop geometry(PreprocessConfig{}, width, height);
    const double xs[] = {0.0, 0.25, width / 3.0, width / 2.0 - 0.5, width - 1.0, width - 0.01};
    const double ys[] = {0.0, 0.75, height / 3.0, height / 2.0 - 0.5, height - 1.0};
    for (double x : xs)
        for (double y : ys) {
            const Point2 n = geometry.imageToNormalised({x, y});
            const Point2 back = geometry.normalisedToImage(n);
            QVERIFY2(std::abs(back.x - x) < 1e-4 && std::abs(back.y - y) < 1e-4,
                     qPrintable(QStringLiteral("(%1,%2) came back as (%3,%4)")
                                    .arg(x)
                                    .arg(y)
                                    .arg(back.x)
                                    .arg(back.y)));
            const Point2 c = geometry.imageToCrop({x, y});
            const Point2 c2 = geometry.normalisedToCrop(n);
            QVERIFY(std::abs(c.x - c2.x) < 1e-9 && std::abs(c.y - c2.y) < 1e-9);
        }
    // The image centre always lands on the crop centre (the letterbox and crop are both centred,
    // up to the half-pixel of an odd padding).
    const Point2 centre = geometry.imageToNormalised({(width - 1) / 2.0, (height - 1) / 2.0});
    QVERIFY(std::abs(centre.x - 0.5) < 1e-3);
    QVERIFY(std::abs(centre.y - 0.5) < 1e-3);
}

void TestPreprocessing::defaultCanvasGeometry()
{
    const LetterboxCrop geometry(PreprocessConfig{}, 1920, 1080);
    QCOMPARE(geometry.padLeft(), 0);
    QCOMPARE(geometry.padTop(), 0);
    QCOMPARE(geometry.cropLeft(), 460);
    QCOMPARE(geometry.cropTop(), 40);
    const Point2 c = geometry.imageToCrop({460.0, 40.0});
    QCOMPARE(c.x, 0.0);
    QCOMPARE(c.y, 0.0);
    QVERIFY(geometry.insideCrop({0.0, 0.0}));
    QVERIFY(geometry.insideCrop({999.9, 999.9}));
    QVERIFY(!geometry.insideCrop({1000.0, 10.0}));
    QVERIFY(!geometry.insideCrop({-0.01, 10.0}));
    // 1280x720 is scaled by exactly 1.5 into the same canvas.
    const LetterboxCrop hd(PreprocessConfig{}, 1280, 720);
    QCOMPARE(hd.resizedWidth(), 1920);
    QCOMPARE(hd.scaleX(), 1.5);
    const Point2 m = hd.imageToCrop({639.5, 359.5});
    QVERIFY(std::abs(m.x - 499.5) < 1e-9 && std::abs(m.y - 499.5) < 1e-9);
}

void TestPreprocessing::portraitGeometry()
{
    // 1080x1920 fits the 1080 rows: scale 0.5625, 608 columns, centred with 656 px padding.
    const LetterboxCrop geometry(PreprocessConfig{}, 1080, 1920);
    QCOMPARE(geometry.resizedHeight(), 1080);
    QCOMPARE(geometry.resizedWidth(), 608);
    QCOMPARE(geometry.padLeft(), 656);
    QCOMPARE(geometry.padTop(), 0);
    // The top-left pixel edge of the image maps to canvas (656, 0), i.e. crop (196, -40).
    const Point2 c = geometry.imageToCrop({-0.5, -0.5});
    QVERIFY(std::abs(c.x - (656 - 460 - 0.5)) < 1e-9);
    QVERIFY(std::abs(c.y - (0 - 40 - 0.5)) < 1e-9);
    // 4000x3000: scale 0.36 -> 1440x1080, padded 240 on each side.
    const LetterboxCrop photo(PreprocessConfig{}, 4000, 3000);
    QCOMPARE(photo.resizedWidth(), 1440);
    QCOMPARE(photo.padLeft(), 240);
}

void TestPreprocessing::normalisedLabelConvention()
{
    const LetterboxCrop geometry(PreprocessConfig{}, 1920, 1080);
    // Crop pixel (lx, ly) -> ((lx + 0.5)/1000, (ly + 0.5)/1000), as DESIGN.md says.
    const Point2 n = geometry.cropToNormalised({249.5, 749.5});
    QCOMPARE(n.x, 0.25);
    QCOMPARE(n.y, 0.75);
    const Point2 m = geometry.normalisedToModelPixels({0.25, 0.75});
    QCOMPARE(m.x, 32.0);
    QCOMPARE(m.y, 96.0);
}

void TestPreprocessing::cropRectMatchesMappedCorners()
{
    const LetterboxCrop geometry(PreprocessConfig{}, 1920, 1080);
    const cv::Rect2d rect = geometry.cropRectInImage();
    QVERIFY(std::abs(rect.x - 460) < 1e-9 && std::abs(rect.y - 40) < 1e-9);
    QVERIFY(std::abs(rect.width - 1000) < 1e-9 && std::abs(rect.height - 1000) < 1e-9);
    const LetterboxCrop hd(PreprocessConfig{}, 1280, 720);
    const cv::Rect2d hdRect = hd.cropRectInImage();
    QVERIFY(std::abs(hdRect.x - 460 / 1.5) < 1e-9 && std::abs(hdRect.width - 1000 / 1.5) < 1e-9);
}

void TestPreprocessing::imageApplyPutsDotWhereLabelSays_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<double>("px");
    QTest::addColumn<double>("py");
    QTest::newRow("1920x1080") << 1920 << 1080 << 1100.0 << 500.0;
    QTest::newRow("1280x720") << 1280 << 720 << 500.0 << 300.0;
    QTest::newRow("4000x3000") << 4000 << 3000 << 2300.0 << 1300.0;
    QTest::newRow("1080x1920") << 1080 << 1920 << 600.0 << 1000.0;
}

void TestPreprocessing::imageApplyPutsDotWhereLabelSays()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(double, px);
    QFETCH(double, py);
    // A bright disc in the original image must show up in the 128 px crop where the label map says.
    cv::Mat image(height, width, CV_8UC3, cv::Scalar(0, 0, 0));
    const int radius = std::max(width, height) / 60;
    cv::circle(image, cv::Point(static_cast<int>(px), static_cast<int>(py)), radius,
               cv::Scalar(255, 255, 255), cv::FILLED);
    const LetterboxCrop geometry(PreprocessConfig{}, width, height);
    const cv::Mat crop = geometry.apply(image);
    QCOMPARE(crop.cols, 128);
    QCOMPARE(crop.rows, 128);
    cv::Mat gray;
    cv::cvtColor(crop, gray, cv::COLOR_BGR2GRAY);
    const cv::Moments moments = cv::moments(gray);
    QVERIFY(moments.m00 > 0);
    // Centroid in crop-pixel-centre coordinates vs the label map (model pixels = n * 128 - 0.5).
    const Point2 n = geometry.imageToNormalised({px, py});
    const double expectedX = n.x * 128 - 0.5;
    const double expectedY = n.y * 128 - 0.5;
    QVERIFY2(std::abs(moments.m10 / moments.m00 - expectedX) < 0.35 &&
                 std::abs(moments.m01 / moments.m00 - expectedY) < 0.35,
             qPrintable(QStringLiteral("centroid (%1,%2) expected (%3,%4)")
                            .arg(moments.m10 / moments.m00)
                            .arg(moments.m01 / moments.m00)
                            .arg(expectedX)
                            .arg(expectedY)));
}

void TestPreprocessing::configJsonRoundTrip()
{
    PreprocessConfig config;
    config.imageSize = 96;
    config.sigma = 1.5;
    config.interpolation = ResizeInterpolation::Bilinear;
    config.normalisation = InputNormalisation::Caffe;
    const PreprocessConfig back = PreprocessConfig::fromJson(config.toJson());
    QCOMPARE(back.imageSize, 96);
    QCOMPARE(back.sigma, 1.5);
    QVERIFY(back.interpolation == ResizeInterpolation::Bilinear);
    QVERIFY(back.normalisation == InputNormalisation::Caffe);
    auto bad = config.toJson();
    bad["interpolation"] = "cubic";
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PreprocessConfig::fromJson(bad));
    bad = config.toJson();
    bad["crop_width"] = 5000;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PreprocessConfig::fromJson(bad));
}

void TestPreprocessing::heatmapPeakAtLabel()
{
    const int size = 64;
    const std::vector<float> coords = {0.25f, 0.5f, 1.0f, 0.0f};
    const std::vector<float> maps = heatmapTarget(coords, size, 2.0);
    QCOMPARE(maps.size(), std::size_t(2 * size * size));
    // cx = 0.25 * 63 = 15.75 -> the peak pixel is (16, 31.5->31 or 32); value at the peak is < 1.
    auto argmax = [&](int k) {
        const float* map = maps.data() + k * size * size;
        return static_cast<int>(std::max_element(map, map + size * size) - map);
    };
    const int peak0 = argmax(0);
    QCOMPARE(peak0 % size, 16);
    QVERIFY(peak0 / size == 31 || peak0 / size == 32);
    QCOMPARE(argmax(1), 63); // (x=63, y=0)
    QCOMPARE(maps[size * size + 63], 1.0f);
    // Exact value at a known offset: exp(-(1^2)/(2*4)) one pixel left of an exact peak.
    QVERIFY(std::abs(maps[size * size + 62] - std::exp(-1.0 / 8.0)) < 1e-6);
}

void TestPreprocessing::heatmapTensorMatchesCpu()
{
    const std::vector<float> coords = {0.1f, 0.9f, -1.0f, -1.0f, 0.5f, 0.5f};
    const std::vector<float> cpu = heatmapTarget(coords, 32, 2.0);
    const at::Tensor input =
        at::from_blob(const_cast<float*>(coords.data()), {1, 3, 2}, at::kFloat).clone();
    const at::Tensor maps = heatmapTargets(input, 32, 2.0).contiguous();
    QCOMPARE(maps.size(0), 1);
    QCOMPARE(maps.size(1), 3);
    QCOMPARE(maps.size(2), 32);
    const float* data = maps.data_ptr<float>();
    float worst = 0;
    for (std::size_t i = 0; i < cpu.size(); ++i)
        worst = std::max(worst, std::abs(cpu[i] - data[i]));
    QVERIFY2(worst < 1e-5f, qPrintable(QString::number(worst)));
}

void TestPreprocessing::invisibleKeypointGivesZeroChannel()
{
    const std::vector<float> maps = heatmapTarget({-1.0f, -1.0f}, 16, 2.0);
    QVERIFY(std::all_of(maps.begin(), maps.end(), [](float v) { return v == 0.0f; }));
}

void TestPreprocessing::cacheHitsMissesAndInvalidation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::filesystem::path root = dir.path().toStdString();
    std::filesystem::create_directories(root / "images");
    std::vector<std::filesystem::path> images;
    for (int i = 0; i < 4; ++i) {
        cv::Mat image(90 + 10 * i, 160, CV_8UC3, cv::Scalar(40 * i, 20, 200 - 40 * i));
        const auto file = root / "images" / ("img_" + std::to_string(i) + ".png");
        QVERIFY(cv::imwrite(file.string(), image));
        images.push_back(file);
    }
    const auto bad = root / "images" / "broken.png";
    {
        std::ofstream out(bad);
        out << "not a png";
    }
    images.push_back(bad);

    PreprocessConfig config;
    ImageCache cache(root / "cache", config);
    const CropSet first = cache.load(images, nullptr, nullptr, 2);
    QCOMPARE(cache.lastHits(), std::size_t(0));
    QCOMPARE(cache.lastMisses(), std::size_t(5));
    QCOMPARE(first.size(), std::size_t(5));
    QVERIFY(first.valid[0] && first.valid[3] && !first.valid[4]);
    QVERIFY(QString::fromStdString(first.errors[4]).contains(QStringLiteral("broken.png")));
    QCOMPARE(first.imageHeights[2], 110);
    QVERIFY(std::filesystem::exists(cache.cacheFile(root / "images")));
    // The crop equals a direct preprocessing of the image.
    const cv::Mat direct = loadPreprocessedImage(images[1], config);
    QCOMPARE(std::memcmp(direct.data, first.crop(1), first.bytesPerCrop()), 0);

    ImageCache again(root / "cache", config);
    const CropSet second = again.load(images, nullptr, nullptr, 2);
    QCOMPARE(again.lastHits(), std::size_t(4));
    QCOMPARE(again.lastMisses(), std::size_t(1)); // the broken file is retried
    QVERIFY(second.pixels == first.pixels);

    // Changing one image (content and time) re-makes exactly that crop.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    cv::Mat changed(100, 160, CV_8UC3, cv::Scalar(255, 255, 255));
    QVERIFY(cv::imwrite(images[2].string(), changed));
    ImageCache third(root / "cache", config);
    const CropSet after = third.load(images, nullptr, nullptr, 1);
    QCOMPARE(third.lastHits(), std::size_t(3));
    QCOMPARE(third.lastMisses(), std::size_t(2));
    QCOMPARE(after.imageHeights[2], 100);
    QVERIFY(std::memcmp(after.crop(2), first.crop(2), after.bytesPerCrop()) != 0);
}

void TestPreprocessing::cacheKeyFollowsCropSettingsOnly()
{
    PreprocessConfig a;
    PreprocessConfig b;
    b.sigma = 3.0;
    b.normalisation = InputNormalisation::Caffe;
    QCOMPARE(a.cacheKey(), b.cacheKey());
    b.imageSize = 96;
    QVERIFY(a.cacheKey() != b.cacheKey());
    PreprocessConfig c;
    c.interpolation = ResizeInterpolation::Bilinear;
    QVERIFY(a.cacheKey() != c.cacheKey());
    ImageCache cacheA("/tmp/x", a);
    ImageCache cacheC("/tmp/x", c);
    QVERIFY(cacheA.cacheFile("/data/set") != cacheC.cacheFile("/data/set"));
}

void TestPreprocessing::labelsKeepOnlyVisibleInCrop()
{
    // K = 4: 0 visible inside the crop, 1 visible but left of the crop, 2 non-visible, 3 absent.
    const auto document = nlohmann::ordered_json::parse(R"({
        "visible_vertices": [
            {"index": 0, "coordinates": [0, 0, 0], "pixel_coordinates": [709.5, 539.5]},
            {"index": 1, "coordinates": [0, 0, 0], "pixel_coordinates": [100.0, 500.0]}
        ],
        "non_visible_vertices": [
            {"index": 2, "coordinates": [0, 0, 0], "pixel_coordinates": [960.0, 540.0]}
        ]
    })");
    const Annotation annotation = Annotation::fromJson(document);
    const LetterboxCrop geometry(PreprocessConfig{}, 1920, 1080);
    const std::vector<float> labels = keypointLabels(annotation, geometry, 4);
    QCOMPARE(labels.size(), std::size_t(8));
    // (709.5 - 460 + 0.5) / 1000 = 0.25, (539.5 - 40 + 0.5) / 1000 = 0.5
    QCOMPARE(labels[0], 0.25f);
    QCOMPARE(labels[1], 0.5f);
    for (std::size_t i = 2; i < 8; ++i)
        QCOMPARE(labels[i], -1.0f);
}

QTEST_GUILESS_MAIN(TestPreprocessing)
#include "test_core_preprocessing.moc"
