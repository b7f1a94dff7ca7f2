// Training: config round trip, the .npy writer (checked with numpy), the batch pipeline's
// determinism and photometric-only augmentation, the frozen backbone, the run directory's files,
// stop-within-a-batch and a resume that reproduces the uninterrupted run.
#include "atomic_file.h"
#include "batch_pipeline.h"
#include "image_cache.h"
#include "keypoint_model.h"
#include "npy_array.h"
#include "progress.h"
#include "run_directory.h"
#include "test_dataset.h"
#include "trainer.h"
#include "model_state.h"
#include "training_config.h"
#include "weights_file.h"

#include <torch/torch.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <cmath>
#include <fstream>
#include <random>
#include <set>

using namespace kps;
using Json = nlohmann::ordered_json;

namespace {

// The smallest set-up that exercises everything: tiny preset at IMG 64 / HEAT 32.
TrainingConfig smallConfig(const std::filesystem::path& data, const std::filesystem::path& cache)
{
    TrainingConfig config;
    config.dataDir = data.string();
    config.model = TrainingConfig::presetModel("tiny");
    config.model.preprocess.imageSize = 64;
    config.model.preprocess.heatmapSize = 32;
    config.epochs = 2;
    config.batchSize = 8;
    config.device = "cpu";
    config.threads = 2;
    config.seed = 5;
    config.snapshotSamples = 3;
    config.cacheDir = cache.string();
    return config;
}

class RecordingObserver : public TrainingObserver
{
public:
    std::function<void(const BatchProgress&)> onBatch;
    TrainingRunInfo info;
    std::vector<BatchProgress> batches;
    std::vector<TrainingStage> stages;
    std::vector<EpochStats> epochs;
    std::vector<std::string> snapshots;
    int stoppedEpoch = -1, stoppedBatch = -1;
    std::string failure;
    bool finishedCalled = false;

    void runStarted(const TrainingRunInfo& i) override { info = i; }
    void stage(TrainingStage s, std::size_t, std::size_t) override { stages.push_back(s); }
    void batchProgress(const BatchProgress& p) override
    {
        batches.push_back(p);
        if (onBatch)
            onBatch(p);
    }
    void epochFinished(const EpochStats& s) override { epochs.push_back(s); }
    void snapshotWritten(const std::string& path, int) override { snapshots.push_back(path); }
    void finished(const TrainingSummary&) override { finishedCalled = true; }
    void failed(const std::string& message) override { failure = message; }
    void stopped(int epoch, int batch) override
    {
        stoppedEpoch = epoch;
        stoppedBatch = batch;
    }
};

std::vector<Json> readAllEvents(const RunDirectory& run)
{
    return RunDirectory::readEvents(run.eventsFile());
}

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void configJsonRoundTrip();
    void stagesAndBatchEventsRoundTrip();
    void npyReadableByNumpy();
    void pipelineIsDeterministicAndPhotometricOnly();
    void frozenBackboneStaysBitIdentical();
    void stopResumeReproducesUninterruptedRun();
    void refusesExistingRun();

private:
    QTemporaryDir m_temp;
    std::filesystem::path m_data;
    std::filesystem::path m_cache;
};

void TestTrainer::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_data = std::filesystem::path(m_temp.path().toStdString()) / "data";
    m_cache = std::filesystem::path(m_temp.path().toStdString()) / "cache";
    const auto start = std::chrono::steady_clock::now();
    test::generateSmallDataset(m_data, 40, 192, 108, 11);
    qInfo("generated 40 images in %.1f s",
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
}

void TestTrainer::configJsonRoundTrip()
{
    TrainingConfig config = smallConfig(m_data, m_cache);
    config.fineTune = true;
    config.fineTuneEpochs = 3;
    config.freezeBackbone = BackboneFreeze::Trainable;
    config.augmentation.blurMaxSigma = 0.9;
    config.plateau.patience = 4;
    config.earlyStoppingPatience = 6;
    config.seed = 12345678901ull;
    config.device = "cuda:1";
    const Json json = config.toJson();
    const TrainingConfig back = TrainingConfig::fromJson(json);
    QCOMPARE(QString::fromStdString(back.toJson().dump()), QString::fromStdString(json.dump()));
    QCOMPARE(back.seed, 12345678901ull);
    QCOMPARE(back.model.preprocess.imageSize, 64);
    QCOMPARE(back.model.keypointCount, 0); // not known before the scan: survives the round trip
    QVERIFY(back.freezeBackbone == BackboneFreeze::Trainable);

    Json bad = json;
    bad["epochs"] = "many";
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingConfig::fromJson(bad));
    bad = json;
    bad["device"] = "tpu";
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingConfig::fromJson(bad));
}

void TestTrainer::npyReadableByNumpy()
{
    const std::filesystem::path dir = m_temp.path().toStdString();
    std::vector<float> values(2 * 3 * 5);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<float>(i) * 0.5f - 3.0f;
    const NpyArray array = NpyArray::fromFloats({2, 3, 5}, values.data());
    const std::string bytes = array.serialize();
    QCOMPARE((bytes.size() - values.size() * 4) % 64, std::size_t(0)); // header padded to 64
    array.save(dir / "a.npy");
    const NpyArray back = NpyArray::load(dir / "a.npy");
    QCOMPARE(back.shape, (std::vector<std::size_t>{2, 3, 5}));
    QCOMPARE(back.floats()[7], values[7]);

    QProcess python;
    python.start(KPS_PYTHON, {"-c",
                              "import numpy,sys; a=numpy.load(sys.argv[1]); "
                              "print(a.dtype, a.shape, float(a[1,2,4]), float(a.sum()))",
                              QString::fromStdString((dir / "a.npy").string())});
    QVERIFY(python.waitForFinished(60000));
    const QString output = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
    double sum = 0;
    for (const float v : values)
        sum += v;
    QCOMPARE(
        output,
        QString("float32 (2, 3, 5) %1 %2").arg(double(values[29]), 0, 'f', 1).arg(sum, 0, 'f', 1));
}

void TestTrainer::pipelineIsDeterministicAndPhotometricOnly()
{
    const int side = 32, keypoints = 3;
    CropSet crops;
    crops.imageSize = side;
    const std::size_t count = 10;
    crops.pixels.resize(count * crops.bytesPerCrop());
    std::mt19937 rng(1);
    for (auto& p : crops.pixels)
        p = static_cast<std::uint8_t>(100 + rng() % 100);
    crops.valid.assign(count, true);
    std::vector<float> labels(count * keypoints * 2);
    for (std::size_t i = 0; i < labels.size(); ++i)
        labels[i] = static_cast<float>(i) / static_cast<float>(labels.size());
    std::vector<std::size_t> samples{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

    BatchPipelineOptions options;
    options.batchSize = 4;
    options.seed = 9;
    options.augmentation.blurProbability = 0.5;
    options.augmentation.brightnessProbability = 0.5;
    BatchPipeline a(crops, labels, keypoints, samples, options);
    BatchPipeline b(crops, labels, keypoints, samples, options);
    QCOMPARE(a.batchesPerEpoch(), 3);
    QCOMPARE(a.epochOrder(3), b.epochOrder(3));
    QVERIFY(a.epochOrder(3) != a.epochOrder(4));

    a.startEpoch(3);
    b.startEpoch(3, 1); // a resumed epoch starts at batch 1 with the same contents
    std::vector<TrainingBatch> fromA;
    while (auto batch = a.next())
        fromA.push_back(*batch);
    QCOMPARE(fromA.size(), std::size_t(3));
    QCOMPARE(fromA.back().crops.size(0), 2);
    std::set<std::size_t> seen;
    int changed = 0;
    for (const auto& batch : fromA) {
        for (std::size_t row = 0; row < batch.samples.size(); ++row) {
            const std::size_t sample = batch.samples[row];
            seen.insert(sample);
            // Labels travel unchanged: the augmentation is photometric only.
            const torch::Tensor expected = torch::from_blob(labels.data() + sample * keypoints * 2,
                                                            {keypoints, 2}, torch::kFloat);
            QVERIFY(torch::equal(batch.coordinates[static_cast<long>(row)], expected));
            const torch::Tensor original = torch::from_blob(
                const_cast<std::uint8_t*>(crops.crop(sample)), {side, side, 3}, torch::kByte);
            const torch::Tensor augmented = batch.crops[static_cast<long>(row)];
            if (!torch::equal(augmented, original)) {
                ++changed;
                // Blur and darkening never brighten the image on average.
                QVERIFY(augmented.to(torch::kFloat).mean().item<float>() <=
                        original.to(torch::kFloat).mean().item<float>() + 0.5f);
            }
        }
    }
    QCOMPARE(seen.size(), count);
    QVERIFY(changed > 0 && changed < static_cast<int>(count)); // probabilities 0.5: some, not all
    auto resumed = b.next();
    QVERIFY(resumed);
    QCOMPARE(resumed->index, 1);
    QVERIFY(torch::equal(resumed->crops, fromA[1].crops));
    QVERIFY(torch::equal(resumed->coordinates, fromA[1].coordinates));
}

void TestTrainer::stagesAndBatchEventsRoundTrip()
{
    // The stage texts are those of events.jsonl ("stage" of a "stopped" event) and of the data
    // preparation's progress: fixed by the run directory's format.
    const std::vector<std::pair<TrainingStage, std::string>> names = {
        {TrainingStage::PreparingData, "preparing data"},
        {TrainingStage::Scanning, "scanning"},
        {TrainingStage::Caching, "caching"},
        {TrainingStage::Labels, "labels"},
        {TrainingStage::LoadingArrays, "loading arrays"},
        {TrainingStage::Rendering, "rendering"},
        {TrainingStage::BuildingModel, "building model"},
        {TrainingStage::FirstBatch, "first batch"},
        {TrainingStage::Validating, "validating"},
        {TrainingStage::Writing, "writing"},
        {TrainingStage::FineTuning, "fine-tuning"}};
    for (const auto& [stage, name] : names) {
        QCOMPARE(std::string(toString(stage)), name);
        QVERIFY(trainingStageFromString(name) == stage);
    }
    QVERIFY(!trainingStageFromString("training"));
    QVERIFY(!trainingStageFromString(""));
    QCOMPARE(allEpochsFinishedMessage(8), std::string("finished 8 epochs"));

    BatchProgress progress;
    progress.epoch = 3;
    progress.totalEpochs = 9; // not part of the event
    progress.batch = 17;
    progress.batches = 40;
    progress.runningLoss = 0.123456789012345;
    progress.imagesPerSecond = 55.5;
    progress.learningRate = 5e-4;
    const Json json = progress.toJson();
    // The "batch" event's fields, in the order events.jsonl has always had them.
    QCOMPARE(QString::fromStdString(json.dump()), QString::fromStdString(Json{
                                                      {"epoch", 3},
                                                      {"batch", 17},
                                                      {"batches", 40},
                                                      {"loss", 0.123456789012345},
                                                      {"images_per_second", 55.5},
                                                      {"lr", 5e-4}}.dump()));
    const BatchProgress back = BatchProgress::fromJson(json);
    QCOMPARE(back.epoch, 3);
    QCOMPARE(back.totalEpochs, 0);
    QCOMPARE(back.batch, 17);
    QCOMPARE(back.batches, 40);
    QCOMPARE(back.runningLoss, progress.runningLoss);
    QCOMPARE(back.imagesPerSecond, 55.5);
    QCOMPARE(back.learningRate, 5e-4);
    QCOMPARE(QString::fromStdString(back.toJson().dump()), QString::fromStdString(json.dump()));
    // Fields an event lacks keep their defaults (at least one batch per epoch).
    const BatchProgress empty = BatchProgress::fromJson(Json::object());
    QCOMPARE(empty.epoch, 0);
    QCOMPARE(empty.batches, 1);
    QCOMPARE(empty.runningLoss, 0.0);
}

void TestTrainer::frozenBackboneStaysBitIdentical()
{
    const std::filesystem::path runDir =
        std::filesystem::path(m_temp.path().toStdString()) / "frozen";
    TrainingConfig config = smallConfig(m_data, m_cache);
    config.epochs = 1;
    config.freezeBackbone = BackboneFreeze::Frozen;
    config.snapshotEvery = 0;
    Trainer trainer;
    RecordingObserver observer;
    const TrainingSummary summary = trainer.run(config, runDir, &observer);
    QVERIFY2(summary.outcome == TrainingSummary::Outcome::Finished, summary.message.c_str());
    QCOMPARE(summary.message, allEpochsFinishedMessage(1));
    const auto saw = [&](TrainingStage stage) {
        return std::count(observer.stages.begin(), observer.stages.end(), stage) > 0;
    };
    for (const TrainingStage stage :
         {TrainingStage::PreparingData, TrainingStage::Scanning, TrainingStage::Caching,
          TrainingStage::BuildingModel, TrainingStage::FirstBatch, TrainingStage::Validating,
          TrainingStage::Writing})
        QVERIFY2(saw(stage), toString(stage));
    QVERIFY(!saw(TrainingStage::FineTuning)); // no fine-tune phase in this run
    // Every "batch" event is a BatchProgress the observer saw, written by toJson.
    int batchEvents = 0;
    for (const Json& e : readAllEvents(RunDirectory(runDir))) {
        if (e.at("type") != "batch")
            continue;
        ++batchEvents;
        const BatchProgress event = BatchProgress::fromJson(e);
        const auto seen = std::find_if(observer.batches.begin(), observer.batches.end(),
                                       [&](const BatchProgress& p) {
                                           return p.epoch == event.epoch && p.batch == event.batch;
                                       });
        QVERIFY(seen != observer.batches.end());
        Json expected{{"type", "batch"}};
        expected.update(seen->toJson());
        expected["time"] = e.at("time");
        QCOMPARE(QString::fromStdString(e.dump()), QString::fromStdString(expected.dump()));
    }
    QVERIFY(batchEvents >= 1);

    // The trainer seeds torch with config.seed right before building the model.
    ModelConfig modelConfig = config.model;
    modelConfig.keypointCount = observer.info.keypointCount;
    torch::manual_seed(config.seed);
    KeypointModel initial(modelConfig);
    const auto before = test::modelState(initial);
    LoadedModel trained = loadWeights(RunDirectory(runDir).lastWeightsFile(), torch::kCPU);
    const auto after = test::modelState(trained.model);
    QCOMPARE(after.size(), before.size());
    int backboneTensors = 0, decoderChanged = 0;
    for (const auto& [name, value] : before) {
        QVERIFY2(after.count(name), name.c_str());
        if (name.rfind("backbone.", 0) == 0) {
            ++backboneTensors;
            QVERIFY2(torch::equal(after.at(name), value), name.c_str()); // weights and BN stats
        } else if (!torch::equal(after.at(name), value)) {
            ++decoderChanged;
        }
    }
    QVERIFY(backboneTensors > 50);
    QVERIFY(decoderChanged > 10); // the decoder and head did train
}

void TestTrainer::stopResumeReproducesUninterruptedRun()
{
    const std::filesystem::path base = m_temp.path().toStdString();
    const TrainingConfig config = smallConfig(m_data, m_cache);
    Trainer trainer;

    // A: uninterrupted, 2 epochs.
    RecordingObserver observerA;
    const auto startA = std::chrono::steady_clock::now();
    const TrainingSummary a = trainer.run(config, base / "a", &observerA);
    QVERIFY2(a.outcome == TrainingSummary::Outcome::Finished, a.message.c_str());
    qInfo("2 epochs (%zu train / %zu val images) in %.1f s", observerA.info.trainSize,
          observerA.info.valSize,
          std::chrono::duration<double>(std::chrono::steady_clock::now() - startA).count());
    QCOMPARE(a.completedEpochs, 2);
    QVERIFY(observerA.finishedCalled);
    QCOMPARE(observerA.epochs.size(), std::size_t(2));

    // B: the same run, stopped after batch 2 of epoch 2, then resumed.
    RecordingObserver observerB;
    StopToken stop;
    int batchesAfterRequest = -1;
    observerB.onBatch = [&](const BatchProgress& p) {
        if (batchesAfterRequest >= 0)
            ++batchesAfterRequest;
        if (p.epoch == 2 && p.batch == 2 && batchesAfterRequest < 0) {
            stop.requestStop();
            batchesAfterRequest = 0;
        }
    };
    const TrainingSummary stopped = trainer.run(config, base / "b", &observerB, &stop);
    QVERIFY2(stopped.outcome == TrainingSummary::Outcome::Stopped, stopped.message.c_str());
    QCOMPARE(batchesAfterRequest, 0); // the stop landed before the next batch
    QCOMPARE(observerB.stoppedEpoch, 2);
    QCOMPARE(observerB.stoppedBatch, 2);
    const RunDirectory runB(base / "b");
    QVERIFY(std::filesystem::exists(runB.lastWeightsFile()));
    QVERIFY(std::filesystem::exists(runB.lastOptimizerFile()));
    QCOMPARE(runB.readLog().size(), std::size_t(1));
    const std::string splitBefore = readWholeFile(runB.splitFile());

    RecordingObserver observerResume;
    const TrainingSummary resumed = trainer.resume(base / "b", &observerResume);
    QVERIFY2(resumed.outcome == TrainingSummary::Outcome::Finished, resumed.message.c_str());
    QVERIFY(observerResume.info.resumed);
    QCOMPARE(observerResume.info.firstEpoch, 2);
    QCOMPARE(observerResume.batches.front().batch, 3); // continued inside epoch 2
    QCOMPARE(readWholeFile(runB.splitFile()), splitBefore);

    // The resumed epoch 2 equals the uninterrupted one.
    const RunDirectory runA(base / "a");
    const auto logA = runA.readLog();
    const auto logB = runB.readLog();
    QCOMPARE(logA.size(), std::size_t(2));
    QCOMPARE(logB.size(), std::size_t(2)); // appended, not overwritten
    QCOMPARE(logB[0].epoch, 1);
    QCOMPARE(logB[1].epoch, 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(std::abs(logA[i].trainLoss - logB[i].trainLoss) <=
                1e-5 * std::abs(logA[i].trainLoss));
        QVERIFY(std::abs(logA[i].valLoss - logB[i].valLoss) <= 1e-5 * std::abs(logA[i].valLoss));
        QVERIFY(std::abs(logA[i].valPck5 - logB[i].valPck5) <= 1e-6);
    }
    const auto weightsA = test::modelState(loadWeights(runA.lastWeightsFile(), torch::kCPU).model);
    const auto weightsB = test::modelState(loadWeights(runB.lastWeightsFile(), torch::kCPU).model);
    const double maxDifference = test::maxStateDifference(weightsA, weightsB);
    qInfo("max weight difference resumed vs uninterrupted: %g", maxDifference);
    QVERIFY(maxDifference < 1e-5);

    // Run directory contents (run A).
    const TrainingConfig back = runA.readConfig();
    QCOMPARE(back.epochs, 2);
    QCOMPARE(back.model.keypointCount, observerA.info.keypointCount);
    QVERIFY(back.model.keypointCount > 0);
    const std::optional<DataSplit> split = runA.readSplit();
    QVERIFY(split);
    QCOMPARE(split->seed, config.seed);
    QCOMPARE(split->train.size(), observerA.info.trainSize);
    QCOMPARE(split->val.size(), std::size_t(6)); // round(0.15 * 40)
    const std::string logText = readWholeFile(runA.logFile());
    const std::string header = logText.substr(0, logText.find('\n'));
    QCOMPARE(
        QString::fromStdString(header),
        QString(
            "epoch,train_loss,train_focal,train_l1,val_loss,val_focal,val_l1,lr,val_pck2,val_pck5,"
            "val_mean_error_px,epoch_seconds,images_per_second,best,val_pck2_128px,val_pck5_128px,"
            "val_mean_error_128px"));
    QCOMPARE(logA[0].learningRate, 5e-4);
    QVERIFY(logA[0].best);
    QVERIFY(logA[0].trainLoss > 0 && logA[0].valLoss > 0 && logA[0].imagesPerSecond > 0);
    QVERIFY(std::abs(logA[0].trainLoss - (logA[0].trainFocal + 5.0 * logA[0].trainL1)) <
            1e-4 * logA[0].trainLoss);
    // The CSV keeps 9 significant digits.
    QVERIFY(std::abs(logA[1].trainLoss - observerA.epochs[1].trainLoss) <=
            1e-8 * observerA.epochs[1].trainLoss);
    QVERIFY(std::abs(logA[1].valPck5 - observerA.epochs[1].valPck5) <= 1e-6);
    QVERIFY(std::filesystem::exists(runA.bestWeightsFile()));

    std::map<std::string, int> types;
    for (const Json& e : readAllEvents(runA)) {
        QVERIFY(e.contains("time"));
        types[e.at("type").get<std::string>()]++;
    }
    QCOMPARE(types["run_started"], 1);
    QCOMPARE(types["epoch"], 2);
    QCOMPARE(types["snapshot"], 2);
    QCOMPARE(types["finished"], 1);
    QVERIFY(types["batch"] >= 2);
    std::map<std::string, int> typesB;
    std::size_t linesB = 0;
    {
        std::ifstream in(runB.eventsFile());
        for (std::string line; std::getline(in, line);)
            ++linesB;
    }
    const auto eventsB = readAllEvents(runB);
    QCOMPARE(eventsB.size(), linesB); // every line is one JSON object
    for (const Json& e : eventsB)
        typesB[e.at("type").get<std::string>()]++;
    QCOMPARE(typesB["run_started"], 2);
    QCOMPARE(typesB["stopped"], 1);
    QCOMPARE(typesB["epoch"], 2);
    QCOMPARE(typesB["finished"], 1);
    // A follower reading from an offset sees only what is new.
    std::uintmax_t offset = 0;
    QCOMPARE(RunDirectory::readEvents(runB.eventsFile(), &offset).size(), linesB);
    QCOMPARE(RunDirectory::readEvents(runB.eventsFile(), &offset).size(), std::size_t(0));

    const auto snapshots = runA.snapshotFiles();
    QCOMPARE(snapshots.size(), std::size_t(2));
    QCOMPARE(observerA.snapshots.size(), std::size_t(2));
    const HeatmapSnapshot snapshot = RunDirectory::readSnapshot(snapshots.back());
    QCOMPARE(snapshot.epoch, 2);
    QCOMPARE(snapshot.sampleCount(), std::size_t(3));
    QCOMPARE(snapshot.heatmapSize, 32);
    QCOMPARE(snapshot.keypointCount, back.model.keypointCount);
    QCOMPARE(snapshot.heatmaps.size(), std::size_t(3) * snapshot.keypointCount * 32 * 32);
    for (const float v : snapshot.heatmaps)
        QVERIFY(v >= 0.0f && v <= 1.0f);
    for (const std::string& stem : snapshot.stems)
        QVERIFY(std::find(split->val.begin(), split->val.end(), stem) != split->val.end());
    int visibleTargets = 0;
    for (std::size_t i = 0; i < snapshot.targets.size(); i += 2) {
        const float x = snapshot.targets[i], y = snapshot.targets[i + 1];
        QVERIFY((x == -1.0f && y == -1.0f) || (x >= 0 && x <= 1 && y >= 0 && y <= 1));
        visibleTargets += x >= 0;
        QVERIFY(snapshot.predictions[i] >= 0 && snapshot.predictions[i] <= 1);
    }
    QVERIFY(visibleTargets > 0);
    const NpyArray inputs = NpyArray::load(runA.snapshotInputsFile());
    QCOMPARE(inputs.shape, (std::vector<std::size_t>{3, 64, 64, 3}));
    QVERIFY(inputs.type == NpyArray::Type::UInt8);
    // Same fixed samples in every epoch.
    QCOMPARE(RunDirectory::readSnapshot(snapshots.front()).stems, snapshot.stems);
}

void TestTrainer::refusesExistingRun()
{
    const std::filesystem::path runDir =
        std::filesystem::path(m_temp.path().toStdString()) / "frozen";
    QVERIFY(std::filesystem::exists(runDir / "config.json"));
    const std::string eventsBefore = readWholeFile(runDir / "events.jsonl");
    RecordingObserver observer;
    const TrainingSummary summary = Trainer().run(smallConfig(m_data, m_cache), runDir, &observer);
    QVERIFY(summary.outcome == TrainingSummary::Outcome::Failed);
    QVERIFY(summary.message.find("config.json") != std::string::npos);
    QCOMPARE(observer.failure, summary.message);
    QCOMPARE(readWholeFile(runDir / "events.jsonl"),
             eventsBefore); // someone else's run is untouched
}

QTEST_GUILESS_MAIN(TestTrainer)
#include "test_core_trainer.moc"
