#pragma once
// Pose check: how good are predicted keypoints for what they are for, the pose? Where the mesh has
// vertex_coordinates and an annotation carries its `camera` block (K, R, t), the object pose is
// solved by PnP from the predicted keypoints (original-image pixels) and compared with the
// annotated R, t: rotation error = angle of R_pred R_gt^T in degrees, translation error =
// |t_pred - t_gt| in mesh units (metres) and relative to the camera-object distance |t_gt|.
// Only keypoints with visible ground truth are used (the stage predicts visible keypoints only).

#include "evaluation_metrics.h"
#include "letterbox_crop.h"
#include "mesh_information.h"
#include "pinhole_camera.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kps {

inline constexpr int kMinimumPosePoints = 4;

struct PoseCheckImage
{
    std::string image;
    bool solved = false;
    std::string reason;             // why not solved ("not enough points", ...), empty when solved
    int points = 0;                 // correspondences used
    double rotationErrorDeg = 0;    // NaN when not solved
    double translationError = 0;    // |t_pred - t_gt|, mesh units (metres)
    double relativeTranslation = 0; // translationError / |t_gt|
    double reprojectionErrorPx = 0; // RMS over the points, original pixels
};

struct PoseCheckSummary
{
    std::size_t images = 0; // images checked (with camera and ground truth)
    std::size_t solved = 0;
    double meanRotationDeg = 0, medianRotationDeg = 0; // over solved images, NaN when none
    double meanTranslation = 0, medianTranslation = 0; // metres
    double meanRelativeTranslation = 0, medianRelativeTranslation = 0;
    std::vector<PoseCheckImage> perImage;

    static PoseCheckSummary compute(std::vector<PoseCheckImage> images);
    nlohmann::ordered_json toJson() const; // summary keys + "per_image" array, NaN as null
};

// Solves one image. objectPoints[i] / pixels[i] are one correspondence (keypoint i of the mesh and
// its predicted original pixel; nullopt = not used). Fewer than kMinimumPosePoints usable
// points gives solved = false, reason "not enough points"; never throws for bad geometry.
PoseCheckImage checkPose(const std::string& image,
                         const std::vector<std::array<double, 3>>& objectPoints,
                         const std::vector<std::optional<Point2>>& pixels,
                         const PinholeCamera& groundTruth);

// Per image of `results` (grouped by record.image, in first-appearance order): the predicted
// original pixels of keypoints with visible ground truth, solved against cameraOf(image); images
// for which cameraOf gives nullopt are skipped. Throws std::invalid_argument when the mesh has no
// vertex_coordinates.
PoseCheckSummary
runPoseCheck(const MeshInformation& mesh, const std::vector<KeypointResult>& results,
             const std::function<std::optional<PinholeCamera>(const std::string& image)>& cameraOf);

// The dataset variant: mesh from Object_Information/mesh_information.json, cameras from
// JSON_Data_REF/<image>.json. nullopt when the mesh has no vertex_coordinates or no annotation
// has a usable camera block (pose check not available). Throws kps::FileError for an unreadable
// mesh file.
std::optional<PoseCheckSummary> runPoseCheck(const std::filesystem::path& datasetRoot,
                                             const std::vector<KeypointResult>& results);

} // namespace kps
