#include "preprocess_config.h"

#include "json_fields.h"
#include "stable_hash.h"

#include <cstdint>
#include <iomanip>
#include <sstream>
#include <stdexcept>

namespace kps {

namespace {

void requirePositive(int value, const char* name)
{
    if (value <= 0)
        throw std::invalid_argument(std::string("preprocess.") + name + " must be positive, got " +
                                    std::to_string(value));
}

} // namespace

std::string toString(ResizeInterpolation interpolation)
{
    return interpolation == ResizeInterpolation::Area ? "area" : "bilinear";
}

std::string toString(InputNormalisation normalisation)
{
    return normalisation == InputNormalisation::Torchvision ? "torchvision" : "caffe";
}

void PreprocessConfig::validate() const
{
    requirePositive(canvasWidth, "canvas_width");
    requirePositive(canvasHeight, "canvas_height");
    requirePositive(cropWidth, "crop_width");
    requirePositive(cropHeight, "crop_height");
    requirePositive(imageSize, "image_size");
    requirePositive(heatmapSize, "heatmap_size");
    if (cropWidth > canvasWidth || cropHeight > canvasHeight)
        throw std::invalid_argument("preprocess: the crop (" + std::to_string(cropWidth) + "x" +
                                    std::to_string(cropHeight) + ") must fit in the canvas (" +
                                    std::to_string(canvasWidth) + "x" +
                                    std::to_string(canvasHeight) + ")");
    if (!(sigma > 0.0))
        throw std::invalid_argument("preprocess.sigma must be positive");
}

nlohmann::ordered_json PreprocessConfig::toJson() const
{
    return {{"canvas_width", canvasWidth},
            {"canvas_height", canvasHeight},
            {"crop_width", cropWidth},
            {"crop_height", cropHeight},
            {"image_size", imageSize},
            {"heatmap_size", heatmapSize},
            {"sigma", sigma},
            {"interpolation", toString(interpolation)},
            {"normalisation", toString(normalisation)}};
}

PreprocessConfig PreprocessConfig::fromJson(const nlohmann::ordered_json& json)
{
    if (!json.is_object())
        throw std::invalid_argument("preprocess must be a JSON object");
    PreprocessConfig config;
    config.canvasWidth = jsonFieldOr(json, "canvas_width", config.canvasWidth, "preprocess");
    config.canvasHeight = jsonFieldOr(json, "canvas_height", config.canvasHeight, "preprocess");
    config.cropWidth = jsonFieldOr(json, "crop_width", config.cropWidth, "preprocess");
    config.cropHeight = jsonFieldOr(json, "crop_height", config.cropHeight, "preprocess");
    config.imageSize = jsonFieldOr(json, "image_size", config.imageSize, "preprocess");
    config.heatmapSize = jsonFieldOr(json, "heatmap_size", config.heatmapSize, "preprocess");
    config.sigma = jsonFieldOr(json, "sigma", config.sigma, "preprocess");
    const std::string interpolation = jsonFieldOr<std::string>(
        json, "interpolation", toString(config.interpolation), "preprocess");
    if (interpolation == "area")
        config.interpolation = ResizeInterpolation::Area;
    else if (interpolation == "bilinear")
        config.interpolation = ResizeInterpolation::Bilinear;
    else
        throw std::invalid_argument(
            "preprocess.interpolation must be \"area\" or \"bilinear\", got \"" + interpolation +
            "\"");
    const std::string normalisation = jsonFieldOr<std::string>(
        json, "normalisation", toString(config.normalisation), "preprocess");
    if (normalisation == "torchvision")
        config.normalisation = InputNormalisation::Torchvision;
    else if (normalisation == "caffe")
        config.normalisation = InputNormalisation::Caffe;
    else
        throw std::invalid_argument(
            "preprocess.normalisation must be \"torchvision\" or \"caffe\", got \"" +
            normalisation + "\"");
    config.validate();
    return config;
}

std::string PreprocessConfig::cacheKey() const
{
    // Only what changes the uint8 crops: heatmap size, sigma and normalisation do not.
    std::ostringstream canonical;
    canonical << "v1|" << canvasWidth << 'x' << canvasHeight << '|' << cropWidth << 'x'
              << cropHeight << '|' << imageSize << '|' << toString(interpolation);
    std::ostringstream hex;
    hex << std::hex << std::setw(16) << std::setfill('0') << stableHash(canonical.str());
    return hex.str();
}

} // namespace kps
