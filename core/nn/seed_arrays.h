#pragma once
// The arrays the seed's preprocess_vis.py writes, both ways: X_data.npy, float32 (N,IMG,IMG,3) BGR
// minus the caffe means, and Y_data.npz (np.savez_compressed) with `heatmaps` float32
// (N,HEAT,HEAT,K) and `coords` float32 (N,2K) = [x0,y0,x1,y1,...] normalised, -1 when not visible.
// Export follows the seed's float pipeline (no uint8 rounding): letterbox into the canvas and
// centre crop with LetterboxCrop's geometry, bilinear resizes with half-pixel centres and no
// antialias. Reading turns such a folder (ours or numpy's) into the trainer's LabelledCrops.
// Errors throw kps::FileError naming the file and what is wrong.

#include "labelled_crops.h"
#include "prediction_job.h"
#include "preprocess_config.h"

#include <opencv2/core.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace kps {

class Predictor;
class ProgressObserver;
class StopToken;

namespace seed_arrays {
inline const char* const kInputsFile = "X_data.npy";
inline const char* const kTargetsFile = "Y_data.npz";
// Caffe (Keras ResNet50 preprocess_input) channel means, BGR order.
inline constexpr float kCaffeMeanBgr[3] = {103.939f, 116.779f, 123.68f};
} // namespace seed_arrays

// The seed's model input of one decoded BGR uint8 image: IMG*IMG*3 floats, BGR, caffe means
// subtracted. Uses config's canvas, crop and IMG; its interpolation/normalisation are ignored
// (the seed's are bilinear and caffe).
std::vector<float> seedInputPixels(const cv::Mat& bgr, const PreprocessConfig& config);

struct SeedArraysExport
{
    std::size_t rows = 0;
    int keypointCount = 0;
    std::vector<std::string> imageNames; // row order: sorted image file names with a same-stem JSON
    std::filesystem::path meshFile;      // where K came from; empty when from the annotations
};

// Writes outDir/X_data.npy and outDir/Y_data.npz (atomically) for every image of the dataset that
// has a same-stem annotation. K: the dataset's mesh, else the largest index seen + 1.
SeedArraysExport exportSeedArrays(const std::filesystem::path& dataset,
                                  const std::filesystem::path& outDir,
                                  const PreprocessConfig& config = {}, int threads = 0,
                                  ProgressObserver* observer = nullptr,
                                  const StopToken* stop = nullptr);

// What a folder of seed arrays holds (the heatmaps are not kept: targets are regenerated from
// the coordinates, as the trainer always does).
struct SeedArrays
{
    std::size_t rows = 0;
    int imageSize = 0;
    int heatmapSize = 0; // from the heatmaps' shape; 0 when Y_data.npz has no `heatmaps`
    int keypointCount = 0;
    std::vector<float> inputs; // rows * IMG * IMG * 3, as in X_data.npy
    std::vector<float> coords; // rows * 2K
};

// Reads dir/X_data.npy and dir/Y_data.npz; checks that their shapes agree.
SeedArrays loadSeedArrays(const std::filesystem::path& dir);

// The arrays as the trainer's crops: uint8 BGR = round(X + caffe mean), clamped to 0..255; the
// "original image" of each row is the canvas (config's canvas size), stems "row_000000", ....
// Throws when the arrays' IMG differs from config.imageSize.
LabelledCrops labelledCropsFromSeedArrays(const SeedArrays& arrays, const PreprocessConfig& config);
// loadSeedArrays + labelledCropsFromSeedArrays: the hook the trainer calls for --arrays.
LabelledCrops loadSeedArrayCrops(const std::filesystem::path& dir, const PreprocessConfig& config);

// The stem given to row i of an arrays folder ("row_000042").
std::string seedArrayRowStem(std::size_t row);

// Evaluates a model on an arrays folder and writes the evaluation report (summary JSON/text and
// CSVs, no images) into outDir. Without images, "original pixels" are canvas pixels. stems: only
// those rows (e.g. the "val" stems of a run trained on the same arrays); empty = all. Reports
// ("predicting", done, total). Throws kps::FileError (a K that differs from the model's, a bad
// folder or stem).
PredictionJobResult evaluateSeedArrays(const Predictor& predictor, const std::filesystem::path& dir,
                                       const std::filesystem::path& outDir,
                                       const std::vector<std::string>& stems = {},
                                       int batchSize = 16, ProgressObserver* observer = nullptr,
                                       const StopToken* stop = nullptr);

} // namespace kps
