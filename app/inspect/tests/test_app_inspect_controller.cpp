// InspectController on its own (no page, no widgets): inputs, a run and what it emits, image
// browsing and the remembered image, keypoint selection clamped to K, view space geometry,
// display options, a complete cache that loads by itself, cancel, the report input and the
// comparison of two models (B - A).

#include "atomic_file.h"
#include "evaluation_report_writer.h"
#include "inspect_controller.h"
#include "inspect_test_support.h"
#include "keypoint_image_view.h"
#include "keypoint_model.h"
#include "model_config.h"
#include "test_dataset.h"
#include "weights_file.h"

#include <torch/torch.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace kps;
using kps::test::q;
using kps::test::saveTinyModel;
using kps::test::waitFor;
namespace fs = std::filesystem;

class TestInspectController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    fs::path m_data, m_run;
    int m_k = 0;
    std::unique_ptr<InspectController> m_controller;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const fs::path base = m_tmp.path().toStdString();
        m_data = base / "data";
        m_run = base / "run";
        m_k = test::makeDatasetAndModel(m_data, m_run, 5, 7);
        m_controller = std::make_unique<InspectController>();
    }

    void missingInputsAreSaid()
    {
        QSignalSpy status(m_controller.get(), &InspectController::statusMessage);
        QVERIFY(!m_controller->runInspection());
        QCOMPARE(status.count(), 1);
        QVERIFY(!m_controller->runStatus().isEmpty());
        QVERIFY(!m_controller->isInspectionRunning());
    }

    void runEmitsInOrder()
    {
        QSignalSpy modelChanged(m_controller.get(), &InspectController::modelPathChanged);
        m_controller->setDatasetPath(q(m_data));
        m_controller->setModelPath(q(m_run)); // a run folder means its best.pt
        QCOMPARE(m_controller->modelPath(), q(fs::absolute(m_run / "best.pt")));
        QCOMPARE(modelChanged.count(), 1);
        m_controller->setModelPath(q(m_run / "best.pt")); // the same: nothing changes
        QCOMPARE(modelChanged.count(), 1);
        QVERIFY(!m_controller->hasSplitFile());
        QVERIFY(!m_controller->inspection()); // no cache yet: nothing ran by itself

        QStringList order;
        const auto record = [&](const char* name) { return [&order, name] { order << name; }; };
        QSignalSpy running(m_controller.get(), &InspectController::runningChanged);
        QSignalSpy selected(m_controller.get(), &InspectController::imageSelected);
        QSignalSpy ready(m_controller.get(), &InspectController::inspectionReady);
        connect(m_controller.get(), &InspectController::inspectionChanged, this,
                record("inspection"));
        connect(m_controller.get(), &InspectController::imageChanged, this, record("image"));
        connect(m_controller.get(), &InspectController::inspectionReady, this, record("ready"));
        QVERIFY(m_controller->runInspection());
        QVERIFY(m_controller->isInspectionRunning());
        QVERIFY(waitFor(ready, 120000));
        disconnect(m_controller.get(), nullptr, this, nullptr);
        QCOMPARE(order, (QStringList{"inspection", "image", "ready"}));
        QCOMPARE(running.first().at(0).toBool(), true);
        QCOMPARE(running.last().at(0).toBool(), false);
        QVERIFY(!m_controller->isInspectionRunning());

        const InspectionDataPtr data = m_controller->inspection();
        QVERIFY(data);
        QCOMPARE(data->images.size(), std::size_t(5));
        QCOMPARE(m_controller->imageIndex(), 0);
        QCOMPARE(m_controller->currentStem(), QString::fromStdString(data->images[0].stem));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), m_controller->currentStem());
        QCOMPARE(m_controller->heatmaps().size(),
                 std::size_t(m_k) * data->heatmapSize() * data->heatmapSize());
    }

    void browsingImages()
    {
        const InspectionDataPtr data = m_controller->inspection();
        QSignalSpy selected(m_controller.get(), &InspectController::imageSelected);
        QVERIFY(m_controller->showNextImage());
        QCOMPARE(m_controller->imageIndex(), 1);
        QVERIFY(m_controller->showPreviousImage());
        QCOMPARE(m_controller->imageIndex(), 0);
        QVERIFY(!m_controller->showPreviousImage()); // the first image
        QCOMPARE(selected.count(), 2);
        const QString last = QString::fromStdString(data->images.back().stem);
        QVERIFY(m_controller->showImage(last));
        QVERIFY(!m_controller->showNextImage());
        QVERIFY(m_controller->showImage(last)); // already shown: no new signal
        QCOMPARE(selected.count(), 3);
        QVERIFY(!m_controller->showImage(QStringLiteral("no_such_image")));
        QCOMPARE(m_controller->currentStem(), last);
    }

    void selectionIsClampedToTheKeypoints()
    {
        QSignalSpy changed(m_controller.get(), &InspectController::selectedKeypointChanged);
        m_controller->selectKeypoint(1);
        QCOMPARE(m_controller->selectedKeypoint(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 1);
        m_controller->selectKeypoint(m_k + 3); // e.g. from another model's grid
        QVERIFY(m_controller->showImage(
            QString::fromStdString(m_controller->inspection()->images[0].stem)));
        QCOMPARE(m_controller->selectedKeypoint(), -1);
        m_controller->selectKeypoint(0);
    }

    void viewSpaceGeometry()
    {
        const InspectionDataPtr data = m_controller->inspection();
        const int index = m_controller->imageIndex();
        const InspectedImage& image = data->images[index];
        const KeypointResult* results = data->resultsOf(index);
        QSignalSpy changed(m_controller.get(), &InspectController::viewSpaceChanged);
        QCOMPARE(m_controller->viewSpace(), InspectController::ViewSpace::Original);
        for (int k = 0; k < m_k; ++k) {
            const QPointF n(image.predicted[2 * k], image.predicted[2 * k + 1]);
            const QPointF expected = KeypointImageView::scenePosition(
                {results[k].predictedOriginal.x, results[k].predictedOriginal.y});
            QVERIFY(QLineF(m_controller->sceneOfNormalised(n), expected).length() < 1e-6);
        }
        QCOMPARE(m_controller->originalImage().size(), QSize(image.width, image.height));
        m_controller->setViewSpace(InspectController::ViewSpace::Crop);
        m_controller->setViewSpace(InspectController::ViewSpace::Crop);
        QCOMPARE(changed.count(), 1);
        const int size = data->modelConfig.preprocess.imageSize;
        QCOMPARE(m_controller->sceneOfNormalised(QPointF(0.25, 0.5)),
                 QPointF(0.25 * size, 0.5 * size));
        QCOMPARE(m_controller->cropImage(m_controller->originalImage()).size(), QSize(size, size));
        m_controller->setViewSpace(InspectController::ViewSpace::Original);
    }

    void optionsAreState()
    {
        QSignalSpy changed(m_controller.get(), &InspectController::optionsChanged);
        InspectController::Options options = m_controller->options();
        QVERIFY(options.showErrorVectors && options.showEllipses && !options.showHeatmapOverlay);
        options.showHeatmapOverlay = true;
        options.overlayOpacity = 30;
        m_controller->setOptions(options);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_controller->options().showHeatmapOverlay);
        QCOMPARE(m_controller->options().overlayOpacity, 30);
    }

    void reportInputDescribesTheInspection()
    {
        EvaluationReportInput input;
        QVERIFY(m_controller->reportInput(&input));
        const InspectionDataPtr data = m_controller->inspection();
        QCOMPARE(input.datasetImages, data->images.size());
        QCOMPARE(input.results.size(), data->results.size());
        QCOMPARE(input.imageFiles.size(), data->images.size());
        QVERIFY(input.weightsFile == data->request.weightsFile);
        QCOMPARE(input.split, QStringLiteral("all"));
        QVERIFY(input.summary.toJson() == data->summary.toJson());
    }

    void aCompleteCacheLoadsByItselfAndTheImageIsRemembered()
    {
        InspectController other;
        const QString stem = QString::fromStdString(m_controller->inspection()->images[3].stem);
        QVERIFY(!other.showImage(stem)); // remembered until an inspection arrives
        QSignalSpy started(other.worker(), &InspectionWorker::started);
        QSignalSpy ready(&other, &InspectController::inspectionReady);
        other.restoreInputs(q(m_run), q(m_data), QStringLiteral("all"));
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).toBool(), false); // the cache, no model run
        QVERIFY(waitFor(ready, 60000));
        QCOMPARE(other.currentStem(), stem);
        QCOMPARE(other.imageIndex(), 3);
        QVERIFY(other.inspection()->summary.toJson() ==
                m_controller->inspection()->summary.toJson());
    }

    void cancelKeepsTheShownInspection()
    {
        const InspectionDataPtr before = m_controller->inspection();
        QSignalSpy running(m_controller.get(), &InspectController::runningChanged);
        QSignalSpy cancelled(m_controller->worker(), &InspectionWorker::cancelled);
        QSignalSpy changed(m_controller.get(), &InspectController::inspectionChanged);
        QVERIFY(m_controller->runInspection(/*forceRun=*/true));
        m_controller->cancelInspection();
        QVERIFY(waitFor(cancelled, 60000));
        QCOMPARE(running.last().at(0).toBool(), false);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_controller->inspection(), before);
    }

    void comparisonIsBMinusA()
    {
        const fs::path copy = fs::path(m_tmp.path().toStdString()) / "b" / "model.pt";
        fs::create_directories(copy.parent_path());
        fs::copy_file(m_run / "best.pt", copy);
        QVERIFY(!m_controller->runComparison()); // no model B yet
        QSignalSpy changed(m_controller.get(), &InspectController::comparisonChanged);
        QSignalSpy ready(m_controller.get(), &InspectController::comparisonReady);
        m_controller->setComparisonModelPath(q(copy));
        QCOMPARE(m_controller->comparisonModelPath(), q(copy));
        QVERIFY(m_controller->runComparison());
        QVERIFY(waitFor(ready, 120000));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!m_controller->isComparisonRunning());
        // The same weights: every delta is zero (or NaN where a metric is undefined).
        const MetricDelta* mean = m_controller->comparisonResult().metric("euclidean_mean");
        QVERIFY(mean);
        QCOMPARE(mean->delta, mean->b - mean->a);
        QCOMPARE(mean->delta, 0.0);
        QCOMPARE(m_controller->comparisonResult().images.size(), std::size_t(5));
        QVERIFY(m_controller->comparisonStatus().contains(QStringLiteral("model.pt")));
    }

    void cleanupTestCase() { m_controller.reset(); }
};

QTEST_MAIN(TestInspectController)
#include "test_app_inspect_controller.moc"
