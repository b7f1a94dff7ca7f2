// End to end: generate a small synthetic set, train the tiny CPU preset with `kpstudio train`, and
// check that the trained model beats the untrained one on the validation split by a wide margin
// (PCK@5 in IMG pixels), measured independently of the training log with best.pt.
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
    const std::filesystem::path data = base / "data", run = base / "run", cache = base / "cache";

    auto start = std::chrono::steady_clock::now();
    test::generateSmallDataset(data, 300, 320, 180, 21);
    const double generateSeconds = secondsSince(start);

    // IMG 64 / HEAT 32 and a from-scratch learning rate: 4x cheaper steps, so enough of them fit
    // in a few CPU minutes for the heatmap peaks to form.
    const int epochs = 50; // ~4 s each on 2 free cores
    start = std::chrono::steady_clock::now();
    QProcess cli;
    cli.start(KPS_CLI, {"train", "--data", QString::fromStdString(data.string()), "--run",
                        QString::fromStdString(run.string()), "--preset", "tiny", "--epochs", QString::number(epochs),
                        "--image-size", "64", "--heatmap-size", "32", "--lr", "2e-3", "--batch", "16", "--device", "cpu", "--threads", "2", "--seed", "3", "--cache-dir",
                        QString::fromStdString(cache.string())});
    QVERIFY(cli.waitForFinished(14 * 60 * 1000));
    const double trainSeconds = secondsSince(start);
    const QString output = QString::fromUtf8(cli.readAllStandardOutput()); // epoch lines
    qInfo("%s", qPrintable(output));
    const QString errors = QString::fromUtf8(cli.readAllStandardError()); // progress, problems
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY2(cli.exitCode() == 0, qPrintable(errors.right(2000)));
    QCOMPARE(output.count(QRegularExpression("^epoch +\\d+/", QRegularExpression::MultilineOption)), epochs);

    const RunDirectory runDir(run);
    const std::vector<EpochStats> log = runDir.readLog();
    QCOMPARE(static_cast<int>(log.size()), epochs);
    const TrainingConfig config = runDir.readConfig();
    QCOMPARE(config.model.preset, std::string("tiny"));

    // The validation split's crops and labels, evaluated independently of the trainer.
    const DatasetIndex index = scanDataset(data);
    std::map<std::string, const SampleEntry*> byStem;
    for (const auto& sample : index.samples)
        byStem[sample.stem] = &sample;
    std::vector<LabelledSample> valSamples;
    const std::optional<DataSplit> split = runDir.readSplit();
    QVERIFY(split);
    for (const std::string& stem : split->val)
        valSamples.push_back({stem, byStem.at(stem)->imagePath, byStem.at(stem)->annotationPath});
    const LabelledCrops val =
        loadLabelledCrops(valSamples, config.model.preprocess, config.model.keypointCount, cache, 2);
    std::vector<std::size_t> positions(val.size());
    for (std::size_t i = 0; i < positions.size(); ++i)
        positions[i] = i;
    BatchPipelineOptions options;
    options.batchSize = 16;
    options.shuffle = false;
    options.augment = false;
    BatchPipeline pipeline(val.crops, val.labels, val.keypointCount, positions, options);
    const LossWeights weights;

    torch::manual_seed(config.seed); // the trainer's initial weights
    KeypointModel untrained(config.model);
    initialiseHeadPrior(untrained, config.headPrior);
    const ValidationResult before =
        validateModel(untrained, pipeline, torch::kCPU, config.model.preprocess, weights);
    LoadedModel best = loadWeights(runDir.bestWeightsFile(), torch::kCPU);
    const ValidationResult after = validateModel(best.model, pipeline, torch::kCPU, config.model.preprocess, weights);

    const auto bestRow = std::min_element(log.begin(), log.end(), [](const EpochStats& a, const EpochStats& b) {
        return a.valLoss < b.valLoss;
    });
    qInfo("generate %.1f s, train %d epochs %.1f s (%.1f img/s last epoch), %zu val images, %zu visible keypoints",
          generateSeconds, epochs, trainSeconds, log.back().imagesPerSecond, val.size(), after.visibleKeypoints);
    qInfo("untrained: PCK@2 %.1f%%  PCK@5 %.1f%%  mean error %.2f px  val loss %.4f", before.pck2, before.pck5,
          before.meanErrorPx, before.loss);
    qInfo("best.pt (epoch %d): PCK@2 %.1f%%  PCK@5 %.1f%%  mean error %.2f px  val loss %.4f", bestRow->epoch,
          after.pck2, after.pck5, after.meanErrorPx, after.loss);

    QVERIFY(after.visibleKeypoints > 500);
    // The log's best row is exactly what best.pt gives.
    QVERIFY(std::abs(after.loss - bestRow->valLoss) < 1e-4 * bestRow->valLoss);
    QVERIFY(std::abs(after.pck5 - bestRow->valPck5) < 1e-3);
    // Learning happened: loss down, keypoints found far more often, error far smaller.
    QVERIFY(log.back().trainLoss < 0.7 * log.front().trainLoss);
    QVERIFY2(after.pck5 >= before.pck5 + 10.0, qPrintable(QString("PCK@5 %1 -> %2").arg(before.pck5).arg(after.pck5)));
    QVERIFY(after.pck5 >= 3.0 * before.pck5);
    QVERIFY(after.meanErrorPx < 0.85 * before.meanErrorPx);
}

QTEST_GUILESS_MAIN(TestTrainingEndToEnd)
#include "test_e2e_training.moc"
