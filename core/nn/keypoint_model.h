#pragma once
// The keypoint network of DESIGN.md "Model": ResNet encoder + U-Net decoder + 1x1 head giving one
// sigmoid heatmap per keypoint, and SoftArgMax turning each heatmap into sub-pixel coordinates.
// Parameter names are the contract for weights files (backbone.*, decoder.d1..d4.*, head.*).

#include "model_config.h"
#include "resnet_backbone.h"
#include "unet_decoder.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>
#include <torch/types.h>

#include <vector>

namespace kps {

struct ModelOutput
{
    torch::Tensor heatmaps;    // (B,K,HEAT,HEAT) after sigmoid
    torch::Tensor coordinates; // (B,K,2) normalised (x,y) in [0,1]: x = sum p*j/(W-1)
};

// p = softmax(beta*H) over each map; x = sum p*j/(W-1), y = sum p*i/(H-1). (B,K,H,W) -> (B,K,2),
// computed in float32 whatever the input dtype (autocast-safe).
torch::Tensor softArgMax(const torch::Tensor& heatmaps, double beta);

// uint8 crops (B,IMG,IMG,3) BGR as in kps::CropSet -> float (B,3,IMG,IMG) normalised per config
// (torchvision: RGB/255 then ImageNet mean/std; caffe: BGR minus 103.939/116.779/123.68).
// Runs on the crops' device: move the uint8 tensor to the GPU first, it is 4x smaller.
torch::Tensor cropsToInput(const torch::Tensor& cropsBHWC_uint8, InputNormalisation normalisation);

class KeypointModelImpl : public torch::nn::Module
{
public:
    // Throws std::invalid_argument when config.validate() does.
    explicit KeypointModelImpl(const ModelConfig& config);

    // input (B,3,IMG,IMG) float. The decoder's natural output is IMG/2; when the configured
    // heatmapSize differs, the head's logits are resized bilinearly before the sigmoid.
    ModelOutput forward(const torch::Tensor& input);

    const ModelConfig& config() const { return m_config; }

    // Frozen: backbone parameters get requires_grad false and the backbone (incl. its BatchNorm
    // running statistics) stays in eval() whatever train() is called with. Rebuild the optimizer
    // from trainableParameters() after a change.
    void setBackboneFrozen(bool frozen);
    bool backboneFrozen() const { return m_backboneFrozen; }
    void train(bool on = true) override;
    std::vector<torch::Tensor> trainableParameters();

    ResNetBackbone& backbone() { return m_backbone; }

    // bf16 mixed precision in forward() (mixed_precision.h; CPU only). Off by default: the
    // trainer switches it on for a run that asks for it; prediction stays float32.
    void setMixedPrecision(bool on) { m_mixedPrecision = on; }
    bool mixedPrecision() const { return m_mixedPrecision; }

private:
    ModelConfig m_config;
    bool m_backboneFrozen = false;
    bool m_mixedPrecision = false;
    ResNetBackbone m_backbone{nullptr};
    UNetDecoder m_decoder{nullptr};
    torch::nn::Conv2d m_head{nullptr};
};
TORCH_MODULE(KeypointModel);

// Copies every parameter and buffer of `from` into `to` (same config required; throws
// std::invalid_argument otherwise). Keeps `to`'s tensors (and so any optimizer bound to them).
void copyModelState(KeypointModel& from, KeypointModel& to);

// An independent copy on `device` (e.g. for UI inference beside a training thread), with the
// same frozen flag and training mode.
KeypointModel cloneModel(KeypointModel& model, const c10::Device& device);

} // namespace kps
