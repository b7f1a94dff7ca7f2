// kpstudio demo: the whole pipeline in minutes on a CPU: render a synthetic training set and a
// held-out test set, train a small preset for a time budget, evaluate best.pt on the test set.
#include "cli_commands.h"
#include "terminal_progress.h"
#include "training_printer.h"

#include "batch_pipeline.h"
#include "dataset_scan.h"
#include "labelled_crops.h"
#include "progress.h"
#include "run_directory.h"
#include "synthetic_generator.h"
#include "trainer.h"
#include "training_config.h"
#include "training_step.h"
#include "weights_file.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <cstdio>

namespace kps::cli {

namespace {

using Clock = std::chrono::steady_clock;

QString tr(const char* text) { return QCoreApplication::translate("kpstudio", text); }

int fail(const QString& message, int code = 1)
{
    QTextStream(stderr) << "kpstudio demo: " << message << "\n";
    return code;
}

// Prints like `kpstudio train`, and ends training at an epoch boundary once the next epoch would
// overrun the time budget.
class BudgetPrinter : public TrainingPrinter
{
public:
    BudgetPrinter(StopToken* stop, double budgetSeconds) : m_stop(stop), m_budget(budgetSeconds) {}
    void runStarted(const TrainingRunInfo& info) override
    {
        m_start = Clock::now();
        TrainingPrinter::runStarted(info);
    }
    void epochFinished(const EpochStats& stats) override
    {
        TrainingPrinter::epochFinished(stats);
        const double elapsed = std::chrono::duration<double>(Clock::now() - m_start).count();
        if (elapsed + stats.epochSeconds > m_budget) {
            m_budgetReached = true;
            m_stop->requestStop();
        }
    }
    void stopped(int, int) override {} // the budget's stop is the normal end here
    bool budgetReached() const { return m_budgetReached; }

private:
    StopToken* m_stop;
    double m_budget;
    Clock::time_point m_start = Clock::now();
    bool m_budgetReached = false;
};

std::vector<LabelledSample> labelledSamples(const std::filesystem::path& root)
{
    const DatasetIndex index = scanDataset(root);
    std::vector<LabelledSample> samples;
    for (const std::size_t i : index.trainableSamples())
        samples.push_back({index.samples[i].stem, index.samples[i].imagePath, index.samples[i].annotationPath});
    return samples;
}

} // namespace

int runDemo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Generate a synthetic set, train a small CPU model for a few minutes and "
                                        "evaluate it on held-out images."));
    parser.addHelpOption();
    parser.addOptions({
        {"out", tr("Output folder (default ./kpstudio-demo)."), "DIR", "kpstudio-demo"},
        {"minutes", tr("Training time budget in minutes (default 3)."), "M", "3"},
        {"preset", tr("Model preset: tiny or small (default tiny)."), "P", "tiny"},
        {"images", tr("Training images to render (default 400)."), "N", "400"},
        {"device", tr("auto, cpu, cuda or cuda:N (default cpu)."), "D", "cpu"},
    });
    if (!parser.parse(args))
        return fail(parser.errorText(), 2);
    if (parser.isSet("help")) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    bool ok = false;
    const double minutes = parser.value("minutes").toDouble(&ok);
    if (!ok || minutes <= 0)
        return fail(tr("--minutes: expected a positive number"), 2);
    const int images = parser.value("images").toInt(&ok);
    if (!ok || images < 20)
        return fail(tr("--images: expected a number >= 20"), 2);

    const std::filesystem::path out = std::filesystem::absolute(parser.value("out").toStdString());
    const std::filesystem::path trainSet = out / "dataset", testSet = out / "test_set", cache = out / "cache";
    std::filesystem::path run = out / "run";
    for (int n = 2; std::filesystem::exists(run / "config.json"); ++n)
        run = out / ("run_" + std::to_string(n)); // never overwrite an earlier demo's run

    StopToken stop;
    InterruptToStop interrupt(&stop);
    try {
        TerminalProgress progress("img");
        // Small renders: the model sees 128 x 128 crops anyway.
        GeneratorOptions generator;
        generator.width = 480;
        generator.height = 270;
        generator.supersampling = 2;
        generator.outputDir = trainSet;
        generator.count = images;
        generator.seed = 1;
        if (!std::filesystem::exists(trainSet / "Object_Information")) {
            std::printf("%s\n", tr("rendering %1 training images into %2").arg(images).arg(QString::fromStdString(trainSet.string())).toLocal8Bit().constData());
            if (generateDataset(generator, &progress, &stop).stopped)
                return 130;
        }
        generator.outputDir = testSet;
        generator.count = std::max(40, images / 5);
        generator.seed = 2;
        if (!std::filesystem::exists(testSet / "Object_Information")) {
            std::printf("%s\n", tr("rendering %1 held-out test images").arg(generator.count).toLocal8Bit().constData());
            if (generateDataset(generator, &progress, &stop).stopped)
                return 130;
        }
        progress.finish();

        TrainingConfig config;
        config.dataDir = trainSet.string();
        config.model = TrainingConfig::presetModel(parser.value("preset").toStdString());
        config.device = parser.value("device").toStdString();
        config.epochs = 1000; // the time budget ends training
        config.batchSize = 16;
        // A from-scratch CPU model: smaller crops (4x cheaper steps) and a higher learning rate
        // than the seed's fine-tuning-friendly 5e-4, so a few minutes show real learning.
        config.model.preprocess.imageSize = 64;
        config.model.preprocess.heatmapSize = 32;
        config.learningRate = 2e-3;
        config.cacheDir = cache.string();
        const double budget = minutes * 60.0;
        BudgetPrinter printer(&stop, budget);
        const TrainingSummary summary = Trainer().run(config, run, &printer, &stop);
        if (summary.outcome == TrainingSummary::Outcome::Failed)
            return fail(QString::fromStdString(summary.message));
        if (summary.outcome == TrainingSummary::Outcome::Stopped && !printer.budgetReached())
            return 130;
        if (summary.completedEpochs == 0)
            return fail(tr("no epoch finished within the time budget"));

        // Held-out evaluation of best.pt, next to the untrained starting point.
        const RunDirectory runDir(run);
        const TrainingConfig used = runDir.readConfig();
        const torch::Device device = resolveDevice(used.device);
        // The budget ended the training by requesting a stop on `stop`: the evaluation gets a
        // token of its own, which Ctrl+C still reaches.
        StopToken evaluationStop;
        InterruptToStop evaluationInterrupt(&evaluationStop);
        const LabelledCrops test = loadLabelledCrops(labelledSamples(testSet), used.model.preprocess,
                                                     used.model.keypointCount, cache, 0, &progress,
                                                     &evaluationStop);
        progress.finish();
        if (evaluationStop.stopRequested())
            return 130;
        std::vector<std::size_t> positions;
        for (std::size_t i = 0; i < test.size(); ++i)
            if (test.crops.valid[i])
                positions.push_back(i);
        BatchPipelineOptions options;
        options.batchSize = 32;
        options.shuffle = false;
        options.augment = false;
        BatchPipeline pipeline(test.crops, test.labels, test.keypointCount, positions, options);
        torch::manual_seed(used.seed);
        KeypointModel untrained(used.model);
        initialiseHeadPrior(untrained, used.headPrior);
        untrained->to(device);
        const ValidationResult before = validateModel(untrained, pipeline, device, used.model.preprocess, {});
        LoadedModel best = loadWeights(runDir.bestWeightsFile(), device);
        const ValidationResult after = validateModel(best.model, pipeline, device, used.model.preprocess, {});

        std::printf("\n%s\n", tr("held-out test set: %1 images, %2 visible keypoints (errors in %3 px model-input pixels)")
                                  .arg(positions.size())
                                  .arg(after.visibleKeypoints)
                                  .arg(used.model.preprocess.imageSize)
                                  .toLocal8Bit()
                                  .constData());
        std::printf("  %-22s PCK@2 %5.1f%%  PCK@5 %5.1f%%  mean error %6.2f px\n",
                    tr("untrained model:").toLocal8Bit().constData(), before.pck2, before.pck5, before.meanErrorPx);
        std::printf("  %-22s PCK@2 %5.1f%%  PCK@5 %5.1f%%  mean error %6.2f px\n",
                    tr("trained (best.pt):").toLocal8Bit().constData(), after.pck2, after.pck5, after.meanErrorPx);
        std::printf("%s\n", tr("%1 epochs, best epoch %2; run directory %3")
                                .arg(summary.completedEpochs)
                                .arg(summary.bestEpoch)
                                .arg(QString::fromStdString(run.string()))
                                .toLocal8Bit()
                                .constData());
        std::printf("%s\n", tr("next: kpstudio evaluate --model %1 --data %2 --out %3")
                                .arg(QString::fromStdString(runDir.bestWeightsFile().string()))
                                .arg(QString::fromStdString(testSet.string()))
                                .arg(QString::fromStdString((out / "evaluation").string()))
                                .toLocal8Bit()
                                .constData());
    } catch (const c10::Error& error) {
        return fail(QString::fromStdString(error.what_without_backtrace()));
    } catch (const std::exception& error) {
        return fail(QString::fromStdString(error.what()));
    }
    return 0;
}

} // namespace kps::cli
