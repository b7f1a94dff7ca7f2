#include "model_config.h"

#include "json_fields.h"

#include <algorithm>
#include <stdexcept>

namespace kps {

namespace {

std::string joined(const std::vector<std::string>& names)
{
    std::string text;
    for (const auto& name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

} // namespace

std::vector<std::string> ModelConfig::presetNames()
{
    return {"seed", "small", "tiny"};
}

std::vector<std::string> ModelConfig::backboneNames()
{
    return {"resnet18", "resnet34", "resnet50", "resnet50_keras"};
}

void ModelConfig::validate() const
{
    const auto backbones = backboneNames();
    if (std::find(backbones.begin(), backbones.end(), backbone) == backbones.end())
        throw std::invalid_argument("model.backbone must be one of " + joined(backbones) +
                                    ", got \"" + backbone + "\"");
    if (decoderWidths.size() != 5)
        throw std::invalid_argument("model.decoder_widths must hold 5 widths, got " +
                                    std::to_string(decoderWidths.size()));
    for (std::size_t i = 0; i < decoderWidths.size(); ++i) {
        // f[0..3] feed a skip of f/2 channels, so they must be even and at least 2.
        const int width = decoderWidths[i];
        if (width < 1 || (i < 4 && (width < 2 || width % 2 != 0)))
            throw std::invalid_argument("model.decoder_widths[" + std::to_string(i) +
                                        "] must be a positive" + (i < 4 ? " even" : "") +
                                        " number, got " + std::to_string(width));
    }
    if (keypointCount < 1)
        throw std::invalid_argument("model.keypoint_count must be at least 1, got " +
                                    std::to_string(keypointCount));
    if (!(softArgMaxBeta > 0.0))
        throw std::invalid_argument("model.soft_argmax_beta must be positive");
    preprocess.validate();
    if (preprocess.imageSize % 32 != 0)
        throw std::invalid_argument(
            "preprocess.image_size must be a multiple of 32 for the ResNet U-Net "
            "(its skips line up only then), got " +
            std::to_string(preprocess.imageSize));
    if (preprocess.heatmapSize < 4 || preprocess.heatmapSize > 4 * preprocess.imageSize)
        throw std::invalid_argument("preprocess.heatmap_size must be in [4, 4 x image_size], got " +
                                    std::to_string(preprocess.heatmapSize));
}

nlohmann::ordered_json ModelConfig::toJson() const
{
    return {{"preset", preset},
            {"backbone", backbone},
            {"decoder_widths", decoderWidths},
            {"keypoint_count", keypointCount},
            {"soft_argmax_beta", softArgMaxBeta},
            {"preprocess", preprocess.toJson()}};
}

ModelConfig ModelConfig::fromJson(const nlohmann::ordered_json& json)
{
    if (!json.is_object())
        throw std::invalid_argument("the model configuration must be a JSON object");
    ModelConfig config;
    config.preset = jsonFieldOr(json, "preset", config.preset, "model");
    config.backbone = jsonFieldOr(json, "backbone", config.backbone, "model");
    config.decoderWidths = jsonFieldOr(json, "decoder_widths", config.decoderWidths, "model");
    config.keypointCount = jsonFieldOr(json, "keypoint_count", config.keypointCount, "model");
    config.softArgMaxBeta = jsonFieldOr(json, "soft_argmax_beta", config.softArgMaxBeta, "model");
    if (json.contains("preprocess"))
        config.preprocess = PreprocessConfig::fromJson(json.at("preprocess"));
    config.validate();
    return config;
}

ModelConfig ModelConfig::fromPreset(const std::string& name, int keypointCount)
{
    ModelConfig config;
    config.preset = name;
    config.keypointCount = keypointCount;
    if (name == "seed") {
        config.backbone = "resnet50";
        config.decoderWidths = {1024, 512, 256, 128, 64};
    } else if (name == "small") {
        config.backbone = "resnet18";
        config.decoderWidths = {256, 128, 64, 32, 32};
    } else if (name == "tiny") {
        config.backbone = "resnet18";
        config.decoderWidths = {64, 32, 16, 16, 16};
    } else {
        throw std::invalid_argument("unknown model preset \"" + name +
                                    "\" (known: " + joined(presetNames()) + ")");
    }
    config.validate();
    return config;
}

} // namespace kps
