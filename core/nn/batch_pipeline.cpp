#include "batch_pipeline.h"

#include "image_cache.h"

#include <ATen/ATen.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstring>
#include <random>

namespace kps {

std::uint64_t mixSeed(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t z = a + 0x9e3779b97f4a7c15ull * (b + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

namespace {

// Uniform double in [0, 1) from the raw engine output: std::uniform_real_distribution's results
// differ between standard libraries, this does not.
double uniform01(std::mt19937_64& rng)
{
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

} // namespace

BatchPipeline::BatchPipeline(const CropSet& crops, const std::vector<float>& labels,
                             int keypointCount, std::vector<std::size_t> samples,
                             BatchPipelineOptions options)
    : m_crops(crops), m_labels(labels), m_keypointCount(keypointCount),
      m_samples(std::move(samples)), m_options(options)
{
    m_options.batchSize = std::max(1, m_options.batchSize);
    m_options.shardCount = std::max(1, m_options.shardCount);
    m_options.shardIndex = std::clamp(m_options.shardIndex, 0, m_options.shardCount - 1);
    m_options.microBatches = std::max(1, m_options.microBatches);
    m_options.prefetch = std::max(1, m_options.prefetch);
}

BatchPipeline::~BatchPipeline()
{
    stop();
}

std::size_t shardGroupStart(std::size_t images, int groups, int group)
{
    return images * static_cast<std::size_t>(group) / static_cast<std::size_t>(std::max(1, groups));
}

int BatchPipeline::batchesPerEpoch() const
{
    const auto batch = static_cast<std::size_t>(m_options.batchSize);
    return static_cast<int>((m_samples.size() + batch - 1) / batch);
}

std::vector<std::size_t> BatchPipeline::epochOrder(int epoch) const
{
    return epochOrder(m_samples, m_options, epoch);
}

std::vector<std::size_t> BatchPipeline::epochOrder(const std::vector<std::size_t>& samples,
                                                   const BatchPipelineOptions& options, int epoch)
{
    std::vector<std::size_t> order = samples;
    if (!options.shuffle)
        return order;
    std::mt19937_64 rng(mixSeed(options.seed, static_cast<std::uint64_t>(epoch)));
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[static_cast<std::size_t>(rng() % i)]);
    return order;
}

std::vector<std::size_t> BatchPipeline::shardSamples(const std::vector<std::size_t>& samples,
                                                     const BatchPipelineOptions& options, int epoch)
{
    const std::vector<std::size_t> order = epochOrder(samples, options, epoch);
    const int micro = std::max(1, options.microBatches);
    const int groups = std::max(1, options.shardCount) * micro;
    const int firstGroup = options.shardIndex * micro;
    const auto batch = static_cast<std::size_t>(std::max(1, options.batchSize));
    std::vector<std::size_t> result;
    for (std::size_t stepBegin = 0; stepBegin < order.size(); stepBegin += batch) {
        const std::size_t images = std::min(batch, order.size() - stepBegin);
        for (std::size_t i = shardGroupStart(images, groups, firstGroup);
             i < shardGroupStart(images, groups, firstGroup + micro); ++i)
            result.push_back(order[stepBegin + i]);
    }
    return result;
}

void BatchPipeline::augmentCrop(std::uint8_t* crop, int imageSize, const AugmentationConfig& config,
                                std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    // Draw every number whether or not it is used, so one setting does not shift the others.
    const double blurDraw = uniform01(rng);
    const double sigmaDraw = uniform01(rng);
    const double brightnessDraw = uniform01(rng);
    const double factorDraw = uniform01(rng);
    cv::Mat image(imageSize, imageSize, CV_8UC3, crop);
    if (blurDraw < config.blurProbability && config.blurMaxSigma > 0.0) {
        const double minSigma = std::min(0.3, config.blurMaxSigma);
        const double sigma = minSigma + sigmaDraw * (config.blurMaxSigma - minSigma);
        cv::GaussianBlur(image, image, cv::Size(0, 0), sigma, sigma, cv::BORDER_REFLECT_101);
    }
    if (brightnessDraw < config.brightnessProbability) {
        const double factor =
            config.brightnessMinFactor +
            factorDraw * (config.brightnessMaxFactor - config.brightnessMinFactor);
        image.convertTo(image, -1, factor, 0.0);
    }
}

TrainingBatch BatchPipeline::makeBatch(int epoch, int index,
                                       const std::vector<std::size_t>& order) const
{
    const std::size_t stepBegin =
        static_cast<std::size_t>(index) * static_cast<std::size_t>(m_options.batchSize);
    const std::size_t stepEnd =
        std::min(order.size(), stepBegin + static_cast<std::size_t>(m_options.batchSize));
    // This shard's micro-batches: groups shardIndex*micro .. +micro of the step's shardCount*micro.
    const std::size_t stepImages = stepEnd - stepBegin;
    const int micro = m_options.microBatches;
    const int groups = m_options.shardCount * micro;
    const int firstGroup = m_options.shardIndex * micro;
    const std::size_t begin = stepBegin + shardGroupStart(stepImages, groups, firstGroup);
    const std::size_t end = stepBegin + shardGroupStart(stepImages, groups, firstGroup + micro);
    const auto count = static_cast<std::int64_t>(end - begin);
    const int side = m_crops.imageSize;
    const std::size_t cropBytes = m_crops.bytesPerCrop();
    const std::size_t labelFloats = static_cast<std::size_t>(m_keypointCount) * 2;

    auto options = at::TensorOptions().pinned_memory(m_options.pinMemory);
    TrainingBatch batch;
    batch.epoch = epoch;
    batch.index = index;
    batch.stepImages = static_cast<std::int64_t>(stepImages);
    for (int k = 0; k < micro; ++k)
        batch.microBatchSizes.push_back(
            static_cast<std::int64_t>(shardGroupStart(stepImages, groups, firstGroup + k + 1) -
                                      shardGroupStart(stepImages, groups, firstGroup + k)));
    batch.crops = at::empty({count, side, side, 3}, options.dtype(at::kByte));
    batch.coordinates = at::empty({count, m_keypointCount, 2}, options.dtype(at::kFloat));
    auto* pixels = batch.crops.data_ptr<std::uint8_t>();
    auto* coordinates = batch.coordinates.data_ptr<float>();
    for (std::size_t i = begin; i < end; ++i) {
        const std::size_t sample = order[i];
        const std::size_t row = i - begin;
        batch.samples.push_back(sample);
        std::uint8_t* target = pixels + row * cropBytes;
        std::memcpy(target, m_crops.crop(sample), cropBytes);
        std::memcpy(coordinates + row * labelFloats, m_labels.data() + sample * labelFloats,
                    labelFloats * sizeof(float));
        if (m_options.augment && m_options.augmentation.enabled()) {
            const std::uint64_t seed = mixSeed(
                mixSeed(m_options.seed ^ 0xa5a5a5a5ull, static_cast<std::uint64_t>(epoch)), i);
            augmentCrop(target, side, m_options.augmentation, seed);
        }
    }
    return batch;
}

void BatchPipeline::startEpoch(int epoch, int firstBatch)
{
    stop();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.clear();
        m_cancel = false;
        m_producerDone = false;
        m_error = nullptr;
        ++m_generation;
    }
    m_thread = std::thread(&BatchPipeline::produce, this, epoch, firstBatch, m_generation);
}

void BatchPipeline::produce(int epoch, int firstBatch, std::uint64_t generation)
{
    try {
        const std::vector<std::size_t> order = epochOrder(epoch);
        const int batches = batchesPerEpoch();
        for (int index = std::max(0, firstBatch); index < batches; ++index) {
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                if (m_cancel || generation != m_generation)
                    break;
            }
            TrainingBatch batch = makeBatch(epoch, index, order);
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [&] {
                return m_cancel || m_queue.size() < static_cast<std::size_t>(m_options.prefetch);
            });
            if (m_cancel)
                break;
            m_queue.push_back(std::move(batch));
            m_changed.notify_all();
        }
    } catch (...) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_error = std::current_exception();
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_producerDone = true;
    m_changed.notify_all();
}

std::optional<TrainingBatch> BatchPipeline::next()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_queue.empty() || m_producerDone; });
    if (!m_queue.empty()) {
        TrainingBatch batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_changed.notify_all();
        return batch;
    }
    if (m_error) {
        std::exception_ptr error = m_error;
        m_error = nullptr;
        std::rethrow_exception(error);
    }
    return std::nullopt;
}

void BatchPipeline::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancel = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_queue.clear();
    m_producerDone = true;
}

} // namespace kps
