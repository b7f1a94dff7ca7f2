#pragma once
// Trains a keypoint model into a run directory (run_directory.h), synchronously in the calling
// thread: scan -> seeded train/val split -> cached crops -> model (optionally ImageNet backbone)
// -> Adam with the backbone frozen, optional fine-tune phase unfrozen -> plateau LR schedule,
// optional early stopping -> per-epoch log, events, heatmap snapshots, best/last weights.
// Reports through TrainingObserver (plain values, no torch types) and honours a StopToken:
// a stop lands before the next batch and leaves a run that resume() continues exactly.

#include "run_directory.h"
#include "training_config.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace kps {

class DistributedGroup;
class StopToken;

struct TrainingRunInfo
{
    std::string runDir;
    std::string device;             // "cpu", "cuda:0"
    int threads = 0;                // CPU intra-op threads of the training thread
    std::string precision = "fp32"; // the resolved TrainingPrecision: "fp32" or "bf16_mixed"
    std::size_t trainSize = 0;
    std::size_t valSize = 0;
    int keypointCount = 0;
    int batchSize = 0;
    int batchesPerEpoch = 0; // optimizer steps per epoch
    int ranks = 1;           // processes of a data-parallel run (batchSize is summed over them)
    int accumulateSteps = 1;
    int firstEpoch = 1;  // > 1 when resumed
    int totalEpochs = 0; // main + fine-tune epochs (early stopping may end sooner)
    bool resumed = false;
};

// What a training is doing before and between its batches (TrainingObserver::stage). The text
// form (toString) is the one of the "stage" field of a "stopped" event in events.jsonl and of the
// data-preparation progress (ProgressObserver) the trainer forwards.
enum class TrainingStage
{
    PreparingData, // "preparing data"
    Scanning,      // "scanning": the dataset folder (done/total files)
    Caching,       // "caching": preprocessed crops (done/total images)
    Labels,        // "labels": the crops' keypoint labels (done/total samples)
    LoadingArrays, // "loading arrays": a seed-format arrays folder
    Rendering,     // "rendering": synthetic images (done/total, or no count)
    BuildingModel, // "building model"
    FirstBatch,    // "first batch"
    Validating,    // "validating"
    Writing,       // "writing": weights and snapshots
    FineTuning     // "fine-tuning": the fine-tune phase begins
};
const char* toString(TrainingStage stage);
// The stage of a text written by toString(); nullopt for any other text.
std::optional<TrainingStage> trainingStageFromString(const std::string& text);

// The end message of a run that trained every planned epoch ("finished 8 epochs"): the message
// of a "finished" event and of a Finished summary unless the run ended early (early stopping).
std::string allEpochsFinishedMessage(int completedEpochs);

struct TrainingSummary
{
    enum class Outcome
    {
        Finished,
        Stopped,
        Failed
    };
    Outcome outcome = Outcome::Failed;
    std::string message; // why it failed, or how it ended ("early stopping at epoch 12")
    int completedEpochs = 0;
    int bestEpoch = 0;
    double bestValLoss = 0;
    EpochStats lastEpoch; // the last finished epoch (epoch 0 when none)
};

// All callbacks run in the training thread; implementations forward them (e.g. queued signals).
class TrainingObserver
{
public:
    virtual ~TrainingObserver() = default;
    virtual void runStarted(const TrainingRunInfo&) {}
    // A stage begins or advances (done of total; total = 0 when there is no count).
    virtual void stage(TrainingStage /*stage*/, std::size_t /*done*/, std::size_t /*total*/) {}
    virtual void batchProgress(const BatchProgress&) {}
    virtual void epochFinished(const EpochStats&) {}
    virtual void snapshotWritten(const std::string& /*jsonPath*/, int /*epoch*/) {}
    virtual void finished(const TrainingSummary&) {}
    virtual void failed(const std::string& /*message*/) {}
    // Stopped before batch `batch` (0-based; 0 = at an epoch boundary) of `epoch`.
    virtual void stopped(int /*epoch*/, int /*batch*/) {}
};

// Data-parallel runs: every rank calls run() or resume() with the same arguments and its own
// DistributedGroup (setDistributedGroup). Rank 0 alone writes the run directory (which must be
// visible to every rank to resume: a shared folder across machines); every logged number is
// global; stop and pause requests of any rank are agreed on at the next step. A failed
// collective (dead or hung peer) ends the run as Failed on the surviving ranks, leaving the run
// resumable from its last completed epoch.
class Trainer
{
public:
    // Not owned; null (the default) = one process.
    void setDistributedGroup(DistributedGroup* group) { m_group = group; }

    // A new run into runDir (created; refused when it already holds a config.json). Never throws
    // for run-time problems: they end in failed() and a Failed summary.
    TrainingSummary run(const TrainingConfig& config, const std::filesystem::path& runDir,
                        TrainingObserver* observer = nullptr, const StopToken* stop = nullptr);

    // Continues a stopped or interrupted run from last.pt + last_optimizer.pt +
    // training_state.json with the same split, appending to its log. A run without a state file
    // (stopped before its first batch) starts over from its config.json. totalEpochs > 0 raises
    // the main phase's epoch count (to train a finished run further).
    TrainingSummary resume(const std::filesystem::path& runDir,
                           TrainingObserver* observer = nullptr, const StopToken* stop = nullptr,
                           int epochs = 0);

private:
    DistributedGroup* m_group = nullptr;
};

const char* toString(TrainingSummary::Outcome outcome);

// The device a TrainingConfig::device text resolves to here: "cpu" or "cuda:N" ("auto" = CUDA
// when available). Throws std::invalid_argument (e.g. CUDA asked for and absent). Torch-free
// header, so command-line and GUI code can pick defaults without including torch.
std::string resolveDeviceName(const std::string& spec);

} // namespace kps
