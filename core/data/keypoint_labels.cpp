#include "keypoint_labels.h"

#include "annotation.h"

namespace kps {

std::vector<float> keypointLabels(const Annotation& annotation, const LetterboxCrop& geometry,
                                  int keypointCount)
{
    std::vector<float> labels(static_cast<std::size_t>(keypointCount) * 2, -1.0f);
    const auto pixels = annotation.visiblePixels(keypointCount);
    for (int k = 0; k < keypointCount; ++k) {
        if (!pixels[static_cast<std::size_t>(k)])
            continue;
        const Point2 crop = geometry.imageToCrop(*pixels[static_cast<std::size_t>(k)]);
        if (!geometry.insideCrop(crop))
            continue;
        const Point2 normalised = geometry.cropToNormalised(crop);
        labels[2 * static_cast<std::size_t>(k)] = static_cast<float>(normalised.x);
        labels[2 * static_cast<std::size_t>(k) + 1] = static_cast<float>(normalised.y);
    }
    return labels;
}

} // namespace kps
