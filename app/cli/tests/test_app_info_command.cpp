// `kpstudio info`: run the real executable on a small hand-made dataset and check the numbers of
// its --json report, the human table, and the exit codes.
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include "cli_process.h"

#include <QtTest>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

using CliResult = kps::test::CliRun;

CliResult runCli(const QStringList& arguments)
{
    return kps::test::runCli(QStringLiteral(KPS_CLI), arguments, 60000);
}

void writeText(const fs::path& file, const std::string& text)
{
    std::ofstream(file, std::ios::binary) << text;
}

// K = 3. Images: a, b (192x108), c (unlabelled); annotations: a, b, e (invalid JSON, no image).
// a: vertex 0 visible at the centre (inside the crop), vertex 1 visible at x=5 (outside), 2 hidden.
// b: vertex 0 visible inside the crop. So visible 3, in crop 2, per vertex [2, 1, 0].
void makeDataset(const fs::path& root, const std::string& meshName = "mesh_information.json")
{
    fs::create_directories(root / "Rendered_Images");
    fs::create_directories(root / "JSON_Data_REF");
    fs::create_directories(root / "Object_Information");
    writeText(root / "Object_Information" / meshName,
              R"({"object_name": "tri", "total_vertices": 3, "total_edges": 3, "total_faces": 1,
                  "vertex_connectivity": {"0": [1, 2], "1": [0, 2], "2": [0, 1]},
                  "face_composition": [[0, 1, 2]], "edge_composition": [[0, 1], [1, 2], [2, 0]]})");
    const cv::Mat image(108, 192, CV_8UC3, cv::Scalar(40, 40, 40));
    for (const char* name : {"a.png", "b.jpg", "c.png"})
        QVERIFY(cv::imwrite((root / "Rendered_Images" / name).string(), image));
    writeText(
        root / "JSON_Data_REF" / "a.json",
        R"({"visible_vertices": [{"index": 0, "coordinates": [0, 0, 0], "pixel_coordinates": [96, 54]},
                                       {"index": 1, "coordinates": [1, 0, 0], "pixel_coordinates": [5, 54]}],
                  "non_visible_vertices": [{"index": 2, "coordinates": [0, 1, 0]}]})");
    writeText(
        root / "JSON_Data_REF" / "b.json",
        R"({"visible_vertices": [{"index": 0, "coordinates": [0, 0, 0], "pixel_coordinates": [100, 60]}],
                  "non_visible_vertices": [{"index": 1, "coordinates": [0, 0, 0], "status": "Behind camera"},
                                           {"index": 2, "coordinates": [0, 1, 0]}]})");
    writeText(root / "JSON_Data_REF" / "e.json", "{\n  \"visible_vertices\": [\n");
}

} // namespace

class TestInfoCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonReport();
    void humanReport();
    void missingDatasetFails();
    void emptyDatasetFails();
    void usageErrors();
    void seedMeshFileName();
    void severalMeshFilesPickedByRule();
};

void TestInfoCommand::jsonReport()
{
    QTemporaryDir dir;
    const fs::path root = fs::path(dir.path().toStdString()) / "set";
    makeDataset(root);
    const CliResult result = runCli({"info", QString::fromStdString(root.string()), "--json"});
    QCOMPARE(result.exitCode, 0);
    Json report;
    try {
        report = Json::parse(result.out.toStdString()); // exactly one JSON document on stdout
    } catch (const std::exception& error) {
        QFAIL(qPrintable(
            QString("stdout is not one JSON object: %1\n%2").arg(error.what(), result.out)));
    }
    QVERIFY(report.is_object());
    QCOMPARE(report["images"].get<int>(), 3);
    QCOMPARE(report["annotated"].get<int>(), 2);
    QCOMPARE(report["unlabelled"].get<int>(), 1);
    QCOMPARE(report["invalid_annotations"].get<int>(), 1);
    QCOMPARE(report["annotations_without_image"].get<int>(), 1);
    QCOMPARE(report["keypoints"].get<int>(), 3);
    QCOMPARE(report["keypoints_source"].get<std::string>(), std::string("mesh"));
    QCOMPARE(report["object_name"].get<std::string>(), std::string("tri"));
    QCOMPARE(report["trainable"].get<int>(), 2);
    QCOMPARE(report["visible_total"].get<int>(), 3);
    QCOMPARE(report["visible_in_crop_total"].get<int>(), 2);
    QCOMPARE(report["visible_per_vertex"].get<std::vector<int>>(), (std::vector<int>{2, 1, 0}));
    QCOMPARE(report["usable"].get<bool>(), true);

    const Json& problems = report["problems"];
    QVERIFY(problems.is_array());
    std::map<std::string, Json> byKind;
    for (const Json& p : problems) {
        for (const char* key : {"file", "message", "kind", "severity"})
            QVERIFY2(p.contains(key) && p[key].is_string(), key);
        byKind[p["kind"].get<std::string>()] = p;
    }
    QCOMPARE(problems.size(), std::size_t(3));
    QVERIFY(byKind.count("invalid_json"));
    QCOMPARE(fs::path(byKind["invalid_json"]["file"].get<std::string>()),
             root / "JSON_Data_REF" / "e.json");
    QVERIFY(QString::fromStdString(byKind["invalid_json"]["message"].get<std::string>())
                .contains("line 2, column"));
    QCOMPARE(byKind["invalid_json"]["severity"].get<std::string>(), std::string("error"));
    QCOMPARE(fs::path(byKind["annotation_without_image"]["file"].get<std::string>()),
             root / "JSON_Data_REF" / "e.json");
    QCOMPARE(fs::path(byKind["image_without_annotation"]["file"].get<std::string>()),
             root / "Rendered_Images" / "c.png");
    QCOMPARE(byKind["image_without_annotation"]["severity"].get<std::string>(),
             std::string("info"));
    QCOMPARE(report["problem_counts"]["error"].get<int>(), 1);
    QCOMPARE(report["problem_counts"]["warning"].get<int>(), 1);
    QCOMPARE(report["problem_counts"]["info"].get<int>(), 1);
}

void TestInfoCommand::humanReport()
{
    QTemporaryDir dir;
    const fs::path root = fs::path(dir.path().toStdString()) / "set";
    makeDataset(root);
    const CliResult result = runCli({"info", QString::fromStdString(root.string())});
    QCOMPARE(result.exitCode, 0);
    const QString text = result.out;
    const auto valueOf = [&](const QString& label) {
        for (const QString& line : text.split('\n'))
            if (line.trimmed().startsWith(label))
                return line.mid(line.indexOf(label) + label.size()).trimmed();
        return QString();
    };
    QCOMPARE(valueOf("Images"), QString("3"));
    QCOMPARE(valueOf("Annotated"), QString("2"));
    QCOMPARE(valueOf("Unlabelled"), QString("1"));
    QVERIFY2(valueOf("Keypoints (K)").startsWith("3"), qPrintable(text));
    QCOMPARE(valueOf("Visible keypoints"), QString("3"));
    QVERIFY2(valueOf("... inside the model crop").startsWith("2 (66.7%)"), qPrintable(text));
    // Per-vertex table: vertex 0 visible in both annotated images (100%), vertex 2 in none.
    QVERIFY2(QRegularExpression(R"(\n\s+0\s+2\s+100\.0%\n)").match(text).hasMatch(),
             qPrintable(text));
    QVERIFY2(QRegularExpression(R"(\n\s+2\s+0\s+0\.0%\n)").match(text).hasMatch(),
             qPrintable(text));
    QVERIFY2(text.contains("invalid_json") &&
                 text.contains("JSON_Data_REF/e.json: invalid JSON: line 2"),
             qPrintable(text));
}

void TestInfoCommand::missingDatasetFails()
{
    QTemporaryDir dir;
    const QString missing = dir.path() + "/does-not-exist";
    const CliResult json = runCli({"info", missing, "--json"});
    QCOMPARE(json.exitCode, 1);
    const Json report = Json::parse(json.out.toStdString());
    QCOMPARE(report["usable"].get<bool>(), false);
    QCOMPARE(report["images"].get<int>(), 0);
    QCOMPARE(report["problems"].size(), std::size_t(1));
    QCOMPARE(report["problems"][0]["kind"].get<std::string>(), std::string("missing_folder"));
    // One error line on stderr naming the folder.
    const QString err = json.err.trimmed();
    QCOMPARE(err.count('\n'), 0);
    QVERIFY2(err.startsWith("kpstudio info: " + missing + ": "), qPrintable(err));
    QVERIFY2(err.contains("does not exist"), qPrintable(err));

    const CliResult human = runCli({"info", missing});
    QCOMPARE(human.exitCode, 1);
}

void TestInfoCommand::emptyDatasetFails()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("Rendered_Images"));
    QVERIFY(QDir(dir.path()).mkpath("JSON_Data_REF"));
    const CliResult result = runCli({"info", dir.path(), "--json"});
    QCOMPARE(result.exitCode, 1);
    const Json report = Json::parse(result.out.toStdString());
    QCOMPARE(report["images"].get<int>(), 0);
    QCOMPARE(report["keypoints"].get<int>(), 0);
    QVERIFY2(result.err.contains("no readable images"), qPrintable(result.err));
}

void TestInfoCommand::usageErrors()
{
    QCOMPARE(runCli({"info"}).exitCode, 2);
    QCOMPARE(runCli({"info", "a", "b"}).exitCode, 2);
    QCOMPARE(runCli({"info", "--no-such-option", "x"}).exitCode, 2);
    const CliResult help = runCli({"info", "--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--json"));
}

// The seed's renderer names the mesh mesh_information_REF_TANGO.json: alone, it is the mesh.
void TestInfoCommand::seedMeshFileName()
{
    QTemporaryDir dir;
    const fs::path root = fs::path(dir.path().toStdString()) / "set";
    makeDataset(root, "mesh_information_REF_TANGO.json");
    const CliResult result = runCli({"info", QString::fromStdString(root.string()), "--json"});
    QCOMPARE(result.exitCode, 0);
    const Json report = Json::parse(result.out.toStdString());
    QCOMPARE(report["keypoints"].get<int>(), 3);
    QCOMPARE(report["keypoints_source"].get<std::string>(), std::string("mesh"));
    QCOMPARE(report["object_name"].get<std::string>(), std::string("tri"));
    QCOMPARE(report["mesh_edges"].get<int>(), 3);
    QCOMPARE(report["mesh_file"].get<std::string>(),
             std::string("Object_Information/mesh_information_REF_TANGO.json"));
    QCOMPARE(report["mesh_files_found"].size(), std::size_t(1));
    for (const Json& p : report["problems"])
        QVERIFY2(p["kind"] != "missing_mesh", qPrintable(QString::fromStdString(p.dump())));

    const CliResult human = runCli({"info", QString::fromStdString(root.string())});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains(QRegularExpression(R"(Keypoints \(K\)\s+3 \(mesh "tri"\))")),
             qPrintable(human.out));
    QVERIFY2(human.out.contains(QRegularExpression(
                 R"(Mesh file\s+Object_Information/mesh_information_REF_TANGO)")),
             qPrintable(human.out));
    QVERIFY2(human.out.contains(QRegularExpression(R"(Mesh edges\s+3\n)")), qPrintable(human.out));
}

// Several mesh files: mesh_information.json first, then _REF_TANGO, then the rest by name.
void TestInfoCommand::severalMeshFilesPickedByRule()
{
    QTemporaryDir dir;
    const fs::path root = fs::path(dir.path().toStdString()) / "set";
    makeDataset(root, "mesh_information_REF_TANGO.json");
    const std::string four = R"({"object_name": "quad", "total_vertices": 4, "total_edges": 4,
        "total_faces": 1, "vertex_connectivity": {}, "face_composition": [[0, 1, 2, 3]],
        "edge_composition": [[0, 1], [1, 2], [2, 3], [3, 0]]})";
    writeText(root / "Object_Information" / "mesh_information_MASK_TANGO.json", four);
    writeText(root / "Object_Information" / "mesh_information_A.json", four);
    const auto info = [&] {
        const CliResult result = runCli({"info", QString::fromStdString(root.string()), "--json"});
        return Json::parse(result.out.toStdString());
    };
    Json report = info();
    QCOMPARE(report["mesh_file"].get<std::string>(),
             std::string("Object_Information/mesh_information_REF_TANGO.json"));
    QCOMPARE(report["keypoints"].get<int>(), 3);
    QCOMPARE(report["mesh_files_found"].get<std::vector<std::string>>(),
             (std::vector<std::string>{"Object_Information/mesh_information_REF_TANGO.json",
                                       "Object_Information/mesh_information_A.json",
                                       "Object_Information/mesh_information_MASK_TANGO.json"}));
    const CliResult human = runCli({"info", QString::fromStdString(root.string())});
    QVERIFY2(
        human.out.contains(QRegularExpression(
            R"(Other mesh files \(unused\)\s+mesh_information_A.json, mesh_information_MASK_TANGO.json)")),
        qPrintable(human.out));

    // Ours wins over every seed name.
    writeText(root / "Object_Information" / "mesh_information.json", four);
    report = info();
    QCOMPARE(report["mesh_file"].get<std::string>(),
             std::string("Object_Information/mesh_information.json"));
    QCOMPARE(report["keypoints"].get<int>(), 4);
    QCOMPARE(report["object_name"].get<std::string>(), std::string("quad"));
}

QTEST_GUILESS_MAIN(TestInfoCommand)
#include "test_app_info_command.moc"
