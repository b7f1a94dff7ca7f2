// kpstudio bench: `train` (this file) measures training and inference throughput; `data`
// (bench_data.cpp) measures the data side. Performance claims are ratios measured in one run.
#include "bench_browser.h"
#include "cli_messages.h"
#include "bench_data.h"
#include "bench_export.h"
#include "cli_commands.h"
#include "rank_launcher.h"

#include "batch_pipeline.h"
#include "distributed_group.h"
#include "fused_adam.h"
#include "mixed_precision.h"
#include "image_cache.h"
#include "parallel_for.h"
#include "trainer.h"
#include "training_config.h"
#include "training_step.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/optim/adam.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <random>

namespace kps::cli {

namespace {

constexpr const char* kCommand = "bench train";

using Clock = std::chrono::steady_clock;

void synchronize(const torch::Device& device)
{
    if (device.is_cuda())
        torch::cuda::synchronize(device.index());
}

double seconds(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The upper median (the middle element, or the upper of the two middle ones); values not empty.
double medianOf(std::vector<double> values)
{
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

// A synthetic crop set: random smooth-ish images and random labels (a fifth invisible). The
// numbers only have to exercise the same code and shapes as a real set.
void makeSyntheticSet(std::size_t count, int imageSize, int keypoints, CropSet& crops,
                      std::vector<float>& labels)
{
    std::mt19937_64 rng(7);
    crops.imageSize = imageSize;
    crops.pixels.resize(count * crops.bytesPerCrop());
    for (auto& value : crops.pixels)
        value = static_cast<std::uint8_t>(rng() & 0xff);
    crops.valid.assign(count, true);
    crops.imageWidths.assign(count, 1920);
    crops.imageHeights.assign(count, 1080);
    crops.errors.assign(count, std::string());
    labels.resize(count * static_cast<std::size_t>(keypoints) * 2);
    for (std::size_t i = 0; i < labels.size(); i += 2) {
        const bool visible = rng() % 5 != 0;
        labels[i] = visible ? 0.05f + 0.9f * static_cast<float>(rng() % 10000) / 10000.0f : -1.0f;
        labels[i + 1] =
            visible ? 0.05f + 0.9f * static_cast<float>(rng() % 10000) / 10000.0f : -1.0f;
    }
}

struct RankThroughput
{
    double imagesPerSecond = 0; // all ranks together
    double allreduceMs = 0;     // gradient allreduce per step (0 with one process)
    int steps = 0;
    std::int64_t gradientFloats = 0;
};

// Data-parallel training steps on pre-made tensors (each rank its own batch of batchSize) for
// about `budget` seconds: the same accumulatedTrainingStep as training, so the collectives are
// exactly training's. With a group, rank 0 decides when to end and every rank follows.
RankThroughput measureRankSteps(const ModelConfig& modelConfig, int batchSize, double budget,
                                const torch::Device& device, DistributedGroup* group)
{
    const PreprocessConfig& preprocess = modelConfig.preprocess;
    CropSet crops;
    std::vector<float> labels;
    makeSyntheticSet(static_cast<std::size_t>(batchSize), preprocess.imageSize,
                     modelConfig.keypointCount, crops, labels);
    const torch::Tensor cropTensor =
        torch::from_blob(crops.pixels.data(),
                         {batchSize, preprocess.imageSize, preprocess.imageSize, 3}, torch::kByte)
            .clone();
    const torch::Tensor coordinates =
        torch::from_blob(labels.data(), {batchSize, modelConfig.keypointCount, 2}, torch::kFloat)
            .clone();
    const std::vector<DeviceBatch> batch{
        toDeviceBatch(cropTensor, coordinates, device, preprocess)};

    torch::manual_seed(1);
    KeypointModel model(modelConfig);
    model->to(device);
    model->setBackboneFrozen(false);
    model->train();
    if (group)
        broadcastModelState(model, *group);
    FusedAdam optimizer(model->trainableParameters(), torch::optim::AdamOptions(5e-4));
    const LossWeights weights;
    for (int i = 0; i < 2; ++i)
        accumulatedTrainingStep(model, optimizer, batch, weights, group);
    synchronize(device);

    RankThroughput result;
    for (const auto& parameter : model->trainableParameters())
        result.gradientFloats += parameter.numel();
    if (group)
        group->resetCollectiveSeconds();
    const auto start = Clock::now();
    for (;;) {
        torch::Tensor more =
            torch::full({1}, seconds(start) < budget || result.steps < 3 ? 1.0f : 0.0f);
        if (group) {
            if (group->rank() != 0)
                more.zero_();
            group->allreduceSum(more, "the bench's continue flag");
        }
        if (more.item<float>() == 0.0f)
            break;
        accumulatedTrainingStep(model, optimizer, batch, weights, group);
        ++result.steps;
    }
    synchronize(device);
    const double elapsed = seconds(start);
    const int ranks = group ? group->worldSize() : 1;
    result.imagesPerSecond = result.steps * static_cast<double>(batchSize) * ranks / elapsed;
    result.allreduceMs = group ? 1000.0 * group->averageSeconds() / result.steps : 0.0;
    return result;
}

// kpstudio bench train --nproc N: one process, then N rank processes, each with a batch of
// `batch` images per step (so N ranks train N x batch images per step), the cores split between
// the ranks on the CPU.
int runBenchTrainRanks(const QCommandLineParser& parser, const QStringList& args,
                       const ModelConfig& modelConfig, const std::string& preset, int batchSize,
                       double budget, const torch::Device& device, int ranks)
{
    const int cores = hardwareThreads();
    const int threads = parser.isSet("threads") ? parser.value("threads").toInt() : cores;
    at::set_num_threads(threads);
    std::printf("bench train --nproc %d: preset %s (%s), device %s, batch %d per rank, K %d, IMG "
                "%d -> HEAT %d\n",
                ranks, preset.c_str(), modelConfig.backbone.c_str(),
                resolveDeviceName(parser.value("device").toStdString()).c_str(), batchSize,
                modelConfig.keypointCount, modelConfig.preprocess.imageSize,
                modelConfig.preprocess.heatmapSize);
    std::fflush(stdout);
    const RankThroughput one = measureRankSteps(modelConfig, batchSize, budget, device, nullptr);

    QTemporaryDir temp;
    const QString resultFile = temp.path() + "/ranks.json";
    RankLaunchOptions launch;
    launch.program = QCoreApplication::applicationFilePath();
    QStringList forwarded;
    for (const QString& argument : args.mid(1)) // without "train": options only
        forwarded << argument;
    launch.arguments = QStringList{"bench", "train"} + forwarded +
                       QStringList{"--rank-result", resultFile, "--nproc", "1"};
    if (!parser.isSet("threads") && !device.is_cuda())
        launch.arguments << "--threads" << QString::number(std::max(1, cores / ranks));
    launch.localRanks = ranks;
    const RankLaunchResult launched = launchRanks(launch);
    if (launched.exitCode != 0)
        return fail(kCommand, launched.failure.isEmpty() ? tr("the rank processes did not finish")
                                                         : launched.failure);
    QFile file(resultFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(kCommand, tr("%1: rank 0 wrote no result").arg(resultFile));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const double many = json.value("images_per_second").toDouble();
    const int rankThreads = json.value("threads").toInt();
    std::printf("1 process (%2d CPU threads)         : %10.1f img/s  (%d steps of %d images)\n",
                threads, one.imagesPerSecond, one.steps, batchSize);
    std::printf(
        "%d ranks   (%2d CPU threads per rank, %s): %10.1f img/s  (%d steps of %d images)\n", ranks,
        rankThreads, json.value("backend").toString().toLocal8Bit().constData(), many,
        json.value("steps").toInt(), batchSize * ranks);
    std::printf("ratio %d ranks / 1 process          : %10.3f\n", ranks,
                one.imagesPerSecond > 0 ? many / one.imagesPerSecond : 0.0);
    std::printf("gradient allreduce                 : %10.2f ms/step  (%.2f M floats, bucketed)\n",
                json.value("allreduce_ms").toDouble(),
                static_cast<double>(one.gradientFloats) / 1e6);
    return 0;
}

// A rank of runBenchTrainRanks (started with RANK/WORLD_SIZE set): measures, rank 0 writes the
// result.
int runBenchTrainRank(const QString& resultFile, const ModelConfig& modelConfig, int batchSize,
                      double budget, const torch::Device& device, int threads)
{
    const std::optional<RendezvousOptions> rendezvous = RendezvousOptions::fromProcessEnvironment();
    if (!rendezvous)
        return fail(kCommand, tr("--rank-result is for rank processes (RANK and WORLD_SIZE unset)"),
                    2);
    std::unique_ptr<DistributedGroup> group =
        DistributedGroup::connect(*rendezvous, device.is_cuda());
    const RankThroughput measured =
        measureRankSteps(modelConfig, batchSize, budget, device, group.get());
    if (group->rank() == 0) {
        QJsonObject json;
        json["images_per_second"] = measured.imagesPerSecond;
        json["allreduce_ms"] = measured.allreduceMs;
        json["steps"] = measured.steps;
        json["threads"] = threads;
        json["backend"] = QString::fromStdString(group->backendName());
        QFile file(resultFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0)
            return fail(kCommand, tr("%1: cannot write the rank result").arg(resultFile));
    }
    group->barrier("the end of the bench");
    return 0;
}

} // namespace

static int runBenchTrain(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Training throughput with the real data pipeline vs. pre-made tensors (their ratio "
           "shows whether "
           "compute waits for data; goal >= 0.97), and inference latency / throughput."));
    parser.addHelpOption();
    parser.addOptions({
        {"preset", tr("Model preset (default: seed on a GPU, small on the CPU)."), "P"},
        {"recipe",
         tr("Measure a training recipe's model and batch size instead (seed or cpu-fast; "
            "--preset and --batch still override them)."),
         "R"},
        {"batch", tr("Batch size (default 128 on a GPU, 32 on the CPU)."), "B"},
        {"precision",
         tr("Arithmetic of the throughput measurements: auto, fp32 or bf16_mixed (default: the "
            "recipe's, else fp32). Both are compared on the CPU in any case."),
         "P"},
        {"device", tr("auto, cpu, cuda or cuda:N (default auto)."), "D", "auto"},
        {"keypoints", tr("Keypoints K (default 11)."), "K", "11"},
        {"seconds", tr("Seconds per measurement (default 10 on a GPU, 6 on the CPU)."), "S"},
        {"threads", tr("CPU threads (default: all cores)."), "T"},
        {"nproc",
         tr("Data-parallel training with N rank processes against one process: img/s of each, "
            "their "
            "ratio and the gradient allreduce time per step."),
         "N", "1"},
        {"rank-result", tr("Internal: run as a rank of --nproc and write the result to FILE."),
         "FILE"},
    });
    if (!parser.parse(args))
        return fail(kCommand, parser.errorText(), 2);
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }

    torch::Device device(torch::kCPU);
    ModelConfig modelConfig;
    std::string preset;
    std::optional<TrainingConfig> recipe;
    try {
        device = resolveDevice(parser.value("device").toStdString());
        preset = parser.isSet("preset") ? parser.value("preset").toStdString()
                                        : TrainingConfig::defaultPreset(device.is_cuda());
        bool ok = false;
        const int keypoints = parser.value("keypoints").toInt(&ok);
        if (!ok || keypoints < 1)
            return fail(kCommand, tr("--keypoints: expected a positive integer"), 2);
        modelConfig = ModelConfig::fromPreset(preset, keypoints);
        if (parser.isSet("recipe")) {
            recipe = TrainingConfig::fromRecipe(parser.value("recipe").toStdString());
            if (!parser.isSet("preset")) {
                preset = recipe->model.preset + " at IMG " +
                         std::to_string(recipe->model.preprocess.imageSize) + ", recipe " +
                         recipe->recipe;
                modelConfig = recipe->model;
                modelConfig.keypointCount = keypoints;
            }
        }
    } catch (const std::exception& error) {
        return fail(kCommand, QString::fromStdString(error.what()), 2);
    }
    bool ok = true;
    const int batchSize = parser.isSet("batch") ? parser.value("batch").toInt(&ok)
                          : recipe              ? recipe->batchSize
                                   : TrainingConfig::defaultBatchSize(device.is_cuda());
    if (!ok || batchSize < 1)
        return fail(kCommand, tr("--batch: expected a positive integer"), 2);
    const double budget = parser.isSet("seconds") ? parser.value("seconds").toDouble(&ok)
                                                  : (device.is_cuda() ? 10.0 : 6.0);
    if (!ok || budget <= 0)
        return fail(kCommand, tr("--seconds: expected a positive number"), 2);
    const int threads =
        parser.isSet("threads") ? parser.value("threads").toInt(&ok) : hardwareThreads();
    if (!ok || threads < 1)
        return fail(kCommand, tr("--threads: expected a positive integer"), 2);
    at::set_num_threads(threads);
    if (device.is_cuda())
        at::globalContext().setBenchmarkCuDNN(true);
    const int nproc = parser.value("nproc").toInt(&ok);
    if (!ok || nproc < 1)
        return fail(kCommand, tr("--nproc: expected a positive integer"), 2);

    try {
        if (parser.isSet("rank-result")) {
            torch::Device rankDevice = device;
            if (device.is_cuda()) {
                const std::optional<RendezvousOptions> rendezvous =
                    RendezvousOptions::fromProcessEnvironment();
                rankDevice = torch::Device(
                    torch::kCUDA,
                    static_cast<c10::DeviceIndex>(rendezvous ? rendezvous->localRank : 0));
            }
            return runBenchTrainRank(parser.value("rank-result"), modelConfig, batchSize, budget,
                                     rankDevice, threads);
        }
        if (nproc > 1)
            return runBenchTrainRanks(parser, args, modelConfig, preset, batchSize, budget, device,
                                      nproc);
        const PreprocessConfig& preprocess = modelConfig.preprocess;
        const int keypoints = modelConfig.keypointCount;
        std::printf("bench train: preset %s (%s), device %s, %d CPU threads, batch %d, K %d, IMG "
                    "%d -> HEAT %d\n",
                    preset.c_str(), modelConfig.backbone.c_str(),
                    resolveDeviceName(parser.value("device").toStdString()).c_str(), threads,
                    batchSize, keypoints, preprocess.imageSize, preprocess.heatmapSize);
        std::fflush(stdout);

        CropSet crops;
        std::vector<float> labels;
        const std::size_t setSize =
            std::max<std::size_t>(32, static_cast<std::size_t>(batchSize) * 8);
        makeSyntheticSet(setSize, preprocess.imageSize, keypoints, crops, labels);
        std::vector<std::size_t> samples(setSize);
        for (std::size_t i = 0; i < setSize; ++i)
            samples[i] = i;

        TrainingPrecision precision = recipe ? recipe->precision : TrainingPrecision::Float32;
        if (parser.isSet("precision"))
            precision = trainingPrecisionFromString(parser.value("precision").toStdString());
        precision = resolvePrecision(precision, device);
        std::printf("precision: %s\n", toString(precision).c_str());

        torch::manual_seed(1);
        KeypointModel model(modelConfig);
        model->to(device);
        model->setMixedPrecision(precision == TrainingPrecision::BFloat16Mixed);
        model->setBackboneFrozen(false);
        model->train();
        FusedAdam optimizer(model->trainableParameters(), torch::optim::AdamOptions(5e-4));
        // LibTorch's own Adam on the same parameters: what FusedAdam saves per training step.
        torch::optim::Adam torchAdam(model->trainableParameters(), torch::optim::AdamOptions(5e-4));
        const LossWeights weights;

        BatchPipelineOptions pipelineOptions;
        pipelineOptions.batchSize = batchSize;
        pipelineOptions.seed = 3;
        pipelineOptions.pinMemory = device.is_cuda();
        BatchPipeline pipeline(crops, labels, keypoints, samples, pipelineOptions);
        int epoch = 0;
        pipeline.startEpoch(epoch);
        auto nextBatch = [&] {
            std::optional<TrainingBatch> batch = pipeline.next();
            if (!batch) {
                pipeline.startEpoch(++epoch);
                batch = pipeline.next();
            }
            return std::move(*batch);
        };

        // Pre-made device tensors: the same kind of batch, made once.
        const TrainingBatch fixed = nextBatch();
        const DeviceBatch premade =
            toDeviceBatch(fixed.crops, fixed.coordinates, device, preprocess);

        // Warm-up (allocator, cuDNN autotuning), and the step time that sizes the measurements.
        const auto warmStart = Clock::now();
        const int warmup = device.is_cuda() ? 5 : 2;
        for (int i = 0; i < warmup; ++i)
            trainingStep(model, optimizer, premade, weights);
        synchronize(device);
        const double stepSeconds = seconds(warmStart) / warmup;
        const int steps = std::max(3, static_cast<int>(budget / std::max(stepSeconds, 1e-4)));

        auto measurePipeline = [&] {
            torch::Tensor loss = torch::zeros({}, torch::TensorOptions().device(device));
            const auto start = Clock::now();
            for (int i = 0; i < steps; ++i) {
                const TrainingBatch batch = nextBatch();
                const DeviceBatch deviceBatch =
                    toDeviceBatch(batch.crops, batch.coordinates, device, preprocess);
                loss += trainingStep(model, optimizer, deviceBatch, weights).total;
            }
            (void)loss.item<float>(); // synchronises
            return steps * static_cast<double>(batchSize) / seconds(start);
        };
        auto measureCompute = [&] {
            torch::Tensor loss = torch::zeros({}, torch::TensorOptions().device(device));
            const auto start = Clock::now();
            for (int i = 0; i < steps; ++i)
                loss += trainingStep(model, optimizer, premade, weights).total;
            (void)loss.item<float>();
            return steps * static_cast<double>(batchSize) / seconds(start);
        };
        // Interleaved rounds, best of each: drifting clocks or neighbours hit both alike.
        double withPipeline = 0, pureCompute = 0;
        for (int round = 0; round < 2; ++round) {
            withPipeline = std::max(withPipeline, measurePipeline());
            pureCompute = std::max(pureCompute, measureCompute());
        }
        pipeline.stop();
        const double ratio = pureCompute > 0 ? withPipeline / pureCompute : 0.0;
        std::printf("train, real data pipeline : %10.1f img/s  (%d steps per round)\n",
                    withPipeline, steps);
        std::printf("train, pre-made tensors   : %10.1f img/s\n", pureCompute);
        std::printf("pipeline / compute ratio  : %10.3f  (goal >= 0.97: %s)\n", ratio,
                    ratio >= 0.97 ? "met" : "NOT met");
        std::fflush(stdout);

        // FusedAdam against LibTorch's Adam: single steps taken in turn, so that a neighbour's
        // load or a slower minute hits both alike; the median step of each.
        auto timedStep = [&](torch::optim::Optimizer& stepper) {
            const auto start = Clock::now();
            (void)trainingStep(model, stepper, premade, weights).total.item<float>();
            return seconds(start);
        };
        timedStep(torchAdam); // its moment buffers
        std::vector<double> fusedSteps, torchSteps;
        for (int i = 0; i < std::max(steps, 8); ++i) {
            fusedSteps.push_back(timedStep(optimizer));
            torchSteps.push_back(timedStep(torchAdam));
        }
        const double fusedStep = medianOf(fusedSteps), torchStep = medianOf(torchSteps);
        std::printf("train step, FusedAdam     : %10.1f ms  (median of %zu, pre-made tensors)\n",
                    1000.0 * fusedStep, fusedSteps.size());
        std::printf("train step, torch Adam    : %10.1f ms  (the same steps in turn)\n",
                    1000.0 * torchStep);
        std::printf("FusedAdam / torch Adam    : %10.3f  (training speed)\n",
                    fusedStep > 0 ? torchStep / fusedStep : 0.0);
        std::fflush(stdout);

        // bf16 mixed precision against float32 (CPU): single steps in turn, as above.
        if (!device.is_cuda()) {
            const bool runPrecision = model->mixedPrecision();
            auto precisionStep = [&](bool mixed) {
                model->setMixedPrecision(mixed);
                return timedStep(optimizer);
            };
            precisionStep(true); // oneDNN's bf16 primitives
            std::vector<double> mixedSteps, floatSteps;
            for (int i = 0; i < std::max(steps, 8); ++i) {
                mixedSteps.push_back(precisionStep(true));
                floatSteps.push_back(precisionStep(false));
            }
            model->setMixedPrecision(runPrecision);
            const double mixedStep = medianOf(mixedSteps), floatStep = medianOf(floatSteps);
            std::printf("train step, bf16 mixed    : %10.1f ms  (median of %zu; native bf16: %s)\n",
                        1000.0 * mixedStep, mixedSteps.size(),
                        cpuHasNativeBFloat16() ? "yes" : "no");
            std::printf("train step, float32       : %10.1f ms  (the same steps in turn)\n",
                        1000.0 * floatStep);
            std::printf("bf16 mixed / float32      : %10.3f  (training speed)\n",
                        mixedStep > 0 ? floatStep / mixedStep : 0.0);
            std::fflush(stdout);
        }

        // Inference: one image from uint8 crop to coordinates, and batches of 32.
        model->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor one = fixed.crops.slice(0, 0, 1).clone();
        auto infer = [&](const torch::Tensor& cropsUint8) {
            const torch::Tensor input =
                cropsToInput(cropsUint8.to(device), preprocess.normalisation);
            return model->forward(input).coordinates;
        };
        for (int i = 0; i < 3; ++i)
            infer(one);
        synchronize(device);
        std::vector<double> latencies;
        const auto latencyStart = Clock::now();
        while (latencies.size() < 5 ||
               (seconds(latencyStart) < budget / 2 && latencies.size() < 200)) {
            const auto start = Clock::now();
            (void)infer(one).cpu();
            latencies.push_back(seconds(start) * 1000.0);
        }
        const double median = medianOf(latencies);

        const torch::Tensor thirtyTwo =
            torch::from_blob(crops.pixels.data(),
                             {32, preprocess.imageSize, preprocess.imageSize, 3}, torch::kByte)
                .clone();
        infer(thirtyTwo);
        synchronize(device);
        int batches = 0;
        const auto batchStart = Clock::now();
        while (batches < 3 || seconds(batchStart) < budget / 2) {
            (void)infer(thirtyTwo).cpu();
            ++batches;
        }
        const double inferenceRate = batches * 32.0 / seconds(batchStart);
        std::printf("inference, 1 image        : %10.2f ms  (median of %zu)\n", median,
                    latencies.size());
        std::printf("inference, batch 32       : %10.1f img/s\n", inferenceRate);
    } catch (const c10::Error& error) {
        return fail(kCommand, QString::fromStdString(error.what_without_backtrace()));
    } catch (const std::exception& error) {
        return fail(kCommand, QString::fromStdString(error.what()));
    }
    return 0;
}

int runBench(const QStringList& args)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    if (sub == QLatin1String("train"))
        return runBenchTrain(args.mid(1));
    if (sub == QLatin1String("data"))
        return runBenchData(args.mid(1));
    if (sub == QLatin1String("browser"))
        return runBenchBrowser(args.mid(1));
    if (sub == QLatin1String("export"))
        return runBenchExport(args.mid(1));
    QTextStream(sub.isEmpty() || sub.startsWith('-') ? stdout : stderr)
        << tr("Usage: kpstudio bench data|train|browser|export [OPTIONS]  (kpstudio bench train "
              "--help)")
        << "\n";
    return sub == QLatin1String("--help") || sub == QLatin1String("-h") ? 0 : 2;
}

} // namespace kps::cli
