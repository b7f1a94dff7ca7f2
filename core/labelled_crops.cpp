#include "labelled_crops.h"

#include "annotation.h"
#include "keypoint_labels.h"
#include "letterbox_crop.h"
#include "parallel_for.h"
#include "progress.h"

#include <algorithm>

namespace kps {

LabelledCrops loadLabelledCrops(const std::vector<LabelledSample>& samples, const PreprocessConfig& preprocess,
                                int keypointCount, const std::filesystem::path& cacheDir, int threads,
                                ProgressObserver* observer, const StopToken* stop)
{
    LabelledCrops result;
    result.keypointCount = keypointCount;
    std::vector<std::filesystem::path> images;
    for (const LabelledSample& sample : samples) {
        images.push_back(sample.imagePath);
        result.stems.push_back(sample.stem);
    }
    if (observer)
        observer->progress("caching", 0, images.size());
    ImageCache cache(cacheDir.empty() ? ImageCache::defaultCacheDir() : cacheDir, preprocess);
    result.crops = cache.load(images, observer, stop, threads);
    if (stop && stop->stopRequested())
        return result;

    const std::size_t labelFloats = static_cast<std::size_t>(keypointCount) * 2;
    result.labels.assign(samples.size() * labelFloats, -1.0f);
    parallelFor(
        samples.size(), threads,
        [&](std::size_t i) {
            if (!result.crops.valid[i])
                return;
            const Annotation annotation = Annotation::load(samples[i].annotationPath);
            const LetterboxCrop geometry(preprocess, result.crops.imageWidths[i], result.crops.imageHeights[i]);
            const std::vector<float> labels = keypointLabels(annotation, geometry, keypointCount);
            std::copy(labels.begin(), labels.end(), result.labels.begin() + static_cast<std::ptrdiff_t>(i * labelFloats));
        },
        stop);
    if (observer)
        observer->progress("labels", samples.size(), samples.size());
    return result;
}

} // namespace kps
