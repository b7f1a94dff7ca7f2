// Seed arrays (X_data.npy / Y_data.npz) both ways: our export against an independent NumPy
// re-implementation of the seed's preprocessing (tests/python/seed_arrays_oracle.py), numpy.load
// reading our files, and our reader on files numpy wrote (float32 savez_compressed and
// float64 savez). Datasets come from the synthetic generator at test time.
#include "atomic_file.h"
#include "file_error.h"
#include "npy_array.h"
#include "seed_arrays.h"
#include "test_dataset.h"
#include "zip_archive.h"

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>

namespace fs = std::filesystem;
using namespace kps;

namespace {

fs::path toPath(const QString& path)
{
    return fs::path(path.toStdString());
}

// Runs the oracle; empty JSON (and a QSKIP by the caller) when numpy is not available.
nlohmann::json runOracle(const fs::path& dataset, const fs::path& ours, const fs::path& decoded,
                         const fs::path& numpyOut, QString* error)
{
    QProcess process;
    process.start(QStringLiteral(KPS_PYTHON),
                  {QStringLiteral(KPS_SOURCE_DIR "/tests/python/seed_arrays_oracle.py"),
                   QString::fromStdString(dataset.string()), QString::fromStdString(ours.string()),
                   QString::fromStdString(decoded.string()),
                   QString::fromStdString(numpyOut.string())});
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return nlohmann::json::parse(process.readAllStandardOutput().toStdString());
}

} // namespace

class TestSeedArrays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zipRoundTrip();
    void exportMatchesNumpyOracle_data();
    void exportMatchesNumpyOracle();
    void readerErrorsNameTheFile();
};

void TestSeedArrays::zipRoundTrip()
{
    std::string big(200000, '\0');
    for (std::size_t i = 0; i < big.size(); ++i)
        big[i] = static_cast<char>((i * 7) % 13);
    for (const bool compress : {true, false}) {
        const std::string archive =
            writeZipArchive({{"a.npy", "hello"}, {"b.npy", big}, {"empty.npy", ""}}, compress);
        if (compress)
            QVERIFY(archive.size() < big.size() / 4);
        const ZipReader reader(archive, "mem.zip");
        QCOMPARE(reader.names(), (std::vector<std::string>{"a.npy", "b.npy", "empty.npy"}));
        QCOMPARE(reader.read("a.npy"), std::string("hello"));
        QCOMPARE(reader.read("b.npy"), big);
        QCOMPARE(reader.read("b.npy", 100), big.substr(0, 100));
        QCOMPARE(reader.read("empty.npy"), std::string());
        QVERIFY_EXCEPTION_THROWN(reader.read("c.npy"), FileError);
    }
    // A flipped byte in the deflated data fails the inflate or the CRC, naming the file.
    std::string archive = writeZipArchive({{"b.npy", big}});
    archive[30 + 5 + 40] = static_cast<char>(archive[30 + 5 + 40] ^ 0x55);
    try {
        ZipReader(archive, "bad.npz").read("b.npy");
        QFAIL("corrupt member was read");
    } catch (const FileError& error) {
        QVERIFY2(QString(error.what()).contains("bad.npz"), error.what());
    }
}

void TestSeedArrays::exportMatchesNumpyOracle_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("seedMeshName");
    // 16:9 (upscaled x3, no padding) with our mesh name; 4:3 (letterbox padding left and right)
    // with only the seed's mesh_information_REF_TANGO.json.
    QTest::newRow("640x360") << 640 << 360 << false;
    QTest::newRow("400x300 REF_TANGO") << 400 << 300 << true;
}

void TestSeedArrays::exportMatchesNumpyOracle()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(bool, seedMeshName);
    const QString python = QStringLiteral(KPS_PYTHON);
    if (python.isEmpty() || !QFileInfo::exists(python))
        QSKIP("no Debian python3 for the numpy oracle");

    QTemporaryDir tmp;
    const fs::path root = toPath(tmp.path());
    const fs::path dataset = root / "set";
    kps::test::generateSmallDataset(dataset, 3, width, height, 5);
    const fs::path objectDir = dataset / "Object_Information";
    if (seedMeshName)
        fs::rename(objectDir / "mesh_information.json",
                   objectDir / "mesh_information_REF_TANGO.json");
    // An image without annotation is not a row.
    cv::imwrite((dataset / "Rendered_Images" / "zz_unlabelled.png").string(),
                cv::Mat(height, width, CV_8UC3, cv::Scalar(10, 20, 30)));

    const fs::path ours = root / "ours";
    const SeedArraysExport exported = exportSeedArrays(dataset, ours);
    QCOMPARE(exported.rows, std::size_t(3));
    QVERIFY(exported.keypointCount > 0);
    QCOMPARE(
        exported.meshFile.filename().string(),
        std::string(seedMeshName ? "mesh_information_REF_TANGO.json" : "mesh_information.json"));

    // Decoding is not under test: hand numpy the decoded pixels.
    const fs::path decoded = root / "decoded";
    fs::create_directories(decoded);
    for (const std::string& name : exported.imageNames) {
        const cv::Mat bgr =
            cv::imread((dataset / "Rendered_Images" / name).string(), cv::IMREAD_COLOR);
        QVERIFY(!bgr.empty() && bgr.isContinuous());
        NpyArray::fromBytes({std::size_t(bgr.rows), std::size_t(bgr.cols), 3}, bgr.data)
            .save(decoded / (name + ".npy"));
    }
    QString error;
    const fs::path numpyOut = root / "numpy";
    const nlohmann::json report = runOracle(dataset, ours, decoded, numpyOut, &error);
    if (report.is_null())
        QSKIP(qPrintable("numpy oracle not usable: " + error));
    qInfo("%s", report.dump().c_str());

    // numpy.load reads ours, with the seed's dtypes, shapes and keys.
    const int k = exported.keypointCount;
    QCOMPARE(report["rows"].get<int>(), 3);
    QCOMPARE(report["k"].get<int>(), k);
    QCOMPARE(report["names"].get<std::vector<std::string>>(), exported.imageNames);
    QCOMPARE(report["npz_keys"].get<std::vector<std::string>>(),
             (std::vector<std::string>{"coords", "heatmaps"}));
    QCOMPARE(report["x_dtype"].get<std::string>(), std::string("float32"));
    QCOMPARE(report["x_shape"].get<std::vector<int>>(), (std::vector<int>{3, 128, 128, 3}));
    QCOMPARE(report["coords_dtype"].get<std::string>(), std::string("float32"));
    QCOMPARE(report["coords_shape"].get<std::vector<int>>(), (std::vector<int>{3, 2 * k}));
    QCOMPARE(report["heatmaps_dtype"].get<std::string>(), std::string("float32"));
    QCOMPARE(report["heatmaps_shape"].get<std::vector<int>>(), (std::vector<int>{3, 64, 64, k}));
    // The values: X within 0.5 on the 0-255 scale, coordinates exact, heatmaps to float32 exp().
    QVERIFY2(report["x_max_abs_diff"].get<double>() < 0.5, report.dump().c_str());
    QVERIFY2(report["coords_equal"].get<bool>(), report.dump().c_str());
    QVERIFY(report["visible_coords"].get<int>() > 0);
    QVERIFY2(report["heatmaps_max_abs_diff"].get<double>() < 1e-5, report.dump().c_str());

    // Our reader on numpy's files (float32 + deflate, and float64 + stored) gives our arrays back.
    const SeedArrays mine = loadSeedArrays(ours);
    QCOMPARE(mine.rows, std::size_t(3));
    QCOMPARE(mine.imageSize, 128);
    QCOMPARE(mine.heatmapSize, 64);
    QCOMPARE(mine.keypointCount, k);
    for (const fs::path& dir : {numpyOut, numpyOut / "f64"}) {
        const SeedArrays theirs = loadSeedArrays(dir);
        QCOMPARE(theirs.rows, mine.rows);
        QCOMPARE(theirs.keypointCount, k);
        QCOMPARE(theirs.heatmapSize, 64);
        QCOMPARE(theirs.coords, mine.coords);
        double maxDiff = 0;
        for (std::size_t i = 0; i < mine.inputs.size(); ++i)
            maxDiff = std::max(maxDiff, double(std::abs(theirs.inputs[i] - mine.inputs[i])));
        QVERIFY2(maxDiff < 0.5, qPrintable(QString::number(maxDiff)));
    }

    // As the trainer's crops: uint8 BGR = X + mean, labels = coords, the canvas as the image.
    const LabelledCrops crops = loadSeedArrayCrops(numpyOut, PreprocessConfig());
    QCOMPARE(crops.size(), std::size_t(3));
    QCOMPARE(crops.keypointCount, k);
    QCOMPARE(crops.stems.front(), std::string("row_000000"));
    QCOMPARE(crops.labels, mine.coords);
    QCOMPARE(crops.crops.imageWidths.front(), 1920);
    for (std::size_t i = 0; i < crops.crops.pixels.size(); i += 997) {
        const float bgr = mine.inputs[i] + seed_arrays::kCaffeMeanBgr[i % 3];
        QVERIFY2(std::abs(float(crops.crops.pixels[i]) - bgr) <= 1.0f,
                 qPrintable(QString("%1: %2 vs %3").arg(i).arg(crops.crops.pixels[i]).arg(bgr)));
    }
    PreprocessConfig other;
    other.imageSize = 96;
    QVERIFY_EXCEPTION_THROWN(loadSeedArrayCrops(numpyOut, other), FileError);
}

void TestSeedArrays::readerErrorsNameTheFile()
{
    QTemporaryDir tmp;
    const fs::path dir = toPath(tmp.path());
    const auto message = [&]() -> QString {
        try {
            loadSeedArrays(dir);
        } catch (const FileError& error) {
            return QString::fromUtf8(error.what());
        }
        return {};
    };
    QVERIFY2(message().contains("X_data.npy: missing"), qPrintable(message()));
    const std::vector<float> x(2 * 4 * 4 * 3, 1.0f);
    NpyArray::fromFloats({2, 4, 4, 3}, x.data()).save(dir / "X_data.npy");
    writeFileAtomically(dir / "Y_data.npz", "not a zip");
    QVERIFY2(message().contains("Y_data.npz: not a zip archive"), qPrintable(message()));
    const std::vector<float> coords(3 * 6, 0.5f);
    writeFileAtomically(
        dir / "Y_data.npz",
        writeZipArchive({{"coords.npy", NpyArray::fromFloats({3, 6}, coords.data()).serialize()}}));
    QVERIFY2(message().contains("coords.npy: has 3 rows but X_data.npy has 2"),
             qPrintable(message()));
    writeFileAtomically(
        dir / "Y_data.npz",
        writeZipArchive({{"coords.npy", NpyArray::fromFloats({2, 6}, coords.data()).serialize()}}));
    const SeedArrays arrays = loadSeedArrays(dir);
    QCOMPARE(arrays.keypointCount, 3);
    QCOMPARE(arrays.imageSize, 4);
    QCOMPARE(arrays.heatmapSize, 0);
}

QTEST_GUILESS_MAIN(TestSeedArrays)
#include "test_core_seed_arrays.moc"
