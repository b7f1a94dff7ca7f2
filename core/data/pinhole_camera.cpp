#include "pinhole_camera.h"

#include <cmath>

namespace kps {

PinholeCamera PinholeCamera::fromLens(int width, int height, double focalLengthMm,
                                      double sensorWidthMm)
{
    PinholeCamera camera;
    camera.width = width;
    camera.height = height;
    camera.fx = camera.fy = focalLengthMm / sensorWidthMm * width;
    camera.cx = (width - 1) / 2.0;
    camera.cy = (height - 1) / 2.0;
    return camera;
}

PinholeCamera PinholeCamera::lookingAt(const cv::Vec3d& eye, const cv::Vec3d& target,
                                       const cv::Vec3d& up) const
{
    const cv::Vec3d z = cv::normalize(target - eye);
    const cv::Vec3d x = cv::normalize(z.cross(up)); // image y points down, so x = z x up
    const cv::Vec3d y = z.cross(x);
    PinholeCamera camera = *this;
    camera.R = cv::Matx33d(x[0], x[1], x[2], y[0], y[1], y[2], z[0], z[1], z[2]);
    camera.t = -(camera.R * eye);
    return camera;
}

std::optional<cv::Vec2d> PinholeCamera::projectCameraPoint(const cv::Vec3d& p) const
{
    if (!(p[2] > 0.0))
        return std::nullopt;
    return cv::Vec2d(fx * p[0] / p[2] + cx, fy * p[1] / p[2] + cy);
}

bool PinholeCamera::insideImage(const cv::Vec2d& pixel) const
{
    return pixel[0] >= -0.5 && pixel[0] < width - 0.5 && pixel[1] >= -0.5 &&
           pixel[1] < height - 0.5;
}

nlohmann::ordered_json PinholeCamera::toJson() const
{
    nlohmann::ordered_json json;
    json["fx"] = fx;
    json["fy"] = fy;
    json["cx"] = cx;
    json["cy"] = cy;
    json["width"] = width;
    json["height"] = height;
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (int r = 0; r < 3; ++r)
        rows.push_back({R(r, 0), R(r, 1), R(r, 2)});
    json["R"] = rows;
    json["t"] = {t[0], t[1], t[2]};
    return json;
}

PinholeCamera PinholeCamera::fromJson(const nlohmann::ordered_json& json)
{
    PinholeCamera camera;
    camera.fx = json.at("fx").get<double>();
    camera.fy = json.at("fy").get<double>();
    camera.cx = json.at("cx").get<double>();
    camera.cy = json.at("cy").get<double>();
    camera.width = json.at("width").get<int>();
    camera.height = json.at("height").get<int>();
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            camera.R(r, c) = json.at("R").at(r).at(c).get<double>();
    for (int i = 0; i < 3; ++i)
        camera.t[i] = json.at("t").at(i).get<double>();
    return camera;
}

} // namespace kps
