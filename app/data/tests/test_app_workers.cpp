// The GUI's background workers: SampleLoader (decode + annotation off the UI thread, only the
// latest request delivered, readable errors) and DatasetScanWorker (value results, stale
// generations dropped, cancel reports nothing).

#include "dataset_scan_worker.h"
#include "sample_loader.h"
#include "test_dataset.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>

using kps::DatasetScanWorker;
using kps::LoadedSample;
using kps::SampleLoader;
using kps::SampleRequest;

class TestWorkers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsImageAndKeypoints();
    void onlyLatestRequestIsDelivered();
    void cancelDropsResult();
    void reportsUnreadableFiles();
    void scanDeliversIndex();
    void cancelledScanReportsNothing();

private:
    QString imagePath(int i) const;
    QString annotationPath(int i) const;

    QTemporaryDir m_temp;
    QString m_dataset;
    QStringList m_stems;
};

void TestWorkers::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_dataset = m_temp.filePath(QStringLiteral("set"));
    kps::test::generateSmallDataset(m_dataset.toStdString(), 4, 200, 120, 5);
    for (const QFileInfo& info :
         QDir(m_dataset + "/Rendered_Images").entryInfoList(QDir::Files, QDir::Name))
        m_stems << info.completeBaseName();
    QCOMPARE(m_stems.size(), 4);
}

QString TestWorkers::imagePath(int i) const
{
    return m_dataset + "/Rendered_Images/" + m_stems[i] + ".png";
}

QString TestWorkers::annotationPath(int i) const
{
    return m_dataset + "/JSON_Data_REF/" + m_stems[i] + ".json";
}

void TestWorkers::loadsImageAndKeypoints()
{
    const LoadedSample sample = SampleLoader::load({7, imagePath(0), annotationPath(0)});
    QCOMPARE(sample.row, 7);
    QVERIFY(sample.imageError.isEmpty());
    QVERIFY(sample.annotationError.isEmpty());
    QCOMPARE(sample.image.convertToFormat(QImage::Format_RGB32),
             QImage(imagePath(0)).convertToFormat(QImage::Format_RGB32));
    QVERIFY(sample.annotation);

    std::ifstream in(annotationPath(0).toStdString());
    const nlohmann::json document = nlohmann::json::parse(in);
    int withPixel = 0;
    for (const auto& vertex : document.at("visible_vertices")) {
        const auto& pixel = vertex.at("pixel_coordinates");
        const int index = vertex.at("index").get<int>();
        bool found = false;
        for (const kps::KeypointMarker& marker : sample.keypoints) {
            if (marker.index == index && marker.visible) {
                found = true;
                QCOMPARE(marker.position.x(), pixel.at(0).get<double>());
                QCOMPARE(marker.position.y(), pixel.at(1).get<double>());
            }
        }
        QVERIFY2(found, qPrintable(QStringLiteral("visible vertex %1 has a marker").arg(index)));
        ++withPixel;
    }
    QCOMPARE(sample.visibleCount, withPixel);
    int hiddenWithPixel = 0;
    for (const auto& vertex : document.at("non_visible_vertices"))
        hiddenWithPixel += vertex.contains("pixel_coordinates") ? 1 : 0;
    QCOMPARE(sample.keypoints.size(), withPixel + hiddenWithPixel);

    // Default crop (1000 of a 1920x1080 canvas) on a 200x120 image: scale min(1920/200, 1080/120)
    // = 9.
    QVERIFY(std::abs(sample.cropBox.width() - 1000.0 / 9) < 1e-6);
    QVERIFY(std::abs(sample.cropBox.height() - 1000.0 / 9) < 1e-6);
}

void TestWorkers::onlyLatestRequestIsDelivered()
{
    SampleLoader loader;
    QSignalSpy loaded(&loader, &SampleLoader::loaded);
    loader.request({0, imagePath(0), annotationPath(0)});
    loader.request({1, imagePath(1), annotationPath(1)});
    const quint64 last = loader.request({2, imagePath(2), annotationPath(2)});
    QTRY_VERIFY(!loader.isBusy());
    QTest::qWait(50);
    QCOMPARE(loaded.size(), 1);
    const auto sample = loaded.first().first().value<LoadedSample>();
    QCOMPARE(sample.row, 2);
    QCOMPARE(sample.requestId, last);
}

void TestWorkers::cancelDropsResult()
{
    SampleLoader loader;
    QSignalSpy loaded(&loader, &SampleLoader::loaded);
    loader.request({0, imagePath(0), annotationPath(0)});
    loader.cancel();
    QTRY_VERIFY(!loader.isBusy());
    QTest::qWait(50);
    QCOMPARE(loaded.size(), 0);
    loader.request({3, imagePath(3), {}}); // works again afterwards
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().value<LoadedSample>().row, 3);
    QVERIFY(
        loaded.first().first().value<LoadedSample>().keypoints.isEmpty()); // no annotation asked
}

void TestWorkers::reportsUnreadableFiles()
{
    const QString broken = m_temp.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"visible_vertices\": [\n    {\"index\": 0,,}\n");
    file.close();
    const QString notImage = m_temp.filePath(QStringLiteral("not_an_image.png"));
    QFile fake(notImage);
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("this is text");
    fake.close();

    const LoadedSample sample = SampleLoader::load({0, notImage, broken});
    QVERIFY(sample.image.isNull());
    QVERIFY(sample.imageError.contains(notImage));
    QVERIFY(!sample.annotation);
    QVERIFY2(sample.annotationError.contains(QStringLiteral("broken.json")),
             qPrintable(sample.annotationError));
    QVERIFY2(sample.annotationError.contains(QStringLiteral("line 3")),
             qPrintable(sample.annotationError));
    QVERIFY(sample.keypoints.isEmpty());
}

void TestWorkers::scanDeliversIndex()
{
    DatasetScanWorker worker;
    QSignalSpy finished(&worker, &DatasetScanWorker::finished);
    QSignalSpy progress(&worker, &DatasetScanWorker::progressChanged);
    worker.start(m_dataset);
    QVERIFY(worker.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(!worker.isRunning());
    const auto index = finished.first().first().value<kps::DatasetIndex>();
    QCOMPARE(int(index.samples.size()), 4);
    QCOMPARE(QString::fromStdString(index.samples[1].stem), m_stems[1]);
    QVERIFY(index.mesh.has_value());
    QVERIFY(index.keypointCount > 0);
    if (!progress.isEmpty()) // the last report, if any, is complete
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
}

void TestWorkers::cancelledScanReportsNothing()
{
    DatasetScanWorker worker;
    QSignalSpy finished(&worker, &DatasetScanWorker::finished);
    QSignalSpy failed(&worker, &DatasetScanWorker::failed);
    const quint64 first = worker.start(m_dataset);
    worker.cancel();
    QVERIFY(!worker.isRunning());
    QTest::qWait(500);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
    const quint64 second = worker.start(m_dataset);
    QVERIFY(second > first);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
}

QTEST_MAIN(TestWorkers)
#include "test_app_workers.moc"
