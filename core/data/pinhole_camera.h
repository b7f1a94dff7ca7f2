#pragma once
// An ideal pinhole camera in the OpenCV convention (x right, y down, z forward): a world point X
// maps to the pixel K (R X + t). Integer pixel coordinates are pixel centres, origin top-left, so
// the image covers [-0.5, width - 0.5) x [-0.5, height - 0.5).

#include <opencv2/core/matx.hpp>

#include <nlohmann/json.hpp>

#include <optional>

namespace kps {

struct PinholeCamera
{
    double fx = 0, fy = 0, cx = 0, cy = 0;
    int width = 0, height = 0;
    cv::Matx33d R = cv::Matx33d::eye(); // world -> camera rotation
    cv::Vec3d t{0, 0, 0};               // world -> camera translation

    // Focal length from a lens on a sensor (fx = fy = focal / sensorWidth * width) and the
    // principal point at the image centre, ((width - 1) / 2, (height - 1) / 2).
    static PinholeCamera fromLens(int width, int height, double focalLengthMm,
                                  double sensorWidthMm);

    // A camera at `eye` looking at `target`; `up` (world) maps to the image's upward direction.
    PinholeCamera lookingAt(const cv::Vec3d& eye, const cv::Vec3d& target,
                            const cv::Vec3d& up) const;

    cv::Vec3d toCamera(const cv::Vec3d& world) const { return R * world + t; }
    cv::Vec3d centre() const { return -(R.t() * t); } // camera centre in the world frame
    // Pixel of a camera-frame point; nullopt when it is not strictly in front of the camera.
    std::optional<cv::Vec2d> projectCameraPoint(const cv::Vec3d& cameraPoint) const;
    std::optional<cv::Vec2d> project(const cv::Vec3d& world) const
    {
        return projectCameraPoint(toCamera(world));
    }
    bool insideImage(const cv::Vec2d& pixel) const;

    // {fx, fy, cx, cy, width, height, R (3 row lists), t}: the "camera" block of our annotations.
    nlohmann::ordered_json toJson() const;
    static PinholeCamera fromJson(const nlohmann::ordered_json& json); // throws nlohmann errors
};

} // namespace kps
