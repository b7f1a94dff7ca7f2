#pragma once
// Data-parallel prediction and evaluation (`kpstudio evaluate/predict --nproc N`): each rank
// predicts every N-th image and saves its keypoint records as a shard file; rank 0 merges the
// shards into exactly the records, metrics and report one process would have produced (records
// in input order, counts summed). The per-image outputs (overlays, heatmaps, annotations) are
// written by the rank that predicted the image, each to its own files.

#include "prediction_job.h"

#include <filesystem>
#include <string>
#include <vector>

namespace kps {

// The stems of rank `rank` of `count`: the inputs (sorted by stem) at rank, rank + count, ...
std::vector<std::string> shardStems(const std::vector<PredictionInput>& inputs, int rank,
                                    int count);

// A shard's records, image counts and problems as JSON with exact values, written atomically.
// Throws kps::FileError.
void writePredictionShard(const std::filesystem::path& file, const PredictionJobResult& shard);

// Merges shard files into one result with results and summary computed as runPredictionJob does.
// Throws kps::FileError naming a missing or malformed file.
PredictionJobResult mergePredictionShards(const std::vector<std::filesystem::path>& files,
                                          const PreprocessConfig& preprocess, int keypointCount);

} // namespace kps
