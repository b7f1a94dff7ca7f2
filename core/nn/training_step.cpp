#include "training_step.h"

#include "batch_pipeline.h"
#include "distributed_group.h"
#include "heatmap_target.h"
#include "progress.h"

#include <torch/cuda.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace kps {

void initialiseHeadPrior(KeypointModel& model, double prior)
{
    if (prior <= 0.0 || prior >= 1.0)
        return;
    torch::NoGradGuard noGrad;
    for (auto& parameter : model->named_parameters(true)) {
        if (parameter.key() == "head.bias")
            parameter.value().fill_(-std::log((1.0 - prior) / prior));
    }
}

torch::Device resolveDevice(const std::string& spec)
{
    if (spec == "cpu")
        return torch::Device(torch::kCPU);
    if (spec == "auto")
        return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0)
                                           : torch::Device(torch::kCPU);
    if (spec == "cuda" || spec.rfind("cuda:", 0) == 0) {
        if (!torch::cuda::is_available())
            throw std::invalid_argument(
                "device \"" + spec +
                "\" requested but CUDA is not available in this build or on this machine");
        int index = 0;
        if (spec.size() > 5) {
            try {
                index = std::stoi(spec.substr(5));
            } catch (const std::exception&) {
                throw std::invalid_argument("malformed device \"" + spec + "\"");
            }
        }
        const auto count = static_cast<int>(torch::cuda::device_count());
        if (index < 0 || index >= count)
            throw std::invalid_argument("device \"" + spec + "\" does not exist (" +
                                        std::to_string(count) + " CUDA device(s))");
        return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
    }
    throw std::invalid_argument("unknown device \"" + spec +
                                "\" (expected auto, cpu, cuda or cuda:N)");
}

DeviceBatch toDeviceBatch(const torch::Tensor& cropsUint8, const torch::Tensor& coordinates,
                          const torch::Device& device, const PreprocessConfig& preprocess)
{
    DeviceBatch batch;
    const bool async = device.is_cuda() && cropsUint8.is_pinned();
    // Moving uint8 (a quarter of float32's bytes) and converting on the device.
    const torch::Tensor crops = cropsUint8.to(device, /*non_blocking=*/async);
    batch.targetCoordinates = coordinates.to(device, /*non_blocking=*/async);
    batch.input = cropsToInput(crops, preprocess.normalisation);
    batch.targetHeatmaps =
        heatmapTargets(batch.targetCoordinates, preprocess.heatmapSize, preprocess.sigma);
    return batch;
}

LossParts trainingStep(KeypointModel& model, torch::optim::Optimizer& optimizer,
                       const DeviceBatch& batch, const LossWeights& weights)
{
    optimizer.zero_grad();
    const ModelOutput output = model->forward(batch.input);
    const LossParts parts =
        keypointLoss(output, batch.targetHeatmaps, batch.targetCoordinates, weights.lambdaL1,
                     weights.alpha, weights.gamma, weights.focalForm);
    parts.total.backward();
    optimizer.step();
    return LossParts{parts.total.detach(), parts.focal.detach(), parts.l1.detach()};
}

LossParts accumulatedTrainingStep(KeypointModel& model, torch::optim::Optimizer& optimizer,
                                  const std::vector<DeviceBatch>& microBatches,
                                  const LossWeights& weights, DistributedGroup* group)
{
    optimizer.zero_grad();
    torch::Device device(torch::kCPU);
    for (const auto& parameter : model->parameters()) {
        device = parameter.device();
        break;
    }
    torch::Tensor counts =
        torch::zeros({2}, torch::TensorOptions().dtype(torch::kFloat).device(device));
    for (const DeviceBatch& batch : microBatches)
        if (batch.size() > 0)
            counts += keypointLossCounts(batch.targetHeatmaps, batch.targetCoordinates);
    if (group)
        group->allreduceSum(counts, "loss denominators");
    // clamp(min 1) as in keypointLoss: nothing visible gives 0, not NaN.
    const torch::Tensor denominators = counts.clamp_min(1.0);
    const torch::Tensor visible = denominators[0], valid = denominators[1];
    // Each rank's loss is scaled by the world size so that the mean of the ranks' gradients (SUM
    // then divide, as for any data-parallel run) is the gradient of the union batch's loss.
    const double world = group ? static_cast<double>(group->worldSize()) : 1.0;
    torch::Tensor sums =
        torch::zeros({2}, torch::TensorOptions().dtype(torch::kFloat).device(device));
    for (const DeviceBatch& batch : microBatches) {
        if (batch.size() == 0)
            continue;
        const ModelOutput output = model->forward(batch.input);
        const KeypointLossSums parts =
            keypointLossSums(output, batch.targetHeatmaps, batch.targetCoordinates, weights.alpha,
                             weights.gamma, weights.focalForm);
        torch::Tensor loss = parts.focalSum / visible + weights.lambdaL1 * (parts.l1Sum / valid);
        if (group)
            loss = loss * world;
        loss.backward();
        sums += torch::stack({parts.focalSum.detach(), parts.l1Sum.detach()});
    }
    if (group) {
        std::vector<torch::Tensor> gradients;
        for (auto& paramGroup : optimizer.param_groups()) {
            for (auto& parameter : paramGroup.params()) {
                // A parameter without a gradient on this rank still takes part (same buckets).
                if (!parameter.grad().defined())
                    parameter.mutable_grad() = torch::zeros_like(parameter);
                gradients.push_back(parameter.grad());
            }
        }
        group->averageInPlace(gradients, "gradients");
        group->allreduceSum(sums, "loss sums");
    }
    optimizer.step();
    const torch::Tensor focal = sums[0] / visible;
    const torch::Tensor l1 = sums[1] / valid;
    return LossParts{focal + weights.lambdaL1 * l1, focal, l1};
}

namespace {

bool isBatchNormStatistic(const std::string& name)
{
    const auto endsWith = [&](const std::string& suffix) {
        return name.size() >= suffix.size() &&
               name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return endsWith("running_mean") || endsWith("running_var");
}

} // namespace

void averageBatchNormStatistics(KeypointModel& model, DistributedGroup& group)
{
    std::vector<torch::Tensor> statistics;
    std::vector<torch::Tensor> counters;
    for (const auto& buffer : model->named_buffers(true)) {
        if (isBatchNormStatistic(buffer.key()))
            statistics.push_back(buffer.value());
        else if (buffer.value().is_floating_point() == false)
            counters.push_back(buffer.value());
    }
    group.averageInPlace(statistics, "BatchNorm statistics");
    group.broadcast(counters, 0, "BatchNorm batch counters");
}

void broadcastModelState(KeypointModel& model, DistributedGroup& group)
{
    std::vector<torch::Tensor> state;
    for (const auto& parameter : model->parameters(true))
        state.push_back(parameter);
    for (const auto& buffer : model->buffers(true))
        state.push_back(buffer);
    group.broadcast(state, 0, "model parameters from rank 0");
}

void setDecoderBatchNormMomentum(KeypointModel& model, double momentum)
{
    for (const auto& item : model->named_modules()) {
        if (item.key().rfind("decoder.", 0) != 0)
            continue;
        if (auto* norm = item.value()->as<torch::nn::BatchNorm2dImpl>())
            norm->options.momentum(momentum);
    }
}

void recalibrateBatchNorm(KeypointModel& model, const BatchPipeline& pipeline, int epoch,
                          int batches, const torch::Device& device,
                          const PreprocessConfig& preprocess)
{
    if (batches <= 0)
        return;
    const bool wasTraining = model->is_training();
    model->train();
    std::vector<std::pair<torch::nn::BatchNorm2dImpl*, c10::optional<double>>> norms;
    for (const auto& item : model->modules(/*include_self=*/false)) {
        auto* norm = item->as<torch::nn::BatchNorm2dImpl>();
        if (!norm || !norm->is_training())
            continue;
        norms.emplace_back(norm, norm->options.momentum());
        norm->reset_running_stats();
        norm->options.momentum(c10::nullopt); // cumulative average over the batches below
    }
    {
        torch::NoGradGuard noGrad;
        const std::vector<std::size_t> order = pipeline.epochOrder(epoch);
        const int count = std::min(batches, pipeline.batchesPerEpoch());
        for (int index = 0; index < count; ++index) {
            const TrainingBatch batch = pipeline.makeBatch(epoch, index, order);
            std::int64_t offset = 0;
            for (const std::int64_t size : batch.microBatchSizes) {
                if (size > 0) {
                    const DeviceBatch deviceBatch = toDeviceBatch(
                        batch.crops.narrow(0, offset, size),
                        batch.coordinates.narrow(0, offset, size), device, preprocess);
                    model->forward(deviceBatch.input);
                }
                offset += size;
            }
        }
    }
    for (auto& [norm, momentum] : norms)
        norm->options.momentum(momentum);
    model->train(wasTraining);
}

ValidationResult validateModel(KeypointModel& model, BatchPipeline& pipeline,
                               const torch::Device& device, const PreprocessConfig& preprocess,
                               const LossWeights& weights, const StopToken* stop,
                               double pckThresholdSeedPx, DistributedGroup* group)
{
    const bool wasTraining = model->is_training();
    model->eval();
    torch::NoGradGuard noGrad;
    ValidationResult result;
    // [loss, focal, l1] * images, visible, within 2, within 5, error sum, and in 128-px space
    // within 2, within 5, within the custom threshold: read once at the end.
    torch::Tensor sums =
        torch::zeros({10}, torch::TensorOptions().dtype(torch::kDouble).device(device));
    const double imageSize = preprocess.imageSize;
    const double toSeed = kSeedImageSize / imageSize;
    pipeline.startEpoch(0);
    while (auto batch = pipeline.next()) {
        if (stop && stop->stopRequested()) {
            result.stopped = true;
            break;
        }
        if (batch->crops.size(0) == 0)
            continue; // this rank's share of a small last batch
        const DeviceBatch deviceBatch =
            toDeviceBatch(batch->crops, batch->coordinates, device, preprocess);
        const ModelOutput output = model->forward(deviceBatch.input);
        const LossParts parts =
            keypointLoss(output, deviceBatch.targetHeatmaps, deviceBatch.targetCoordinates,
                         weights.lambdaL1, weights.alpha, weights.gamma, weights.focalForm);
        const auto count = static_cast<double>(deviceBatch.size());
        const torch::Tensor target = deviceBatch.targetCoordinates;
        const torch::Tensor visible = target.select(-1, 0).ge(0) & target.select(-1, 1).ge(0);
        const torch::Tensor error =
            (output.coordinates.to(torch::kFloat) - target).mul(imageSize).pow(2).sum(-1).sqrt();
        const torch::Tensor visibleError = error.masked_select(visible).to(torch::kDouble);
        const torch::Tensor seedError = visibleError * toSeed;
        sums += torch::stack(
            {parts.total.to(torch::kDouble) * count, parts.focal.to(torch::kDouble) * count,
             parts.l1.to(torch::kDouble) * count, visible.sum().to(torch::kDouble),
             visibleError.le(2.0).sum().to(torch::kDouble),
             visibleError.le(5.0).sum().to(torch::kDouble), visibleError.sum(),
             seedError.le(2.0).sum().to(torch::kDouble), seedError.le(5.0).sum().to(torch::kDouble),
             seedError.le(pckThresholdSeedPx).sum().to(torch::kDouble)});
        result.images += static_cast<std::size_t>(deviceBatch.size());
    }
    pipeline.stop();
    model->train(wasTraining);
    if (group) {
        torch::Tensor merged = torch::cat(
            {sums, torch::full({1}, static_cast<double>(result.images), sums.options())});
        group->allreduceSum(merged, "validation sums");
        sums = merged.narrow(0, 0, 10);
        result.images = static_cast<std::size_t>(std::llround(merged[10].item<double>()));
    }
    const torch::Tensor host = sums.cpu();
    const double* values = host.data_ptr<double>();
    if (result.images > 0) {
        const auto images = static_cast<double>(result.images);
        result.loss = values[0] / images;
        result.focal = values[1] / images;
        result.l1 = values[2] / images;
    }
    result.visibleKeypoints = static_cast<std::size_t>(values[3]);
    if (values[3] > 0) {
        result.pck2 = 100.0 * values[4] / values[3];
        result.pck5 = 100.0 * values[5] / values[3];
        result.meanErrorPx = values[6] / values[3];
        result.meanErrorSeedPx = result.meanErrorPx * toSeed;
        result.pck2Seed = 100.0 * values[7] / values[3];
        result.pck5Seed = 100.0 * values[8] / values[3];
        result.pckCustomSeed = 100.0 * values[9] / values[3];
    }
    return result;
}

} // namespace kps
