#include "onnx_verification.h"

#include "atomic_file.h"
#include "dataset_layout.h"
#include "file_error.h"
#include "image_cache.h"
#include "letterbox_crop.h"
#include "mesh_information.h"
#include "progress.h"
#include "sha256.h"
#include "synthetic_generator.h"
#include "weights_file.h"

#include <ATen/ATen.h>
#include <torch/utils.h>

#include <opencv2/dnn.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iomanip>
#include <limits>
#include <sstream>
#include <system_error>

namespace kps {

namespace {

// (B,IMG,IMG,3) uint8 BGR from `batch` crops taken cyclically from `crops`.
at::Tensor batchOfCrops(const std::vector<cv::Mat>& crops, int batch, int imageSize)
{
    at::Tensor out = at::empty({batch, imageSize, imageSize, 3}, at::kByte);
    for (int i = 0; i < batch; ++i) {
        const cv::Mat& crop = crops[static_cast<std::size_t>(i) % crops.size()];
        if (crop.type() != CV_8UC3 || crop.rows != imageSize || crop.cols != imageSize)
            throw std::invalid_argument("ONNX verification: crops must be " +
                                        std::to_string(imageSize) + "x" +
                                        std::to_string(imageSize) + " BGR uint8");
        const cv::Mat continuous = crop.isContinuous() ? crop : crop.clone();
        std::memcpy(out[i].data_ptr<std::uint8_t>(), continuous.data,
                    static_cast<std::size_t>(imageSize) * imageSize * 3);
    }
    return out;
}

// A cv::Mat (owning its data) of the float tensor's shape and values.
cv::Mat toMat(const at::Tensor& tensor)
{
    const at::Tensor t = tensor.to(at::kFloat).contiguous();
    std::vector<int> sizes(t.sizes().begin(), t.sizes().end());
    cv::Mat mat(static_cast<int>(sizes.size()), sizes.data(), CV_32F);
    std::memcpy(mat.data, t.data_ptr<float>(), static_cast<std::size_t>(t.numel()) * 4);
    return mat;
}

double maxAbsDifference(const cv::Mat& openCv, const at::Tensor& torchValues, const char* what)
{
    const at::Tensor reference = torchValues.to(at::kFloat).contiguous();
    if (openCv.type() != CV_32F || static_cast<int64_t>(openCv.total()) != reference.numel())
        throw std::runtime_error(std::string("OpenCV DNN returned ") + what + " with " +
                                 std::to_string(openCv.total()) + " values, LibTorch " +
                                 std::to_string(reference.numel()));
    const cv::Mat continuous = openCv.isContinuous() ? openCv : openCv.clone();
    const at::Tensor values =
        at::from_blob(const_cast<void*>(static_cast<const void*>(continuous.data)),
                      reference.sizes(), at::kFloat);
    const at::Tensor difference = (values - reference).abs();
    // A NaN anywhere must fail the comparison rather than vanish inside max().
    if (difference.isnan().any().item<bool>())
        return std::numeric_limits<double>::infinity();
    return difference.max().item<double>();
}

std::string formatNumber(double value)
{
    if (std::isnan(value))
        return "-";
    std::ostringstream text;
    text << std::scientific << std::setprecision(2) << value;
    return text.str();
}

void report(ProgressObserver* observer, const std::string& stage, std::size_t done)
{
    if (observer)
        observer->progress(stage, done, 1);
}

} // namespace

double OnnxVerificationResult::maxHeatmapDelta() const
{
    double worst = std::numeric_limits<double>::quiet_NaN();
    for (const auto& run : runs)
        if (!std::isnan(run.maxHeatmapDelta))
            worst = std::isnan(worst) ? run.maxHeatmapDelta : std::max(worst, run.maxHeatmapDelta);
    return worst;
}

double OnnxVerificationResult::maxCoordinateDeltaPx() const
{
    double worst = std::numeric_limits<double>::quiet_NaN();
    for (const auto& run : runs)
        if (!std::isnan(run.maxCoordinateDeltaPx))
            worst = std::isnan(worst) ? run.maxCoordinateDeltaPx
                                      : std::max(worst, run.maxCoordinateDeltaPx);
    return worst;
}

bool OnnxVerificationResult::passed() const
{
    if (!error.empty() || runs.empty())
        return false;
    const double heat = maxHeatmapDelta(), coords = maxCoordinateDeltaPx();
    return (std::isnan(heat) || heat <= tolerances.heatmapTolerance) &&
           (std::isnan(coords) || coords <= tolerances.coordinateTolerancePx);
}

std::string OnnxVerificationResult::summary() const
{
    std::ostringstream text;
    for (const auto& run : runs)
        text << "batch " << run.batchSize << ": max |dheatmap| "
             << formatNumber(run.maxHeatmapDelta) << ", max |dcoord| "
             << formatNumber(run.maxCoordinateDeltaPx) << " px (IMG space)\n";
    if (!error.empty())
        text << "FAILED: " << error << "\n";
    else
        text << (passed() ? "PASSED: OpenCV DNN vs LibTorch within tolerance "
                          : "FAILED: OpenCV DNN vs LibTorch beyond tolerance ")
             << formatNumber(tolerances.heatmapTolerance) << " (heatmaps), "
             << formatNumber(tolerances.coordinateTolerancePx) << " px (coords)\n";
    return text.str();
}

OnnxVerificationResult verifyOnnxModel(const std::filesystem::path& onnxFile, KeypointModel& model,
                                       const std::vector<cv::Mat>& crops,
                                       const OnnxVerificationOptions& options)
{
    if (crops.empty())
        throw std::invalid_argument("ONNX verification: no crops to run");
    const OnnxModelInfo info = readOnnxModelInfo(onnxFile);
    if (info.config.toJson() != model->config().toJson())
        throw FileError(onnxFile, "its model config differs from the weights' config");

    OnnxVerificationResult result;
    result.tolerances = options;
    const ModelConfig& config = model->config();
    const int imageSize = config.preprocess.imageSize;

    cv::dnn::Net net;
    try {
        net = cv::dnn::readNetFromONNX(onnxFile.string());
        net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    } catch (const cv::Exception& error) {
        result.error = "OpenCV DNN cannot load " + onnxFile.string() + ": " + error.what();
        return result;
    }
    std::vector<cv::String> outputNames;
    if (info.heatmaps)
        outputNames.emplace_back("heatmaps");
    if (info.coordinates)
        outputNames.emplace_back("coords");

    const std::vector<int> batches =
        info.batch > 0 ? std::vector<int>{info.batch} : std::vector<int>{1, 3};
    model->eval();
    for (const int batch : batches) {
        const at::Tensor bgr = batchOfCrops(crops, batch, imageSize);
        const at::Tensor normalised = cropsToInput(bgr, config.preprocess.normalisation);
        // With normalisation in the graph the file takes raw RGB 0-255, as a deployment would.
        const at::Tensor fileInput = info.includeNormalisation
                                         ? bgr.permute({0, 3, 1, 2}).flip({1}).to(at::kFloat)
                                         : normalised;

        OnnxRunComparison run;
        run.batchSize = batch;
        ModelOutput reference;
        {
            torch::NoGradGuard noGrad;
            reference = model->forward(normalised.to(model->parameters().front().device()));
            reference.heatmaps = reference.heatmaps.to(at::kCPU);
            reference.coordinates = reference.coordinates.to(at::kCPU);
        }
        std::vector<cv::Mat> outputs;
        try {
            net.setInput(toMat(fileInput), "image");
            net.forward(outputs, outputNames);
        } catch (const cv::Exception& error) {
            result.error = "OpenCV DNN cannot run " + onnxFile.string() + " at batch " +
                           std::to_string(batch) + ": " + error.what();
            return result;
        }
        try {
            std::size_t next = 0;
            run.maxHeatmapDelta = std::numeric_limits<double>::quiet_NaN();
            run.maxCoordinateDeltaPx = std::numeric_limits<double>::quiet_NaN();
            if (info.heatmaps)
                run.maxHeatmapDelta =
                    maxAbsDifference(outputs.at(next++), reference.heatmaps, "heatmaps");
            if (info.coordinates)
                run.maxCoordinateDeltaPx =
                    maxAbsDifference(outputs.at(next++), reference.coordinates, "coords") *
                    imageSize;
        } catch (const std::exception& error) {
            result.error = onnxFile.string() + ": " + error.what();
            return result;
        }
        result.runs.push_back(run);
    }
    return result;
}

std::vector<cv::Mat> verificationCrops(const PreprocessConfig& config,
                                       const std::filesystem::path& dataset, int count)
{
    std::vector<cv::Mat> crops;
    if (!dataset.empty()) {
        const std::filesystem::path folder = layout::imagesDir(dataset);
        std::error_code error;
        std::vector<std::filesystem::path> images;
        for (const auto& entry : std::filesystem::directory_iterator(folder, error))
            if (entry.is_regular_file() && layout::isImageFile(entry.path()))
                images.push_back(entry.path());
        if (error)
            throw FileError(folder, "cannot list the dataset's images: " + error.message());
        if (images.empty())
            throw FileError(folder, "the dataset has no images for the verification");
        std::sort(images.begin(), images.end());
        for (const auto& image : images) {
            if (static_cast<int>(crops.size()) >= count)
                break;
            crops.push_back(loadPreprocessedImage(image, config));
        }
        return crops;
    }
    GeneratorOptions generator;
    generator.count = count;
    generator.seed = 2024;
    // Half the canvas keeps rendering quick; the letterbox scales it exactly as any image.
    generator.width = std::max(64, config.canvasWidth / 2);
    generator.height = std::max(64, config.canvasHeight / 2);
    const MeshInformation mesh = builtinSpacecraftMesh();
    for (int i = 0; i < count; ++i) {
        const RenderedSample sample = renderSample(mesh, generator, static_cast<std::size_t>(i));
        const LetterboxCrop crop(config, sample.image.cols, sample.image.rows);
        crops.push_back(crop.apply(sample.image));
    }
    return crops;
}

OnnxExportReport exportOnnxModel(const OnnxExportRequest& request, ProgressObserver* observer)
{
    request.options.validate();
    if (request.output.empty())
        throw FileError(request.output, "no output file given");
    const std::filesystem::path folder =
        request.output.parent_path().empty() ? "." : request.output.parent_path();
    if (!std::filesystem::is_directory(folder))
        throw FileError(request.output,
                        "cannot write: the folder " + folder.string() + " does not exist");
    if (std::filesystem::is_directory(request.output))
        throw FileError(request.output, "cannot write: it is a folder");
    {
        // A real probe (permission bits say nothing for root or on read-only mounts): the
        // temporary sibling is created and removed again, nothing else is touched.
        std::filesystem::path probe = request.output;
        probe += ".unverified";
        try {
            AtomicFileWriter writer(probe);
        } catch (const FileError&) {
            throw FileError(request.output, "cannot write: no file can be created in the folder " +
                                                folder.string());
        }
    }
    // No progress before the inputs are known good: a bad weights file is one line, not a bar.
    OnnxExportReport result;
    result.weightsSha256 = sha256HexOfFile(request.weights);
    LoadedModel loaded = loadWeights(request.weights, torch::kCPU);
    const std::vector<cv::Mat> crops = verificationCrops(
        loaded.config.preprocess, request.dataset, std::max(1, request.verificationCropCount));
    report(observer, "loading", 1);

    report(observer, "exporting", 0);
    const std::string bytes = buildOnnxModel(loaded.model, request.options, result.weightsSha256);
    result.bytes = bytes.size();
    std::filesystem::path unverified = request.output;
    unverified += ".unverified";
    writeOnnxFile(unverified, bytes);
    report(observer, "exporting", 1);

    report(observer, "verifying", 0);
    try {
        result.verification = verifyOnnxModel(unverified, loaded.model, crops, request.tolerances);
    } catch (const std::exception& error) {
        result.verification.error = error.what();
    }
    report(observer, "verifying", 1);
    result.file = unverified;
    if (result.verification.passed()) {
        std::error_code error;
        std::filesystem::rename(unverified, request.output, error);
        if (error)
            throw FileError(request.output, "cannot move the verified model into place from " +
                                                unverified.string() + ": " + error.message());
        result.file = request.output;
        result.verified = true;
    }
    return result;
}

OnnxVerificationResult verifyOnnxFile(const std::filesystem::path& onnxFile,
                                      const std::filesystem::path& weights,
                                      const std::filesystem::path& dataset, int cropCount,
                                      const OnnxVerificationOptions& tolerances)
{
    const OnnxModelInfo info = readOnnxModelInfo(onnxFile);
    const std::string sha = sha256HexOfFile(weights);
    if (!info.weightsSha256.empty() && info.weightsSha256 != sha)
        throw FileError(onnxFile, "was exported from weights with SHA-256 " + info.weightsSha256 +
                                      ", but " + weights.string() + " has " + sha);
    LoadedModel loaded = loadWeights(weights, torch::kCPU);
    const std::vector<cv::Mat> crops =
        verificationCrops(loaded.config.preprocess, dataset, std::max(1, cropCount));
    return verifyOnnxModel(onnxFile, loaded.model, crops, tolerances);
}

} // namespace kps
