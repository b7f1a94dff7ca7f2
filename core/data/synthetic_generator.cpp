#include "synthetic_generator.h"

#include "atomic_file.h"
#include "dataset_layout.h"
#include "file_error.h"
#include "mesh_rasterizer.h"
#include "parallel_for.h"
#include "progress.h"
#include "rotation.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>

namespace kps {

namespace {

constexpr double kPi = 3.14159265358979323846;

std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// Our own transforms over mt19937_64: the standard distributions are implementation-defined, and
// the files must not change with the standard library.
class ImageRandom
{
public:
    explicit ImageRandom(std::uint64_t seed) : m_engine(seed) {}
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    int index(int count) { return static_cast<int>(uniform() * count); }
    double normal() // Box-Muller
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
    }
    // Uniform over SO(3) (Shoemake), canonical sign w >= 0.
    Quaternion rotation()
    {
        const double u1 = uniform(), u2 = uniform(), u3 = uniform();
        const double a = std::sqrt(1.0 - u1), b = std::sqrt(u1);
        Quaternion q{b * std::cos(2 * kPi * u3), a * std::sin(2 * kPi * u2),
                     a * std::cos(2 * kPi * u2), b * std::sin(2 * kPi * u3)};
        if (q.w < 0)
            q = {-q.w, -q.x, -q.y, -q.z};
        return q;
    }
    std::uint64_t next() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

std::uint64_t imageSeed(std::uint64_t seed, std::size_t index)
{
    return splitMix64(seed ^ splitMix64(static_cast<std::uint64_t>(index) + 0x5851F42D4C957F2Dull));
}

// Spacecraft surface tones (BGR): gold and silver foil, white paint, dark grey, solar-cell blue,
// copper.
const cv::Vec3d kPalette[] = {{0.20, 0.55, 0.80}, {0.78, 0.78, 0.78}, {0.90, 0.90, 0.88},
                              {0.45, 0.45, 0.47}, {0.45, 0.20, 0.08}, {0.25, 0.42, 0.72}};
constexpr int kPaletteSize = static_cast<int>(sizeof kPalette / sizeof kPalette[0]);

// Parts = groups of faces connected through shared vertices (bus, panel, mast...), so a part gets
// one tone and its faces variations of it.
std::vector<int> facePartIds(const MeshInformation& mesh)
{
    std::vector<int> parent(mesh.vertexCoordinates.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&](int v) {
        while (parent[static_cast<std::size_t>(v)] != v)
            v = parent[static_cast<std::size_t>(v)] =
                parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(v)])];
        return v;
    };
    const int vertexCount = static_cast<int>(parent.size());
    for (const auto& face : mesh.faces)
        for (const int v : face)
            if (v >= 0 && v < vertexCount && face[0] >= 0 && face[0] < vertexCount)
                parent[static_cast<std::size_t>(root(v))] = root(face[0]);
    std::vector<int> partOfRoot(parent.size(), -1);
    std::vector<int> parts;
    int nextPart = 0;
    for (const auto& face : mesh.faces) {
        const int r = face.empty() || face[0] < 0 || face[0] >= vertexCount ? -1 : root(face[0]);
        if (r < 0) {
            parts.push_back(0);
            continue;
        }
        if (partOfRoot[static_cast<std::size_t>(r)] < 0)
            partOfRoot[static_cast<std::size_t>(r)] = nextPart++;
        parts.push_back(partOfRoot[static_cast<std::size_t>(r)]);
    }
    return parts;
}

struct BoundingSphere
{
    cv::Vec3d centre;
    double radius = 0;
};

// Centre of the axis-aligned box, radius to the farthest vertex: cheap and pose independent.
BoundingSphere boundingSphere(const MeshInformation& mesh)
{
    cv::Vec3d low(1e300, 1e300, 1e300), high(-1e300, -1e300, -1e300);
    for (const auto& p : mesh.vertexCoordinates)
        for (int k = 0; k < 3; ++k) {
            low[k] = std::min(low[k], p[static_cast<std::size_t>(k)]);
            high[k] = std::max(high[k], p[static_cast<std::size_t>(k)]);
        }
    BoundingSphere sphere{(low + high) * 0.5, 0};
    for (const auto& p : mesh.vertexCoordinates)
        sphere.radius =
            std::max(sphere.radius, cv::norm(cv::Vec3d(p[0], p[1], p[2]) - sphere.centre));
    return sphere;
}

// Side of the model's centre crop in original-image pixels: 1000 px of the 1920x1080 letterbox
// canvas.
double centreCropSide(int width, int height)
{
    const double canvasScale = std::min(1920.0 / width, 1080.0 / height);
    return 1000.0 / canvasScale;
}

void validate(const GeneratorOptions& options, const MeshInformation& mesh)
{
    auto fail = [&](const std::string& what) { throw FileError(options.outputDir, what); };
    if (options.count < 0)
        fail("image count must not be negative");
    if (options.width < 16 || options.height < 16 || options.width > 16384 ||
        options.height > 16384)
        fail("image size must be between 16 and 16384 pixels");
    if (options.supersampling < 1 || options.supersampling > 8)
        fail("supersampling must be between 1 and 8");
    if (!(options.focalLengthMm > 0) || !(options.sensorWidthMm > 0))
        fail("focal length and sensor width must be positive");
    if (!(options.minFill > 0) || !(options.maxFill >= options.minFill) || options.maxFill > 10)
        fail("fill range must satisfy 0 < min <= max");
    if (mesh.vertexCoordinates.empty())
        fail("mesh '" + mesh.objectName + "' has no vertex_coordinates to render");
    if (mesh.totalVertices != static_cast<int>(mesh.vertexCoordinates.size()))
        fail("mesh '" + mesh.objectName + "' has " + std::to_string(mesh.vertexCoordinates.size()) +
             " vertex_coordinates for total_vertices " + std::to_string(mesh.totalVertices));
    if (mesh.faces.empty())
        fail("mesh '" + mesh.objectName + "' has no faces to render");
    const int vertexCount = static_cast<int>(mesh.vertexCoordinates.size());
    for (std::size_t f = 0; f < mesh.faces.size(); ++f)
        for (const int v : mesh.faces[f])
            if (v < 0 || v >= vertexCount)
                fail("mesh face " + std::to_string(f) + " refers to vertex " + std::to_string(v) +
                     " of " + std::to_string(vertexCount));
    for (const auto& p : mesh.vertexCoordinates)
        if (!std::isfinite(p[0]) || !std::isfinite(p[1]) || !std::isfinite(p[2]))
            fail("mesh '" + mesh.objectName + "' has a non-finite vertex coordinate");
}

// A faint starfield: mostly dim points with a few bright ones, each spread bilinearly over the
// four pixels around its sub-pixel position.
cv::Mat starfield(int width, int height, std::uint64_t seed)
{
    cv::Mat image(height, width, CV_8UC3, cv::Scalar::all(0));
    ImageRandom random(seed);
    const double perMegapixel = random.uniform(100.0, 400.0);
    const int count = static_cast<int>(perMegapixel * width * height / 1e6);
    for (int s = 0; s < count; ++s) {
        const double x = random.uniform(0.0, width - 1.0), y = random.uniform(0.0, height - 1.0);
        const double u = random.uniform();
        const double brightness = 30.0 + 225.0 * u * u * u * u;
        const double tint = random.uniform(-0.15, 0.15); // > 0: bluish, < 0: reddish
        const cv::Vec3d colour(brightness * (1 + tint), brightness, brightness * (1 - tint));
        const int x0 = static_cast<int>(x), y0 = static_cast<int>(y);
        const double fx = x - x0, fy = y - y0;
        const double weights[4] = {(1 - fx) * (1 - fy), fx * (1 - fy), (1 - fx) * fy, fx * fy};
        const int dx[4] = {0, 1, 0, 1}, dy[4] = {0, 0, 1, 1};
        for (int k = 0; k < 4; ++k) {
            const int px = std::min(x0 + dx[k], width - 1), py = std::min(y0 + dy[k], height - 1);
            cv::Vec3b& pixel = image.at<cv::Vec3b>(py, px);
            // Scale so the brightest sample of a centred star keeps its full brightness.
            const double gain = 1.6 * weights[k];
            for (int c = 0; c < 3; ++c)
                pixel[c] = cv::saturate_cast<uchar>(pixel[c] + colour[c] * gain);
        }
    }
    return image;
}

// Segment from the camera centre (origin of the camera frame) to p hits triangle (a, b, c)
// strictly between its ends (Moeller-Trumbore). Edge hits count: a grazing face hides the vertex.
bool segmentHitsTriangle(const cv::Vec3d& p, const cv::Vec3d& a, const cv::Vec3d& b,
                         const cv::Vec3d& c)
{
    constexpr double kEdgeEpsilon = 1e-9;
    constexpr double kEndEpsilon =
        1e-6; // relative: the vertex itself lying on a face does not hide it
    const cv::Vec3d e1 = b - a, e2 = c - a;
    const cv::Vec3d h = p.cross(e2);
    const double det = e1.dot(h);
    if (std::abs(det) < 1e-15)
        return false; // segment parallel to the triangle's plane
    const double inverse = 1.0 / det;
    const cv::Vec3d s = -a;
    const double u = inverse * s.dot(h);
    if (u < -kEdgeEpsilon || u > 1 + kEdgeEpsilon)
        return false;
    const cv::Vec3d q = s.cross(e1);
    const double v = inverse * p.dot(q);
    if (v < -kEdgeEpsilon || u + v > 1 + kEdgeEpsilon)
        return false;
    const double along = inverse * e2.dot(q);
    return along > kEndEpsilon && along < 1 - kEndEpsilon;
}

// Camera-frame position of the bounding-sphere centre that makes the projected vertices' box
// span `extent` pixels (its larger side) and puts its centre `shift` (in [-1, 1] of the room the
// crop leaves on each axis) away from the image centre. Perspective makes both depend on the
// distance, so refine from the orthographic guess; this converges in a few steps because the
// object is small compared to its distance.
cv::Vec3d placeObject(const std::vector<cv::Vec3d>& rotated, const PinholeCamera& camera,
                      double radius, double extent, const cv::Vec2d& shift, double crop)
{
    struct Box
    {
        double left = 1e300, right = -1e300, top = 1e300, bottom = -1e300;
        double width() const { return right - left; }
        double height() const { return bottom - top; }
    };
    auto project = [&](const cv::Vec3d& offset) {
        Box box;
        for (const cv::Vec3d& p : rotated) {
            const cv::Vec3d q = p + offset;
            const double u = camera.fx * q[0] / q[2] + camera.cx,
                         v = camera.fy * q[1] / q[2] + camera.cy;
            box.left = std::min(box.left, u);
            box.right = std::max(box.right, u);
            box.top = std::min(box.top, v);
            box.bottom = std::max(box.bottom, v);
        }
        return box;
    };
    radius = std::max(radius, 1e-6);
    const double minimumDistance = 1.5 * radius; // keep the camera well outside the object
    cv::Vec2d low(1e300, 1e300), high(-1e300, -1e300);
    for (const cv::Vec3d& p : rotated)
        for (int k = 0; k < 2; ++k) {
            low[k] = std::min(low[k], p[k]);
            high[k] = std::max(high[k], p[k]);
        }
    const double orthographic =
        std::max(camera.fx * (high[0] - low[0]), camera.fy * (high[1] - low[1]));
    cv::Vec3d offset(0, 0,
                     std::max(minimumDistance, orthographic > 0 ? orthographic / extent
                                                                : camera.fx * 2 * radius / extent));
    const double centreX = (camera.width - 1) / 2.0, centreY = (camera.height - 1) / 2.0;
    for (int iteration = 0; iteration < 6; ++iteration) {
        Box box = project(offset);
        const double size = std::max(box.width(), box.height());
        if (size > 0)
            offset[2] = std::max(minimumDistance, offset[2] * size / extent);
        box = project(offset);
        const double targetX = centreX + shift[0] * std::max(0.0, crop - box.width()) / 2;
        const double targetY = centreY + shift[1] * std::max(0.0, crop - box.height()) / 2;
        offset[0] -= ((box.left + box.right) / 2 - targetX) * offset[2] / camera.fx;
        offset[1] -= ((box.top + box.bottom) / 2 - targetY) * offset[2] / camera.fy;
    }
    return offset;
}

// Per-image tones: mostly the part's tone; now and then a face of its own (a radiator, the cell
// side of a panel).
std::vector<int> randomFaceTones(const MeshInformation& mesh, ImageRandom& random)
{
    const std::vector<int> parts = facePartIds(mesh);
    const int partCount = parts.empty() ? 0 : *std::max_element(parts.begin(), parts.end()) + 1;
    std::vector<int> partTone(static_cast<std::size_t>(partCount));
    for (int& tone : partTone)
        tone = random.index(kPaletteSize);
    std::vector<int> tones(mesh.faces.size());
    for (std::size_t f = 0; f < mesh.faces.size(); ++f)
        tones[f] = random.uniform() < 0.2 ? random.index(kPaletteSize)
                                          : partTone[static_cast<std::size_t>(parts[f])];
    return tones;
}

// The mesh's livery: the k-th face of part p gets tone (2p + k) mod the palette, so the faces of a
// part (up to the palette's six) all differ and neighbouring parts start on different tones.
std::vector<int> fixedFaceTones(const MeshInformation& mesh)
{
    const std::vector<int> parts = facePartIds(mesh);
    std::vector<int> facesSeen;
    std::vector<int> tones(mesh.faces.size());
    for (std::size_t f = 0; f < mesh.faces.size(); ++f) {
        const auto part = static_cast<std::size_t>(parts[f]);
        if (facesSeen.size() <= part)
            facesSeen.resize(part + 1, 0);
        tones[f] = static_cast<int>((2 * part + static_cast<std::size_t>(facesSeen[part]++)) %
                                    static_cast<std::size_t>(kPaletteSize));
    }
    return tones;
}

} // namespace

const char* visibilityRuleName(VisibilityRule rule)
{
    return rule == VisibilityRule::FourSp ? "4sp" : "occlusion";
}

std::optional<VisibilityRule> parseVisibilityRule(const std::string& name)
{
    if (name == "occlusion")
        return VisibilityRule::Occlusion;
    if (name == "4sp")
        return VisibilityRule::FourSp;
    return std::nullopt;
}

std::string sampleStem(std::size_t index)
{
    char text[32];
    std::snprintf(text, sizeof text, "img_%06zu", index);
    return text;
}

SceneSetup randomScene(const MeshInformation& mesh, const GeneratorOptions& options,
                       std::size_t index)
{
    ImageRandom random(imageSeed(options.seed, index));
    SceneSetup scene;
    scene.camera = PinholeCamera::fromLens(options.width, options.height, options.focalLengthMm,
                                           options.sensorWidthMm);

    // Pose: uniform rotation; distance so the silhouette spans `fill` of the centre crop; a small
    // lateral shift within the room the crop leaves.
    const Quaternion q = random.rotation();
    const cv::Matx33d R = rotationMatrix(q);
    const BoundingSphere sphere = boundingSphere(mesh);
    const double crop = centreCropSide(options.width, options.height);
    const double fill = random.uniform(options.minFill, options.maxFill);
    const cv::Vec2d shift(random.uniform(-0.8, 0.8), random.uniform(-0.8, 0.8));
    std::vector<cv::Vec3d> rotated;
    for (const auto& p : mesh.vertexCoordinates)
        rotated.push_back(R * (cv::Vec3d(p[0], p[1], p[2]) - sphere.centre));
    scene.camera.R = R;
    scene.camera.t = R * -sphere.centre +
                     placeObject(rotated, scene.camera, sphere.radius, fill * crop, shift, crop);

    // Sun: uniform direction over the camera's hemisphere (mirrored when it would light the far
    // side: an unlit object teaches the model little).
    cv::Vec3d sun(random.normal(), random.normal(), random.normal());
    sun = cv::normalize(sun);
    if (sun[2] > 0)
        sun[2] = -sun[2];
    scene.sunDirection = sun;
    scene.ambient = random.uniform(0.12, 0.3);
    scene.sunIntensity = random.uniform(0.8, 1.2);

    const std::vector<int> tones = options.materials == MaterialMode::Fixed
                                       ? fixedFaceTones(mesh)
                                       : randomFaceTones(mesh, random);
    scene.faceAlbedo.resize(mesh.faces.size());
    for (std::size_t f = 0; f < mesh.faces.size(); ++f) {
        const int tone = tones[f];
        const double brightness = random.uniform(0.8, 1.15);
        cv::Vec3d albedo = kPalette[tone] * brightness;
        for (int c = 0; c < 3; ++c)
            albedo[c] = std::clamp(albedo[c] * random.uniform(0.95, 1.05), 0.0, 1.0);
        scene.faceAlbedo[f] = albedo;
    }
    scene.backgroundSeed = random.next();
    return scene;
}

std::vector<VertexVisibility> computeVertexVisibility(const MeshInformation& mesh,
                                                      const PinholeCamera& camera,
                                                      VisibilityRule rule)
{
    const std::size_t vertexCount = mesh.vertexCoordinates.size();
    std::vector<cv::Vec3d> cameraPoints(vertexCount);
    for (std::size_t v = 0; v < vertexCount; ++v) {
        const auto& p = mesh.vertexCoordinates[v];
        cameraPoints[v] = camera.toCamera({p[0], p[1], p[2]});
    }
    std::vector<std::vector<int>> facesOfVertex(vertexCount);
    for (std::size_t f = 0; f < mesh.faces.size(); ++f)
        for (const int v : mesh.faces[f])
            if (v >= 0 && static_cast<std::size_t>(v) < vertexCount)
                facesOfVertex[static_cast<std::size_t>(v)].push_back(static_cast<int>(f));
    std::vector<bool> frontFacing(mesh.faces.size(), false);
    for (std::size_t f = 0; f < mesh.faces.size(); ++f) {
        std::vector<cv::Vec3d> polygon;
        for (const int v : mesh.faces[f])
            polygon.push_back(cameraPoints[static_cast<std::size_t>(v)]);
        if (polygon.size() >= 3)
            frontFacing[f] = polygonNormal(polygon).dot(-polygon[0]) > 0;
    }

    std::vector<VertexVisibility> result(vertexCount);
    for (std::size_t v = 0; v < vertexCount; ++v) {
        VertexVisibility& vertex = result[v];
        const auto& p = mesh.vertexCoordinates[v];
        vertex.index = static_cast<int>(v);
        vertex.world = {p[0], p[1], p[2]};
        vertex.depth = cameraPoints[v][2];
        vertex.pixel = camera.projectCameraPoint(cameraPoints[v]);
        if (!vertex.pixel) {
            vertex.status = VertexStatus::BehindCamera;
            continue;
        }
        if (!camera.insideImage(*vertex.pixel)) {
            vertex.status = VertexStatus::OutsideView;
            continue;
        }
        const std::vector<int>& own = facesOfVertex[v];
        bool visible = false;
        if (rule == VisibilityRule::FourSp) {
            visible = std::any_of(own.begin(), own.end(),
                                  [&](int f) { return frontFacing[static_cast<std::size_t>(f)]; });
        } else {
            visible = true;
            for (std::size_t f = 0; f < mesh.faces.size() && visible; ++f) {
                if (std::find(own.begin(), own.end(), static_cast<int>(f)) != own.end())
                    continue;
                const std::vector<int>& face = mesh.faces[f];
                for (std::size_t k = 1; k + 1 < face.size(); ++k)
                    if (segmentHitsTriangle(cameraPoints[v],
                                            cameraPoints[static_cast<std::size_t>(face[0])],
                                            cameraPoints[static_cast<std::size_t>(face[k])],
                                            cameraPoints[static_cast<std::size_t>(face[k + 1])])) {
                        visible = false;
                        break;
                    }
            }
        }
        vertex.status = visible ? VertexStatus::Visible : VertexStatus::Hidden;
    }
    return result;
}

nlohmann::ordered_json annotationJson(const std::vector<VertexVisibility>& vertices,
                                      const PinholeCamera& camera)
{
    nlohmann::ordered_json visible = nlohmann::ordered_json::array();
    nlohmann::ordered_json nonVisible = nlohmann::ordered_json::array();
    for (const VertexVisibility& vertex : vertices) { // already in ascending index order
        nlohmann::ordered_json entry;
        entry["index"] = vertex.index;
        entry["coordinates"] = {vertex.world[0], vertex.world[1], vertex.world[2]};
        if (vertex.pixel)
            entry["pixel_coordinates"] = {(*vertex.pixel)[0], (*vertex.pixel)[1]};
        if (vertex.status == VertexStatus::BehindCamera)
            entry["status"] = "Behind camera";
        else if (vertex.status == VertexStatus::OutsideView)
            entry["status"] = "Outside view";
        (vertex.status == VertexStatus::Visible ? visible : nonVisible).push_back(std::move(entry));
    }
    const EulerRotation euler = eulerAngles(camera.R);
    const Quaternion q = rotationQuaternion(camera.R);
    nlohmann::ordered_json document;
    document["visible_vertices"] = std::move(visible);
    document["non_visible_vertices"] = std::move(nonVisible);
    document["rotation"] = {{"x", euler.x}, {"y", euler.y}, {"z", euler.z}};
    document["rotation_quaternion"] = {{"w", q.w}, {"x", q.x}, {"y", q.y}, {"z", q.z}};
    document["camera"] = camera.toJson();
    return document;
}

RenderedSample renderScene(const MeshInformation& mesh, const SceneSetup& scene,
                           VisibilityRule rule, int supersampling, bool withDepth)
{
    RenderedSample sample;
    sample.scene = scene;
    const PinholeCamera& camera = scene.camera;
    sample.image = starfield(camera.width, camera.height, scene.backgroundSeed);

    const MeshRasterizer rasterizer(mesh, camera);
    const cv::Rect region = rasterizer.projectedBounds(2);
    if (!region.empty()) {
        // Flat Lambert + ambient shading: one colour per face.
        std::vector<cv::Vec3b> faceColour(mesh.faces.size());
        for (std::size_t f = 0; f < mesh.faces.size(); ++f) {
            const double lambert =
                std::max(0.0, rasterizer.cameraNormals()[f].dot(scene.sunDirection));
            const double light = scene.ambient + scene.sunIntensity * lambert;
            const cv::Vec3d albedo =
                f < scene.faceAlbedo.size() ? scene.faceAlbedo[f] : cv::Vec3d(0.7, 0.7, 0.7);
            for (int c = 0; c < 3; ++c)
                faceColour[f][c] = cv::saturate_cast<uchar>(255.0 * albedo[c] * light);
        }
        // Bands of output rows keep the sample buffers small (a few MB at 3x3 samples), so the
        // allocator reuses their pages instead of faulting in ~100 MB of fresh ones per image.
        const int s = supersampling;
        constexpr int kBandRows = 64;
        for (int bandTop = region.y; bandTop < region.y + region.height; bandTop += kBandRows) {
            const cv::Rect band(region.x, bandTop, region.width,
                                std::min(kBandRows, region.y + region.height - bandTop));
            const MeshRasterizer::SampleGrid grid{band.x, band.y, band.width * s, band.height * s,
                                                  s};
            cv::Mat faceIds, depth;
            rasterizer.rasterize(grid, faceIds, depth);
            // Colour on black (premultiplied) and coverage, then averaged over each pixel's
            // s x s samples.
            cv::Mat colour(grid.rows, grid.cols, CV_8UC3), coverage(grid.rows, grid.cols, CV_8U);
            for (int j = 0; j < grid.rows; ++j) {
                const int* ids = faceIds.ptr<int>(j);
                cv::Vec3b* c = colour.ptr<cv::Vec3b>(j);
                uchar* a = coverage.ptr<uchar>(j);
                for (int i = 0; i < grid.cols; ++i) {
                    const bool hit = ids[i] >= 0;
                    c[i] = hit ? faceColour[static_cast<std::size_t>(ids[i])] : cv::Vec3b(0, 0, 0);
                    a[i] = hit ? 255 : 0;
                }
            }
            cv::Mat pixelColour = colour, pixelCoverage = coverage;
            if (s > 1) {
                cv::resize(colour, pixelColour, band.size(), 0, 0, cv::INTER_AREA);
                cv::resize(coverage, pixelCoverage, band.size(), 0, 0, cv::INTER_AREA);
            }
            cv::Mat target = sample.image(band);
            for (int j = 0; j < band.height; ++j) {
                const cv::Vec3b* c = pixelColour.ptr<cv::Vec3b>(j);
                const uchar* a = pixelCoverage.ptr<uchar>(j);
                cv::Vec3b* out = target.ptr<cv::Vec3b>(j);
                for (int i = 0; i < band.width; ++i)
                    for (int k = 0; k < 3; ++k)
                        out[i][k] =
                            cv::saturate_cast<uchar>(c[i][k] + out[i][k] * (255 - a[i]) / 255.0);
            }
        }
    }
    if (withDepth)
        sample.depth = rasterizer.depthMap();
    sample.vertices = computeVertexVisibility(mesh, camera, rule);
    sample.annotation = annotationJson(sample.vertices, camera);
    return sample;
}

RenderedSample renderSample(const MeshInformation& mesh, const GeneratorOptions& options,
                            std::size_t index, bool withDepth)
{
    return renderScene(mesh, randomScene(mesh, options, index), options.visibility,
                       options.supersampling, withDepth);
}

GeneratorResult generateDataset(const GeneratorOptions& options, ProgressObserver* observer,
                                const StopToken* stop)
{
    const MeshInformation mesh = options.mesh ? *options.mesh : builtinSpacecraftMesh();
    validate(options, mesh);
    const std::filesystem::path root = options.outputDir;
    for (const std::filesystem::path& dir : {layout::imagesDir(root), layout::annotationsDir(root),
                                             layout::meshFile(root).parent_path()}) {
        std::error_code error;
        std::filesystem::create_directories(dir, error);
        if (error)
            throw FileError(dir, "cannot create folder: " + error.message());
    }
    nlohmann::ordered_json meshJson = mesh.toJson();
    if (!meshJson.contains("vertex_coordinates"))
        meshJson["vertex_coordinates"] = mesh.vertexCoordinates;
    writeFileAtomically(layout::meshFile(root), meshJson.dump(4) + "\n");

    const std::size_t count = static_cast<std::size_t>(options.count);
    std::atomic<std::size_t> done{0};
    if (observer)
        observer->progress("rendering", 0, count);
    parallelFor(
        count, options.threads,
        [&](std::size_t index) {
            if (stop && !stop->waitWhilePaused())
                return;
            const RenderedSample sample = renderSample(mesh, options, index);
            const std::string stem = sampleStem(index);
            std::vector<uchar> png;
            if (!cv::imencode(".png", sample.image, png))
                throw FileError(layout::imagesDir(root) / (stem + ".png"), "cannot encode PNG");
            writeFileAtomically(layout::imagesDir(root) / (stem + ".png"),
                                std::string(png.begin(), png.end()));
            writeFileAtomically(layout::annotationFile(root, stem),
                                sample.annotation.dump(4) + "\n");
            const std::size_t finished = ++done;
            if (observer)
                observer->progress("rendering", finished, count);
        },
        stop);
    return {done.load(), stop && stop->stopRequested()};
}

} // namespace kps
