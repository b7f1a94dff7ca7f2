#include "training_config.h"

#include "json_fields.h"

#include <stdexcept>

namespace kps {

namespace {

using Json = nlohmann::ordered_json;

// Reads json[key] into value when present; a wrong type names the key.
template <typename T>
void readOptional(const Json& json, const char* key, T& value)
{
    const auto found = json.find(key);
    if (found == json.end() || found->is_null())
        return;
    try {
        checkJsonFieldType<T>(*found);
        value = found->get<T>();
    } catch (const std::exception& error) {
        throw std::invalid_argument(std::string("\"") + key + "\": " + error.what());
    }
}

const Json& objectAt(const Json& json, const char* key)
{
    static const Json empty = Json::object();
    const auto found = json.find(key);
    if (found == json.end() || found->is_null())
        return empty;
    if (!found->is_object())
        throw std::invalid_argument(std::string("\"") + key + "\": expected an object");
    return *found;
}

void require(bool condition, const std::string& message)
{
    if (!condition)
        throw std::invalid_argument(message);
}

bool isProbability(double p) { return p >= 0.0 && p <= 1.0; }

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
    throw std::invalid_argument("backbone freeze must be auto, frozen or trainable (got \"" + text + "\")");
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
    readOptional(json, "blur_probability", config.blurProbability);
    readOptional(json, "blur_max_sigma", config.blurMaxSigma);
    readOptional(json, "brightness_probability", config.brightnessProbability);
    readOptional(json, "brightness_min_factor", config.brightnessMinFactor);
    readOptional(json, "brightness_max_factor", config.brightnessMaxFactor);
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
    readOptional(json, "factor", config.factor);
    readOptional(json, "patience", config.patience);
    readOptional(json, "min_learning_rate", config.minLearningRate);
    readOptional(json, "min_delta", config.minDelta);
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
    require(learningRate > 0.0, "learning rate must be > 0");
    require(fineTuneEpochs >= 0, "fine-tune epochs must be >= 0");
    require(fineTuneLearningRate > 0.0, "fine-tune learning rate must be > 0");
    require(totalEpochs() > 0, "nothing to train: 0 epochs");
    require(plateau.factor > 0.0 && plateau.factor <= 1.0, "plateau factor must be in (0, 1]");
    require(plateau.patience >= 1, "plateau patience must be >= 1");
    require(plateau.minLearningRate >= 0.0, "plateau minimum learning rate must be >= 0");
    require(earlyStoppingPatience >= 0, "early stopping patience must be >= 0");
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
    json["data_dir"] = dataDir;
    if (!arraysDir.empty())
        json["arrays_dir"] = arraysDir;
    json["model"] = model.toJson();
    json["epochs"] = epochs;
    json["batch_size"] = batchSize;
    json["learning_rate"] = learningRate;
    json["freeze_backbone"] = toString(freezeBackbone);
    json["fine_tune"] = fineTune;
    json["fine_tune_epochs"] = fineTuneEpochs;
    json["fine_tune_learning_rate"] = fineTuneLearningRate;
    json["plateau"] = plateau.toJson();
    json["early_stopping_patience"] = earlyStoppingPatience;
    json["validation_split"] = validationSplit;
    json["seed"] = seed;
    json["augmentation"] = augmentation.toJson();
    json["head_prior"] = headPrior;
    json["loss"] = Json{{"lambda_l1", lambdaL1}, {"focal_alpha", focalAlpha}, {"focal_gamma", focalGamma}};
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
    readOptional(json, "data_dir", config.dataDir);
    readOptional(json, "arrays_dir", config.arraysDir);
    if (const auto found = json.find("model"); found != json.end() && !found->is_null()) {
        if (!found->is_object())
            throw std::invalid_argument("\"model\": expected an object");
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
    readOptional(json, "epochs", config.epochs);
    readOptional(json, "batch_size", config.batchSize);
    readOptional(json, "learning_rate", config.learningRate);
    std::string freeze = toString(config.freezeBackbone);
    readOptional(json, "freeze_backbone", freeze);
    try {
        config.freezeBackbone = backboneFreezeFromString(freeze);
    } catch (const std::invalid_argument& error) {
        throw std::invalid_argument(std::string("\"freeze_backbone\": ") + error.what());
    }
    readOptional(json, "fine_tune", config.fineTune);
    readOptional(json, "fine_tune_epochs", config.fineTuneEpochs);
    readOptional(json, "fine_tune_learning_rate", config.fineTuneLearningRate);
    config.plateau = PlateauConfig::fromJson(objectAt(json, "plateau"));
    readOptional(json, "early_stopping_patience", config.earlyStoppingPatience);
    readOptional(json, "validation_split", config.validationSplit);
    readOptional(json, "seed", config.seed);
    config.augmentation = AugmentationConfig::fromJson(objectAt(json, "augmentation"));
    readOptional(json, "head_prior", config.headPrior);
    const Json& loss = objectAt(json, "loss");
    readOptional(loss, "lambda_l1", config.lambdaL1);
    readOptional(loss, "focal_alpha", config.focalAlpha);
    readOptional(loss, "focal_gamma", config.focalGamma);
    readOptional(json, "device", config.device);
    readOptional(json, "threads", config.threads);
    readOptional(json, "snapshot_every", config.snapshotEvery);
    readOptional(json, "snapshot_samples", config.snapshotSamples);
    readOptional(json, "pretrained", config.pretrained);
    readOptional(json, "cache_dir", config.cacheDir);
    config.validate();
    return config;
}

} // namespace kps
