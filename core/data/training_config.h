#pragma once
// Everything needed to reproduce a training run (DESIGN.md "Training run directory"): written to
// the run's config.json at start and read back on resume. Defaults are the seed's.

#include "material_mode.h"
#include "model_config.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace kps {

// Photometric augmentation only: geometry would move the keypoints away from their labels.
struct AugmentationConfig
{
    double blurProbability = 0.3;       // chance per image of a Gaussian blur
    double blurMaxSigma = 1.5;          // sigma drawn uniformly in [0.3, max], IMG pixels
    double brightnessProbability = 0.5; // chance per image of a brightness reduction
    double brightnessMinFactor = 0.5;   // pixel values scaled by a factor in [min, max]
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

// The heatmap focal loss (core/keypoint_loss.h): the Keras binary focal cross-entropy, or the
// seed's own a_t (1-p_t)^gamma (-log p_t) on the soft targets.
enum class FocalForm
{
    Bce,
    Seed
};

// How the main phase's learning rate moves: Keras-style ReduceLROnPlateau on the validation loss
// (the seed's), or a linear warm-up then a cosine decay to minLearningRateFraction x the peak,
// set per batch over the planned main-phase epochs.
enum class LearningRateSchedule
{
    Plateau,
    WarmupCosine
};

// The arithmetic of the training steps. Float32 throughout (the seed's, and the default), or bf16
// mixed precision (core/nn/mixed_precision.h: the large maps' convolutions in bfloat16 on the
// CPU; BatchNorm recalibration, validation and prediction stay float32). Auto picks bf16 mixed on a
// CPU with native bf16 (AVX512_BF16 or AMX) and float32 elsewhere; the trainer resolves it when a
// run starts and records the choice in the run's config.json, so that a resume computes what the
// run started with.
enum class TrainingPrecision
{
    Auto,
    Float32,
    BFloat16Mixed
};

// Which validation number picks best.pt. The seed keeps the lowest validation loss; that loss
// rises again while the coordinates keep improving (the focal term grows as peaks sharpen), so
// the default is the mean error. PCK@N is in 128-px (seed-space) pixels.
struct BestCheckpointCriterion
{
    enum class Kind
    {
        ValLoss,
        MeanError,
        Pck
    };
    Kind kind = Kind::MeanError;
    double pckThresholdPx = 5.0; // for Kind::Pck

    // "val_loss", "mean_error", "pck@5"
    std::string toString() const;
    // Throws std::invalid_argument for other text.
    static BestCheckpointCriterion fromString(const std::string& text);
};

// Training on an endless stream of synthetic images instead of a dataset folder: dataDir is
// "synthetic:builtin" (the built-in spacecraft) or "synthetic:<mesh_information.json>". Training
// crops are rendered straight at the model's input size (no full frame, no file), new ones each
// epoch (or the same set every epoch when freshEachEpoch is false); the validation images go
// through the full pipeline (rendered frame -> letterbox -> crop -> resize), like a real dataset.
struct SyntheticDataConfig
{
    int imagesPerEpoch = 2048;
    int validationImages = 256;
    bool freshEachEpoch = true;
    int supersampling = 4;          // samples per crop pixel side when rendering training crops
    int validationFrameWidth = 480; // validation frames (16:9), downscaled by the preprocessing
    int validationFrameHeight = 270;
    // Face colours of the rendered spacecraft (training and validation images alike). A run config
    // written before this field existed reads as PerImage, the only mode there was then.
    MaterialMode materials = MaterialMode::Fixed;

    nlohmann::ordered_json toJson() const;
    static SyntheticDataConfig fromJson(const nlohmann::ordered_json& json);
};

// Whether the main phase trains the backbone. Auto: frozen when ImageNet weights are imported
// (the seed's recipe), trainable for a randomly initialised backbone (freezing random features
// would cripple the model).
enum class BackboneFreeze
{
    Auto,
    Frozen,
    Trainable
};

struct TrainingConfig
{
    std::string recipe = "seed"; // the recipe these values started from (recorded; see fromRecipe)
    std::string dataDir;   // dataset root (4SP layout) or "synthetic:..." (SyntheticDataConfig)
    std::string arraysDir; // set: train on the seed's X_data.npy/Y_data.npz here instead
    ModelConfig model;     // keypointCount is taken from the dataset at start
    int epochs = 20;       // frozen-backbone phase
    int batchSize = 0;     // 0 = device default (128 on CUDA, 32 on CPU), resolved at start
    // Forward passes (micro-batches of batchSize images, summed over the ranks of a data-parallel
    // run) per optimizer step: a step trains on batchSize * accumulateSteps images, whatever the
    // number of ranks.
    int accumulateSteps = 1;
    double learningRate = 5e-4;
    BackboneFreeze freezeBackbone = BackboneFreeze::Auto; // main phase
    bool fineTune = false;                                // second phase with the backbone unfrozen
    int fineTuneEpochs = 10;
    double fineTuneLearningRate = 2e-6;
    PlateauConfig plateau;
    LearningRateSchedule schedule = LearningRateSchedule::Plateau; // main phase
    double warmupEpochs = 0.0;             // WarmupCosine: epochs of linear warm-up from 0
    double minLearningRateFraction = 0.02; // WarmupCosine: final LR / peak LR
    int earlyStoppingPatience = 0;         // epochs without val-loss improvement; 0 = off
    double validationSplit = 0.15;
    unsigned long long seed = 42;
    AugmentationConfig augmentation;
    double headPrior =
        0.01;              // initial heatmap value of a fresh model (initialiseHeadPrior); 0 = off
    double lambdaL1 = 5.0; // loss weights (DESIGN.md "Model")
    double focalAlpha = 0.25;
    double focalGamma = 2.0;
    FocalForm focalForm = FocalForm::Bce;
    // Decoder BatchNorm momentum (PyTorch convention: weight of the new batch). The seed's Keras
    // default 0.01 makes the running statistics lag far behind fast-moving weights.
    double decoderBatchNormMomentum = 0.01;
    // Before each validation, re-estimate every trainable BatchNorm's running statistics on this
    // many training batches (exact averages, no momentum); 0 = off.
    int batchNormRecalibrationBatches = 0;
    BestCheckpointCriterion bestCriterion;
    TrainingPrecision precision = TrainingPrecision::Float32;
    // A bf16_mixed run trains its last epochs of the main phase in float32, so that the final
    // weights suit float32 inference (prediction, ONNX, PyTorch): a model trained in bf16 to the
    // end lost up to 7 points of held-out PCK@5 when run in float32 (docs/training_study.md).
    int float32FinalEpochs = 1;
    SyntheticDataConfig synthetic;
    std::string device = "auto"; // "auto" | "cpu" | "cuda" | "cuda:N"
    int threads = 0;             // CPU intra-op threads for training; 0 = all cores
    int snapshotEvery = 1;       // epochs between heatmap snapshots; 0 = never
    int snapshotSamples = 4;     // fixed validation images in each snapshot
    std::string pretrained;      // torchvision ResNet .pth for the backbone; empty = random init
    std::string cacheDir;        // preprocessed-image cache; empty = ImageCache::defaultCacheDir()

    // "synthetic:..." data (SyntheticDataConfig).
    bool syntheticData() const { return dataDir.rfind(kSyntheticPrefix, 0) == 0; }
    // The mesh file after "synthetic:", empty for "synthetic:builtin".
    std::string syntheticMeshFile() const;
    static constexpr const char* kSyntheticPrefix = "synthetic:";

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

    // A complete recipe (model preset included):
    //  "seed": exactly the seed's train_vis.py: seed preset (ResNet-50 U-Net, 128 -> 64),
    //          batch 128, Adam 5e-4, ReduceLROnPlateau, 20 epochs, seed focal form, no
    //          augmentation, no head prior, Keras BatchNorm momentum, best = lowest val loss;
    //  "cpu-fast": the fastest recipe of docs/training_study.md for a 2-core CPU.
    // Throws std::invalid_argument for an unknown name.
    static TrainingConfig fromRecipe(const std::string& name);
    static std::vector<std::string> recipeNames();
    // "seed" on a GPU, "cpu-fast" on the CPU.
    static std::string defaultRecipe(bool cuda) { return cuda ? "seed" : "cpu-fast"; }

    // Throws std::invalid_argument naming the first bad value.
    void validate() const;

    nlohmann::ordered_json toJson() const;
    // Missing keys keep their defaults; wrong types or values throw std::invalid_argument.
    static TrainingConfig fromJson(const nlohmann::ordered_json& json);
};

std::string toString(BackboneFreeze freeze);            // "auto", "frozen", "trainable"
std::string toString(FocalForm form);                   // "bce", "seed"
FocalForm focalFormFromString(const std::string& text); // throws std::invalid_argument
std::string toString(LearningRateSchedule schedule);    // "plateau", "warmup_cosine"
std::string toString(TrainingPrecision precision);      // "auto", "fp32", "bf16_mixed"
TrainingPrecision trainingPrecisionFromString(const std::string& text);       // throws
LearningRateSchedule learningRateScheduleFromString(const std::string& text); // throws
// Throws std::invalid_argument for other text.
BackboneFreeze backboneFreezeFromString(const std::string& text);

} // namespace kps
