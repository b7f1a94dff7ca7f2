#pragma once
// Imports models trained by the seed's Keras scripts: reads the weights of a Keras 3 `.keras`
// (zip of config.json + model.weights.h5, with or without the `name` attributes of Keras >= 3.6,
// or Keras 2.13's `_layer_checkpoint_dependencies/` layout) or a legacy `.h5`
// (model_weights/<layer>/<layer>/<var>, `layer_names` / `weight_names` attributes, possibly
// chunked; also a bare weights file such as Keras's ImageNet resnet50 ..._notop.h5), maps them by
// layer name and class onto our model with the `resnet50_keras` backbone (HWIO kernels permuted
// to OIHW; BN gamma, beta, moving_mean, moving_variance) and checks every shape. Errors throw
// kps::FileError naming the file and the first layer or variable that does not fit.

#include "keypoint_model.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace kps {

// One Keras variable, as stored (kernels HWIO, channels last).
struct KerasVariable
{
    std::string name; // "kernel", "bias", "gamma", ... when the file names it; else "0", "1", ...
    std::vector<std::int64_t> shape;
    std::vector<float> values;
};

struct KerasLayer
{
    std::string name;
    std::string className; // "Conv2D", "BatchNormalization", ...; empty when the file has no config
    std::vector<KerasVariable> variables;
};

struct KerasWeights
{
    std::string layout;             // "keras3", "keras3-named", "keras2.13", "legacy-h5"
    int inputSize = 0;              // from the model config's input shape; 0 when unknown
    std::vector<KerasLayer> layers; // layers that hold variables, in the file's layer order
    const KerasLayer* find(const std::string& name) const;
};

// Reads every layer's variables (optimizer variables are ignored). By extension: .keras or .h5.
KerasWeights readKerasWeights(const std::filesystem::path& file);

// The seed's network as our model: backbone resnet50_keras, decoder widths and K from the
// weights' shapes, IMG from the config (else 128), HEAT = IMG/2, caffe normalisation with
// bilinear resize. All variables copied; unknown weighted layers are an error.
KeypointModel importKerasModel(const std::filesystem::path& file);

// Copies a Keras ResNet50's variables (conv1_conv ... conv5_block3_3_bn, e.g. the ImageNet
// ..._notop.h5) into a model whose backbone is resnet50_keras; other layers of the file are
// ignored. The caller sets preprocess to caffe normalisation.
void importKerasBackbone(KeypointModel& model, const std::filesystem::path& file);

// True for .keras, and for .h5 files (both read by readKerasWeights).
bool isKerasModelFile(const std::filesystem::path& file);

} // namespace kps
