// Heatmap statistics on hand-made maps whose answers are known in closed form.

#include "heatmap_statistics.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace kps;

namespace {

constexpr int kSize = 64;

struct Blob
{
    double cx, cy, sigmaMajor, sigmaMinor, angle, amplitude;
};

// Sum of (possibly rotated, anisotropic) Gaussians sampled at pixel centres (integer coords),
// the same convention as the training target.
std::vector<float> gaussians(const std::vector<Blob>& blobs, int size = kSize)
{
    std::vector<float> map(static_cast<std::size_t>(size) * size, 0.0f);
    for (const Blob& b : blobs) {
        const double c = std::cos(b.angle), s = std::sin(b.angle);
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x) {
                const double dx = x - b.cx, dy = y - b.cy;
                const double u = c * dx + s * dy;  // along the major axis
                const double v = -s * dx + c * dy; // along the minor axis
                map[y * size + x] +=
                    float(b.amplitude * std::exp(-0.5 * (u * u / (b.sigmaMajor * b.sigmaMajor) +
                                                         v * v / (b.sigmaMinor * b.sigmaMinor))));
            }
    }
    return map;
}

} // namespace

class TestHeatmapStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetGaussianRecovered_data()
    {
        QTest::addColumn<double>("cx");
        QTest::addColumn<double>("cy");
        QTest::addColumn<double>("sigma");
        QTest::addColumn<double>("amplitude");
        QTest::newRow("target sigma 2, on pixel") << 20.0 << 31.0 << 2.0 << 1.0;
        QTest::newRow("target sigma 2, sub-pixel") << 20.3 << 31.7 << 2.0 << 1.0;
        QTest::newRow("wide, weak") << 40.6 << 22.2 << 3.5 << 0.4;
        QTest::newRow("narrow") << 33.4 << 33.25 << 1.2 << 0.9;
    }
    void targetGaussianRecovered()
    {
        QFETCH(double, cx);
        QFETCH(double, cy);
        QFETCH(double, sigma);
        QFETCH(double, amplitude);
        const auto map = gaussians({{cx, cy, sigma, sigma, 0.0, amplitude}});
        const HeatmapStatistics s = heatmapStatistics(map.data(), kSize, kSize);
        QVERIFY(s.valid);
        QCOMPARE(s.peakX, int(std::lround(cx)));
        QCOMPARE(s.peakY, int(std::lround(cy)));
        const double expectedPeak =
            amplitude *
            std::exp(-0.5 *
                     (std::pow(std::lround(cx) - cx, 2) + std::pow(std::lround(cy) - cy, 2)) /
                     (sigma * sigma));
        QVERIFY(std::abs(s.peakValue - expectedPeak) < 1e-6);
        // Sampled Gaussian far from the border: centre of mass is the centre.
        QVERIFY2(std::abs(s.centreOfMassX - cx) < 1e-3,
                 qPrintable(QString::number(s.centreOfMassX)));
        QVERIFY(std::abs(s.centreOfMassY - cy) < 1e-3);
        // The log fit is exact for a Gaussian (up to float rounding).
        QVERIFY(s.fitValid);
        QVERIFY2(std::abs(s.fittedSigma - sigma) < 0.01,
                 qPrintable(QString::number(s.fittedSigma)));
        QVERIFY(std::abs(s.fittedSigmaX - sigma) < 0.01);
        QVERIFY(std::abs(s.fittedSigmaY - sigma) < 0.01);
        QVERIFY(std::abs(s.fittedCentreX - cx) < 0.01);
        QVERIFY(std::abs(s.fittedCentreY - cy) < 0.01);
        if (amplitude > 0.8) {
            // A confident peak: SoftArgMax lands on it and the ellipse is round.
            QVERIFY2(std::abs(s.softArgMaxX - cx) < 0.15,
                     qPrintable(QString::number(s.softArgMaxX)));
            QVERIFY(std::abs(s.softArgMaxY - cy) < 0.15);
            QVERIFY(s.sigmaX > 0.0 && s.sigmaY > 0.0);
            QVERIFY(std::abs(s.sigmaX - s.sigmaY) < 0.1 * s.sigmaX);
        } else {
            // A weak peak: exp(beta*H) of the flat background is no longer negligible, so
            // SoftArgMax is pulled towards the map centre (31.5) and the spread is large.
            const double mid = (kSize - 1) / 2.0;
            QVERIFY(s.softArgMaxX < cx - 0.5 && s.softArgMaxX > mid);
            QVERIFY(s.softArgMaxY > cy + 0.5 && s.softArgMaxY < mid);
            QVERIFY(s.sigmaMajor > 5.0);
        }
        QVERIFY(!s.multiPeak);
        QCOMPARE(s.secondPeakX, -1);
        QCOMPARE(s.secondPeakRatio, 0.0);
    }

    // A wider prediction than the target shows up as a larger fitted sigma and a larger
    // SoftArgMax spread (the comparison the Train page draws against sigma 2).
    void widerPeakHasLargerSigma()
    {
        const auto sharp = gaussians({{30.2, 30.4, 2.0, 2.0, 0.0, 1.0}});
        const auto blurry = gaussians({{30.2, 30.4, 4.0, 4.0, 0.0, 1.0}});
        const auto a = heatmapStatistics(sharp.data(), kSize, kSize);
        const auto b = heatmapStatistics(blurry.data(), kSize, kSize);
        QVERIFY(std::abs(b.fittedSigma - 4.0) < 0.02);
        QVERIFY(b.sigmaMajor > 1.5 * a.sigmaMajor);
    }

    void anisotropicFitRecoversAxes()
    {
        const double angle = 0.5; // rad
        const auto map = gaussians({{32.3, 29.6, 3.0, 1.5, angle, 1.0}});
        HeatmapStatisticsOptions options;
        options.fitRadius = 3;
        const auto s = heatmapStatistics(map.data(), kSize, kSize, options);
        QVERIFY(s.fitValid);
        // Covariance of the rotated Gaussian: R diag(9, 2.25) R^T.
        const double c = std::cos(angle), sn = std::sin(angle);
        const double xx = 9.0 * c * c + 2.25 * sn * sn, yy = 9.0 * sn * sn + 2.25 * c * c;
        QVERIFY2(std::abs(s.fittedSigmaX - std::sqrt(xx)) < 0.02,
                 qPrintable(QString::number(s.fittedSigmaX)));
        QVERIFY(std::abs(s.fittedSigmaY - std::sqrt(yy)) < 0.02);
        QVERIFY(std::abs(s.fittedSigma - std::sqrt(3.0 * 1.5)) < 0.02);
        // The softmax ellipse keeps the orientation of the blob.
        // (softmax of exp(15 G) is only close to Gaussian: a few hundredths of a radian)
        QVERIFY2(std::abs(s.orientation - angle) < 0.05,
                 qPrintable(QString::number(s.orientation)));
        QVERIFY(s.sigmaMajor > s.sigmaMinor);
    }

    // H = 1 + log(G)/beta makes softmax(beta*H) exactly the Gaussian G, so the second moment
    // must return G's covariance: semi-axes and orientation of the uncertainty ellipse.
    void softmaxSecondMomentIsExact()
    {
        const double beta = 15.0, angle = -0.7, major = 4.0, minor = 2.5;
        const double cx = 31.4, cy = 33.1;
        std::vector<float> map(kSize * kSize);
        const double c = std::cos(angle), sn = std::sin(angle);
        for (int y = 0; y < kSize; ++y)
            for (int x = 0; x < kSize; ++x) {
                const double dx = x - cx, dy = y - cy;
                const double u = c * dx + sn * dy, v = -sn * dx + c * dy;
                const double logG = -0.5 * (u * u / (major * major) + v * v / (minor * minor));
                map[y * kSize + x] = float(1.0 + logG / beta);
            }
        HeatmapStatisticsOptions options;
        options.beta = beta;
        const auto s = heatmapStatistics(map.data(), kSize, kSize, options);
        QVERIFY(s.valid);
        QVERIFY2(std::abs(s.softArgMaxX - cx) < 1e-3, qPrintable(QString::number(s.softArgMaxX)));
        QVERIFY(std::abs(s.softArgMaxY - cy) < 1e-3);
        QVERIFY2(std::abs(s.sigmaMajor - major) < 1e-3, qPrintable(QString::number(s.sigmaMajor)));
        QVERIFY(std::abs(s.sigmaMinor - minor) < 1e-3);
        QVERIFY2(std::abs(s.orientation - angle) < 1e-3,
                 qPrintable(QString::number(s.orientation)));
        const double xx = major * major * c * c + minor * minor * sn * sn;
        const double xy = (major * major - minor * minor) * c * sn;
        QVERIFY(std::abs(s.covarianceXX - xx) < 1e-2);
        QVERIFY(std::abs(s.covarianceXY - xy) < 1e-2);
        QVERIFY(std::abs(s.sigmaX - std::sqrt(xx)) < 1e-3);
    }

    // A flat map: softmax is uniform, variance (n^2-1)/12 per axis, no peak shape to fit.
    void uniformMap()
    {
        const std::vector<float> map(8 * 4, 0.5f);
        const auto s = heatmapStatistics(map.data(), 8, 4);
        QVERIFY(s.valid);
        QCOMPARE(s.softArgMaxX, 3.5);
        QCOMPARE(s.softArgMaxY, 1.5);
        QVERIFY(std::abs(s.covarianceXX - 63.0 / 12.0) < 1e-9);
        QVERIFY(std::abs(s.covarianceYY - 15.0 / 12.0) < 1e-9);
        QVERIFY(std::abs(s.covarianceXY) < 1e-9);
        QVERIFY(!s.fitValid);
    }

    void multiPeak_data()
    {
        QTest::addColumn<double>("secondAmplitude");
        QTest::addColumn<double>("separation");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("strong second peak") << 0.8 << 14.0 << true;
        QTest::newRow("equal peaks") << 1.0 << 20.0 << true;
        QTest::newRow("weak second peak") << 0.3 << 14.0 << false;
        QTest::newRow("just above ratio") << 0.55 << 10.0 << true;
    }
    void multiPeak()
    {
        QFETCH(double, secondAmplitude);
        QFETCH(double, separation);
        QFETCH(bool, flagged);
        const double x1 = 20.0, y1 = 30.0, x2 = x1 + separation, y2 = 30.0;
        const auto map =
            gaussians({{x1, y1, 2.0, 2.0, 0.0, 1.0}, {x2, y2, 2.0, 2.0, 0.0, secondAmplitude}});
        const auto s = heatmapStatistics(map.data(), kSize, kSize);
        QCOMPARE(s.multiPeak, flagged);
        QCOMPARE(s.peakX, int(x1));
        QCOMPARE(s.secondPeakX, int(x2));
        QCOMPARE(s.secondPeakY, int(y2));
        QVERIFY2(std::abs(s.secondPeakRatio - secondAmplitude) < 1e-3,
                 qPrintable(QString::number(s.secondPeakRatio)));
        if (secondAmplitude == 1.0) {
            // Why the flag matters: SoftArgMax averages two equal peaks and lands between them.
            QVERIFY(std::abs(s.softArgMaxX - 0.5 * (x1 + x2)) < 0.5);
        }
    }

    void ratioAndDistanceAreSettable()
    {
        const auto map = gaussians({{20, 30, 2, 2, 0, 1.0}, {34, 30, 2, 2, 0, 0.3}});
        HeatmapStatisticsOptions options;
        options.multiPeakRatio = 0.25;
        QVERIFY(heatmapStatistics(map.data(), kSize, kSize, options).multiPeak);
        options.multiPeakMinDistance = 20.0; // the second peak is now too close to count
        const auto s = heatmapStatistics(map.data(), kSize, kSize, options);
        QVERIFY(!s.multiPeak);
        QCOMPARE(s.secondPeakX, -1);
    }

    void emptyAndZeroMaps()
    {
        const std::vector<float> zeros(kSize * kSize, 0.0f);
        const auto s = heatmapStatistics(zeros.data(), kSize, kSize);
        QVERIFY(!s.valid);
        QVERIFY(!s.multiPeak);
        QVERIFY(!s.fitValid);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, heatmapStatistics(nullptr, 4, 4));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 heatmapStatistics(std::vector<float>(10), 2, 2, 2));
    }

    void perChannel()
    {
        auto a = gaussians({{10.2, 50.0, 2.0, 2.0, 0.0, 1.0}});
        const auto b = gaussians({{10, 10, 2, 2, 0, 1.0}, {40, 40, 2, 2, 0, 0.9}});
        const std::vector<float> zeros(kSize * kSize, 0.0f);
        a.insert(a.end(), b.begin(), b.end());
        a.insert(a.end(), zeros.begin(), zeros.end());
        const auto all = heatmapStatistics(a, 3, kSize, kSize);
        QCOMPARE(all.size(), std::size_t(3));
        QCOMPARE(all[0].peakY, 50);
        QVERIFY(!all[0].multiPeak);
        QVERIFY(all[1].multiPeak);
        QVERIFY(!all[2].valid);
    }
};

QTEST_GUILESS_MAIN(TestHeatmapStatistics)
#include "test_core_heatmap_statistics.moc"
