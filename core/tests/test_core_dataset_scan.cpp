// scanDataset: pairing by stem, every problem kind collected (each naming its file and what is
// wrong), K from the mesh or the annotations, visible / in-crop counts and image headers.
#include "dataset_layout.h"
#include "dataset_scan.h"
#include "progress.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

using namespace kps;
namespace fs = std::filesystem;

namespace {

// Builds a small 4SP dataset by hand in a temporary folder.
class HandDataset
{
public:
    explicit HandDataset(const fs::path& root) : m_root(root)
    {
        fs::create_directories(root / layout::kImagesDir);
        fs::create_directories(root / layout::kAnnotationsDir);
        fs::create_directories(root / layout::kObjectDir);
    }
    const fs::path& root() const { return m_root; }
    fs::path image(const std::string& name) const { return m_root / layout::kImagesDir / name; }
    fs::path json(const std::string& stem) const
    {
        return m_root / layout::kAnnotationsDir / (stem + ".json");
    }
    fs::path mesh() const { return layout::meshFile(m_root); }

    void writeMesh(int vertices) const
    {
        std::ofstream(mesh())
            << "{\"object_name\": \"box\", \"total_vertices\": " << vertices
            << ", \"total_edges\": 0, \"total_faces\": 0, \"vertex_connectivity\": {}, "
               "\"face_composition\": [], \"edge_composition\": []}";
    }
    void writeImage(const std::string& name, int width = 16, int height = 9) const
    {
        QVERIFY(cv::imwrite(image(name).string(),
                            cv::Mat(height, width, CV_8UC3, cv::Scalar(10, 20, 30))));
    }
    void writeText(const fs::path& file, const std::string& text) const
    {
        std::ofstream(file, std::ios::binary) << text;
    }
    // visible: (index, px, py); hidden: indices.
    void writeAnnotation(const std::string& stem,
                         const std::vector<std::tuple<int, double, double>>& visible,
                         const std::vector<int>& hidden = {}) const
    {
        std::ostringstream out;
        out.precision(17);
        out << "{\"visible_vertices\": [";
        for (std::size_t i = 0; i < visible.size(); ++i)
            out << (i ? ", " : "") << "{\"index\": " << std::get<0>(visible[i])
                << ", \"coordinates\": [0, 0, 0], "
                << "\"pixel_coordinates\": [" << std::get<1>(visible[i]) << ", "
                << std::get<2>(visible[i]) << "]}";
        out << "], \"non_visible_vertices\": [";
        for (std::size_t i = 0; i < hidden.size(); ++i)
            out << (i ? ", " : "") << "{\"index\": " << hidden[i]
                << ", \"coordinates\": [0, 0, 0]}";
        out << "], \"rotation\": {\"x\": 0, \"y\": 0, \"z\": 0}, \"camera\": {\"f\": 1}}";
        writeText(json(stem), out.str());
    }
    // A good pair every case starts from: K = 4, vertices 0 and 1 visible.
    void writeBase() const
    {
        writeMesh(4);
        writeImage("good.png");
        writeAnnotation("good", {{0, 3.0, 4.0}, {1, 8.0, 5.0}}, {2, 3});
    }

private:
    fs::path m_root;
};

const SampleEntry* sample(const DatasetIndex& index, const std::string& stem)
{
    for (const auto& s : index.samples)
        if (s.stem == stem)
            return &s;
    return nullptr;
}

std::vector<const DatasetProblem*> problemsOfKind(const DatasetIndex& index, ProblemKind kind)
{
    std::vector<const DatasetProblem*> result;
    for (const auto& p : index.problems)
        if (p.kind == kind)
            result.push_back(&p);
    return result;
}

QString describe(const DatasetIndex& index)
{
    QString text;
    for (const auto& p : index.problems)
        text +=
            QString::fromStdString(toString(p.kind) + " " + p.file.string() + ": " + p.message) +
            "\n";
    return text;
}

class RecordingObserver : public ProgressObserver
{
public:
    void progress(const std::string& stage, std::size_t done, std::size_t total) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        stages.push_back(stage);
        lastDone = std::max(lastDone, done);
        lastTotal = total;
        ++calls;
    }
    std::vector<std::string> stages;
    std::size_t lastDone = 0, lastTotal = 0;
    int calls = 0;

private:
    std::mutex m_mutex;
};

} // namespace

Q_DECLARE_METATYPE(kps::ProblemKind)
Q_DECLARE_METATYPE(kps::ProblemSeverity)
Q_DECLARE_METATYPE(std::string)

class TestDatasetScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairsByStem();
    void problemKinds_data();
    void problemKinds();
    void collectsEveryProblemAtOnce();
    void keypointCountFromAnnotationsWithoutMesh();
    void meshUsingMoreVerticesThanAnnotationsIsReported();
    void visibleAndInCropCounts();
    void imageHeaders_data();
    void imageHeaders();
    void missingOrEmptyDatasetIsNotUsable();
    void reportsProgress();
    void isImageFile();
};

void TestDatasetScan::pairsByStem()
{
    QTemporaryDir dir;
    HandDataset data(dir.path().toStdString());
    data.writeMesh(3);
    data.writeImage("a.png", 20, 10);
    data.writeImage("b.jpg", 30, 12);
    data.writeImage("c.JPEG", 8, 8);
    data.writeImage("notes.txt.png", 4, 4); // an image whose stem has a dot
    data.writeText(data.image("readme.txt"), "not an image, ignored");
    data.writeAnnotation("a", {{0, 1, 1}}, {1, 2});
    data.writeAnnotation("b", {{0, 1, 1}, {2, 5, 5}}, {1});
    data.writeAnnotation("d", {{1, 1, 1}}, {0, 2}); // no image
    data.writeText(data.root() / layout::kAnnotationsDir / "list.txt", "ignored");

    const DatasetIndex index = scanDataset(data.root());
    QCOMPARE(index.keypointCount, 3);
    QVERIFY(index.mesh.has_value());
    QCOMPARE(index.mesh->objectName, std::string("box"));
    std::vector<std::string> stems;
    for (const auto& s : index.samples)
        stems.push_back(s.stem);
    QCOMPARE(stems, (std::vector<std::string>{"a", "b", "c", "d", "notes.txt"}));

    const SampleEntry* a = sample(index, "a");
    QCOMPARE(a->imagePath, data.image("a.png"));
    QCOMPARE(a->annotationPath, data.json("a"));
    QVERIFY(a->annotated);
    QCOMPARE(a->imageWidth, 20);
    QCOMPARE(a->imageHeight, 10);
    QCOMPARE(sample(index, "b")->imageWidth, 30);
    QCOMPARE(sample(index, "b")->visibleCount, 2);
    QCOMPARE(sample(index, "b")->visibleIndices, (std::vector<int>{0, 2}));
    QVERIFY(!sample(index, "c")->annotated);
    QVERIFY(sample(index, "c")->annotationPath.empty());
    QCOMPARE(sample(index, "c")->problemCount, 0); // unlabelled is informational
    QVERIFY(sample(index, "d")->imagePath.empty());
    QVERIFY(sample(index, "d")->annotated); // the annotation itself is valid
    QCOMPARE(sample(index, "d")->problemCount, 1);

    QCOMPARE(index.annotatedCount(), std::size_t(2));  // a, b (d has no image)
    QCOMPARE(index.unlabelledCount(), std::size_t(2)); // c and notes.txt
    QVERIFY(index.usable());
    QCOMPARE(index.trainableSamples(),
             (std::vector<std::size_t>{0, 1})); // a, b: annotated with an image

    const auto unlabelled = problemsOfKind(index, ProblemKind::ImageWithoutAnnotation);
    QCOMPARE(unlabelled.size(), std::size_t(2));
    QCOMPARE(unlabelled[0]->file, data.image("c.JPEG"));
    QCOMPARE(unlabelled[0]->severity, ProblemSeverity::Info);
    QVERIFY(QString::fromStdString(unlabelled[0]->message).contains("unlabelled"));
    const auto orphan = problemsOfKind(index, ProblemKind::AnnotationWithoutImage);
    QCOMPARE(orphan.size(), std::size_t(1));
    QCOMPARE(orphan[0]->file, data.json("d"));
    QVERIFY(QString::fromStdString(orphan[0]->message).contains("no image Rendered_Images/d"));
    QCOMPARE(index.problems.size(), std::size_t(3)); // nothing else is wrong
}

void TestDatasetScan::problemKinds_data()
{
    QTest::addColumn<std::string>("setup");
    QTest::addColumn<ProblemKind>("kind");
    QTest::addColumn<ProblemSeverity>("severity");
    QTest::addColumn<std::string>("file"); // relative to the dataset root
    QTest::addColumn<QString>("message");
    using K = ProblemKind;
    using S = ProblemSeverity;
    QTest::newRow("images folder missing")
        << std::string("no_images_dir") << K::MissingFolder << S::Error
        << std::string("Rendered_Images") << QString("folder is missing");
    QTest::newRow("annotations folder missing")
        << std::string("no_json_dir") << K::MissingFolder << S::Warning
        << std::string("JSON_Data_REF") << QString("folder is missing");
    QTest::newRow("images folder is a file")
        << std::string("images_dir_is_file") << K::MissingFolder << S::Error
        << std::string("Rendered_Images") << QString("is not a folder");
    QTest::newRow("object folder missing")
        << std::string("no_object_dir") << K::MissingFolder << S::Warning
        << std::string("Object_Information") << QString("folder is missing");
    QTest::newRow("mesh missing") << std::string("no_mesh") << K::MissingMesh << S::Warning
                                  << std::string("Object_Information/mesh_information.json")
                                  << QString("missing");
    QTest::newRow("mesh invalid JSON")
        << std::string("mesh_bad_json") << K::InvalidMesh << S::Error
        << std::string("Object_Information/mesh_information.json") << QString("line 1, column 20");
    QTest::newRow("mesh bad structure")
        << std::string("mesh_bad_face") << K::InvalidMesh << S::Error
        << std::string("Object_Information/mesh_information.json")
        << QString("face_composition[0]: vertex index 7 is out of range");
    QTest::newRow("mesh without vertices")
        << std::string("mesh_zero") << K::InvalidMesh << S::Error
        << std::string("Object_Information/mesh_information.json") << QString("total_vertices");
    QTest::newRow("image without JSON")
        << std::string("image_only") << K::ImageWithoutAnnotation << S::Info
        << std::string("Rendered_Images/lonely.png") << QString("unlabelled");
    QTest::newRow("JSON without image")
        << std::string("json_only") << K::AnnotationWithoutImage << S::Warning
        << std::string("JSON_Data_REF/orphan.json") << QString("no image");
    QTest::newRow("not an image") << std::string("image_wrong_magic") << K::CorruptImage << S::Error
                                  << std::string("Rendered_Images/bad.png")
                                  << QString("not a PNG or JPEG");
    QTest::newRow("empty image") << std::string("image_empty") << K::CorruptImage << S::Error
                                 << std::string("Rendered_Images/bad.png") << QString("empty file");
    QTest::newRow("truncated PNG header")
        << std::string("png_header_cut") << K::CorruptImage << S::Error
        << std::string("Rendered_Images/bad.png") << QString("truncated PNG header");
    QTest::newRow("truncated PNG data")
        << std::string("png_data_cut") << K::CorruptImage << S::Error
        << std::string("Rendered_Images/bad.png") << QString("IEND");
    QTest::newRow("truncated JPEG header")
        << std::string("jpeg_header_cut") << K::CorruptImage << S::Error
        << std::string("Rendered_Images/bad.jpg") << QString("truncated JPEG");
    QTest::newRow("truncated JPEG data")
        << std::string("jpeg_data_cut") << K::CorruptImage << S::Error
        << std::string("Rendered_Images/bad.jpg") << QString("end-of-image marker");
    QTest::newRow("invalid JSON") << std::string("json_syntax") << K::InvalidJson << S::Error
                                  << std::string("JSON_Data_REF/bad.json")
                                  << QString("line 2, column 11");
    QTest::newRow("empty JSON") << std::string("json_empty") << K::InvalidJson << S::Error
                                << std::string("JSON_Data_REF/bad.json") << QString("empty file");
    QTest::newRow("invalid annotation")
        << std::string("json_structure") << K::InvalidAnnotation << S::Error
        << std::string("JSON_Data_REF/bad.json")
        << QString("visible_vertices[0]: missing \"pixel_coordinates\"");
    QTest::newRow("index out of range") << std::string("index_range") << K::VertexIndexOutOfRange
                                        << S::Error << std::string("JSON_Data_REF/bad.json")
                                        << QString("vertex index 4 is out of range 0..3 (K = 4)");
    QTest::newRow("negative index")
        << std::string("index_negative") << K::VertexIndexOutOfRange << S::Error
        << std::string("JSON_Data_REF/bad.json") << QString("vertex index -1");
    QTest::newRow("duplicate index")
        << std::string("index_duplicate") << K::DuplicateVertexIndex << S::Error
        << std::string("JSON_Data_REF/bad.json")
        << QString("non_visible_vertices[0]: vertex index 1 is duplicated");
    QTest::newRow("non-finite pixel")
        << std::string("nan_pixel") << K::NonFiniteCoordinate << S::Error
        << std::string("JSON_Data_REF/bad.json")
        << QString("visible_vertices[0].pixel_coordinates: non-finite");
    QTest::newRow("K below the annotations")
        << std::string("k_too_small") << K::KeypointCountMismatch << S::Error
        << std::string("Object_Information/mesh_information.json")
        << QString("total_vertices is 4 but annotations use vertex indices up to 5 (6 keypoints) "
                   "in 1 file(s), e.g. bad.json");
    QTest::newRow("more vertices than K")
        << std::string("k_too_small") << K::VertexIndexOutOfRange << S::Error
        << std::string("JSON_Data_REF/bad.json")
        << QString("the file lists 6 distinct vertices, the mesh has 4");
    QTest::newRow("two images, one stem")
        << std::string("ambiguous") << K::AmbiguousImage << S::Warning
        << std::string("Rendered_Images/good.png") << QString("same stem (good.jpg)");
}

void TestDatasetScan::problemKinds()
{
    QFETCH(std::string, setup);
    QFETCH(ProblemKind, kind);
    QFETCH(ProblemSeverity, severity);
    QFETCH(std::string, file);
    QFETCH(QString, message);

    QTemporaryDir dir;
    HandDataset data(dir.path().toStdString());
    data.writeBase();
    std::string png, jpg;
    {
        std::vector<unsigned char> bytes;
        cv::imencode(".png", cv::Mat(40, 60, CV_8UC3, cv::Scalar(1, 2, 3)), bytes);
        png.assign(bytes.begin(), bytes.end());
        cv::Mat noise(40, 60, CV_8UC3);
        cv::randu(noise, 0, 255);
        cv::imencode(".jpg", noise, bytes);
        jpg.assign(bytes.begin(), bytes.end());
    }
    const std::string validAnnotation =
        "{\"visible_vertices\": [{\"index\": 0, \"pixel_coordinates\": [1, 2]}]}";
    bool expectGoodSample = true;

    if (setup == "no_images_dir") {
        fs::remove_all(data.root() / layout::kImagesDir);
        expectGoodSample = false;
    } else if (setup == "no_json_dir") {
        fs::remove_all(data.root() / layout::kAnnotationsDir);
        expectGoodSample = false;
    } else if (setup == "images_dir_is_file") {
        fs::remove_all(data.root() / layout::kImagesDir);
        data.writeText(data.root() / layout::kImagesDir, "x");
        expectGoodSample = false;
    } else if (setup == "no_object_dir") {
        fs::remove_all(data.root() / layout::kObjectDir);
    } else if (setup == "no_mesh") {
        fs::remove(data.mesh());
    } else if (setup == "mesh_bad_json") {
        data.writeText(data.mesh(), "{\"total_vertices\": }");
    } else if (setup == "mesh_bad_face") {
        data.writeText(data.mesh(), "{\"total_vertices\": 4, \"face_composition\": [[0, 1, 7]]}");
    } else if (setup == "mesh_zero") {
        data.writeText(data.mesh(), "{\"total_vertices\": 0}");
    } else if (setup == "image_only") {
        data.writeImage("lonely.png");
    } else if (setup == "json_only") {
        data.writeText(data.json("orphan"), validAnnotation);
    } else if (setup == "image_wrong_magic") {
        data.writeText(data.image("bad.png"), "GIF89a this is not what the extension says");
        data.writeText(data.json("bad"), validAnnotation);
    } else if (setup == "image_empty") {
        data.writeText(data.image("bad.png"), "");
        data.writeText(data.json("bad"), validAnnotation);
    } else if (setup == "png_header_cut") {
        data.writeText(data.image("bad.png"), png.substr(0, 20));
        data.writeText(data.json("bad"), validAnnotation);
    } else if (setup == "png_data_cut") {
        data.writeText(data.image("bad.png"), png.substr(0, png.size() / 2));
        data.writeText(data.json("bad"), validAnnotation);
    } else if (setup == "jpeg_header_cut") {
        data.writeText(data.image("bad.jpg"), jpg.substr(0, 30));
        data.writeText(data.json("bad"), validAnnotation);
    } else if (setup == "jpeg_data_cut") {
        data.writeText(data.image("bad.jpg"), jpg.substr(0, jpg.size() * 2 / 3));
        data.writeText(data.json("bad"), validAnnotation);
    } else if (setup == "ambiguous") {
        data.writeImage("good.jpg");
    } else {
        data.writeImage("bad.png");
        if (setup == "json_syntax")
            data.writeText(data.json("bad"), "{\n  \"a\": [1 2]\n}");
        else if (setup == "json_empty")
            data.writeText(data.json("bad"), "");
        else if (setup == "json_structure")
            data.writeText(data.json("bad"), "{\"visible_vertices\": [{\"index\": 0}]}");
        else if (setup == "index_range")
            data.writeAnnotation("bad", {{0, 1, 1}, {4, 1, 1}});
        else if (setup == "index_negative")
            data.writeAnnotation("bad", {{0, 1, 1}}, {-1});
        else if (setup == "index_duplicate")
            data.writeAnnotation("bad", {{1, 1, 1}}, {1});
        else if (setup == "nan_pixel")
            data.writeText(
                data.json("bad"),
                "{\"visible_vertices\": [{\"index\": 0, \"pixel_coordinates\": [NaN, 2]}]}");
        else if (setup == "k_too_small")
            data.writeAnnotation("bad", {{0, 1, 1}, {1, 1, 1}, {2, 1, 1}}, {3, 4, 5});
        else
            QFAIL("unknown setup");
    }

    DatasetIndex index;
    try {
        index = scanDataset(data.root());
    } catch (const std::exception& error) {
        QFAIL(error.what()); // the scan must report, never throw
    }
    const auto found = problemsOfKind(index, kind);
    QVERIFY2(!found.empty(), qPrintable(describe(index)));
    const fs::path expectedFile = data.root() / file;
    const auto match = std::find_if(found.begin(), found.end(), [&](const DatasetProblem* p) {
        return p->file == expectedFile;
    });
    QVERIFY2(match != found.end(), qPrintable(describe(index)));
    QCOMPARE((*match)->severity, severity);
    QVERIFY2(QString::fromStdString((*match)->message).contains(message),
             qPrintable(describe(index)));

    // The problem did not stop the scan: the good pair is still found and valid.
    if (expectGoodSample) {
        const SampleEntry* good = sample(index, "good");
        QVERIFY2(good && good->annotated && good->imageWidth == 16, qPrintable(describe(index)));
        QVERIFY(index.usable());
        if (setup == "ambiguous")
            QCOMPARE(good->problemCount, 1);
    }
    // The faulty sample is counted as having a problem and is not trainable.
    if (const SampleEntry* bad = sample(index, "bad")) {
        QVERIFY(bad->problemCount >= 1);
        if (severity == ProblemSeverity::Error)
            QVERIFY(!(bad->annotated && bad->imageWidth > 0));
    }
}

void TestDatasetScan::collectsEveryProblemAtOnce()
{
    QTemporaryDir dir;
    HandDataset data(dir.path().toStdString());
    data.writeBase();
    data.writeImage("unlabelled.png");
    data.writeText(data.json("orphan"), "{\"visible_vertices\": []}");
    data.writeText(data.image("corrupt.png"), "\x89PNG\r\n\x1a\n");
    data.writeText(data.json("corrupt"), "{\"visible_vertices\": []}");
    data.writeImage("syntax.png");
    data.writeText(data.json("syntax"), "{,}");
    data.writeImage("structure.png");
    data.writeText(data.json("structure"), "[]");
    data.writeImage("range.png");
    data.writeAnnotation("range", {{9, 1, 1}});
    data.writeImage("dup.png");
    data.writeAnnotation("dup", {{2, 1, 1}, {2, 1, 1}});
    data.writeImage("nan.png");
    data.writeText(
        data.json("nan"),
        "{\"visible_vertices\": [{\"index\": 0, \"pixel_coordinates\": [1, Infinity]}]}");

    const DatasetIndex index = scanDataset(data.root(), ScanOptions{2});
    std::map<ProblemKind, int> counts;
    for (const auto& p : index.problems) {
        ++counts[p.kind];
        QVERIFY(!p.file.empty());
        QVERIFY(!p.message.empty());
    }
    QCOMPARE(counts[ProblemKind::ImageWithoutAnnotation], 1);
    QCOMPARE(counts[ProblemKind::AnnotationWithoutImage], 1);
    QCOMPARE(counts[ProblemKind::CorruptImage], 1);
    QCOMPARE(counts[ProblemKind::InvalidJson], 1);
    QCOMPARE(counts[ProblemKind::InvalidAnnotation], 1);
    QCOMPARE(counts[ProblemKind::VertexIndexOutOfRange], 1);
    QCOMPARE(counts[ProblemKind::DuplicateVertexIndex], 1);
    QCOMPARE(counts[ProblemKind::NonFiniteCoordinate], 1);
    QCOMPARE(counts[ProblemKind::KeypointCountMismatch], 1);
    QCOMPARE(index.problems.size(), std::size_t(9));
    QCOMPARE(index.annotatedCount(),
             std::size_t(2)); // good, corrupt (its JSON is fine; orphan has no image)
    QCOMPARE(index.trainableSamples().size(), std::size_t(1));
    QCOMPARE(index.trainableSamples().front(),
             std::size_t(std::distance(
                 index.samples.begin(),
                 std::find_if(index.samples.begin(), index.samples.end(),
                              [](const SampleEntry& s) { return s.stem == "good"; }))));
    // Problems come out in stem order after dataset-level ones, the same on every run.
    const DatasetIndex again = scanDataset(data.root(), ScanOptions{1});
    QCOMPARE(again.problems.size(), index.problems.size());
    for (std::size_t i = 0; i < again.problems.size(); ++i)
        QCOMPARE(again.problems[i].file, index.problems[i].file);
}

void TestDatasetScan::keypointCountFromAnnotationsWithoutMesh()
{
    QTemporaryDir dir;
    HandDataset data(dir.path().toStdString());
    data.writeImage("a.png");
    data.writeImage("b.png");
    data.writeAnnotation("a", {{0, 1, 1}, {6, 2, 2}}, {1});
    data.writeAnnotation("b", {{2, 1, 1}}, {0, 1});
    const DatasetIndex index = scanDataset(data.root());
    QVERIFY(!index.mesh.has_value());
    QCOMPARE(index.keypointCount, 7);
    QCOMPARE(problemsOfKind(index, ProblemKind::MissingMesh).size(), std::size_t(1));
    QCOMPARE(index.annotatedCount(), std::size_t(2));
    QCOMPARE(sample(index, "a")->visibleIndices, (std::vector<int>{0, 6}));
}

void TestDatasetScan::meshUsingMoreVerticesThanAnnotationsIsReported()
{
    QTemporaryDir dir;
    HandDataset data(dir.path().toStdString());
    data.writeMesh(11);
    data.writeImage("a.png");
    data.writeAnnotation("a", {{0, 1, 1}}, {1, 2, 3, 4, 5, 6, 7});
    const DatasetIndex index = scanDataset(data.root());
    const auto mismatch = problemsOfKind(index, ProblemKind::KeypointCountMismatch);
    QCOMPARE(mismatch.size(), std::size_t(1));
    QCOMPARE(mismatch[0]->severity, ProblemSeverity::Warning);
    QCOMPARE(mismatch[0]->file, data.mesh());
    QCOMPARE(mismatch[0]->message,
             std::string("total_vertices is 11 but no annotation uses a vertex index above 7"));
    QVERIFY(sample(index, "a")->annotated); // still usable: K = 11 covers every index
}

void TestDatasetScan::visibleAndInCropCounts()
{
    QTemporaryDir dir;
    HandDataset data(dir.path().toStdString());
    data.writeMesh(6);
    // 192x108 letterboxes 10x into 1920x1080; the 1000x1000 crop at (460, 40) covers image
    // pixels with 0 <= (p + 0.5) * 10 - 0.5 - 460 < 1000, i.e. x in [45.55, 145.55), y in [3.55,
    // 103.55).
    data.writeImage("wide.png", 192, 108);
    data.writeAnnotation(
        "wide",
        {{0, 96.0, 54.0}, {1, 10.0, 54.0}, {2, 45.4, 50.0}, {3, 45.6, 50.0}, {4, 145.45, 103.45}},
        {5});
    // 108x192 (portrait) letterboxes 5.625x to 607.5x1080 centred: only a strip is in the crop.
    data.writeImage("tall.jpg", 108, 192);
    data.writeAnnotation("tall", {{0, 54.0, 96.0}, {1, 54.0, 1.0}, {2, 54.0, 190.0}});

    const DatasetIndex index = scanDataset(data.root());
    const SampleEntry* wide = sample(index, "wide");
    QVERIFY(wide && wide->annotated);
    QCOMPARE(wide->imageWidth, 192);
    QCOMPARE(wide->imageHeight, 108);
    QCOMPARE(wide->visibleCount, 5);
    QCOMPARE(wide->visibleIndices, (std::vector<int>{0, 1, 2, 3, 4}));
    // 0 centre: in; 1 (x=10): out; 2 (x=45.4 -> lx -1.5): out; 3 (45.6 -> lx 0.5): in; 4 (lx 999,
    // ly 999): in.
    QCOMPARE(wide->visibleInCrop, 3);
    const SampleEntry* tall = sample(index, "tall");
    QCOMPARE(tall->imageWidth, 108);
    QCOMPARE(tall->imageHeight, 192);
    // Vertical: canvas y = (p + 0.5) * 5.625; crop rows 40..1040 -> p in [6.6, 184.4): 96 in, 1 and
    // 190 out.
    QCOMPARE(tall->visibleInCrop, 1);
    QCOMPARE(tall->visibleCount, 3);
}

void TestDatasetScan::imageHeaders_data()
{
    QTest::addColumn<std::string>("extension");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("png 37x23") << std::string(".png") << 37 << 23;
    QTest::newRow("png 1x1") << std::string(".png") << 1 << 1;
    QTest::newRow("jpg 37x23") << std::string(".jpg") << 37 << 23;
    QTest::newRow("jpg 640x3") << std::string(".jpg") << 640 << 3;
    QTest::newRow("progressive jpg") << std::string("progressive") << 50 << 70;
}

void TestDatasetScan::imageHeaders()
{
    QFETCH(std::string, extension);
    QFETCH(int, width);
    QFETCH(int, height);
    QTemporaryDir dir;
    const bool progressive = extension == "progressive";
    const fs::path file =
        fs::path(dir.path().toStdString()) / (progressive ? "p.jpg" : "i" + extension);
    cv::Mat image(height, width, CV_8UC3);
    cv::randu(image, 0, 255);
    std::vector<int> params;
    if (progressive)
        params = {cv::IMWRITE_JPEG_PROGRESSIVE, 1};
    QVERIFY(cv::imwrite(file.string(), image, params));
    std::string why;
    const auto header = readImageHeader(file, &why);
    QVERIFY2(header.has_value(), why.c_str());
    QCOMPARE(header->width, width);
    QCOMPARE(header->height, height);
    // The same bytes under the other extension: the header decides, not the name.
    const fs::path renamed = fs::path(dir.path().toStdString()) / "renamed.png";
    fs::copy_file(file, renamed);
    QCOMPARE(readImageHeader(renamed)->width, width);
    QVERIFY(!readImageHeader(fs::path(dir.path().toStdString()) / "absent.png", &why));
    QVERIFY(QString::fromStdString(why).contains("cannot read"));
}

void TestDatasetScan::missingOrEmptyDatasetIsNotUsable()
{
    QTemporaryDir dir;
    const fs::path absent = fs::path(dir.path().toStdString()) / "nowhere";
    const DatasetIndex missing = scanDataset(absent);
    QVERIFY(!missing.usable());
    QCOMPARE(missing.problems.size(), std::size_t(1));
    QVERIFY(missing.problems[0].kind == ProblemKind::MissingFolder);
    QCOMPARE(missing.problems[0].file, absent);
    QCOMPARE(missing.problems[0].message, std::string("dataset folder does not exist"));

    HandDataset data(fs::path(dir.path().toStdString()) / "empty");
    const DatasetIndex empty = scanDataset(data.root());
    QVERIFY(!empty.usable());
    QVERIFY(empty.samples.empty());
    QCOMPARE(empty.keypointCount, 0);
    QCOMPARE(problemsOfKind(empty, ProblemKind::MissingMesh).size(), std::size_t(1));

    // Only corrupt images: still nothing usable.
    data.writeText(data.image("x.png"), "junk");
    QVERIFY(!scanDataset(data.root()).usable());
}

void TestDatasetScan::reportsProgress()
{
    QTemporaryDir dir;
    HandDataset data(dir.path().toStdString());
    data.writeMesh(2);
    for (int i = 0; i < 300; ++i)
        data.writeText(data.json("s" + std::to_string(i)),
                       "{\"visible_vertices\": [{\"index\": 1, \"pixel_coordinates\": [1, 1]}]}");
    RecordingObserver observer;
    const DatasetIndex index = scanDataset(data.root(), ScanOptions{2}, &observer);
    const auto annotatedFlags = [](const DatasetIndex& i) {
        return std::count_if(i.samples.begin(), i.samples.end(),
                             [](const SampleEntry& s) { return s.annotated; });
    };
    QCOMPARE(index.samples.size(), std::size_t(300));
    QCOMPARE(annotatedFlags(index), 300L);
    QCOMPARE(index.annotatedCount(), std::size_t(0)); // JSONs only: nothing to train on
    QVERIFY(observer.calls >= 2);
    QVERIFY(std::all_of(observer.stages.begin(), observer.stages.end(),
                        [](const std::string& s) { return s == "scanning"; }));
    QCOMPARE(observer.lastDone, std::size_t(300));
    QCOMPARE(observer.lastTotal, std::size_t(300));

    // A stop request before the start leaves the work undone but returns normally.
    StopToken stop;
    stop.requestStop();
    const DatasetIndex stopped = scanDataset(data.root(), ScanOptions{2}, nullptr, &stop);
    QCOMPARE(annotatedFlags(stopped), 0L);
}

void TestDatasetScan::isImageFile()
{
    QVERIFY(layout::isImageFile("a/b.png"));
    QVERIFY(layout::isImageFile("b.JPG"));
    QVERIFY(layout::isImageFile("b.Jpeg"));
    QVERIFY(!layout::isImageFile("b.json"));
    QVERIFY(!layout::isImageFile("png"));
    QVERIFY(!layout::isImageFile("b.png.txt"));
    QCOMPARE(toString(ProblemKind::VertexIndexOutOfRange),
             std::string("vertex_index_out_of_range"));
}

QTEST_GUILESS_MAIN(TestDatasetScan)
#include "test_core_dataset_scan.moc"
