#include "labelled_crops.h"

#include "annotation.h"
#include "file_error.h"
#include "keypoint_labels.h"
#include "letterbox_crop.h"
#include "parallel_for.h"
#include "progress.h"

#include <algorithm>
#include <cstring>
#include <map>

namespace kps {

LabelledCrops loadLabelledCrops(const std::vector<LabelledSample>& samples,
                                const PreprocessConfig& preprocess, int keypointCount,
                                const std::filesystem::path& cacheDir, int threads,
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
            const LetterboxCrop geometry(preprocess, result.crops.imageWidths[i],
                                         result.crops.imageHeights[i]);
            const std::vector<float> labels = keypointLabels(annotation, geometry, keypointCount);
            std::copy(labels.begin(), labels.end(),
                      result.labels.begin() + static_cast<std::ptrdiff_t>(i * labelFloats));
        },
        stop);
    if (observer)
        observer->progress("labels", samples.size(), samples.size());
    return result;
}

LabelledCrops selectLabelledCrops(const LabelledCrops& all, const std::vector<std::string>& first,
                                  const std::vector<std::string>& second,
                                  const std::filesystem::path& source)
{
    std::map<std::string, std::size_t> byStem;
    for (std::size_t i = 0; i < all.size(); ++i)
        byStem[all.stems[i]] = i;
    LabelledCrops out;
    out.keypointCount = all.keypointCount;
    out.crops.imageSize = all.crops.imageSize;
    const std::size_t cropBytes = all.crops.bytesPerCrop();
    const std::size_t labelFloats = static_cast<std::size_t>(all.keypointCount) * 2;
    for (const auto* list : {&first, &second})
        for (const std::string& stem : *list) {
            const auto found = byStem.find(stem);
            if (found == byStem.end())
                throw FileError(source, "has no sample \"" + stem + "\"");
            const std::size_t i = found->second;
            const std::size_t at = out.crops.pixels.size();
            out.crops.pixels.resize(at + cropBytes);
            std::memcpy(out.crops.pixels.data() + at, all.crops.crop(i), cropBytes);
            out.crops.valid.push_back(all.crops.valid[i]);
            out.crops.imageWidths.push_back(all.crops.imageWidths[i]);
            out.crops.imageHeights.push_back(all.crops.imageHeights[i]);
            out.crops.errors.push_back(all.crops.errors[i]);
            out.labels.insert(
                out.labels.end(), all.labels.begin() + static_cast<std::ptrdiff_t>(i * labelFloats),
                all.labels.begin() + static_cast<std::ptrdiff_t>((i + 1) * labelFloats));
            out.stems.push_back(stem);
        }
    return out;
}

} // namespace kps
