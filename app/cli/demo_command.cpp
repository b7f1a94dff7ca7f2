// kpstudio demo: the whole pipeline in minutes on a CPU: render a held-out test set, train on an
// endless stream of synthetic images (or a fixed rendered set) for a time budget with the schedule
// planned to fit it, evaluate best.pt on the test set like `kpstudio evaluate`.
#include "cli_commands.h"
#include "cli_messages.h"
#include "terminal_progress.h"
#include "training_printer.h"

#include "evaluation_metrics.h"
#include "fused_adam.h"
#include "mixed_precision.h"
#include "prediction_job.h"
#include "predictor.h"
#include "progress.h"
#include "run_directory.h"
#include "synthetic_crops.h"
#include "synthetic_generator.h"
#include "trainer.h"
#include "training_config.h"
#include "training_step.h"
#include "weights_file.h"

#include <torch/optim/adam.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <optional>
#include <utility>

namespace kps::cli {

namespace {

constexpr const char* kCommand = "demo";

using Clock = std::chrono::steady_clock;

// Prints like `kpstudio train`. Ends training at an epoch boundary once the next epoch would
// overrun the time budget, and once after `planEpoch` so that the demo can plan the rest of the
// budget from a measured epoch. Once planned, it also stops when only one more epoch fits but the
// plan has more, so that the demo can make that epoch the last. The budget counts from the first
// runStarted() on, across resumes.
class BudgetPrinter : public TrainingPrinter
{
public:
    BudgetPrinter(double budgetSeconds, int planEpoch)
        : m_budget(budgetSeconds), m_planEpoch(planEpoch)
    {
    }
    void setStopToken(StopToken* stop) { m_stop = stop; }
    void runStarted(const TrainingRunInfo& info) override
    {
        if (!m_started)
            m_start = Clock::now();
        m_started = true;
        TrainingPrinter::runStarted(info);
    }
    void epochFinished(const EpochStats& stats) override
    {
        TrainingPrinter::epochFinished(stats);
        if (stats.epoch == m_planEpoch) {
            m_planPause = true;
            m_stop->requestStop();
        } else if (m_plannedEpochs > stats.epoch + 1 &&
                   elapsedSeconds() + 2.0 * stats.epochSeconds > m_budget) {
            m_finalPause = true;
            m_stop->requestStop();
        } else if (elapsedSeconds() + stats.epochSeconds > m_budget) {
            m_budgetReached = true;
            m_stop->requestStop();
        }
    }
    void stopped(int, int) override {} // the budget's stops are the normal course here
    double elapsedSeconds() const
    {
        return std::chrono::duration<double>(Clock::now() - m_start).count();
    }
    bool budgetReached() const { return m_budgetReached; }
    // True once, after the plan epoch's stop (which is not the user's).
    bool takePlanPause() { return std::exchange(m_planPause, false); }
    void setPlannedEpochs(int epochs) { m_plannedEpochs = epochs; }
    // True once, after a stop with room for one more epoch only (not the user's either).
    bool takeFinalPause() { return std::exchange(m_finalPause, false); }

private:
    StopToken* m_stop = nullptr;
    double m_budget;
    int m_planEpoch;
    Clock::time_point m_start = Clock::now();
    bool m_started = false;
    bool m_budgetReached = false;
    bool m_planPause = false;
    int m_plannedEpochs = 0;
    bool m_finalPause = false;
};

// Training images per second of `config`'s model on this machine: a few real optimisation steps
// (after two warm-up steps) on random crops, plus the cost of rendering synthetic training crops.
// Seconds for one epoch of `imagesPerEpoch` images follow, with validation and BatchNorm
// recalibration (forward passes only, about a third of a training step each).
double estimateEpochSeconds(const TrainingConfig& config, int keypointCount, int imagesPerEpoch,
                            int validationImages)
{
    const int side = config.model.preprocess.imageSize;
    const int batch = config.batchSize;
    const torch::Device device = resolveDevice(config.device);
    ModelConfig model = config.model;
    model.keypointCount = keypointCount;
    torch::manual_seed(config.seed);
    KeypointModel network(model);
    network->to(device);
    network->setMixedPrecision(resolvePrecision(config.precision, device) ==
                               TrainingPrecision::BFloat16Mixed);
    network->train();
    FusedAdam optimizer(network->parameters(), torch::optim::AdamOptions(config.learningRate));
    const torch::Tensor crops = torch::randint(0, 256, {batch, side, side, 3}, torch::kByte);
    const torch::Tensor coordinates = torch::rand({batch, keypointCount, 2});
    const LossWeights weights{config.lambdaL1, config.focalAlpha, config.focalGamma,
                              config.focalForm};
    constexpr int kWarmup = 2, kTimed = 6;
    Clock::time_point start;
    for (int step = 0; step < kWarmup + kTimed; ++step) {
        if (step == kWarmup)
            start = Clock::now();
        const LossParts parts = trainingStep(
            network, optimizer, toDeviceBatch(crops, coordinates, device, config.model.preprocess),
            weights);
        parts.total.item<double>(); // waits for the device
    }
    const double stepSeconds = std::chrono::duration<double>(Clock::now() - start).count() / kTimed;
    double renderSeconds = 0;
    if (config.syntheticData()) {
        SyntheticCropOptions options;
        options.mesh = builtinSpacecraftMesh();
        options.preprocess = config.model.preprocess;
        options.materials = config.synthetic.materials;
        options.supersampling = config.synthetic.supersampling;
        const auto renderStart = Clock::now();
        renderModelCrops(options, 0, 64);
        renderSeconds = std::chrono::duration<double>(Clock::now() - renderStart).count() / 64.0 *
                        imagesPerEpoch;
    }
    const double forwardImages =
        validationImages + config.batchNormRecalibrationBatches * static_cast<double>(batch);
    return renderSeconds + stepSeconds * (imagesPerEpoch + forwardImages / 3.0) / batch;
}

} // namespace

int runDemo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Train a model on an endless stream of synthetic images for a time budget (the "
           "cpu-fast recipe by default) and evaluate it on a held-out generated set."));
    parser.addHelpOption();
    parser.addOptions({
        {"out", tr("Output folder (default ./kpstudio-demo)."), "DIR", "kpstudio-demo"},
        {"minutes", tr("Training time budget in minutes (default 3)."), "M", "3"},
        {"recipe", tr("Training recipe: cpu-fast (default) or seed."), "R", "cpu-fast"},
        {"preset", tr("Model preset: tiny, small or seed (default: the recipe's)."), "P"},
        {"images",
         tr("Training images: 0 = new synthetic images every epoch (default); N = one fixed "
            "rendered set "
            "of N images."),
         "N", "0"},
        {"test-images", tr("Held-out test images to render (default 500)."), "N", "500"},
        {"epoch-images", tr("Synthetic training images per epoch (default: the recipe's)."), "N"},
        {"batch", tr("Batch size (default: the recipe's)."), "B"},
        {"device", tr("auto, cpu, cuda or cuda:N (default cpu)."), "D", "cpu"},
    });
    if (!parser.parse(args))
        return fail(kCommand, parser.errorText(), 2);
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    bool ok = false;
    const double minutes = parser.value("minutes").toDouble(&ok);
    if (!ok || minutes <= 0)
        return fail(kCommand, tr("--minutes: expected a positive number"), 2);
    const int images = parser.value("images").toInt(&ok);
    if (!ok || (images != 0 && images < 20))
        return fail(kCommand, tr("--images: expected 0 or a number >= 20"), 2);
    const int testImages = parser.value("test-images").toInt(&ok);
    if (!ok || testImages < 10)
        return fail(kCommand, tr("--test-images: expected a number >= 10"), 2);

    const int epochImages =
        parser.isSet("epoch-images") ? parser.value("epoch-images").toInt(&ok) : 0;
    if (parser.isSet("epoch-images") && (!ok || epochImages < 16))
        return fail(kCommand, tr("--epoch-images: expected a number >= 16"), 2);
    const int batch = parser.isSet("batch") ? parser.value("batch").toInt(&ok) : 0;
    if (parser.isSet("batch") && (!ok || batch < 1))
        return fail(kCommand, tr("--batch: expected a number >= 1"), 2);

    const std::filesystem::path out = std::filesystem::absolute(parser.value("out").toStdString());
    const std::filesystem::path trainSet = out / "dataset", testSet = out / "test_set",
                                cache = out / "cache";
    std::filesystem::path run = out / "run";
    for (int n = 2; std::filesystem::exists(run / "config.json"); ++n)
        run = out / ("run_" + std::to_string(n)); // never overwrite an earlier demo's run
    const std::filesystem::path evaluationDir =
        run.parent_path() / (run.filename().string() + "_evaluation");

    StopToken stop;
    InterruptToStop interrupt(&stop);
    try {
        TrainingConfig config = TrainingConfig::fromRecipe(parser.value("recipe").toStdString());
        if (parser.isSet("preset")) {
            const PreprocessConfig preprocess = config.model.preprocess;
            config.model = TrainingConfig::presetModel(parser.value("preset").toStdString());
            config.model.preprocess = preprocess; // the recipe's input size stays
        }
        config.device = parser.value("device").toStdString();
        if (epochImages > 0)
            config.synthetic.imagesPerEpoch = epochImages;
        if (batch > 0)
            config.batchSize = batch;
        if (config.batchSize <= 0)
            config.batchSize =
                TrainingConfig::defaultBatchSize(resolveDevice(config.device).is_cuda());

        TerminalProgress progress("img");
        // Small renders: the model sees a crop of IMG x IMG pixels anyway.
        GeneratorOptions generator;
        generator.width = config.synthetic.validationFrameWidth;
        generator.height = config.synthetic.validationFrameHeight;
        generator.supersampling = 2;
        generator.materials = config.synthetic.materials;
        // Seeds 1 and 2 are the on-disk sets; the trainer's synthetic stream derives its own from
        // config.seed, so no test image is ever a training image. A set already there is reused.
        const auto render = [&](const std::filesystem::path& dir, int count, std::uint64_t seed,
                                const QString& what) {
            if (std::filesystem::exists(dir / "Object_Information"))
                return true;
            std::printf("%s\n", what.arg(count)
                                    .arg(QString::fromStdString(dir.string()))
                                    .toLocal8Bit()
                                    .constData());
            generator.outputDir = dir;
            generator.count = count;
            generator.seed = seed;
            return !generateDataset(generator, &progress, &stop).stopped;
        };
        if (!render(testSet, testImages, 2, tr("rendering %1 held-out test images into %2")))
            return 130;
        int imagesPerEpoch = config.synthetic.imagesPerEpoch;
        if (images > 0) {
            if (!render(trainSet, images, 1, tr("rendering %1 training images into %2")))
                return 130;
            config.dataDir = trainSet.string();
            imagesPerEpoch = static_cast<int>(images * (1.0 - config.validationSplit));
        } else {
            config.dataDir = std::string(TrainingConfig::kSyntheticPrefix) + "builtin";
        }
        progress.finish();
        config.cacheDir = cache.string();

        // The schedule spans the budget: as many epochs as this machine trains in it.
        const double budget = minutes * 60.0;
        const int keypoints = builtinSpacecraftMesh().keypointCount();
        const int validationImages =
            images > 0 ? images - imagesPerEpoch : config.synthetic.validationImages;
        const double epochSeconds =
            estimateEpochSeconds(config, keypoints, imagesPerEpoch, validationImages);
        // The run pauses after the warm-up to plan the rest from a measured epoch, so it is given
        // at least one epoch past the warm-up, whatever the (short, noisy) probe says.
        const int planEpoch = std::max(1, static_cast<int>(std::ceil(config.warmupEpochs)));
        config.epochs = std::max(planEpoch + 1, static_cast<int>(budget / epochSeconds));
        std::printf("%s\n", tr("recipe %1: %2 epochs of %3 images (about %4 s each) in %5 minutes")
                                .arg(QString::fromStdString(config.recipe))
                                .arg(config.epochs)
                                .arg(imagesPerEpoch)
                                .arg(epochSeconds, 0, 'f', 1)
                                .arg(minutes)
                                .toLocal8Bit()
                                .constData());

        // The learning rates of the warm-up epochs do not depend on the epoch count. The demo
        // trains them, then plans the remaining epochs from the measured epoch time (the probe
        // above is a short one) and resumes: the run equals one trained with the final count.
        BudgetPrinter printer(budget, planEpoch);
        printer.setStopToken(&stop);
        TrainingSummary summary = Trainer().run(config, run, &printer, &stop);
        StopToken restStop;
        std::optional<InterruptToStop> restInterrupt;
        if (summary.outcome == TrainingSummary::Outcome::Stopped && printer.takePlanPause()) {
            // Wall clock per epoch so far, the checkpoints and the start included. Later epochs
            // drift either way on this project's 2-core machine (docs/training_study.md); when
            // they run slower, the epoch that still fits ends the run (below).
            const double elapsed = printer.elapsedSeconds();
            const double perEpoch = elapsed / std::max(1, summary.completedEpochs);
            const double left = budget - elapsed;
            const int epochs = summary.completedEpochs +
                               std::max(0, static_cast<int>(left / std::max(1.0, perEpoch)));
            std::printf("%s\n", tr("measured %1 s per epoch: %2 epochs in all")
                                    .arg(perEpoch, 0, 'f', 1)
                                    .arg(epochs)
                                    .toLocal8Bit()
                                    .constData());
            if (epochs > summary.completedEpochs) {
                restInterrupt.emplace(&restStop);
                printer.setStopToken(&restStop);
                printer.setPlannedEpochs(epochs);
                summary = Trainer().resume(run, &printer, &restStop, epochs);
            } else {
                // Nothing more fits: the run ends here, and its config says so (a later resume
                // trains nothing unasked).
                const RunDirectory planned(run);
                TrainingConfig recorded = planned.readConfig();
                recorded.epochs = summary.completedEpochs;
                planned.writeConfig(recorded);
                summary.outcome = TrainingSummary::Outcome::Finished;
            }
        }
        // The epochs ran slower than planned: the one that still fits becomes the last, so that
        // the cosine ends at its floor and a bf16 mixed run ends with its float32 epoch (a model
        // trained in bf16 to the end loses accuracy in float32: docs/training_study.md). The run
        // then differs from one planned with that count from the start, and config.json says so.
        StopToken finalStop;
        if (summary.outcome == TrainingSummary::Outcome::Stopped && printer.takeFinalPause()) {
            const int epochs = summary.completedEpochs + 1;
            std::printf("%s\n", tr("slower than planned: epoch %1 ends the run")
                                    .arg(epochs)
                                    .toLocal8Bit()
                                    .constData());
            restInterrupt.emplace(&finalStop);
            printer.setStopToken(&finalStop);
            printer.setPlannedEpochs(epochs);
            summary = Trainer().resume(run, &printer, &finalStop, epochs);
        }
        if (summary.outcome == TrainingSummary::Outcome::Failed)
            return fail(kCommand, QString::fromStdString(summary.message));
        if (summary.outcome == TrainingSummary::Outcome::Stopped && !printer.budgetReached())
            return 130;
        if (summary.completedEpochs == 0)
            return fail(kCommand, tr("no epoch finished within the time budget"));

        // Held-out evaluation of best.pt, written like `kpstudio evaluate` (without the pictures).
        // The budget ended the training by requesting a stop on `stop`: the evaluation gets a
        // token of its own, which Ctrl+C still reaches.
        StopToken evaluationStop;
        InterruptToStop evaluationInterrupt(&evaluationStop);
        const RunDirectory runDir(run);
        const Predictor predictor(runDir.bestWeightsFile(), config.device);
        PredictionJobOptions evaluation;
        evaluation.input = testSet;
        evaluation.outDir = evaluationDir;
        evaluation.writer.overlays = false;
        evaluation.writer.heatmapImages = false;
        evaluation.writer.originalOverlays = false;
        const PredictionJobResult result =
            runPredictionJob(predictor, evaluation, &progress, &evaluationStop);
        progress.finish();
        if (result.stopped)
            return 130;
        const ErrorStatistics& seed = result.summary.seedSpacePixels;
        const auto pck = [&](double threshold) {
            const auto& thresholds = result.summary.pckThresholds;
            for (std::size_t i = 0; i < thresholds.size() && i < seed.pckPercent.size(); ++i)
                if (thresholds[i] == threshold)
                    return seed.pckPercent[i];
            return std::numeric_limits<double>::quiet_NaN();
        };
        std::printf("\n%s", result.summary.formatTable().c_str());
        std::printf("\n%s\n", tr("%1 epochs, best epoch %2 (by %3); run directory %4")
                                  .arg(summary.completedEpochs)
                                  .arg(summary.bestEpoch)
                                  .arg(QString::fromStdString(config.bestCriterion.toString()))
                                  .arg(QString::fromStdString(run.string()))
                                  .toLocal8Bit()
                                  .constData());
        std::printf("%s\n", tr("held-out test set, %1 images, %2 visible keypoints, in 128-px "
                               "space: PCK@2 %3%  PCK@5 "
                               "%4%  mean error %5 px")
                                .arg(result.summary.processedSamples)
                                .arg(seed.count)
                                .arg(pck(2.0), 0, 'f', 2)
                                .arg(pck(5.0), 0, 'f', 2)
                                .arg(seed.euclideanMean, 0, 'f', 2)
                                .toLocal8Bit()
                                .constData());
        std::printf("%s\n", tr("evaluation summary: %1")
                                .arg(QString::fromStdString(
                                    (evaluationDir / report::kSummaryFile).string()))
                                .toLocal8Bit()
                                .constData());
    } catch (const c10::Error& error) {
        return fail(kCommand, QString::fromStdString(error.what_without_backtrace()));
    } catch (const std::exception& error) {
        return fail(kCommand, QString::fromStdString(error.what()));
    }
    return 0;
}

} // namespace kps::cli
