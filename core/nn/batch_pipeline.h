#pragma once
// Builds training/validation batches from cached uint8 crops + labels on a background thread (a
// bounded prefetch queue), so the model's compute never waits for data. Per epoch the sample
// order is a seeded shuffle and each image's photometric augmentation (Gaussian blur, brightness
// reduction; never geometric: labels stay exact) is drawn from an RNG seeded by (seed, epoch,
// position): a batch's contents depend only on those, so a resumed run sees the same batches.

#include "training_config.h"

#include <ATen/core/Tensor.h>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace kps {

struct CropSet;

// One batch on the CPU (pinned when the pipeline feeds a CUDA device).
struct TrainingBatch
{
    at::Tensor crops;                 // (B, IMG, IMG, 3) uint8 BGR
    at::Tensor coordinates;           // (B, K, 2) float, normalised, -1 for invisible keypoints
    std::vector<std::size_t> samples; // positions in the CropSet
    int epoch = 0;
    int index = 0; // batch index within the epoch
    // Sharded pipelines: the images of the whole step (all shards), and how this shard's rows
    // split into micro-batches (gradient accumulation); one entry = the whole batch.
    std::int64_t stepImages = 0;
    std::vector<std::int64_t> microBatchSizes;
};

struct BatchPipelineOptions
{
    int batchSize = 32;
    bool shuffle = true;
    bool augment = true;
    AugmentationConfig augmentation;
    unsigned long long seed = 0;
    int prefetch = 3;       // batches kept ready ahead of the consumer
    bool pinMemory = false; // page-locked CPU tensors for asynchronous host-to-GPU copies
    // Data parallelism: each step's batchSize images (the global order of the epoch) split into
    // shardCount * microBatches contiguous groups as evenly as possible; this pipeline yields the
    // microBatches groups of shard shardIndex (a rank). Order and augmentation depend only on
    // (seed, epoch, position), so the union over shards is the unsharded batch.
    int shardIndex = 0;
    int shardCount = 1;
    int microBatches = 1;
};

// Where group `group` of `groups` starts in a step of `images` images (floor(images*group/groups)).
std::size_t shardGroupStart(std::size_t images, int groups, int group);

class BatchPipeline
{
public:
    // crops and labels (N*K*2 floats, the CropSet's order) must outlive the pipeline; samples are
    // the CropSet positions this pipeline draws from (e.g. the training split).
    BatchPipeline(const CropSet& crops, const std::vector<float>& labels, int keypointCount,
                  std::vector<std::size_t> samples, BatchPipelineOptions options);
    ~BatchPipeline();
    BatchPipeline(const BatchPipeline&) = delete;
    BatchPipeline& operator=(const BatchPipeline&) = delete;

    std::size_t sampleCount() const { return m_samples.size(); }
    const BatchPipelineOptions& options() const { return m_options; }
    int batchesPerEpoch() const;

    // Starts producing the batches of `epoch` from batch `firstBatch` on (a resumed epoch); a
    // running epoch is abandoned first.
    void startEpoch(int epoch, int firstBatch = 0);
    // The next batch of the current epoch, nullopt after its last one. Rethrows a producer error.
    std::optional<TrainingBatch> next();
    // Stops the producer (also done by the destructor).
    void stop();

    // The sample positions of `epoch` in order (a deterministic Fisher-Yates shuffle).
    std::vector<std::size_t> epochOrder(int epoch) const;
    // The samples this shard's batches of `epoch` contain (all of them when unsharded); the static
    // form answers for a pipeline not built yet (e.g. to render only those images first).
    std::vector<std::size_t> shardSamples(int epoch) const
    {
        return shardSamples(m_samples, m_options, epoch);
    }
    static std::vector<std::size_t> shardSamples(const std::vector<std::size_t>& samples,
                                                 const BatchPipelineOptions& options, int epoch);
    static std::vector<std::size_t> epochOrder(const std::vector<std::size_t>& samples,
                                               const BatchPipelineOptions& options, int epoch);
    // Builds batch `index` of `epoch` synchronously (what the producer thread runs).
    TrainingBatch makeBatch(int epoch, int index, const std::vector<std::size_t>& order) const;

    // Applies the photometric augmentation to one IMG x IMG x 3 uint8 crop in place, drawn from
    // a generator seeded by `seed`.
    static void augmentCrop(std::uint8_t* crop, int imageSize, const AugmentationConfig& config,
                            std::uint64_t seed);

private:
    void produce(int epoch, int firstBatch, std::uint64_t generation);

    const CropSet& m_crops;
    const std::vector<float>& m_labels;
    int m_keypointCount;
    std::vector<std::size_t> m_samples;
    BatchPipelineOptions m_options;

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<TrainingBatch> m_queue;
    bool m_producerDone = true;
    bool m_cancel = false;
    std::uint64_t m_generation = 0;
    std::exception_ptr m_error;
};

// Deterministic 64-bit mixing (splitmix64) for seeds derived from (seed, epoch, position).
std::uint64_t mixSeed(std::uint64_t a, std::uint64_t b);

} // namespace kps
