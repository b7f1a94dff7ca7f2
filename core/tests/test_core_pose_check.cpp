// Pose check: PnP from predicted keypoints against the annotated camera of generated samples.
// Exact pixels give ~0 error, noisy pixels a small non-zero one that grows with the noise, a
// known rotation offset of the ground truth is measured exactly, and too few points are reported
// as unsolved.
#include "annotation.h"
#include "dataset_layout.h"
#include "evaluation_metrics.h"
#include "keypoint_labels.h"
#include "mesh_information.h"
#include "pose_check.h"
#include "synthetic_generator.h"
#include "test_dataset.h"

#include <opencv2/calib3d.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace kps;

namespace {

GeneratorOptions sampleOptions()
{
    GeneratorOptions options;
    options.width = 1920;
    options.height = 1080;
    options.seed = 5;
    options.supersampling = 1;
    options.threads = 1;
    return options;
}

// The annotated visible pixels of a sample, index-aligned with the mesh vertices.
std::vector<std::optional<Point2>> visiblePixels(const RenderedSample& sample, int k)
{
    const Annotation annotation = Annotation::fromJson(sample.annotation);
    return annotation.visiblePixels(k);
}

PinholeCamera cameraOf(const RenderedSample& sample)
{
    return PinholeCamera::fromJson(sample.annotation.at("camera"));
}

int countPoints(const std::vector<std::optional<Point2>>& pixels)
{
    int n = 0;
    for (const auto& p : pixels)
        n += p.has_value();
    return n;
}

} // namespace

class TestPoseCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactPixelsGiveZeroError()
    {
        const MeshInformation mesh = builtinSpacecraftMesh();
        const int k = mesh.keypointCount();
        for (std::size_t i = 0; i < 3; ++i) {
            const RenderedSample sample = renderSample(mesh, sampleOptions(), i);
            const auto pixels = visiblePixels(sample, k);
            QVERIFY(countPoints(pixels) >= kMinimumPosePoints);
            const PoseCheckImage result =
                checkPose("s", mesh.vertexCoordinates, pixels, cameraOf(sample));
            QVERIFY2(result.solved, result.reason.c_str());
            QCOMPARE(result.points, countPoints(pixels));
            QVERIFY2(result.rotationErrorDeg < 0.01,
                     qPrintable(QString::number(result.rotationErrorDeg)));
            QVERIFY(result.relativeTranslation < 1e-4);
            QVERIFY(result.reprojectionErrorPx < 1e-3);
        }
    }

    void noiseGivesSmallGrowingError()
    {
        const MeshInformation mesh = builtinSpacecraftMesh();
        const int k = mesh.keypointCount();
        std::mt19937 rng(17);
        double meanSmall = 0, meanLarge = 0;
        const int samples = 6;
        for (int i = 0; i < samples; ++i) {
            const RenderedSample sample =
                renderSample(mesh, sampleOptions(), static_cast<std::size_t>(i));
            const auto exact = visiblePixels(sample, k);
            for (double sigma : {0.5, 4.0}) {
                std::normal_distribution<double> noise(0.0, sigma);
                auto noisy = exact;
                for (auto& p : noisy)
                    if (p) {
                        p->x += noise(rng);
                        p->y += noise(rng);
                    }
                const PoseCheckImage result =
                    checkPose("s", mesh.vertexCoordinates, noisy, cameraOf(sample));
                QVERIFY(result.solved);
                // Reprojection RMS ~ the noise (a little less: the pose absorbs some of it).
                QVERIFY(result.reprojectionErrorPx > 0.3 * sigma);
                QVERIFY(result.reprojectionErrorPx < 2.0 * sigma);
                QVERIFY(result.rotationErrorDeg > 1e-4);
                QVERIFY(result.relativeTranslation > 1e-7);
                (sigma < 1 ? meanSmall : meanLarge) += result.rotationErrorDeg / samples;
            }
        }
        QVERIFY2(meanSmall < 1.0, qPrintable(QString::number(meanSmall)));
        QVERIFY2(meanLarge > meanSmall, qPrintable(QString::number(meanLarge)));
        QVERIFY(meanLarge < 15.0);
    }

    void knownRotationOffsetIsMeasured()
    {
        // Pixels of the true camera, "ground truth" rotated by 10 degrees about an oblique axis:
        // the solved pose is the true one, so the error is exactly that angle.
        const MeshInformation mesh = builtinSpacecraftMesh();
        const RenderedSample sample = renderSample(mesh, sampleOptions(), 1);
        PinholeCamera shifted = cameraOf(sample);
        cv::Vec3d axis(1, 2, 3);
        axis = axis / cv::norm(axis) * (10.0 * M_PI / 180.0);
        cv::Matx33d offset;
        cv::Rodrigues(axis, offset);
        shifted.R = offset * shifted.R;
        shifted.t = shifted.t + cv::Vec3d(0.3, -0.4, 0.0);
        const PoseCheckImage result = checkPose(
            "s", mesh.vertexCoordinates, visiblePixels(sample, mesh.keypointCount()), shifted);
        QVERIFY(result.solved);
        QVERIFY(std::abs(result.rotationErrorDeg - 10.0) < 0.01);
        QVERIFY(std::abs(result.translationError - 0.5) < 1e-3);
        QVERIFY(std::abs(result.relativeTranslation - 0.5 / cv::norm(shifted.t)) < 1e-3);
    }

    void tooFewPointsAreUnsolved()
    {
        const MeshInformation mesh = builtinSpacecraftMesh();
        const RenderedSample sample = renderSample(mesh, sampleOptions(), 0);
        auto pixels = visiblePixels(sample, mesh.keypointCount());
        int kept = 0;
        for (auto& p : pixels)
            if (p && ++kept > 3)
                p.reset();
        const PoseCheckImage few =
            checkPose("few", mesh.vertexCoordinates, pixels, cameraOf(sample));
        QVERIFY(!few.solved);
        QCOMPARE(few.points, 3);
        QCOMPARE(few.reason, std::string("not enough points"));
        QVERIFY(std::isnan(few.rotationErrorDeg));
        const PoseCheckImage none = checkPose("none", mesh.vertexCoordinates, {}, cameraOf(sample));
        QVERIFY(!none.solved);

        const PoseCheckImage good =
            checkPose("good", mesh.vertexCoordinates, visiblePixels(sample, mesh.keypointCount()),
                      cameraOf(sample));
        const PoseCheckSummary summary = PoseCheckSummary::compute({few, good, none});
        QCOMPARE(summary.images, std::size_t(3));
        QCOMPARE(summary.solved, std::size_t(1));
        QCOMPARE(summary.meanRotationDeg, good.rotationErrorDeg);
        QCOMPARE(summary.medianTranslation, good.translationError);
        const auto json = summary.toJson();
        QCOMPARE(json.at("solved").get<int>(), 1);
        QVERIFY(json.at("per_image").at(0).at("rotation_error_deg").is_null());
        QCOMPARE(json.at("per_image").at(0).at("reason").get<std::string>(),
                 std::string("not enough points"));
    }

    void datasetRunWithGroundTruthAsPredictions()
    {
        // Whole path: generated dataset, labels as predictions through the evaluation records
        // (float normalised coordinates, mapped back to original pixels), cameras from the JSONs.
        QTemporaryDir tmp;
        const std::filesystem::path root = tmp.path().toStdString();
        test::generateSmallDataset(root, 3, 640, 360);
        const MeshInformation mesh = MeshInformation::load(layout::meshFile(root));
        const int k = mesh.keypointCount();
        const PreprocessConfig config;
        std::vector<KeypointRecord> records;
        for (int i = 0; i < 3; ++i) {
            const std::string stem = sampleStem(static_cast<std::size_t>(i));
            const LetterboxCrop geometry(config, 640, 360);
            const auto labels =
                keypointLabels(Annotation::load(layout::annotationFile(root, stem)), geometry, k);
            const auto image =
                makeKeypointRecords(stem, 640, 360, labels, labels, std::vector<float>(k, 1.0f));
            records.insert(records.end(), image.begin(), image.end());
        }
        const auto results = computeKeypointResults(records, config);
        const std::optional<PoseCheckSummary> summary = runPoseCheck(root, results);
        QVERIFY(summary.has_value());
        QCOMPARE(summary->images, std::size_t(3));
        QCOMPARE(summary->solved, std::size_t(3));
        QVERIFY2(summary->meanRotationDeg < 0.01,
                 qPrintable(QString::number(summary->meanRotationDeg)));
        QVERIFY(summary->meanRelativeTranslation < 1e-3);

        // Without vertex coordinates there is no pose check.
        MeshInformation bare = mesh;
        bare.vertexCoordinates.clear();
        bare.save(layout::meshFile(root));
        QVERIFY(!runPoseCheck(root, results).has_value());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 runPoseCheck(bare, results, [](const std::string&) {
                                     return std::optional<PinholeCamera>();
                                 }));
    }
};

QTEST_GUILESS_MAIN(TestPoseCheck)
#include "test_core_pose_check.moc"
