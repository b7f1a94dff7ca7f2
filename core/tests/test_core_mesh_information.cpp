// MeshInformation: typed fields of mesh_information.json, exact round trip with unknown keys,
// errors naming the key, wireframe edges and derived topology.
#include "file_error.h"
#include "mesh_information.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace kps;
using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

namespace {

// A square pyramid as a 4SP exporter writes it, with keys we do not know ("units", "source").
const char* const kPyramid = R"({
    "source": "blender export",
    "object_name": "pyramid",
    "total_vertices": 5,
    "total_edges": 8,
    "total_faces": 5,
    "vertex_connectivity": {"0": [1, 3, 4], "1": [0, 2, 4], "2": [1, 3, 4], "3": [0, 2, 4], "4": [0, 1, 2, 3]},
    "face_composition": [[0, 1, 2, 3], [0, 1, 4], [1, 2, 4], [2, 3, 4], [3, 0, 4]],
    "edge_composition": [[0, 1], [1, 2], [2, 3], [3, 0], [0, 4], [1, 4], [2, 4], [3, 4]],
    "vertex_coordinates": [[-1, -1, 0], [1, -1, 0], [1, 1, 0], [-1, 1, 0], [0, 0, 1.4142135623730951]],
    "units": "m"
})";

std::string readText(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

MeshInformation cube()
{
    MeshInformation mesh;
    mesh.objectName = "cube";
    for (int i = 0; i < 8; ++i)
        mesh.vertexCoordinates.push_back(
            {double(i & 1), double((i >> 1) & 1), double((i >> 2) & 1)});
    mesh.faces = {{0, 1, 3, 2}, {4, 5, 7, 6}, {0, 1, 5, 4},
                  {2, 3, 7, 6}, {0, 2, 6, 4}, {1, 3, 7, 5}};
    return mesh;
}

} // namespace

Q_DECLARE_METATYPE(std::string)

class TestMeshInformation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedFields();
    void roundTripKeepsUnknownKeysAndOrder();
    void editedFieldsAreWrittenBack();
    void coordinatesAreOptional();
    void errorsNameTheKey_data();
    void errorsNameTheKey();
    void invalidJsonFileGivesLineAndColumn();
    void wireframeFromFacesWhenNoEdges();
    void deriveTopologyOfCube();
};

void TestMeshInformation::typedFields()
{
    const MeshInformation mesh = MeshInformation::fromJson(Json::parse(kPyramid));
    QCOMPARE(mesh.objectName, std::string("pyramid"));
    QCOMPARE(mesh.keypointCount(), 5);
    QCOMPARE(mesh.totalEdges, 8);
    QCOMPARE(mesh.totalFaces, 5);
    QCOMPARE(mesh.vertexConnectivity.size(), std::size_t(5));
    QCOMPARE(mesh.vertexConnectivity.at(4), (std::vector<int>{0, 1, 2, 3}));
    QCOMPARE(mesh.faces.size(), std::size_t(5));
    QCOMPARE(mesh.faces[0], (std::vector<int>{0, 1, 2, 3}));
    QCOMPARE(mesh.edges.size(), std::size_t(8));
    QCOMPARE(mesh.edges[4], (std::array<int, 2>{0, 4}));
    QCOMPARE(mesh.vertexCoordinates.size(), std::size_t(5));
    QCOMPARE(mesh.vertexCoordinates[4][2], 1.4142135623730951);
    QCOMPARE(mesh.wireframeEdges(), mesh.edges);
}

void TestMeshInformation::roundTripKeepsUnknownKeysAndOrder()
{
    QTemporaryDir dir;
    const fs::path in = fs::path(dir.path().toStdString()) / "in.json";
    const fs::path out = fs::path(dir.path().toStdString()) / "mesh_information.json";
    std::ofstream(in) << kPyramid;
    MeshInformation::load(in).save(out);
    const Json saved = Json::parse(readText(out));
    QCOMPARE(saved.dump(), Json::parse(kPyramid).dump()); // same keys, same order, same numbers
    QVERIFY(readText(out).find("\n    \"object_name\": \"pyramid\"") !=
            std::string::npos); // 4-space indent
    QVERIFY(saved["vertex_coordinates"][0][0].is_number_integer());
}

void TestMeshInformation::editedFieldsAreWrittenBack()
{
    MeshInformation mesh = MeshInformation::fromJson(Json::parse(kPyramid));
    mesh.objectName = "pyramid v2";
    mesh.vertexCoordinates[4][2] = 2.0;
    const Json json = mesh.toJson();
    QCOMPARE(json["object_name"].get<std::string>(), std::string("pyramid v2"));
    QCOMPARE(json["vertex_coordinates"][4][2].get<double>(), 2.0);
    QCOMPARE(json.begin().key(), std::string("source"));
    QCOMPARE(json["units"].get<std::string>(), std::string("m"));
    std::vector<std::string> keys;
    for (const auto& item : json.items())
        keys.push_back(item.key());
    QCOMPARE(keys,
             (std::vector<std::string>{"source", "object_name", "total_vertices", "total_edges",
                                       "total_faces", "vertex_connectivity", "face_composition",
                                       "edge_composition", "vertex_coordinates", "units"}));
    const MeshInformation again = MeshInformation::fromJson(json);
    QCOMPARE(again.vertexCoordinates[4][2], 2.0);
    QCOMPARE(again.edges, mesh.edges);
}

void TestMeshInformation::coordinatesAreOptional()
{
    Json json = Json::parse(kPyramid);
    json.erase("vertex_coordinates");
    const MeshInformation mesh = MeshInformation::fromJson(json);
    QVERIFY(mesh.vertexCoordinates.empty());
    QCOMPARE(mesh.keypointCount(), 5);
    QVERIFY(!mesh.toJson().contains("vertex_coordinates"));

    // A minimal file: only total_vertices; the other totals come from the (empty) lists.
    const MeshInformation minimal =
        MeshInformation::fromJson(Json::parse(R"({"total_vertices": 11})"));
    QCOMPARE(minimal.keypointCount(), 11);
    QCOMPARE(minimal.totalEdges, 0);
    QCOMPARE(minimal.totalFaces, 0);
    const Json written = minimal.toJson();
    QCOMPARE(written.begin().key(), std::string("total_vertices"));
    QCOMPARE(written["object_name"].get<std::string>(), std::string());
}

void TestMeshInformation::errorsNameTheKey_data()
{
    QTest::addColumn<std::string>("key");   // key to replace in the pyramid ("" = remove none)
    QTest::addColumn<std::string>("value"); // JSON value to put there ("-" = remove the key)
    QTest::addColumn<QString>("message");
    QTest::newRow("no total_vertices")
        << std::string("total_vertices") << std::string("-") << QString("total_vertices: missing");
    QTest::newRow("total_vertices string")
        << std::string("total_vertices") << std::string("\"5\"")
        << QString("total_vertices: expected an integer, found string");
    QTest::newRow("total_vertices negative") << std::string("total_vertices") << std::string("-2")
                                             << QString("total_vertices: must not be negative");
    QTest::newRow("object_name number") << std::string("object_name") << std::string("3")
                                        << QString("object_name: expected a string");
    QTest::newRow("connectivity array")
        << std::string("vertex_connectivity") << std::string("[[1]]")
        << QString("vertex_connectivity: expected an object");
    QTest::newRow("connectivity key")
        << std::string("vertex_connectivity") << std::string("{\"a\": [1]}")
        << QString("vertex_connectivity[\"a\"]: key is not a vertex index");
    QTest::newRow("connectivity neighbour")
        << std::string("vertex_connectivity") << std::string("{\"0\": [9]}")
        << QString(
               "vertex_connectivity[\"0\"]: vertex index 9 is out of range (total_vertices is 5)");
    QTest::newRow("face index") << std::string("face_composition")
                                << std::string("[[0, 1, 2], [0, 1, 5]]")
                                << QString("face_composition[1]: vertex index 5 is out of range");
    QTest::newRow("face too small")
        << std::string("face_composition") << std::string("[[0, 1]]")
        << QString("face_composition[0]: a face needs at least 3 vertices");
    QTest::newRow("face of strings")
        << std::string("face_composition") << std::string("[[0, \"1\", 2]]")
        << QString("face_composition[0][1]: expected an integer");
    QTest::newRow("edge of 3") << std::string("edge_composition")
                               << std::string("[[0, 1], [1, 2, 3]]")
                               << QString(
                                      "edge_composition[1]: expected 2 vertex indices, found 3");
    QTest::newRow("edge negative")
        << std::string("edge_composition") << std::string("[[-1, 1]]")
        << QString("edge_composition[0]: vertex index -1 is out of range");
    QTest::newRow("coordinates count")
        << std::string("vertex_coordinates") << std::string("[[0, 0, 0]]")
        << QString("vertex_coordinates: has 1 vertices but total_vertices is 5");
    QTest::newRow("coordinates pair")
        << std::string("vertex_coordinates") << std::string("[[0, 0]]")
        << QString("vertex_coordinates[0]: expected 3 numbers");
}

void TestMeshInformation::errorsNameTheKey()
{
    QFETCH(std::string, key);
    QFETCH(std::string, value);
    QFETCH(QString, message);
    Json json = Json::parse(kPyramid);
    if (value == "-")
        json.erase(key);
    else
        json[key] = Json::parse(value);
    try {
        MeshInformation::fromJson(json, "Object_Information/mesh_information.json");
        QFAIL("expected FileError");
    } catch (const FileError& error) {
        const QString what = QString::fromUtf8(error.what());
        QVERIFY2(what.startsWith("Object_Information/mesh_information.json: "), qPrintable(what));
        QVERIFY2(what.contains(message), qPrintable(what));
    }
}

void TestMeshInformation::invalidJsonFileGivesLineAndColumn()
{
    QTemporaryDir dir;
    const fs::path file = fs::path(dir.path().toStdString()) / "mesh_information.json";
    std::ofstream(file) << "{\n  \"total_vertices\": 5,\n  \"object_name\": pyramid\n}";
    try {
        MeshInformation::load(file);
        QFAIL("expected FileError");
    } catch (const FileError& error) {
        QCOMPARE(error.file(), file);
        QVERIFY2(QString(error.what()).contains("line 3, column 18"), error.what());
    }
    try {
        MeshInformation::load(fs::path(dir.path().toStdString()) / "absent.json");
        QFAIL("expected FileError");
    } catch (const FileError& error) {
        QVERIFY2(QString(error.what()).contains("absent.json"), error.what());
    }
}

void TestMeshInformation::wireframeFromFacesWhenNoEdges()
{
    Json json = Json::parse(kPyramid);
    json.erase("edge_composition");
    json.erase("total_edges");
    const MeshInformation mesh = MeshInformation::fromJson(json);
    const auto edges = mesh.wireframeEdges();
    QCOMPARE(mesh.totalEdges, 8); // taken from the derived edges
    std::set<std::array<int, 2>> distinct(edges.begin(), edges.end());
    QCOMPARE(distinct.size(), edges.size());
    const std::set<std::array<int, 2>> expected{{0, 1}, {1, 2}, {2, 3}, {0, 3},
                                                {0, 4}, {1, 4}, {2, 4}, {3, 4}};
    QCOMPARE(distinct, expected);
}

void TestMeshInformation::deriveTopologyOfCube()
{
    MeshInformation mesh = cube();
    mesh.deriveTopology();
    QCOMPARE(mesh.totalVertices, 8);
    QCOMPARE(mesh.totalEdges, 12);
    QCOMPARE(mesh.totalFaces, 6);
    QCOMPARE(mesh.edges.size(), std::size_t(12));
    QCOMPARE(mesh.vertexConnectivity.size(), std::size_t(8));
    for (const auto& [vertex, neighbours] : mesh.vertexConnectivity) {
        QCOMPARE(neighbours.size(), std::size_t(3));
        for (int n : neighbours) // cube neighbours differ in exactly one coordinate bit
            QCOMPARE(__builtin_popcount(unsigned(vertex ^ n)), 1);
    }
    QCOMPARE(mesh.vertexConnectivity.at(0), (std::vector<int>{1, 2, 4}));
    // The derived mesh is a valid file that reads back identically.
    const MeshInformation again = MeshInformation::fromJson(mesh.toJson());
    QCOMPARE(again.edges, mesh.edges);
    QCOMPARE(again.vertexConnectivity, mesh.vertexConnectivity);
    QCOMPARE(again.vertexCoordinates, mesh.vertexCoordinates);
    QCOMPARE(again.toJson().dump(), mesh.toJson().dump());
}

QTEST_GUILESS_MAIN(TestMeshInformation)
#include "test_core_mesh_information.moc"
