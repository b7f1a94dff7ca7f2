#pragma once
// Shape statistics of one predicted heatmap (H x W floats, row-major): where its peak is, how
// wide it is compared with the Gaussian target, how uncertain the SoftArgMax position is, and
// whether it has a second peak (SoftArgMax averages two peaks and lands between them).
// Pure C++: the app computes these from snapshot buffers and hands plain numbers to widgets.

#include <vector>

namespace kps {

struct HeatmapStatisticsOptions
{
    double beta = 15.0;          // SoftArgMax sharpness: p = softmax(beta * H)
    double multiPeakRatio = 0.5; // a second peak counts when >= ratio * first peak
    double multiPeakMinDistance =
        4.0;                  // pixels between peaks (two sigma-2 Gaussians merge below 2*sigma)
    double fitFraction = 0.1; // Gaussian fit uses pixels >= fraction * peak ...
    int fitRadius = 2;        // ... within this many pixels of the peak (5x5 window)
};

struct HeatmapStatistics
{
    bool valid = false; // false for an empty map or one without a positive value

    // Hottest pixel (first one in row-major order on ties).
    float peakValue = 0.0f;
    int peakX = 0;
    int peakY = 0;

    // Centre of mass of the raw heatmap (negative values count as 0), sub-pixel, in pixels.
    double centreOfMassX = 0.0;
    double centreOfMassY = 0.0;

    // Mean and covariance of p = softmax(beta*H): exactly what SoftArgMax returns (in pixels,
    // before dividing by W-1) and the spread it averages over -> the uncertainty ellipse.
    double softArgMaxX = 0.0;
    double softArgMaxY = 0.0;
    double covarianceXX = 0.0;
    double covarianceXY = 0.0;
    double covarianceYY = 0.0;
    double sigmaX = 0.0;     // sqrt(covarianceXX)
    double sigmaY = 0.0;     // sqrt(covarianceYY)
    double sigmaMajor = 0.0; // ellipse semi-axes (1 sigma) along the principal directions
    double sigmaMinor = 0.0;
    double orientation = 0.0; // radians, major axis from +x towards +y (image y points down)

    // Gaussian fitted to the peak (weighted least squares on log H around the peak), to compare
    // with the target's sigma. fittedSigma = sqrt(sigmaMajor*sigmaMinor) of the fit.
    bool fitValid = false;
    double fittedSigma = 0.0;
    double fittedSigmaX = 0.0;
    double fittedSigmaY = 0.0;
    double fittedCentreX = 0.0; // sub-pixel peak of the fitted Gaussian
    double fittedCentreY = 0.0;

    // Highest local maximum at least multiPeakMinDistance from the peak (secondPeakValue 0 when
    // there is none); multiPeak when it reaches multiPeakRatio of the peak.
    bool multiPeak = false;
    float secondPeakValue = 0.0f;
    int secondPeakX = -1;
    int secondPeakY = -1;
    double secondPeakRatio = 0.0; // secondPeakValue / peakValue
};

// data: width*height floats. Throws std::invalid_argument on a null buffer or bad size.
HeatmapStatistics heatmapStatistics(const float* data, int width, int height,
                                    const HeatmapStatisticsOptions& options = {});

// All channels of a (K, height, width) buffer, e.g. one sample's snapshot.
std::vector<HeatmapStatistics> heatmapStatistics(const std::vector<float>& data, int channels,
                                                 int width, int height,
                                                 const HeatmapStatisticsOptions& options = {});

} // namespace kps
