#pragma once
// Checks an exported ONNX file with a second, independent runtime: OpenCV's DNN module loads it
// and runs real crops, and its heatmaps and coordinates are compared with LibTorch's forward pass
// of the same model. Also the whole export pipeline (load weights -> build -> write -> verify)
// that the CLI and the GUI share. Synchronous, any thread (the model is switched to eval()).

#include "onnx_export.h"

#include <opencv2/core.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace kps {

class ProgressObserver;

struct OnnxVerificationOptions
{
    double heatmapTolerance = 1e-4;      // max |heatmap difference| (sigmoid outputs)
    double coordinateTolerancePx = 1e-3; // max |coordinate difference| in IMG pixels
};

struct OnnxRunComparison
{
    int batchSize = 0;
    double maxHeatmapDelta = 0.0;      // NaN when the file has no heatmaps output
    double maxCoordinateDeltaPx = 0.0; // NaN when the file has no coords output
};

struct OnnxVerificationResult
{
    std::vector<OnnxRunComparison> runs;
    OnnxVerificationOptions tolerances;
    std::string error; // non-empty: OpenCV could not load or run the file (then passed() is false)

    double maxHeatmapDelta() const;      // over all runs (NaN when not compared)
    double maxCoordinateDeltaPx() const; // over all runs (NaN when not compared)
    bool passed() const;
    // Lines for people: one per run, then the verdict naming the tolerances.
    std::string summary() const;
};

// Runs `crops` (IMG x IMG BGR uint8, at least one) through the file with OpenCV DNN and through
// `model` with LibTorch: once with the file's fixed batch, or with batch 1 and batch 3 when the
// batch is dynamic (crops are reused cyclically). Throws kps::FileError when the file is not a
// Keypoint Studio ONNX export or its model config differs from the model's.
OnnxVerificationResult verifyOnnxModel(const std::filesystem::path& onnxFile, KeypointModel& model,
                                       const std::vector<cv::Mat>& crops,
                                       const OnnxVerificationOptions& options = {});

// `count` real preprocessed crops for verification: the first images of `dataset` when it is
// given (its Rendered_Images folder), otherwise images rendered by the synthetic generator with
// the built-in spacecraft (deterministic). Throws kps::FileError for an unreadable dataset.
std::vector<cv::Mat> verificationCrops(const PreprocessConfig& config,
                                       const std::filesystem::path& dataset, int count);

struct OnnxExportRequest
{
    std::filesystem::path weights; // a Keypoint Studio weights file (best.pt, last.pt)
    std::filesystem::path output;  // the .onnx file
    OnnxExportOptions options;
    std::filesystem::path dataset; // optional source of verification crops
    int verificationCropCount = 4;
    OnnxVerificationOptions tolerances;
};

struct OnnxExportReport
{
    std::filesystem::path file; // the verified output, or `<output>.unverified`
    bool verified = false;
    std::string weightsSha256;
    std::size_t bytes = 0;
    OnnxVerificationResult verification;
};

// The file is first written atomically as `<output>.unverified`, verified, and only then renamed
// to `output`: `output` never holds an unverified model, and a failed verification leaves the
// `.unverified` file for inspection. Reports stages "loading" (1/1 once the weights loaded),
// "exporting", "verifying" (0/1, 1/1). Throws kps::FileError (weights not ours, unwritable path) or
// OnnxExportError (options, graph) before anything is written.
OnnxExportReport exportOnnxModel(const OnnxExportRequest& request,
                                 ProgressObserver* observer = nullptr);

// `kpstudio export --verify-only`: verifies an existing file against the weights it came from.
// Throws kps::FileError when the file and weights do not belong together (different config or
// SHA-256) or either cannot be read.
OnnxVerificationResult verifyOnnxFile(const std::filesystem::path& onnxFile,
                                      const std::filesystem::path& weights,
                                      const std::filesystem::path& dataset, int cropCount,
                                      const OnnxVerificationOptions& tolerances = {});

} // namespace kps
