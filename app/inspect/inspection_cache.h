#pragma once
// InspectionCache runs a model once over a dataset (or a run's val split) for the Inspect page
// and keeps everything the page browses in a folder next to the model, so reopening is instant
// and browsing an image never waits on a forward pass:
//   <weights dir>/inspect/<key>/index.json          images, sizes, model config, request
//   <weights dir>/inspect/<key>/coordinates.npy     N x K x 2 float32 normalised predictions
//   <weights dir>/inspect/<key>/ground_truth.npy    N x K x 2 float32 normalised labels (-1)
//   <weights dir>/inspect/<key>/peaks.npy           N x K float32 heatmap maxima
//   <weights dir>/inspect/<key>/spreads.npy         N x K x 6 float32 (see KeypointSpread)
//   <weights dir>/inspect/<key>/heatmaps/<stem>.npy K x HEAT x HEAT uint8 (value * 255)
//   <weights dir>/inspect/<key>/evaluation_*.{json,csv} the evaluation report of the run
//   <weights dir>/inspect/<key>/complete            written LAST: only then is the cache used
// The key hashes the weights file (path, size, modification time), the dataset and the split.
// A run writes into a private "<key>.partial-<n>" sibling that replaces <key>/ only once complete,
// so a cancelled re-run keeps the previous cache and a cancelled first run leaves nothing.
// Pure value types come out (no torch), so the page can hold them on the UI thread.

#include "evaluation_metrics.h"
#include "model_config.h"
#include "pose_check.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kps {

class ProgressObserver;
class StopToken;

// The SoftArgMax spread of one predicted heatmap, in heatmap pixels.
struct KeypointSpread
{
    float softArgMaxX = 0, softArgMaxY = 0;
    float sigmaMajor = 0, sigmaMinor = 0; // 1-sigma semi-axes of the uncertainty ellipse
    float orientation = 0;                // radians, major axis from +x towards +y
    bool multiPeak = false;
};

struct InspectedImage
{
    std::string stem;
    std::filesystem::path imagePath;
    int width = 0, height = 0;
    bool hasGroundTruth = false;
    std::vector<float> groundTruth;      // K*2 normalised, -1 invisible (all -1 without labels)
    std::vector<float> predicted;        // K*2 normalised
    std::vector<float> peaks;            // K
    std::vector<KeypointSpread> spreads; // K
};

struct InspectionRequest
{
    std::filesystem::path weightsFile;
    std::filesystem::path datasetRoot;
    std::string split = "all";   // "all" or "val" (split.json next to the weights)
    std::string device = "auto"; // "auto": the first CUDA device when there is one, else cpu
    int batchSize = 8;
    int threads = 0;
};

struct InspectionData
{
    std::filesystem::path cacheDir;
    InspectionRequest request;
    ModelConfig modelConfig;
    std::vector<InspectedImage> images;
    std::vector<KeypointResult> results; // N*K, image after image, keypoint order
    EvaluationSummary summary;           // with per-image statistics
    std::optional<PoseCheckSummary> poseCheck;
    std::vector<std::string> problems;

    int keypointCount() const { return modelConfig.keypointCount; }
    int heatmapSize() const { return modelConfig.preprocess.heatmapSize; }
    int imageIndex(const std::string& stem) const; // -1 when absent
    // The image's K x HEAT x HEAT heatmaps in [0,1]; throws kps::FileError.
    std::vector<float> loadHeatmaps(int image) const;
    // Results of one image (K entries), nullptr when out of range.
    const KeypointResult* resultsOf(int image) const;
};

class InspectionCache
{
public:
    inline static const char* const kCompleteMarker = "complete";
    inline static const char* const kIndexFile = "index.json";

    // "<16 hex digits>" of the request's weights file, dataset and split.
    static std::string key(const InspectionRequest& request);
    static std::filesystem::path directory(const InspectionRequest& request);
    // True when the folder holds a cache whose `complete` marker was written.
    static bool isComplete(const std::filesystem::path& dir);

    // Runs the model and writes the cache (replacing an incomplete or stale one). Returns null
    // when stopped; the partial folder is then removed. Throws kps::FileError.
    static std::shared_ptr<InspectionData> build(const InspectionRequest& request,
                                                 ProgressObserver* observer = nullptr,
                                                 const StopToken* stop = nullptr);
    // Reads a complete cache without a forward pass. Throws kps::FileError.
    static std::shared_ptr<InspectionData> load(const std::filesystem::path& dir);
};

} // namespace kps
