// Annotation: exact 4SP round trip (unknown keys, key and vertex order, full precision), typed
// fields, edits that keep vertex objects, validation and JSON error positions.
#include "annotation.h"
#include "file_error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace kps;
using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

namespace {

// A 4SP-like annotation written by hand: unknown keys first and last, per-vertex unknown keys,
// keys in an unusual order, vertices not sorted by index, numbers needing 17 digits.
const char* const kAnnotationText = R"({
    "camera": {"fov_deg": 38.5, "position": [0.1, -2.25, 7.0]},
    "visible_vertices": [
        {"pixel_coordinates": [963.1234567890123, 541.0000000000001], "index": 3,
         "coordinates": [0.30000000000000004, -1.5, 2], "confidence": 0.9},
        {"index": 0, "coordinates": [1e-300, 123456789.12345679, -0.0], "pixel_coordinates": [10, 20.5]}
    ],
    "non_visible_vertices": [
        {"index": 2, "coordinates": [1.0, 2.0, 3.0], "status": "Behind camera"},
        {"index": 1, "coordinates": [4.0, 5.0, 6.0], "pixel_coordinates": [2000.25, -7.5], "status": "Outside view", "note": "keep me"},
        {"index": 4, "coordinates": [7.0, 8.0, 9.0], "pixel_coordinates": [500.0, 400.0]}
    ],
    "rotation": {"x": 0.1, "y": -0.2, "z": 3.141592653589793},
    "rotation_quaternion": {"w": 0.7071067811865476, "x": 0.0, "y": 0.7071067811865475, "z": 0.0},
    "render_seed": 12345
})";

void writeText(const fs::path& file, const std::string& text)
{
    std::ofstream out(file, std::ios::binary);
    out << text;
}

std::string readText(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

const VertexRecord* find(const std::vector<VertexRecord>& list, int index)
{
    for (const auto& record : list)
        if (record.index == index)
            return &record;
    return nullptr;
}

std::vector<int> indices(const std::vector<VertexRecord>& list)
{
    std::vector<int> result;
    for (const auto& record : list)
        result.push_back(record.index);
    return result;
}

} // namespace

Q_DECLARE_METATYPE(std::string)

class TestAnnotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedFields();
    void roundTripPreservesEverything();
    void unchangedNumbersKeepTheirSpelling();
    void saveIsIndentedAndAtomic();
    void behindCameraHasNoPixel();
    void editsKeepVertexObjects();
    void newVertexIsAppended();
    void visiblePixels();
    void validate_data();
    void validate();
    void pythonNanLiteralIsReportedAsNonFinite();
    void invalidJsonGivesLineAndColumn_data();
    void invalidJsonGivesLineAndColumn();
    void invalidStructure_data();
    void invalidStructure();
    void lineColumnAtCountsLines();
};

void TestAnnotation::typedFields()
{
    const Annotation a = Annotation::fromJson(Json::parse(kAnnotationText));
    QCOMPARE(indices(a.visibleVertices()), (std::vector<int>{3, 0}));
    QCOMPARE(indices(a.nonVisibleVertices()), (std::vector<int>{2, 1, 4}));
    const VertexRecord& v3 = a.visibleVertices()[0];
    QVERIFY(v3.pixel.has_value());
    QCOMPARE(v3.pixel->x, 963.1234567890123);
    QCOMPARE(v3.pixel->y, 541.0000000000001);
    QVERIFY(v3.coordinates.has_value());
    QCOMPARE((*v3.coordinates)[0], 0.30000000000000004);
    QCOMPARE((*v3.coordinates)[2], 2.0);
    QVERIFY(v3.status.empty());
    QCOMPARE(v3.json["confidence"].get<double>(), 0.9);

    const VertexRecord& behind = a.nonVisibleVertices()[0];
    QCOMPARE(behind.status, std::string("Behind camera"));
    QVERIFY(!behind.pixel.has_value());
    const VertexRecord& outside = a.nonVisibleVertices()[1];
    QCOMPARE(outside.status, std::string("Outside view"));
    QCOMPARE(outside.pixel->x, 2000.25);
    QVERIFY(a.nonVisibleVertices()[2].status.empty()); // occluded / back-facing

    QVERIFY(a.rotation.has_value());
    QCOMPARE(a.rotation->z, 3.141592653589793);
    QCOMPARE(a.rotation->y, -0.2);
    QVERIFY(a.rotationQuaternion.has_value());
    QCOMPARE(a.rotationQuaternion->w, 0.7071067811865476);
    QCOMPARE(a.rotationQuaternion->y, 0.7071067811865475);
    QCOMPARE(a.document()["camera"]["fov_deg"].get<double>(), 38.5);
}

void TestAnnotation::roundTripPreservesEverything()
{
    QTemporaryDir dir;
    const fs::path in = fs::path(dir.path().toStdString()) / "in.json";
    const fs::path out = fs::path(dir.path().toStdString()) / "out.json";
    writeText(in, kAnnotationText);
    const Annotation a = Annotation::load(in);
    a.save(out);

    const Json original = Json::parse(kAnnotationText);
    const Json saved = Json::parse(readText(out));
    // ordered_json compares objects key by key in order, so this checks key order too.
    QCOMPARE(saved, original);
    QCOMPARE(saved.dump(), original.dump());
    std::vector<std::string> keys;
    for (const auto& item : saved.items())
        keys.push_back(item.key());
    QCOMPARE(keys, (std::vector<std::string>{"camera", "visible_vertices", "non_visible_vertices",
                                             "rotation", "rotation_quaternion", "render_seed"}));
    // Per-vertex key order as written (pixel_coordinates first in the first vertex).
    QCOMPARE(saved["visible_vertices"][0].begin().key(), std::string("pixel_coordinates"));
    QCOMPARE(saved["non_visible_vertices"][1]["note"].get<std::string>(), std::string("keep me"));
    // Full precision survives.
    QCOMPARE(saved["visible_vertices"][1]["coordinates"][1].get<double>(), 123456789.12345679);
    QCOMPARE(saved["visible_vertices"][1]["coordinates"][0].get<double>(), 1e-300);
    QVERIFY(std::signbit(saved["visible_vertices"][1]["coordinates"][2].get<double>()));

    // Loading the saved file again gives the same text (a fixed point).
    Annotation::load(out).save(out);
    QCOMPARE(Json::parse(readText(out)).dump(), original.dump());
}

void TestAnnotation::unchangedNumbersKeepTheirSpelling()
{
    Annotation a = Annotation::fromJson(Json::parse(kAnnotationText));
    Json json = a.toJson();
    QVERIFY(json["visible_vertices"][0]["coordinates"][2].is_number_integer()); // "2" stays "2"
    QVERIFY(json["visible_vertices"][1]["pixel_coordinates"][0].is_number_integer());
    // A changed value is written back in place (same key position).
    a.visibleVertices()[1].pixel = Point2{11.75, 20.5};
    json = a.toJson();
    QCOMPARE(json["visible_vertices"][1]["pixel_coordinates"][0].get<double>(), 11.75);
    QCOMPARE(std::next(json["visible_vertices"][1].begin(), 2).key(),
             std::string("pixel_coordinates"));
    a.rotation->x = 0.5;
    json = a.toJson();
    QCOMPARE(json["rotation"]["x"].get<double>(), 0.5);
    QCOMPARE(json["rotation"].begin().key(), std::string("x"));
}

void TestAnnotation::saveIsIndentedAndAtomic()
{
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    const fs::path file = folder / "a.json";
    Annotation::fromJson(Json::parse(kAnnotationText)).save(file);
    const std::string text = readText(file);
    QVERIFY(text.rfind("{\n    \"camera\": {\n        \"fov_deg\"", 0) == 0);
    QCOMPARE(text.back(), '\n');
    int entries = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
        Q_UNUSED(entry);
        ++entries;
    }
    QCOMPARE(entries, 1); // no temporary file left behind
    // Saving into a folder that does not exist fails with the file named.
    try {
        Annotation().save(folder / "missing" / "b.json");
        QFAIL("expected FileError");
    } catch (const FileError& error) {
        QVERIFY(std::string(error.what()).find("b.json") != std::string::npos);
    }
}

void TestAnnotation::behindCameraHasNoPixel()
{
    Annotation a = Annotation::fromJson(Json::parse(kAnnotationText));
    const Json json = a.toJson();
    const Json& behind = json["non_visible_vertices"][0];
    QCOMPARE(behind["status"].get<std::string>(), std::string("Behind camera"));
    QVERIFY(!behind.contains("pixel_coordinates"));
    // Marking a vertex "Behind camera" drops its projection.
    a.setNonVisible(1, "Behind camera");
    const Json after = a.toJson();
    QVERIFY(!after["non_visible_vertices"][1].contains("pixel_coordinates"));
    QCOMPARE(after["non_visible_vertices"][1]["note"].get<std::string>(), std::string("keep me"));
}

void TestAnnotation::editsKeepVertexObjects()
{
    Annotation a = Annotation::fromJson(Json::parse(kAnnotationText));
    // visible -> non-visible keeps the object, its unknown key and its pixel.
    a.setNonVisible(3, "Outside view");
    QCOMPARE(indices(a.visibleVertices()), (std::vector<int>{0}));
    QCOMPARE(indices(a.nonVisibleVertices()), (std::vector<int>{2, 1, 4, 3}));
    Json json = a.toJson();
    const Json& moved = json["non_visible_vertices"][3];
    QCOMPARE(moved["confidence"].get<double>(), 0.9);
    QCOMPARE(moved["status"].get<std::string>(), std::string("Outside view"));
    QCOMPARE(moved["pixel_coordinates"][0].get<double>(), 963.1234567890123);
    QCOMPARE(moved["coordinates"][0].get<double>(), 0.30000000000000004);

    // non-visible (Outside view, with unknown "note") -> visible: status removed, note kept.
    a.setVisiblePixel(1, Point2{100.5, 200.25});
    json = a.toJson();
    QCOMPARE(indices(a.visibleVertices()), (std::vector<int>{0, 1}));
    const Json& back = json["visible_vertices"][1];
    QVERIFY(!back.contains("status"));
    QCOMPARE(back["note"].get<std::string>(), std::string("keep me"));
    QCOMPARE(back["pixel_coordinates"][0].get<double>(), 100.5);
    QCOMPARE(back["coordinates"][2].get<double>(), 6.0);

    // Behind camera -> visible gets a pixel.
    a.setVisiblePixel(2, Point2{1.0, 2.0});
    QVERIFY(find(a.visibleVertices(), 2)->pixel.has_value());
    QVERIFY(find(a.visibleVertices(), 2)->status.empty());

    // Editing a visible pixel in place keeps the vertex position in the list.
    a.setVisiblePixel(0, Point2{5.0, 6.0});
    QCOMPARE(indices(a.visibleVertices()), (std::vector<int>{0, 1, 2}));
    QCOMPARE(a.visibleVertices()[0].pixel->x, 5.0);

    a.removeVertex(1);
    QVERIFY(find(a.visibleVertices(), 1) == nullptr);
    QVERIFY(find(a.nonVisibleVertices(), 1) == nullptr);
    json = a.toJson();
    QCOMPARE(json["visible_vertices"].size(), std::size_t(2));
    QCOMPARE(json["camera"]["fov_deg"].get<double>(), 38.5); // unknown top-level keys untouched
    QCOMPARE(json["render_seed"].get<int>(), 12345);
}

void TestAnnotation::newVertexIsAppended()
{
    Annotation a;
    a.setVisiblePixel(5, Point2{1.5, 2.5});
    a.setNonVisible(2);
    a.setNonVisible(7, "Behind camera");
    const Json json = a.toJson();
    QCOMPARE(json.begin().key(), std::string("visible_vertices"));
    QCOMPARE(json["visible_vertices"][0]["index"].get<int>(), 5);
    QCOMPARE(json["visible_vertices"][0]["pixel_coordinates"][1].get<double>(), 2.5);
    QCOMPARE(json["non_visible_vertices"].size(), std::size_t(2));
    QVERIFY(!json["non_visible_vertices"][0].contains("status"));
    QCOMPARE(json["non_visible_vertices"][1]["status"].get<std::string>(),
             std::string("Behind camera"));
    // It reads back as the same annotation.
    const Annotation b = Annotation::fromJson(json);
    QCOMPARE(indices(b.nonVisibleVertices()), (std::vector<int>{2, 7}));
}

void TestAnnotation::visiblePixels()
{
    const Annotation a = Annotation::fromJson(Json::parse(kAnnotationText));
    const auto pixels = a.visiblePixels(5);
    QCOMPARE(pixels.size(), std::size_t(5));
    QVERIFY(pixels[0] && pixels[0]->x == 10.0 && pixels[0]->y == 20.5);
    QVERIFY(pixels[3] && pixels[3]->x == 963.1234567890123);
    QVERIFY(!pixels[1] && !pixels[2] && !pixels[4]);     // non-visible, even with pixel coordinates
    QCOMPARE(a.visiblePixels(2).size(), std::size_t(2)); // index 3 beyond K is ignored
}

void TestAnnotation::validate_data()
{
    QTest::addColumn<std::string>("json");
    QTest::addColumn<int>("keypoints");
    QTest::addColumn<QList<int>>("kinds"); // Annotation::Issue::Kind values in order
    QTest::addColumn<QString>("message");  // part of the first issue's message

    const auto vis = [](const std::string& index, const std::string& pixel) {
        return "{\"index\": " + index +
               ", \"coordinates\": [0, 0, 0], \"pixel_coordinates\": " + pixel + "}";
    };
    const int range = int(Annotation::Issue::Kind::IndexOutOfRange);
    const int duplicate = int(Annotation::Issue::Kind::DuplicateIndex);
    const int nonFinite = int(Annotation::Issue::Kind::NonFinite);

    QTest::newRow("valid") << "{\"visible_vertices\": [" + vis("0", "[1, 2]") +
                                  "], \"non_visible_vertices\": [{\"index\": 1}]}"
                           << 2 << QList<int>{} << QString();
    QTest::newRow("index == K")
        << "{\"visible_vertices\": [" + vis("0", "[1, 2]") + ", " + vis("4", "[1, 2]") + "]}" << 4
        << QList<int>{range} << QString("visible_vertices[1]: vertex index 4 is out of range 0..3");
    QTest::newRow("negative index")
        << std::string("{\"visible_vertices\": [], \"non_visible_vertices\": [{\"index\": -1}]}")
        << 4 << QList<int>{range} << QString("non_visible_vertices[0]: vertex index -1");
    QTest::newRow("negative index, K unknown")
        << "{\"visible_vertices\": [" + vis("-3", "[1, 2]") + "]}" << 0 << QList<int>{range}
        << QString("-3");
    QTest::newRow("duplicate across lists")
        << "{\"visible_vertices\": [" + vis("2", "[1, 2]") +
               "], \"non_visible_vertices\": [{\"index\": 2}]}"
        << 4 << QList<int>{duplicate}
        << QString("non_visible_vertices[0]: vertex index 2 is duplicated (already in "
                   "visible_vertices[0])");
    QTest::newRow("duplicate in one list")
        << "{\"visible_vertices\": [" + vis("1", "[1, 2]") + ", " + vis("1", "[3, 4]") + "]}" << 4
        << QList<int>{duplicate} << QString("visible_vertices[1]");
    QTest::newRow("null pixel number")
        << "{\"visible_vertices\": [" + vis("0", "[null, 2]") + "]}" << 4 << QList<int>{nonFinite}
        << QString("visible_vertices[0].pixel_coordinates: non-finite");
    QTest::newRow("null world coordinate")
        << std::string("{\"visible_vertices\": [], \"non_visible_vertices\": [{\"index\": 0, "
                       "\"coordinates\": [1, null, 3]}]}")
        << 4 << QList<int>{nonFinite} << QString("non_visible_vertices[0].coordinates");
    QTest::newRow("null rotation")
        << std::string(
               "{\"visible_vertices\": [], \"rotation\": {\"x\": 0, \"y\": null, \"z\": 0}}")
        << 4 << QList<int>{nonFinite} << QString("rotation: non-finite");
    QTest::newRow("several at once")
        << "{\"visible_vertices\": [" + vis("9", "[null, 2]") + ", " + vis("0", "[1, 2]") + ", " +
               vis("0", "[1, 2]") + "]}"
        << 4 << QList<int>{range, nonFinite, duplicate} << QString("vertex index 9");
}

void TestAnnotation::validate()
{
    QFETCH(std::string, json);
    QFETCH(int, keypoints);
    QFETCH(QList<int>, kinds);
    QFETCH(QString, message);
    const Annotation a = Annotation::fromJson(Json::parse(json));
    const auto issues = a.validate(keypoints);
    QList<int> actual;
    for (const auto& issue : issues)
        actual.push_back(int(issue.kind));
    QCOMPARE(actual, kinds);
    if (!issues.empty())
        QVERIFY2(QString::fromStdString(issues.front().message).contains(message),
                 issues.front().message.c_str());
}

void TestAnnotation::pythonNanLiteralIsReportedAsNonFinite()
{
    QTemporaryDir dir;
    const fs::path file = fs::path(dir.path().toStdString()) / "nan.json";
    // Python's json.dump writes NaN and Infinity literally.
    writeText(file, "{\"visible_vertices\": [{\"index\": 0, \"coordinates\": [NaN, 1, -Infinity], "
                    "\"pixel_coordinates\": [Infinity, 2]}]}");
    const Annotation a = Annotation::load(file);
    const auto issues = a.validate(1);
    QCOMPARE(issues.size(), std::size_t(2));
    QCOMPARE(issues[0].kind, Annotation::Issue::Kind::NonFinite);
    QVERIFY(QString::fromStdString(issues[0].message).contains("visible_vertices[0].coordinates"));
    QVERIFY(QString::fromStdString(issues[1].message)
                .contains("visible_vertices[0].pixel_coordinates"));
    QVERIFY(std::isnan(a.visibleVertices()[0].pixel->x));
}

void TestAnnotation::invalidJsonGivesLineAndColumn_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing colon")
        << std::string("{\n    \"visible_vertices\": [],\n    \"rotation\" {}\n}")
        << QString("line 3, column 16") << QString("expected ':'");
    QTest::newRow("trailing comma")
        << std::string("{\n  \"visible_vertices\": [\n    {\"index\": 0,}\n  ]\n}")
        << QString("line 3, column 17") << QString("unexpected '}'");
    QTest::newRow("truncated") << std::string("{\n  \"visible_vertices\": [\n")
                               << QString("line 2, column 23")
                               << QString("unexpected end of input");
    QTest::newRow("number overflow") << std::string("{\"visible_vertices\": [],\n \"x\": 1e999}")
                                     << QString("line 2, column 7") << QString("number overflow");
    QTest::newRow("empty") << std::string("  \n") << QString("empty file")
                           << QString("expected a JSON object");
}

void TestAnnotation::invalidJsonGivesLineAndColumn()
{
    QFETCH(std::string, text);
    QFETCH(QString, position);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const fs::path file = fs::path(dir.path().toStdString()) / "broken.json";
    writeText(file, text);
    try {
        Annotation::load(file);
        QFAIL("expected FileError");
    } catch (const FileError& error) {
        const QString what = QString::fromUtf8(error.what());
        QCOMPARE(error.file(), file);
        QVERIFY2(what.startsWith(QString::fromStdString(file.string()) + ": "), qPrintable(what));
        QVERIFY2(what.contains(position), qPrintable(what));
        QVERIFY2(what.contains(reason), qPrintable(what));
        QVERIFY2(!what.contains("json.exception"), qPrintable(what));
    }
}

void TestAnnotation::invalidStructure_data()
{
    QTest::addColumn<std::string>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("top-level array")
        << std::string("[1, 2]") << QString("expected a JSON object at the top level");
    QTest::newRow("no visible_vertices")
        << std::string("{\"rotation\": {\"x\": 0, \"y\": 0, \"z\": 0}}")
        << QString("visible_vertices: missing");
    QTest::newRow("visible is an object") << std::string("{\"visible_vertices\": {}}")
                                          << QString("visible_vertices: expected an array");
    QTest::newRow("visible without pixel")
        << std::string("{\"visible_vertices\": [{\"index\": 0, \"coordinates\": [0, 0, 0]}]}")
        << QString("visible_vertices[0]: missing \"pixel_coordinates\"");
    QTest::newRow("pixel with 3 numbers")
        << std::string("{\"visible_vertices\": [{\"index\": 0, \"pixel_coordinates\": [1, 2, 3]}]}")
        << QString("visible_vertices[0].pixel_coordinates: expected 2 numbers");
    QTest::newRow("pixel with a string")
        << std::string(
               "{\"visible_vertices\": [{\"index\": 0, \"pixel_coordinates\": [1, \"2\"]}]}")
        << QString(
               "visible_vertices[0].pixel_coordinates: expected 2 numbers, element 1 is string");
    QTest::newRow("index as string")
        << std::string("{\"visible_vertices\": [], \"non_visible_vertices\": [{\"index\": \"3\"}]}")
        << QString("non_visible_vertices[0].index: expected an integer vertex index");
    QTest::newRow("fractional index")
        << std::string("{\"visible_vertices\": [], \"non_visible_vertices\": [{\"index\": 1.5}]}")
        << QString("non_visible_vertices[0].index");
    QTest::newRow("missing index")
        << std::string("{\"visible_vertices\": [{\"pixel_coordinates\": [1, 2]}]}")
        << QString("visible_vertices[0]: missing \"index\"");
    QTest::newRow("coordinates with 2 numbers")
        << std::string("{\"visible_vertices\": [], \"non_visible_vertices\": [{\"index\": 0, "
                       "\"coordinates\": [1, 2]}]}")
        << QString("non_visible_vertices[0].coordinates: expected 3 numbers");
    QTest::newRow("status not a string")
        << std::string("{\"visible_vertices\": [], \"non_visible_vertices\": [{\"index\": 0, "
                       "\"status\": 1}]}")
        << QString("non_visible_vertices[0].status: expected a string");
    QTest::newRow("rotation missing z")
        << std::string("{\"visible_vertices\": [], \"rotation\": {\"x\": 0, \"y\": 0}}")
        << QString("rotation.z: expected a number");
    QTest::newRow("quaternion is an array")
        << std::string("{\"visible_vertices\": [], \"rotation_quaternion\": [1, 0, 0, 0]}")
        << QString("rotation_quaternion: expected an object");
}

void TestAnnotation::invalidStructure()
{
    QFETCH(std::string, json);
    QFETCH(QString, message);
    try {
        Annotation::fromJson(Json::parse(json), "JSON_Data_REF/x.json");
        QFAIL("expected FileError");
    } catch (const FileError& error) {
        const QString what = QString::fromUtf8(error.what());
        QVERIFY2(what.startsWith("JSON_Data_REF/x.json: "), qPrintable(what));
        QVERIFY2(what.contains(message), qPrintable(what));
    }
}

void TestAnnotation::lineColumnAtCountsLines()
{
    const std::string text = "ab\ncd\n\nefg";
    QCOMPARE(lineColumnAt(text, 1), std::string("line 1, column 1"));
    QCOMPARE(lineColumnAt(text, 5), std::string("line 2, column 2"));
    QCOMPARE(lineColumnAt(text, 10), std::string("line 4, column 3"));
    QCOMPARE(lineColumnAt(text, 7),
             std::string("line 2, column 2")); // blank characters are skipped back
}

QTEST_GUILESS_MAIN(TestAnnotation)
#include "test_core_annotation.moc"
