#pragma once
// Gaussian heatmap targets made on the fly from normalised coordinates (DESIGN.md): for each
// keypoint, exp(-((x-cx)^2+(y-cy)^2)/(2 sigma^2)) with cx = xn*(HEAT-1); an all-zero channel for
// an invisible keypoint (coordinates (-1,-1)).

#include <vector>

namespace at {
class Tensor;
}

namespace kps {

// coordinates: K*2 floats (xn, yn) in [0,1] or -1 for invisible. Returns K*size*size floats.
std::vector<float> heatmapTarget(const std::vector<float>& coordinates, int size, double sigma);

// Batched, on any device: coordinates (B,K,2) float -> (B,K,size,size) float.
at::Tensor heatmapTargets(const at::Tensor& coordinates, int size, double sigma);

} // namespace kps
