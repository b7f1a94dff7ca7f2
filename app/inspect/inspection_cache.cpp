#include "inspection_cache.h"

#include "annotation.h"
#include "atomic_file.h"
#include "dataset_layout.h"
#include "file_error.h"
#include "heatmap_statistics.h"
#include "keypoint_labels.h"
#include "letterbox_crop.h"
#include "mesh_information.h"
#include "npy_array.h"
#include "parallel_for.h"
#include "prediction_job.h"
#include "predictor.h"
#include "progress.h"
#include "stable_hash.h"

#include <torch/cuda.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <mutex>
#include <random>

namespace kps {

namespace fs = std::filesystem;

namespace {

// Private folders of builds that never finished (a crash, a killed process) are removed once a
// build of the same cache succeeds. Only day-old ones: a fresh one may belong to another
// instance of the application working on the same cache right now.
void removeAbandonedPartials(const fs::path& cacheDir)
{
    const std::string prefix = cacheDir.filename().string() + ".partial-";
    const auto dayAgo = fs::file_time_type::clock::now() - std::chrono::hours(24);
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(cacheDir.parent_path(), ec)) {
        const std::string name = entry.path().filename().string();
        std::error_code timeError;
        if (name.rfind(prefix, 0) == 0 && entry.is_directory(timeError) &&
            entry.last_write_time(timeError) < dayAgo && !timeError) {
            std::error_code ignored;
            fs::remove_all(entry.path(), ignored);
        }
    }
}

constexpr int kFormatVersion = 1;
constexpr std::size_t kSpreadFields = 6;

fs::path heatmapFile(const fs::path& dir, const std::string& stem)
{
    return dir / "heatmaps" / (stem + ".npy");
}

fs::path absolutePath(const fs::path& path)
{
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(path, ec);
    return ec ? fs::absolute(path) : canonical;
}

// Records -> results -> summary (with per-image statistics) and the pose check: the same
// computation when the cache is built and when it is loaded, so both give identical numbers.
void computeEvaluation(InspectionData& data)
{
    std::vector<KeypointRecord> records;
    records.reserve(data.images.size() * static_cast<std::size_t>(data.keypointCount()));
    for (const InspectedImage& image : data.images) {
        const std::vector<float> labels =
            image.hasGroundTruth ? image.groundTruth : std::vector<float>{};
        auto imageRecords = makeKeypointRecords(image.stem, image.width, image.height, labels,
                                                image.predicted, image.peaks);
        records.insert(records.end(), imageRecords.begin(), imageRecords.end());
    }
    data.results = computeKeypointResults(records, data.modelConfig.preprocess);
    data.summary =
        EvaluationSummary::compute(data.results, data.modelConfig.preprocess, data.keypointCount());
    try {
        data.poseCheck = runPoseCheck(data.request.datasetRoot, data.results);
    } catch (const std::exception& error) {
        data.poseCheck.reset();
        data.problems.push_back(std::string("pose check: ") + error.what());
    }
}

KeypointSpread spreadOf(const HeatmapStatistics& s)
{
    KeypointSpread spread;
    spread.softArgMaxX = static_cast<float>(s.softArgMaxX);
    spread.softArgMaxY = static_cast<float>(s.softArgMaxY);
    spread.sigmaMajor = static_cast<float>(s.sigmaMajor);
    spread.sigmaMinor = static_cast<float>(s.sigmaMinor);
    spread.orientation = static_cast<float>(s.orientation);
    spread.multiPeak = s.multiPeak;
    return spread;
}

// Stacks per-image float vectors of equal length into one N x ... array.
NpyArray stack(const std::vector<InspectedImage>& images, std::vector<std::size_t> shape,
               const std::function<const float*(const InspectedImage&)>& field,
               std::size_t perImage)
{
    std::vector<float> values;
    values.reserve(images.size() * perImage);
    for (const InspectedImage& image : images) {
        const float* v = field(image);
        values.insert(values.end(), v, v + perImage);
    }
    return NpyArray::fromFloats(std::move(shape), values.data());
}

NpyArray checkedArray(const fs::path& file, std::size_t expectedElements)
{
    NpyArray array = NpyArray::load(file);
    if (array.type != NpyArray::Type::Float32 || array.elementCount() != expectedElements)
        throw FileError(file, "unexpected array size or type (stale cache?)");
    return array;
}

} // namespace

int InspectionData::imageIndex(const std::string& stem) const
{
    for (std::size_t i = 0; i < images.size(); ++i)
        if (images[i].stem == stem)
            return static_cast<int>(i);
    return -1;
}

std::vector<float> InspectionData::loadHeatmaps(int image) const
{
    if (image < 0 || image >= static_cast<int>(images.size()))
        return {};
    const fs::path file = heatmapFile(cacheDir, images[static_cast<std::size_t>(image)].stem);
    const NpyArray array = NpyArray::load(file);
    const std::size_t expected =
        static_cast<std::size_t>(keypointCount()) * heatmapSize() * heatmapSize();
    if (array.type != NpyArray::Type::UInt8 || array.elementCount() != expected)
        throw FileError(file, "unexpected heatmap array size or type");
    std::vector<float> values(expected);
    const std::uint8_t* bytes = array.bytes();
    for (std::size_t i = 0; i < expected; ++i)
        values[i] = static_cast<float>(bytes[i]) / 255.0f;
    return values;
}

const KeypointResult* InspectionData::resultsOf(int image) const
{
    const std::size_t k = static_cast<std::size_t>(keypointCount());
    const std::size_t first = static_cast<std::size_t>(image) * k;
    if (image < 0 || first + k > results.size())
        return nullptr;
    return results.data() + first;
}

std::string InspectionCache::key(const InspectionRequest& request)
{
    const fs::path weights = absolutePath(request.weightsFile);
    std::error_code ec;
    const auto size = fs::file_size(weights, ec);
    const auto modified = fs::last_write_time(weights, ec).time_since_epoch().count();
    const std::string text = "inspect-v" + std::to_string(kFormatVersion) + "\n" +
                             weights.string() + "\n" + std::to_string(size) + "\n" +
                             std::to_string(modified) + "\n" +
                             absolutePath(request.datasetRoot).string() + "\n" + request.split;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(stableHash(text)));
    return hex;
}

fs::path InspectionCache::directory(const InspectionRequest& request)
{
    return absolutePath(request.weightsFile).parent_path() / "inspect" / key(request);
}

bool InspectionCache::isComplete(const fs::path& dir)
{
    std::error_code ec;
    return fs::is_regular_file(dir / kCompleteMarker, ec) &&
           fs::is_regular_file(dir / kIndexFile, ec);
}

std::shared_ptr<InspectionData> InspectionCache::build(const InspectionRequest& request,
                                                       ProgressObserver* observer,
                                                       const StopToken* stop)
{
    auto data = std::make_shared<InspectionData>();
    data->request = request;
    data->request.weightsFile = absolutePath(request.weightsFile);
    data->request.datasetRoot = absolutePath(request.datasetRoot);
    data->cacheDir = directory(request);
    // Everything is written into a private sibling folder that replaces the cache only once it
    // is complete: a cancelled re-run keeps the previous cache, a crash leaves no `complete`.
    const fs::path dir =
        data->cacheDir.parent_path() /
        (data->cacheDir.filename().string() + ".partial-" + std::to_string(std::random_device{}()));
    // Removes the private folder on every way out but success (stop, exception).
    struct PartialFolder
    {
        fs::path path;
        bool keep = false;
        ~PartialFolder()
        {
            std::error_code ignored;
            if (!keep)
                fs::remove_all(path, ignored);
        }
    } partial{dir};

    std::vector<std::string> stems;
    if (request.split == "val")
        stems = readSplitStems(data->request.weightsFile.parent_path() / "split.json", "val");
    const std::vector<PredictionInput> inputs =
        listPredictionInputs(data->request.datasetRoot, stems);
    if (inputs.empty())
        throw FileError(data->request.datasetRoot, "no images to inspect");

    const std::string device =
        request.device == "auto" ? (torch::cuda::is_available() ? "cuda" : "cpu") : request.device;
    const Predictor predictor(data->request.weightsFile, device);
    data->modelConfig = predictor.config();
    const int k = data->keypointCount();
    const int heat = data->heatmapSize();
    std::error_code ec;
    const fs::path meshFile = layout::findMeshFile(data->request.datasetRoot);
    if (!meshFile.empty() && fs::is_regular_file(meshFile, ec)) {
        const MeshInformation mesh = MeshInformation::load(meshFile);
        if (mesh.keypointCount() != k)
            throw FileError(meshFile, "the mesh has " + std::to_string(mesh.keypointCount()) +
                                          " vertices but the model predicts " + std::to_string(k) +
                                          " keypoints");
    }

    fs::remove_all(dir, ec);
    fs::create_directories(dir / "heatmaps", ec);
    if (ec)
        throw FileError(dir, "cannot create the cache folder: " + ec.message());

    std::vector<fs::path> paths;
    for (const PredictionInput& input : inputs)
        paths.push_back(input.image);
    PredictorOptions options;
    options.batchSize = std::max(1, request.batchSize);
    options.decodeThreads = request.threads;
    options.keepHeatmaps = true;

    std::vector<std::optional<InspectedImage>> slots(inputs.size());
    std::mutex problemsMutex;
    const bool finished = predictor.predictFiles(
        paths, options,
        [&](std::vector<ImagePrediction>& batch) {
            parallelFor(batch.size(), request.threads, [&](std::size_t i) {
                const ImagePrediction& prediction = batch[i];
                const PredictionInput& input = inputs[prediction.index];
                if (!prediction.valid) {
                    std::lock_guard<std::mutex> lock(problemsMutex);
                    data->problems.push_back(prediction.error);
                    return;
                }
                InspectedImage image;
                image.stem = input.stem;
                image.imagePath = input.image;
                image.width = prediction.imageWidth;
                image.height = prediction.imageHeight;
                image.predicted = prediction.coordinates;
                image.peaks = prediction.heatmapPeaks;
                image.groundTruth.assign(static_cast<std::size_t>(k) * 2, -1.0f);
                if (!input.annotation.empty()) {
                    try {
                        const LetterboxCrop geometry(data->modelConfig.preprocess, image.width,
                                                     image.height);
                        image.groundTruth =
                            keypointLabels(Annotation::load(input.annotation), geometry, k);
                        image.hasGroundTruth = true;
                    } catch (const std::exception& error) {
                        std::lock_guard<std::mutex> lock(problemsMutex);
                        data->problems.push_back(std::string(error.what()) +
                                                 " (inspected as unlabelled)");
                    }
                }
                const std::size_t plane = static_cast<std::size_t>(heat) * heat;
                std::vector<std::uint8_t> bytes(prediction.heatmaps.size());
                for (std::size_t v = 0; v < bytes.size(); ++v)
                    bytes[v] = static_cast<std::uint8_t>(
                        std::lround(std::clamp(prediction.heatmaps[v], 0.0f, 1.0f) * 255.0f));
                NpyArray::fromBytes({static_cast<std::size_t>(k), static_cast<std::size_t>(heat),
                                     static_cast<std::size_t>(heat)},
                                    bytes.data())
                    .save(heatmapFile(dir, image.stem));
                for (int c = 0; c < k; ++c)
                    image.spreads.push_back(spreadOf(heatmapStatistics(
                        prediction.heatmaps.data() + static_cast<std::size_t>(c) * plane, heat,
                        heat)));
                slots[prediction.index] = std::move(image);
            });
        },
        observer, stop);
    if (!finished || (stop && stop->stopRequested()))
        return nullptr;

    for (auto& slot : slots)
        if (slot)
            data->images.push_back(std::move(*slot));
    const std::size_t n = data->images.size();
    const std::size_t kk = static_cast<std::size_t>(k);
    stack(
        data->images, {n, kk, 2}, [](const InspectedImage& i) { return i.predicted.data(); },
        kk * 2)
        .save(dir / "coordinates.npy");
    stack(
        data->images, {n, kk, 2}, [](const InspectedImage& i) { return i.groundTruth.data(); },
        kk * 2)
        .save(dir / "ground_truth.npy");
    stack(
        data->images, {n, kk}, [](const InspectedImage& i) { return i.peaks.data(); }, kk)
        .save(dir / "peaks.npy");
    std::vector<float> spreads;
    for (const InspectedImage& image : data->images)
        for (const KeypointSpread& s : image.spreads)
            spreads.insert(spreads.end(), {s.softArgMaxX, s.softArgMaxY, s.sigmaMajor, s.sigmaMinor,
                                           s.orientation, s.multiPeak ? 1.f : 0.f});
    NpyArray::fromFloats({n, kk, kSpreadFields}, spreads.data()).save(dir / "spreads.npy");

    nlohmann::ordered_json index;
    index["format"] = "keypoint-studio-inspection";
    index["version"] = kFormatVersion;
    index["weights_file"] = data->request.weightsFile.string();
    index["dataset"] = data->request.datasetRoot.string();
    index["split"] = request.split;
    index["model_config"] = data->modelConfig.toJson();
    nlohmann::ordered_json images = nlohmann::ordered_json::array();
    for (const InspectedImage& image : data->images)
        images.push_back({{"stem", image.stem},
                          {"image", image.imagePath.string()},
                          {"width", image.width},
                          {"height", image.height},
                          {"has_gt", image.hasGroundTruth}});
    index["images"] = std::move(images);
    index["problems"] = data->problems;
    writeFileAtomically(dir / kIndexFile, index.dump(2));

    computeEvaluation(*data);
    writeEvaluationReport(dir, data->summary, data->results);
    if (data->poseCheck)
        writeFileAtomically(dir / "pose_check.json", data->poseCheck->toJson().dump(2));
    if (stop && stop->stopRequested())
        return nullptr;
    writeFileAtomically(dir / kCompleteMarker, std::to_string(n) + " images\n");
    fs::remove_all(data->cacheDir, ec);
    ec.clear();
    fs::rename(dir, data->cacheDir, ec);
    if (ec)
        throw FileError(data->cacheDir, "cannot move the finished cache in place: " + ec.message());
    partial.keep = true;
    removeAbandonedPartials(data->cacheDir);
    return data;
}

std::shared_ptr<InspectionData> InspectionCache::load(const fs::path& dir)
{
    if (!isComplete(dir))
        throw FileError(dir, "no complete inspection cache here");
    const fs::path indexFile = dir / kIndexFile;
    nlohmann::ordered_json index;
    try {
        index = nlohmann::ordered_json::parse(readWholeFile(indexFile));
    } catch (const nlohmann::json::exception& error) {
        throw FileError(indexFile, std::string("invalid JSON: ") + error.what());
    }
    auto data = std::make_shared<InspectionData>();
    data->cacheDir = dir;
    try {
        if (index.value("version", 0) != kFormatVersion)
            throw FileError(indexFile, "unsupported inspection cache version");
        data->request.weightsFile = index.at("weights_file").get<std::string>();
        data->request.datasetRoot = index.at("dataset").get<std::string>();
        data->request.split = index.at("split").get<std::string>();
        data->modelConfig = ModelConfig::fromJson(index.at("model_config"));
        for (const auto& problem : index.value("problems", nlohmann::ordered_json::array()))
            data->problems.push_back(problem.get<std::string>());
        for (const auto& entry : index.at("images")) {
            InspectedImage image;
            image.stem = entry.at("stem").get<std::string>();
            image.imagePath = entry.at("image").get<std::string>();
            image.width = entry.at("width").get<int>();
            image.height = entry.at("height").get<int>();
            image.hasGroundTruth = entry.at("has_gt").get<bool>();
            data->images.push_back(std::move(image));
        }
    } catch (const nlohmann::json::exception& error) {
        throw FileError(indexFile, std::string("malformed index: ") + error.what());
    } catch (const std::invalid_argument& error) {
        throw FileError(indexFile, error.what());
    }

    const std::size_t n = data->images.size();
    const std::size_t k = static_cast<std::size_t>(data->keypointCount());
    const NpyArray coordinates = checkedArray(dir / "coordinates.npy", n * k * 2);
    const NpyArray groundTruth = checkedArray(dir / "ground_truth.npy", n * k * 2);
    const NpyArray peaks = checkedArray(dir / "peaks.npy", n * k);
    const NpyArray spreads = checkedArray(dir / "spreads.npy", n * k * kSpreadFields);
    for (std::size_t i = 0; i < n; ++i) {
        InspectedImage& image = data->images[i];
        image.predicted.assign(coordinates.floats() + i * k * 2,
                               coordinates.floats() + (i + 1) * k * 2);
        image.groundTruth.assign(groundTruth.floats() + i * k * 2,
                                 groundTruth.floats() + (i + 1) * k * 2);
        image.peaks.assign(peaks.floats() + i * k, peaks.floats() + (i + 1) * k);
        for (std::size_t c = 0; c < k; ++c) {
            const float* s = spreads.floats() + (i * k + c) * kSpreadFields;
            image.spreads.push_back({s[0], s[1], s[2], s[3], s[4], s[5] > 0.5f});
        }
    }
    computeEvaluation(*data);
    return data;
}

} // namespace kps
