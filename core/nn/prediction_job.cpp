#include "prediction_job.h"

#include "annotation.h"
#include "atomic_file.h"
#include "dataset_layout.h"
#include "file_error.h"
#include "keypoint_labels.h"
#include "mesh_information.h"
#include "model_config.h"
#include "parallel_for.h"
#include "predictor.h"
#include "progress.h"

#include <algorithm>
#include <mutex>
#include <set>

namespace kps {

std::vector<PredictionInput> listPredictionInputs(const std::filesystem::path& input,
                                                  const std::vector<std::string>& stems)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(input, ec))
        throw FileError(input, "not a folder");
    const bool dataset = std::filesystem::is_directory(layout::imagesDir(input), ec);
    const std::filesystem::path imageDir = dataset ? layout::imagesDir(input) : input;

    std::vector<PredictionInput> all;
    for (std::filesystem::directory_iterator it(imageDir, ec), end; !ec && it != end;
         it.increment(ec)) {
        if (!it->is_regular_file(ec) || !layout::isImageFile(it->path()))
            continue;
        PredictionInput entry;
        entry.stem = it->path().stem().string();
        entry.image = it->path();
        if (dataset) {
            const std::filesystem::path annotation = layout::annotationFile(input, entry.stem);
            if (std::filesystem::is_regular_file(annotation, ec))
                entry.annotation = annotation;
        }
        all.push_back(std::move(entry));
    }
    if (ec)
        throw FileError(imageDir, "cannot list folder: " + ec.message());
    std::sort(all.begin(), all.end(), [](const PredictionInput& a, const PredictionInput& b) {
        return a.stem != b.stem ? a.stem < b.stem : a.image < b.image;
    });
    if (stems.empty())
        return all;

    const std::set<std::string> wanted(stems.begin(), stems.end());
    std::vector<PredictionInput> selected;
    std::set<std::string> found;
    for (PredictionInput& entry : all)
        if (wanted.count(entry.stem) && found.insert(entry.stem).second)
            selected.push_back(std::move(entry));
    for (const std::string& stem : wanted)
        if (!found.count(stem))
            throw FileError(imageDir, "no image for stem '" + stem + "' of the requested split");
    return selected;
}

std::vector<std::string> readSplitStems(const std::filesystem::path& splitFile,
                                        const std::string& part)
{
    nlohmann::ordered_json json;
    try {
        json = nlohmann::ordered_json::parse(readWholeFile(splitFile));
    } catch (const nlohmann::json::exception& error) {
        throw FileError(splitFile, std::string("invalid JSON: ") + error.what());
    }
    if (!json.is_object() || !json.contains(part) || !json.at(part).is_array())
        throw FileError(splitFile,
                        "expected an object with a \"" + part + "\" array of image stems");
    std::vector<std::string> stems;
    for (const auto& stem : json.at(part)) {
        if (!stem.is_string())
            throw FileError(splitFile, "\"" + part + "\" must hold strings (image stems)");
        stems.push_back(stem.get<std::string>());
    }
    return stems;
}

PredictionJobResult runPredictionJob(const Predictor& predictor,
                                     const PredictionJobOptions& options,
                                     ProgressObserver* observer, const StopToken* stop)
{
    const ModelConfig& config = predictor.config();
    const int k = config.keypointCount;
    std::error_code ec;
    const std::filesystem::path meshFile = layout::findMeshFile(options.input);
    if (!meshFile.empty() && std::filesystem::is_regular_file(meshFile, ec)) {
        const MeshInformation mesh = MeshInformation::load(meshFile);
        if (mesh.keypointCount() != k)
            throw FileError(meshFile, "the mesh has " + std::to_string(mesh.keypointCount()) +
                                          " vertices but the model predicts " + std::to_string(k) +
                                          " keypoints");
    }

    const std::vector<PredictionInput> inputs = listPredictionInputs(options.input, options.stems);
    PredictionJobResult result;
    result.images = inputs.size();

    const PredictionWriter writer(options.outDir, config.preprocess, k, options.writer);
    PredictorOptions predictorOptions;
    predictorOptions.batchSize = options.batchSize;
    predictorOptions.decodeThreads = options.threads;
    predictorOptions.keepHeatmaps = options.writer.heatmapImages || options.writer.rawHeatmaps;
    predictorOptions.keepImages = options.writer.overlays || options.writer.originalOverlays;

    std::vector<std::filesystem::path> paths;
    paths.reserve(inputs.size());
    for (const PredictionInput& input : inputs)
        paths.push_back(input.image);

    std::mutex problemsMutex;
    std::vector<KeypointRecord> records;
    records.reserve(inputs.size() * static_cast<std::size_t>(std::max(0, k)));
    const bool finished = predictor.predictFiles(
        paths, predictorOptions,
        [&](std::vector<ImagePrediction>& batch) {
            std::vector<std::vector<KeypointRecord>> batchRecords(batch.size());
            parallelFor(batch.size(), options.threads, [&](std::size_t i) {
                const ImagePrediction& prediction = batch[i];
                const PredictionInput& input = inputs[prediction.index];
                if (!prediction.valid) {
                    std::lock_guard<std::mutex> lock(problemsMutex);
                    result.problems.push_back(prediction.error);
                    ++result.failed;
                    return;
                }
                std::vector<float> labels;
                if (!input.annotation.empty()) {
                    try {
                        const LetterboxCrop geometry(config.preprocess, prediction.imageWidth,
                                                     prediction.imageHeight);
                        labels = keypointLabels(Annotation::load(input.annotation), geometry, k);
                    } catch (const std::exception& error) {
                        std::lock_guard<std::mutex> lock(problemsMutex);
                        result.problems.push_back(std::string(error.what()) +
                                                  " (evaluated as unlabelled)");
                    }
                }
                writer.write(prediction, input.stem, labels);
                batchRecords[i] =
                    makeKeypointRecords(input.stem, prediction.imageWidth, prediction.imageHeight,
                                        labels, prediction.coordinates, prediction.heatmapPeaks);
            });
            for (auto& imageRecords : batchRecords)
                records.insert(records.end(), imageRecords.begin(), imageRecords.end());
        },
        observer, stop);
    result.stopped = !finished;

    result.results = computeKeypointResults(records, config.preprocess);
    result.summary = EvaluationSummary::compute(result.results, config.preprocess, k);
    if (options.writeReport)
        writeEvaluationReport(options.outDir, result.summary, result.results);
    return result;
}

} // namespace kps
