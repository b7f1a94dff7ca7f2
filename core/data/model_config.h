#pragma once
// Everything that defines a keypoint network's shape and its input/output conventions. Stored as
// JSON inside every weights file, so a file alone is enough to rebuild and run its model.

#include "preprocess_config.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace kps {

struct ModelConfig
{
    std::string preset = "small";                         // "seed", "small", "tiny" (or "custom")
    std::string backbone = "resnet18";                    // resnet18 | resnet34 | resnet50
    std::vector<int> decoderWidths{256, 128, 64, 32, 32}; // f[0..4]
    int keypointCount = 0;                                // K
    double softArgMaxBeta = 15.0;
    PreprocessConfig preprocess;

    // Throws std::invalid_argument naming the bad value. Besides the ranges it checks that the
    // network's geometry works: imageSize a multiple of 32 (five stride-2 stages must line up
    // with the skips). heatmapSize may be anything in [4, 4*imageSize]: the decoder's natural
    // output is imageSize/2 and the head output is resized bilinearly when they differ.
    void validate() const;

    // {"preset", "backbone", "decoder_widths", "keypoint_count", "soft_argmax_beta", "preprocess"}
    nlohmann::ordered_json toJson() const;
    // Missing keys keep their defaults; wrong types or values throw std::invalid_argument.
    static ModelConfig fromJson(const nlohmann::ordered_json& json);
    // "seed": resnet50 + [1024,512,256,128,64] (the GPU default); "small": resnet18 +
    // [256,128,64,32,32] (the CPU default); "tiny": resnet18 + [64,32,16,16,16] (tests, demos).
    // All use the default PreprocessConfig (128 -> 64). Throws std::invalid_argument on an
    // unknown name or keypointCount < 1.
    static ModelConfig fromPreset(const std::string& name, int keypointCount);
    static std::vector<std::string> presetNames();
    static std::vector<std::string> backboneNames();
};

} // namespace kps
