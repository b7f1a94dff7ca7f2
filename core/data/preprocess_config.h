#pragma once
// The preprocessing settings of DESIGN.md (defaults = the seed's). Stored with every model and
// run, and part of the image cache key, so a change invalidates cached crops.

#include <nlohmann/json.hpp>

#include <string>

namespace kps {

enum class ResizeInterpolation
{
    Area,
    Bilinear
};
enum class InputNormalisation
{
    Torchvision,
    Caffe
};

struct PreprocessConfig
{
    int canvasWidth = 1920;
    int canvasHeight = 1080;
    int cropWidth = 1000;
    int cropHeight = 1000;
    int imageSize = 128;  // IMG: network input side
    int heatmapSize = 64; // HEAT: heatmap side
    double sigma = 2.0;   // Gaussian sigma of heatmap targets, in heatmap pixels
    ResizeInterpolation interpolation = ResizeInterpolation::Area;
    InputNormalisation normalisation = InputNormalisation::Torchvision;

    // Throws std::invalid_argument with a readable message when a value is out of range.
    void validate() const;

    nlohmann::ordered_json toJson() const;
    // Missing keys keep their defaults; wrong types or values throw std::invalid_argument.
    static PreprocessConfig fromJson(const nlohmann::ordered_json& json);

    // A short stable hex digest of everything that changes the cached uint8 crops.
    std::string cacheKey() const;
};

std::string toString(ResizeInterpolation interpolation);
std::string toString(InputNormalisation normalisation);

} // namespace kps
