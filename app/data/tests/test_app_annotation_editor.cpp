// The annotation editor (the Data page in MainWindow) on generated datasets: dragging a keypoint
// with the mouse and saving changes exactly that keypoint in the JSON (sub-pixel, every other key
// kept), undo and redo restore the state, the keypoint table edits in place and stays in sync with
// the view, the unsaved-changes prompt guards switching images, an unlabelled image gets a new
// JSON, stale loads never show on the wrong image, thumbnails decode lazily, the new-dataset dialog
// opens what it generated, and the new strings are translated. (The new-dataset job itself:
// test_app_dataset_controller.)
//
// Set KPS_SCREENSHOT_DIR to also save a picture of the window while editing.

#include "annotation_document.h"
#include "keypoint_image_view.h"
#include "keypoint_table_model.h"
#include "data_page.h"
#include "dataset_controller.h"
#include "keypoints_panel.h"
#include "main_window.h"
#include "problems_panel.h"
#include "samples_panel.h"
#include "new_dataset_dialog.h"
#include "problem_table_model.h"
#include "sample_filter_proxy_model.h"
#include "sample_table_model.h"
#include "synthetic_generator.h"
#include "test_dataset.h"
#include "thumbnail_cache.h"
#include "ui_translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGraphicsItem>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <limits>

using kps::KeypointImageView;
using kps::KeypointTableModel;
using kps::MainWindow;
using Json = nlohmann::ordered_json;

namespace {

kps::DatasetController* data(const MainWindow& window)
{
    return window.dataPage()->controller();
}

constexpr int kTimeoutMs = 30000;
constexpr int kImageCount = 4;

Json readJson(const QString& file)
{
    std::ifstream in(file.toStdString());
    return Json::parse(in);
}

QString jsonPath(const QString& root, const QString& stem)
{
    return root + "/JSON_Data_REF/" + stem + ".json";
}

QString stemOf(const MainWindow& window, int row)
{
    return data(window)
        ->sampleModel()
        ->index(row, 0)
        .data(kps::SampleTableModel::StemRole)
        .toString();
}

bool openAndWait(MainWindow& window, const QString& path)
{
    QSignalSpy opened(data(window), &kps::DatasetController::datasetOpened);
    QSignalSpy shown(data(window), &kps::DatasetController::sampleShown);
    data(window)->openDataset(path);
    return opened.wait(kTimeoutMs) && (shown.size() > 0 || shown.wait(kTimeoutMs));
}

bool selectAndWait(MainWindow& window, int row)
{
    QSignalSpy shown(data(window), &kps::DatasetController::sampleShown);
    if (!data(window)->selectSample(row))
        return false;
    return (shown.size() > 0 || shown.wait(kTimeoutMs)) && shown.last().first().toInt() == row;
}

// Index of the visible_vertices entry with `index`, -1 when absent.
int entryOf(const Json& list, int index)
{
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].at("index").get<int>() == index)
            return static_cast<int>(i);
    return -1;
}

// The first visible keypoint of the shown image whose marker lies well inside the viewport.
int draggableKeypoint(const MainWindow& window)
{
    const KeypointImageView* view = window.dataPage()->imageView();
    for (const kps::KeypointMarker& marker : view->keypoints()) {
        if (!marker.visible)
            continue;
        const QPoint at = view->mapFromScene(KeypointImageView::scenePosition(marker.position));
        if (view->viewport()->rect().adjusted(30, 30, -30, -30).contains(at))
            return marker.index;
    }
    return -1;
}

// Drags keypoint `index` by `delta` viewport pixels with real mouse events; returns the pixel
// position the drag should produce (the view maps viewport to scene by a scale and a shift).
QPointF dragKeypoint(KeypointImageView* view, int index, const QPoint& delta)
{
    const QPointF scene = view->markerItem(index)->scenePos();
    const QPoint press = view->mapFromScene(scene);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, press);
    QTest::mouseMove(view->viewport(), press + delta / 2);
    QTest::mouseMove(view->viewport(), press + delta);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, press + delta);
    const double zoom = view->transform().m11();
    return scene - QPointF(0.5, 0.5) + QPointF(delta) / zoom;
}

bool near(const QPointF& a, const QPointF& b, double tolerance = 1e-6)
{
    return std::abs(a.x() - b.x()) < tolerance && std::abs(a.y() - b.y()) < tolerance;
}

QPointF jsonPixel(const Json& vertex)
{
    const Json& p = vertex.at("pixel_coordinates");
    return {p.at(0).get<double>(), p.at(1).get<double>()};
}

} // namespace

class TestAnnotationEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dragSavesExactlyThatKeypoint();
    void undoRedoRestore();
    void keypointTableEditsInPlace();
    void toggleAndDeleteAreUndoable();
    void unsavedPromptOnSwitch();
    void unlabelledImageGetsNewJson();
    void staleLoadNeverShowsOnWrongImage();
    void brokenAnnotationIsReadOnly();
    void proxySortsByVisibleCount();
    void thumbnailsDecodeLazily();
    void newDatasetDialogOpensResult();
    void shortcutsAreListed();
    void translationsCoverEditor();
    void screenshot();

private:
    // A fresh copy of the dataset per test: tests write annotations.
    QString freshDataset(const QString& name, int count = kImageCount);

    QTemporaryDir m_temp;
};

void TestAnnotationEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KeypointStudioTest"));
    QApplication::setApplicationName(QStringLiteral("TestAnnotationEditor"));
    QVERIFY(m_temp.isValid());
}

void TestAnnotationEditor::init()
{
    QSettings().clear();
}

QString TestAnnotationEditor::freshDataset(const QString& name, int count)
{
    const QString dir = m_temp.filePath(name);
    kps::test::generateSmallDataset(dir.toStdString(), count, 320, 180);
    return dir;
}

void TestAnnotationEditor::dragSavesExactlyThatKeypoint()
{
    const QString dataset = freshDataset(QStringLiteral("drag"));
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, dataset));
    QVERIFY(selectAndWait(window, 1));
    const QString stem = stemOf(window, 1);
    QVERIFY(data(window)->document());
    QCOMPARE(data(window)->document()->stem(), stem);

    const QString file = jsonPath(dataset, stem);
    const Json before = readJson(file);
    const int index = draggableKeypoint(window);
    QVERIFY2(index >= 0, "a visible keypoint inside the view");
    const double zoom = window.dataPage()->imageView()->transform().m11();
    QVERIFY2(zoom > 1.0, "the 320x180 image is magnified, so a drag moves by a fraction");

    QSignalSpy moved(window.dataPage()->imageView(), &KeypointImageView::keypointMoved);
    const QPointF expected = dragKeypoint(window.dataPage()->imageView(), index, QPoint(7, -5));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().at(0).toInt(), index);
    QVERIFY(near(moved.first().at(2).toPointF(), expected));
    // Sub-pixel: 7 screen pixels are 7/zoom image pixels.
    QVERIFY(std::abs(expected.x() - std::round(expected.x())) > 1e-3 ||
            std::abs(expected.y() - std::round(expected.y())) > 1e-3);

    // Modified marker: title and row; the file is untouched until saved.
    QVERIFY(window.isWindowModified());
    QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));
    QVERIFY(data(window)
                ->sampleModel()
                ->index(1, 0)
                .data(kps::SampleTableModel::ModifiedRole)
                .toBool());
    QVERIFY(
        data(window)->sampleModel()->index(1, 0).data().toString().endsWith(QStringLiteral(" *")));
    QVERIFY(readJson(file) == before);
    QVERIFY(near(window.dataPage()->imageView()->markerItem(index)->scenePos() - QPointF(0.5, 0.5),
                 expected));

    window.dataPage()->saveAction()->trigger();
    QVERIFY(!window.isWindowModified());
    QVERIFY(!data(window)
                 ->sampleModel()
                 ->index(1, 0)
                 .data(kps::SampleTableModel::ModifiedRole)
                 .toBool());

    Json after = readJson(file);
    const int entry = entryOf(after.at("visible_vertices"), index);
    QVERIFY(entry >= 0);
    const QPointF saved = jsonPixel(after["visible_vertices"][entry]);
    QVERIFY2(near(saved, expected), qPrintable(QStringLiteral("saved (%1, %2), expected (%3, %4)")
                                                   .arg(saved.x(), 0, 'f', 6)
                                                   .arg(saved.y(), 0, 'f', 6)
                                                   .arg(expected.x(), 0, 'f', 6)
                                                   .arg(expected.y(), 0, 'f', 6)));
    const QPointF original = jsonPixel(before.at("visible_vertices")[entry]);
    QVERIFY(near(saved - original, QPointF(7, -5) / zoom, 1e-6));
    // Everything else, keys and order included (camera, rotation, other vertices), is as it was.
    after["visible_vertices"][entry]["pixel_coordinates"] =
        before["visible_vertices"][entry]["pixel_coordinates"];
    QCOMPARE(after.dump(), before.dump());
    QVERIFY(after.contains("camera"));
}

void TestAnnotationEditor::undoRedoRestore()
{
    const QString dataset = freshDataset(QStringLiteral("undo"));
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, dataset));
    const int index = draggableKeypoint(window);
    QVERIFY(index >= 0);
    const QPointF start = data(window)->document()->keypoint(index).pixel.value();
    const QPointF end = dragKeypoint(window.dataPage()->imageView(), index, QPoint(-9, 4));
    QVERIFY(near(data(window)->document()->keypoint(index).pixel.value(), end));
    QCOMPARE(data(window)->document()->undoStack()->count(), 1);
    QVERIFY(window.dataPage()->undoAction()->isEnabled());

    window.dataPage()->undoAction()->trigger();
    QVERIFY(near(data(window)->document()->keypoint(index).pixel.value(), start));
    QVERIFY(near(window.dataPage()->imageView()->markerItem(index)->scenePos() - QPointF(0.5, 0.5),
                 start));
    QVERIFY(!window.isWindowModified()); // back at the saved state
    const QModelIndex x = window.dataPage()->keypointsPanel()->keypointModel()->index(
        index, KeypointTableModel::XColumn);
    QCOMPARE(x.data(Qt::EditRole).toDouble(), start.x());

    window.dataPage()->redoAction()->trigger();
    QVERIFY(near(data(window)->document()->keypoint(index).pixel.value(), end));
    QVERIFY(near(window.dataPage()->imageView()->markerItem(index)->scenePos() - QPointF(0.5, 0.5),
                 end));
    QCOMPARE(x.data(Qt::EditRole).toDouble(), end.x());
    QVERIFY(window.isWindowModified());
    // Keyboard: Ctrl+Z and Ctrl+Shift+Z.
    QVERIFY(
        window.dataPage()->undoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    QVERIFY(window.dataPage()->redoAction()->shortcuts().contains(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    data(window)->document()->undoStack()->setClean(); // no prompt when the window closes
}

void TestAnnotationEditor::keypointTableEditsInPlace()
{
    const QString dataset = freshDataset(QStringLiteral("table"));
    MainWindow window;
    QVERIFY(openAndWait(window, dataset));
    KeypointTableModel* model = window.dataPage()->keypointsPanel()->keypointModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->rowCount() >= data(window)->document()->keypointCount());
    const int index = data(window)->document()->annotation().visibleVertices().front().index;
    const QPointF start = data(window)->document()->keypoint(index).pixel.value();
    QCOMPARE(model->index(index, KeypointTableModel::YColumn).data(Qt::EditRole).toDouble(),
             start.y());
    QCOMPARE(model->index(index, KeypointTableModel::VisibleColumn)
                 .data(Qt::CheckStateRole)
                 .value<Qt::CheckState>(),
             Qt::Checked);

    QVERIFY(model->setData(model->index(index, KeypointTableModel::XColumn), 12.375));
    QCOMPARE(data(window)->document()->keypoint(index).pixel.value(), QPointF(12.375, start.y()));
    QVERIFY(near(window.dataPage()->imageView()->markerItem(index)->scenePos(),
                 QPointF(12.875, start.y() + 0.5)));
    QVERIFY(
        !model->setData(model->index(index, KeypointTableModel::XColumn), QStringLiteral("abc")));
    QCOMPARE(data(window)->document()->undoStack()->count(), 1);
    window.dataPage()->undoAction()->trigger();
    QCOMPARE(data(window)->document()->keypoint(index).pixel.value(), start);
    data(window)->document()->undoStack()->setClean();
}

void TestAnnotationEditor::toggleAndDeleteAreUndoable()
{
    const QString dataset = freshDataset(QStringLiteral("toggle"));
    MainWindow window;
    QVERIFY(openAndWait(window, dataset));
    kps::AnnotationDocument* document = data(window)->document();
    const int index = document->annotation().visibleVertices().front().index;
    const QPointF pixel = document->keypoint(index).pixel.value();
    const int visible = document->visibleCount();
    window.dataPage()->keypointsPanel()->setCurrentIndex(
        window.dataPage()->keypointsPanel()->keypointModel()->index(index, 0));
    QCOMPARE(window.dataPage()->imageView()->selectedKeypoint(), index);

    KeypointTableModel* model = window.dataPage()->keypointsPanel()->keypointModel();
    QVERIFY(model->setData(model->index(index, KeypointTableModel::VisibleColumn), Qt::Unchecked,
                           Qt::CheckStateRole));
    QVERIFY(!document->keypoint(index).visible);
    QCOMPARE(document->keypoint(index).pixel.value(), pixel); // position kept
    QCOMPARE(document->visibleCount(), visible - 1);
    bool markerHollow = false;
    for (const kps::KeypointMarker& marker : window.dataPage()->imageView()->keypoints())
        if (marker.index == index)
            markerHollow = !marker.visible;
    QVERIFY(markerHollow);

    // Toggle back through the Edit action (V), then delete (Del).
    bool toggled = false, deleted = false;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(Qt::Key_V) && !toggled) {
            action->trigger();
            toggled = true;
        }
    }
    QVERIFY(toggled);
    QVERIFY(document->keypoint(index).visible);
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Delete) && !deleted) {
            action->trigger();
            deleted = true;
        }
    }
    QVERIFY(deleted);
    QVERIFY(!document->keypoint(index).listed);
    QVERIFY(!window.dataPage()->imageView()->markerItem(index));
    QCOMPARE(model->index(index, KeypointTableModel::StatusColumn).data().toString(),
             QStringLiteral("missing"));
    QCOMPARE(document->undoStack()->count(), 3);
    for (int i = 0; i < 3; ++i)
        window.dataPage()->undoAction()->trigger();
    QVERIFY(document->keypoint(index).visible);
    QCOMPARE(document->keypoint(index).pixel.value(), pixel);
    QVERIFY(!window.isWindowModified());
}

void TestAnnotationEditor::unsavedPromptOnSwitch()
{
    const QString dataset = freshDataset(QStringLiteral("prompt"));
    MainWindow window;
    QVERIFY(openAndWait(window, dataset));
    QStringList asked;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    data(window)->setUnsavedChangesPrompt([&](const QString& stem) {
        asked << stem;
        return answer;
    });
    const QString stem0 = stemOf(window, 0);
    const int index = data(window)->document()->annotation().visibleVertices().front().index;
    const QPointF start = data(window)->document()->keypoint(index).pixel.value();
    const Json original = readJson(jsonPath(dataset, stem0));

    // No edits: no question.
    QVERIFY(selectAndWait(window, 1));
    QVERIFY(asked.isEmpty());
    QVERIFY(selectAndWait(window, 0));

    // Cancel keeps the edited image selected and shown.
    QVERIFY(data(window)->document()->moveKeypoint(index, start + QPointF(1.25, 0)));
    data(window)->selectSample(2);
    QCOMPARE(asked, QStringList{stem0});
    QCOMPARE(data(window)->currentSample(), 0);
    QCOMPARE(data(window)->document()->stem(), stem0);
    QVERIFY(data(window)->document()->isModified());

    // Discard moves on and writes nothing.
    answer = QMessageBox::Discard;
    QVERIFY(selectAndWait(window, 2));
    QCOMPARE(asked.size(), 2);
    QVERIFY(readJson(jsonPath(dataset, stem0)) == original);
    QCOMPARE(data(window)->document()->stem(), stemOf(window, 2));

    // Save writes the edit, then moves on.
    answer = QMessageBox::Save;
    const QString stem2 = stemOf(window, 2);
    const int index2 = data(window)->document()->annotation().visibleVertices().front().index;
    const QPointF start2 = data(window)->document()->keypoint(index2).pixel.value();
    QVERIFY(data(window)->document()->moveKeypoint(index2, start2 + QPointF(0, 2.5)));
    QVERIFY(selectAndWait(window, 3));
    QCOMPARE(asked.size(), 3);
    const Json saved = readJson(jsonPath(dataset, stem2));
    const int entry = entryOf(saved.at("visible_vertices"), index2);
    QVERIFY(near(jsonPixel(saved["visible_vertices"][entry]), start2 + QPointF(0, 2.5)));

    // Quitting with unsaved edits asks too; Cancel keeps the window open.
    answer = QMessageBox::Cancel;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(data(window)->document()->moveKeypoint(
        data(window)->document()->annotation().visibleVertices().front().index, QPointF(3, 4)));
    QVERIFY(!window.close());
    QCOMPARE(asked.size(), 4);
    QVERIFY(window.isVisible());
    answer = QMessageBox::Discard;
    QVERIFY(window.close());
}

void TestAnnotationEditor::unlabelledImageGetsNewJson()
{
    const QString dataset = freshDataset(QStringLiteral("unlabelled"));
    const QString stem = QStringLiteral("img_000002");
    QVERIFY(QFile::remove(jsonPath(dataset, stem)));
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, dataset));
    const int row = data(window)->sampleModel()->rowForStem(stem);
    QVERIFY(row >= 0);
    QVERIFY(!data(window)->sampleModel()->sample(row).annotated);
    QVERIFY(selectAndWait(window, row));
    kps::AnnotationDocument* document = data(window)->document();
    QVERIFY(document);
    QVERIFY(!document->existsOnDisk());
    QVERIFY(document->keypointCount() > 3);
    QCOMPARE(window.dataPage()->imageView()->keypoints().size(), 0);

    // Place keypoint 3 with a click, as the user would after choosing it.
    KeypointImageView* view = window.dataPage()->imageView();
    view->setPlacementIndex(3);
    const QPoint click = view->mapFromScene(QPointF(100.5, 60.5));
    const QPointF expected =
        view->viewportTransform().inverted().map(QPointF(click)) - QPointF(0.5, 0.5);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, click);
    QCOMPARE(view->placementIndex(), -1);
    QVERIFY(document->keypoint(3).visible);
    QVERIFY(near(document->keypoint(3).pixel.value(), expected));
    QVERIFY(view->markerItem(3));
    QVERIFY(!QFileInfo::exists(jsonPath(dataset, stem)));

    QVERIFY(data(window)->saveAnnotation());
    const Json written = readJson(jsonPath(dataset, stem));
    QVERIFY(written.at("non_visible_vertices").is_array());
    QCOMPARE(written.at("non_visible_vertices").size(), std::size_t(0));
    QCOMPARE(written.at("visible_vertices").size(), std::size_t(1));
    QCOMPARE(written["visible_vertices"][0].at("index").get<int>(), 3);
    QVERIFY(near(jsonPixel(written["visible_vertices"][0]), expected));
    // The list now knows the image is annotated.
    QVERIFY(data(window)->sampleModel()->sample(row).annotated);
    QCOMPARE(data(window)->sampleModel()->sample(row).visibleCount, 1);
}

void TestAnnotationEditor::staleLoadNeverShowsOnWrongImage()
{
    const QString dataset = freshDataset(QStringLiteral("stale"));
    MainWindow window;
    QVERIFY(openAndWait(window, dataset));
    QSignalSpy shown(data(window), &kps::DatasetController::sampleShown);
    data(window)->selectSample(1);
    data(window)->selectSample(3); // supersedes the load of image 1
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().first().toInt() == 3, kTimeoutMs);
    QTest::qWait(200); // a stale result would arrive about now
    for (const auto& args : shown)
        QCOMPARE(args.first().toInt(), 3);
    const QString stem = stemOf(window, 3);
    QCOMPARE(data(window)->document()->stem(), stem);
    const Json json = readJson(jsonPath(dataset, stem));
    for (const Json& vertex : json.at("visible_vertices")) {
        const int index = vertex.at("index").get<int>();
        QVERIFY(window.dataPage()->imageView()->markerItem(index));
        QVERIFY(near(window.dataPage()->imageView()->markerItem(index)->scenePos(),
                     jsonPixel(vertex) + QPointF(0.5, 0.5)));
    }
}

void TestAnnotationEditor::brokenAnnotationIsReadOnly()
{
    const QString dataset = freshDataset(QStringLiteral("broken"));
    const QString stem = QStringLiteral("img_000001");
    {
        QFile file(jsonPath(dataset, stem));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ \"visible_vertices\": 3 }");
    }
    MainWindow window;
    QVERIFY(openAndWait(window, dataset));
    QVERIFY(data(window)->problemModel()->rowCount() >= 1);
    QVERIFY(selectAndWait(window, 1));
    QVERIFY(!window.dataPage()->imageView()->image().isNull());
    QVERIFY(!data(window)->document()); // never overwrite a file we could not read
    QVERIFY(!window.dataPage()->saveAction()->isEnabled());
    QVERIFY(!data(window)->saveAnnotation());
}

void TestAnnotationEditor::proxySortsByVisibleCount()
{
    const QString dataset = freshDataset(QStringLiteral("sort"), 6);
    MainWindow window;
    QVERIFY(openAndWait(window, dataset));
    kps::SampleFilterProxyModel* proxy = window.dataPage()->samplesPanel()->proxy();
    proxy->sort(kps::SampleTableModel::VisibleColumn, Qt::DescendingOrder);
    int previous = std::numeric_limits<int>::max();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const int count =
            proxy->index(row, kps::SampleTableModel::VisibleColumn).data(Qt::DisplayRole).toInt();
        QVERIFY(count <= previous);
        previous = count;
    }
    proxy->setFilterText(QStringLiteral("000003"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data(kps::SampleTableModel::StemRole).toString(),
             QStringLiteral("img_000003"));
}

void TestAnnotationEditor::thumbnailsDecodeLazily()
{
    const QString dataset = freshDataset(QStringLiteral("thumbs"));
    MainWindow window;
    QVERIFY(openAndWait(window, dataset));
    kps::ThumbnailCache cache;
    kps::SampleTableModel* model = data(window)->sampleModel();
    model->setThumbnailCache(&cache);
    QSignalSpy ready(&cache, &kps::ThumbnailCache::thumbnailReady);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const QModelIndex index = model->index(2, kps::SampleTableModel::StemColumn);
    // First request: nothing decoded on this thread, the decode is queued. (The window's own
    // table may ask for other rows meanwhile: wait for row 2's answer among them.)
    QVERIFY(index.data(Qt::DecorationRole).isNull());
    const auto hasRow = [](const QSignalSpy& spy, int row) {
        for (const QList<QVariant>& args : spy) {
            const QVariant first = args.at(0);
            if ((first.canConvert<QModelIndex>() ? first.toModelIndex().row() : first.toInt()) ==
                row)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasRow(ready, 2), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(hasRow(changed, 2), kTimeoutMs);
    const QImage thumbnail = index.data(Qt::DecorationRole).value<QImage>();
    QCOMPARE(thumbnail.size(), QSize(64, 36)); // 320x180 into 64x36
    // Every decode that was asked for is kept, once.
    QCOMPARE(cache.cachedCount(), ready.size());
    // The same pixels as a direct decode.
    QCOMPARE(thumbnail, kps::ThumbnailCache::decode(dataset + "/Rendered_Images/img_000002.png",
                                                    kps::ThumbnailCache::thumbnailSize()));
    model->setThumbnailCache(data(window)->thumbnailCache());
}

void TestAnnotationEditor::newDatasetDialogOpensResult()
{
    MainWindow window;
    kps::NewDatasetDialog* dialog = window.showNewDatasetDialog();
    QVERIFY(dialog);
    kps::SyntheticDatasetSettings settings;
    settings.outputDir = m_temp.filePath(QStringLiteral("from_dialog"));
    settings.count = 3;
    settings.width = 96;
    settings.height = 54;
    settings.materials = QStringLiteral("random"); // not the default
    dialog->setSettings(settings);
    QVERIFY(dialog->validationError().isEmpty());
    QCOMPARE(dialog->settings().count, 3);
    QCOMPARE(dialog->settings().materials, QStringLiteral("random"));
    QSignalSpy opened(data(window), &kps::DatasetController::datasetOpened);
    QVERIFY(dialog->generate());
    QVERIFY(opened.wait(120000));
    QCOMPARE(opened.first().at(0).toString(), QDir::cleanPath(settings.outputDir));
    QCOMPARE(opened.first().at(1).toInt(), 3);
    // The generator got the dialog's material mode: the core's pixels for it.
    kps::GeneratorOptions options;
    options.outputDir = m_temp.filePath(QStringLiteral("core_random")).toStdString();
    options.count = 1;
    options.width = 96;
    options.height = 54;
    options.materials = kps::MaterialMode::PerImage;
    kps::generateDataset(options);
    const auto pngBytes = [](const QString& root) {
        QFile file(root + QStringLiteral("/Rendered_Images/img_000000.png"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray fromDialog = pngBytes(settings.outputDir);
    QVERIFY(!fromDialog.isEmpty());
    QCOMPARE(fromDialog, pngBytes(m_temp.filePath(QStringLiteral("core_random"))));

    // A non-empty output folder is refused.
    kps::NewDatasetDialog again;
    again.setSettings(settings);
    QVERIFY(!again.validationError().isEmpty());
    QVERIFY(!again.generate());
}

void TestAnnotationEditor::shortcutsAreListed()
{
    MainWindow window;
    const auto rows = window.shortcutList();
    const auto find = [&](const QString& text) {
        for (const auto& row : rows)
            if (row.first == text)
                return row.second;
        return QString();
    };
    QVERIFY(find(QStringLiteral("Undo"))
                .startsWith(QKeySequence(Qt::CTRL | Qt::Key_Z).toString(QKeySequence::NativeText)));
    QVERIFY(
        find(QStringLiteral("Redo"))
            .contains(
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString(QKeySequence::NativeText)));
    QCOMPARE(find(QStringLiteral("Save annotation")),
             QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    QVERIFY(!find(QStringLiteral("Next image")).isEmpty());
    QVERIFY(!find(QStringLiteral("Place keypoint")).isEmpty());
}

void TestAnnotationEditor::translationsCoverEditor()
{
    kps::UiTranslations translations;
    QCOMPARE(translations.install(QStringLiteral("pt_BR")), QStringLiteral("pt_BR"));
    QCOMPARE(QCoreApplication::translate("kps::MainWindow", "&Keyboard shortcuts"),
             QStringLiteral("Atalhos de &teclado"));
    QCOMPARE(QCoreApplication::translate("kps::KeypointTableModel", "missing"),
             QStringLiteral("ausente"));
    QCOMPARE(QCoreApplication::translate("kps::NewDatasetDialog", "New synthetic dataset"),
             QStringLiteral("Novo conjunto de dados sintético"));
    QCOMPARE(translations.install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("kps::DataPage", "Unsaved changes"),
             QStringLiteral("Ungespeicherte Änderungen"));
}

void TestAnnotationEditor::screenshot()
{
    const QString outDir = qEnvironmentVariable("KPS_SCREENSHOT_DIR");
    if (outDir.isEmpty())
        QSKIP("KPS_SCREENSHOT_DIR not set");
    kps::UiTranslations english;
    english.install(QStringLiteral("en"));
    const QString full = m_temp.filePath(QStringLiteral("shot"));
    kps::test::generateSmallDataset(full.toStdString(), 8, 960, 540, 11);
    MainWindow window;
    window.resize(1500, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, full));
    QVERIFY(selectAndWait(window, 1));
    const int index = draggableKeypoint(window);
    QVERIFY(index >= 0);
    dragKeypoint(window.dataPage()->imageView(), index, QPoint(25, 18));
    window.dataPage()->keypointsPanel()->setCurrentIndex(
        window.dataPage()->keypointsPanel()->keypointModel()->index(index, 0));
    QTest::qWait(300); // thumbnails
    QVERIFY(window.grab().save(outDir + "/editor.png"));
    data(window)->document()->undoStack()->setClean();
}

QTEST_MAIN(TestAnnotationEditor)
#include "test_app_annotation_editor.moc"
