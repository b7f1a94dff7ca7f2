// The training recipe's parts: the two focal-loss forms (values that tell them apart), the named
// recipes and the new config fields, synthetic crops rendered straight at the model's input size
// (same scenes and labels as the full pipeline), BatchNorm recalibration, and a synthetic-data
// run with the cosine schedule and recalibration that resumes to the uninterrupted result.
#include "batch_pipeline.h"
#include "keypoint_loss.h"
#include "keypoint_model.h"
#include "mixed_precision.h"
#include "progress.h"
#include "run_directory.h"
#include "synthetic_crops.h"
#include "synthetic_generator.h"
#include "trainer.h"
#include "model_state.h"
#include "training_config.h"
#include "training_step.h"
#include "weights_file.h"

#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <numeric>

using namespace kps;
using Json = nlohmann::ordered_json;

namespace {

// One 1x1 heatmap channel with prediction p and target y; coordinates that cost nothing.
double focalOf(double p, double y, FocalForm form)
{
    ModelOutput output;
    output.heatmaps = torch::full({1, 1, 1, 1}, p);
    output.coordinates = torch::full({1, 1, 2}, 0.5);
    const LossParts parts = keypointLoss(output, torch::full({1, 1, 1, 1}, y),
                                         torch::full({1, 1, 2}, 0.5), 5.0, 0.25, 2.0, form);
    return parts.focal.item<double>();
}

TrainingConfig syntheticConfig()
{
    TrainingConfig config = TrainingConfig::fromRecipe("cpu-fast");
    config.dataDir = "synthetic:builtin";
    config.epochs = 2;
    config.batchSize = 8;
    config.warmupEpochs = 0.5;
    config.batchNormRecalibrationBatches = 2;
    config.synthetic.imagesPerEpoch = 32;
    config.synthetic.validationImages = 16;
    config.device = "cpu";
    config.threads = 2;
    config.seed = 11;
    config.snapshotSamples = 2;
    return config;
}

class StopAfterEpoch : public TrainingObserver
{
public:
    StopAfterEpoch(StopToken* stop, int epoch) : m_stop(stop), m_epoch(epoch) {}
    void epochFinished(const EpochStats& stats) override
    {
        if (stats.epoch == m_epoch)
            m_stop->requestStop();
    }

private:
    StopToken* m_stop;
    int m_epoch;
};

} // namespace

class TestTrainingRecipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void focalFormsDiffer();
    void recipesAndConfigFields();
    void modelCropsMatchThePipeline();
    void batchNormRecalibrationForgetsOldStatistics();
    void syntheticRunResumesExactly();

private:
    QTemporaryDir m_temp;
};

void TestTrainingRecipe::focalFormsDiffer()
{
    // a_t = 0.5, (1 - p_t)^2 = 0.25 at y = 0.5, p = 0.9: seed -log(0.5) vs BCE of the soft target.
    QVERIFY(std::abs(focalOf(0.9, 0.5, FocalForm::Seed) - 0.125 * std::log(2.0)) < 1e-6);
    QVERIFY(std::abs(focalOf(0.9, 0.5, FocalForm::Bce) -
                     0.125 * -(0.5 * std::log(0.9) + 0.5 * std::log(0.1))) < 1e-6);
    QVERIFY(std::abs(focalOf(0.9, 0.5, FocalForm::Seed) - 0.0866) < 1e-4);
    QVERIFY(std::abs(focalOf(0.9, 0.5, FocalForm::Bce) - 0.1505) < 1e-4);
    // On hard targets the two are the same loss.
    QVERIFY(std::abs(focalOf(0.7, 1.0, FocalForm::Seed) - focalOf(0.7, 1.0, FocalForm::Bce)) <
            1e-7);
    QVERIFY(std::abs(focalOf(0.2, 0.0, FocalForm::Seed) - focalOf(0.2, 0.0, FocalForm::Bce)) <
            1e-7);
    // The seed form is minimal where p_t is largest, i.e. p -> 1 for y > 0.5: a disk, not a
    // Gaussian.
    QVERIFY(focalOf(0.99, 0.6, FocalForm::Seed) < focalOf(0.6, 0.6, FocalForm::Seed));
    QVERIFY(focalOf(0.6, 0.6, FocalForm::Bce) < focalOf(0.99, 0.6, FocalForm::Bce));
}

void TestTrainingRecipe::recipesAndConfigFields()
{
    const TrainingConfig seed = TrainingConfig::fromRecipe("seed");
    QCOMPARE(seed.model.preset, std::string("seed"));
    QCOMPARE(seed.model.backbone, std::string("resnet50"));
    QCOMPARE(seed.batchSize, 128);
    QCOMPARE(seed.epochs, 20);
    QCOMPARE(seed.learningRate, 5e-4);
    QVERIFY(seed.schedule == LearningRateSchedule::Plateau);
    QVERIFY(seed.focalForm == FocalForm::Seed);
    QVERIFY(seed.bestCriterion.kind == BestCheckpointCriterion::Kind::ValLoss);
    QCOMPARE(seed.augmentation.enabled(), false);
    QCOMPARE(seed.headPrior, 0.0);
    QCOMPARE(seed.decoderBatchNormMomentum, 0.01);
    QCOMPARE(seed.model.softArgMaxBeta, 15.0);             // the seed's temperature
    QVERIFY(seed.precision == TrainingPrecision::Float32); // the seed's arithmetic

    const TrainingConfig fast = TrainingConfig::fromRecipe(TrainingConfig::defaultRecipe(false));
    QCOMPARE(fast.learningRate, 4e-3);
    QCOMPARE(fast.batchSize, 32);              // docs/training_study.md, fifth session
    QCOMPARE(fast.model.softArgMaxBeta, 30.0); // docs/training_study.md, fourth session
    QCOMPARE(fast.recipe, std::string("cpu-fast"));
    QCOMPARE(TrainingConfig::defaultRecipe(true), std::string("seed"));
    QVERIFY(fast.bestCriterion.kind == BestCheckpointCriterion::Kind::MeanError);
    QVERIFY(fast.precision == TrainingPrecision::Auto); // sixth session
    QCOMPARE(fast.batchNormRecalibrationBatches, 10);   // sixth session: 320 images
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingConfig::fromRecipe("turbo"));

    TrainingConfig config = fast;
    config.dataDir = "synthetic:/meshes/box.json";
    config.bestCriterion = BestCheckpointCriterion::fromString("pck@2.5");
    config.synthetic.imagesPerEpoch = 777;
    QVERIFY(config.synthetic.materials == MaterialMode::Fixed); // the default
    config.synthetic.materials = MaterialMode::PerImage;
    const Json json = config.toJson();
    QCOMPARE(json.at("synthetic").at("materials").get<std::string>(), std::string("random"));
    QCOMPARE(json.at("best_checkpoint").get<std::string>(), std::string("pck@2.5"));
    QCOMPARE(json.at("precision").get<std::string>(), std::string("auto"));
    QCOMPARE(json.at("loss").at("focal").get<std::string>(), toString(fast.focalForm));
    const TrainingConfig back = TrainingConfig::fromJson(json);
    QCOMPARE(QString::fromStdString(back.toJson().dump()), QString::fromStdString(json.dump()));
    QVERIFY(back.syntheticData());
    QCOMPARE(back.syntheticMeshFile(), std::string("/meshes/box.json"));
    QCOMPARE(back.bestCriterion.pckThresholdPx, 2.5);
    QVERIFY(back.synthetic.materials == MaterialMode::PerImage);

    // A run written before the criterion existed kept the lowest validation loss.
    Json old = json;
    old.erase("best_checkpoint");
    QVERIFY(TrainingConfig::fromJson(old).bestCriterion.kind ==
            BestCheckpointCriterion::Kind::ValLoss);
    // ... and one written before the fixed livery rendered per-image colours; a hand-written
    // config without "format" gets today's default.
    Json oldColours = json;
    oldColours["synthetic"]["materials"] = "fixed";
    QVERIFY(TrainingConfig::fromJson(oldColours).synthetic.materials == MaterialMode::Fixed);
    oldColours["synthetic"].erase("materials");
    QVERIFY(TrainingConfig::fromJson(oldColours).synthetic.materials == MaterialMode::PerImage);
    oldColours.erase("format");
    QVERIFY(TrainingConfig::fromJson(oldColours).synthetic.materials == MaterialMode::Fixed);
    Json badMaterials = json;
    badMaterials["synthetic"]["materials"] = "painted";
    try {
        TrainingConfig::fromJson(badMaterials);
        QFAIL("synthetic.materials \"painted\" was accepted");
    } catch (const std::invalid_argument& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("synthetic.materials")),
                 error.what());
    }
    for (const char* bad : {"pck@", "pck@-1", "pck@x", "loss", ""})
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BestCheckpointCriterion::fromString(bad));
    // Precision: each value round-trips; a run written before the key existed was float32; a bad
    // value names the key.
    for (const char* name : {"auto", "fp32", "bf16_mixed"}) {
        Json withPrecision = json;
        withPrecision["precision"] = name;
        QCOMPARE(toString(TrainingConfig::fromJson(withPrecision).precision), std::string(name));
    }
    QCOMPARE(json.at("float32_final_epochs").get<int>(), 1);
    Json finalEpochs = json;
    finalEpochs["float32_final_epochs"] = 3;
    QCOMPARE(TrainingConfig::fromJson(finalEpochs).float32FinalEpochs, 3);
    finalEpochs["float32_final_epochs"] = -1;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingConfig::fromJson(finalEpochs));
    Json oldPrecision = json;
    oldPrecision.erase("precision");
    QVERIFY(TrainingConfig::fromJson(oldPrecision).precision == TrainingPrecision::Float32);
    Json badPrecision = json;
    badPrecision["precision"] = "fp16";
    try {
        TrainingConfig::fromJson(badPrecision);
        QFAIL("precision \"fp16\" was accepted");
    } catch (const std::invalid_argument& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("precision")),
                 error.what());
    }
    Json badFocal = json;
    badFocal["loss"]["focal"] = "mse";
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingConfig::fromJson(badFocal));
    Json badSchedule = json;
    badSchedule["schedule"]["kind"] = "step";
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingConfig::fromJson(badSchedule));
}

void TestTrainingRecipe::modelCropsMatchThePipeline()
{
    SyntheticCropOptions options;
    options.mesh = builtinSpacecraftMesh();
    options.preprocess.imageSize = 64;
    options.preprocess.heatmapSize = 32;
    options.seed = 3;
    options.frameWidth = 480;
    options.frameHeight = 270;
    const std::size_t count = 6;
    const LabelledCrops direct = renderModelCrops(options, 10, count);
    const LabelledCrops pipeline = renderPipelineCrops(options, 10, count);
    QCOMPARE(direct.size(), count);
    QCOMPARE(direct.keypointCount, options.mesh.keypointCount());
    QCOMPARE(direct.stems, pipeline.stems);
    int visible = 0, disagreements = 0;
    double worst = 0;
    for (std::size_t i = 0; i < direct.labels.size(); i += 2) {
        const bool a = direct.labels[i] >= 0, b = pipeline.labels[i] >= 0;
        if (a != b) {
            ++disagreements; // a vertex exactly on the crop border may fall either way
            continue;
        }
        if (!a)
            continue;
        ++visible;
        worst = std::max(
            {worst, static_cast<double>(std::abs(direct.labels[i] - pipeline.labels[i])),
             static_cast<double>(std::abs(direct.labels[i + 1] - pipeline.labels[i + 1]))});
    }
    qInfo("%d visible keypoints, largest label difference %.2g (normalised)", visible, worst);
    QVERIFY(visible >= static_cast<int>(count) * 3);
    QVERIFY(disagreements <= 1);
    QVERIFY(worst < 1e-4); // the same scenes, the same labels: the crop camera is exact
    // And the same pictures, up to anti-aliasing.
    double sum = 0;
    for (std::size_t i = 0; i < direct.crops.pixels.size(); ++i)
        sum += std::abs(int(direct.crops.pixels[i]) - int(pipeline.crops.pixels[i]));
    const double meanDifference = sum / static_cast<double>(direct.crops.pixels.size());
    qInfo("mean |direct - pipeline| pixel difference %.2f (0-255)", meanDifference);
    QVERIFY(meanDifference < 6.0);
    // Another index range of the same stream continues it: image 12 is the same wherever it is
    // asked.
    const LabelledCrops later = renderModelCrops(options, 12, 1);
    QVERIFY(std::equal(later.crops.pixels.begin(), later.crops.pixels.end(),
                       direct.crops.pixels.begin() +
                           2 * static_cast<std::ptrdiff_t>(direct.crops.bytesPerCrop())));
    // The material mode reaches the renderer: other colours, the same scenes and labels.
    QVERIFY(options.materials == MaterialMode::Fixed); // the default
    options.materials = MaterialMode::PerImage;
    const LabelledCrops recoloured = renderModelCrops(options, 10, count);
    QVERIFY(recoloured.labels == direct.labels);
    QVERIFY(recoloured.crops.pixels != direct.crops.pixels);
    const LabelledCrops recolouredPipeline = renderPipelineCrops(options, 10, count);
    QVERIFY(recolouredPipeline.labels == pipeline.labels);
    QVERIFY(recolouredPipeline.crops.pixels != pipeline.crops.pixels);
}

void TestTrainingRecipe::batchNormRecalibrationForgetsOldStatistics()
{
    SyntheticCropOptions options;
    options.mesh = builtinSpacecraftMesh();
    options.preprocess.imageSize = 64;
    options.preprocess.heatmapSize = 32;
    const LabelledCrops data = renderModelCrops(options, 0, 16);
    std::vector<std::size_t> samples(16);
    std::iota(samples.begin(), samples.end(), 0);
    BatchPipelineOptions pipelineOptions;
    pipelineOptions.batchSize = 8;
    const BatchPipeline pipeline(data.crops, data.labels, data.keypointCount, samples,
                                 pipelineOptions);

    ModelConfig modelConfig = ModelConfig::fromPreset("tiny", data.keypointCount);
    modelConfig.preprocess = options.preprocess;
    torch::manual_seed(1);
    KeypointModel model(modelConfig);
    setDecoderBatchNormMomentum(model, 0.3);
    auto runningMean = [&] {
        return model->named_buffers(true)["decoder.d1.bn1.running_mean"].clone();
    };
    recalibrateBatchNorm(model, pipeline, 1, 2, torch::kCPU, options.preprocess);
    const torch::Tensor fromFresh = runningMean();
    {
        torch::NoGradGuard noGrad;
        for (auto& buffer : model->named_buffers(true))
            if (buffer.key().find("running_") != std::string::npos)
                buffer.value().fill_(7.0);
    }
    recalibrateBatchNorm(model, pipeline, 1, 2, torch::kCPU, options.preprocess);
    QVERIFY(torch::allclose(runningMean(), fromFresh, 1e-5, 1e-6)); // the old values left no trace
    QVERIFY(!torch::allclose(fromFresh, torch::full_like(fromFresh, 7.0)));
    // Its momentum is back afterwards.
    for (const auto& item : model->named_modules())
        if (item.key() == "decoder.d1.bn1")
            QCOMPARE(item.value()->as<torch::nn::BatchNorm2dImpl>()->options.momentum().value(),
                     0.3);
}

void TestTrainingRecipe::syntheticRunResumesExactly()
{
    QVERIFY(m_temp.isValid());
    const std::filesystem::path base = m_temp.path().toStdString();
    const TrainingConfig config = syntheticConfig();
    Trainer trainer;
    const TrainingSummary a = trainer.run(config, base / "a");
    QVERIFY2(a.outcome == TrainingSummary::Outcome::Finished, a.message.c_str());
    const RunDirectory runA(base / "a");
    const std::vector<EpochStats> logA = runA.readLog();
    QCOMPARE(logA.size(), std::size_t(2));
    for (const EpochStats& row : logA) {
        // IMG 64: errors in the seed's 128-px space are twice the model's.
        QVERIFY(std::abs(row.valMeanErrorSeedPx - 2.0 * row.valMeanErrorPx) <
                1e-6 * row.valMeanErrorSeedPx);
        QVERIFY(row.valPck5Seed <= row.valPck5 + 1e-9); // 5 px at 128 = 2.5 px at 64
    }
    // Cosine: the last batch of the last epoch is one step short of the floor.
    const double peak = config.learningRate, floor = peak * config.minLearningRateFraction;
    const double batches = 4, warm = 0.5 * batches, total = 2 * batches;
    const double expected =
        floor + (peak - floor) * 0.5 * (1 + std::cos(M_PI * (total - 1 - warm) / (total - warm)));
    QVERIFY(std::abs(logA[1].learningRate - expected) < 1e-9);
    QVERIFY(logA[0].learningRate > logA[1].learningRate);
    // best.pt follows the mean error.
    QCOMPARE(logA[1].best, logA[1].valMeanErrorSeedPx < logA[0].valMeanErrorSeedPx);
    QCOMPARE(a.bestEpoch, logA[1].best ? 2 : 1);
    const Json saved = runA.readConfig().toJson();
    QCOMPARE(saved.at("data_dir").get<std::string>(), std::string("synthetic:builtin"));
    QCOMPARE(saved.at("recipe").get<std::string>(), std::string("cpu-fast"));
    QCOMPARE(saved.at("best_checkpoint").get<std::string>(), std::string("mean_error"));
    // cpu-fast's "auto" is resolved and recorded: bf16 mixed on a CPU with native bf16 (this
    // project's machines), so the resume below checks the exactness of a mixed epoch (the first)
    // and of the float32 final epoch there.
    QCOMPARE(saved.at("precision").get<std::string>(),
             std::string(cpuHasNativeBFloat16() ? "bf16_mixed" : "fp32"));

    // Stopped after epoch 1, resumed: the same epoch-2 images, the same weights.
    StopToken stop;
    StopAfterEpoch stopper(&stop, 1);
    const TrainingSummary stopped = trainer.run(config, base / "b", &stopper, &stop);
    QVERIFY2(stopped.outcome == TrainingSummary::Outcome::Stopped, stopped.message.c_str());
    const TrainingSummary resumed = trainer.resume(base / "b");
    QVERIFY2(resumed.outcome == TrainingSummary::Outcome::Finished, resumed.message.c_str());
    const RunDirectory runB(base / "b");
    const std::vector<EpochStats> logB = runB.readLog();
    QCOMPARE(logB.size(), std::size_t(2));
    for (std::size_t i = 0; i < 2; ++i) {
        QVERIFY(std::abs(logA[i].trainLoss - logB[i].trainLoss) <=
                1e-5 * std::abs(logA[i].trainLoss));
        QVERIFY2(std::abs(logA[i].valMeanErrorSeedPx - logB[i].valMeanErrorSeedPx) <= 1e-4,
                 qPrintable(QString("epoch %1: validation mean error %2 vs %3 px")
                                .arg(i + 1)
                                .arg(logA[i].valMeanErrorSeedPx, 0, 'g', 12)
                                .arg(logB[i].valMeanErrorSeedPx, 0, 'g', 12)));
        QCOMPARE(logA[i].learningRate, logB[i].learningRate);
    }
    const auto weightsA = test::modelState(loadWeights(runA.lastWeightsFile(), torch::kCPU).model);
    const auto weightsB = test::modelState(loadWeights(runB.lastWeightsFile(), torch::kCPU).model);
    const double maxDifference = test::maxStateDifference(weightsA, weightsB);
    qInfo("max weight difference resumed vs uninterrupted: %g", maxDifference);
    QVERIFY(maxDifference < 1e-5);
}

QTEST_GUILESS_MAIN(TestTrainingRecipe)
#include "test_core_training_recipe.moc"
