// InspectionCache / InspectionWorker: a run writes a complete cache whose numbers equal its
// evaluation_summary.json, loading it needs no forward pass and gives the same values, the key
// follows the weights file, and a cancelled run (core or worker) leaves no cache that a later
// start takes for complete.

#include "atomic_file.h"
#include "inspection_cache.h"
#include "inspection_worker.h"
#include "keypoint_model.h"
#include "model_config.h"
#include "progress.h"
#include "test_dataset.h"
#include "weights_file.h"

#include <torch/torch.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace kps;
namespace fs = std::filesystem;

namespace {

// Asks to stop once the first batch has been predicted.
class StopAfterFirstBatch : public ProgressObserver
{
public:
    explicit StopAfterFirstBatch(StopToken* stop) : m_stop(stop) {}
    void progress(const std::string&, std::size_t done, std::size_t) override
    {
        if (done > 0)
            m_stop->requestStop();
    }

private:
    StopToken* m_stop;
};

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

class TestInspectionCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    fs::path m_data, m_run;
    InspectionRequest m_request;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const fs::path base = m_tmp.path().toStdString();
        m_data = base / "data";
        test::generateSmallDataset(m_data, 6, 320, 180);
        const auto mesh = nlohmann::ordered_json::parse(
            readWholeFile(m_data / "Object_Information" / "mesh_information.json"));
        torch::manual_seed(3);
        KeypointModel model(ModelConfig::fromPreset("tiny", mesh.at("total_vertices").get<int>()));
        m_run = base / "run";
        fs::create_directories(m_run);
        saveWeights(m_run / "best.pt", model);
        m_request.weightsFile = m_run / "best.pt";
        m_request.datasetRoot = m_data;
        m_request.batchSize = 2;
    }

    void cancelledBuildLeavesNoCache()
    {
        StopToken stop;
        StopAfterFirstBatch observer(&stop);
        const auto data = InspectionCache::build(m_request, &observer, &stop);
        QVERIFY(!data);
        const fs::path dir = InspectionCache::directory(m_request);
        QVERIFY(!InspectionCache::isComplete(dir));
        QVERIFY(!fs::exists(dir));
        QVERIFY_THROWS_EXCEPTION(std::exception, InspectionCache::load(dir));
        // No partial folder is left behind either.
        std::error_code ec;
        for (fs::directory_iterator it(dir.parent_path(), ec), end; !ec && it != end; ++it)
            QFAIL(qPrintable(QString::fromStdString("left behind: " + it->path().string())));
    }

    void folderWithoutMarkerIsNotComplete()
    {
        QTemporaryDir tmp;
        const fs::path dir = fs::path(tmp.path().toStdString()) / "partial";
        fs::create_directories(dir);
        writeFileAtomically(dir / InspectionCache::kIndexFile, "{}");
        QVERIFY(!InspectionCache::isComplete(dir));
    }

    void buildWritesACompleteCacheMatchingItsSummary()
    {
        // Leftovers of builds that died: a day-old one goes, a fresh one (maybe another
        // instance's build in progress) stays.
        const fs::path cacheDir = InspectionCache::directory(m_request);
        fs::create_directories(cacheDir.parent_path());
        const fs::path abandoned = cacheDir.string() + ".partial-1";
        const fs::path recent = cacheDir.string() + ".partial-2";
        fs::create_directories(abandoned);
        fs::create_directories(recent);
        fs::last_write_time(abandoned, fs::file_time_type::clock::now() - std::chrono::hours(48));
        const auto data = InspectionCache::build(m_request);
        QVERIFY(!fs::exists(abandoned));
        QVERIFY(fs::exists(recent));
        fs::remove_all(recent);
        QVERIFY(data);
        const fs::path dir = InspectionCache::directory(m_request);
        QCOMPARE(data->cacheDir, dir);
        QCOMPARE(dir.parent_path(), fs::weakly_canonical(m_run) / "inspect");
        QVERIFY(InspectionCache::isComplete(dir));
        QCOMPARE(data->images.size(), std::size_t(6));
        const int k = data->keypointCount();
        QCOMPARE(data->results.size(), std::size_t(6 * k));
        for (const char* file : {"coordinates.npy", "ground_truth.npy", "peaks.npy", "spreads.npy",
                                 "evaluation_summary.json", "evaluation_images.csv"})
            QVERIFY2(fs::is_regular_file(dir / file), file);
        for (const InspectedImage& image : data->images) {
            QVERIFY(fs::is_regular_file(dir / "heatmaps" / (image.stem + ".npy")));
            QVERIFY(image.hasGroundTruth);
            QCOMPARE(int(image.predicted.size()), 2 * k);
            QCOMPARE(int(image.spreads.size()), k);
        }
        // The heatmaps come back as K x HEAT x HEAT values in [0,1] whose maxima are the peaks
        // (to the uint8 quantisation).
        const std::vector<float> maps = data->loadHeatmaps(0);
        const int plane = data->heatmapSize() * data->heatmapSize();
        QCOMPARE(int(maps.size()), k * plane);
        for (int c = 0; c < k; ++c) {
            const float max =
                *std::max_element(maps.begin() + c * plane, maps.begin() + (c + 1) * plane);
            QVERIFY(std::abs(max - data->images[0].peaks[c]) <= 0.5f / 255.0f + 1e-6f);
        }
        const auto json =
            nlohmann::ordered_json::parse(readWholeFile(dir / "evaluation_summary.json"));
        QVERIFY(json == data->summary.toJson());
        QVERIFY(data->summary.imagePixels.count > 0);
        QCOMPARE(data->summary.perImage.size(), std::size_t(6));
        QVERIFY(data->poseCheck.has_value()); // the generator writes cameras + vertex coordinates
    }

    void loadNeedsNoForwardPassAndGivesTheSameValues()
    {
        const fs::path dir = InspectionCache::directory(m_request);
        QVERIFY(InspectionCache::isComplete(dir));
        // Proof of "no forward pass": load works with the weights file gone.
        const fs::path moved = m_run / "moved.pt";
        fs::rename(m_run / "best.pt", moved);
        const auto loaded = InspectionCache::load(dir);
        fs::rename(moved, m_run / "best.pt");
        QVERIFY(loaded);
        const auto json =
            nlohmann::ordered_json::parse(readWholeFile(dir / "evaluation_summary.json"));
        QVERIFY(loaded->summary.toJson() == json);
        QCOMPARE(loaded->images.size(), std::size_t(6));
        QCOMPARE(loaded->results.size(), std::size_t(6 * loaded->keypointCount()));
        for (std::size_t i = 0; i < loaded->results.size(); ++i)
            QVERIFY(sameNumber(loaded->results[i].error, loaded->results[i].error));
    }

    void keyFollowsWeightsDatasetAndSplit()
    {
        const std::string key = InspectionCache::key(m_request);
        QCOMPARE(key.size(), std::size_t(16));
        InspectionRequest other = m_request;
        other.split = "val";
        QVERIFY(InspectionCache::key(other) != key);
        other = m_request;
        other.datasetRoot = m_data / "..";
        other.datasetRoot /= "data"; // same folder, other spelling
        QCOMPARE(InspectionCache::key(other), key);
        // New weights (a retrained best.pt) give a new key.
        const auto config = nlohmann::ordered_json::parse(
            readWholeFile(m_data / "Object_Information" / "mesh_information.json"));
        torch::manual_seed(11);
        KeypointModel model(
            ModelConfig::fromPreset("tiny", config.at("total_vertices").get<int>()));
        InspectionRequest retrained = m_request;
        retrained.weightsFile = m_run / "other.pt";
        saveWeights(retrained.weightsFile, model);
        QVERIFY(InspectionCache::key(retrained) != key);
    }

    void workerLoadsTheCacheWithoutRunning()
    {
        InspectionWorker worker;
        QSignalSpy started(&worker, &InspectionWorker::started);
        QSignalSpy finished(&worker, &InspectionWorker::finished);
        worker.start(m_request);
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).toBool(), false); // no model run
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(1).toBool(), true); // from the cache
        const auto data = finished.at(0).at(0).value<InspectionDataPtr>();
        QVERIFY(data);
        QCOMPARE(data->images.size(), std::size_t(6));
    }

    void cancelledWorkerLeavesNoCompleteCache()
    {
        InspectionWorker worker;
        QSignalSpy started(&worker, &InspectionWorker::started);
        QSignalSpy cancelled(&worker, &InspectionWorker::cancelled);
        QSignalSpy finished(&worker, &InspectionWorker::finished);
        // A model without a cache yet (a cancelled re-run keeps an existing complete cache).
        InspectionRequest request = m_request;
        request.weightsFile = m_run / "cancelled.pt";
        fs::copy_file(m_run / "best.pt", request.weightsFile);
        request.batchSize = 1;
        worker.start(request, /*forceRun=*/true);
        QCOMPARE(started.at(0).at(0).toBool(), true);
        // Cancelled while it runs (the core test above stops after a written batch).
        worker.cancel();
        QVERIFY(cancelled.wait(60000) || cancelled.count() == 1);
        QCOMPARE(finished.count(), 0);
        const fs::path dir = InspectionCache::directory(request);
        QVERIFY(!InspectionCache::isComplete(dir));

        // A later start does not take what is left for complete: it runs the model again.
        InspectionWorker again;
        QSignalSpy startedAgain(&again, &InspectionWorker::started);
        QSignalSpy finishedAgain(&again, &InspectionWorker::finished);
        again.start(request);
        QCOMPARE(startedAgain.at(0).at(0).toBool(), true);
        QVERIFY(finishedAgain.wait(120000));
        QCOMPARE(finishedAgain.at(0).at(1).toBool(), false);
        QVERIFY(InspectionCache::isComplete(dir));
    }
};

QTEST_MAIN(TestInspectionCache)
#include "test_app_inspection_cache.moc"
