// The synthetic generator: determinism, exact camera model, visibility rules against the rendered
// depth buffer, the built-in mesh, framing, material modes, .obj import, progress and stop.
#include "atomic_file.h"
#include "dataset_layout.h"
#include "file_error.h"
#include "mesh_information.h"
#include "mesh_rasterizer.h"
#include "progress.h"
#include "rotation.h"
#include "synthetic_crops.h"
#include "synthetic_generator.h"
#include "test_dataset.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <mutex>
#include <set>

using namespace kps;

namespace {

std::filesystem::path toPath(const QTemporaryDir& dir, const char* name = "")
{
    return std::filesystem::path(dir.path().toStdString()) / name;
}

GeneratorOptions smallOptions(const std::filesystem::path& out, int count = 4)
{
    GeneratorOptions options;
    options.outputDir = out;
    options.count = count;
    options.width = 320;
    options.height = 180;
    options.seed = 11;
    options.threads = 1;
    return options;
}

// A unit cube centred on the origin, outward counter-clockwise faces; 0..3 bottom, 4..7 top.
MeshInformation unitCube()
{
    MeshInformation cube;
    cube.objectName = "cube";
    for (double z : {-0.5, 0.5}) {
        cube.vertexCoordinates.push_back({-0.5, -0.5, z});
        cube.vertexCoordinates.push_back({0.5, -0.5, z});
        cube.vertexCoordinates.push_back({0.5, 0.5, z});
        cube.vertexCoordinates.push_back({-0.5, 0.5, z});
    }
    cube.faces = {{0, 3, 2, 1}, {4, 5, 6, 7}, {0, 1, 5, 4},
                  {1, 2, 6, 5}, {2, 3, 7, 6}, {3, 0, 4, 7}};
    cube.deriveTopology();
    return cube;
}

std::set<int> visibleSet(const std::vector<VertexVisibility>& vertices)
{
    std::set<int> result;
    for (const auto& vertex : vertices)
        if (vertex.status == VertexStatus::Visible)
            result.insert(vertex.index);
    return result;
}

PinholeCamera cameraAt(const cv::Vec3d& eye, const cv::Vec3d& up, int width = 640, int height = 360)
{
    return PinholeCamera::fromLens(width, height, 50, 36).lookingAt(eye, {0, 0, 0}, up);
}

// A colour's chromaticity: the albedo scaled to unit length (brightness removed).
cv::Vec3d chromaticity(const cv::Vec3d& albedo)
{
    return albedo / cv::norm(albedo);
}

class RecordingObserver : public ProgressObserver
{
public:
    void progress(const std::string& stage, std::size_t done, std::size_t total) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        calls.push_back({stage, done, total});
    }
    struct Call
    {
        std::string stage;
        std::size_t done, total;
    };
    std::mutex mutex;
    std::vector<Call> calls;
};

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesAreIdenticalWhateverTheThreadCount();
    void cropsFromParallelThreadsAreCompleteAndIdentical();
    void cameraReprojectsPixelCoordinates();
    void occlusionAgreesWithRenderedDepth();
    void fourSpRuleOnHandCheckedPoses();
    void builtinMeshIsTangoLike();
    void objectFillsTheCentreCrop();
    void fixedMaterialsKeepEachFaceItsColour();
    void imageShowsTheObjectWhereTheDepthSaysSo();
    void objImportOfHandWrittenCube();
    void badInputNamesTheFile();
    void progressAndStop();
    void smallTestDatasetForOtherTests();
};

void TestGenerator::filesAreIdenticalWhateverTheThreadCount()
{
    QTemporaryDir tmp;
    GeneratorOptions one = smallOptions(toPath(tmp, "one"), 5);
    GeneratorOptions two = one;
    two.outputDir = toPath(tmp, "two");
    two.threads = 2;
    GeneratorOptions otherSeed = one;
    otherSeed.outputDir = toPath(tmp, "seed");
    otherSeed.seed = 12;
    QCOMPARE(generateDataset(one).imagesWritten, std::size_t(5));
    QCOMPARE(generateDataset(two).imagesWritten, std::size_t(5));
    generateDataset(otherSeed);

    std::vector<std::filesystem::path> relative = {layout::meshFile("")};
    for (int i = 0; i < 5; ++i) {
        relative.push_back(std::filesystem::path(layout::kImagesDir) / (sampleStem(i) + ".png"));
        relative.push_back(std::filesystem::path(layout::kAnnotationsDir) /
                           (sampleStem(i) + ".json"));
    }
    QCOMPARE(QString::fromStdString(relative[1].string()),
             QStringLiteral("Rendered_Images/img_000000.png"));
    int differentWithOtherSeed = 0;
    for (const auto& file : relative) {
        const std::string a = readWholeFile(one.outputDir / file);
        QVERIFY2(a == readWholeFile(two.outputDir / file), file.c_str());
        QVERIFY(a.size() > 100);
        differentWithOtherSeed += a != readWholeFile(otherSeed.outputDir / file);
    }
    QCOMPARE(differentWithOtherSeed, 10); // all but the mesh file change with the seed

    // The image i of the dataset is renderSample(i): the GUI preview shows what gets written.
    const RenderedSample sample = renderSample(builtinSpacecraftMesh(), one, 3);
    const cv::Mat written = cv::imread((one.outputDir / relative[7]).string(), cv::IMREAD_COLOR);
    QCOMPARE(cv::norm(written, sample.image, cv::NORM_INF), 0.0);
}

void TestGenerator::cameraReprojectsPixelCoordinates()
{
    QTemporaryDir tmp;
    GeneratorOptions options = smallOptions(toPath(tmp), 6);
    options.width = 400;
    options.height = 300; // not 16:9: the crop scales with the letterbox
    generateDataset(options);
    const MeshInformation mesh = MeshInformation::load(layout::meshFile(options.outputDir));
    QCOMPARE(mesh.totalVertices, 16);
    QCOMPARE(int(mesh.vertexCoordinates.size()), 16);

    int checked = 0;
    for (int i = 0; i < options.count; ++i) {
        const auto json = nlohmann::ordered_json::parse(
            readWholeFile(layout::annotationFile(options.outputDir, sampleStem(i))));
        const PinholeCamera camera = PinholeCamera::fromJson(json.at("camera"));
        QCOMPARE(camera.width, 400);
        QCOMPARE(camera.height, 300);
        QCOMPARE(camera.fx, 50.0 / 36.0 * 400);
        QCOMPARE(camera.fy, camera.fx);
        QCOMPARE(camera.cx, 199.5);
        QCOMPARE(camera.cy, 149.5);
        // Quaternion and Euler angles describe the same R as the camera block.
        const auto& qj = json.at("rotation_quaternion");
        const cv::Matx33d fromQuaternion =
            rotationMatrix(Quaternion{qj.at("w"), qj.at("x"), qj.at("y"), qj.at("z")});
        const auto& ej = json.at("rotation");
        const cv::Matx33d fromEuler =
            rotationMatrix(EulerRotation{ej.at("x"), ej.at("y"), ej.at("z")});
        QVERIFY(cv::norm(fromQuaternion - camera.R, cv::NORM_INF) < 1e-12);
        QVERIFY(cv::norm(fromEuler - camera.R, cv::NORM_INF) < 1e-12);
        QVERIFY(cv::norm(camera.R * camera.R.t() - cv::Matx33d::eye(), cv::NORM_INF) < 1e-12);

        std::vector<int> seen;
        for (const char* list : {"visible_vertices", "non_visible_vertices"}) {
            int previous = -1;
            for (const auto& vertex : json.at(list)) {
                const int index = vertex.at("index");
                QVERIFY(index > previous); // ascending
                previous = index;
                seen.push_back(index);
                const auto& c = vertex.at("coordinates");
                const auto& expected = mesh.vertexCoordinates[static_cast<std::size_t>(index)];
                for (int k = 0; k < 3; ++k)
                    QCOMPARE(c.at(k).get<double>(), expected[static_cast<std::size_t>(k)]);
                if (!vertex.contains("pixel_coordinates")) {
                    QCOMPARE(vertex.at("status").get<std::string>(), std::string("Behind camera"));
                    continue;
                }
                // K (R X + t), computed here from scratch.
                const cv::Vec3d p = camera.R * cv::Vec3d(c.at(0), c.at(1), c.at(2)) + camera.t;
                QVERIFY(p[2] > 0);
                const double u = camera.fx * p[0] / p[2] + camera.cx;
                const double v = camera.fy * p[1] / p[2] + camera.cy;
                QVERIFY(std::abs(u - vertex.at("pixel_coordinates").at(0).get<double>()) < 0.01);
                QVERIFY(std::abs(v - vertex.at("pixel_coordinates").at(1).get<double>()) < 0.01);
                const bool inside = u >= -0.5 && u < 399.5 && v >= -0.5 && v < 299.5;
                if (std::string(list) == "visible_vertices")
                    QVERIFY(inside && !vertex.contains("status"));
                else
                    QCOMPARE(vertex.value("status", std::string()) == "Outside view", !inside);
                ++checked;
            }
        }
        std::sort(seen.begin(), seen.end());
        QCOMPARE(int(seen.size()), 16); // every vertex exactly once
        for (int k = 0; k < 16; ++k)
            QCOMPARE(seen[static_cast<std::size_t>(k)], k);
        QVERIFY(!json.at("visible_vertices").empty());
    }
    QCOMPARE(checked, 6 * 16);
}

void TestGenerator::occlusionAgreesWithRenderedDepth()
{
    const MeshInformation mesh = builtinSpacecraftMesh();
    GeneratorOptions options = smallOptions({}, 0);
    int hidden = 0, visible = 0, nearestPixelClearlyInFront = 0;
    for (std::size_t i = 0; i < 24; ++i) {
        const RenderedSample sample = renderSample(mesh, options, i, true);
        QCOMPARE(sample.depth.size(), cv::Size(320, 180));
        for (const VertexVisibility& vertex : sample.vertices) {
            if (vertex.status != VertexStatus::Visible && vertex.status != VertexStatus::Hidden)
                continue;
            const cv::Vec2d pixel = *vertex.pixel;
            const double tolerance = 1e-5 * vertex.depth;
            // Exact: move the principal point so the vertex projects onto a pixel centre; that
            // sample's ray is the camera-to-vertex ray, so the depth buffer there holds the first
            // surface along it.
            PinholeCamera shifted = sample.scene.camera;
            const int col = static_cast<int>(std::lround(pixel[0])),
                      row = static_cast<int>(std::lround(pixel[1]));
            shifted.cx += col - pixel[0];
            shifted.cy += row - pixel[1];
            const cv::Mat exactDepth = MeshRasterizer(mesh, shifted).depthMap();
            const float first = exactDepth.at<float>(row, col);
            // The depth buffer of the image itself, around the vertex's pixel.
            const int c0 = std::max(0, col - 1), c1 = std::min(319, col + 1);
            const int r0 = std::max(0, row - 1), r1 = std::min(179, row + 1);
            double nearest = std::numeric_limits<double>::infinity(), farthest = 0;
            for (int r = r0; r <= r1; ++r)
                for (int c = c0; c <= c1; ++c) {
                    nearest = std::min<double>(nearest, sample.depth.at<float>(r, c));
                    farthest = std::max<double>(farthest, sample.depth.at<float>(r, c));
                }
            if (vertex.status == VertexStatus::Hidden) {
                ++hidden;
                QVERIFY2(first < vertex.depth - tolerance,
                         qPrintable(QString("image %1 vertex %2").arg(i).arg(vertex.index)));
                QVERIFY(nearest < vertex.depth - tolerance);
                nearestPixelClearlyInFront +=
                    sample.depth.at<float>(row, col) < vertex.depth - 0.01;
            } else {
                ++visible;
                QVERIFY2(first >= vertex.depth - tolerance,
                         qPrintable(QString("image %1 vertex %2").arg(i).arg(vertex.index)));
                QVERIFY(farthest >= vertex.depth - 0.01);
            }
        }
    }
    qInfo("%d hidden, %d visible vertices checked; %d hidden ones 1 cm behind the surface at their "
          "pixel",
          hidden, visible, nearestPixelClearlyInFront);
    QVERIFY(hidden > 24 && visible > 24 * 4);
    QVERIFY(nearestPixelClearlyInFront > hidden * 3 / 4);
}

void TestGenerator::fourSpRuleOnHandCheckedPoses()
{
    const MeshInformation cube = unitCube();
    // From straight above only the top face looks at the camera (the side planes pass outside it).
    const PinholeCamera above = cameraAt({0, 0, 6}, {0, 1, 0});
    QCOMPARE(visibleSet(computeVertexVisibility(cube, above, VisibilityRule::FourSp)),
             (std::set<int>{4, 5, 6, 7}));
    QCOMPARE(visibleSet(computeVertexVisibility(cube, above, VisibilityRule::Occlusion)),
             (std::set<int>{4, 5, 6, 7}));
    // From the (+,+,+) diagonal three faces look at the camera: every vertex but (-,-,-) = 0.
    const PinholeCamera diagonal = cameraAt({4, 4, 4}, {0, 0, 1});
    QCOMPARE(visibleSet(computeVertexVisibility(cube, diagonal, VisibilityRule::FourSp)),
             (std::set<int>{1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(visibleSet(computeVertexVisibility(cube, diagonal, VisibilityRule::Occlusion)),
             (std::set<int>{1, 2, 3, 4, 5, 6, 7}));
    // The camera's pixel of vertex 6 (0.5,0.5,0.5) on the diagonal is the image centre.
    const auto corner = computeVertexVisibility(cube, diagonal, VisibilityRule::FourSp)[6];
    QVERIFY(corner.pixel.has_value());
    const cv::Vec2d centre = corner.pixel.value_or(cv::Vec2d(-1, -1));
    QVERIFY(std::abs(centre[0] - 319.5) < 1e-9 && std::abs(centre[1] - 179.5) < 1e-9);

    // The spacecraft from straight above: the bus top (4..7) faces the camera, so 4sp calls it
    // visible, but the solar panel (8..11), offset towards +x, hides its +x corners (5, 6); the
    // bus bottom (0..3) faces away.
    const MeshInformation craft = builtinSpacecraftMesh();
    const PinholeCamera overPanel = cameraAt({0, 0, 5}, {0, 1, 0});
    const std::set<int> fourSp =
        visibleSet(computeVertexVisibility(craft, overPanel, VisibilityRule::FourSp));
    for (int v : {4, 5, 6, 7, 8, 9, 10, 11})
        QVERIFY(fourSp.count(v));
    for (int v : {0, 1, 2, 3})
        QVERIFY(!fourSp.count(v));
    QCOMPARE(visibleSet(computeVertexVisibility(craft, overPanel, VisibilityRule::Occlusion)),
             (std::set<int>{4, 7, 8, 9, 10, 11}));

    // Outside view and behind the camera.
    const PinholeCamera aside =
        cameraAt({0, 0, 6}, {0, 1, 0}).lookingAt({0, 0, 6}, {100, 0, 6}, {0, 0, 1});
    for (const auto& v : computeVertexVisibility(cube, aside, VisibilityRule::Occlusion))
        QVERIFY(v.status == VertexStatus::OutsideView || v.status == VertexStatus::BehindCamera);
    PinholeCamera inside = cameraAt({0, 0, 6}, {0, 1, 0});
    inside.t = -(inside.R * cv::Vec3d(0, 0, 0.0)); // camera at the cube centre looking down
    const auto fromInside = computeVertexVisibility(cube, inside, VisibilityRule::Occlusion);
    QCOMPARE(fromInside[4].status, VertexStatus::BehindCamera);
    QVERIFY(!fromInside[4].pixel);
    const auto json = annotationJson(fromInside, inside);
    QCOMPARE(json.at("visible_vertices").size(), std::size_t(0));
    QCOMPARE(json.at("non_visible_vertices").at(4).at("status").get<std::string>(),
             std::string("Behind camera"));
    QVERIFY(!json.at("non_visible_vertices").at(4).contains("pixel_coordinates"));
}

void TestGenerator::builtinMeshIsTangoLike()
{
    const MeshInformation mesh = builtinSpacecraftMesh();
    QCOMPARE(mesh.objectName, std::string("tango_like"));
    QVERIFY(mesh.totalVertices >= 11);
    QCOMPARE(int(mesh.vertexCoordinates.size()), mesh.totalVertices);
    QCOMPARE(int(mesh.faces.size()), mesh.totalFaces);
    QCOMPARE(int(mesh.edges.size()), mesh.totalEdges);
    QCOMPARE(int(mesh.vertexConnectivity.size()), mesh.totalVertices);
    // Topology in the file agrees with what the faces imply.
    MeshInformation derived = mesh;
    derived.deriveTopology();
    QCOMPARE(derived.totalEdges, mesh.totalEdges);
    std::set<std::array<int, 2>> fileEdges(mesh.edges.begin(), mesh.edges.end());
    QCOMPARE(fileEdges, (std::set<std::array<int, 2>>(derived.edges.begin(), derived.edges.end())));
    QCOMPARE(derived.vertexConnectivity, mesh.vertexConnectivity);

    // Outward winding: every face's normal points away from the centroid of its part (the bus
    // 0..7, the mast 12..15); the panel's two faces share their 4 vertices with opposite normals.
    auto point = [&](int v) {
        const auto& p = mesh.vertexCoordinates[static_cast<std::size_t>(v)];
        return cv::Vec3d(p[0], p[1], p[2]);
    };
    int panelFaces = 0;
    cv::Vec3d panelNormalSum(0, 0, 0);
    for (const auto& face : mesh.faces) {
        std::vector<cv::Vec3d> polygon;
        cv::Vec3d centroid(0, 0, 0);
        for (int v : face) {
            polygon.push_back(point(v));
            centroid += point(v) / double(face.size());
        }
        const cv::Vec3d normal = polygonNormal(polygon);
        QVERIFY(cv::norm(normal) > 0.99);
        if (face[0] >= 8 && face[0] <= 11) {
            ++panelFaces;
            panelNormalSum += normal;
            continue;
        }
        cv::Vec3d partCentre(0, 0, 0);
        const std::vector<int> part = face[0] < 8 ? std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7}
                                                  : std::vector<int>{12, 13, 14, 15};
        for (int v : part)
            partCentre += point(v) / double(part.size());
        QVERIFY(normal.dot(centroid - partCentre) > 0);
    }
    QCOMPARE(panelFaces, 2);
    QVERIFY(cv::norm(panelNormalSum) < 1e-12);
    // The panel stands off the bus: a gap between the bus top and the panel.
    QVERIFY(point(8)[2] - point(4)[2] > 0.05);

    // Non-convex: parts hide each other, so some vertex on a camera-facing face is occluded.
    GeneratorOptions options = smallOptions({}, 0);
    int hiddenButFacing = 0;
    for (std::size_t i = 0; i < 10; ++i) {
        const PinholeCamera camera = randomScene(mesh, options, i).camera;
        const auto occlusion = computeVertexVisibility(mesh, camera, VisibilityRule::Occlusion);
        const auto fourSp = computeVertexVisibility(mesh, camera, VisibilityRule::FourSp);
        for (std::size_t v = 0; v < occlusion.size(); ++v)
            hiddenButFacing += occlusion[v].status == VertexStatus::Hidden &&
                               fourSp[v].status == VertexStatus::Visible;
    }
    QVERIFY(hiddenButFacing > 0);
}

void TestGenerator::objectFillsTheCentreCrop()
{
    // The model sees the centre crop: 1000 px of the 1080 rows at 1920x1080, scaled with the image.
    const MeshInformation mesh = builtinSpacecraftMesh();
    for (const auto& size : {cv::Size(1920, 1080), cv::Size(320, 180), cv::Size(640, 640)}) {
        GeneratorOptions options;
        options.width = size.width;
        options.height = size.height;
        const double crop = 1000.0 / std::min(1920.0 / size.width, 1080.0 / size.height);
        double sum = 0;
        const int samples = 60;
        for (int i = 0; i < samples; ++i) {
            const PinholeCamera camera =
                randomScene(mesh, options, static_cast<std::size_t>(i)).camera;
            cv::Rect2d box;
            double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
            for (const auto& p : mesh.vertexCoordinates) {
                const auto pixel = camera.project({p[0], p[1], p[2]});
                QVERIFY(pixel);
                minX = std::min(minX, (*pixel)[0]);
                maxX = std::max(maxX, (*pixel)[0]);
                minY = std::min(minY, (*pixel)[1]);
                maxY = std::max(maxY, (*pixel)[1]);
            }
            const double extent = std::max(maxX - minX, maxY - minY) / crop;
            QVERIFY2(extent > 0.64 && extent < 0.96, qPrintable(QString::number(extent)));
            // Centred on the crop up to a small shift; inside it.
            const double cropLeft = (size.width - crop) / 2 - 0.5,
                         cropTop = (size.height - crop) / 2 - 0.5;
            QVERIFY(std::abs((minX + maxX) / 2 - (cropLeft + crop / 2)) < 0.3 * crop);
            QVERIFY(std::abs((minY + maxY) / 2 - (cropTop + crop / 2)) < 0.3 * crop);
            const double outside = std::max({0.0, cropLeft - minX, maxX - cropLeft - crop,
                                             cropTop - minY, maxY - cropTop - crop});
            QVERIFY2(outside < 0.01 * crop, qPrintable(QString::number(outside / crop)));
            sum += extent;
        }
        const double mean = sum / samples;
        qInfo("%dx%d: mean projected extent %.2f of the %.0f px crop", size.width, size.height,
              mean, crop);
        QVERIFY(mean > 0.72 && mean < 0.88);
    }
}

void TestGenerator::fixedMaterialsKeepEachFaceItsColour()
{
    // Built-in mesh faces: 0 bottom, 1 top, 2 -y, 3 +x, 4 +y, 5 -x (the bus), 6-7 the panel.
    const MeshInformation mesh = builtinSpacecraftMesh();
    GeneratorOptions options = smallOptions({}, 0);
    QCOMPARE(options.materials, MaterialMode::Fixed); // the default
    const std::size_t images = 12;
    std::vector<SceneSetup> fixed, random;
    for (std::size_t i = 0; i < images; ++i)
        fixed.push_back(randomScene(mesh, options, i));
    options.materials = MaterialMode::PerImage;
    for (std::size_t i = 0; i < images; ++i)
        random.push_back(randomScene(mesh, options, i));

    // Fixed: a face's hue is the same in every image (only the 5 % per-channel jitter and the
    // brightness vary); the brightness does vary.
    double largestHueChange = 0, brightnessSpread = 0;
    for (std::size_t f = 0; f < mesh.faces.size(); ++f)
        for (std::size_t i = 1; i < images; ++i) {
            QCOMPARE(fixed[i].faceAlbedo.size(), mesh.faces.size());
            largestHueChange =
                std::max(largestHueChange, cv::norm(chromaticity(fixed[i].faceAlbedo[f]) -
                                                    chromaticity(fixed[0].faceAlbedo[f])));
            brightnessSpread = std::max(
                brightnessSpread,
                std::abs(cv::norm(fixed[i].faceAlbedo[f]) / cv::norm(fixed[0].faceAlbedo[f]) - 1));
        }
    QVERIFY2(largestHueChange < 0.08, qPrintable(QString::number(largestHueChange)));
    QVERIFY(brightnessSpread > 0.1);
    // Opposite bus faces differ in hue, so a corner and its mirror twin look different.
    for (const auto& [a, b] : {std::pair{0, 1}, std::pair{2, 4}, std::pair{3, 5}})
        QVERIFY2(cv::norm(chromaticity(fixed[0].faceAlbedo[static_cast<std::size_t>(a)]) -
                          chromaticity(fixed[0].faceAlbedo[static_cast<std::size_t>(b)])) > 0.25,
                 qPrintable(QStringLiteral("faces %1 and %2").arg(a).arg(b)));

    // Random: colours are drawn per image, so some face changes hue between images.
    double randomHueChange = 0;
    for (std::size_t f = 0; f < mesh.faces.size(); ++f)
        for (std::size_t i = 1; i < images; ++i)
            randomHueChange =
                std::max(randomHueChange, cv::norm(chromaticity(random[i].faceAlbedo[f]) -
                                                   chromaticity(random[0].faceAlbedo[f])));
    QVERIFY2(randomHueChange > 0.3, qPrintable(QString::number(randomHueChange)));
    // Poses do not depend on the materials.
    QVERIFY(cv::norm(fixed[5].camera.R - random[5].camera.R) == 0.0);

    QCOMPARE(parseMaterialMode("fixed"), std::optional(MaterialMode::Fixed));
    QCOMPARE(parseMaterialMode("random"), std::optional(MaterialMode::PerImage));
    QVERIFY(!parseMaterialMode("Fixed"));
    QCOMPARE(std::string(materialModeName(MaterialMode::PerImage)), std::string("random"));
}

void TestGenerator::imageShowsTheObjectWhereTheDepthSaysSo()
{
    const MeshInformation mesh = builtinSpacecraftMesh();
    GeneratorOptions options = smallOptions({}, 0);
    for (std::size_t i = 0; i < 4; ++i) {
        const RenderedSample sample = renderSample(mesh, options, i, true);
        QCOMPARE(sample.image.type(), CV_8UC3);
        QCOMPARE(sample.image.size(), cv::Size(320, 180));
        cv::Mat gray;
        cv::Mat channels[3];
        cv::split(sample.image, channels);
        gray = (channels[0] + channels[1] + channels[2]);
        const cv::Mat object = sample.depth < std::numeric_limits<float>::infinity();
        const int objectPixels = cv::countNonZero(object);
        QVERIFY(objectPixels > 320 * 180 / 50);
        // Lit object on a black starfield: object pixels are far brighter on average.
        const double inside = cv::mean(gray, object)[0], outside = cv::mean(gray, ~object)[0];
        QVERIFY2(inside > 8 * outside + 5,
                 qPrintable(QString("%1 vs %2").arg(inside).arg(outside)));
        // Anti-aliasing: the silhouette has intermediate values (not just object colour or black).
        cv::Mat grown;
        cv::dilate(object, grown, cv::Mat());
        const cv::Mat border = grown & ~object;
        QVERIFY(cv::mean(gray, border)[0] > outside + 2);
        // Stars: some background pixels are lit.
        QVERIFY(cv::countNonZero(gray & ~grown) > 5);
    }
}

void TestGenerator::objImportOfHandWrittenCube()
{
    QTemporaryDir tmp;
    const auto objPath = toPath(tmp, "box.obj");
    {
        std::ofstream obj(objPath);
        obj << "# hand-written cube: quads, 1-based, mixed index forms\n"
               "o box\n"
               "v -0.5 -0.5 -0.5\nv 0.5 -0.5 -0.5\nv 0.5 0.5 -0.5\nv -0.5 0.5 -0.5\n"
               "v -0.5 -0.5 0.5\nv 0.5 -0.5 0.5\nv 0.5 0.5 0.5\nv -0.5 0.5 0.5\n"
               "vt 0 0\nvn 0 0 1\n"
               "f 1 4 3 2\nf 5/1 6/1 7/1 8/1\nf 1//1 2//1 6//1 5//1\nf 2 3 7 6\nf 3 4 8 7\nf -5 -8 "
               "-4 -1\n";
    }
    const MeshInformation mesh = loadMeshFile(objPath);
    QCOMPARE(mesh.objectName, std::string("box"));
    QCOMPARE(mesh.totalVertices, 8);
    QCOMPARE(mesh.totalFaces, 6);
    QCOMPARE(mesh.totalEdges, 12);
    QCOMPARE(mesh.faces, unitCube().faces); // -5 -8 -4 -1 = 4 1 5 8 (1-based), relative indices
    QCOMPARE(mesh.vertexCoordinates, unitCube().vertexCoordinates);
    for (const auto& [vertex, neighbours] : mesh.vertexConnectivity)
        QCOMPARE(int(neighbours.size()), 3);
    QCOMPARE(mesh.vertexConnectivity.at(0), (std::vector<int>{1, 3, 4}));

    // Rendering it writes a dataset with K = 8 and the coordinates in mesh_information.json.
    GeneratorOptions options = smallOptions(toPath(tmp, "out"), 2);
    options.mesh = mesh;
    options.visibility = VisibilityRule::FourSp;
    generateDataset(options);
    const auto meshJson =
        nlohmann::ordered_json::parse(readWholeFile(layout::meshFile(options.outputDir)));
    QCOMPARE(meshJson.at("total_vertices").get<int>(), 8);
    QCOMPARE(meshJson.at("vertex_coordinates").size(), std::size_t(8));
    QCOMPARE(meshJson.at("vertex_coordinates").at(6).get<std::vector<double>>(),
             (std::vector<double>{0.5, 0.5, 0.5}));
    const auto annotation = nlohmann::ordered_json::parse(
        readWholeFile(layout::annotationFile(options.outputDir, "img_000001")));
    const std::size_t visible = annotation.at("visible_vertices").size();
    QCOMPARE(visible + annotation.at("non_visible_vertices").size(), std::size_t(8));
    QVERIFY(visible >= 4 && visible <= 7); // a convex box always shows 1 to 3 faces
}

void TestGenerator::badInputNamesTheFile()
{
    QTemporaryDir tmp;
    const auto missing = toPath(tmp, "missing.obj");
    try {
        loadMeshFile(missing);
        QFAIL("no exception");
    } catch (const FileError& error) {
        QCOMPARE(error.file(), missing);
    }
    const auto stl = toPath(tmp, "mesh.stl");
    QVERIFY_THROWS_EXCEPTION(FileError, loadMeshFile(stl));
    GeneratorOptions options = smallOptions(toPath(tmp, "out"), 1);
    options.mesh = unitCube();
    options.mesh->vertexCoordinates.clear();
    QVERIFY_THROWS_EXCEPTION(FileError, generateDataset(options));
    options.mesh.reset();
    options.supersampling = 0;
    QVERIFY_THROWS_EXCEPTION(FileError, generateDataset(options));
}

void TestGenerator::progressAndStop()
{
    QTemporaryDir tmp;
    GeneratorOptions options = smallOptions(toPath(tmp, "a"), 3);
    options.threads = 2;
    RecordingObserver observer;
    QCOMPARE(generateDataset(options, &observer).imagesWritten, std::size_t(3));
    QCOMPARE(observer.calls.size(), std::size_t(4));
    std::set<std::size_t> done;
    for (const auto& call : observer.calls) {
        QCOMPARE(call.stage, std::string("rendering"));
        QCOMPARE(call.total, std::size_t(3));
        done.insert(call.done);
    }
    QCOMPARE(done, (std::set<std::size_t>{0, 1, 2, 3}));

    StopToken stop;
    stop.requestStop();
    options.outputDir = toPath(tmp, "b");
    const GeneratorResult result = generateDataset(options, nullptr, &stop);
    QVERIFY(result.stopped);
    QCOMPARE(result.imagesWritten, std::size_t(0));
    QVERIFY(!std::filesystem::exists(layout::annotationFile(options.outputDir, sampleStem(0))));
}

void TestGenerator::smallTestDatasetForOtherTests()
{
    QTemporaryDir tmp;
    test::generateSmallDataset(toPath(tmp), 3);
    for (int i = 0; i < 3; ++i) {
        const cv::Mat image = cv::imread(
            (layout::imagesDir(toPath(tmp)) / (sampleStem(static_cast<std::size_t>(i)) + ".png"))
                .string());
        QCOMPARE(image.size(), cv::Size(320, 180));
        QVERIFY(std::filesystem::exists(
            layout::annotationFile(toPath(tmp), sampleStem(static_cast<std::size_t>(i)))));
    }
    QVERIFY(!std::filesystem::exists(layout::annotationFile(toPath(tmp), sampleStem(3))));
    QCOMPARE(MeshInformation::load(layout::meshFile(toPath(tmp))).totalVertices, 16);
}

// Training's synthetic crops, rendered by several threads at once: every image is there (the
// validity flags were a std::vector<bool>, whose packed bits raced and once dropped 1 of 256
// validation images) and each is the one a single thread renders.
void TestGenerator::cropsFromParallelThreadsAreCompleteAndIdentical()
{
    SyntheticCropOptions options;
    options.mesh = builtinSpacecraftMesh();
    options.preprocess.imageSize = 32;
    options.preprocess.heatmapSize = 16;
    options.seed = 21;
    options.frameWidth = 96;
    options.frameHeight = 54;
    options.supersampling = 1;
    options.frameSupersampling = 1;
    const std::size_t count = 300;
    options.threads = 1;
    const LabelledCrops serialPipeline = renderPipelineCrops(options, 0, count);
    const LabelledCrops serialModel = renderModelCrops(options, 0, count);
    options.threads = 4; // more threads than cores: more interleaving
    for (int round = 0; round < 3; ++round) {
        for (const bool pipeline : {true, false}) {
            const LabelledCrops parallel = pipeline ? renderPipelineCrops(options, 0, count)
                                                    : renderModelCrops(options, 0, count);
            const LabelledCrops& serial = pipeline ? serialPipeline : serialModel;
            QCOMPARE(std::count(parallel.crops.valid.begin(), parallel.crops.valid.end(), 0),
                     std::ptrdiff_t(0));
            QVERIFY(parallel.crops.pixels == serial.crops.pixels);
            QVERIFY(parallel.labels == serial.labels);
        }
    }
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "test_core_generator.moc"
