#pragma once
// Everything needed to reproduce a training run (DESIGN.md "Training run directory"): written to
// the run's config.json at start and read back on resume. Defaults are the seed's.

#include "model_config.h"

#include <nlohmann/json.hpp>

#include <string>

namespace kps {

// Photometric augmentation only: geometry would move the keypoints away from their labels.
struct AugmentationConfig
{
    double blurProbability = 0.3;      // chance per image of a Gaussian blur
    double blurMaxSigma = 1.5;         // sigma drawn uniformly in [0.3, max], IMG pixels
    double brightnessProbability = 0.5; // chance per image of a brightness reduction
    double brightnessMinFactor = 0.5;  // pixel values scaled by a factor in [min, max]
    double brightnessMaxFactor = 1.0;

    bool enabled() const { return blurProbability > 0.0 || brightnessProbability > 0.0; }
    nlohmann::ordered_json toJson() const;
    static AugmentationConfig fromJson(const nlohmann::ordered_json& json);
};

// Keras-style ReduceLROnPlateau on the validation loss.
struct PlateauConfig
{
    double factor = 0.8;
    int patience = 10;
    double minLearningRate = 1e-6;
    double minDelta = 1e-4; // an epoch improves only when val loss < best - minDelta

    nlohmann::ordered_json toJson() const;
    static PlateauConfig fromJson(const nlohmann::ordered_json& json);
};

// Whether the main phase trains the backbone. Auto: frozen when ImageNet weights are imported
// (the seed's recipe), trainable for a randomly initialised backbone (freezing random features
// would cripple the model).
enum class BackboneFreeze { Auto, Frozen, Trainable };

struct TrainingConfig
{
    std::string dataDir;          // dataset root (4SP layout)
    std::string arraysDir;        // set: train on the seed's X_data.npy/Y_data.npz here instead
    ModelConfig model;            // keypointCount is taken from the dataset at start
    int epochs = 20;              // frozen-backbone phase
    int batchSize = 0;            // 0 = device default (128 on CUDA, 32 on CPU), resolved at start
    double learningRate = 5e-4;
    BackboneFreeze freezeBackbone = BackboneFreeze::Auto; // main phase
    bool fineTune = false;        // second phase with the backbone unfrozen
    int fineTuneEpochs = 10;
    double fineTuneLearningRate = 2e-6;
    PlateauConfig plateau;
    int earlyStoppingPatience = 0; // epochs without val-loss improvement; 0 = off
    double validationSplit = 0.15;
    unsigned long long seed = 42;
    AugmentationConfig augmentation;
    double headPrior = 0.01;      // initial heatmap value of a fresh model (initialiseHeadPrior); 0 = off
    double lambdaL1 = 5.0;        // loss weights (DESIGN.md "Model")
    double focalAlpha = 0.25;
    double focalGamma = 2.0;
    std::string device = "auto";  // "auto" | "cpu" | "cuda" | "cuda:N"
    int threads = 0;              // CPU intra-op threads for training; 0 = all cores
    int snapshotEvery = 1;        // epochs between heatmap snapshots; 0 = never
    int snapshotSamples = 4;      // fixed validation images in each snapshot
    std::string pretrained;       // torchvision ResNet .pth for the backbone; empty = random init
    std::string cacheDir;         // preprocessed-image cache; empty = ImageCache::defaultCacheDir()

    bool backboneFrozenInMainPhase() const
    {
        return freezeBackbone == BackboneFreeze::Frozen ||
               (freezeBackbone == BackboneFreeze::Auto && !pretrained.empty());
    }
    int totalEpochs() const { return epochs + (fineTune ? fineTuneEpochs : 0); }
    static int defaultBatchSize(bool cuda) { return cuda ? 128 : 32; }
    // "seed" on a GPU, "small" on the CPU (DESIGN.md "Model").
    static std::string defaultPreset(bool cuda) { return cuda ? "seed" : "small"; }
    // A preset's model with keypointCount 0 (= taken from the dataset when the run starts).
    // Throws std::invalid_argument for an unknown name.
    static ModelConfig presetModel(const std::string& name);

    // Throws std::invalid_argument naming the first bad value.
    void validate() const;

    nlohmann::ordered_json toJson() const;
    // Missing keys keep their defaults; wrong types or values throw std::invalid_argument.
    static TrainingConfig fromJson(const nlohmann::ordered_json& json);
};

std::string toString(BackboneFreeze freeze); // "auto", "frozen", "trainable"
// Throws std::invalid_argument for other text.
BackboneFreeze backboneFreezeFromString(const std::string& text);

} // namespace kps
