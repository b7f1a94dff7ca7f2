#include "resnet_backbone.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/pooling.h>
#include <torch/nn/init.h>

#include <stdexcept>

namespace kps {

namespace {

namespace F = torch::nn::functional;

// Keras's ResNet50 v1 (keras.applications) differs from torchvision's in three ways: every conv
// has a bias, a stage's first block strides on its 1x1 convs (_0_conv, _1_conv) instead of the
// 3x3, and BatchNorm uses eps 1.001e-5 with Keras's momentum 0.99 (torch: 0.01).
struct Style
{
    bool keras = false;
};

torch::nn::Conv2d conv(int64_t in, int64_t out, int64_t kernel, int64_t stride, Style style = {})
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                 .stride(stride)
                                 .padding(kernel / 2)
                                 .bias(style.keras));
}

// torchvision's ResNet defaults (eps 1e-5, momentum 0.1), unlike the decoder's Keras ones.
torch::nn::BatchNorm2d batchNorm(int64_t channels, Style style = {})
{
    if (style.keras)
        return torch::nn::BatchNorm2d(
            torch::nn::BatchNorm2dOptions(channels).eps(1.001e-5).momentum(0.01));
    return torch::nn::BatchNorm2d(torch::nn::BatchNorm2dOptions(channels));
}

// downsample = Sequential(conv1x1, bn) exactly as torchvision, so names end in .0 / .1.
torch::nn::Sequential downsample(int64_t in, int64_t out, int64_t stride, Style style = {})
{
    return torch::nn::Sequential(conv(in, out, 1, stride, style), batchNorm(out, style));
}

// ResNet-18/34 block: two 3x3 convolutions.
class BasicBlockImpl : public torch::nn::Module
{
public:
    static constexpr int64_t expansion = 1;

    BasicBlockImpl(int64_t in, int64_t planes, int64_t stride, Style /*style*/ = {})
    {
        m_conv1 = register_module("conv1", conv(in, planes, 3, stride));
        m_bn1 = register_module("bn1", batchNorm(planes));
        m_conv2 = register_module("conv2", conv(planes, planes, 3, 1));
        m_bn2 = register_module("bn2", batchNorm(planes));
        if (stride != 1 || in != planes)
            m_downsample = register_module("downsample", downsample(in, planes, stride));
    }

    at::Tensor forward(const at::Tensor& x)
    {
        at::Tensor out = F::relu(m_bn1(m_conv1(x)));
        out = m_bn2(m_conv2(out));
        const at::Tensor identity = m_downsample ? m_downsample->forward(x) : x;
        return F::relu(out + identity);
    }

private:
    torch::nn::Conv2d m_conv1{nullptr}, m_conv2{nullptr};
    torch::nn::BatchNorm2d m_bn1{nullptr}, m_bn2{nullptr};
    torch::nn::Sequential m_downsample{nullptr};
};
TORCH_MODULE(BasicBlock);

// ResNet-50 block (torchvision "v1.5": the stride sits on the 3x3 convolution; Keras v1: on the
// first 1x1).
class BottleneckImpl : public torch::nn::Module
{
public:
    static constexpr int64_t expansion = 4;

    BottleneckImpl(int64_t in, int64_t planes, int64_t stride, Style style = {})
    {
        m_conv1 = register_module("conv1", conv(in, planes, 1, style.keras ? stride : 1, style));
        m_bn1 = register_module("bn1", batchNorm(planes, style));
        m_conv2 =
            register_module("conv2", conv(planes, planes, 3, style.keras ? 1 : stride, style));
        m_bn2 = register_module("bn2", batchNorm(planes, style));
        m_conv3 = register_module("conv3", conv(planes, planes * expansion, 1, 1, style));
        m_bn3 = register_module("bn3", batchNorm(planes * expansion, style));
        if (stride != 1 || in != planes * expansion)
            m_downsample =
                register_module("downsample", downsample(in, planes * expansion, stride, style));
    }

    at::Tensor forward(const at::Tensor& x)
    {
        at::Tensor out = F::relu(m_bn1(m_conv1(x)));
        out = F::relu(m_bn2(m_conv2(out)));
        out = m_bn3(m_conv3(out));
        const at::Tensor identity = m_downsample ? m_downsample->forward(x) : x;
        return F::relu(out + identity);
    }

private:
    torch::nn::Conv2d m_conv1{nullptr}, m_conv2{nullptr}, m_conv3{nullptr};
    torch::nn::BatchNorm2d m_bn1{nullptr}, m_bn2{nullptr}, m_bn3{nullptr};
    torch::nn::Sequential m_downsample{nullptr};
};
TORCH_MODULE(Bottleneck);

template <typename Block>
torch::nn::Sequential makeLayer(int64_t& inChannels, int64_t planes, int blocks, int64_t stride,
                                Style style)
{
    torch::nn::Sequential layer;
    for (int i = 0; i < blocks; ++i) {
        layer->push_back(Block(inChannels, planes, i == 0 ? stride : 1, style));
        inChannels = planes * Block::Impl::expansion;
    }
    return layer;
}

} // namespace

ResNetBackboneImpl::ResNetBackboneImpl(const std::string& depth) : m_depth(depth)
{
    std::array<int, 4> blocks{};
    bool bottleneck = false;
    Style style;
    if (depth == "resnet18")
        blocks = {2, 2, 2, 2};
    else if (depth == "resnet34")
        blocks = {3, 4, 6, 3};
    else if (depth == "resnet50" || depth == "resnet50_keras") {
        blocks = {3, 4, 6, 3};
        bottleneck = true;
        style.keras = depth == "resnet50_keras";
    } else
        throw std::invalid_argument("unknown ResNet backbone \"" + depth +
                                    "\" (known: resnet18, resnet34, resnet50, resnet50_keras)");

    m_conv1 = register_module(
        "conv1", torch::nn::Conv2d(
                     torch::nn::Conv2dOptions(3, 64, 7).stride(2).padding(3).bias(style.keras)));
    m_bn1 = register_module("bn1", batchNorm(64, style));
    int64_t channels = 64;
    std::array<torch::nn::Sequential, 4> layers;
    const std::array<int64_t, 4> planes{64, 128, 256, 512};
    for (int i = 0; i < 4; ++i) {
        const int64_t stride = i == 0 ? 1 : 2;
        layers[i] = bottleneck
                        ? makeLayer<Bottleneck>(channels, planes[i], blocks[i], stride, style)
                        : makeLayer<BasicBlock>(channels, planes[i], blocks[i], stride, style);
        m_tapChannels[i + 1] = channels;
    }
    m_tapChannels[0] = 64;
    m_layer1 = register_module("layer1", layers[0]);
    m_layer2 = register_module("layer2", layers[1]);
    m_layer3 = register_module("layer3", layers[2]);
    m_layer4 = register_module("layer4", layers[3]);

    // torchvision's initialisation, so an un-imported backbone trains like a fresh torchvision one.
    for (auto& module : modules(/*include_self=*/false)) {
        if (auto* c = module->as<torch::nn::Conv2d>())
            torch::nn::init::kaiming_normal_(c->weight, 0.0, torch::kFanOut, torch::kReLU);
    }
}

BackboneFeatures ResNetBackboneImpl::forward(const at::Tensor& input,
                                             const MixedPrecisionPlan& plan)
{
    // Output sides: c1 at /2, l1 at /4 (after the pooling), l2..l4 at /8../32.
    const int64_t side = input.size(-1);
    BackboneFeatures f;
    {
        const StagePrecision precision(plan, side / 2);
        f.c1 = F::relu(m_bn1(m_conv1(input)));
    }
    {
        const StagePrecision precision(plan, side / 4);
        const at::Tensor pooled = F::max_pool2d(plan.input(f.c1, side / 4),
                                                F::MaxPool2dFuncOptions(3).stride(2).padding(1));
        f.l1 = m_layer1->forward(pooled);
    }
    const auto layer = [&](torch::nn::Sequential& stage, const at::Tensor& x, int64_t stageSide) {
        const StagePrecision precision(plan, stageSide);
        return stage->forward(plan.input(x, stageSide));
    };
    f.l2 = layer(m_layer2, f.l1, side / 8);
    f.l3 = layer(m_layer3, f.l2, side / 16);
    f.l4 = layer(m_layer4, f.l3, side / 32);
    return f;
}

} // namespace kps
