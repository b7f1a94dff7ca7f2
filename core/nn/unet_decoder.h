#pragma once
// The U-Net decoder of DESIGN.md "Model": four stages d1..d4 that upsample the previous output
// x2 and fuse a 1x1-projected encoder tap (d1<-l3, d2<-l2, d3<-l1, d4<-c1). Convolution and
// post-activation BatchNorm layout follow the Keras seed so its behaviour carries over.

#include "resnet_backbone.h"

#include <ATen/core/Tensor.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

#include <array>
#include <vector>

namespace kps {

// One stage: out = bn2(relu(conv2(bn1(relu(conv1(concat[up2(previous), relu(skip(tap))])))))).
class DecoderStageImpl : public torch::nn::Module
{
public:
    DecoderStageImpl(int64_t previousChannels, int64_t tapChannels, int64_t skipChannels,
                     int64_t conv1Channels, int64_t conv2Channels);

    at::Tensor forward(const at::Tensor& previous, const at::Tensor& tap);

private:
    torch::nn::Conv2d m_skip{nullptr}, m_conv1{nullptr}, m_conv2{nullptr};
    torch::nn::BatchNorm2d m_bn1{nullptr}, m_bn2{nullptr};
};
TORCH_MODULE(DecoderStage);

class UNetDecoderImpl : public torch::nn::Module
{
public:
    // tapChannels: c1, l1..l4 channels of the encoder; widths: f[0..4] (5 values).
    UNetDecoderImpl(const std::array<int64_t, 5>& tapChannels, const std::vector<int>& widths);

    // Output: (B, f[4], 16*H(l4), 16*W(l4)) = half the input size. With an enabled plan, each
    // stage runs in bf16 or float32 by its output size (mixed_precision.h).
    at::Tensor forward(const BackboneFeatures& features, const MixedPrecisionPlan& plan = {});

    int64_t outputChannels() const { return m_outputChannels; }

private:
    DecoderStage m_d1{nullptr}, m_d2{nullptr}, m_d3{nullptr}, m_d4{nullptr};
    int64_t m_outputChannels = 0;
};
TORCH_MODULE(UNetDecoder);

} // namespace kps
