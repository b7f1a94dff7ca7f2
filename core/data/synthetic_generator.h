#pragma once
// The synthetic spacecraft dataset generator: renders a mesh (the built-in Tango-like spacecraft by
// default) on the CPU in random poses against a starfield and writes a complete 4SP dataset
// (Rendered_Images/, JSON_Data_REF/, Object_Information/mesh_information.json).
//
// Pose convention: world frame = object frame; the camera block of each annotation holds K, R
// (world -> camera) and t in the OpenCV convention, so K (R X + t) reproduces pixel_coordinates.
// Output is a pure function of the options: image i uses its own RNG seeded from (seed, i), so
// the files are byte-identical whatever the thread count.

#include "annotation.h"
#include "material_mode.h"
#include "mesh_information.h"
#include "pinhole_camera.h"

#include <opencv2/core.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kps {

class ProgressObserver;
class StopToken;

enum class VisibilityRule
{
    Occlusion, // in front, inside the image, and no face between the camera and the vertex
    FourSp,    // the seed's rule: a vertex of any face whose normal faces the camera (and inside)
};
const char* visibilityRuleName(VisibilityRule rule); // "occlusion", "4sp"
std::optional<VisibilityRule> parseVisibilityRule(const std::string& name);

struct GeneratorOptions
{
    std::filesystem::path outputDir;
    int count = 100;
    std::uint64_t seed = 0;
    std::optional<MeshInformation> mesh; // needs vertexCoordinates; empty: builtinSpacecraftMesh()
    int width = 1920;
    int height = 1080;
    VisibilityRule visibility = VisibilityRule::Occlusion;
    MaterialMode materials = MaterialMode::Fixed;
    int threads = 0; // <= 0: all hardware threads
    double focalLengthMm = 50.0;
    double sensorWidthMm = 36.0;
    int supersampling = 3; // anti-aliasing: samples per pixel = supersampling^2
    // Larger side of the projected vertices' bounding box as a fraction of the side of the model's
    // centre crop (1000 px of a 1920x1080 letterbox canvas, scaled with the image), drawn
    // uniformly per image; the object is shifted at random within the room the crop leaves.
    double minFill = 0.65;
    double maxFill = 0.95;
};

// "img_000042"
std::string sampleStem(std::size_t index);

enum class VertexStatus
{
    Visible,
    Hidden, // occluded or back-facing: in non_visible_vertices without a status
    OutsideView,
    BehindCamera,
};

struct VertexVisibility
{
    int index = -1;
    cv::Vec3d world;                // object = world frame
    std::optional<cv::Vec2d> pixel; // absent when behind the camera
    double depth = 0;               // camera-frame z
    VertexStatus status = VertexStatus::Hidden;
};

// Everything random about one image; renderScene() is deterministic given it.
struct SceneSetup
{
    PinholeCamera camera;
    cv::Vec3d sunDirection{0, 0, -1}; // camera frame, unit, from the object toward the sun
    double ambient = 0.15;
    double sunIntensity = 1.0;
    std::vector<cv::Vec3d> faceAlbedo; // BGR in [0,1] per face; empty: uniform grey
    std::uint64_t backgroundSeed = 0;  // stars
};

SceneSetup randomScene(const MeshInformation& mesh, const GeneratorOptions& options,
                       std::size_t index);

// Per-vertex visibility under a rule, vertices in index order. Occlusion: exact segment test from
// the camera centre to the vertex against every face not containing it.
std::vector<VertexVisibility> computeVertexVisibility(const MeshInformation& mesh,
                                                      const PinholeCamera& camera,
                                                      VisibilityRule rule);

// The annotation document: visible_vertices, non_visible_vertices (ascending index), rotation,
// rotation_quaternion (of camera.R), camera.
nlohmann::ordered_json annotationJson(const std::vector<VertexVisibility>& vertices,
                                      const PinholeCamera& camera);

struct RenderedSample
{
    cv::Mat image; // CV_8UC3, BGR
    cv::Mat depth; // CV_32F camera z at each pixel centre, +inf on background; empty unless asked
    SceneSetup scene;
    std::vector<VertexVisibility> vertices;
    nlohmann::ordered_json annotation;
};

RenderedSample renderScene(const MeshInformation& mesh, const SceneSetup& scene,
                           VisibilityRule rule, int supersampling, bool withDepth = false);
// Image `index` of the dataset generateDataset(options) writes (same pixels, same annotation).
RenderedSample renderSample(const MeshInformation& mesh, const GeneratorOptions& options,
                            std::size_t index, bool withDepth = false);

struct GeneratorResult
{
    std::size_t imagesWritten = 0;
    bool stopped = false;
};

// Writes the dataset; reports ("rendering", done, count). Throws kps::FileError for bad options,
// a mesh without coordinates or a failed write. Existing files of the same names are replaced.
GeneratorResult generateDataset(const GeneratorOptions& options,
                                ProgressObserver* observer = nullptr,
                                const StopToken* stop = nullptr);

} // namespace kps
