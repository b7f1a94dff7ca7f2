#include "keypoint_loss.h"

#include <ATen/ATen.h>

#include <stdexcept>

namespace kps {

KeypointLossSums keypointLossSums(const ModelOutput& output, const torch::Tensor& targetHeatmaps,
                                  const torch::Tensor& targetCoordinates, double alpha,
                                  double gamma, FocalForm form)
{
    if (!output.heatmaps.defined() || output.heatmaps.sizes() != targetHeatmaps.sizes())
        throw std::invalid_argument("keypointLoss: heatmaps and their targets differ in shape");
    if (!output.coordinates.defined() || output.coordinates.sizes() != targetCoordinates.sizes())
        throw std::invalid_argument("keypointLoss: coordinates and their targets differ in shape");

    // float32 whatever autocast produced: log and pow of tiny numbers need the range.
    const at::Tensor p = output.heatmaps.to(at::kFloat).clamp(1e-7, 1.0 - 1e-7);
    const at::Tensor y = targetHeatmaps.to(p.device(), at::kFloat);
    const at::Tensor pt = y * p + (1.0 - y) * (1.0 - p);
    const at::Tensor alphaT = y * alpha + (1.0 - y) * (1.0 - alpha);
    const at::Tensor crossEntropy = form == FocalForm::Seed
                                        ? -at::log(pt.clamp_min(1e-7))
                                        : -(y * at::log(p) + (1.0 - y) * at::log(1.0 - p));
    const at::Tensor focalPerChannel =
        (alphaT * at::pow(1.0 - pt, gamma) * crossEntropy).sum({2, 3});    // (B,K)
    const at::Tensor channelVisible = (y.amax({2, 3}) > 0).to(at::kFloat); // (B,K)

    const at::Tensor pred = output.coordinates.to(at::kFloat);
    const at::Tensor target = targetCoordinates.to(pred.device(), at::kFloat);
    const at::Tensor coordinateValid = (target != -1.0).to(at::kFloat);
    // where() rather than a product so a stray -1 target cannot feed |pred+1| into the graph.
    const at::Tensor absError =
        at::where(coordinateValid > 0, (pred - target).abs(), at::zeros_like(pred));
    // Multiplying by the 0/1 mask (never indexing) keeps the graph shape fixed.
    return {(focalPerChannel * channelVisible).sum(), absError.sum(), channelVisible.sum(),
            coordinateValid.sum()};
}

torch::Tensor keypointLossCounts(const torch::Tensor& targetHeatmaps,
                                 const torch::Tensor& targetCoordinates)
{
    const at::Tensor visible = (targetHeatmaps.amax({2, 3}) > 0).to(at::kFloat).sum();
    const at::Tensor valid =
        (targetCoordinates.to(targetHeatmaps.device(), at::kFloat) != -1.0).to(at::kFloat).sum();
    return at::stack({visible, valid});
}

LossParts keypointLoss(const ModelOutput& output, const torch::Tensor& targetHeatmaps,
                       const torch::Tensor& targetCoordinates, double lambdaL1, double alpha,
                       double gamma, FocalForm form)
{
    const KeypointLossSums sums =
        keypointLossSums(output, targetHeatmaps, targetCoordinates, alpha, gamma, form);
    // clamp(min 1) turns 0/0 into 0/1 when nothing is visible.
    const at::Tensor focal = sums.focalSum / sums.visibleHeatmaps.clamp_min(1.0);
    const at::Tensor l1 = sums.l1Sum / sums.validCoordinates.clamp_min(1.0);
    return {focal + lambdaL1 * l1, focal, l1};
}

} // namespace kps
