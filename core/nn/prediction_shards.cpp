#include "prediction_shards.h"

#include "atomic_file.h"
#include "file_error.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace kps {

std::vector<std::string> shardStems(const std::vector<PredictionInput>& inputs, int rank, int count)
{
    std::vector<std::string> stems;
    for (std::size_t i = static_cast<std::size_t>(std::max(0, rank)); i < inputs.size();
         i += static_cast<std::size_t>(std::max(1, count)))
        stems.push_back(inputs[i].stem);
    return stems;
}

void writePredictionShard(const std::filesystem::path& file, const PredictionJobResult& shard)
{
    nlohmann::ordered_json records = nlohmann::ordered_json::array();
    for (const KeypointResult& result : shard.results) {
        const KeypointRecord& r = result.record;
        records.push_back({r.image, r.keypoint, r.hasGroundTruth, r.visible, r.groundTruth.x,
                           r.groundTruth.y, r.predicted.x, r.predicted.y, r.heatmapPeak,
                           r.imageWidth, r.imageHeight});
    }
    nlohmann::ordered_json json;
    json["images"] = shard.images;
    json["failed"] = shard.failed;
    json["stopped"] = shard.stopped;
    json["problems"] = shard.problems;
    json["records"] = std::move(records);
    writeFileAtomically(file, json.dump());
}

PredictionJobResult mergePredictionShards(const std::vector<std::filesystem::path>& files,
                                          const PreprocessConfig& preprocess, int keypointCount)
{
    PredictionJobResult merged;
    std::vector<KeypointRecord> records;
    for (const std::filesystem::path& file : files) {
        try {
            const auto json = nlohmann::ordered_json::parse(readWholeFile(file));
            merged.images += json.at("images").get<std::size_t>();
            merged.failed += json.at("failed").get<std::size_t>();
            merged.stopped = merged.stopped || json.at("stopped").get<bool>();
            for (const auto& problem : json.at("problems"))
                merged.problems.push_back(problem.get<std::string>());
            for (const auto& item : json.at("records")) {
                KeypointRecord r;
                r.image = item.at(0).get<std::string>();
                r.keypoint = item.at(1).get<int>();
                r.hasGroundTruth = item.at(2).get<bool>();
                r.visible = item.at(3).get<bool>();
                r.groundTruth = {item.at(4).get<double>(), item.at(5).get<double>()};
                r.predicted = {item.at(6).get<double>(), item.at(7).get<double>()};
                r.heatmapPeak = item.at(8).get<double>();
                r.imageWidth = item.at(9).get<int>();
                r.imageHeight = item.at(10).get<int>();
                records.push_back(std::move(r));
            }
        } catch (const nlohmann::json::exception& error) {
            throw FileError(file, std::string("not a prediction shard: ") + error.what());
        }
    }
    // One process appends the images in stem order, each image's keypoints in index order.
    std::stable_sort(
        records.begin(), records.end(),
        [](const KeypointRecord& a, const KeypointRecord& b) { return a.image < b.image; });
    merged.results = computeKeypointResults(records, preprocess);
    merged.summary = EvaluationSummary::compute(merged.results, preprocess, keypointCount);
    return merged;
}

} // namespace kps
