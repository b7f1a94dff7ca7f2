#pragma once
// Cached model-input crops of annotated samples together with their labels (normalised crop
// coordinates, -1 for invisible), in one order: what training, validation and quick evaluations
// iterate over.

#include "image_cache.h"

#include <filesystem>
#include <string>
#include <vector>

namespace kps {

class ProgressObserver;
class StopToken;

struct LabelledSample
{
    std::string stem;
    std::filesystem::path imagePath;
    std::filesystem::path annotationPath;
};

struct LabelledCrops
{
    int keypointCount = 0;
    CropSet crops;             // crops.valid[i] false: not decodable (labels stay -1)
    std::vector<float> labels; // size() * K * 2
    std::vector<std::string> stems;

    std::size_t size() const { return stems.size(); }
};

// Loads (through the on-disk cache in cacheDir; empty = ImageCache::defaultCacheDir()) and labels
// the samples in parallel. Reports "caching" then "labels". Throws kps::FileError for an
// unreadable annotation. On a stop the result is incomplete: check the token.
LabelledCrops loadLabelledCrops(const std::vector<LabelledSample>& samples,
                                const PreprocessConfig& preprocess, int keypointCount,
                                const std::filesystem::path& cacheDir, int threads = 0,
                                ProgressObserver* observer = nullptr,
                                const StopToken* stop = nullptr);

// The rows of `all` named by the stems of `first`, then of `second`, in that order (the trainer's
// training-then-validation order). Throws kps::FileError(source, ...) for a stem `all` lacks.
LabelledCrops selectLabelledCrops(const LabelledCrops& all, const std::vector<std::string>& first,
                                  const std::vector<std::string>& second,
                                  const std::filesystem::path& source);

} // namespace kps
