// MainWindow on a generated dataset: the asynchronous scan fills the Images table, selecting a row
// shows that image with its visible keypoints, next/previous and the filter work, the Problems
// panel jumps to the sample of a problem, the demo dataset is built and opened, settings persist,
// the mode bar switches pages (only the shown page's keys act), "Correct this" reaches the Data
// page, the first-run layout fits 1366x768 and 1920x1080 (Data panels; every Inspect image control
// shown whole), and the shipped translations load.
//
// Set KPS_SCREENSHOT_DIR to also save pictures of the window (full-size dataset, first run).

#include "dataset_layout.h"
#include "keypoint_image_view.h"
#include "data_page.h"
#include "dataset_controller.h"
#include "keypoints_panel.h"
#include "main_window.h"
#include "problems_panel.h"
#include "samples_panel.h"
#include "annotation_document.h"
#include "keypoint_table_model.h"
#include "inspect_image_panel.h"
#include "inspect_page.h"
#include "train_page.h"
#include "problem_table_model.h"
#include "sample_filter_proxy_model.h"
#include "sample_table_model.h"
#include "test_dataset.h"
#include "ui_translations.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsLineItem>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

using kps::KeypointImageView;
using kps::MainWindow;

namespace {

kps::DatasetController* data(const MainWindow& window)
{
    return window.dataPage()->controller();
}

constexpr int kScanTimeoutMs = 30000;
constexpr int kImageCount = 5;

struct ExpectedKeypoint
{
    int index;
    QPointF pixel;
};

// Visible keypoints straight from the annotation file, independent of core's reader.
QVector<ExpectedKeypoint> visibleKeypointsInJson(const QString& file)
{
    std::ifstream in(file.toStdString());
    const nlohmann::json document = nlohmann::json::parse(in);
    QVector<ExpectedKeypoint> keypoints;
    for (const auto& vertex : document.at("visible_vertices")) {
        if (!vertex.contains("pixel_coordinates"))
            continue;
        const auto& pixel = vertex.at("pixel_coordinates");
        keypoints.append({vertex.at("index").get<int>(),
                          QPointF(pixel.at(0).get<double>(), pixel.at(1).get<double>())});
    }
    return keypoints;
}

QStringList imageStems(const QString& root)
{
    QStringList stems;
    const QDir images(root + QLatin1Char('/') + QLatin1String(kps::layout::kImagesDir));
    for (const QFileInfo& info : images.entryInfoList({"*.png", "*.jpg"}, QDir::Files, QDir::Name))
        stems << info.completeBaseName();
    return stems;
}

int visibleMarkerCount(const KeypointImageView* view)
{
    int count = 0;
    for (const kps::KeypointMarker& marker : view->keypoints()) {
        if (marker.visible && view->markerItem(marker.index) &&
            view->markerItem(marker.index)->isVisible())
            ++count;
    }
    return count;
}

bool openAndWait(MainWindow& window, const QString& path)
{
    QSignalSpy opened(data(window), &kps::DatasetController::datasetOpened);
    QSignalSpy shown(data(window), &kps::DatasetController::sampleShown);
    data(window)->openDataset(path);
    return opened.wait(kScanTimeoutMs) && (shown.size() > 0 || shown.wait(kScanTimeoutMs));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void scanFillsTable();
    void selectingRowShowsImageAndKeypoints_data();
    void selectingRowShowsImageAndKeypoints();
    void nextAndPreviousKeys();
    void filterNarrowsList();
    void problemsPanelSelectsSample();
    void demoDatasetIsGeneratedAndOpened();
    void settingsPersist();
    void modeBarSwitchesPagesAndPanels();
    void firstRunLayoutFits_data();
    void firstRunLayoutFits();
    void correctThisBecomesAnUndoableEdit();
    void translationsLoad();
    void screenshot();

private:
    QTemporaryDir m_temp;
    QString m_dataset;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings and app data go to a test location
    QApplication::setOrganizationName(QStringLiteral("KeypointStudioTest"));
    QApplication::setApplicationName(QStringLiteral("TestMainWindow"));
    QVERIFY(m_temp.isValid());
    m_dataset = m_temp.filePath(QStringLiteral("small"));
    kps::test::generateSmallDataset(m_dataset.toStdString(), kImageCount, 320, 180);
    QCOMPARE(imageStems(m_dataset).size(), kImageCount);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::scanFillsTable()
{
    MainWindow window;
    QVERIFY(window.dataPage()->imageView()->image().isNull());
    QVERIFY(openAndWait(window, m_dataset));

    const QStringList stems = imageStems(m_dataset);
    QCOMPARE(data(window)->sampleModel()->rowCount(), stems.size());
    QCOMPARE(window.dataPage()->samplesPanel()->table()->model()->rowCount(), stems.size());
    for (int row = 0; row < stems.size(); ++row) {
        const QModelIndex index = window.dataPage()->samplesPanel()->table()->model()->index(
            row, kps::SampleTableModel::StemColumn);
        QCOMPARE(index.data().toString(), stems[row]);
        const QModelIndex annotated = index.siblingAtColumn(kps::SampleTableModel::AnnotatedColumn);
        QVERIFY(annotated.data(kps::SampleTableModel::AnnotatedRole).toBool());
        const QString json = m_dataset + "/JSON_Data_REF/" + stems[row] + ".json";
        QCOMPARE(index.siblingAtColumn(kps::SampleTableModel::VisibleColumn).data().toInt(),
                 visibleKeypointsInJson(json).size());
    }
    // The first image is selected and shown once the scan is in.
    QCOMPARE(data(window)->currentSample(), 0);
    QCOMPARE(window.dataPage()->imageView()->image().size(), QSize(320, 180));
    QCOMPARE(data(window)->problemModel()->rowCount(), 0);
    QCOMPARE(QSettings().value("datasets/last").toString(), QDir::cleanPath(m_dataset));
}

void TestMainWindow::selectingRowShowsImageAndKeypoints_data()
{
    QTest::addColumn<int>("row");
    for (int row = 0; row < kImageCount; ++row)
        QTest::addRow("row %d", row) << row;
}

void TestMainWindow::selectingRowShowsImageAndKeypoints()
{
    QFETCH(int, row);
    MainWindow window;
    QVERIFY(openAndWait(window, m_dataset));
    const QString stem = imageStems(m_dataset).at(row);

    QSignalSpy shown(data(window), &kps::DatasetController::sampleShown);
    if (row != data(window)->currentSample()) {
        QVERIFY(data(window)->selectSample(row));
        QVERIFY(shown.wait(kScanTimeoutMs));
        QCOMPARE(shown.last().first().toInt(), row);
    }
    QCOMPARE(data(window)->currentSample(), row);

    // The very pixels of that file.
    QImage expected(m_dataset + "/Rendered_Images/" + stem + ".png");
    QVERIFY(!expected.isNull());
    QCOMPARE(window.dataPage()->imageView()->image().convertToFormat(QImage::Format_RGB32),
             expected.convertToFormat(QImage::Format_RGB32));

    const QVector<ExpectedKeypoint> keypoints =
        visibleKeypointsInJson(m_dataset + "/JSON_Data_REF/" + stem + ".json");
    QVERIFY2(!keypoints.isEmpty(), "the generator should leave some keypoints visible");
    QCOMPARE(visibleMarkerCount(window.dataPage()->imageView()), keypoints.size());
    for (const ExpectedKeypoint& keypoint : keypoints) {
        QGraphicsItem* marker = window.dataPage()->imageView()->markerItem(keypoint.index);
        QVERIFY(marker);
        QVERIFY(std::abs(marker->scenePos().x() - (keypoint.pixel.x() + 0.5)) < 1e-9);
        QVERIFY(std::abs(marker->scenePos().y() - (keypoint.pixel.y() + 0.5)) < 1e-9);
    }
    // Wireframe edges join visible keypoints only.
    QSet<int> visible;
    for (const ExpectedKeypoint& keypoint : keypoints)
        visible.insert(keypoint.index);
    for (QGraphicsLineItem* line : window.dataPage()->imageView()->edgeItems()) {
        QVERIFY(visible.contains(line->data(0).toInt()));
        QVERIFY(visible.contains(line->data(1).toInt()));
    }
    // The default model crop (1000x1000 of a 1920x1080 canvas) scaled to 320x180.
    const QRectF crop = window.dataPage()->imageView()->cropBoxItem()->rect();
    QVERIFY(std::abs(crop.width() - 1000.0 / 6) < 1e-6);
    QVERIFY(std::abs(crop.left() - 460.0 / 6) < 1e-6);
}

void TestMainWindow::nextAndPreviousKeys()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndWait(window, m_dataset));
    window.dataPage()->samplesPanel()->table()->setFocus();
    QSignalSpy shown(data(window), &kps::DatasetController::sampleShown);

    QTest::keyClick(&window, Qt::Key_PageDown);
    QTRY_COMPARE(data(window)->currentSample(), 1);
    QVERIFY(shown.wait(kScanTimeoutMs) || shown.size() > 0);
    QCOMPARE(shown.last().first().toInt(), 1);

    QTest::keyClick(&window, Qt::Key_N);
    QCOMPARE(data(window)->currentSample(), 2);
    QTest::keyClick(&window, Qt::Key_PageUp);
    QCOMPARE(data(window)->currentSample(), 1);
    QTest::keyClick(&window, Qt::Key_P);
    QTest::keyClick(&window, Qt::Key_P); // stays at the first image
    QCOMPARE(data(window)->currentSample(), 0);
    QTRY_COMPARE(shown.last().first().toInt(), 0);

    // Typing N into the filter field types a letter, it does not move to the next image.
    window.dataPage()->samplesPanel()->filterEdit()->setFocus();
    QTest::keyClick(window.dataPage()->samplesPanel()->filterEdit(), Qt::Key_N);
    QCOMPARE(window.dataPage()->samplesPanel()->filterEdit()->text(), QStringLiteral("n"));
    QCOMPARE(window.dataPage()->samplesPanel()->proxy()->rowCount(), 0); // no stem contains an "n"
}

void TestMainWindow::filterNarrowsList()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_dataset));
    const QString stem = imageStems(m_dataset).at(3);
    window.dataPage()->samplesPanel()->filterEdit()->setText(stem.toUpper()); // case-insensitive
    QCOMPARE(window.dataPage()->samplesPanel()->proxy()->rowCount(), 1);
    QCOMPARE(window.dataPage()->samplesPanel()->proxy()->index(0, 0).data().toString(), stem);
    window.dataPage()->samplesPanel()->filterEdit()->setText(QStringLiteral("no such image"));
    QCOMPARE(window.dataPage()->samplesPanel()->proxy()->rowCount(), 0);
    // Selecting a filtered-out sample clears the filter.
    QVERIFY(data(window)->selectSample(2));
    QVERIFY(window.dataPage()->samplesPanel()->filterEdit()->text().isEmpty());
    QCOMPARE(data(window)->currentSample(), 2);
    window.dataPage()->samplesPanel()->proxy()->setSubset(
        kps::SampleFilterProxyModel::Subset::Unlabelled);
    QCOMPARE(window.dataPage()->samplesPanel()->proxy()->rowCount(), 0);
    window.dataPage()->samplesPanel()->proxy()->setSubset(
        kps::SampleFilterProxyModel::Subset::Annotated);
    QCOMPARE(window.dataPage()->samplesPanel()->proxy()->rowCount(), kImageCount);
}

void TestMainWindow::problemsPanelSelectsSample()
{
    const QString broken = m_temp.filePath(QStringLiteral("broken"));
    kps::test::generateSmallDataset(broken.toStdString(), 4, 160, 90);
    const QStringList stems = imageStems(broken);
    const QString badJson = broken + "/JSON_Data_REF/" + stems[2] + ".json";
    {
        QFile file(badJson);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ \"visible_vertices\": [ oops");
    }

    MainWindow window;
    QVERIFY(openAndWait(window, broken));
    QCOMPARE(data(window)->sampleModel()->rowCount(), 4);
    QVERIFY(data(window)->problemModel()->rowCount() >= 1);
    const QModelIndex sampleIndex =
        data(window)->sampleModel()->index(2, kps::SampleTableModel::ProblemsColumn);
    QVERIFY(sampleIndex.data(kps::SampleTableModel::ProblemCountRole).toInt() >= 1);
    QVERIFY(!sampleIndex.siblingAtColumn(kps::SampleTableModel::AnnotatedColumn)
                 .data(kps::SampleTableModel::AnnotatedRole)
                 .toBool());

    int problemRow = -1;
    QAbstractItemModel* problems = window.dataPage()->problemsPanel()->model();
    for (int row = 0; row < problems->rowCount(); ++row) {
        if (QDir::cleanPath(
                problems->index(row, 0).data(kps::ProblemTableModel::FilePathRole).toString()) ==
            QDir::cleanPath(badJson))
            problemRow = row;
    }
    QVERIFY2(problemRow >= 0, "a problem names the broken JSON");
    QCOMPARE(problems->index(problemRow, kps::ProblemTableModel::FileColumn).data().toString(),
             "JSON_Data_REF/" + stems[2] + ".json");
    QCOMPARE(data(window)->currentSample(), 0);

    QSignalSpy shown(data(window), &kps::DatasetController::sampleShown);
    const QModelIndex problemIndex =
        problems->index(problemRow, kps::ProblemTableModel::MessageColumn);
    Q_EMIT window.dataPage()->problemsPanel()->doubleClicked(problemIndex);
    QCOMPARE(data(window)->currentSample(), 2);
    QVERIFY(shown.wait(kScanTimeoutMs));
    // The image still shows, without keypoints: its annotation is unreadable.
    QCOMPARE(window.dataPage()->imageView()->image().size(), QSize(160, 90));
    QCOMPARE(visibleMarkerCount(window.dataPage()->imageView()), 0);
}

void TestMainWindow::demoDatasetIsGeneratedAndOpened()
{
    const QString demo = m_temp.filePath(QStringLiteral("demo"));
    MainWindow window;
    window.show();
    kps::DemoDatasetSettings settings;
    settings.count = 3;
    settings.width = 192;
    settings.height = 108;
    data(window)->setDemoDataset(demo, settings);
    QSignalSpy opened(data(window), &kps::DatasetController::datasetOpened);
    data(window)->openDemoDataset();
    QVERIFY(opened.wait(120000));
    QCOMPARE(opened.first().at(0).toString(), QDir::cleanPath(demo));
    QCOMPARE(data(window)->sampleModel()->rowCount(), 3);
    QVERIFY(!QFileInfo::exists(demo + ".partial"));
    QVERIFY(kps::DemoDatasetJob::isComplete(demo));

    // Second time: opened directly, nothing regenerated.
    const QDateTime written =
        QFileInfo(demo + "/Object_Information/mesh_information.json").lastModified();
    QSignalSpy again(data(window), &kps::DatasetController::datasetOpened);
    data(window)->openDemoDataset();
    QVERIFY(again.wait(kScanTimeoutMs));
    QCOMPARE(QFileInfo(demo + "/Object_Information/mesh_information.json").lastModified(), written);
}

void TestMainWindow::settingsPersist()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        window.dataPage()->imageView()->setOverlayVisible(KeypointImageView::Overlay::Labels,
                                                          false);
        QVERIFY(openAndWait(window, m_dataset));
        window.close(); // saves
    }
    MainWindow restored;
    QCOMPARE(restored.size(), QSize(900, 640));
    QVERIFY(
        !restored.dataPage()->imageView()->isOverlayVisible(KeypointImageView::Overlay::Labels));
    QVERIFY(restored.dataPage()->imageView()->isOverlayVisible(KeypointImageView::Overlay::Edges));
    QVERIFY(data(restored)->openLastDataset());
    QCOMPARE(data(restored)->datasetPath(), QDir::cleanPath(m_dataset));
}

void TestMainWindow::modeBarSwitchesPagesAndPanels()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, m_dataset));
        auto* history = window.findChild<QDockWidget*>(QStringLiteral("historyDock"));
        auto* images = window.findChild<QDockWidget*>(QStringLiteral("samplesDock"));
        QVERIFY(history && images);
        history->hide(); // the user's choice, to come back as it was
        QCOMPARE(window.mode(), MainWindow::Mode::Data);
        QVERIFY(window.dataPage()->imageView()->isVisible());
        // The status bar's shown image, cursor and zoom belong to the Data view; the dataset
        // summary to the window.
        const QList<QWidget*> viewInfo = window.dataPage()->permanentStatusBarWidgets();
        const QWidget* summary = window.dataPage()->statusBarWidgets().first();
        QVERIFY(viewInfo.size() >= 2 && summary->isVisible());
        const auto shownViewInfo = [&] {
            return std::count_if(viewInfo.begin(), viewInfo.end(),
                                 [](QWidget* w) { return w->isVisible(); });
        };
        QCOMPARE(shownViewInfo(), viewInfo.size());

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.mode(), MainWindow::Mode::Train);
        QVERIFY(window.trainPage()->isVisible());
        QVERIFY(!window.dataPage()->imageView()->isVisible());
        QVERIFY(!images->isVisible());
        QCOMPARE(shownViewInfo(), 0);
        QVERIFY(summary->isVisible());
        // The editor's keys do nothing outside Data.
        QVERIFY(!window.dataPage()->saveAction()->isEnabled());
        QVERIFY(!window.dataPage()->undoAction()->isEnabled());
        const int row = data(window)->currentSample();
        QTest::keyClick(&window, Qt::Key_N);
        QCOMPARE(data(window)->currentSample(), row);

        window.setMode(MainWindow::Mode::Inspect);
        QVERIFY(window.inspectPage()->isVisible());
        QVERIFY(!window.trainPage()->isVisible());

        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.mode(), MainWindow::Mode::Data);
        QVERIFY(images->isVisible());
        QCOMPARE(shownViewInfo(), viewInfo.size());
        QVERIFY(!history->isVisible());
        QVERIFY(window.dataPage()->saveAction()->isEnabled());

        window.setMode(MainWindow::Mode::Inspect);
        window.close(); // saves the mode and the Data panels' own visibility
    }
    MainWindow restored;
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QCOMPARE(restored.mode(), MainWindow::Mode::Inspect);
    restored.setMode(MainWindow::Mode::Data);
    QVERIFY(restored.findChild<QDockWidget*>(QStringLiteral("samplesDock"))->isVisible());
    QVERIFY(!restored.findChild<QDockWidget*>(QStringLiteral("historyDock"))->isVisible());
}

void TestMainWindow::firstRunLayoutFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("1366x768") << QSize(1366, 768);
    QTest::addRow("1920x1080") << QSize(1920, 1080);
}

void TestMainWindow::firstRunLayoutFits()
{
    // No saved layout: the Data page's first-run arrangement, sized by content.
    QFETCH(QSize, size);
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, m_dataset));
    QTest::qWait(50);
    auto* images = window.findChild<QDockWidget*>(QStringLiteral("samplesDock"));
    auto* problems = window.findChild<QDockWidget*>(QStringLiteral("problemsDock"));
    auto* keypoints = window.findChild<QDockWidget*>(QStringLiteral("keypointsDock"));
    QVERIFY(images && problems && keypoints);
    // Every column of the Images table readable without scrolling, the Keypoints table wider than
    // a few characters, an empty Problems panel a slim strip, and the image the largest part.
    QTableView* table = window.dataPage()->samplesPanel()->table();
    QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width() + 1,
             qPrintable(QStringLiteral("%1 > %2")
                            .arg(table->horizontalHeader()->length())
                            .arg(table->viewport()->width())));
    QVERIFY2(keypoints->width() >= 250, qPrintable(QString::number(keypoints->width())));
    QVERIFY2(problems->height() <= 160, qPrintable(QString::number(problems->height())));
    QVERIFY(problems->height() >= 60);
    const QSize view = window.dataPage()->imageView()->size();
    QVERIFY2(view.width() > images->width() && view.height() > size.height() / 2,
             qPrintable(QStringLiteral("%1x%2").arg(view.width()).arg(view.height())));
    const QString outDir = qEnvironmentVariable("KPS_SCREENSHOT_DIR");
    if (!outDir.isEmpty())
        QVERIFY(window.grab().save(QStringLiteral("%1/first_run_%2x%3.png")
                                       .arg(outDir)
                                       .arg(size.width())
                                       .arg(size.height())));

    // Inspect: every control above the image (view space, overlays, "Correct this") is shown
    // whole inside its panel, none hidden behind an overflow button.
    window.setMode(MainWindow::Mode::Inspect);
    QTest::qWait(50);
    QWidget* panel = window.inspectPage()->imagePanel();
    const auto* imageView = panel->findChild<kps::KeypointImageView*>();
    QVERIFY(imageView);
    int controls = 0;
    for (QWidget* control : panel->findChildren<QWidget*>()) {
        const bool isControl = qobject_cast<QAbstractButton*>(control) ||
                               qobject_cast<QComboBox*>(control) ||
                               qobject_cast<QAbstractSlider*>(control);
        if (!isControl || imageView->isAncestorOf(control)) // not the view's own scroll bars
            continue;
        ++controls;
        const QRect inPanel(control->mapTo(panel, QPoint(0, 0)), control->size());
        QVERIFY2(control->isVisible() && panel->rect().contains(inPanel),
                 qPrintable(control->metaObject()->className() + QStringLiteral(" ") +
                            control->property("text").toString()));
    }
    QVERIFY(controls >= 6);
}

void TestMainWindow::correctThisBecomesAnUndoableEdit()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, m_dataset));
    window.setMode(MainWindow::Mode::Inspect);

    // Inspect asks to correct the third image (not the one shown): Data opens it and applies.
    const QString stem = imageStems(m_dataset).at(2);
    const int keypoints = window.dataPage()->keypointsPanel()->keypointModel()->rowCount();
    QVERIFY(keypoints > 2);
    QVector<QPointF> pixels;
    QVector<bool> visible;
    for (int k = 0; k < keypoints; ++k) {
        pixels << QPointF(10.25 + k, 20.5 + 2 * k);
        visible << (k != 1);
    }
    QSignalSpy shown(data(window), &kps::DatasetController::sampleShown);
    Q_EMIT window.inspectPage()->correctionRequested(stem, pixels, visible);
    QVERIFY(shown.wait(kScanTimeoutMs));
    QCOMPARE(window.mode(), MainWindow::Mode::Data);
    QVERIFY(data(window)->document());
    QCOMPARE(data(window)->document()->stem(), stem);
    QVERIFY(data(window)->document()->isModified());
    for (int k = 0; k < keypoints; ++k) {
        const kps::KeypointState state = data(window)->document()->keypoint(k);
        QCOMPARE(state.visible, k != 1);
        if (k != 1) {
            QVERIFY(state.pixel);
            QCOMPARE(*state.pixel, pixels[k]);
        }
    }
    // One step: undo brings back the annotation as it was on disk.
    window.dataPage()->undoAction()->trigger();
    QVERIFY(!data(window)->document()->isModified());
    QVERIFY(*data(window)->document()->keypoint(0).pixel != pixels[0]);

    // An unknown stem changes nothing.
    QVERIFY(!data(window)->applyCorrection(QStringLiteral("no_such_image"), pixels, visible));
    QCOMPARE(data(window)->document()->stem(), stem);
}

void TestMainWindow::translationsLoad()
{
    QCOMPARE(kps::UiTranslations::languageFor(QLocale(QLocale::Portuguese, QLocale::Brazil)),
             QStringLiteral("pt_BR"));
    QCOMPARE(kps::UiTranslations::languageFor(QLocale(QLocale::Portuguese, QLocale::Portugal)),
             QStringLiteral("pt_BR"));
    QCOMPARE(kps::UiTranslations::languageFor(QLocale(QLocale::German, QLocale::Austria)),
             QStringLiteral("de"));
    QCOMPARE(kps::UiTranslations::languageFor(QLocale(QLocale::French, QLocale::France)),
             QStringLiteral("en"));

    MainWindow window;
    QMenu* fileMenu = window.menuBar()->actions().first()->menu();
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    {
        kps::UiTranslations translations;
        QCOMPARE(translations.install(QStringLiteral("pt_BR")), QStringLiteral("pt_BR"));
        QCOMPARE(QCoreApplication::translate("kps::MainWindow", "&Open dataset…"),
                 QStringLiteral("&Abrir conjunto de dados…"));
        QCOMPARE(QCoreApplication::translate("kps::SampleTableModel", "Annotated"),
                 QStringLiteral("Anotada"));
        // The open window follows the language change.
        QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Arquivo"));
        QCOMPARE(data(window)
                     ->sampleModel()
                     ->headerData(kps::SampleTableModel::ProblemsColumn, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Problemas"));

        QCOMPARE(translations.install(QStringLiteral("de")), QStringLiteral("de"));
        QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Datei"));
        QCOMPARE(QCoreApplication::translate("kps::MainWindow", "&Open dataset…"),
                 QStringLiteral("Datensatz &öffnen…"));
    }
    // Removing the translators returns to English.
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
}

void TestMainWindow::screenshot()
{
    const QString outDir = qEnvironmentVariable("KPS_SCREENSHOT_DIR");
    if (outDir.isEmpty())
        QSKIP("KPS_SCREENSHOT_DIR not set");
    {
        // The empty window, in Portuguese.
        kps::UiTranslations portuguese;
        portuguese.install(QStringLiteral("pt_BR"));
        MainWindow empty;
        empty.resize(1000, 640);
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        QVERIFY(empty.grab().save(outDir + "/main_window_empty_pt_BR.png"));
    }
    kps::UiTranslations english; // as the app does: real plural forms
    english.install(QStringLiteral("en"));
    const QString full = m_temp.filePath(QStringLiteral("full"));
    kps::test::generateSmallDataset(full.toStdString(), 8, 1920, 1080, 11);
    // One unreadable annotation so the Problems panel has content.
    QFile bad(full + "/JSON_Data_REF/" + imageStems(full).at(5) + ".json");
    QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write("{ \"visible_vertices\": 3 }");
    bad.close();

    MainWindow window;
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, full));
    QSignalSpy shown(data(window), &kps::DatasetController::sampleShown);
    data(window)->selectSample(1);
    QVERIFY(shown.wait(kScanTimeoutMs));
    QTest::qWait(100);
    QVERIFY(window.grab().save(outDir + "/main_window.png"));
    window.dataPage()->imageView()->setZoomFactor(3.0);
    QTest::qWait(50);
    QVERIFY(window.grab().save(outDir + "/main_window_zoom.png"));
}

QTEST_MAIN(TestMainWindow)
#include "test_app_main_window.moc"
