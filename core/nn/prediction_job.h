#pragma once
// One whole prediction / evaluation run, shared by `kpstudio evaluate`, `kpstudio predict` and the
// GUI's Inspect worker: lists the images of a dataset root or a plain image folder, runs the
// Predictor over them in batches, writes the per-image outputs (PredictionWriter), computes the
// metrics where ground truth exists and writes evaluation_summary.json plus the CSV reports.

#include "evaluation_metrics.h"
#include "prediction_writer.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace kps {

class Predictor;
class ProgressObserver;
class StopToken;

struct PredictionInput
{
    std::string stem;
    std::filesystem::path image;
    std::filesystem::path annotation; // empty when the image has none
};

// A dataset root (has Rendered_Images/) pairs images with JSON_Data_REF/<stem>.json; any other
// folder is a plain image folder (its .png/.jpg/.jpeg files, no ground truth). Sorted by stem.
// stems non-empty: only those (a stem without an image is an error). Throws kps::FileError.
std::vector<PredictionInput> listPredictionInputs(const std::filesystem::path& input,
                                                  const std::vector<std::string>& stems = {});

// The "val" (or "train") stems of split.json in a training run directory:
// {"train": [stems...], "val": [stems...]}. Throws kps::FileError naming the file.
std::vector<std::string> readSplitStems(const std::filesystem::path& splitFile,
                                        const std::string& part);

struct PredictionJobOptions
{
    std::filesystem::path input;    // dataset root or image folder
    std::filesystem::path outDir;   // receives overlays/, heatmaps/, ..., evaluation_summary.json
    std::vector<std::string> stems; // empty: every image
    int batchSize = 16;
    int threads = 0; // decoding / writing threads, <= 0: all cores
    PredictionWriterOptions writer;
    bool writeReport = true; // evaluation_summary.json + CSVs
};

struct PredictionJobResult
{
    EvaluationSummary summary;
    std::vector<KeypointResult> results; // every (image, keypoint) processed
    std::size_t images = 0;              // listed
    std::size_t failed = 0;              // not decodable
    std::vector<std::string> problems;   // one line per skipped image or unreadable annotation
    bool stopped = false;
};

PredictionJobResult runPredictionJob(const Predictor& predictor,
                                     const PredictionJobOptions& options,
                                     ProgressObserver* observer = nullptr,
                                     const StopToken* stop = nullptr);

} // namespace kps
