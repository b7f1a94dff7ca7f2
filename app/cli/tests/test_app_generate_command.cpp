// `kpstudio generate` as a user runs it: files written, same bytes as the core API, one-line
// errors with a non-zero exit for bad arguments.
#include "atomic_file.h"
#include "dataset_layout.h"
#include "synthetic_generator.h"

#include <opencv2/imgcodecs.hpp>

#include <QTemporaryDir>
#include "cli_process.h"

#include <QtTest>

#include <fstream>

using namespace kps;

namespace {

using kps::test::CliRun;

CliRun runCli(const QStringList& arguments)
{
    return kps::test::runCli(QStringLiteral(KPS_CLI),
                             QStringList{QStringLiteral("generate")} + arguments, 120000);
}

std::filesystem::path path(const QString& text)
{
    return std::filesystem::path(text.toStdString());
}

} // namespace

class TestGenerateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheDatasetTheCoreWrites();
    void objMeshAndFourSpRule();
    void badArgumentsGiveOneLineErrors_data();
    void badArgumentsGiveOneLineErrors();
    void helpListsTheOptions();
};

void TestGenerateCommand::writesTheDatasetTheCoreWrites()
{
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("cli"));
    const CliRun run = runCli({"--out", out, "--count", "3", "--width", "320", "--height", "180",
                               "--seed", "5", "--threads", "2"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Wrote 3 images")), qPrintable(run.out));
    QVERIFY(run.err.contains(
        QStringLiteral("rendering: 3/3"))); // progress lines when not on a terminal

    GeneratorOptions options;
    options.outputDir = path(tmp.filePath(QStringLiteral("core")));
    options.count = 3;
    options.width = 320;
    options.height = 180;
    options.seed = 5;
    options.threads = 1;
    generateDataset(options);
    for (int i = 0; i < 3; ++i) {
        const std::string stem = sampleStem(static_cast<std::size_t>(i));
        const auto png = layout::imagesDir(path(out)) / (stem + ".png");
        const cv::Mat image = cv::imread(png.string());
        QCOMPARE(image.cols, 320);
        QCOMPARE(image.rows, 180);
        QVERIFY(readWholeFile(png) ==
                readWholeFile(layout::imagesDir(options.outputDir) / (stem + ".png")));
        const std::string json = readWholeFile(layout::annotationFile(path(out), stem));
        QVERIFY(json == readWholeFile(layout::annotationFile(options.outputDir, stem)));
        const auto document = nlohmann::ordered_json::parse(json);
        QCOMPARE(document.at("visible_vertices").size() +
                     document.at("non_visible_vertices").size(),
                 std::size_t(16));
        QCOMPARE(document.at("camera").at("width").get<int>(), 320);
    }
    const auto mesh = nlohmann::ordered_json::parse(readWholeFile(layout::meshFile(path(out))));
    QCOMPARE(mesh.at("total_vertices").get<int>(), 16);
    QCOMPARE(mesh.at("vertex_coordinates").size(), std::size_t(16));

    // --materials random: the core's per-image colours, same poses, other pixels.
    const QString randomOut = tmp.filePath(QStringLiteral("cli_random"));
    const CliRun randomRun = runCli({"--out", randomOut, "--count", "1", "--width", "320",
                                     "--height", "180", "--seed", "5", "--materials", "random"});
    QCOMPARE(randomRun.exitCode, 0);
    QVERIFY2(randomRun.out.contains(QStringLiteral("random materials")), qPrintable(randomRun.out));
    QVERIFY2(run.out.contains(QStringLiteral("fixed materials")), qPrintable(run.out));
    options.outputDir = path(tmp.filePath(QStringLiteral("core_random")));
    options.count = 1;
    options.materials = MaterialMode::PerImage;
    generateDataset(options);
    const std::string stem = sampleStem(0);
    const std::string randomPng =
        readWholeFile(layout::imagesDir(path(randomOut)) / (stem + ".png"));
    QVERIFY(randomPng == readWholeFile(layout::imagesDir(options.outputDir) / (stem + ".png")));
    QVERIFY(randomPng != readWholeFile(layout::imagesDir(path(out)) / (stem + ".png")));
    QVERIFY(readWholeFile(layout::annotationFile(path(randomOut), stem)) ==
            readWholeFile(layout::annotationFile(path(out), stem)));
}

void TestGenerateCommand::objMeshAndFourSpRule()
{
    QTemporaryDir tmp;
    const QString obj = tmp.filePath(QStringLiteral("tetra.obj"));
    {
        std::ofstream file(obj.toStdString());
        file << "v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nf 1 3 2\nf 1 2 4\nf 2 3 4\nf 1 4 3\n";
    }
    const QString out = tmp.filePath(QStringLiteral("tetra"));
    const CliRun run = runCli({"--out", out, "--count", "2", "--width", "160", "--height", "90",
                               "--mesh", obj, "--visibility", "4sp", "--supersampling", "2"});
    QCOMPARE(run.exitCode, 0);
    const auto mesh = nlohmann::ordered_json::parse(readWholeFile(layout::meshFile(path(out))));
    QCOMPARE(mesh.at("object_name").get<std::string>(), std::string("tetra"));
    QCOMPARE(mesh.at("total_vertices").get<int>(), 4);
    QCOMPARE(mesh.at("total_edges").get<int>(), 6);
    QCOMPARE(mesh.at("total_faces").get<int>(), 4);
    for (int i = 0; i < 2; ++i) {
        const auto document = nlohmann::ordered_json::parse(readWholeFile(
            layout::annotationFile(path(out), sampleStem(static_cast<std::size_t>(i)))));
        // A tetrahedron always turns at least one face, hence 3 vertices, to the camera.
        QVERIFY(document.at("visible_vertices").size() >= 3);
        QCOMPARE(document.at("visible_vertices").size() +
                     document.at("non_visible_vertices").size(),
                 std::size_t(4));
    }
}

void TestGenerateCommand::badArgumentsGiveOneLineErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no --out") << QStringList{"--count", "2"} << "--out";
    QTest::newRow("no --count") << QStringList{"--out", "@"} << "--count";
    QTest::newRow("zero count") << QStringList{"--out", "@", "--count", "0"} << "--count";
    QTest::newRow("count not a number") << QStringList{"--out", "@", "--count", "many"} << "many";
    QTest::newRow("tiny width") << QStringList{"--out", "@", "--count", "1", "--width", "5"}
                                << "--width";
    QTest::newRow("bad rule") << QStringList{"--out", "@", "--count", "1", "--visibility", "xray"}
                              << "xray";
    QTest::newRow("bad materials")
        << QStringList{"--out", "@", "--count", "1", "--materials", "painted"} << "painted";
    QTest::newRow("bad supersampling")
        << QStringList{"--out", "@", "--count", "1", "--supersampling", "99"} << "--supersampling";
    QTest::newRow("negative focal")
        << QStringList{"--out", "@", "--count", "1", "--focal-mm", "-3"} << "--focal-mm";
    QTest::newRow("unknown option")
        << QStringList{"--out", "@", "--count", "1", "--bogus"} << "bogus";
    QTest::newRow("stray argument")
        << QStringList{"--out", "@", "--count", "1", "extra"} << "extra";
    QTest::newRow("missing mesh") << QStringList{"--out", "@",      "--count",
                                                 "1",     "--mesh", "@/none.obj"}
                                  << "none.obj";
    QTest::newRow("unsupported mesh")
        << QStringList{"--out", "@", "--count", "1", "--mesh", "@/m.stl"} << "m.stl";
    QTest::newRow("broken json mesh")
        << QStringList{"--out", "@", "--count", "1", "--mesh", "@/broken.json"} << "broken.json";
}

void TestGenerateCommand::badArgumentsGiveOneLineErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QTemporaryDir tmp;
    {
        std::ofstream(tmp.filePath(QStringLiteral("m.stl")).toStdString()) << "solid x\n";
        std::ofstream(tmp.filePath(QStringLiteral("broken.json")).toStdString())
            << "{\"total_vertices\": 3,\n oops";
    }
    const QString out = tmp.filePath(QStringLiteral("out"));
    for (QString& argument : arguments)
        argument.replace(QLatin1Char('@'), argument == QLatin1String("@") ? out : tmp.path());
    const CliRun run = runCli(arguments);
    QVERIFY(run.exitCode != 0);
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].startsWith(QStringLiteral("kpstudio generate: ")), qPrintable(lines[0]));
    QVERIFY2(lines[0].contains(mentions), qPrintable(lines[0]));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/Rendered_Images/img_000000.png")));
}

void TestGenerateCommand::helpListsTheOptions()
{
    const CliRun run = runCli({"--help"});
    QCOMPARE(run.exitCode, 0);
    for (const char* option : {"--out", "--count", "--seed", "--mesh", "--width", "--height",
                               "--visibility", "--materials", "--threads"})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(TestGenerateCommand)
#include "test_app_generate_command.moc"
