#pragma once
// The files of one training run (DESIGN.md "Training run directory"), written by the Trainer and
// read by the GUI and CLI, also while a run is in progress in another process:
//
//   config.json            TrainingConfig::toJson (everything to reproduce the run)
//   split.json             {"seed": S, "train": [stems], "val": [stems]} (reused on resume)
//   training_log.csv       one row per finished epoch (columns: kLogColumns)
//   events.jsonl           one JSON object per line, appended and flushed per event
//   best.pt, last.pt       model weights (kps::saveWeights), best by validation loss
//   last_optimizer.pt      torch::save of the Adam state that goes with last.pt
//   training_state.json    counters for resume (epoch, phase, plateau, best, partial epoch)
//   snapshots/inputs.npy   uint8 (N, IMG, IMG, 3) BGR crops of the fixed snapshot samples
//   snapshots/epoch_XXXX.json + epoch_XXXX.npy   float32 (N, K, HEAT, HEAT) predicted heatmaps
//
// Every file except events.jsonl is replaced atomically; events.jsonl is append-only. No torch.

#include "training_config.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kps {

// Statistics of one finished epoch: a row of training_log.csv, an "epoch" event and the payload of
// TrainingObserver::epochFinished. Losses are means over images; errors are IMG-space pixels.
struct EpochStats
{
    int epoch = 0;     // 1-based over the whole run (fine-tune epochs follow the main ones)
    std::string phase; // "main" or "fine_tune" (events only; not a CSV column)
    double trainLoss = 0, trainFocal = 0, trainL1 = 0;
    double valLoss = 0, valFocal = 0, valL1 = 0;
    double learningRate = 0;         // used during this epoch
    double valPck2 = 0, valPck5 = 0; // percent of visible val keypoints with error <= 2 / 5 px
    double valMeanErrorPx = 0;
    // The same three in the seed's 128-px input space (= the values above when IMG is 128), so
    // runs at different input sizes compare.
    double valPck2Seed = 0, valPck5Seed = 0, valMeanErrorSeedPx = 0;
    double epochSeconds = 0;    // training + validation + writing
    double imagesPerSecond = 0; // training images / training time
    bool best = false;          // best by the run's criterion so far (best.pt was written)

    nlohmann::ordered_json toJson() const;
    static EpochStats fromJson(const nlohmann::ordered_json& json);
};

// Where a training epoch is now: the payload of TrainingObserver::batchProgress and of a "batch"
// event, {"epoch", "batch", "batches", "loss", "images_per_second", "lr"} (totalEpochs is not in
// the event: fromJson leaves it 0).
struct BatchProgress
{
    int epoch = 0;
    int totalEpochs = 0;
    int batch = 0; // batches done in this epoch (1..batches)
    int batches = 0;
    double runningLoss = 0;     // mean training loss of the epoch so far
    double imagesPerSecond = 0; // over this epoch so far
    double learningRate = 0;

    nlohmann::ordered_json toJson() const;
    static BatchProgress fromJson(const nlohmann::ordered_json& json);
};

// Column names of training_log.csv, in order. Logs written before the last three columns existed
// (14 columns) still read, with those values 0.
extern const char* const kLogColumns[17];

struct DataSplit
{
    unsigned long long seed = 0;
    std::vector<std::string> train; // stems
    std::vector<std::string> val;

    nlohmann::ordered_json toJson() const;
    static DataSplit fromJson(const nlohmann::ordered_json& json,
                              const std::filesystem::path& file = {});
};

// One heatmap snapshot: the model's raw sigmoid heatmaps for the fixed snapshot samples.
// Files: epoch_XXXX.npy (float32, shape (N, K, HEAT, HEAT), C order) and epoch_XXXX.json:
//   {"format": "keypoint-studio-heatmap-snapshot", "version": 1, "epoch": E,
//    "heatmaps": "epoch_XXXX.npy", "inputs": "inputs.npy", "shape": [N, K, HEAT, HEAT],
//    "image_size": IMG, "heatmap_size": HEAT, "keypoint_count": K,
//    "samples": [{"stem": s, "target": [[x, y] x K], "predicted": [[x, y] x K]}, ...]}
// target / predicted: normalised crop coordinates in [0,1] (x = column / (HEAT-1) for the
// SoftArgMax output), [-1, -1] for an invisible keypoint. The .npy is written before the .json,
// so a .json that exists always has its data.
struct HeatmapSnapshot
{
    int epoch = 0;
    int imageSize = 0;
    int heatmapSize = 0;
    int keypointCount = 0;
    std::vector<std::string> stems;
    std::vector<float> heatmaps;    // N*K*HEAT*HEAT
    std::vector<float> targets;     // N*K*2
    std::vector<float> predictions; // N*K*2

    std::size_t sampleCount() const { return stems.size(); }
    const float* heatmap(std::size_t sample, int keypoint) const
    {
        return heatmaps.data() + (sample * static_cast<std::size_t>(keypointCount) +
                                  static_cast<std::size_t>(keypoint)) *
                                     static_cast<std::size_t>(heatmapSize) *
                                     static_cast<std::size_t>(heatmapSize);
    }
};

class RunDirectory
{
public:
    explicit RunDirectory(std::filesystem::path root);

    const std::filesystem::path& root() const { return m_root; }
    std::filesystem::path configFile() const { return m_root / "config.json"; }
    std::filesystem::path splitFile() const { return m_root / "split.json"; }
    std::filesystem::path logFile() const { return m_root / "training_log.csv"; }
    std::filesystem::path eventsFile() const { return m_root / "events.jsonl"; }
    std::filesystem::path bestWeightsFile() const { return m_root / "best.pt"; }
    std::filesystem::path lastWeightsFile() const { return m_root / "last.pt"; }
    std::filesystem::path lastOptimizerFile() const { return m_root / "last_optimizer.pt"; }
    std::filesystem::path stateFile() const { return m_root / "training_state.json"; }
    std::filesystem::path snapshotsDir() const { return m_root / "snapshots"; }
    std::filesystem::path snapshotInputsFile() const { return snapshotsDir() / "inputs.npy"; }
    std::filesystem::path snapshotFile(int epoch) const; // snapshots/epoch_XXXX.json

    // Creates the folder and snapshots/; throws kps::FileError.
    void create() const;
    bool hasConfig() const;

    void writeConfig(const TrainingConfig& config) const;
    TrainingConfig readConfig() const; // throws kps::FileError

    void writeSplit(const DataSplit& split) const;
    std::optional<DataSplit> readSplit() const; // nullopt when absent; throws when malformed

    // training_log.csv: header + one row per epoch. Appending rewrites the (small) file atomically.
    void appendLogRow(const EpochStats& stats) const;
    std::vector<EpochStats> readLog() const; // empty when absent
    // Drops rows after `lastEpoch` (a run killed between its log row and its state file).
    void truncateLog(int lastEpoch) const;

    // events.jsonl: adds "time" (ISO 8601 UTC) when missing, writes one line with a single
    // append write (readers never see half a line from us), throws kps::FileError.
    void appendEvent(nlohmann::ordered_json event) const;
    // Complete lines from byte `offset` on; advances offset past them (a partial last line is left
    // for the next call). Lines that do not parse are skipped. For following a live run.
    static std::vector<nlohmann::ordered_json> readEvents(const std::filesystem::path& file,
                                                          std::uintmax_t* offset = nullptr);

    void writeState(const nlohmann::ordered_json& state) const;
    std::optional<nlohmann::ordered_json> readState() const;

    // Writes snapshots/inputs.npy: crops (N*IMG*IMG*3 BGR uint8) of the snapshot samples.
    void writeSnapshotInputs(const std::vector<std::uint8_t>& crops, std::size_t count,
                             int imageSize) const;
    // Returns the .json path.
    std::filesystem::path writeSnapshot(const HeatmapSnapshot& snapshot) const;
    static HeatmapSnapshot
    readSnapshot(const std::filesystem::path& jsonFile);      // throws kps::FileError
    std::vector<std::filesystem::path> snapshotFiles() const; // .json files by epoch

private:
    std::filesystem::path m_root;
};

std::string isoTimeNow();

} // namespace kps
