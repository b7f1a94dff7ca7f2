#include "seed_arrays.h"

#include "annotation.h"
#include "atomic_file.h"
#include "dataset_scan.h"
#include "file_error.h"
#include "heatmap_target.h"
#include "keypoint_labels.h"
#include "letterbox_crop.h"
#include "npy_array.h"
#include "parallel_for.h"
#include "model_config.h"
#include "predictor.h"
#include "progress.h"
#include "zip_archive.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <stdexcept>

namespace kps {

namespace fs = std::filesystem;

std::vector<float> seedInputPixels(const cv::Mat& bgr, const PreprocessConfig& config)
{
    const LetterboxCrop geometry(config, bgr.cols, bgr.rows);
    cv::Mat image;
    bgr.convertTo(image, CV_32FC3);
    // cv::INTER_LINEAR on float images is bilinear with half-pixel centres and no antialias
    // (tf.image.resize's "bilinear" with antialias=False), in float arithmetic.
    cv::Mat resized;
    if (geometry.resizedWidth() == image.cols && geometry.resizedHeight() == image.rows)
        resized = image;
    else
        cv::resize(image, resized, cv::Size(geometry.resizedWidth(), geometry.resizedHeight()), 0,
                   0, cv::INTER_LINEAR);
    cv::Mat crop(config.cropHeight, config.cropWidth, CV_32FC3, cv::Scalar(0, 0, 0));
    const cv::Rect placed(geometry.padLeft() - geometry.cropLeft(),
                          geometry.padTop() - geometry.cropTop(), geometry.resizedWidth(),
                          geometry.resizedHeight());
    const cv::Rect visible = placed & cv::Rect(0, 0, config.cropWidth, config.cropHeight);
    if (visible.area() > 0)
        resized(visible - placed.tl()).copyTo(crop(visible));
    cv::Mat out;
    cv::resize(crop, out, cv::Size(config.imageSize, config.imageSize), 0, 0, cv::INTER_LINEAR);
    std::vector<float> pixels(static_cast<std::size_t>(config.imageSize) * config.imageSize * 3);
    const cv::Mat continuous = out.isContinuous() ? out : out.clone();
    const float* source = continuous.ptr<float>();
    for (std::size_t i = 0; i < pixels.size(); ++i)
        pixels[i] = source[i] - seed_arrays::kCaffeMeanBgr[i % 3];
    return pixels;
}

SeedArraysExport exportSeedArrays(const fs::path& dataset, const fs::path& outDir,
                                  const PreprocessConfig& config, int threads,
                                  ProgressObserver* observer, const StopToken* stop)
{
    config.validate();
    ScanOptions scanOptions;
    scanOptions.threads = threads;
    const DatasetIndex index = scanDataset(dataset, scanOptions, observer, stop);
    if (stop && stop->stopRequested())
        return {};
    for (const DatasetProblem& problem : index.problems)
        if (problem.kind == ProblemKind::MissingFolder &&
            problem.severity == ProblemSeverity::Error)
            throw FileError(problem.file, problem.message);

    // The seed's order: sorted image file names that have a same-stem JSON.
    std::vector<const SampleEntry*> rows;
    for (const SampleEntry& sample : index.samples)
        if (!sample.imagePath.empty() && !sample.annotationPath.empty())
            rows.push_back(&sample);
    std::sort(rows.begin(), rows.end(), [](const SampleEntry* a, const SampleEntry* b) {
        return a->imagePath.filename().string() < b->imagePath.filename().string();
    });
    if (rows.empty())
        throw FileError(dataset, "no image has a same-stem annotation in " +
                                     std::string("JSON_Data_REF/: nothing to export"));
    for (const SampleEntry* row : rows)
        if (!row->annotated)
            throw FileError(row->annotationPath,
                            "invalid annotation (kpstudio info lists why); fix or remove it");
    const int k = index.keypointCount;
    if (k <= 0)
        throw FileError(dataset, "no keypoints: no mesh information and no visible vertices");

    SeedArraysExport result;
    result.rows = rows.size();
    result.keypointCount = k;
    result.meshFile = index.mesh ? index.meshFile : fs::path();
    for (const SampleEntry* row : rows)
        result.imageNames.push_back(row->imagePath.filename().string());

    const std::size_t img = static_cast<std::size_t>(config.imageSize);
    const std::size_t heat = static_cast<std::size_t>(config.heatmapSize);
    const std::size_t inputFloats = img * img * 3;
    const std::size_t heatFloats = heat * heat * static_cast<std::size_t>(k);
    const std::size_t coordFloats = 2 * static_cast<std::size_t>(k);
    std::vector<float> inputs(rows.size() * inputFloats);
    std::vector<float> heatmaps(rows.size() * heatFloats);
    std::vector<float> coords(rows.size() * coordFloats);
    std::atomic<std::size_t> done{0};
    if (observer)
        observer->progress("arrays", 0, rows.size());
    parallelFor(
        rows.size(), threads,
        [&](std::size_t i) {
            const SampleEntry& row = *rows[i];
            const cv::Mat bgr = cv::imread(row.imagePath.string(), cv::IMREAD_COLOR);
            if (bgr.empty())
                throw FileError(row.imagePath,
                                "cannot decode image (corrupt or unsupported format)");
            const std::vector<float> pixels = seedInputPixels(bgr, config);
            std::copy(pixels.begin(), pixels.end(),
                      inputs.begin() + static_cast<std::ptrdiff_t>(i * inputFloats));
            const Annotation annotation = Annotation::load(row.annotationPath);
            const std::vector<float> labels =
                keypointLabels(annotation, LetterboxCrop(config, bgr.cols, bgr.rows), k);
            std::copy(labels.begin(), labels.end(),
                      coords.begin() + static_cast<std::ptrdiff_t>(i * coordFloats));
            // heatmapTarget is channels first (K,H,W); the seed's arrays are channels last.
            const std::vector<float> planes =
                heatmapTarget(labels, config.heatmapSize, config.sigma);
            float* target = heatmaps.data() + i * heatFloats;
            for (std::size_t c = 0; c < static_cast<std::size_t>(k); ++c)
                for (std::size_t p = 0; p < heat * heat; ++p)
                    target[p * static_cast<std::size_t>(k) + c] = planes[c * heat * heat + p];
            if (observer)
                observer->progress("arrays", ++done, rows.size());
        },
        stop);
    if (stop && stop->stopRequested())
        return {};

    std::error_code ec;
    fs::create_directories(outDir, ec);
    if (ec)
        throw FileError(outDir, "cannot create folder: " + ec.message());
    NpyArray::fromFloats({rows.size(), img, img, 3}, inputs.data())
        .save(outDir / seed_arrays::kInputsFile);
    inputs = {};
    std::vector<ZipMember> members(2);
    members[0].name = "heatmaps.npy";
    members[0].data = NpyArray::fromFloats({rows.size(), heat, heat, static_cast<std::size_t>(k)},
                                           heatmaps.data())
                          .serialize();
    heatmaps = {};
    members[1].name = "coords.npy";
    members[1].data = NpyArray::fromFloats({rows.size(), coordFloats}, coords.data()).serialize();
    std::string archive;
    try {
        archive = writeZipArchive(members);
    } catch (const std::length_error& error) {
        throw FileError(outDir / seed_arrays::kTargetsFile,
                        std::string(error.what()) + "; export fewer images at a time");
    }
    writeFileAtomically(outDir / seed_arrays::kTargetsFile, archive);
    return result;
}

SeedArrays loadSeedArrays(const fs::path& dir)
{
    const fs::path inputsFile = dir / seed_arrays::kInputsFile;
    const fs::path targetsFile = dir / seed_arrays::kTargetsFile;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw FileError(dir, "arrays folder does not exist");
    for (const fs::path& file : {inputsFile, targetsFile})
        if (!fs::is_regular_file(file, ec))
            throw FileError(file, "missing (an arrays folder holds X_data.npy and Y_data.npz)");

    NpyArray inputs = NpyArray::load(inputsFile);
    if (inputs.type != NpyArray::Type::Float32 || inputs.shape.size() != 4 ||
        inputs.shape[3] != 3 || inputs.shape[1] != inputs.shape[2] || inputs.shape[1] == 0)
        throw FileError(inputsFile, "expected float (N, IMG, IMG, 3) images");

    const ZipReader targets = ZipReader::open(targetsFile);
    if (!targets.contains("coords.npy"))
        throw FileError(targetsFile, "has no `coords` array");
    const fs::path coordsName = targetsFile / "coords.npy";
    const NpyArray coords = NpyArray::parse(targets.read("coords.npy"), coordsName);
    if (coords.type != NpyArray::Type::Float32 || coords.shape.size() != 2 ||
        coords.shape[1] % 2 != 0 || coords.shape[1] == 0)
        throw FileError(coordsName, "expected float (N, 2K) coordinates");
    if (coords.shape[0] != inputs.shape[0])
        throw FileError(coordsName, "has " + std::to_string(coords.shape[0]) +
                                        " rows but X_data.npy has " +
                                        std::to_string(inputs.shape[0]));

    SeedArrays arrays;
    arrays.rows = inputs.shape[0];
    arrays.imageSize = static_cast<int>(inputs.shape[1]);
    arrays.keypointCount = static_cast<int>(coords.shape[1] / 2);
    if (targets.contains("heatmaps.npy")) {
        const fs::path heatmapsName = targetsFile / "heatmaps.npy";
        const NpyArray heatmaps =
            NpyArray::parseHeader(targets.read("heatmaps.npy", 4096), heatmapsName);
        if (heatmaps.shape.size() != 4 || heatmaps.shape[0] != arrays.rows ||
            heatmaps.shape[1] != heatmaps.shape[2] ||
            heatmaps.shape[3] != static_cast<std::size_t>(arrays.keypointCount))
            throw FileError(heatmapsName,
                            "expected (N, HEAT, HEAT, K) with N = " + std::to_string(arrays.rows) +
                                " and K = " + std::to_string(arrays.keypointCount));
        arrays.heatmapSize = static_cast<int>(heatmaps.shape[1]);
    }
    arrays.inputs.resize(inputs.elementCount());
    std::memcpy(arrays.inputs.data(), inputs.data.data(), inputs.data.size());
    inputs.data = {};
    arrays.coords.assign(coords.floats(), coords.floats() + coords.elementCount());
    for (std::size_t i = 0; i < arrays.coords.size(); ++i)
        if (!std::isfinite(arrays.coords[i]))
            throw FileError(coordsName, "row " + std::to_string(i / coords.shape[1]) +
                                            ": coordinate is not finite");
    return arrays;
}

std::string seedArrayRowStem(std::size_t row)
{
    char text[32];
    std::snprintf(text, sizeof text, "row_%06zu", row);
    return text;
}

LabelledCrops labelledCropsFromSeedArrays(const SeedArrays& arrays, const PreprocessConfig& config)
{
    if (arrays.imageSize != config.imageSize)
        throw std::invalid_argument("the arrays hold " + std::to_string(arrays.imageSize) + "x" +
                                    std::to_string(arrays.imageSize) +
                                    " images but the model's input is " +
                                    std::to_string(config.imageSize));
    LabelledCrops crops;
    crops.keypointCount = arrays.keypointCount;
    crops.crops.imageSize = arrays.imageSize;
    crops.crops.pixels.resize(arrays.inputs.size());
    for (std::size_t i = 0; i < arrays.inputs.size(); ++i) {
        const float value = std::round(arrays.inputs[i] + seed_arrays::kCaffeMeanBgr[i % 3]);
        crops.crops.pixels[i] = static_cast<std::uint8_t>(std::clamp(value, 0.0f, 255.0f));
    }
    crops.crops.valid.assign(arrays.rows, true);
    crops.crops.imageWidths.assign(arrays.rows, config.canvasWidth);
    crops.crops.imageHeights.assign(arrays.rows, config.canvasHeight);
    crops.crops.errors.assign(arrays.rows, std::string());
    crops.labels = arrays.coords;
    for (std::size_t i = 0; i < arrays.rows; ++i)
        crops.stems.push_back(seedArrayRowStem(i));
    return crops;
}

LabelledCrops loadSeedArrayCrops(const fs::path& dir, const PreprocessConfig& config)
{
    const SeedArrays arrays = loadSeedArrays(dir);
    try {
        return labelledCropsFromSeedArrays(arrays, config);
    } catch (const std::invalid_argument& error) {
        throw FileError(dir / seed_arrays::kInputsFile, error.what());
    }
}

PredictionJobResult evaluateSeedArrays(const Predictor& predictor, const fs::path& dir,
                                       const fs::path& outDir,
                                       const std::vector<std::string>& stems, int batchSize,
                                       ProgressObserver* observer, const StopToken* stop)
{
    const ModelConfig& config = predictor.config();
    const LabelledCrops data = loadSeedArrayCrops(dir, config.preprocess);
    const int k = config.keypointCount;
    if (data.keypointCount != k)
        throw FileError(dir / seed_arrays::kTargetsFile,
                        "the arrays have " + std::to_string(data.keypointCount) +
                            " keypoints but the model predicts " + std::to_string(k));
    std::vector<std::size_t> rows;
    if (stems.empty()) {
        for (std::size_t i = 0; i < data.size(); ++i)
            rows.push_back(i);
    } else {
        std::map<std::string, std::size_t> byStem;
        for (std::size_t i = 0; i < data.size(); ++i)
            byStem[data.stems[i]] = i;
        for (const std::string& stem : stems) {
            const auto found = byStem.find(stem);
            if (found == byStem.end())
                throw FileError(dir / seed_arrays::kInputsFile, "has no row \"" + stem + "\"");
            rows.push_back(found->second);
        }
    }

    PredictionJobResult result;
    result.images = rows.size();
    const std::size_t labelFloats = 2 * static_cast<std::size_t>(k);
    const int side = data.crops.imageSize;
    const std::size_t batch = static_cast<std::size_t>(std::max(1, batchSize));
    std::vector<KeypointRecord> records;
    for (std::size_t start = 0; start < rows.size(); start += batch) {
        if (stop && stop->stopRequested()) {
            result.stopped = true;
            break;
        }
        const std::size_t end = std::min(rows.size(), start + batch);
        std::vector<cv::Mat> crops;
        for (std::size_t r = start; r < end; ++r)
            crops.emplace_back(side, side, CV_8UC3,
                               const_cast<std::uint8_t*>(data.crops.crop(rows[r])));
        const std::vector<ImagePrediction> predictions =
            predictor.predictCrops(crops, false, static_cast<int>(batch));
        for (std::size_t r = start; r < end; ++r) {
            const std::size_t row = rows[r];
            const std::vector<float> labels(
                data.labels.begin() + static_cast<std::ptrdiff_t>(row * labelFloats),
                data.labels.begin() + static_cast<std::ptrdiff_t>((row + 1) * labelFloats));
            const ImagePrediction& prediction = predictions[r - start];
            const std::vector<KeypointRecord> imageRecords = makeKeypointRecords(
                data.stems[row], data.crops.imageWidths[row], data.crops.imageHeights[row], labels,
                prediction.coordinates, prediction.heatmapPeaks);
            records.insert(records.end(), imageRecords.begin(), imageRecords.end());
        }
        if (observer)
            observer->progress("predicting", end, rows.size());
    }
    result.results = computeKeypointResults(records, config.preprocess);
    result.summary = EvaluationSummary::compute(result.results, config.preprocess, k);
    writeEvaluationReport(outDir, result.summary, result.results);
    return result;
}

} // namespace kps
