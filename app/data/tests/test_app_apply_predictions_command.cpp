// ApplyPredictionsCommand ("Correct this"): one undoable step puts predictions into an
// annotation; undo restores it exactly (JSON equal), redo re-applies, save keeps unknown keys.

#include "annotation.h"
#include "annotation_document.h"
#include "apply_predictions_command.h"
#include "atomic_file.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace kps;
namespace fs = std::filesystem;

namespace {

nlohmann::ordered_json originalJson()
{
    return nlohmann::ordered_json::parse(R"({
        "visible_vertices": [
            {"index": 0, "coordinates": [1, 2, 3], "pixel_coordinates": [10.5, 20.25], "note": "keep me"},
            {"index": 2, "coordinates": [4, 5, 6], "pixel_coordinates": [30.0, 40.0]}
        ],
        "non_visible_vertices": [
            {"index": 1, "coordinates": [7, 8, 9], "pixel_coordinates": [50.0, 60.0]},
            {"index": 3, "coordinates": [0, 0, 1], "status": "Behind camera"}
        ],
        "rotation": {"x": 0.1, "y": 0.2, "z": 0.3},
        "camera": {"fx": 800.0, "custom": [1, 2]},
        "extra_top_level": "survives"
    })");
}

} // namespace

class TestApplyPredictionsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesUndoesRedoesAndSaves()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const fs::path file = fs::path(tmp.path().toStdString()) / "img.json";
        const Annotation annotation = Annotation::fromJson(originalJson(), file);
        AnnotationDocument document(QStringLiteral("img"), file, &annotation, 5);
        const nlohmann::ordered_json before = document.annotation().toJson();

        // 0 moves, 1 becomes visible, 2 becomes hidden, 3 stays hidden (status kept),
        // 4 is new and visible.
        const QVector<QPointF> pixels = {
            {11.0, 21.0}, {51.0, 61.0}, {31.0, 41.0}, {0.0, 0.0}, {70.5, 80.5}};
        const QVector<bool> visible = {true, true, false, false, true};
        auto* command = new ApplyPredictionsCommand(&document, pixels, visible);
        QVERIFY(command->changesSomething());
        document.undoStack()->push(command);
        QCOMPARE(document.undoStack()->count(), 1); // one step for the whole image

        auto checkApplied = [&] {
            for (int i : {0, 1, 4}) {
                const KeypointState s = document.keypoint(i);
                QVERIFY2(s.visible, qPrintable(QString::number(i)));
                QVERIFY(s.pixel.has_value());
                QCOMPARE(s.pixel->x(), pixels[i].x());
                QCOMPARE(s.pixel->y(), pixels[i].y());
            }
            QVERIFY(!document.keypoint(2).visible);
            QVERIFY(document.keypoint(2).listed);
            QVERIFY(!document.keypoint(3).visible);
            QCOMPARE(document.keypoint(3).status, QStringLiteral("Behind camera"));
            QCOMPARE(document.visibleCount(), 3);
        };
        checkApplied();
        QVERIFY(document.isModified());

        document.undoStack()->undo();
        QVERIFY(document.annotation().toJson() == before);
        QVERIFY(!document.isModified());

        document.undoStack()->redo();
        checkApplied();

        document.save();
        const auto saved = nlohmann::ordered_json::parse(readWholeFile(file));
        QCOMPARE(saved.at("camera").at("fx").get<double>(), 800.0);
        QCOMPARE(saved.at("extra_top_level").get<std::string>(), std::string("survives"));
        bool noteKept = false;
        for (const auto& v : saved.at("visible_vertices"))
            if (v.at("index").get<int>() == 0) {
                noteKept = v.value("note", std::string()) == "keep me";
                QCOMPARE(v.at("pixel_coordinates").at(0).get<double>(), 11.0);
                QCOMPARE(v.at("coordinates").at(2).get<double>(), 3.0);
            }
        QVERIFY(noteKept);
        const Annotation reloaded = Annotation::load(file);
        QCOMPARE(reloaded.visibleVertices().size(), std::size_t(3));
    }

    void nothingToChangePushesNothing()
    {
        QTemporaryDir tmp;
        const fs::path file = fs::path(tmp.path().toStdString()) / "img.json";
        const Annotation annotation = Annotation::fromJson(originalJson(), file);
        AnnotationDocument document(QStringLiteral("img"), file, &annotation, 4);
        ApplyPredictionsCommand same(&document, {{10.5, 20.25}, {0, 0}, {30.0, 40.0}, {0, 0}},
                                     {true, false, true, false});
        QVERIFY(!same.changesSomething());
    }
};

QTEST_MAIN(TestApplyPredictionsCommand)
#include "test_app_apply_predictions_command.moc"
