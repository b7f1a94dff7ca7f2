#pragma once
// The per-batch work of training, shared by the Trainer and `kpstudio bench train` so the
// benchmark measures exactly what training runs: device choice, moving a uint8 batch to the
// device and making its input and heatmap targets there, and one optimisation step.

#include "keypoint_loss.h"
#include "keypoint_model.h"
#include "preprocess_config.h"

#include <torch/optim/optimizer.h>

#include <string>

namespace kps {

class BatchPipeline;
class DistributedGroup;
class StopToken;

struct LossWeights
{
    double lambdaL1 = 5.0;
    double alpha = 0.25;
    double gamma = 2.0;
    FocalForm focalForm = FocalForm::Bce;
};

// A batch ready for the model, on the training device.
struct DeviceBatch
{
    torch::Tensor input;             // (B, 3, IMG, IMG) float, normalised
    torch::Tensor targetHeatmaps;    // (B, K, HEAT, HEAT)
    torch::Tensor targetCoordinates; // (B, K, 2)
    std::int64_t size() const { return input.defined() ? input.size(0) : 0; }
};

// Focal-loss prior initialisation (RetinaNet): sets head.bias so that the untrained heatmaps
// are `prior` everywhere instead of sigmoid(0) = 0.5. Without it a model trained from scratch
// spends its first hundreds of steps only pushing the background down before any peak forms.
// prior <= 0 leaves the model unchanged.
void initialiseHeadPrior(KeypointModel& model, double prior);

// "auto" = the first CUDA device when torch::cuda::is_available(), else the CPU; "cpu", "cuda",
// "cuda:N". Throws std::invalid_argument when CUDA is asked for and absent.
torch::Device resolveDevice(const std::string& spec);

// cropsUint8 (B, IMG, IMG, 3) BGR and coordinates (B, K, 2) on the CPU (pinned for CUDA: the
// copies are then asynchronous) -> the device batch. Targets are made on the device.
DeviceBatch toDeviceBatch(const torch::Tensor& cropsUint8, const torch::Tensor& coordinates,
                          const torch::Device& device, const PreprocessConfig& preprocess);

// Forward, loss, backward, optimizer step. Returns the detached loss parts (still on the device:
// reading them forces a GPU sync, so callers read them only every few batches).
LossParts trainingStep(KeypointModel& model, torch::optim::Optimizer& optimizer,
                       const DeviceBatch& batch, const LossWeights& weights);

// One optimizer step over this process's micro-batches of a step (gradient accumulation; empty
// ones allowed), with gradients averaged over `group`'s ranks when given (bucketed allreduce
// between the last backward() and step()). The loss denominators (visible heatmaps, valid
// coordinates) are summed over all micro-batches of all ranks first, so the update equals one
// step on the union batch and one micro-batch on one process is exactly trainingStep. Returns
// the union batch's loss parts (the same on every rank; on the device).
LossParts accumulatedTrainingStep(KeypointModel& model, torch::optim::Optimizer& optimizer,
                                  const std::vector<DeviceBatch>& microBatches,
                                  const LossWeights& weights, DistributedGroup* group = nullptr);

// Averages the running statistics of every BatchNorm over `group`'s ranks (float buffers; the
// batch counters are rank 0's). Ranks see different batches, so their statistics drift apart.
void averageBatchNormStatistics(KeypointModel& model, DistributedGroup& group);

// Makes every rank's parameters and buffers rank 0's.
void broadcastModelState(KeypointModel& model, DistributedGroup& group);

// Sets the momentum of every BatchNorm under "decoder." (PyTorch convention).
void setDecoderBatchNormMomentum(KeypointModel& model, double momentum);

// Re-estimates the running statistics of every BatchNorm that is in training mode (a frozen
// backbone's stay as they are) as exact averages over `batches` batches of `pipeline`'s epoch
// `epoch` (forward passes only, no gradients; one pass per micro-batch of a sharded pipeline, so
// K micro-batches or K ranks give the same statistics), then restores each one's momentum. Running
// statistics that trail fast-moving weights make eval-mode predictions much worse than the
// model is; this makes validation and the saved weights reflect the weights as they are.
void recalibrateBatchNorm(KeypointModel& model, const BatchPipeline& pipeline, int epoch,
                          int batches, const torch::Device& device,
                          const PreprocessConfig& preprocess);

// The seed's evaluation space: errors of models with any IMG are also reported as if IMG were 128.
constexpr double kSeedImageSize = 128.0;

// Validation over a whole (unshuffled, unaugmented) pipeline: means over images of the loss parts,
// and over visible keypoints the IMG-space error e = |predicted - target| * IMG (DESIGN.md).
struct ValidationResult
{
    double loss = 0, focal = 0, l1 = 0;
    double pck2 = 0, pck5 = 0; // percent of visible keypoints with e <= 2 / 5 px
    double meanErrorPx = 0;
    // The same in 128-px space (e * 128 / IMG), and PCK at pckThresholdSeedPx there.
    double pck2Seed = 0, pck5Seed = 0, meanErrorSeedPx = 0;
    double pckCustomSeed = 0;
    std::size_t images = 0;
    std::size_t visibleKeypoints = 0;
    bool stopped = false; // a stop was requested before the end: values are partial
};

// Runs the model in eval mode under NoGradGuard and restores its previous train/eval mode.
// Reads device values once at the end.
ValidationResult validateModel(KeypointModel& model, BatchPipeline& pipeline,
                               const torch::Device& device, const PreprocessConfig& preprocess,
                               const LossWeights& weights, const StopToken* stop = nullptr,
                               double pckThresholdSeedPx = 5.0, DistributedGroup* group = nullptr);
// With `group`, `pipeline` is this rank's shard: the sums are merged over ranks (the result is
// global and the same on every rank) and `stop` must be null (every rank must finish).

} // namespace kps
