#include "keypoint_model.h"

#include "mixed_precision.h"

#include <ATen/ATen.h>
#include <torch/nn/functional/upsampling.h>
#include <torch/nn/init.h>
#include <torch/utils.h>

#include <sstream>
#include <stdexcept>

namespace kps {

namespace F = torch::nn::functional;

namespace {

std::string shapeText(const at::Tensor& tensor)
{
    std::ostringstream text;
    text << tensor.sizes();
    return text.str();
}

} // namespace

torch::Tensor softArgMax(const torch::Tensor& heatmaps, double beta)
{
    if (heatmaps.dim() != 4)
        throw std::invalid_argument("softArgMax: heatmaps must be (B,K,H,W)");
    const int64_t batch = heatmaps.size(0), keypoints = heatmaps.size(1);
    const int64_t height = heatmaps.size(2), width = heatmaps.size(3);
    const at::Tensor flat = heatmaps.to(at::kFloat).reshape({batch, keypoints, height * width});
    const at::Tensor p = at::softmax(flat * beta, -1).reshape({batch, keypoints, height, width});
    const auto options = p.options();
    // Normalised pixel indices; a 1-pixel side maps to 0 rather than dividing by zero.
    const at::Tensor cols =
        at::arange(width, options) / static_cast<double>(std::max<int64_t>(width - 1, 1));
    const at::Tensor rows =
        at::arange(height, options) / static_cast<double>(std::max<int64_t>(height - 1, 1));
    const at::Tensor x = (p.sum(2) * cols).sum(-1); // marginal over rows, then E[j]
    const at::Tensor y = (p.sum(3) * rows).sum(-1);
    return at::stack({x, y}, -1);
}

torch::Tensor cropsToInput(const torch::Tensor& crops, InputNormalisation normalisation)
{
    if (crops.dim() != 4 || crops.size(3) != 3)
        throw std::invalid_argument("cropsToInput: crops must be (B,H,W,3)");
    const auto options = crops.options().dtype(at::kFloat);
    at::Tensor x = crops.permute({0, 3, 1, 2}).to(at::kFloat); // (B,3,H,W), channels B,G,R
    if (normalisation == InputNormalisation::Torchvision) {
        x = x.flip({1}) / 255.0; // RGB in [0,1]
        const at::Tensor mean = at::tensor({0.485, 0.456, 0.406}, options).view({1, 3, 1, 1});
        const at::Tensor stdDev = at::tensor({0.229, 0.224, 0.225}, options).view({1, 3, 1, 1});
        x = (x - mean) / stdDev;
    } else {
        // Keras "caffe" mode: BGR order kept, per-channel ImageNet means subtracted, no scaling.
        const at::Tensor mean = at::tensor({103.939, 116.779, 123.68}, options).view({1, 3, 1, 1});
        x = x - mean;
    }
    return x.contiguous();
}

KeypointModelImpl::KeypointModelImpl(const ModelConfig& config) : m_config(config)
{
    m_config.validate();
    m_backbone = register_module("backbone", ResNetBackbone(m_config.backbone));
    m_decoder =
        register_module("decoder", UNetDecoder(m_backbone->tapChannels(), m_config.decoderWidths));
    m_head = register_module("head", torch::nn::Conv2d(torch::nn::Conv2dOptions(
                                         m_decoder->outputChannels(), m_config.keypointCount, 1)));
    torch::nn::init::xavier_uniform_(m_head->weight);
    torch::nn::init::zeros_(m_head->bias);
}

ModelOutput KeypointModelImpl::forward(const torch::Tensor& input)
{
    const int64_t size = m_config.preprocess.imageSize;
    if (input.dim() != 4 || input.size(1) != 3 || input.size(2) != size || input.size(3) != size)
        throw std::invalid_argument("KeypointModel: input must be (B,3," + std::to_string(size) +
                                    "," + std::to_string(size) + "), got " + shapeText(input));
    const MixedPrecisionPlan plan(m_mixedPrecision);
    BackboneFeatures features;
    if (m_backboneFrozen && !input.requires_grad()) {
        // Nothing upstream needs gradients: skip recording the encoder's graph (memory, time).
        torch::NoGradGuard noGrad;
        features = m_backbone->forward(input, plan);
    } else {
        features = m_backbone->forward(input, plan);
    }
    const at::Tensor decoded = m_decoder->forward(features, plan);
    at::Tensor logits;
    if (plan.enabled()) {
        // The head in float32: its logits feed the sigmoid and SoftArgMax's sub-pixel average.
        const AutocastScope float32(false);
        logits = m_head(decoded.to(at::kFloat));
        clearAutocastCache();
    } else {
        logits = m_head(decoded);
    }
    const int64_t heat = m_config.preprocess.heatmapSize;
    if (logits.size(2) != heat || logits.size(3) != heat)
        logits = F::interpolate(logits, F::InterpolateFuncOptions()
                                            .size(std::vector<int64_t>{heat, heat})
                                            .mode(torch::kBilinear)
                                            .align_corners(false));
    ModelOutput output;
    output.heatmaps = at::sigmoid(logits);
    output.coordinates = softArgMax(output.heatmaps, m_config.softArgMaxBeta);
    return output;
}

void KeypointModelImpl::setBackboneFrozen(bool frozen)
{
    m_backboneFrozen = frozen;
    for (auto& parameter : m_backbone->parameters())
        parameter.requires_grad_(!frozen);
    if (frozen)
        m_backbone->eval();
    else
        m_backbone->train(is_training());
}

void KeypointModelImpl::train(bool on)
{
    torch::nn::Module::train(on);
    // Module::train recurses into children; put a frozen backbone's BatchNorm back to eval so
    // its running statistics stay those of the imported/pretrained weights.
    if (m_backboneFrozen)
        m_backbone->eval();
}

std::vector<torch::Tensor> KeypointModelImpl::trainableParameters()
{
    std::vector<torch::Tensor> trainable;
    for (auto& parameter : parameters())
        if (parameter.requires_grad())
            trainable.push_back(parameter);
    return trainable;
}

void copyModelState(KeypointModel& from, KeypointModel& to)
{
    if (from->config().toJson() != to->config().toJson())
        throw std::invalid_argument("copyModelState: the two models have different configurations");
    torch::NoGradGuard noGrad;
    const auto source = from->named_parameters(true);
    for (auto& item : to->named_parameters(true))
        item.value().copy_(source[item.key()]);
    const auto sourceBuffers = from->named_buffers(true);
    for (auto& item : to->named_buffers(true))
        item.value().copy_(sourceBuffers[item.key()]);
}

KeypointModel cloneModel(KeypointModel& model, const c10::Device& device)
{
    KeypointModel copy(model->config());
    copy->to(device);
    copyModelState(model, copy);
    copy->setBackboneFrozen(model->backboneFrozen());
    copy->train(model->is_training());
    return copy;
}

} // namespace kps
