#include "predictor.h"

#include "file_error.h"
#include "image_cache.h"
#include "letterbox_crop.h"
#include "model_config.h"
#include "parallel_for.h"
#include "progress.h"
#include "weights_file.h"

#include <torch/cuda.h>
#include <torch/torch.h>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace kps {

struct Predictor::Impl
{
    ModelConfig config;
    KeypointModel model{nullptr};
    torch::Device device{torch::kCPU};
};

namespace {

torch::Device parseDevice(const std::string& text)
{
    torch::Device device(torch::kCPU);
    try {
        device = torch::Device(text.empty() ? std::string("cpu") : text);
    } catch (const std::exception&) {
        throw std::invalid_argument("unknown device '" + text + "' (use cpu, cuda or cuda:N)");
    }
    if (device.is_cuda() && !torch::cuda::is_available())
        throw std::invalid_argument("device '" + text +
                                    "' requested but CUDA is not available in this build/machine");
    return device;
}

} // namespace

Predictor::Predictor(const LoadedModel& model) : m_impl(std::make_unique<Impl>())
{
    if (!model.model)
        throw std::invalid_argument("Predictor: no model loaded");
    m_impl->config = model.config;
    m_impl->model = model.model;
    const auto parameters = m_impl->model->parameters();
    if (!parameters.empty())
        m_impl->device = parameters.front().device();
    m_impl->model->eval();
}

Predictor::Predictor(const std::filesystem::path& weightsFile, const std::string& device)
    : Predictor(loadWeights(weightsFile, parseDevice(device)))
{
}

Predictor::~Predictor() = default;
Predictor::Predictor(Predictor&&) noexcept = default;
Predictor& Predictor::operator=(Predictor&&) noexcept = default;

const ModelConfig& Predictor::config() const
{
    return m_impl->config;
}
int Predictor::keypointCount() const
{
    return m_impl->config.keypointCount;
}
int Predictor::heatmapSize() const
{
    return m_impl->config.preprocess.heatmapSize;
}
int Predictor::imageSize() const
{
    return m_impl->config.preprocess.imageSize;
}
std::string Predictor::deviceName() const
{
    return m_impl->device.str();
}

std::vector<ImagePrediction> Predictor::predictCrops(const std::vector<cv::Mat>& crops,
                                                     bool keepHeatmaps, int batchSize) const
{
    const int img = imageSize();
    const std::size_t cropBytes = static_cast<std::size_t>(img) * img * 3;
    for (const cv::Mat& crop : crops)
        if (crop.rows != img || crop.cols != img || crop.type() != CV_8UC3)
            throw std::invalid_argument("Predictor: crops must be " + std::to_string(img) + "x" +
                                        std::to_string(img) + " BGR uint8 images");
    batchSize = std::max(1, batchSize);

    c10::InferenceMode inference;
    m_impl->model->eval();
    std::vector<ImagePrediction> out(crops.size());
    for (std::size_t start = 0; start < crops.size();
         start += static_cast<std::size_t>(batchSize)) {
        const std::size_t count =
            std::min(crops.size() - start, static_cast<std::size_t>(batchSize));
        torch::Tensor batch = torch::empty({static_cast<long>(count), img, img, 3}, torch::kUInt8);
        for (std::size_t i = 0; i < count; ++i) {
            const cv::Mat crop =
                crops[start + i].isContinuous() ? crops[start + i] : crops[start + i].clone();
            std::memcpy(batch.data_ptr<std::uint8_t>() + i * cropBytes, crop.data, cropBytes);
        }
        const torch::Tensor input =
            cropsToInput(batch.to(m_impl->device), m_impl->config.preprocess.normalisation);
        const ModelOutput output = m_impl->model->forward(input);
        const torch::Tensor heatmaps =
            output.heatmaps.to(torch::kCPU, torch::kFloat32).contiguous();
        const torch::Tensor coordinates =
            output.coordinates.to(torch::kCPU, torch::kFloat32).contiguous();
        const torch::Tensor peaks = std::get<0>(heatmaps.flatten(2).max(2)).contiguous();

        const long k = heatmaps.size(1);
        const long mapValues = heatmaps.size(2) * heatmaps.size(3);
        for (std::size_t i = 0; i < count; ++i) {
            ImagePrediction& p = out[start + i];
            p.index = start + i;
            p.valid = true;
            const float* c = coordinates.data_ptr<float>() + i * k * 2;
            p.coordinates.assign(c, c + k * 2);
            const float* peak = peaks.data_ptr<float>() + i * k;
            p.heatmapPeaks.assign(peak, peak + k);
            if (keepHeatmaps) {
                const float* h = heatmaps.data_ptr<float>() + i * k * mapValues;
                p.heatmaps.assign(h, h + k * mapValues);
            }
        }
    }
    return out;
}

bool Predictor::predictFiles(
    const std::vector<std::filesystem::path>& images, const PredictorOptions& options,
    const std::function<void(std::vector<ImagePrediction>& batch)>& onBatch,
    ProgressObserver* observer, const StopToken* stop) const
{
    const std::size_t batchSize = static_cast<std::size_t>(std::max(1, options.batchSize));
    const PreprocessConfig& preprocess = m_impl->config.preprocess;
    std::size_t done = 0;
    if (observer)
        observer->progress("predicting", 0, images.size());
    for (std::size_t start = 0; start < images.size(); start += batchSize) {
        if (stop && !stop->waitWhilePaused())
            return false;
        const std::size_t count = std::min(images.size() - start, batchSize);
        std::vector<ImagePrediction> batch(count);
        std::vector<cv::Mat> crops(count);
        parallelFor(count, options.decodeThreads, [&](std::size_t i) {
            ImagePrediction& p = batch[i];
            p.index = start + i;
            p.imagePath = images[start + i];
            try {
                cv::Mat original = cv::imread(p.imagePath.string(), cv::IMREAD_COLOR);
                if (original.empty())
                    throw FileError(p.imagePath,
                                    "cannot decode image (corrupt or unsupported format)");
                p.imageWidth = original.cols;
                p.imageHeight = original.rows;
                crops[i] = LetterboxCrop(preprocess, original.cols, original.rows).apply(original);
                if (options.keepImages) {
                    p.original = original;
                    p.crop = crops[i];
                }
                p.valid = true;
            } catch (const FileError& error) {
                p.error = error.what();
            } catch (const std::exception& error) {
                p.error = p.imagePath.string() + ": " + error.what();
            }
        });

        std::vector<cv::Mat> validCrops;
        std::vector<std::size_t> validSlots;
        for (std::size_t i = 0; i < count; ++i)
            if (batch[i].valid) {
                validCrops.push_back(crops[i]);
                validSlots.push_back(i);
            }
        if (!validCrops.empty()) {
            std::vector<ImagePrediction> predicted =
                predictCrops(validCrops, options.keepHeatmaps, static_cast<int>(validCrops.size()));
            for (std::size_t j = 0; j < validSlots.size(); ++j) {
                ImagePrediction& p = batch[validSlots[j]];
                p.coordinates = std::move(predicted[j].coordinates);
                p.heatmapPeaks = std::move(predicted[j].heatmapPeaks);
                p.heatmaps = std::move(predicted[j].heatmaps);
            }
        }
        onBatch(batch);
        done += count;
        if (observer)
            observer->progress("predicting", done, images.size());
    }
    return true;
}

} // namespace kps
