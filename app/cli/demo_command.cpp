// kpstudio demo: the whole pipeline in minutes on a CPU: render a held-out test set, train on an
// endless stream of synthetic images (or a fixed rendered set) for a time budget with the schedule
// planned to fit it, evaluate best.pt on the test set like `kpstudio evaluate`.
#include "cli_commands.h"
#include "cli_messages.h"
#include "epoch_budget.h"
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
#include <list>
#include <optional>
#include <utility>

namespace kps::cli {

namespace {

constexpr const char* kCommand = "demo";

using Clock = std::chrono::steady_clock;

// Epoch lines as `kpstudio train` prints them, and the budget's decisions at each epoch's end
// (EpochBudget): a decision other than Continue stops the run at that epoch boundary, and
// runDemo() resumes it with the new count. The budget counts from the first runStarted() on,
// across resumes.
class BudgetPrinter : public TrainingPrinter
{
public:
    explicit BudgetPrinter(EpochBudget* budget) : m_budget(budget) {}
    void setStopToken(StopToken* stop) { m_stop = stop; }
    void runStarted(const TrainingRunInfo& info) override
    {
        if (!m_started)
            m_start = Clock::now();
        m_started = true;
        m_budget->segmentStarted(elapsedSeconds());
        TrainingPrinter::runStarted(info);
    }
    void epochFinished(const EpochStats& stats) override
    {
        TrainingPrinter::epochFinished(stats);
        m_decision = m_budget->epochFinished(stats.epoch, elapsedSeconds());
        m_budgetReached = m_decision == EpochBudget::Decision::Stop;
        if (m_decision != EpochBudget::Decision::Continue)
            m_stop->requestStop();
    }
    void stopped(int, int) override {} // the budget's stops are the normal course here
    double elapsedSeconds() const
    {
        return std::chrono::duration<double>(Clock::now() - m_start).count();
    }
    // What the budget decided at the last epoch's end (Continue once taken).
    EpochBudget::Decision takeDecision()
    {
        return std::exchange(m_decision, EpochBudget::Decision::Continue);
    }
    // The budget, not the user, stopped the run.
    bool budgetReached() const { return m_budgetReached; }

private:
    EpochBudget* m_budget;
    StopToken* m_stop = nullptr;
    Clock::time_point m_start = Clock::now();
    bool m_started = false;
    EpochBudget::Decision m_decision = EpochBudget::Decision::Continue;
    bool m_budgetReached = false;
};

// Training images per second of `config`'s model on this machine: a few real optimisation steps
// (after two warm-up steps) on random crops, plus the cost of rendering synthetic training crops.
// Seconds for one epoch of `imagesPerEpoch` images follow, with validation and BatchNorm
// recalibration (forward passes only, about a third of a training step each).
double estimateEpochSeconds(const TrainingConfig& config, bool mixedPrecision, int keypointCount,
                            int imagesPerEpoch, int validationImages)
{
    const int side = config.model.preprocess.imageSize;
    const int batch = config.batchSize;
    const torch::Device device = resolveDevice(config.device);
    ModelConfig model = config.model;
    model.keypointCount = keypointCount;
    torch::manual_seed(config.seed);
    KeypointModel network(model);
    network->to(device);
    network->setMixedPrecision(mixedPrecision);
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
        const bool mixed = resolvePrecision(config.precision, resolveDevice(config.device)) ==
                           TrainingPrecision::BFloat16Mixed;
        const double epochSeconds =
            estimateEpochSeconds(config, mixed, keypoints, imagesPerEpoch, validationImages);
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
        // above is a short one) and resumes: up to a later plan (midway, or a cut when the epochs
        // run slower), the run equals one trained with the planned count. config.json records
        // the last count.
        // A bf16 mixed run's float32 last epochs are slower (1.1x to 1.3x measured on this
        // project's machine, docs/training_study.md): the plan keeps room for them.
        EpochBudget epochBudget(budget, planEpoch,
                                mixed ? 0.3 * std::min(config.float32FinalEpochs, 2) : 0.0);
        BudgetPrinter printer(&epochBudget);
        printer.setStopToken(&stop);
        TrainingSummary summary = Trainer().run(config, run, &printer, &stop);
        // Each resume gets a stop token of its own (the budget's stop stays requested on the
        // last one), which Ctrl+C still reaches.
        std::list<StopToken> resumeStops;
        std::optional<InterruptToStop> resumeInterrupt;
        while (summary.outcome == TrainingSummary::Outcome::Stopped) {
            const EpochBudget::Decision decision = printer.takeDecision();
            const int epochs = epochBudget.plannedEpochs();
            QString message;
            switch (decision) {
            case EpochBudget::Decision::Plan:
                // Wall clock per epoch so far, the checkpoints and the start included; made
                // again midway from the epochs since.
                message = tr("measured %1 s per epoch: %2 epochs in all")
                              .arg(epochBudget.secondsPerEpoch(), 0, 'f', 1)
                              .arg(epochs);
                break;
            case EpochBudget::Decision::Replan:
                message = tr("re-planned from %1 s per epoch: %2 epochs in all")
                              .arg(epochBudget.secondsPerEpoch(), 0, 'f', 1)
                              .arg(epochs);
                break;
            case EpochBudget::Decision::EndEarly:
                // Slower than planned: the epoch that still fits becomes the last, so that the
                // cosine ends at its floor and a bf16 mixed run ends with its float32 epoch. The
                // run then differs from one planned with that count from the start, and
                // config.json says so.
                message = tr("slower than planned: epoch %1 ends the run").arg(epochs);
                break;
            case EpochBudget::Decision::Continue:
            case EpochBudget::Decision::Stop:
                break;
            }
            if (message.isEmpty())
                break; // the budget, or Ctrl+C, ended the run
            std::printf("%s\n", message.toLocal8Bit().constData());
            if (epochs <= summary.completedEpochs) {
                // Nothing more fits: the run ends here, and its config says so (a later resume
                // trains nothing unasked).
                const RunDirectory planned(run);
                TrainingConfig recorded = planned.readConfig();
                recorded.epochs = summary.completedEpochs;
                planned.writeConfig(recorded);
                summary.outcome = TrainingSummary::Outcome::Finished;
                break;
            }
            StopToken& resumeStop = resumeStops.emplace_back();
            resumeInterrupt.reset();
            resumeInterrupt.emplace(&resumeStop);
            printer.setStopToken(&resumeStop);
            summary = Trainer().resume(run, &printer, &resumeStop, epochs);
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
