#pragma once
// The preprocessed-image cache: uint8 IMG x IMG x 3 (BGR) crops only, on disk so that later runs
// reuse them, keyed by the preprocessing settings; an entry is re-made when its image's size or
// modification time changes. Filling decodes and preprocesses in parallel on all cores.

#include "letterbox_crop.h"
#include "preprocess_config.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kps {

class ProgressObserver;
class StopToken;

// Crops of a list of images, contiguous in memory, in the order asked for.
struct CropSet
{
    int imageSize = 0;
    std::vector<std::uint8_t> pixels; // N * IMG * IMG * 3, BGR
    // Nonzero when the image was read (0: it could not be decoded). One byte per image, not
    // std::vector<bool>: the loaders set the flags of different images from parallel threads,
    // and vector<bool> packs neighbours into one word (a data race that lost flags).
    std::vector<std::uint8_t> valid;
    std::vector<int> imageWidths; // original sizes (for the label / inverse maps)
    std::vector<int> imageHeights;
    std::vector<std::string> errors; // per image: why it is invalid ("" when valid)

    std::size_t size() const { return valid.size(); }
    std::size_t bytesPerCrop() const { return static_cast<std::size_t>(imageSize) * imageSize * 3; }
    const std::uint8_t* crop(std::size_t i) const { return pixels.data() + i * bytesPerCrop(); }
};

class ImageCache
{
public:
    // cacheDir: where cache files live (created when missing); empty = no disk cache.
    ImageCache(std::filesystem::path cacheDir, PreprocessConfig config);

    // Returns the crops of `images`, decoding only those not cached (or changed), and saves the
    // cache file atomically. threads <= 0: all cores.
    CropSet load(const std::vector<std::filesystem::path>& images,
                 ProgressObserver* observer = nullptr, const StopToken* stop = nullptr,
                 int threads = 0);

    // The cache file used for this dataset folder and configuration.
    std::filesystem::path cacheFile(const std::filesystem::path& datasetRoot) const;

    // The default cache folder: $XDG_CACHE_HOME/keypoint-studio (or ~/.cache/keypoint-studio).
    static std::filesystem::path defaultCacheDir();

    std::size_t lastHits() const { return m_hits; }
    std::size_t lastMisses() const { return m_misses; }

private:
    std::filesystem::path m_cacheDir;
    PreprocessConfig m_config;
    std::size_t m_hits = 0;
    std::size_t m_misses = 0;
};

// Decodes one image (BGR uint8) and preprocesses it; throws kps::FileError naming the file.
cv::Mat loadPreprocessedImage(const std::filesystem::path& image, const PreprocessConfig& config,
                              int* width = nullptr, int* height = nullptr);

} // namespace kps
