#include "unet_decoder.h"

#include <ATen/ATen.h>
#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/upsampling.h>
#include <torch/nn/init.h>

#include <stdexcept>

namespace kps {

namespace {

namespace F = torch::nn::functional;

torch::nn::Conv2d convWithBias(int64_t in, int64_t out, int64_t kernel)
{
    torch::nn::Conv2d c(torch::nn::Conv2dOptions(in, out, kernel).padding(kernel / 2).bias(true));
    // Keras defaults (glorot_uniform, zero bias), as in the seed.
    torch::nn::init::xavier_uniform_(c->weight);
    torch::nn::init::zeros_(c->bias);
    return c;
}

// Keras BatchNormalization defaults: epsilon 1e-3, momentum 0.99 (= PyTorch momentum 0.01).
torch::nn::BatchNorm2d kerasBatchNorm(int64_t channels)
{
    return torch::nn::BatchNorm2d(torch::nn::BatchNorm2dOptions(channels).eps(1e-3).momentum(0.01));
}

} // namespace

DecoderStageImpl::DecoderStageImpl(int64_t previousChannels, int64_t tapChannels,
                                   int64_t skipChannels, int64_t conv1Channels,
                                   int64_t conv2Channels)
{
    // Registration order = state-dict order, matching the data flow.
    m_skip = register_module("skip", convWithBias(tapChannels, skipChannels, 1));
    m_conv1 =
        register_module("conv1", convWithBias(previousChannels + skipChannels, conv1Channels, 3));
    m_bn1 = register_module("bn1", kerasBatchNorm(conv1Channels));
    m_conv2 = register_module("conv2", convWithBias(conv1Channels, conv2Channels, 3));
    m_bn2 = register_module("bn2", kerasBatchNorm(conv2Channels));
}

at::Tensor DecoderStageImpl::forward(const at::Tensor& previous, const at::Tensor& tap)
{
    if (tap.size(2) != 2 * previous.size(2) || tap.size(3) != 2 * previous.size(3))
        throw std::invalid_argument(
            "decoder: the skip tap (" + std::to_string(tap.size(2)) + "x" +
            std::to_string(tap.size(3)) + ") is not twice the previous stage (" +
            std::to_string(previous.size(2)) + "x" + std::to_string(previous.size(3)) +
            "); the input size must be a multiple of 32");
    const at::Tensor up =
        F::interpolate(previous, F::InterpolateFuncOptions()
                                     .size(std::vector<int64_t>{tap.size(2), tap.size(3)})
                                     .mode(torch::kNearest));
    const at::Tensor skip = F::relu(m_skip(tap));
    at::Tensor x = at::cat({up, skip}, 1);
    x = m_bn1(F::relu(m_conv1(x)));
    return m_bn2(F::relu(m_conv2(x)));
}

UNetDecoderImpl::UNetDecoderImpl(const std::array<int64_t, 5>& tapChannels,
                                 const std::vector<int>& widths)
{
    if (widths.size() != 5)
        throw std::invalid_argument("decoder: 5 widths expected");
    const auto f = [&](int i) { return static_cast<int64_t>(widths[i]); };
    // Taps: [0]=c1, [1]=l1, [2]=l2, [3]=l3, [4]=l4.
    m_d1 =
        register_module("d1", DecoderStage(tapChannels[4], tapChannels[3], f(0) / 2, f(0), f(0)));
    m_d2 = register_module("d2", DecoderStage(f(0), tapChannels[2], f(1) / 2, f(1), f(1)));
    m_d3 = register_module("d3", DecoderStage(f(1), tapChannels[1], f(2) / 2, f(2), f(2)));
    m_d4 = register_module("d4", DecoderStage(f(2), tapChannels[0], f(3) / 2, f(3), f(4)));
    m_outputChannels = f(4);
}

at::Tensor UNetDecoderImpl::forward(const BackboneFeatures& features,
                                    const MixedPrecisionPlan& plan)
{
    // Each stage's output has its tap's size.
    const auto stage = [&](DecoderStage& d, const at::Tensor& previous, const at::Tensor& tap) {
        const int64_t side = tap.size(-1);
        const StagePrecision precision(plan, side);
        return d(plan.input(previous, side), plan.input(tap, side));
    };
    at::Tensor x = stage(m_d1, features.l4, features.l3);
    x = stage(m_d2, x, features.l2);
    x = stage(m_d3, x, features.l1);
    return stage(m_d4, x, features.c1);
}

} // namespace kps
