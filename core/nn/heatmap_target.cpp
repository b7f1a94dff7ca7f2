#include "heatmap_target.h"

#include <ATen/ATen.h>

#include <cmath>
#include <stdexcept>

namespace kps {

std::vector<float> heatmapTarget(const std::vector<float>& coordinates, int size, double sigma)
{
    if (coordinates.size() % 2 != 0)
        throw std::invalid_argument("heatmapTarget: coordinates must hold (x, y) pairs");
    const std::size_t keypoints = coordinates.size() / 2;
    const std::size_t plane = static_cast<std::size_t>(size) * size;
    std::vector<float> maps(keypoints * plane, 0.0f);
    const double denominator = 2.0 * sigma * sigma;
    for (std::size_t k = 0; k < keypoints; ++k) {
        const float xn = coordinates[2 * k];
        const float yn = coordinates[2 * k + 1];
        if (xn < 0.0f || yn < 0.0f)
            continue; // invisible: all-zero channel
        const double cx = xn * (size - 1);
        const double cy = yn * (size - 1);
        float* map = maps.data() + k * plane;
        for (int i = 0; i < size; ++i)
            for (int j = 0; j < size; ++j)
                map[i * size + j] = static_cast<float>(
                    std::exp(-((j - cx) * (j - cx) + (i - cy) * (i - cy)) / denominator));
    }
    return maps;
}

at::Tensor heatmapTargets(const at::Tensor& coordinates, int size, double sigma)
{
    if (coordinates.dim() != 3 || coordinates.size(2) != 2)
        throw std::invalid_argument("heatmapTargets: coordinates must be (B,K,2)");
    const auto options = coordinates.options().dtype(at::kFloat);
    const at::Tensor grid = at::arange(size, options); // pixel index along one axis
    const at::Tensor coords = coordinates.to(at::kFloat);
    const at::Tensor cx = coords.select(2, 0).unsqueeze(-1) * (size - 1); // (B,K,1)
    const at::Tensor cy = coords.select(2, 1).unsqueeze(-1) * (size - 1);
    const at::Tensor dx2 = (grid.view({1, 1, size}) - cx).pow(2); // (B,K,W)
    const at::Tensor dy2 = (grid.view({1, 1, size}) - cy).pow(2); // (B,K,H)
    at::Tensor maps = at::exp(-(dy2.unsqueeze(-1) + dx2.unsqueeze(-2)) / (2.0 * sigma * sigma));
    const at::Tensor visible = (coords.select(2, 0) >= 0) & (coords.select(2, 1) >= 0); // (B,K)
    return maps * visible.to(at::kFloat).unsqueeze(-1).unsqueeze(-1);
}

} // namespace kps
