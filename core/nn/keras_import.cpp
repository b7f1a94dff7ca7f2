#include "keras_import.h"

#include "file_error.h"
#include "hdf5_file.h"
#include "zip_archive.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>
#include <regex>
#include <set>
#include <sstream>

namespace kps {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

std::string lowerExtension(const fs::path& file)
{
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

// keras.src.utils.naming.to_snake_case: how Keras names a layer's group in model.weights.h5.
std::string toSnakeCase(const std::string& className)
{
    std::string name = std::regex_replace(className, std::regex(R"(\W+)"), "");
    name = std::regex_replace(name, std::regex("(.)([A-Z][a-z]+)"), "$1_$2");
    name = std::regex_replace(name, std::regex("([a-z])([A-Z])"), "$1_$2");
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return name;
}

std::string shapeText(const std::vector<std::int64_t>& shape)
{
    std::ostringstream text;
    text << '[';
    for (std::size_t i = 0; i < shape.size(); ++i)
        text << (i ? "," : "") << shape[i];
    text << ']';
    return text.str();
}

struct ConfigLayer
{
    std::string name;
    std::string className;
};

// The layers of a (Functional or Sequential) model config, in order; sets inputSize from the
// InputLayer's shape. Nested models are not taken apart: the seed builds ResNet50 flat.
std::vector<ConfigLayer> configLayers(const Json& config, const fs::path& file, int& inputSize)
{
    const Json* layers = nullptr;
    if (config.contains("config") && config["config"].is_object() &&
        config["config"].contains("layers"))
        layers = &config["config"]["layers"];
    if (!layers || !layers->is_array())
        throw FileError(file, "model config has no layer list (config.layers)");
    std::vector<ConfigLayer> out;
    for (const Json& layer : *layers) {
        ConfigLayer entry;
        entry.className = layer.value("class_name", std::string());
        if (layer.contains("config") && layer["config"].is_object())
            entry.name = layer["config"].value("name", std::string());
        if (entry.name.empty())
            entry.name = layer.value("name", std::string());
        if (entry.className == "Functional" || entry.className == "Model" ||
            entry.className == "Sequential")
            throw FileError(file,
                            "layer \"" + entry.name + "\" is a nested " + entry.className +
                                " model; only flat models (as the seed builds them) are read");
        if (entry.className == "InputLayer" && layer.contains("config")) {
            const Json& c = layer["config"];
            for (const char* key : {"batch_shape", "batch_input_shape"})
                if (c.contains(key) && c[key].is_array() && c[key].size() == 4 &&
                    c[key][1].is_number())
                    inputSize = c[key][1].get<int>();
        }
        out.push_back(std::move(entry));
    }
    return out;
}

std::vector<std::string> numericallySorted(std::vector<std::string> names)
{
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
        const bool na = !a.empty() && std::all_of(a.begin(), a.end(), ::isdigit);
        const bool nb = !b.empty() && std::all_of(b.begin(), b.end(), ::isdigit);
        if (na && nb)
            return std::stoll(a) < std::stoll(b);
        return na != nb ? na : a < b;
    });
    return names;
}

KerasVariable readVariable(const Hdf5File& h5, const std::string& path, std::string name)
{
    Hdf5Dataset data = h5.readFloats(path);
    KerasVariable variable;
    variable.name = std::move(name);
    variable.shape = std::move(data.shape);
    variable.values = std::move(data.values);
    return variable;
}

KerasWeights readKerasArchive(const fs::path& file)
{
    const ZipReader zip = ZipReader::open(file);
    for (const char* member : {"config.json", "model.weights.h5"})
        if (!zip.contains(member))
            throw FileError(file, std::string("not a Keras model archive: no ") + member);
    KerasWeights weights;
    Json config;
    try {
        config = Json::parse(zip.read("config.json"));
    } catch (const Json::exception& error) {
        throw FileError(file, std::string("config.json: ") + error.what());
    }
    const std::vector<ConfigLayer> layers = configLayers(config, file, weights.inputSize);
    const Hdf5File h5 =
        Hdf5File::fromImage(zip.read("model.weights.h5"), file / "model.weights.h5");

    std::string prefix;
    if (h5.isGroup("layers")) {
        prefix = "layers";
        weights.layout = "keras3";
    } else if (h5.isGroup("_layer_checkpoint_dependencies")) {
        prefix = "_layer_checkpoint_dependencies"; // Keras 2.13
        weights.layout = "keras2.13";
    } else {
        throw FileError(h5.name(), "has neither layers/ nor _layer_checkpoint_dependencies/");
    }
    // Keras >= 3.6 names each layer's vars group (attrs["name"]): then map by name, which is
    // robust to any difference in the layer order.
    std::map<std::string, std::string> byName;
    for (const std::string& group : h5.children(prefix)) {
        const std::string vars = prefix + "/" + group + "/vars";
        if (h5.isGroup(vars) && h5.hasAttribute(vars, "name")) {
            const std::vector<std::string> name = h5.stringsAttribute(vars, "name");
            if (name.size() == 1)
                byName[name.front()] = prefix + "/" + group;
        }
    }
    if (!byName.empty())
        weights.layout = "keras3-named";

    std::map<std::string, int> used;
    for (const ConfigLayer& layer : layers) {
        // Position names: the n-th layer of a class is <snake>, <snake>_1, <snake>_2, ...
        const std::string snake = toSnakeCase(layer.className);
        const int n = used.count(snake) ? ++used[snake] : (used[snake] = 0);
        std::string group = prefix + "/" + (n == 0 ? snake : snake + "_" + std::to_string(n));
        if (!byName.empty()) {
            const auto found = byName.find(layer.name);
            if (found == byName.end())
                continue; // a layer without variables has no group
            group = found->second;
        }
        const std::string vars = group + "/vars";
        if (!h5.isGroup(vars))
            continue;
        KerasLayer entry;
        entry.name = layer.name;
        entry.className = layer.className;
        for (const std::string& index : numericallySorted(h5.children(vars)))
            entry.variables.push_back(readVariable(h5, vars + "/" + index, index));
        if (!entry.variables.empty())
            weights.layers.push_back(std::move(entry));
    }
    return weights;
}

// layer_names / weight_names: one attribute, or chunks name0, name1, ... when it was too large
// for an HDF5 object header.
std::vector<std::string> chunkedStrings(const Hdf5File& h5, const std::string& path,
                                        const std::string& name)
{
    if (h5.hasAttribute(path, name))
        return h5.stringsAttribute(path, name);
    std::vector<std::string> out;
    for (int chunk = 0; h5.hasAttribute(path, name + std::to_string(chunk)); ++chunk) {
        const std::vector<std::string> part =
            h5.stringsAttribute(path, name + std::to_string(chunk));
        out.insert(out.end(), part.begin(), part.end());
    }
    return out;
}

KerasWeights readLegacyH5(const fs::path& file)
{
    const Hdf5File h5 = Hdf5File::open(file);
    KerasWeights weights;
    weights.layout = "legacy-h5";
    // A whole model keeps its weights under model_weights/; a weights file (save_weights, the
    // ImageNet ..._notop.h5) at the root.
    const std::string root = h5.isGroup("model_weights") ? "model_weights" : "";
    const std::vector<std::string> names = chunkedStrings(h5, root, "layer_names");
    if (names.empty())
        throw FileError(file, "not a Keras weights file: no layer_names attribute");
    std::map<std::string, std::string> classes;
    if (h5.hasAttribute("", "model_config")) {
        const std::vector<std::string> text = h5.stringsAttribute("", "model_config");
        try {
            if (text.size() == 1)
                for (const ConfigLayer& layer :
                     configLayers(Json::parse(text.front()), file, weights.inputSize))
                    classes[layer.name] = layer.className;
        } catch (const Json::exception& error) {
            throw FileError(file, std::string("model_config attribute: ") + error.what());
        }
    }
    for (const std::string& name : names) {
        const std::string group = root.empty() ? name : root + "/" + name;
        if (!h5.isGroup(group))
            throw FileError(file,
                            "layer_names lists \"" + name + "\" but " + group + " is missing");
        KerasLayer layer;
        layer.name = name;
        layer.className = classes.count(name) ? classes[name] : std::string();
        for (const std::string& weightName : chunkedStrings(h5, group, "weight_names")) {
            // "conv1_conv/kernel:0" (Keras 2) or "conv1_conv/kernel" (Keras 3): the variable's
            // own name is the last component without the ":0".
            std::string short_ = weightName.substr(weightName.rfind('/') + 1);
            short_ = short_.substr(0, short_.find(':'));
            layer.variables.push_back(readVariable(h5, group + "/" + weightName, short_));
        }
        if (!layer.variables.empty())
            weights.layers.push_back(std::move(layer));
    }
    return weights;
}

// ---- mapping onto our model ----

enum class Kind
{
    Conv,
    BatchNorm
};

struct Target
{
    std::string keras; // Keras layer name
    std::string ours;  // module prefix in our state dict
    Kind kind;
};

std::vector<Target> backboneTargets()
{
    std::vector<Target> targets = {{"conv1_conv", "backbone.conv1", Kind::Conv},
                                   {"conv1_bn", "backbone.bn1", Kind::BatchNorm}};
    const int blocks[4] = {3, 4, 6, 3};
    for (int stage = 0; stage < 4; ++stage)
        for (int block = 0; block < blocks[stage]; ++block) {
            const std::string keras =
                "conv" + std::to_string(stage + 2) + "_block" + std::to_string(block + 1) + "_";
            const std::string ours =
                "backbone.layer" + std::to_string(stage + 1) + "." + std::to_string(block) + ".";
            if (block == 0) {
                targets.push_back({keras + "0_conv", ours + "downsample.0", Kind::Conv});
                targets.push_back({keras + "0_bn", ours + "downsample.1", Kind::BatchNorm});
            }
            for (int i = 1; i <= 3; ++i) {
                targets.push_back({keras + std::to_string(i) + "_conv",
                                   ours + "conv" + std::to_string(i), Kind::Conv});
                targets.push_back({keras + std::to_string(i) + "_bn",
                                   ours + "bn" + std::to_string(i), Kind::BatchNorm});
            }
        }
    return targets;
}

std::vector<Target> headTargets()
{
    std::vector<Target> targets;
    for (int stage = 1; stage <= 4; ++stage) {
        const std::string d = "d" + std::to_string(stage);
        const std::string ours = "decoder." + d + ".";
        targets.push_back({"skip" + std::to_string(5 - stage) + "_1x1", ours + "skip", Kind::Conv});
        targets.push_back({d + "_conv1", ours + "conv1", Kind::Conv});
        targets.push_back({d + "_bn1", ours + "bn1", Kind::BatchNorm});
        targets.push_back({d + "_conv2", ours + "conv2", Kind::Conv});
        targets.push_back({d + "_bn2", ours + "bn2", Kind::BatchNorm});
    }
    targets.push_back({"heatmaps", "head", Kind::Conv});
    return targets;
}

// Our parameters and buffers by name.
std::map<std::string, torch::Tensor> stateOf(KeypointModel& model)
{
    std::map<std::string, torch::Tensor> state;
    for (const auto& item : model->named_parameters(true))
        state[item.key()] = item.value();
    for (const auto& item : model->named_buffers(true))
        state[item.key()] = item.value();
    return state;
}

// Copies one Keras layer into our tensors; checks class, variable count and every shape.
void copyLayer(const KerasLayer& layer, const Target& target,
               std::map<std::string, torch::Tensor>& state, const fs::path& file)
{
    const bool conv = target.kind == Kind::Conv;
    const std::string expectedClass = conv ? "Conv2D" : "BatchNormalization";
    const std::string where = "layer \"" + layer.name + "\"";
    if (!layer.className.empty() && layer.className != expectedClass)
        throw FileError(file, where + " is a " + layer.className + ", expected " + expectedClass +
                                  " (for " + target.ours + ")");
    const std::vector<std::string> names =
        conv ? std::vector<std::string>{"kernel", "bias"}
             : std::vector<std::string>{"gamma", "beta", "moving_mean", "moving_variance"};
    const std::vector<std::string> ours =
        conv ? std::vector<std::string>{"weight", "bias"}
             : std::vector<std::string>{"weight", "bias", "running_mean", "running_var"};
    if (layer.variables.size() != names.size())
        throw FileError(
            file, where + " has " + std::to_string(layer.variables.size()) + " variables, " +
                      expectedClass + " " + target.ours + " needs " + std::to_string(names.size()) +
                      (conv ? " (kernel, bias)" : " (gamma, beta, moving_mean, moving_variance)"));
    // Variables named by the file (legacy .h5) are matched by name, numbered ones by position.
    const bool named =
        std::any_of(layer.variables.begin(), layer.variables.end(),
                    [](const KerasVariable& v) { return v.name == "kernel" || v.name == "gamma"; });
    for (std::size_t i = 0; i < names.size(); ++i) {
        const KerasVariable* variable = &layer.variables[i];
        if (named) {
            const auto found =
                std::find_if(layer.variables.begin(), layer.variables.end(),
                             [&](const KerasVariable& v) { return v.name == names[i]; });
            if (found == layer.variables.end())
                throw FileError(file, where + " has no variable \"" + names[i] + "\"");
            variable = &*found;
        }
        const std::string ourName = target.ours + "." + ours[i];
        const auto destination = state.find(ourName);
        if (destination == state.end())
            throw FileError(file, where + " " + names[i] + ": the model has no " + ourName);
        torch::Tensor source = torch::from_blob(const_cast<float*>(variable->values.data()),
                                                variable->shape, torch::kFloat32);
        if (conv && i == 0) {
            if (variable->shape.size() != 4)
                throw FileError(file, where + " kernel: shape " + shapeText(variable->shape) +
                                          " is not a 2-D convolution kernel (HWIO)");
            source = source.permute({3, 2, 0, 1}); // HWIO -> OIHW
        }
        const std::vector<std::int64_t> expected = destination->second.sizes().vec();
        if (source.sizes().vec() != expected)
            throw FileError(file, where + " " + names[i] + ": shape " + shapeText(variable->shape) +
                                      (conv && i == 0 ? " (HWIO)" : "") + " does not fit " +
                                      ourName + " " + shapeText(expected) +
                                      (conv && i == 0 ? " (OIHW)" : ""));
        torch::NoGradGuard noGrad;
        destination->second.copy_(source.to(destination->second.dtype()));
    }
}

void copyTargets(KeypointModel& model, const KerasWeights& weights,
                 const std::vector<Target>& targets, const fs::path& file)
{
    std::map<std::string, torch::Tensor> state = stateOf(model);
    for (const Target& target : targets) {
        const KerasLayer* layer = weights.find(target.keras);
        if (!layer)
            throw FileError(
                file, "has no weights for layer \"" + target.keras + "\" (needed for " +
                          target.ours +
                          "); not the seed's network (Keras ResNet50 + d1..d4 decoder + heatmaps)");
        copyLayer(*layer, target, state, file);
    }
}

const KerasVariable& kernelOf(const KerasWeights& weights, const std::string& layer,
                              const fs::path& file)
{
    const KerasLayer* found = weights.find(layer);
    if (!found || found->variables.empty())
        throw FileError(
            file, "has no weights for layer \"" + layer +
                      "\"; not the seed's network (Keras ResNet50 + d1..d4 decoder + heatmaps)");
    const auto named = std::find_if(found->variables.begin(), found->variables.end(),
                                    [](const KerasVariable& v) { return v.name == "kernel"; });
    const KerasVariable& kernel =
        named != found->variables.end() ? *named : found->variables.front();
    if (kernel.shape.size() != 4)
        throw FileError(file, "layer \"" + layer + "\": kernel shape " + shapeText(kernel.shape) +
                                  " is not a 2-D convolution kernel (HWIO)");
    return kernel;
}

} // namespace

const KerasLayer* KerasWeights::find(const std::string& name) const
{
    for (const KerasLayer& layer : layers)
        if (layer.name == name)
            return &layer;
    return nullptr;
}

bool isKerasModelFile(const fs::path& file)
{
    const std::string extension = lowerExtension(file);
    return extension == ".keras" || extension == ".h5" || extension == ".hdf5";
}

KerasWeights readKerasWeights(const fs::path& file)
{
    // Debian's HDF5 is built without thread safety: one reader at a time (the GUI may load two
    // models at once, e.g. to compare them).
    static std::mutex hdf5;
    const std::lock_guard<std::mutex> lock(hdf5);
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        throw FileError(file, "file does not exist");
    const std::string extension = lowerExtension(file);
    if (extension == ".keras")
        return readKerasArchive(file);
    if (extension == ".h5" || extension == ".hdf5")
        return readLegacyH5(file);
    throw FileError(file, "not a Keras model file (expected .keras or .h5)");
}

KeypointModel importKerasModel(const fs::path& file)
{
    const KerasWeights weights = readKerasWeights(file);
    ModelConfig config;
    config.preset = "custom";
    config.backbone = "resnet50_keras";
    const KerasVariable& head = kernelOf(weights, "heatmaps", file);
    config.keypointCount = static_cast<int>(head.shape[3]);
    config.decoderWidths = {static_cast<int>(kernelOf(weights, "d1_conv1", file).shape[3]),
                            static_cast<int>(kernelOf(weights, "d2_conv1", file).shape[3]),
                            static_cast<int>(kernelOf(weights, "d3_conv1", file).shape[3]),
                            static_cast<int>(kernelOf(weights, "d4_conv1", file).shape[3]),
                            static_cast<int>(kernelOf(weights, "d4_conv2", file).shape[3])};
    config.preprocess.imageSize = weights.inputSize > 0 ? weights.inputSize : 128;
    config.preprocess.heatmapSize = config.preprocess.imageSize / 2;
    config.preprocess.interpolation = ResizeInterpolation::Bilinear;
    config.preprocess.normalisation = InputNormalisation::Caffe;
    try {
        config.validate();
    } catch (const std::invalid_argument& error) {
        throw FileError(file, std::string("the network does not fit our model: ") + error.what());
    }

    KeypointModel model(config);
    // Decoder and head first: a file that is not the seed's network fails on its own layers.
    std::vector<Target> targets = headTargets();
    const std::vector<Target> backbone = backboneTargets();
    targets.insert(targets.end(), backbone.begin(), backbone.end());
    copyTargets(model, weights, targets, file);
    std::set<std::string> known;
    for (const Target& target : targets)
        known.insert(target.keras);
    for (const KerasLayer& layer : weights.layers)
        if (!known.count(layer.name))
            throw FileError(
                file, "layer \"" + layer.name + "\"" +
                          (layer.className.empty() ? std::string() : " (" + layer.className + ")") +
                          " has weights but is not part of the seed's network");
    model->eval();
    return model;
}

void importKerasBackbone(KeypointModel& model, const fs::path& file)
{
    if (model->config().backbone != "resnet50_keras")
        throw FileError(file,
                        "Keras ResNet50 weights need the resnet50_keras backbone, the model has " +
                            model->config().backbone);
    copyTargets(model, readKerasWeights(file), backboneTargets(), file);
}

} // namespace kps
