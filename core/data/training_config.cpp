#include "training_config.h"

#include "json_fields.h"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace kps {

namespace {

using Json = nlohmann::ordered_json;

const Json& objectAt(const Json& json, const char* key)
{
    static const Json empty = Json::object();
    const auto found = json.find(key);
    if (found == json.end() || found->is_null())
        return empty;
    if (!found->is_object())
        throw std::invalid_argument(std::string(key) + ": expected an object");
    return *found;
}

void require(bool condition, const std::string& message)
{
    if (!condition)
        throw std::invalid_argument(message);
}

bool isProbability(double p)
{
    return p >= 0.0 && p <= 1.0;
}

} // namespace

std::string toString(BackboneFreeze freeze)
{
    switch (freeze) {
    case BackboneFreeze::Frozen:
        return "frozen";
    case BackboneFreeze::Trainable:
        return "trainable";
    case BackboneFreeze::Auto:
        break;
    }
    return "auto";
}

BackboneFreeze backboneFreezeFromString(const std::string& text)
{
    if (text == "auto")
        return BackboneFreeze::Auto;
    if (text == "frozen")
        return BackboneFreeze::Frozen;
    if (text == "trainable")
        return BackboneFreeze::Trainable;
    throw std::invalid_argument("backbone freeze must be auto, frozen or trainable (got \"" + text +
                                "\")");
}

std::string toString(FocalForm form)
{
    return form == FocalForm::Seed ? "seed" : "bce";
}

FocalForm focalFormFromString(const std::string& text)
{
    if (text == "bce")
        return FocalForm::Bce;
    if (text == "seed")
        return FocalForm::Seed;
    throw std::invalid_argument("focal loss form must be bce or seed (got \"" + text + "\")");
}

std::string toString(LearningRateSchedule schedule)
{
    return schedule == LearningRateSchedule::WarmupCosine ? "warmup_cosine" : "plateau";
}

LearningRateSchedule learningRateScheduleFromString(const std::string& text)
{
    if (text == "plateau")
        return LearningRateSchedule::Plateau;
    if (text == "warmup_cosine")
        return LearningRateSchedule::WarmupCosine;
    throw std::invalid_argument("learning-rate schedule must be plateau or warmup_cosine (got \"" +
                                text + "\")");
}

std::string toString(TrainingPrecision precision)
{
    switch (precision) {
    case TrainingPrecision::Auto:
        return "auto";
    case TrainingPrecision::BFloat16Mixed:
        return "bf16_mixed";
    case TrainingPrecision::Float32:
        break;
    }
    return "fp32";
}

TrainingPrecision trainingPrecisionFromString(const std::string& text)
{
    for (const TrainingPrecision precision :
         {TrainingPrecision::Auto, TrainingPrecision::Float32, TrainingPrecision::BFloat16Mixed})
        if (text == toString(precision))
            return precision;
    throw std::invalid_argument("precision must be auto, fp32 or bf16_mixed (got \"" + text +
                                "\")");
}

std::string BestCheckpointCriterion::toString() const
{
    switch (kind) {
    case Kind::ValLoss:
        return "val_loss";
    case Kind::Pck: {
        std::ostringstream text;
        text << "pck@" << pckThresholdPx;
        return text.str();
    }
    case Kind::MeanError:
        break;
    }
    return "mean_error";
}

BestCheckpointCriterion BestCheckpointCriterion::fromString(const std::string& text)
{
    BestCheckpointCriterion criterion;
    if (text == "val_loss") {
        criterion.kind = Kind::ValLoss;
        return criterion;
    }
    if (text == "mean_error") {
        criterion.kind = Kind::MeanError;
        return criterion;
    }
    if (text.rfind("pck@", 0) == 0) {
        std::size_t used = 0;
        double threshold = 0;
        try {
            threshold = std::stod(text.substr(4), &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used > 0 && used == text.size() - 4 && threshold > 0.0 && std::isfinite(threshold)) {
            criterion.kind = Kind::Pck;
            criterion.pckThresholdPx = threshold;
            return criterion;
        }
    }
    throw std::invalid_argument(
        "best-checkpoint criterion must be val_loss, mean_error or pck@N with N > 0 (got \"" +
        text + "\")");
}

Json SyntheticDataConfig::toJson() const
{
    return Json{{"images_per_epoch", imagesPerEpoch},
                {"validation_images", validationImages},
                {"fresh_each_epoch", freshEachEpoch},
                {"supersampling", supersampling},
                {"validation_frame_width", validationFrameWidth},
                {"validation_frame_height", validationFrameHeight},
                {"materials", materialModeName(materials)}};
}

SyntheticDataConfig SyntheticDataConfig::fromJson(const Json& json)
{
    SyntheticDataConfig config;
    readJsonField(json, "images_per_epoch", config.imagesPerEpoch, "synthetic");
    readJsonField(json, "validation_images", config.validationImages, "synthetic");
    readJsonField(json, "fresh_each_epoch", config.freshEachEpoch, "synthetic");
    readJsonField(json, "supersampling", config.supersampling, "synthetic");
    readJsonField(json, "validation_frame_width", config.validationFrameWidth, "synthetic");
    readJsonField(json, "validation_frame_height", config.validationFrameHeight, "synthetic");
    std::string materials = materialModeName(config.materials);
    readJsonField(json, "materials", materials, "synthetic");
    const auto mode = parseMaterialMode(materials);
    if (!mode)
        throw std::invalid_argument(
            "synthetic.materials: expected \"fixed\" or \"random\" (got \"" + materials + "\")");
    config.materials = *mode;
    return config;
}

std::string TrainingConfig::syntheticMeshFile() const
{
    if (!syntheticData())
        return {};
    const std::string rest = dataDir.substr(std::string(kSyntheticPrefix).size());
    return rest == "builtin" ? std::string() : rest;
}

TrainingConfig TrainingConfig::fromRecipe(const std::string& name)
{
    TrainingConfig config;
    config.recipe = name;
    if (name == "seed") {
        config.model = presetModel("seed");
        config.epochs = 20;
        config.batchSize = 128;
        config.learningRate = 5e-4;
        config.schedule = LearningRateSchedule::Plateau;
        config.focalForm = FocalForm::Seed;
        config.augmentation.blurProbability = 0.0; // the seed's code has no augmentation
        config.augmentation.brightnessProbability = 0.0;
        config.headPrior = 0.0;
        config.decoderBatchNormMomentum = 0.01;
        config.batchNormRecalibrationBatches = 0;
        config.bestCriterion.kind = BestCheckpointCriterion::Kind::ValLoss;
        return config;
    }
    if (name == "cpu-fast") {
        // docs/training_study.md: each value below won on its own and in combination.
        config.model = presetModel("small");
        config.model.preprocess.imageSize = 64;
        config.model.preprocess.heatmapSize = 32;
        config.epochs = 30;
        // Batch 32 since the fifth session: 1.26x the img/s of batch 16 on 2 cores, and ahead of
        // it on the 15-minute demo's held-out set despite half the steps.
        config.batchSize = 32;
        // 4e-3 since the third session: ahead of 2e-3 at each of the first 10 epochs (run V1).
        config.learningRate = 4e-3;
        // SoftArgMax beta 30 since the fourth session: more keypoints within 5 px than beta 15
        // and 20 at equal images in every run that compared them (W1, W3, X runs and the demo).
        config.model.softArgMaxBeta = 30.0;
        config.schedule = LearningRateSchedule::WarmupCosine;
        config.warmupEpochs = 1.0;
        config.focalForm = FocalForm::Seed;
        config.decoderBatchNormMomentum = 0.1;
        // 10 batches of 32 since the sixth session: the 320 images of the 20 batches of 16 that
        // won in the study, at half the recalibration time per epoch of 20 batches of 32.
        config.batchNormRecalibrationBatches = 10;
        config.bestCriterion.kind = BestCheckpointCriterion::Kind::MeanError;
        // bf16 mixed precision where the CPU has native bf16, since the sixth session: 1.28x the
        // training step on this machine's AMX, with the accuracy of float32 per image.
        config.precision = TrainingPrecision::Auto;
        return config;
    }
    throw std::invalid_argument("unknown recipe \"" + name + "\" (expected seed or cpu-fast)");
}

std::vector<std::string> TrainingConfig::recipeNames()
{
    return {"seed", "cpu-fast"};
}

Json AugmentationConfig::toJson() const
{
    return Json{{"blur_probability", blurProbability},
                {"blur_max_sigma", blurMaxSigma},
                {"brightness_probability", brightnessProbability},
                {"brightness_min_factor", brightnessMinFactor},
                {"brightness_max_factor", brightnessMaxFactor}};
}

AugmentationConfig AugmentationConfig::fromJson(const Json& json)
{
    AugmentationConfig config;
    readJsonField(json, "blur_probability", config.blurProbability, "augmentation");
    readJsonField(json, "blur_max_sigma", config.blurMaxSigma, "augmentation");
    readJsonField(json, "brightness_probability", config.brightnessProbability, "augmentation");
    readJsonField(json, "brightness_min_factor", config.brightnessMinFactor, "augmentation");
    readJsonField(json, "brightness_max_factor", config.brightnessMaxFactor, "augmentation");
    return config;
}

Json PlateauConfig::toJson() const
{
    return Json{{"factor", factor},
                {"patience", patience},
                {"min_learning_rate", minLearningRate},
                {"min_delta", minDelta}};
}

PlateauConfig PlateauConfig::fromJson(const Json& json)
{
    PlateauConfig config;
    readJsonField(json, "factor", config.factor, "plateau");
    readJsonField(json, "patience", config.patience, "plateau");
    readJsonField(json, "min_learning_rate", config.minLearningRate, "plateau");
    readJsonField(json, "min_delta", config.minDelta, "plateau");
    return config;
}

ModelConfig TrainingConfig::presetModel(const std::string& name)
{
    ModelConfig model = ModelConfig::fromPreset(name, 1);
    model.keypointCount = 0;
    return model;
}

void TrainingConfig::validate() const
{
    require(epochs >= 0, "epochs must be >= 0");
    require(batchSize >= 0, "batch size must be >= 0 (0 = device default)");
    require(accumulateSteps >= 1, "accumulate steps must be >= 1");
    require(learningRate > 0.0, "learning rate must be > 0");
    require(fineTuneEpochs >= 0, "fine-tune epochs must be >= 0");
    require(fineTuneLearningRate > 0.0, "fine-tune learning rate must be > 0");
    require(totalEpochs() > 0, "nothing to train: 0 epochs");
    require(plateau.factor > 0.0 && plateau.factor <= 1.0, "plateau factor must be in (0, 1]");
    require(plateau.patience >= 1, "plateau patience must be >= 1");
    require(plateau.minLearningRate >= 0.0, "plateau minimum learning rate must be >= 0");
    require(earlyStoppingPatience >= 0, "early stopping patience must be >= 0");
    require(float32FinalEpochs >= 0, "float32_final_epochs must be >= 0");
    require(validationSplit > 0.0 && validationSplit < 1.0, "validation split must be in (0, 1)");
    require(isProbability(augmentation.blurProbability), "blur probability must be in [0, 1]");
    require(augmentation.blurMaxSigma >= 0.0, "blur sigma must be >= 0");
    require(isProbability(augmentation.brightnessProbability),
            "brightness probability must be in [0, 1]");
    require(augmentation.brightnessMinFactor >= 0.0 &&
                augmentation.brightnessMinFactor <= augmentation.brightnessMaxFactor &&
                augmentation.brightnessMaxFactor <= 1.0,
            "brightness factors must satisfy 0 <= min <= max <= 1");
    require(lambdaL1 >= 0.0, "lambda L1 must be >= 0");
    require(headPrior >= 0.0 && headPrior < 1.0, "head prior must be in [0, 1)");
    require(threads >= 0, "threads must be >= 0 (0 = all cores)");
    require(snapshotEvery >= 0, "snapshot interval must be >= 0");
    require(warmupEpochs >= 0.0, "warm-up epochs must be >= 0");
    require(minLearningRateFraction >= 0.0 && minLearningRateFraction <= 1.0,
            "final learning-rate fraction must be in [0, 1]");
    require(decoderBatchNormMomentum > 0.0 && decoderBatchNormMomentum <= 1.0,
            "decoder BatchNorm momentum must be in (0, 1]");
    require(batchNormRecalibrationBatches >= 0, "BatchNorm recalibration batches must be >= 0");
    if (syntheticData()) {
        require(synthetic.imagesPerEpoch >= 1, "synthetic images per epoch must be >= 1");
        require(synthetic.validationImages >= 1, "synthetic validation images must be >= 1");
        require(synthetic.supersampling >= 1 && synthetic.supersampling <= 8,
                "synthetic supersampling must be in [1, 8]");
        require(synthetic.validationFrameWidth >= 16 && synthetic.validationFrameHeight >= 16,
                "synthetic validation frames must be at least 16 x 16");
    }
    require(snapshotSamples >= 0, "snapshot sample count must be >= 0");
    const bool deviceOk = device == "auto" || device == "cpu" || device == "cuda" ||
                          (device.rfind("cuda:", 0) == 0 && device.size() > 5 &&
                           device.find_first_not_of("0123456789", 5) == std::string::npos);
    require(deviceOk, "device must be auto, cpu, cuda or cuda:N (got \"" + device + "\")");
    model.preprocess.validate();
}

Json TrainingConfig::toJson() const
{
    Json json;
    json["format"] = "keypoint-studio-training-config";
    json["version"] = 1;
    json["recipe"] = recipe;
    json["data_dir"] = dataDir;
    if (!arraysDir.empty())
        json["arrays_dir"] = arraysDir;
    json["model"] = model.toJson();
    json["epochs"] = epochs;
    json["batch_size"] = batchSize;
    json["accumulate_steps"] = accumulateSteps;
    json["learning_rate"] = learningRate;
    json["freeze_backbone"] = toString(freezeBackbone);
    json["fine_tune"] = fineTune;
    json["fine_tune_epochs"] = fineTuneEpochs;
    json["fine_tune_learning_rate"] = fineTuneLearningRate;
    json["plateau"] = plateau.toJson();
    json["schedule"] = Json{{"kind", toString(schedule)},
                            {"warmup_epochs", warmupEpochs},
                            {"min_learning_rate_fraction", minLearningRateFraction}};
    json["early_stopping_patience"] = earlyStoppingPatience;
    json["validation_split"] = validationSplit;
    json["seed"] = seed;
    json["augmentation"] = augmentation.toJson();
    json["head_prior"] = headPrior;
    json["loss"] = Json{{"lambda_l1", lambdaL1},
                        {"focal_alpha", focalAlpha},
                        {"focal_gamma", focalGamma},
                        {"focal", toString(focalForm)}};
    json["batch_norm"] = Json{{"decoder_momentum", decoderBatchNormMomentum},
                              {"recalibration_batches", batchNormRecalibrationBatches}};
    json["best_checkpoint"] = bestCriterion.toString();
    json["precision"] = toString(precision);
    json["float32_final_epochs"] = float32FinalEpochs;
    json["synthetic"] = synthetic.toJson();
    json["device"] = device;
    json["threads"] = threads;
    json["snapshot_every"] = snapshotEvery;
    json["snapshot_samples"] = snapshotSamples;
    json["pretrained"] = pretrained;
    json["cache_dir"] = cacheDir;
    return json;
}

TrainingConfig TrainingConfig::fromJson(const Json& json)
{
    if (!json.is_object())
        throw std::invalid_argument("training config: expected a JSON object");
    TrainingConfig config;
    readJsonField(json, "recipe", config.recipe);
    readJsonField(json, "data_dir", config.dataDir);
    readJsonField(json, "arrays_dir", config.arraysDir);
    if (const auto found = json.find("model"); found != json.end() && !found->is_null()) {
        if (!found->is_object())
            throw std::invalid_argument("model: expected an object");
        // A config made before the dataset was scanned has keypoint_count 0, which a model
        // config alone rejects: parse with 1 and restore it.
        Json model = *found;
        const int keypoints = model.value("keypoint_count", 0);
        if (keypoints < 1)
            model["keypoint_count"] = 1;
        config.model = ModelConfig::fromJson(model);
        if (keypoints < 1)
            config.model.keypointCount = 0;
    }
    readJsonField(json, "epochs", config.epochs);
    readJsonField(json, "batch_size", config.batchSize);
    readJsonField(json, "accumulate_steps", config.accumulateSteps);
    readJsonField(json, "learning_rate", config.learningRate);
    std::string freeze = toString(config.freezeBackbone);
    readJsonField(json, "freeze_backbone", freeze);
    try {
        config.freezeBackbone = backboneFreezeFromString(freeze);
    } catch (const std::invalid_argument& error) {
        throw std::invalid_argument(std::string("freeze_backbone: ") + error.what());
    }
    readJsonField(json, "fine_tune", config.fineTune);
    readJsonField(json, "fine_tune_epochs", config.fineTuneEpochs);
    readJsonField(json, "fine_tune_learning_rate", config.fineTuneLearningRate);
    config.plateau = PlateauConfig::fromJson(objectAt(json, "plateau"));
    const Json& schedule = objectAt(json, "schedule");
    std::string scheduleKind = toString(config.schedule);
    readJsonField(schedule, "kind", scheduleKind, "schedule");
    readJsonField(schedule, "warmup_epochs", config.warmupEpochs, "schedule");
    readJsonField(schedule, "min_learning_rate_fraction", config.minLearningRateFraction,
                  "schedule");
    readJsonField(json, "early_stopping_patience", config.earlyStoppingPatience);
    readJsonField(json, "validation_split", config.validationSplit);
    readJsonField(json, "seed", config.seed);
    config.augmentation = AugmentationConfig::fromJson(objectAt(json, "augmentation"));
    readJsonField(json, "head_prior", config.headPrior);
    const Json& loss = objectAt(json, "loss");
    readJsonField(loss, "lambda_l1", config.lambdaL1, "loss");
    readJsonField(loss, "focal_alpha", config.focalAlpha, "loss");
    readJsonField(loss, "focal_gamma", config.focalGamma, "loss");
    std::string focal = toString(config.focalForm);
    readJsonField(loss, "focal", focal, "loss");
    const Json& batchNorm = objectAt(json, "batch_norm");
    readJsonField(batchNorm, "decoder_momentum", config.decoderBatchNormMomentum, "batch_norm");
    readJsonField(batchNorm, "recalibration_batches", config.batchNormRecalibrationBatches,
                  "batch_norm");
    std::string best = config.bestCriterion.toString();
    // A run made before the criterion existed kept the lowest validation loss.
    if (json.contains("format") && !json.contains("best_checkpoint"))
        best = "val_loss";
    readJsonField(json, "best_checkpoint", best);
    // A run made before the key existed trained in float32, the default.
    std::string precision = toString(config.precision);
    readJsonField(json, "precision", precision);
    readJsonField(json, "float32_final_epochs", config.float32FinalEpochs);
    config.synthetic = SyntheticDataConfig::fromJson(objectAt(json, "synthetic"));
    // A run made before the fixed livery existed rendered per-image colours.
    if (json.contains("format") && !objectAt(json, "synthetic").contains("materials"))
        config.synthetic.materials = MaterialMode::PerImage;
    try {
        config.schedule = learningRateScheduleFromString(scheduleKind);
        config.focalForm = focalFormFromString(focal);
        config.bestCriterion = BestCheckpointCriterion::fromString(best);
        config.precision = trainingPrecisionFromString(precision);
    } catch (const std::invalid_argument& error) {
        throw std::invalid_argument(std::string("training config: ") + error.what());
    }
    readJsonField(json, "device", config.device);
    readJsonField(json, "threads", config.threads);
    readJsonField(json, "snapshot_every", config.snapshotEvery);
    readJsonField(json, "snapshot_samples", config.snapshotSamples);
    readJsonField(json, "pretrained", config.pretrained);
    readJsonField(json, "cache_dir", config.cacheDir);
    config.validate();
    return config;
}

} // namespace kps
