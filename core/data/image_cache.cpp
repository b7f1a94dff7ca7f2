#include "image_cache.h"

#include "atomic_file.h"
#include "file_error.h"
#include "parallel_for.h"
#include "progress.h"
#include "stable_hash.h"

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <unordered_map>

namespace kps {

namespace {

constexpr char kMagic[8] = {'K', 'P', 'S', 'C', 'A', 'C', 'H', '1'};

struct FileStamp
{
    std::uintmax_t size = 0;
    long long mtime = 0;
    bool exists = false;
};

FileStamp stampOf(const std::filesystem::path& file)
{
    std::error_code error;
    FileStamp stamp;
    stamp.size = std::filesystem::file_size(file, error);
    if (error)
        return stamp;
    const auto time = std::filesystem::last_write_time(file, error);
    if (error)
        return stamp;
    stamp.mtime = static_cast<long long>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count());
    stamp.exists = true;
    return stamp;
}

struct CacheEntry
{
    std::string path;
    FileStamp stamp;
    int width = 0;
    int height = 0;
    std::uint64_t offset = 0; // of the crop bytes in the cache file
};

// Reads the header of an existing cache file; an unreadable or foreign file is just a miss.
std::vector<CacheEntry> readCacheIndex(const std::filesystem::path& file, const std::string& key,
                                       int imageSize)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return {};
    char magic[8];
    std::uint64_t headerSize = 0;
    if (!in.read(magic, 8) || std::memcmp(magic, kMagic, 8) != 0 ||
        !in.read(reinterpret_cast<char*>(&headerSize), sizeof headerSize) ||
        headerSize > (1ULL << 32))
        return {};
    std::string header(headerSize, '\0');
    if (!in.read(header.data(), static_cast<std::streamsize>(headerSize)))
        return {};
    const auto json = nlohmann::json::parse(header, nullptr, false);
    if (json.is_discarded() || json.value("config", std::string()) != key ||
        json.value("image_size", 0) != imageSize)
        return {};
    const std::uint64_t cropBytes = static_cast<std::uint64_t>(imageSize) * imageSize * 3;
    std::uint64_t offset = 8 + sizeof headerSize + headerSize;
    std::vector<CacheEntry> entries;
    for (const auto& item : json.value("entries", nlohmann::json::array())) {
        CacheEntry entry;
        entry.path = item.value("path", std::string());
        entry.stamp.size = item.value("size", std::uintmax_t{0});
        entry.stamp.mtime = item.value("mtime", 0LL);
        entry.stamp.exists = true;
        entry.width = item.value("width", 0);
        entry.height = item.value("height", 0);
        entry.offset = offset;
        offset += cropBytes;
        entries.push_back(std::move(entry));
    }
    in.seekg(0, std::ios::end);
    if (static_cast<std::uint64_t>(in.tellg()) < offset)
        return {}; // truncated file: ignore it entirely
    return entries;
}

} // namespace

cv::Mat loadPreprocessedImage(const std::filesystem::path& image, const PreprocessConfig& config,
                              int* width, int* height)
{
    const cv::Mat bgr = cv::imread(image.string(), cv::IMREAD_COLOR);
    if (bgr.empty())
        throw FileError(image, "cannot decode image (corrupt or unsupported format)");
    if (width)
        *width = bgr.cols;
    if (height)
        *height = bgr.rows;
    return LetterboxCrop(config, bgr.cols, bgr.rows).apply(bgr);
}

ImageCache::ImageCache(std::filesystem::path cacheDir, PreprocessConfig config)
    : m_cacheDir(std::move(cacheDir)), m_config(config)
{
    m_config.validate();
}

std::filesystem::path ImageCache::defaultCacheDir()
{
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "keypoint-studio";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".cache" / "keypoint-studio";
    return std::filesystem::temp_directory_path() / "keypoint-studio-cache";
}

std::filesystem::path ImageCache::cacheFile(const std::filesystem::path& datasetRoot) const
{
    std::error_code error;
    std::filesystem::path absolute = std::filesystem::weakly_canonical(datasetRoot, error);
    if (error)
        absolute = std::filesystem::absolute(datasetRoot);
    char name[64];
    std::snprintf(name, sizeof name, "%016llx_%s.kpcache",
                  static_cast<unsigned long long>(stableHash(absolute.string())),
                  m_config.cacheKey().c_str());
    return m_cacheDir / name;
}

CropSet ImageCache::load(const std::vector<std::filesystem::path>& images,
                         ProgressObserver* observer, const StopToken* stop, int threads)
{
    CropSet set;
    set.imageSize = m_config.imageSize;
    const std::size_t count = images.size();
    const std::size_t cropBytes = set.bytesPerCrop();
    set.pixels.assign(count * cropBytes, 0);
    set.valid.assign(count, false);
    set.imageWidths.assign(count, 0);
    set.imageHeights.assign(count, 0);
    set.errors.assign(count, std::string());
    m_hits = m_misses = 0;
    if (count == 0)
        return set;

    std::vector<std::string> keys(count);
    std::vector<FileStamp> stamps(count);
    for (std::size_t i = 0; i < count; ++i) {
        std::error_code error;
        std::filesystem::path absolute = std::filesystem::absolute(images[i], error);
        keys[i] = (error ? images[i] : absolute).lexically_normal().string();
        stamps[i] = stampOf(images[i]);
    }

    const bool useDisk = !m_cacheDir.empty();
    const std::filesystem::path file =
        useDisk ? cacheFile(images.front().parent_path()) : std::filesystem::path();
    std::vector<CacheEntry> cached =
        useDisk ? readCacheIndex(file, m_config.cacheKey(), m_config.imageSize)
                : std::vector<CacheEntry>();
    std::unordered_map<std::string, std::size_t> cachedByPath;
    for (std::size_t e = 0; e < cached.size(); ++e)
        cachedByPath[cached[e].path] = e;

    std::vector<std::size_t> misses;
    std::vector<bool> requestedEntry(cached.size(), false);
    {
        std::ifstream in;
        if (!cached.empty())
            in.open(file, std::ios::binary);
        for (std::size_t i = 0; i < count; ++i) {
            const auto found = cachedByPath.find(keys[i]);
            if (found != cachedByPath.end()) {
                const CacheEntry& entry = cached[found->second];
                requestedEntry[found->second] = true;
                if (stamps[i].exists && entry.stamp.size == stamps[i].size &&
                    entry.stamp.mtime == stamps[i].mtime &&
                    in.seekg(static_cast<std::streamoff>(entry.offset)) &&
                    in.read(reinterpret_cast<char*>(set.pixels.data() + i * cropBytes),
                            static_cast<std::streamsize>(cropBytes))) {
                    set.valid[i] = true;
                    set.imageWidths[i] = entry.width;
                    set.imageHeights[i] = entry.height;
                    ++m_hits;
                    continue;
                }
                in.clear();
            }
            misses.push_back(i);
        }
    }
    m_misses = misses.size();

    std::atomic<std::size_t> done{m_hits};
    if (observer)
        observer->progress("caching", done.load(), count);
    parallelFor(
        misses.size(), threads,
        [&](std::size_t m) {
            const std::size_t i = misses[m];
            try {
                int width = 0;
                int height = 0;
                const cv::Mat crop = loadPreprocessedImage(images[i], m_config, &width, &height);
                std::memcpy(set.pixels.data() + i * cropBytes, crop.data, cropBytes);
                set.imageWidths[i] = width;
                set.imageHeights[i] = height;
                set.valid[i] = true;
            } catch (const std::exception& error) {
                set.errors[i] = error.what();
            }
            const std::size_t finished = ++done;
            if (observer)
                observer->progress("caching", finished, count);
        },
        stop);
    for (std::size_t i = 0; i < count; ++i)
        if (!set.valid[i] && set.errors[i].empty())
            set.errors[i] = images[i].string() + ": not processed (cancelled)";

    if (!useDisk || misses.empty())
        return set;

    // Rewrite the cache: every valid requested crop plus the entries of other requests kept as they
    // were.
    std::filesystem::create_directories(m_cacheDir);
    nlohmann::json entries = nlohmann::json::array();
    for (std::size_t i = 0; i < count; ++i)
        if (set.valid[i])
            entries.push_back({{"path", keys[i]},
                               {"size", stamps[i].size},
                               {"mtime", stamps[i].mtime},
                               {"width", set.imageWidths[i]},
                               {"height", set.imageHeights[i]}});
    std::vector<std::size_t> kept;
    for (std::size_t e = 0; e < cached.size(); ++e)
        if (!requestedEntry[e]) {
            kept.push_back(e);
            entries.push_back({{"path", cached[e].path},
                               {"size", cached[e].stamp.size},
                               {"mtime", cached[e].stamp.mtime},
                               {"width", cached[e].width},
                               {"height", cached[e].height}});
        }
    const std::string header = nlohmann::json{
        {"config", m_config.cacheKey()},
        {"image_size", m_config.imageSize},
        {"entries", entries}}.dump();
    const std::uint64_t headerSize = header.size();
    AtomicFileWriter writer(file);
    writer.write(kMagic, sizeof kMagic);
    writer.write(&headerSize, sizeof headerSize);
    writer.write(header.data(), header.size());
    for (std::size_t i = 0; i < count; ++i)
        if (set.valid[i])
            writer.write(set.pixels.data() + i * cropBytes, cropBytes);
    if (!kept.empty()) {
        std::ifstream in(file, std::ios::binary);
        std::vector<char> buffer(cropBytes);
        for (std::size_t e : kept) {
            if (!in.seekg(static_cast<std::streamoff>(cached[e].offset)) ||
                !in.read(buffer.data(), static_cast<std::streamsize>(cropBytes)))
                throw FileError(file, "cache file changed while it was being rewritten");
            writer.write(buffer.data(), cropBytes);
        }
    }
    writer.commit();
    return set;
}

} // namespace kps
