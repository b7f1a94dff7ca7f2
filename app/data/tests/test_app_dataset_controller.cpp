// DatasetController without any widget: the scan fills the models, selecting loads the sample
// and makes its document, a newer scan or selection wins over an older one, the unsaved-changes
// prompt guards switching, a "Correct this" hand-off waits for its image, edits reach only the
// document on screen, and the new-dataset job generates off the UI thread and cancels.

#include "annotation_document.h"
#include "dataset_controller.h"
#include "problem_table_model.h"
#include "sample_table_model.h"
#include "synthetic_dataset_job.h"
#include "test_dataset.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using kps::DatasetController;

namespace {

constexpr int kTimeoutMs = 30000;

bool openAndWait(DatasetController& controller, const QString& path)
{
    QSignalSpy opened(&controller, &DatasetController::datasetOpened);
    controller.openDataset(path);
    return opened.wait(kTimeoutMs);
}

bool selectAndWait(DatasetController& controller, int row)
{
    QSignalSpy shown(&controller, &DatasetController::sampleShown);
    if (!controller.selectSample(row))
        return false;
    return (shown.size() > 0 || shown.wait(kTimeoutMs)) && shown.last().first().toInt() == row;
}

QString stemOf(const DatasetController& controller, int row)
{
    return QString::fromStdString(controller.sampleModel()->sample(row).stem);
}

} // namespace

class TestDatasetController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void scanThenSelectLoadsTheSample();
    void newerScanWins();
    void staleLoadNeverShowsOnWrongImage();
    void unsavedChangesGuardSwitching();
    void correctionWaitsForItsImage();
    void editsReachOnlyTheShownDocument();
    void newDatasetJobGeneratesAndCancels();

private:
    QString freshDataset(const QString& name, int count = 4);

    QTemporaryDir m_temp;
};

void TestDatasetController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KeypointStudioTest"));
    QApplication::setApplicationName(QStringLiteral("TestDatasetController"));
    QVERIFY(m_temp.isValid());
}

void TestDatasetController::init()
{
    QSettings().clear();
}

QString TestDatasetController::freshDataset(const QString& name, int count)
{
    const QString dir = m_temp.filePath(name);
    kps::test::generateSmallDataset(dir.toStdString(), count, 320, 180);
    return dir;
}

void TestDatasetController::scanThenSelectLoadsTheSample()
{
    const QString dataset = freshDataset(QStringLiteral("scan"));
    DatasetController controller;
    QSignalSpy started(&controller, &DatasetController::scanStarted);
    QVERIFY(openAndWait(controller, dataset));
    QCOMPARE(started.size(), 1);
    QVERIFY(!controller.isScanning());
    QVERIFY(controller.scanError().isEmpty());
    QCOMPARE(controller.datasetPath(), QDir::cleanPath(dataset));
    QCOMPARE(controller.sampleModel()->rowCount(), 4);
    QCOMPARE(controller.annotatedCount(), 4);
    QCOMPARE(controller.problemModel()->rowCount(), 0);
    QVERIFY(controller.keypointCount() > 0);
    QVERIFY(!controller.edges().isEmpty());
    QCOMPARE(controller.currentSample(), -1); // the page picks the first row of its list
    QCOMPARE(DatasetController::recentDatasets(), QStringList{QDir::cleanPath(dataset)});

    QSignalSpy current(&controller, &DatasetController::currentSampleChanged);
    QVERIFY(selectAndWait(controller, 2));
    QCOMPARE(current.size(), 1);
    QCOMPARE(controller.currentSample(), 2);
    QCOMPARE(controller.shownRow(), 2);
    QCOMPARE(controller.shownStem(), stemOf(controller, 2));
    QCOMPARE(controller.shownSample().image.size(), QSize(320, 180));
    QVERIFY(controller.shownSampleErrors().isEmpty());
    QVERIFY(controller.document());
    QCOMPARE(controller.document()->stem(), stemOf(controller, 2));
    QVERIFY(!controller.selectSample(4)); // out of range
    QCOMPARE(controller.currentSample(), 2);
}

void TestDatasetController::newerScanWins()
{
    const QString first = freshDataset(QStringLiteral("first"));
    const QString other = freshDataset(QStringLiteral("other"), 2);
    DatasetController controller;
    QSignalSpy opened(&controller, &DatasetController::datasetOpened);
    controller.openDataset(first);
    controller.openDataset(other); // supersedes the first scan before it reports
    QVERIFY(opened.wait(kTimeoutMs));
    QTest::qWait(200); // a stale result would arrive about now
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), QDir::cleanPath(other));
    QCOMPARE(controller.sampleModel()->rowCount(), 2);
}

void TestDatasetController::staleLoadNeverShowsOnWrongImage()
{
    const QString dataset = freshDataset(QStringLiteral("stale"));
    DatasetController controller;
    QVERIFY(openAndWait(controller, dataset));
    QSignalSpy shown(&controller, &DatasetController::sampleShown);
    QVERIFY(controller.selectSample(1));
    QVERIFY(controller.selectSample(3)); // supersedes the load of image 1
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().first().toInt() == 3, kTimeoutMs);
    QTest::qWait(200); // a stale result would arrive about now
    for (const auto& args : shown)
        QCOMPARE(args.first().toInt(), 3);
    QCOMPARE(controller.document()->stem(), stemOf(controller, 3));
    QCOMPARE(controller.shownStem(), stemOf(controller, 3));
}

void TestDatasetController::unsavedChangesGuardSwitching()
{
    const QString dataset = freshDataset(QStringLiteral("prompt"));
    DatasetController controller;
    QVERIFY(openAndWait(controller, dataset));
    QVERIFY(selectAndWait(controller, 0));
    kps::AnnotationDocument* document = controller.document();
    const int index = document->annotation().visibleVertices().front().index;
    QVERIFY(
        controller.moveKeypoint(index, document->keypoint(index).pixel.value() + QPointF(1, 0)));
    QVERIFY(controller.sampleModel()->isModified(0));

    // No prompt installed: the edits are kept, the selection stays.
    QSignalSpy current(&controller, &DatasetController::currentSampleChanged);
    QVERIFY(!controller.selectSample(1));
    QCOMPARE(controller.currentSample(), 0);
    QCOMPARE(current.size(), 1); // the view is told to put its selection back
    QCOMPARE(current.first().first().toInt(), 0);
    QVERIFY(!controller.openDataset(dataset));
    QCOMPARE(controller.document(), document);

    QStringList asked;
    controller.setUnsavedChangesPrompt([&](const QString& stem) {
        asked << stem;
        return QMessageBox::Discard;
    });
    QVERIFY(selectAndWait(controller, 1));
    QCOMPARE(asked, QStringList{stemOf(controller, 0)});
    QVERIFY(!controller.sampleModel()->isModified(0));
    QVERIFY(controller.maybeSaveChanges()); // nothing to ask about now
    QCOMPARE(asked.size(), 1);
}

void TestDatasetController::correctionWaitsForItsImage()
{
    const QString dataset = freshDataset(QStringLiteral("correct"));
    DatasetController controller;
    QVERIFY(openAndWait(controller, dataset));
    QVERIFY(selectAndWait(controller, 0));
    const int keypoints = controller.keypointCount();
    QVector<QPointF> pixels;
    QVector<bool> visible;
    for (int k = 0; k < keypoints; ++k) {
        pixels << QPointF(5.5 + k, 7.25 + k);
        visible << true;
    }
    QSignalSpy applied(&controller, &DatasetController::correctionApplied);
    QSignalSpy shown(&controller, &DatasetController::sampleShown);
    QVERIFY(controller.applyCorrection(stemOf(controller, 2), pixels, visible));
    QCOMPARE(controller.currentSample(), 2);
    QCOMPARE(applied.size(), 0); // not before its image and document are there
    QVERIFY(shown.wait(kTimeoutMs));
    QCOMPARE(applied.size(), 1);
    QCOMPARE(controller.document()->stem(), stemOf(controller, 2));
    QCOMPARE(controller.document()->undoStack()->count(), 1);
    QCOMPARE(controller.document()->keypoint(0).pixel.value(), pixels[0]);

    QSignalSpy refused(&controller, &DatasetController::correctionRefused);
    QVERIFY(!controller.applyCorrection(QStringLiteral("no_such_image"), pixels, visible));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(controller.document()->stem(), stemOf(controller, 2));
    controller.document()->undoStack()->setClean();
}

void TestDatasetController::editsReachOnlyTheShownDocument()
{
    const QString dataset = freshDataset(QStringLiteral("edits"));
    DatasetController controller;
    QVERIFY(openAndWait(controller, dataset));
    QVERIFY(selectAndWait(controller, 0));
    QSignalSpy documents(&controller, &DatasetController::documentChanged);
    QVERIFY(controller.selectSample(1));
    // While image 1 loads nothing is editable: no document, edits refused.
    QVERIFY(!controller.document());
    QVERIFY(!documents.isEmpty()); // image 0's document is gone
    QVERIFY(!controller.moveKeypoint(0, QPointF(1, 1)));
    QVERIFY(!controller.placeKeypoint(0, QPointF(1, 1)));
    QVERIFY(!controller.saveAnnotation());
    QTRY_VERIFY_WITH_TIMEOUT(controller.document(), kTimeoutMs);
    QCOMPARE(controller.document()->stem(), stemOf(controller, 1));
}

void TestDatasetController::newDatasetJobGeneratesAndCancels()
{
    kps::SyntheticDatasetJob job;
    QSignalSpy progress(&job, &kps::SyntheticDatasetJob::progressChanged);
    QSignalSpy finished(&job, &kps::SyntheticDatasetJob::finished);
    kps::SyntheticDatasetSettings settings;
    settings.outputDir = m_temp.filePath(QStringLiteral("generated"));
    settings.count = 5;
    settings.width = 96;
    settings.height = 54;
    settings.seed = 4;
    settings.visibility = QStringLiteral("4sp");
    job.start(settings);
    QVERIFY(job.isRunning()); // start() returned while the work goes on elsewhere
    QVERIFY(finished.wait(120000));
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(finished.first().at(2).toInt(), 5);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 5);
    QCOMPARE(QDir(settings.outputDir + "/Rendered_Images").entryList(QDir::Files).size(), 5);
    QCOMPARE(QDir(settings.outputDir + "/JSON_Data_REF").entryList(QDir::Files).size(), 5);

    // Cancel: stops early and leaves no half dataset behind.
    kps::SyntheticDatasetJob big;
    QSignalSpy bigProgress(&big, &kps::SyntheticDatasetJob::progressChanged);
    QSignalSpy bigFinished(&big, &kps::SyntheticDatasetJob::finished);
    settings.outputDir = m_temp.filePath(QStringLiteral("cancelled"));
    settings.count = 2000;
    big.start(settings);
    QVERIFY(bigProgress.wait(60000));
    big.cancel();
    QVERIFY(bigFinished.size() == 1 || bigFinished.wait(60000));
    QVERIFY(!bigFinished.first().at(0).toBool());
    QVERIFY(bigFinished.first().at(3).toString().isEmpty()); // cancelled, not failed
    QVERIFY(bigFinished.first().at(2).toInt() < 2000);
    QVERIFY(!QFileInfo::exists(settings.outputDir));
}

QTEST_MAIN(TestDatasetController)
#include "test_app_dataset_controller.moc"
