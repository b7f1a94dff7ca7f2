#pragma once
// The training loss of DESIGN.md: focal binary cross-entropy on the heatmaps of visible
// keypoints plus lambda x masked L1 on their SoftArgMax coordinates.

#include "keypoint_model.h"
#include "training_config.h"

#include <torch/types.h>

namespace kps {

struct LossParts
{
    torch::Tensor total, focal, l1; // scalars (float32, on the output's device)
};

// targetHeatmaps (B,K,HEAT,HEAT) from kps::heatmapTargets (core/heatmap_target.h);
// targetCoordinates (B,K,2) with -1 for invisible.
//
// focal: per pixel, with p clamped to [1e-7, 1-1e-7] and soft target y,
//   p_t = y p + (1-y)(1-p), a_t = y alpha + (1-y)(1-alpha), and by form:
//   FocalForm::Bce:  a_t (1-p_t)^gamma bce, bce = -(y log p + (1-y) log(1-p))
//                    (the Keras/TF binary focal cross-entropy);
//   FocalForm::Seed: a_t (1-p_t)^gamma (-log p_t)  (the seed's own loss; on soft targets it pulls
//                    each map towards a disk, not towards the Gaussian itself).
//   At y = 0.5, p = 0.9 (alpha .25, gamma 2): Bce 0.1505, Seed 0.0866.
//   It is summed over all pixels of the channels (b,k) whose target map is non-zero (visible
//   keypoints) and divided by the NUMBER OF SUCH CHANNELS, i.e. it is the mean per visible
//   heatmap of that heatmap's summed focal loss; channels of invisible keypoints add nothing.
// l1: mean of |pred - target| over the individual coordinates whose target != -1.
// total = focal + lambdaL1 * l1. With nothing visible all three are exactly 0 (finite, no NaN,
// zero gradients).
LossParts keypointLoss(const ModelOutput& output, const torch::Tensor& targetHeatmaps,
                       const torch::Tensor& targetCoordinates, double lambdaL1 = 5.0,
                       double alpha = 0.25, double gamma = 2.0, FocalForm form = FocalForm::Bce);

// The numerators and denominators of keypointLoss, for losses whose denominators span more than
// one forward pass (gradient accumulation, ranks of a data-parallel run): then
// focal = sum(focalSum) / sum(visibleHeatmaps) and l1 = sum(l1Sum) / sum(validCoordinates) over
// all parts is exactly the loss of their union batch. Sums keep the graph; counts are float
// scalars without gradient.
struct KeypointLossSums
{
    torch::Tensor focalSum, l1Sum, visibleHeatmaps, validCoordinates;
};
KeypointLossSums keypointLossSums(const ModelOutput& output, const torch::Tensor& targetHeatmaps,
                                  const torch::Tensor& targetCoordinates, double alpha = 0.25,
                                  double gamma = 2.0, FocalForm form = FocalForm::Bce);
// The denominators alone (they depend only on the targets): {visible heatmaps, valid coordinates}
// as a float tensor of 2 values on the targets' device.
torch::Tensor keypointLossCounts(const torch::Tensor& targetHeatmaps,
                                 const torch::Tensor& targetCoordinates);

} // namespace kps
