// ScreenshotTour on the offscreen platform: the main window opens a tiny dataset, the tour waits
// for it and its first image, and saves a PNG of the window's size that shows real content.

#include "data_page.h"
#include "dataset_controller.h"
#include "main_window.h"
#include "screenshot_tour.h"
#include "test_dataset.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return colours.size();
}

} // namespace

class TestScreenshotTour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("KeypointStudioTest"));
        QApplication::setApplicationName(QStringLiteral("TestScreenshotTour"));
        QSettings().clear();
        QVERIFY(m_temp.isValid());
        m_dataset = m_temp.filePath(QStringLiteral("tiny"));
        kps::test::generateSmallDataset(m_dataset.toStdString(), 3, 320, 180);
    }

    void dataModeScreenshot()
    {
        kps::MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        kps::DatasetController* data = window.dataPage()->controller();
        auto opened = std::make_shared<bool>(false);
        auto shown = std::make_shared<bool>(false);
        connect(data, &kps::DatasetController::datasetOpened, &window,
                [data, opened](const QString&, int) {
                    *opened = true;
                    data->selectSample(0);
                });
        connect(data, &kps::DatasetController::sampleShown, &window,
                [shown](int) { *shown = true; });

        const QString out = m_temp.filePath(QStringLiteral("shots"));
        kps::ScreenshotTour tour(&window, out);
        tour.setSettleMs(300);
        tour.setTimeoutMs(60000);
        tour.addStep(
            QStringLiteral("data"), [data, this] { data->openDataset(m_dataset); },
            [opened, shown] { return *opened && *shown; });
        QSignalSpy finished(&tour, &kps::ScreenshotTour::finished);
        tour.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(tour.errors().isEmpty(), qPrintable(tour.errors().join(QLatin1Char('\n'))));
        QCOMPARE(tour.savedFiles(), QStringList{out + QStringLiteral("/data.png")});
        QVERIFY(*shown); // grabbed only after the first image was on screen

        const QImage image(out + QStringLiteral("/data.png"));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
        // A blank grab has one or two colours; the window with a dataset has many (thumbnails,
        // the rendered spacecraft, coloured keypoints).
        QVERIFY2(distinctColours(image) > 50, qPrintable(QString::number(distinctColours(image))));
    }

    void stepsRunInOrderAndPrepareChangesTheWindow()
    {
        QLabel label;
        label.resize(200, 100);
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        const QString out = m_temp.filePath(QStringLiteral("order"));
        kps::ScreenshotTour tour(&label, out);
        tour.setSettleMs(50);
        QStringList order;
        tour.addStep(QStringLiteral("white"), [&] {
            order << QStringLiteral("white");
            label.setStyleSheet(QStringLiteral("background: white"));
        });
        tour.addStep(QStringLiteral("red"), [&] {
            order << QStringLiteral("red");
            label.setStyleSheet(QStringLiteral("background: red"));
        });
        QSignalSpy finished(&tour, &kps::ScreenshotTour::finished);
        tour.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(order, (QStringList{QStringLiteral("white"), QStringLiteral("red")}));
        QCOMPARE(QImage(out + QStringLiteral("/white.png")).pixelColor(100, 50), QColor(Qt::white));
        QCOMPARE(QImage(out + QStringLiteral("/red.png")).pixelColor(100, 50), QColor(Qt::red));
    }

    void aStepThatNeverGetsReadyFails()
    {
        QLabel label;
        label.resize(100, 50);
        label.show();
        const QString out = m_temp.filePath(QStringLiteral("never"));
        kps::ScreenshotTour tour(&label, out);
        tour.setTimeoutMs(300);
        tour.addStep(QStringLiteral("never"), {}, [] { return false; });
        QSignalSpy finished(&tour, &kps::ScreenshotTour::finished);
        tour.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(tour.errors().size(), 1);
        QVERIFY(tour.errors().first().startsWith(QStringLiteral("never:")));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/never.png")));
    }

private:
    QTemporaryDir m_temp;
    QString m_dataset;
};

QTEST_MAIN(TestScreenshotTour)
#include "test_app_screenshot_tour.moc"
