// Model comparison: B - A for every summary key and per image, and the sortable image rows,
// on hand-made evaluation results with known errors.
#include "evaluation_metrics.h"
#include "model_comparison.h"

#include <QtTest>

#include <cmath>

using namespace kps;

namespace {

// One image of K=2 keypoints, both visible, the prediction shifted by `shift` IMG pixels in x
// (so the euclidean error of each keypoint is exactly `shift`).
std::vector<KeypointRecord> imageRecords(const std::string& image, double shift)
{
    const float s = static_cast<float>(shift / 128.0);
    const std::vector<float> gt{0.25f, 0.5f, 0.75f, 0.5f};
    const std::vector<float> pred{0.25f + s, 0.5f, 0.75f + s, 0.5f};
    return makeKeypointRecords(image, 1000, 1000, gt, pred, {0.9f, 0.8f});
}

EvaluationSummary summaryOf(const std::vector<std::pair<std::string, double>>& images)
{
    std::vector<KeypointRecord> records;
    for (const auto& [name, shift] : images) {
        const auto r = imageRecords(name, shift);
        records.insert(records.end(), r.begin(), r.end());
    }
    const PreprocessConfig config;
    return EvaluationSummary::compute(computeKeypointResults(records, config), config, 2);
}

} // namespace

class TestModelComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metricDeltas()
    {
        const EvaluationSummary a = summaryOf({{"a", 1.0}, {"b", 3.0}});
        const EvaluationSummary b = summaryOf({{"a", 0.5}, {"b", 6.0}});
        const ModelComparison c = ModelComparison::compare(a, b);
        // Every numeric key of the JSON summary is there.
        const auto keys = flattenNumbers(a.toJson());
        QCOMPARE(c.metrics.size(), keys.size());
        const MetricDelta* mean = c.metric("euclidean_mean");
        QVERIFY(mean);
        QVERIFY(std::abs(mean->a - 2.0) < 1e-4);
        QVERIFY(std::abs(mean->b - 3.25) < 1e-4);
        QVERIFY(std::abs(mean->delta - 1.25) < 1e-4);
        // PCK@2: A has 2 of 4 errors <= 2 (50 %), B also 2 of 4 (0.5, 0.5): delta 0.
        const MetricDelta* pck2 = c.metric("pck_percent.2");
        QVERIFY(pck2);
        QCOMPARE(pck2->a, 50.0);
        QCOMPARE(pck2->b, 50.0);
        QCOMPARE(pck2->delta, 0.0);
        // PCK@5: A 100 %, B 50 %.
        QCOMPARE(c.metric("pck_percent.5")->delta, -50.0);
        QVERIFY(c.metric("original_pixels.euclidean_mean"));
        QVERIFY(std::abs(c.metric("per_keypoint.1.max")->delta - 3.0) < 1e-4);
        QCOMPARE(c.metric("processed_samples")->delta, 0.0);
        QVERIFY(c.metric("no_such_key") == nullptr);
    }

    void missingAndNullKeys()
    {
        const EvaluationSummary a = summaryOf({{"a", 1.0}});
        EvaluationSummary b = summaryOf({{"a", 2.0}});
        b.perKeypoint.pop_back(); // B knows no keypoint 1
        b.imagePixels.euclideanP95 = std::nan("");
        const ModelComparison c = ModelComparison::compare(a, b);
        const MetricDelta* gone = c.metric("per_keypoint.1.mean");
        QVERIFY(gone);
        QVERIFY(std::isnan(gone->b));
        QVERIFY(std::isnan(gone->delta));
        QVERIFY(std::isnan(c.metric("euclidean_p95")->b));
        QVERIFY(std::isnan(c.metric("euclidean_p95")->delta));
        const ModelComparison reverse = ModelComparison::compare(b, a);
        QVERIFY(std::isnan(reverse.metric("per_keypoint.1.mean")->a)); // appended B-only key
        QCOMPARE(reverse.metrics.size(), c.metrics.size());
    }

    void imageDeltasAndSorting()
    {
        const EvaluationSummary a = summaryOf({{"a", 1.0}, {"b", 3.0}, {"c", 2.0}});
        const EvaluationSummary b = summaryOf({{"b", 1.0}, {"a", 4.0}, {"d", 1.0}});
        ModelComparison c = ModelComparison::compare(a, b);
        QCOMPARE(c.images.size(), std::size_t(4));
        QCOMPARE(c.images[0].image, std::string("a"));
        QCOMPARE(c.images[3].image, std::string("d")); // only in B: appended
        QVERIFY(std::abs(c.images[0].delta - 3.0) < 1e-4);
        QVERIFY(std::abs(c.images[1].delta + 2.0) < 1e-4);
        QVERIFY(std::isnan(c.images[2].meanErrorB)); // "c" missing in B
        QVERIFY(std::isnan(c.images[2].delta));
        QCOMPARE(c.images[0].countA, std::size_t(2));
        // Original pixels: 1000x1000 image, crop 1000 of a 1920x1080 letterbox of it -> scale
        // 1000/128 * 1.08... just check the sign and ratio to the IMG delta are consistent.
        QVERIFY(c.images[0].deltaOriginal > 0);
        QVERIFY(std::abs(c.images[0].deltaOriginal / c.images[0].delta -
                         c.images[0].meanErrorOriginalA / c.images[0].meanErrorA) < 1e-3);

        sortImageDeltas(c.images, ImageDeltaColumn::Delta, false);
        QCOMPARE(c.images[0].image, std::string("b"));                           // -2
        QCOMPARE(c.images[1].image, std::string("a"));                           // +3
        QVERIFY(std::isnan(c.images[2].delta) && std::isnan(c.images[3].delta)); // NaN last
        QCOMPARE(c.images[2].image, std::string("c"));
        sortImageDeltas(c.images, ImageDeltaColumn::Delta, true);
        QCOMPARE(c.images[0].image, std::string("a"));
        QVERIFY(std::isnan(c.images[3].delta));
        sortImageDeltas(c.images, ImageDeltaColumn::MeanErrorA, true);
        QCOMPARE(c.images[0].image, std::string("b")); // 3
        QCOMPARE(c.images[1].image, std::string("c")); // 2
        QCOMPARE(c.images[3].image, std::string("d")); // NaN
        sortImageDeltas(c.images, ImageDeltaColumn::Image, true);
        QCOMPARE(c.images[0].image, std::string("d"));
    }
};

QTEST_GUILESS_MAIN(TestModelComparison)
#include "test_core_model_comparison.moc"
