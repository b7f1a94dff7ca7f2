#pragma once
// A torchvision-compatible ResNet-18/34/50 encoder without its classifier: parameter names are
// torchvision's (conv1, bn1, layer1.0.conv1, layer2.0.downsample.0, ...) so ImageNet weights
// import name for name, and forward() returns the five U-Net taps instead of logits.

#include "mixed_precision.h"

#include <ATen/core/Tensor.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

#include <array>
#include <string>

namespace kps {

// The encoder's taps: c1 = relu(bn1(conv1(x))) at /2, l1..l4 = layer1..layer4 at /4../32.
struct BackboneFeatures
{
    at::Tensor c1, l1, l2, l3, l4;
};

class ResNetBackboneImpl : public torch::nn::Module
{
public:
    // depth: "resnet18", "resnet34", "resnet50" or "resnet50_keras" (Keras's ResNet50 v1: conv
    // biases, stride on the first 1x1 of a stage, BN eps 1.001e-5; for imported Keras models);
    // throws std::invalid_argument otherwise.
    explicit ResNetBackboneImpl(const std::string& depth);

    // With an enabled plan, each tap runs in bf16 or float32 by its size (mixed_precision.h).
    BackboneFeatures forward(const at::Tensor& input, const MixedPrecisionPlan& plan = {});

    // Channels of c1, l1, l2, l3, l4 (64, 64/256, 128/512, 256/1024, 512/2048).
    const std::array<int64_t, 5>& tapChannels() const { return m_tapChannels; }
    const std::string& depth() const { return m_depth; }

private:
    std::string m_depth;
    std::array<int64_t, 5> m_tapChannels{};
    torch::nn::Conv2d m_conv1{nullptr};
    torch::nn::BatchNorm2d m_bn1{nullptr};
    torch::nn::Sequential m_layer1{nullptr}, m_layer2{nullptr}, m_layer3{nullptr},
        m_layer4{nullptr};
};
TORCH_MODULE(ResNetBackbone);

} // namespace kps
