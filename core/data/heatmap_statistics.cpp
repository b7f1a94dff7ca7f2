#include "heatmap_statistics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace kps {

namespace {

struct Ellipse
{
    double major = 0.0, minor = 0.0, angle = 0.0; // variances along the axes, angle of major
};

Ellipse principalAxes(double xx, double xy, double yy)
{
    const double mean = 0.5 * (xx + yy);
    const double half = std::sqrt(0.25 * (xx - yy) * (xx - yy) + xy * xy);
    Ellipse e;
    e.major = mean + half;
    e.minor = std::max(0.0, mean - half);
    e.angle = 0.5 * std::atan2(2.0 * xy, xx - yy);
    return e;
}

// Solves the n x n system a*x = b in place (partial pivoting); false when singular.
template <std::size_t N>
bool solve(std::array<std::array<double, N>, N>& a, std::array<double, N>& b)
{
    for (std::size_t col = 0; col < N; ++col) {
        std::size_t pivot = col;
        for (std::size_t r = col + 1; r < N; ++r)
            if (std::abs(a[r][col]) > std::abs(a[pivot][col]))
                pivot = r;
        if (std::abs(a[pivot][col]) < 1e-12)
            return false;
        std::swap(a[col], a[pivot]);
        std::swap(b[col], b[pivot]);
        for (std::size_t r = 0; r < N; ++r) {
            if (r == col)
                continue;
            const double f = a[r][col] / a[col][col];
            for (std::size_t c = col; c < N; ++c)
                a[r][c] -= f * a[col][c];
            b[r] -= f * b[col];
        }
    }
    for (std::size_t i = 0; i < N; ++i)
        b[i] /= a[i][i];
    return true;
}

// Fits log H = c0 + c1 x + c2 y + c3 x^2 + c4 xy + c5 y^2 around the peak, weighted by H^2
// (log compresses noise on small values; H^2 is the usual weighting for Gaussian log fits).
// Exact for a sampled Gaussian of any centre and covariance, unlike a thresholded moment.
void fitGaussian(const float* data, int width, int height, const HeatmapStatisticsOptions& options,
                 HeatmapStatistics& s)
{
    const double floorValue = std::max(1e-12, options.fitFraction * s.peakValue);
    std::array<std::array<double, 6>, 6> normal{};
    std::array<double, 6> rhs{};
    int used = 0;
    const int r = std::max(1, options.fitRadius);
    for (int dy = -r; dy <= r; ++dy) {
        const int y = s.peakY + dy;
        if (y < 0 || y >= height)
            continue;
        for (int dx = -r; dx <= r; ++dx) {
            const int x = s.peakX + dx;
            if (x < 0 || x >= width)
                continue;
            const double v = data[static_cast<std::size_t>(y) * width + x];
            if (!(v >= floorValue))
                continue;
            const std::array<double, 6> row{
                1.0, double(dx), double(dy), double(dx * dx), double(dx * dy), double(dy * dy)};
            const double w = v * v;
            const double l = std::log(v);
            for (int i = 0; i < 6; ++i) {
                for (int j = 0; j < 6; ++j)
                    normal[i][j] += w * row[i] * row[j];
                rhs[i] += w * row[i] * l;
            }
            ++used;
        }
    }
    if (used < 6 || !solve(normal, rhs))
        return;
    // log H = const - 1/2 (p-m)^T P (p-m) with precision P = [[a, b], [b, c]].
    const double a = -2.0 * rhs[3];
    const double b = -rhs[4];
    const double c = -2.0 * rhs[5];
    const double det = a * c - b * b;
    if (!(a > 0.0 && c > 0.0 && det > 0.0))
        return; // not a peak (flat or saddle): no Gaussian fits
    const double covXX = c / det;
    const double covYY = a / det;
    const double covXY = -b / det;
    // Centre: P m = (c1, c2).
    const double mx = covXX * rhs[1] + covXY * rhs[2];
    const double my = covXY * rhs[1] + covYY * rhs[2];
    if (std::abs(mx) > r + 1 || std::abs(my) > r + 1)
        return; // the extremum of the fit lies outside the data it was fitted to
    s.fitValid = true;
    s.fittedSigmaX = std::sqrt(covXX);
    s.fittedSigmaY = std::sqrt(covYY);
    s.fittedSigma = std::pow(covXX * covYY - covXY * covXY, 0.25);
    s.fittedCentreX = s.peakX + mx;
    s.fittedCentreY = s.peakY + my;
}

void findSecondPeak(const float* data, int width, int height,
                    const HeatmapStatisticsOptions& options, HeatmapStatistics& s)
{
    const double minDistance2 = options.multiPeakMinDistance * options.multiPeakMinDistance;
    auto at = [&](int x, int y) { return data[static_cast<std::size_t>(y) * width + x]; };
    // Ripples far below the peak (float rounding in the tails) are not peaks.
    s.secondPeakValue = 1e-3f * s.peakValue;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const float v = at(x, y);
            if (!(v > s.secondPeakValue))
                continue;
            const double ddx = x - s.peakX, ddy = y - s.peakY;
            if (ddx * ddx + ddy * ddy < minDistance2)
                continue;
            // Local maximum over the 8-neighbourhood (plateaus count once they are the top).
            bool isMax = true;
            for (int ny = std::max(0, y - 1); ny <= std::min(height - 1, y + 1) && isMax; ++ny)
                for (int nx = std::max(0, x - 1); nx <= std::min(width - 1, x + 1); ++nx)
                    if (at(nx, ny) > v) {
                        isMax = false;
                        break;
                    }
            if (!isMax)
                continue;
            s.secondPeakValue = v;
            s.secondPeakX = x;
            s.secondPeakY = y;
        }
    }
    if (s.secondPeakX < 0)
        s.secondPeakValue = 0.0f;
    s.secondPeakRatio = s.peakValue > 0.0f ? double(s.secondPeakValue) / s.peakValue : 0.0;
    s.multiPeak = s.secondPeakX >= 0 && s.secondPeakRatio >= options.multiPeakRatio;
}

} // namespace

HeatmapStatistics heatmapStatistics(const float* data, int width, int height,
                                    const HeatmapStatisticsOptions& options)
{
    if (data == nullptr || width <= 0 || height <= 0)
        throw std::invalid_argument("heatmapStatistics: empty heatmap (" + std::to_string(width) +
                                    "x" + std::to_string(height) + ")");
    HeatmapStatistics s;
    const std::size_t n = static_cast<std::size_t>(width) * height;

    float peak = -std::numeric_limits<float>::infinity();
    std::size_t peakIndex = 0;
    double mass = 0.0, sumX = 0.0, sumY = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const float v = data[i];
        if (v > peak) {
            peak = v;
            peakIndex = i;
        }
        if (v > 0.0f) {
            mass += v;
            sumX += v * double(i % width);
            sumY += v * double(i / width);
        }
    }
    s.peakValue = peak;
    s.peakX = static_cast<int>(peakIndex % width);
    s.peakY = static_cast<int>(peakIndex / width);
    if (!(peak > 0.0f) || !(mass > 0.0))
        return s; // nothing to measure (an invisible keypoint's all-zero map)
    s.valid = true;
    s.centreOfMassX = sumX / mass;
    s.centreOfMassY = sumY / mass;

    // softmax(beta*H): subtract the max before exp, as torch::softmax does, to stay finite.
    double z = 0.0, mx = 0.0, my = 0.0, mxx = 0.0, mxy = 0.0, myy = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double p = std::exp(options.beta * (double(data[i]) - peak));
        const double x = double(i % width), y = double(i / width);
        z += p;
        mx += p * x;
        my += p * y;
        mxx += p * x * x;
        mxy += p * x * y;
        myy += p * y * y;
    }
    s.softArgMaxX = mx / z;
    s.softArgMaxY = my / z;
    s.covarianceXX = std::max(0.0, mxx / z - s.softArgMaxX * s.softArgMaxX);
    s.covarianceYY = std::max(0.0, myy / z - s.softArgMaxY * s.softArgMaxY);
    s.covarianceXY = mxy / z - s.softArgMaxX * s.softArgMaxY;
    s.sigmaX = std::sqrt(s.covarianceXX);
    s.sigmaY = std::sqrt(s.covarianceYY);
    const Ellipse e = principalAxes(s.covarianceXX, s.covarianceXY, s.covarianceYY);
    s.sigmaMajor = std::sqrt(e.major);
    s.sigmaMinor = std::sqrt(e.minor);
    s.orientation = e.angle;

    fitGaussian(data, width, height, options, s);
    findSecondPeak(data, width, height, options, s);
    return s;
}

std::vector<HeatmapStatistics> heatmapStatistics(const std::vector<float>& data, int channels,
                                                 int width, int height,
                                                 const HeatmapStatisticsOptions& options)
{
    const std::size_t plane = static_cast<std::size_t>(std::max(width, 0)) * std::max(height, 0);
    if (channels < 0 || data.size() != plane * static_cast<std::size_t>(channels))
        throw std::invalid_argument("heatmapStatistics: buffer of " + std::to_string(data.size()) +
                                    " values does not hold " + std::to_string(channels) +
                                    " maps of " + std::to_string(width) + "x" +
                                    std::to_string(height));
    std::vector<HeatmapStatistics> result;
    result.reserve(channels);
    for (int k = 0; k < channels; ++k)
        result.push_back(heatmapStatistics(data.data() + plane * k, width, height, options));
    return result;
}

} // namespace kps
