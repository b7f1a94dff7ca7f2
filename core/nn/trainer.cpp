#include "trainer.h"

#include "atomic_file.h"
#include "batch_pipeline.h"
#include "dataset_layout.h"
#include "dataset_scan.h"
#include "distributed_group.h"
#include "file_error.h"
#include "fused_adam.h"
#include "image_cache.h"
#include "labelled_crops.h"
#include "mixed_precision.h"
#include "parallel_for.h"
#include "pretrained_backbone.h"
#include "progress.h"
#include "seed_arrays.h"
#include "synthetic_crops.h"
#include "training_step.h"
#include "weights_file.h"

#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/optim/adam.h>
#include <torch/serialize.h>
#include <torch/utils.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <vector>
#include <sstream>
#include <thread>
#include <utility>

namespace kps {

using Json = nlohmann::ordered_json;

const char* toString(TrainingSummary::Outcome outcome)
{
    switch (outcome) {
    case TrainingSummary::Outcome::Finished:
        return "finished";
    case TrainingSummary::Outcome::Stopped:
        return "stopped";
    case TrainingSummary::Outcome::Failed:
        break;
    }
    return "failed";
}

namespace {

constexpr std::pair<TrainingStage, const char*> kStageNames[] = {
    {TrainingStage::PreparingData, "preparing data"},
    {TrainingStage::Scanning, "scanning"},
    {TrainingStage::Caching, "caching"},
    {TrainingStage::Labels, "labels"},
    {TrainingStage::LoadingArrays, "loading arrays"},
    {TrainingStage::Rendering, "rendering"},
    {TrainingStage::BuildingModel, "building model"},
    {TrainingStage::FirstBatch, "first batch"},
    {TrainingStage::Validating, "validating"},
    {TrainingStage::Writing, "writing"},
    {TrainingStage::FineTuning, "fine-tuning"},
};

} // namespace

const char* toString(TrainingStage stage)
{
    for (const auto& [value, name] : kStageNames)
        if (value == stage)
            return name;
    return "";
}

std::optional<TrainingStage> trainingStageFromString(const std::string& text)
{
    for (const auto& [value, name] : kStageNames)
        if (text == name)
            return value;
    return std::nullopt;
}

std::string allEpochsFinishedMessage(int completedEpochs)
{
    return "finished " + std::to_string(completedEpochs) + " epochs";
}

namespace {

using Clock = std::chrono::steady_clock;
constexpr double kInfinity = std::numeric_limits<double>::infinity();
const char* const kMainPhase = "main";
const char* const kFineTunePhase = "fine_tune";

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// JSON has no infinity: "not yet set" travels as null.
Json finiteOrNull(double value)
{
    return std::isfinite(value) ? Json(value) : Json(nullptr);
}
double numberOr(const Json& json, const char* key, double fallback)
{
    const auto found = json.find(key);
    return found != json.end() && found->is_number() ? found->get<double>() : fallback;
}

// Counters that make a run resumable; training_state.json.
struct LoopState
{
    int completedEpochs = 0;
    std::string phase = kMainPhase;
    int phaseEpochsDone = 0;
    double learningRate = 0;
    double plateauBest = kInfinity;
    int plateauWait = 0;
    double earlyBest = kInfinity;
    int earlyWait = 0;
    double bestValLoss = kInfinity; // validation loss of the best epoch
    double bestScore = kInfinity;   // the best-checkpoint criterion's value (lower is better)
    int bestEpoch = 0;
    std::string endReason;
    // An epoch interrupted by a stop: batches done and the loss sums / images / time so far.
    int partialBatches = 0;
    double partialSums[3] = {0, 0, 0};
    double partialImages = 0;
    double partialSeconds = 0;

    Json toJson(unsigned long long seed) const
    {
        Json json;
        json["format"] = "keypoint-studio-training-state";
        json["version"] = 1;
        json["completed_epochs"] = completedEpochs;
        json["phase"] = phase;
        json["phase_epochs_done"] = phaseEpochsDone;
        json["learning_rate"] = learningRate;
        json["plateau"] = Json{{"best", finiteOrNull(plateauBest)}, {"wait", plateauWait}};
        json["early_stopping"] = Json{{"best", finiteOrNull(earlyBest)}, {"wait", earlyWait}};
        json["best_val_loss"] = finiteOrNull(bestValLoss);
        json["best_score"] = finiteOrNull(bestScore);
        json["best_epoch"] = bestEpoch;
        json["end_reason"] = endReason;
        json["partial_epoch"] =
            Json{{"epoch", completedEpochs + 1},
                 {"batches_done", partialBatches},
                 {"loss_sums", {partialSums[0], partialSums[1], partialSums[2]}},
                 {"images", partialImages},
                 {"seconds", partialSeconds}};
        // Every random draw derives from (seed, epoch, position): no generator state to keep.
        json["rng"] = Json{{"seed", seed}, {"scheme", "splitmix64(seed, epoch, position)"}};
        return json;
    }

    static LoopState fromJson(const Json& json, const std::filesystem::path& file)
    {
        LoopState state;
        try {
            state.completedEpochs = json.at("completed_epochs").get<int>();
            state.phase = json.at("phase").get<std::string>();
            state.phaseEpochsDone = json.at("phase_epochs_done").get<int>();
            state.learningRate = json.at("learning_rate").get<double>();
            state.plateauBest = numberOr(json.at("plateau"), "best", kInfinity);
            state.plateauWait = json.at("plateau").at("wait").get<int>();
            state.earlyBest = numberOr(json.at("early_stopping"), "best", kInfinity);
            state.earlyWait = json.at("early_stopping").at("wait").get<int>();
            state.bestValLoss = numberOr(json, "best_val_loss", kInfinity);
            // States written before the criterion existed ranked by validation loss.
            state.bestScore = numberOr(json, "best_score", state.bestValLoss);
            state.bestEpoch = json.value("best_epoch", 0);
            state.endReason = json.value("end_reason", std::string());
            const Json& partial = json.at("partial_epoch");
            state.partialBatches = partial.at("batches_done").get<int>();
            for (int i = 0; i < 3; ++i)
                state.partialSums[i] =
                    partial.at("loss_sums").at(static_cast<std::size_t>(i)).get<double>();
            state.partialImages = partial.at("images").get<double>();
            state.partialSeconds = partial.at("seconds").get<double>();
        } catch (const nlohmann::json::exception& error) {
            throw FileError(file, std::string("malformed training state: ") + error.what());
        }
        if (state.phase != kMainPhase && state.phase != kFineTunePhase)
            throw FileError(file, "unknown phase \"" + state.phase + "\"");
        return state;
    }
};

// Forwards image-cache / scan progress to the observer's stage(); those calls come from worker
// threads, so they are serialised here.
class StageForwarder : public ProgressObserver
{
public:
    explicit StageForwarder(TrainingObserver* observer) : m_observer(observer) {}
    void progress(const std::string& stage, std::size_t done, std::size_t total) override
    {
        // Every stage text the data preparation reports is a TrainingStage (toString); another
        // text would be a stage the observers have no words for, so it is not forwarded.
        const std::optional<TrainingStage> known = trainingStageFromString(stage);
        if (!m_observer || !known)
            return;
        std::lock_guard<std::mutex> lock(m_mutex);
        m_observer->stage(*known, done, total);
    }

private:
    TrainingObserver* m_observer;
    std::mutex m_mutex;
};

DataSplit makeSplit(const std::vector<std::string>& stems, double fraction, unsigned long long seed)
{
    if (stems.size() < 2)
        throw std::invalid_argument(
            "at least 2 annotated images are needed for a train/validation split");
    std::vector<std::string> order = stems;
    std::mt19937_64 rng(mixSeed(seed, 0x5b11));
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[static_cast<std::size_t>(rng() % i)]);
    auto valCount =
        static_cast<std::size_t>(std::llround(fraction * static_cast<double>(order.size())));
    valCount = std::clamp<std::size_t>(valCount, 1, order.size() - 1);
    DataSplit split;
    split.seed = seed;
    split.val.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(valCount));
    split.train.assign(order.begin() + static_cast<std::ptrdiff_t>(valCount), order.end());
    std::sort(split.val.begin(), split.val.end());
    std::sort(split.train.begin(), split.train.end());
    return split;
}

std::string deviceText(const torch::Device& device)
{
    return device.is_cuda() ? "cuda:" + std::to_string(device.has_index() ? device.index() : 0)
                            : "cpu";
}

void saveOptimizer(const std::filesystem::path& file, torch::optim::Adam& optimizer)
{
    std::ostringstream bytes;
    torch::save(optimizer, bytes);
    writeFileAtomically(file, bytes.str());
}

void loadOptimizer(const std::filesystem::path& file, torch::optim::Adam& optimizer,
                   const torch::Device& device)
{
    std::istringstream bytes(readWholeFile(file));
    try {
        torch::load(optimizer, bytes, device);
    } catch (const c10::Error& error) {
        throw FileError(file, std::string("cannot read optimizer state: ") +
                                  error.what_without_backtrace());
    }
}

void setLearningRate(torch::optim::Optimizer& optimizer, double lr)
{
    for (auto& group : optimizer.param_groups())
        group.options().set_lr(lr);
}

// One training session (fresh or resumed) of one run directory.
class TrainingSession
{
public:
    TrainingSession(RunDirectory run, TrainingObserver* observer, const StopToken* stop,
                    DistributedGroup* group)
        : m_run(std::move(run)), m_observer(observer), m_stop(stop), m_group(group),
          m_rank(group ? group->rank() : 0), m_ranks(group ? group->worldSize() : 1)
    {
    }

    TrainingSummary execute(TrainingConfig config, bool resume, int epochsOverride);

private:
    void stage(TrainingStage stage, std::size_t done = 0, std::size_t total = 0);
    void event(Json json);
    bool stopRequested() const { return m_stop && m_stop->stopRequested(); }
    // Rank 0 alone writes the run directory.
    bool writes() const { return m_rank == 0; }
    // Data-parallel runs: the stop/pause requests of all ranks, agreed on by every rank (waits,
    // in step with the others, while any rank is paused). True = stop.
    bool agreeOnStop(double* pausedSeconds = nullptr);
    // True on every rank when any rank's flag is true.
    bool anyRank(bool flag, const std::string& what);
    BatchPipelineOptions trainPipelineOptions() const;

    void prepareData(bool resume);
    // Takes the data's keypoint count; a run made for another count is refused, naming `source`
    // ("the dataset has", "the arrays have", "the mesh has").
    void adoptKeypointCount(int keypoints, const std::filesystem::path& source, const char* has);
    // A new run's folder, config and (when given) split, written by the writing rank only.
    void createRun(const DataSplit* split);
    // The split of `stems`: the run's own on resume, else derived from the seed (the same on
    // every rank) and written with the new run.
    void establishSplit(bool resume, const std::vector<std::string>& stems);
    void loadDatasetData(bool resume);
    void loadArrayData(bool resume); // --arrays: the seed's X_data.npy / Y_data.npz
    void prepareSyntheticData(bool resume);
    SyntheticCropOptions syntheticOptions(std::uint64_t seed) const;
    void chooseSnapshotSamples();
    void makeTrainPipeline();
    // Synthetic data: renders the training crops epoch `epoch` trains on (new ones each epoch, or
    // one fixed set) and rebuilds the training pipeline over them.
    void renderSyntheticEpoch(int epoch);
    // The main phase's learning rate at batch `batch` of its epoch `phaseEpoch` (0-based).
    double scheduledLearningRate(int phaseEpoch, int batch, int batches) const;
    double bestScore(const ValidationResult& validation) const;
    void buildModel(bool fromLast);
    void buildOptimizer();
    // bf16 mixed for the training steps of this epoch: a bf16_mixed run's main phase, but for
    // its last float32FinalEpochs epochs.
    bool trainsInMixedPrecision() const;
    void writeSnapshotInputs();
    void writeSnapshot(int epoch);
    void saveResumable(const std::string& kind);
    void saveWeightsFile(const std::filesystem::path& file, const std::string& kind, int epoch);
    // Trains one epoch (from state.partialBatches). False when stopped inside it.
    bool trainEpoch(int epoch, EpochStats& stats);
    bool startNextPhaseIfDue();
    TrainingSummary summary(TrainingSummary::Outcome outcome, std::string message) const;

    RunDirectory m_run;
    TrainingObserver* m_observer;
    const StopToken* m_stop;
    DistributedGroup* m_group;
    int m_rank;
    int m_ranks;
    bool m_eventsEnabled = false;

    TrainingConfig m_config;
    torch::Device m_device{torch::kCPU};
    int m_threads = 1;
    LossWeights m_weights;
    LoopState m_state;
    EpochStats m_lastStats;

    DataSplit m_split;
    LabelledCrops m_data;      // training stems, then validation stems (synthetic: validation only)
    LabelledCrops m_trainData; // synthetic data: the crops of the current epoch
    int m_trainDataEpoch = -1; // the epoch m_trainData was rendered for (-1: none)
    MeshInformation m_syntheticMesh;
    std::vector<std::size_t> m_trainSamples;
    std::vector<std::size_t> m_valSamples;
    std::vector<std::size_t> m_snapshotSamples;
    std::unique_ptr<BatchPipeline> m_trainPipeline;
    std::unique_ptr<BatchPipeline> m_valPipeline;

    KeypointModel m_model{nullptr};
    std::unique_ptr<torch::optim::Adam> m_optimizer;
    bool m_firstBatchSeen = false;
    int m_readEvery = 1;
};

void TrainingSession::stage(TrainingStage stage, std::size_t done, std::size_t total)
{
    if (m_observer)
        m_observer->stage(stage, done, total);
}

void TrainingSession::event(Json json)
{
    if (m_eventsEnabled)
        m_run.appendEvent(std::move(json));
}

bool TrainingSession::anyRank(bool flag, const std::string& what)
{
    if (!m_group)
        return flag;
    torch::Tensor value = torch::full({1}, flag ? 1.0f : 0.0f, torch::kFloat);
    m_group->allreduceSum(value, what);
    return value.item<float>() > 0.0f;
}

bool TrainingSession::agreeOnStop(double* pausedSeconds)
{
    const auto start = Clock::now();
    for (;;) {
        const bool stop = stopRequested();
        const bool paused = m_stop && m_stop->paused();
        torch::Tensor flags =
            torch::tensor({stop ? 1.0f : 0.0f, paused ? 1.0f : 0.0f}, torch::kFloat);
        m_group->allreduceSum(flags, "the stop/pause decision");
        if (flags[0].item<float>() > 0.0f)
            return true;
        if (flags[1].item<float>() == 0.0f)
            break;
        // Paused somewhere: every rank waits here and asks again, well within the timeout.
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    if (pausedSeconds)
        *pausedSeconds = secondsSince(start);
    return false;
}

TrainingSummary TrainingSession::summary(TrainingSummary::Outcome outcome,
                                         std::string message) const
{
    TrainingSummary result;
    result.outcome = outcome;
    result.message = std::move(message);
    result.completedEpochs = m_state.completedEpochs;
    result.bestEpoch = m_state.bestEpoch;
    result.bestValLoss = std::isfinite(m_state.bestValLoss) ? m_state.bestValLoss : 0.0;
    result.lastEpoch = m_lastStats;
    return result;
}

void TrainingSession::adoptKeypointCount(int keypoints, const std::filesystem::path& source,
                                         const char* has)
{
    if (m_config.model.keypointCount != 0 && m_config.model.keypointCount != keypoints)
        throw FileError(source, std::string(has) + " " + std::to_string(keypoints) +
                                    " keypoints but the run was made for " +
                                    std::to_string(m_config.model.keypointCount));
    m_config.model.keypointCount = keypoints;
}

void TrainingSession::createRun(const DataSplit* split)
{
    // The folder appears only once there is a run to put in it.
    if (!writes())
        return;
    m_run.create();
    m_eventsEnabled = true;
    m_run.writeConfig(m_config);
    if (split)
        m_run.writeSplit(*split);
}

void TrainingSession::establishSplit(bool resume, const std::vector<std::string>& stems)
{
    if (resume) {
        const std::optional<DataSplit> split = m_run.readSplit();
        if (!split)
            throw FileError(m_run.splitFile(),
                            "missing: the run cannot be resumed with the same split");
        m_split = *split;
        return;
    }
    m_split = makeSplit(stems, m_config.validationSplit, m_config.seed);
    createRun(&m_split);
}

void TrainingSession::loadDatasetData(bool resume)
{
    stage(TrainingStage::Scanning);
    StageForwarder forwarder(m_observer);
    ScanOptions scanOptions;
    scanOptions.threads = m_threads;
    const DatasetIndex index = scanDataset(m_config.dataDir, scanOptions, &forwarder, m_stop);
    if (stopRequested())
        return;
    if (index.trainableSamples().size() < 2) {
        // Say why: the first error of the scan (a missing folder, a broken mesh) when there is one.
        for (const DatasetProblem& problem : index.problems)
            if (problem.severity == ProblemSeverity::Error)
                throw FileError(problem.file, problem.message);
        throw FileError(m_config.dataDir,
                        "at least 2 annotated images with readable images are needed (found " +
                            std::to_string(index.trainableSamples().size()) + ")");
    }
    if (index.keypointCount <= 0)
        throw FileError(m_config.dataDir,
                        "no keypoints: the dataset has no mesh information and no annotations");
    adoptKeypointCount(index.keypointCount, m_config.dataDir, "the dataset has");

    std::map<std::string, const SampleEntry*> byStem;
    for (const std::size_t i : index.trainableSamples())
        byStem[index.samples[i].stem] = &index.samples[i];

    std::vector<std::string> stems;
    for (const auto& entry : byStem)
        stems.push_back(entry.first);
    establishSplit(resume, stems);

    // Crop order: training stems, then validation stems.
    std::vector<LabelledSample> samples;
    for (const auto* list : {&m_split.train, &m_split.val}) {
        for (const std::string& stem : *list) {
            const auto found = byStem.find(stem);
            if (found == byStem.end())
                throw FileError(layout::annotationFile(m_config.dataDir, stem),
                                "image \"" + stem +
                                    "\" of the run's split is missing or no longer trainable");
            samples.push_back({stem, found->second->imagePath, found->second->annotationPath});
        }
    }
    m_data = loadLabelledCrops(samples, m_config.model.preprocess, m_config.model.keypointCount,
                               m_config.cacheDir, m_threads, &forwarder, m_stop);
}

void TrainingSession::loadArrayData(bool resume)
{
    stage(TrainingStage::LoadingArrays);
    const std::filesystem::path dir = m_config.arraysDir;
    const LabelledCrops rows = loadSeedArrayCrops(dir, m_config.model.preprocess);
    if (rows.size() < 2)
        throw FileError(dir,
                        "at least 2 rows are needed (found " + std::to_string(rows.size()) + ")");
    adoptKeypointCount(rows.keypointCount, dir, "the arrays have");
    establishSplit(resume, rows.stems);
    m_data = selectLabelledCrops(rows, m_split.train, m_split.val, dir);
}

void TrainingSession::prepareData(bool resume)
{
    if (m_config.syntheticData()) {
        prepareSyntheticData(resume);
        return;
    }
    if (m_config.arraysDir.empty())
        loadDatasetData(resume);
    else
        loadArrayData(resume);
    if (stopRequested())
        return;

    for (std::size_t i = 0; i < m_data.size(); ++i) {
        if (!m_data.crops.valid[i])
            continue;
        (i < m_split.train.size() ? m_trainSamples : m_valSamples).push_back(i);
    }
    if (m_trainSamples.empty() || m_valSamples.empty())
        throw FileError(m_config.dataDir,
                        "no decodable images left in the training or validation split");

    chooseSnapshotSamples();

    makeTrainPipeline();
}

void TrainingSession::chooseSnapshotSamples()
{
    // Spread evenly over the validation images.
    const int snapshots =
        std::min<int>(m_config.snapshotSamples, static_cast<int>(m_valSamples.size()));
    for (int i = 0; i < snapshots; ++i)
        m_snapshotSamples.push_back(m_valSamples[static_cast<std::size_t>(i) * m_valSamples.size() /
                                                 static_cast<std::size_t>(snapshots)]);
}

BatchPipelineOptions TrainingSession::trainPipelineOptions() const
{
    // A step: batchSize images per forward pass summed over the ranks, accumulateSteps passes.
    BatchPipelineOptions options;
    options.batchSize = m_config.batchSize * m_config.accumulateSteps;
    options.augmentation = m_config.augmentation;
    options.seed = m_config.seed;
    options.pinMemory = m_device.is_cuda();
    options.shardIndex = m_rank;
    options.shardCount = m_ranks;
    options.microBatches = m_config.accumulateSteps;
    return options;
}

void TrainingSession::makeTrainPipeline()
{
    const BatchPipelineOptions trainOptions = trainPipelineOptions();
    const LabelledCrops& train = m_config.syntheticData() ? m_trainData : m_data;
    m_trainPipeline.reset(); // it reads `train`: gone before a new set replaces it
    m_trainPipeline = std::make_unique<BatchPipeline>(
        train.crops, train.labels, m_config.model.keypointCount, m_trainSamples, trainOptions);
    if (!m_valPipeline) {
        BatchPipelineOptions valOptions = trainOptions;
        valOptions.batchSize = m_config.batchSize;
        valOptions.microBatches = 1;
        valOptions.shuffle = false;
        valOptions.augment = false;
        m_valPipeline = std::make_unique<BatchPipeline>(
            m_data.crops, m_data.labels, m_config.model.keypointCount, m_valSamples, valOptions);
    }
}

SyntheticCropOptions TrainingSession::syntheticOptions(std::uint64_t seed) const
{
    SyntheticCropOptions options;
    options.mesh = m_syntheticMesh;
    options.preprocess = m_config.model.preprocess;
    options.seed = seed;
    options.materials = m_config.synthetic.materials;
    options.supersampling = m_config.synthetic.supersampling;
    options.frameWidth = m_config.synthetic.validationFrameWidth;
    options.frameHeight = m_config.synthetic.validationFrameHeight;
    options.threads = m_threads;
    return options;
}

void TrainingSession::prepareSyntheticData(bool resume)
{
    const std::string meshFile = m_config.syntheticMeshFile();
    m_syntheticMesh = meshFile.empty() ? builtinSpacecraftMesh() : MeshInformation::load(meshFile);
    if (m_syntheticMesh.vertexCoordinates.empty())
        throw FileError(meshFile,
                        "has no vertex_coordinates: synthetic images need the mesh's 3-D vertices");
    adoptKeypointCount(m_syntheticMesh.keypointCount(),
                       meshFile.empty() ? std::string("synthetic:builtin") : meshFile,
                       "the mesh has");
    if (!resume)
        createRun(nullptr);
    // Validation: a fixed set through the full preprocessing, from a seed no training epoch uses.
    const auto validationImages = static_cast<std::size_t>(m_config.synthetic.validationImages);
    stage(TrainingStage::Rendering, 0, validationImages);
    m_data = renderPipelineCrops(syntheticOptions(mixSeed(m_config.seed, 0x7a11d)), 0,
                                 validationImages, m_stop);
    if (stopRequested())
        return;
    stage(TrainingStage::Rendering, validationImages, validationImages);
    for (std::size_t i = 0; i < m_data.size(); ++i)
        if (m_data.crops.valid[i])
            m_valSamples.push_back(i);
    m_trainSamples.resize(static_cast<std::size_t>(m_config.synthetic.imagesPerEpoch));
    for (std::size_t i = 0; i < m_trainSamples.size(); ++i)
        m_trainSamples[i] = i;
    chooseSnapshotSamples();
    renderSyntheticEpoch(m_state.completedEpochs + 1);
}

void TrainingSession::renderSyntheticEpoch(int epoch)
{
    // A fixed set is the stream's "epoch 0" for every epoch.
    const int streamEpoch = m_config.synthetic.freshEachEpoch ? epoch : 0;
    if (m_trainDataEpoch == streamEpoch)
        return;
    // Only when images are rendered: a fixed set is not announced (and logged) every epoch.
    stage(TrainingStage::Rendering);
    const auto count = static_cast<std::size_t>(m_config.synthetic.imagesPerEpoch);
    m_trainPipeline.reset();
    // A rank of a data-parallel run renders only the images its shard of this epoch trains on
    // (a fixed set is reshuffled every epoch: then every rank renders all of it).
    std::optional<std::vector<std::size_t>> shard;
    if (m_ranks > 1 && m_config.synthetic.freshEachEpoch)
        shard = BatchPipeline::shardSamples(m_trainSamples, trainPipelineOptions(), epoch);
    m_trainData = renderModelCrops(
        syntheticOptions(mixSeed(m_config.seed, 0x7e41 + static_cast<std::uint64_t>(streamEpoch))),
        count * static_cast<std::size_t>(streamEpoch), count, m_stop, shard ? &*shard : nullptr);
    m_trainDataEpoch = stopRequested() ? -1 : streamEpoch;
    makeTrainPipeline();
}

double TrainingSession::scheduledLearningRate(int phaseEpoch, int batch, int batches) const
{
    const double peak = m_config.learningRate;
    const double step = static_cast<double>(phaseEpoch) * batches + batch;
    const double warmup = m_config.warmupEpochs * batches;
    const double total = std::max(1.0, static_cast<double>(m_config.epochs) * batches);
    if (step < warmup)
        return peak * (step + 1.0) / warmup;
    const double floor = peak * m_config.minLearningRateFraction;
    const double progress = std::clamp((step - warmup) / std::max(1.0, total - warmup), 0.0, 1.0);
    return floor + (peak - floor) * 0.5 * (1.0 + std::cos(3.14159265358979323846 * progress));
}

double TrainingSession::bestScore(const ValidationResult& validation) const
{
    switch (m_config.bestCriterion.kind) {
    case BestCheckpointCriterion::Kind::ValLoss:
        return validation.loss;
    case BestCheckpointCriterion::Kind::Pck:
        return -validation.pckCustomSeed;
    case BestCheckpointCriterion::Kind::MeanError:
        break;
    }
    return validation.meanErrorSeedPx;
}

void TrainingSession::buildModel(bool fromLast)
{
    stage(TrainingStage::BuildingModel);
    if (fromLast) {
        LoadedModel loaded = loadWeights(m_run.lastWeightsFile(), m_device);
        m_model = loaded.model;
    } else {
        torch::manual_seed(m_config.seed);
        m_model = KeypointModel(m_config.model);
        initialiseHeadPrior(m_model, m_config.headPrior);
        if (!m_config.pretrained.empty())
            importPretrainedBackbone(m_model, m_config.pretrained);
    }
    m_model->to(m_device);
    setDecoderBatchNormMomentum(m_model, m_config.decoderBatchNormMomentum);
    const bool frozen = m_state.phase == kMainPhase && m_config.backboneFrozenInMainPhase();
    m_model->setBackboneFrozen(frozen);
    m_model->train();
}

void TrainingSession::buildOptimizer()
{
    m_optimizer = std::make_unique<FusedAdam>(m_model->trainableParameters(),
                                              torch::optim::AdamOptions(m_state.learningRate));
}

bool TrainingSession::trainsInMixedPrecision() const
{
    return m_config.precision == TrainingPrecision::BFloat16Mixed && m_state.phase == kMainPhase &&
           m_state.phaseEpochsDone < m_config.epochs - m_config.float32FinalEpochs;
}

void TrainingSession::writeSnapshotInputs()
{
    if (!writes())
        return;
    std::vector<std::uint8_t> crops;
    for (const std::size_t sample : m_snapshotSamples)
        crops.insert(crops.end(), m_data.crops.crop(sample),
                     m_data.crops.crop(sample) + m_data.crops.bytesPerCrop());
    m_run.writeSnapshotInputs(crops, m_snapshotSamples.size(), m_data.crops.imageSize);
}

void TrainingSession::writeSnapshot(int epoch)
{
    if (m_snapshotSamples.empty() || !writes())
        return;
    const int side = m_data.crops.imageSize;
    const auto count = static_cast<std::int64_t>(m_snapshotSamples.size());
    const int keypoints = m_config.model.keypointCount;
    torch::Tensor crops = torch::empty({count, side, side, 3}, torch::kByte);
    torch::Tensor coordinates = torch::empty({count, keypoints, 2}, torch::kFloat);
    HeatmapSnapshot snapshot;
    snapshot.epoch = epoch;
    snapshot.imageSize = side;
    snapshot.heatmapSize = m_config.model.preprocess.heatmapSize;
    snapshot.keypointCount = keypoints;
    const std::size_t labelFloats = static_cast<std::size_t>(keypoints) * 2;
    for (std::size_t i = 0; i < m_snapshotSamples.size(); ++i) {
        const std::size_t sample = m_snapshotSamples[i];
        std::memcpy(crops.data_ptr<std::uint8_t>() + i * m_data.crops.bytesPerCrop(),
                    m_data.crops.crop(sample), m_data.crops.bytesPerCrop());
        std::memcpy(coordinates.data_ptr<float>() + i * labelFloats,
                    m_data.labels.data() + sample * labelFloats, labelFloats * sizeof(float));
        snapshot.stems.push_back(m_data.stems[sample]);
        snapshot.targets.insert(
            snapshot.targets.end(),
            m_data.labels.begin() + static_cast<std::ptrdiff_t>(sample * labelFloats),
            m_data.labels.begin() + static_cast<std::ptrdiff_t>((sample + 1) * labelFloats));
    }
    ModelOutput output;
    {
        const bool wasTraining = m_model->is_training();
        m_model->eval();
        torch::NoGradGuard noGrad;
        const DeviceBatch batch =
            toDeviceBatch(crops, coordinates, m_device, m_config.model.preprocess);
        output = m_model->forward(batch.input);
        m_model->train(wasTraining);
    }
    const torch::Tensor heatmaps = output.heatmaps.to(torch::kCPU, torch::kFloat).contiguous();
    const torch::Tensor predicted = output.coordinates.to(torch::kCPU, torch::kFloat).contiguous();
    snapshot.heatmaps.assign(heatmaps.data_ptr<float>(),
                             heatmaps.data_ptr<float>() + heatmaps.numel());
    snapshot.predictions.assign(predicted.data_ptr<float>(),
                                predicted.data_ptr<float>() + predicted.numel());
    const std::filesystem::path file = m_run.writeSnapshot(snapshot);
    const std::string relative = std::filesystem::relative(file, m_run.root()).generic_string();
    event(Json{{"type", "snapshot"}, {"epoch", epoch}, {"path", relative}});
    if (m_observer)
        m_observer->snapshotWritten(file.string(), epoch);
}

void TrainingSession::saveWeightsFile(const std::filesystem::path& file, const std::string& kind,
                                      int epoch)
{
    if (!writes())
        return;
    Json metadata;
    metadata["kind"] = kind;
    metadata["epoch"] = epoch;
    metadata["phase"] = m_state.phase;
    metadata["best_val_loss"] = finiteOrNull(m_state.bestValLoss);
    metadata["best_epoch"] = m_state.bestEpoch;
    metadata["saved"] = isoTimeNow();
    metadata["training_config"] = m_config.toJson();
    saveWeights(file, m_model, metadata);
}

void TrainingSession::saveResumable(const std::string& kind)
{
    if (!writes())
        return;
    stage(TrainingStage::Writing);
    saveWeightsFile(m_run.lastWeightsFile(), kind, m_state.completedEpochs);
    saveOptimizer(m_run.lastOptimizerFile(), *m_optimizer);
    // The state goes last: it names what the files above hold.
    m_run.writeState(m_state.toJson(m_config.seed));
}

bool TrainingSession::trainEpoch(int epoch, EpochStats& stats)
{
    if (m_config.syntheticData()) {
        renderSyntheticEpoch(epoch);
        // Agreed on: a rank whose rendering a stop cut short must not leave the others waiting
        // in the first step's collective.
        if (anyRank(stopRequested(), "the stop decision after rendering")) {
            m_trainPipeline->stop();
            return false;
        }
    }
    const bool scheduled =
        m_config.schedule == LearningRateSchedule::WarmupCosine && m_state.phase == kMainPhase;
    m_model->train();
    m_model->setMixedPrecision(trainsInMixedPrecision());
    torch::manual_seed(mixSeed(m_config.seed, static_cast<std::uint64_t>(epoch)));
    const int batches = m_trainPipeline->batchesPerEpoch();
    torch::Tensor sums =
        torch::tensor({m_state.partialSums[0], m_state.partialSums[1], m_state.partialSums[2]},
                      torch::kDouble)
            .to(m_device);
    double images = m_state.partialImages;
    double trainSeconds = m_state.partialSeconds;
    int batchIndex = m_state.partialBatches;
    auto lastEvent = Clock::now() - std::chrono::seconds(10);
    auto segmentStart = Clock::now();

    m_trainPipeline->startEpoch(epoch, batchIndex);
    for (;;) {
        // A stop inside the epoch: what it has done so far, for resume() to continue from.
        const auto keepPartialEpoch = [&] {
            const torch::Tensor host = sums.cpu();
            for (int i = 0; i < 3; ++i)
                m_state.partialSums[i] = host.data_ptr<double>()[i];
            m_state.partialBatches = batchIndex;
            m_state.partialImages = images;
            m_state.partialSeconds = trainSeconds;
            m_trainPipeline->stop();
        };
        if (m_group) {
            // Every step: the ranks agree on stop/pause before any of them starts it.
            double pausedSeconds = 0;
            const bool stop = agreeOnStop(&pausedSeconds);
            trainSeconds -= pausedSeconds > 0.2 ? pausedSeconds : 0.0;
            if (stop) {
                trainSeconds += secondsSince(segmentStart);
                keepPartialEpoch();
                return false;
            }
        } else if (m_stop && (m_stop->paused() || m_stop->stopRequested())) {
            trainSeconds += secondsSince(segmentStart);
            const bool carryOn = m_stop->waitWhilePaused();
            segmentStart = Clock::now();
            if (!carryOn) {
                keepPartialEpoch();
                return false;
            }
        }
        std::optional<TrainingBatch> batch = m_trainPipeline->next();
        if (!batch)
            break;
        if (!m_firstBatchSeen)
            stage(TrainingStage::FirstBatch);
        if (scheduled) {
            m_state.learningRate =
                scheduledLearningRate(m_state.phaseEpochsDone, batchIndex, batches);
            setLearningRate(*m_optimizer, m_state.learningRate);
        }
        // This rank's micro-batches of the step (one unless accumulating).
        std::vector<DeviceBatch> microBatches;
        std::int64_t offset = 0;
        for (const std::int64_t size : batch->microBatchSizes) {
            microBatches.push_back(size > 0
                                       ? toDeviceBatch(batch->crops.narrow(0, offset, size),
                                                       batch->coordinates.narrow(0, offset, size),
                                                       m_device, m_config.model.preprocess)
                                       : DeviceBatch{});
            offset += size;
        }
        const LossParts parts =
            accumulatedTrainingStep(m_model, *m_optimizer, microBatches, m_weights, m_group);
        // The step's loss is the union batch's: weighted by the images of all ranks.
        const auto count = static_cast<double>(batch->stepImages);
        sums += torch::stack({parts.total, parts.focal, parts.l1}).to(torch::kDouble) * count;
        images += count;
        ++batchIndex;
        m_firstBatchSeen = true;

        const bool last = batchIndex == batches;
        if (batchIndex % m_readEvery == 0 || last) {
            // Reading synchronises with the device: only every m_readEvery batches on a GPU.
            const double lossSum = sums[0].item<double>();
            const double seconds = trainSeconds + secondsSince(segmentStart);
            BatchProgress progress;
            progress.epoch = epoch;
            progress.totalEpochs = m_config.totalEpochs();
            progress.batch = batchIndex;
            progress.batches = batches;
            progress.runningLoss = images > 0 ? lossSum / images : 0.0;
            progress.imagesPerSecond = seconds > 0 ? images / seconds : 0.0;
            progress.learningRate = m_state.learningRate;
            if (m_observer)
                m_observer->batchProgress(progress);
            if (last || Clock::now() - lastEvent > std::chrono::milliseconds(500)) {
                lastEvent = Clock::now();
                Json batchEvent{{"type", "batch"}};
                batchEvent.update(progress.toJson());
                event(std::move(batchEvent));
            }
        }
    }
    trainSeconds += secondsSince(segmentStart);

    const torch::Tensor host = sums.cpu();
    const double* values = host.data_ptr<double>();
    stats.epoch = epoch;
    stats.phase = m_state.phase;
    stats.learningRate = m_state.learningRate;
    if (images > 0) {
        stats.trainLoss = values[0] / images;
        stats.trainFocal = values[1] / images;
        stats.trainL1 = values[2] / images;
    }
    stats.imagesPerSecond = trainSeconds > 0 ? images / trainSeconds : 0.0;
    // The batches are done: a stop during validation resumes straight into validation.
    for (int i = 0; i < 3; ++i)
        m_state.partialSums[i] = values[i];
    m_state.partialBatches = batches;
    m_state.partialImages = images;
    m_state.partialSeconds = trainSeconds;
    return true;
}

bool TrainingSession::startNextPhaseIfDue()
{
    const int phaseEpochs = m_state.phase == kMainPhase ? m_config.epochs : m_config.fineTuneEpochs;
    if (m_state.phaseEpochsDone < phaseEpochs)
        return true;
    if (m_state.phase == kMainPhase && m_config.fineTune && m_config.fineTuneEpochs > 0) {
        // A new phase is a new fit: fresh Adam over all parameters, fresh schedule counters.
        m_state.phase = kFineTunePhase;
        m_state.phaseEpochsDone = 0;
        m_state.learningRate = m_config.fineTuneLearningRate;
        m_state.plateauBest = kInfinity;
        m_state.plateauWait = 0;
        m_state.earlyBest = kInfinity;
        m_state.earlyWait = 0;
        m_model->setBackboneFrozen(false);
        m_model->train();
        buildOptimizer();
        stage(TrainingStage::FineTuning);
        return true;
    }
    return false;
}

TrainingSummary TrainingSession::execute(TrainingConfig config, bool resume, int epochsOverride)
{
    m_config = std::move(config);
    // The training thread uses every core unless told otherwise (per-thread setting with libgomp).
    m_threads = m_config.threads > 0 ? m_config.threads : hardwareThreads();
    at::set_num_threads(m_threads);
    m_device = resolveDevice(m_config.device);
    if (m_group && m_device.is_cuda()) // one GPU per local rank
        m_device = torch::Device(
            torch::kCUDA, static_cast<c10::DeviceIndex>(
                              m_group->options().localRank %
                              std::max<int>(1, static_cast<int>(torch::cuda::device_count()))));
    if (m_device.is_cuda())
        at::globalContext().setBenchmarkCuDNN(true);
    // Resolved before the run's config.json is written: a resume computes as the run started.
    m_config.precision = resolvePrecision(m_config.precision, m_device);
    m_readEvery = m_device.is_cuda() ? 20 : 1;
    if (m_config.batchSize <= 0)
        m_config.batchSize = TrainingConfig::defaultBatchSize(m_device.is_cuda());
    if (!m_config.pretrained.empty())
        m_config.model.preprocess.normalisation = pretrainedNormalisation(m_config.pretrained);
    m_weights = LossWeights{m_config.lambdaL1, m_config.focalAlpha, m_config.focalGamma,
                            m_config.focalForm};

    std::optional<Json> savedState;
    if (resume) {
        savedState = m_run.readState();
        if (savedState)
            m_state = LoopState::fromJson(*savedState, m_run.stateFile());
        if (epochsOverride > 0 && epochsOverride != m_config.epochs) {
            m_config.epochs = epochsOverride;
            if (writes())
                m_run.writeConfig(m_config);
        }
    }
    if (!savedState)
        m_state.learningRate = m_config.learningRate;
    m_eventsEnabled = resume && writes();

    stage(TrainingStage::PreparingData);
    prepareData(resume && (m_config.syntheticData() || m_run.readSplit().has_value()));
    if (anyRank(stopRequested(), "the stop decision after preparing data")) {
        event(Json{{"type", "stopped"},
                   {"epoch", m_state.completedEpochs + 1},
                   {"batch", 0},
                   {"stage", toString(TrainingStage::PreparingData)}});
        if (m_observer)
            m_observer->stopped(m_state.completedEpochs + 1, 0);
        return summary(TrainingSummary::Outcome::Stopped, "stopped while preparing data");
    }
    // A resumed run drops log rows its state does not cover (killed between the two writes).
    if (resume && writes())
        m_run.truncateLog(m_state.completedEpochs);
    if (resume && savedState) {
        const std::vector<EpochStats> rows = m_run.readLog();
        if (!rows.empty())
            m_lastStats = rows.back();
    }

    buildModel(savedState.has_value());
    if (m_group)
        broadcastModelState(m_model, *m_group); // every rank starts from rank 0's weights
    buildOptimizer();
    if (savedState) {
        loadOptimizer(m_run.lastOptimizerFile(), *m_optimizer, m_device);
        setLearningRate(*m_optimizer, m_state.learningRate);
    }
    writeSnapshotInputs();

    TrainingRunInfo info;
    info.runDir = m_run.root().string();
    info.device = deviceText(m_device);
    info.threads = m_threads;
    info.precision = toString(m_config.precision);
    info.trainSize = m_trainSamples.size();
    info.valSize = m_valSamples.size();
    info.keypointCount = m_config.model.keypointCount;
    info.batchSize = m_config.batchSize;
    info.batchesPerEpoch = m_trainPipeline->batchesPerEpoch();
    info.ranks = m_ranks;
    info.accumulateSteps = m_config.accumulateSteps;
    info.firstEpoch = m_state.completedEpochs + 1;
    info.totalEpochs = m_config.totalEpochs();
    info.resumed = resume && savedState.has_value();
    event(Json{{"type", "run_started"},
               {"device", info.device},
               {"threads", info.threads},
               {"precision", info.precision},
               {"train_size", info.trainSize},
               {"val_size", info.valSize},
               {"keypoint_count", info.keypointCount},
               {"batch_size", info.batchSize},
               {"batches_per_epoch", info.batchesPerEpoch},
               {"ranks", info.ranks},
               {"backend", m_group ? m_group->backendName() : std::string("none")},
               {"accumulate_steps", info.accumulateSteps},
               {"first_epoch", info.firstEpoch},
               {"total_epochs", info.totalEpochs},
               {"resumed", info.resumed},
               {"partial_batches", m_state.partialBatches}});
    if (m_observer)
        m_observer->runStarted(info);

    while (startNextPhaseIfDue()) {
        const int epoch = m_state.completedEpochs + 1;
        const auto epochStart = Clock::now();
        // Training time spent on this epoch before a stop (a resumed epoch).
        const double carriedSeconds = m_state.partialSeconds;
        EpochStats stats;
        if (!trainEpoch(epoch, stats)) {
            saveResumable("last");
            event(Json{{"type", "stopped"}, {"epoch", epoch}, {"batch", m_state.partialBatches}});
            if (m_observer)
                m_observer->stopped(epoch, m_state.partialBatches);
            return summary(TrainingSummary::Outcome::Stopped,
                           "stopped in epoch " + std::to_string(epoch) + " after batch " +
                               std::to_string(m_state.partialBatches));
        }
        stage(TrainingStage::Validating);
        // Statistics, validation and snapshots in float32: what prediction, the exported model
        // and PyTorch compute.
        m_model->setMixedPrecision(false);
        if (m_config.batchNormRecalibrationBatches > 0)
            recalibrateBatchNorm(m_model, *m_trainPipeline, epoch,
                                 m_config.batchNormRecalibrationBatches, m_device,
                                 m_config.model.preprocess);
        // Ranks saw different batches: one set of statistics for validation and the checkpoints.
        if (m_group)
            averageBatchNormStatistics(m_model, *m_group);
        // Sharded and merged; a data-parallel validation runs to its end on every rank (a stop
        // lands at the next step's agreement).
        const ValidationResult validation = validateModel(
            m_model, *m_valPipeline, m_device, m_config.model.preprocess, m_weights,
            m_group ? nullptr : m_stop, m_config.bestCriterion.pckThresholdPx, m_group);
        if (validation.stopped) {
            saveResumable("last");
            event(Json{{"type", "stopped"}, {"epoch", epoch}, {"batch", m_state.partialBatches}});
            if (m_observer)
                m_observer->stopped(epoch, m_state.partialBatches);
            return summary(TrainingSummary::Outcome::Stopped,
                           "stopped while validating epoch " + std::to_string(epoch));
        }
        stats.valLoss = validation.loss;
        stats.valFocal = validation.focal;
        stats.valL1 = validation.l1;
        stats.valPck2 = validation.pck2;
        stats.valPck5 = validation.pck5;
        stats.valMeanErrorPx = validation.meanErrorPx;
        stats.valPck2Seed = validation.pck2Seed;
        stats.valPck5Seed = validation.pck5Seed;
        stats.valMeanErrorSeedPx = validation.meanErrorSeedPx;

        const double score = bestScore(validation);
        stats.best = score < m_state.bestScore;
        if (stats.best) {
            m_state.bestScore = score;
            m_state.bestValLoss = stats.valLoss;
            m_state.bestEpoch = epoch;
        }
        // ReduceLROnPlateau (Keras semantics: min_delta, no cooldown); a scheduled main phase
        // sets its learning rate per batch instead.
        const bool plateauSchedule =
            m_config.schedule == LearningRateSchedule::Plateau || m_state.phase != kMainPhase;
        if (plateauSchedule) {
            if (stats.valLoss < m_state.plateauBest - m_config.plateau.minDelta) {
                m_state.plateauBest = stats.valLoss;
                m_state.plateauWait = 0;
            } else if (++m_state.plateauWait >= m_config.plateau.patience) {
                const double reduced = std::max(m_state.learningRate * m_config.plateau.factor,
                                                m_config.plateau.minLearningRate);
                if (reduced < m_state.learningRate) {
                    m_state.learningRate = reduced;
                    setLearningRate(*m_optimizer, reduced);
                }
                m_state.plateauWait = 0;
            }
        }
        bool earlyStop = false;
        if (m_config.earlyStoppingPatience > 0) {
            if (stats.valLoss < m_state.earlyBest) {
                m_state.earlyBest = stats.valLoss;
                m_state.earlyWait = 0;
            } else if (++m_state.earlyWait >= m_config.earlyStoppingPatience) {
                earlyStop = true;
            }
        }

        if (m_group) {
            // Rank 0's decisions rule (the merged numbers are the same everywhere; this makes it
            // so).
            torch::Tensor decisions =
                torch::tensor({stats.best ? 1.0 : 0.0, earlyStop ? 1.0 : 0.0, m_state.learningRate},
                              torch::kDouble);
            m_group->broadcast({decisions}, 0, "the epoch's decisions");
            stats.best = decisions[0].item<double>() > 0.5;
            earlyStop = decisions[1].item<double>() > 0.5;
            if (decisions[2].item<double>() != m_state.learningRate) {
                m_state.learningRate = decisions[2].item<double>();
                setLearningRate(*m_optimizer, m_state.learningRate);
            }
        }
        m_state.completedEpochs = epoch;
        ++m_state.phaseEpochsDone;
        m_state.partialBatches = 0;
        m_state.partialSums[0] = m_state.partialSums[1] = m_state.partialSums[2] = 0.0;
        m_state.partialImages = 0;
        m_state.partialSeconds = 0;
        if (earlyStop) {
            m_state.endReason = "early stopping in the " + m_state.phase + " phase at epoch " +
                                std::to_string(epoch);
            m_state.phaseEpochsDone =
                m_state.phase == kMainPhase ? m_config.epochs : m_config.fineTuneEpochs;
        }

        stage(TrainingStage::Writing);
        if (m_config.snapshotEvery > 0 && epoch % m_config.snapshotEvery == 0)
            writeSnapshot(epoch);
        if (stats.best)
            saveWeightsFile(m_run.bestWeightsFile(), "best", epoch);
        stats.epochSeconds = carriedSeconds + secondsSince(epochStart);
        if (writes())
            m_run.appendLogRow(stats);
        Json epochEvent{{"type", "epoch"}};
        epochEvent.update(stats.toJson());
        event(std::move(epochEvent));
        m_lastStats = stats;
        saveResumable("last");
        if (m_observer)
            m_observer->epochFinished(stats);
    }

    std::string message = m_state.endReason.empty()
                              ? allEpochsFinishedMessage(m_state.completedEpochs)
                              : m_state.endReason;
    event(Json{{"type", "finished"},
               {"completed_epochs", m_state.completedEpochs},
               {"best_epoch", m_state.bestEpoch},
               {"best_val_loss", finiteOrNull(m_state.bestValLoss)},
               {"message", message}});
    TrainingSummary result = summary(TrainingSummary::Outcome::Finished, message);
    if (m_observer)
        m_observer->finished(result);
    return result;
}

TrainingSummary runGuarded(RunDirectory run, TrainingObserver* observer, const StopToken* stop,
                           DistributedGroup* group,
                           const std::function<TrainingSummary(TrainingSession&)>& body)
{
    TrainingSession session(run, observer, stop, group);
    std::string message;
    try {
        return body(session);
    } catch (const c10::Error& error) {
        message = error.what_without_backtrace();
    } catch (const std::exception& error) {
        message = error.what();
    }
    try {
        if (run.hasConfig() && (!group || group->rank() == 0))
            run.appendEvent(Json{{"type", "failed"}, {"message", message}});
    } catch (const std::exception&) {
        // the run directory itself is the problem; the message below still reaches the caller
    }
    if (observer)
        observer->failed(message);
    TrainingSummary result;
    result.outcome = TrainingSummary::Outcome::Failed;
    result.message = message;
    return result;
}

} // namespace

std::string resolveDeviceName(const std::string& spec)
{
    return deviceText(resolveDevice(spec));
}

TrainingSummary Trainer::run(const TrainingConfig& config, const std::filesystem::path& runDir,
                             TrainingObserver* observer, const StopToken* stop)
{
    RunDirectory run(runDir);
    // Rank 0 alone looks (it creates the folder right after); the others learn its answer.
    bool occupied = (!m_group || m_group->rank() == 0) && run.hasConfig();
    if (m_group) {
        try {
            torch::Tensor flag = torch::full({1}, occupied ? 1.0f : 0.0f, torch::kFloat);
            m_group->allreduceSum(flag, "the run directory check");
            occupied = flag.item<float>() > 0.0f;
        } catch (const std::exception& error) {
            if (observer)
                observer->failed(error.what());
            TrainingSummary result;
            result.message = error.what();
            return result;
        }
    }
    if (occupied) {
        const std::string message =
            FileError(run.configFile(),
                      "the run directory already holds a run (resume it or choose another)")
                .what();
        if (observer)
            observer->failed(message);
        TrainingSummary result;
        result.message = message;
        return result;
    }
    return runGuarded(run, observer, stop, m_group, [&](TrainingSession& session) {
        config.validate();
        return session.execute(config, false, 0);
    });
}

TrainingSummary Trainer::resume(const std::filesystem::path& runDir, TrainingObserver* observer,
                                const StopToken* stop, int epochs)
{
    RunDirectory run(runDir);
    return runGuarded(run, observer, stop, m_group, [&](TrainingSession& session) {
        if (!run.hasConfig())
            throw FileError(run.configFile(), "missing: not a training run directory");
        if (!m_group || m_group->rank() == 0)
            run.create();
        return session.execute(run.readConfig(), true, epochs);
    });
}

} // namespace kps
