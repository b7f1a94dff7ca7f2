// End to end: train the default CPU recipe on the synthetic stream with `kpstudio train`, then
// measure best.pt independently of the training log on a held-out generated dataset on disk: it
// must clear the recipe's modest bar (PCK@5 in 128-px space) and beat the untrained model.
#include "batch_pipeline.h"
#include "dataset_scan.h"
#include "keypoint_model.h"
#include "labelled_crops.h"
#include "run_directory.h"
#include "test_dataset.h"
#include "training_config.h"
#include "training_step.h"
#include "weights_file.h"

#include <torch/torch.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <map>

using namespace kps;

namespace {

// The default recipe's modest bar, kept inside the 3-minute budget of an e2e test: after kEpochs x
// kImagesPerEpoch synthetic images (about 2 minutes on 2 cores), held-out PCK@5 in 128-px space at
// least kMinimumPck5 percent and a mean error below kMaximumMeanErrorFraction of the untrained
// model's. Measured on this machine (2026-12-03): untrained PCK@5 0.6 %, 41.3 px; trained 2.5 %,
// 33.8 px (0.82) with the recipe's batch 32 and the generator's fixed livery (5.3 %, 31.0 px at
// batch 16; 3.3 %, 33.4 px with random colours; 1.4 %, 36.9 px with beta 15 at 2e-3). A recipe
// that stops learning stays at the untrained values and fails. The accuracy targets proper
// live in `kpstudio demo` and docs/training_study.md.
constexpr int kEpochs = 6;
constexpr int kImagesPerEpoch = 512;
constexpr int kValidationImages = 64;
constexpr double kMinimumPck5 = 1.0;
constexpr double kMaximumMeanErrorFraction = 0.93;

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

class TestTrainingEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainedModelBeatsUntrained();
};

void TestTrainingEndToEnd::trainedModelBeatsUntrained()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const std::filesystem::path base = temp.path().toStdString();
    const std::filesystem::path heldOut = base / "held_out", run = base / "run",
                                cache = base / "cache";

    auto start = std::chrono::steady_clock::now();
    // Held out: a generated dataset on disk (another seed than the training stream's), read
    // through the real scan, cache and preprocessing.
    test::generateSmallDataset(heldOut, 120, 320, 180, 21);
    const double generateSeconds = secondsSince(start);

    // The default CPU recipe on the synthetic stream, as a new user would start it.
    const int epochs = kEpochs;
    start = std::chrono::steady_clock::now();
    QProcess cli;
    cli.start(KPS_CLI, {"train", "--data", "synthetic:builtin", "--run",
                        QString::fromStdString(run.string()), "--epochs", QString::number(epochs),
                        "--synthetic-images", QString::number(kImagesPerEpoch),
                        "--synthetic-validation", QString::number(kValidationImages), "--device",
                        "cpu", "--threads", "2", "--seed", "3"});
    QVERIFY(cli.waitForFinished(8 * 60 * 1000));
    const double trainSeconds = secondsSince(start);
    const QString output = QString::fromUtf8(cli.readAllStandardOutput()); // epoch lines
    qInfo("%s", qPrintable(output));
    const QString errors = QString::fromUtf8(cli.readAllStandardError()); // progress, problems
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY2(cli.exitCode() == 0, qPrintable(errors.right(2000)));
    QCOMPARE(output.count(QRegularExpression("^epoch +\\d+/", QRegularExpression::MultilineOption)),
             epochs);

    const RunDirectory runDir(run);
    const std::vector<EpochStats> log = runDir.readLog();
    QCOMPARE(static_cast<int>(log.size()), epochs);
    const TrainingConfig config = runDir.readConfig();
    QCOMPARE(config.recipe, std::string("cpu-fast"));
    QCOMPARE(config.model.preprocess.imageSize, 64);

    // The held-out crops and labels, evaluated independently of the trainer.
    const DatasetIndex index = scanDataset(heldOut);
    std::vector<LabelledSample> samples;
    for (const std::size_t i : index.trainableSamples())
        samples.push_back(
            {index.samples[i].stem, index.samples[i].imagePath, index.samples[i].annotationPath});
    const LabelledCrops test =
        loadLabelledCrops(samples, config.model.preprocess, config.model.keypointCount, cache, 2);
    std::vector<std::size_t> positions(test.size());
    for (std::size_t i = 0; i < positions.size(); ++i)
        positions[i] = i;
    BatchPipelineOptions options;
    options.batchSize = 16;
    options.shuffle = false;
    options.augment = false;
    BatchPipeline pipeline(test.crops, test.labels, test.keypointCount, positions, options);
    const LossWeights weights{config.lambdaL1, config.focalAlpha, config.focalGamma,
                              config.focalForm};

    torch::manual_seed(config.seed); // the trainer's initial weights
    KeypointModel untrained(config.model);
    initialiseHeadPrior(untrained, config.headPrior);
    const ValidationResult before =
        validateModel(untrained, pipeline, torch::kCPU, config.model.preprocess, weights);
    LoadedModel best = loadWeights(runDir.bestWeightsFile(), torch::kCPU);
    const ValidationResult after =
        validateModel(best.model, pipeline, torch::kCPU, config.model.preprocess, weights);

    // best.pt is the epoch of the lowest validation mean error (the recipe's criterion).
    const auto bestRow =
        std::min_element(log.begin(), log.end(), [](const EpochStats& a, const EpochStats& b) {
            return a.valMeanErrorSeedPx < b.valMeanErrorSeedPx;
        });
    QVERIFY(bestRow->best);
    qInfo("generate %.1f s, train %d epochs of %d images %.1f s (%.1f img/s last epoch), %zu "
          "held-out images, %zu "
          "visible keypoints",
          generateSeconds, epochs, kImagesPerEpoch, trainSeconds, log.back().imagesPerSecond,
          test.size(), after.visibleKeypoints);
    qInfo("128-px space, untrained: PCK@2 %.1f%%  PCK@5 %.1f%%  mean error %.2f px",
          before.pck2Seed, before.pck5Seed, before.meanErrorSeedPx);
    qInfo("128-px space, best.pt (epoch %d): PCK@2 %.1f%%  PCK@5 %.1f%%  mean error %.2f px",
          bestRow->epoch, after.pck2Seed, after.pck5Seed, after.meanErrorSeedPx);

    QVERIFY(after.visibleKeypoints > 500);
    // Learning happened, and the default recipe clears a bar picked from the study's runs
    // (docs/training_study.md) with room for machine noise: a regression of the recipe fails it.
    QVERIFY(log.back().trainLoss < 0.85 * log.front().trainLoss); // measured 0.79
    QVERIFY2(
        after.pck5Seed >= kMinimumPck5,
        qPrintable(
            QString("held-out PCK@5 (128 px) %1 -> %2").arg(before.pck5Seed).arg(after.pck5Seed)));
    QVERIFY(after.meanErrorSeedPx < kMaximumMeanErrorFraction * before.meanErrorSeedPx);
}

QTEST_GUILESS_MAIN(TestTrainingEndToEnd)
#include "test_e2e_training.moc"
