#include "pose_check.h"

#include "annotation.h"
#include "dataset_layout.h"
#include "file_error.h"

#include <opencv2/calib3d.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>

namespace kps {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

nlohmann::ordered_json number(double value)
{
    return std::isfinite(value) ? nlohmann::ordered_json(value) : nlohmann::ordered_json(nullptr);
}

double mean(const std::vector<double>& values)
{
    if (values.empty())
        return kNaN;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / static_cast<double>(values.size());
}

// Angle of the relative rotation A B^T in degrees; the clamp keeps acos defined under rounding.
double rotationAngleDeg(const cv::Matx33d& a, const cv::Matx33d& b)
{
    const cv::Matx33d relative = a * b.t();
    const double c = std::clamp((cv::trace(relative) - 1.0) / 2.0, -1.0, 1.0);
    // acos loses precision near 0; use the rotation vector's norm there instead.
    cv::Vec3d axisAngle;
    cv::Rodrigues(relative, axisAngle);
    const double angle = c > 0.99 ? cv::norm(axisAngle) : std::acos(c);
    return angle * 180.0 / M_PI;
}

} // namespace

PoseCheckImage checkPose(const std::string& image,
                         const std::vector<std::array<double, 3>>& objectPoints,
                         const std::vector<std::optional<Point2>>& pixels,
                         const PinholeCamera& groundTruth)
{
    PoseCheckImage out;
    out.image = image;
    out.rotationErrorDeg = out.translationError = out.relativeTranslation =
        out.reprojectionErrorPx = kNaN;

    std::vector<cv::Point3d> object;
    std::vector<cv::Point2d> observed;
    const std::size_t n = std::min(objectPoints.size(), pixels.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (!pixels[i] || !std::isfinite(pixels[i]->x) || !std::isfinite(pixels[i]->y))
            continue;
        const auto& p = objectPoints[i];
        object.emplace_back(p[0], p[1], p[2]);
        observed.emplace_back(pixels[i]->x, pixels[i]->y);
    }
    out.points = static_cast<int>(object.size());
    if (out.points < kMinimumPosePoints) {
        out.reason = "not enough points";
        return out;
    }

    const cv::Matx33d k(groundTruth.fx, 0, groundTruth.cx, 0, groundTruth.fy, groundTruth.cy, 0, 0,
                        1);
    cv::Mat rvec, tvec;
    try {
        // SQPnP is globally optimal and handles planar and non-planar sets alike; the LM
        // refinement polishes it to the least-squares reprojection minimum.
        if (!cv::solvePnP(object, observed, k, cv::noArray(), rvec, tvec, false,
                          cv::SOLVEPNP_SQPNP)) {
            out.reason = "PnP failed";
            return out;
        }
        cv::solvePnPRefineLM(object, observed, k, cv::noArray(), rvec, tvec);
    } catch (const cv::Exception& error) {
        out.reason = std::string("PnP failed: ") + error.err;
        return out;
    }
    cv::Matx33d rotation;
    cv::Rodrigues(rvec, rotation);
    const cv::Vec3d translation(tvec.at<double>(0), tvec.at<double>(1), tvec.at<double>(2));
    if (!std::isfinite(translation[0] + translation[1] + translation[2])) {
        out.reason = "PnP failed";
        return out;
    }

    std::vector<cv::Point2d> reprojected;
    cv::projectPoints(object, rvec, tvec, k, cv::noArray(), reprojected);
    double squared = 0;
    for (std::size_t i = 0; i < observed.size(); ++i) {
        const cv::Point2d d = reprojected[i] - observed[i];
        squared += d.dot(d);
    }
    out.reprojectionErrorPx = std::sqrt(squared / static_cast<double>(observed.size()));

    out.solved = true;
    out.rotationErrorDeg = rotationAngleDeg(rotation, groundTruth.R);
    out.translationError = cv::norm(translation - groundTruth.t);
    const double distance = cv::norm(groundTruth.t);
    out.relativeTranslation = distance > 0 ? out.translationError / distance : kNaN;
    return out;
}

PoseCheckSummary PoseCheckSummary::compute(std::vector<PoseCheckImage> images)
{
    PoseCheckSummary s;
    s.images = images.size();
    std::vector<double> rotation, translation, relative;
    for (const PoseCheckImage& image : images) {
        if (!image.solved)
            continue;
        ++s.solved;
        rotation.push_back(image.rotationErrorDeg);
        translation.push_back(image.translationError);
        if (std::isfinite(image.relativeTranslation))
            relative.push_back(image.relativeTranslation);
    }
    s.meanRotationDeg = mean(rotation);
    s.medianRotationDeg = linearPercentile(rotation, 50.0);
    s.meanTranslation = mean(translation);
    s.medianTranslation = linearPercentile(translation, 50.0);
    s.meanRelativeTranslation = mean(relative);
    s.medianRelativeTranslation = linearPercentile(relative, 50.0);
    s.perImage = std::move(images);
    return s;
}

nlohmann::ordered_json PoseCheckSummary::toJson() const
{
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    json["images"] = images;
    json["solved"] = solved;
    json["rotation_error_deg_mean"] = number(meanRotationDeg);
    json["rotation_error_deg_median"] = number(medianRotationDeg);
    json["translation_error_mean"] = number(meanTranslation);
    json["translation_error_median"] = number(medianTranslation);
    json["translation_error_relative_mean"] = number(meanRelativeTranslation);
    json["translation_error_relative_median"] = number(medianRelativeTranslation);
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const PoseCheckImage& image : perImage) {
        nlohmann::ordered_json row = nlohmann::ordered_json::object();
        row["image"] = image.image;
        row["solved"] = image.solved;
        if (!image.solved)
            row["reason"] = image.reason;
        row["points"] = image.points;
        row["rotation_error_deg"] = number(image.rotationErrorDeg);
        row["translation_error"] = number(image.translationError);
        row["translation_error_relative"] = number(image.relativeTranslation);
        row["reprojection_error_px"] = number(image.reprojectionErrorPx);
        rows.push_back(std::move(row));
    }
    json["per_image"] = std::move(rows);
    return json;
}

PoseCheckSummary
runPoseCheck(const MeshInformation& mesh, const std::vector<KeypointResult>& results,
             const std::function<std::optional<PinholeCamera>(const std::string& image)>& cameraOf)
{
    if (mesh.vertexCoordinates.empty())
        throw std::invalid_argument("the mesh has no vertex_coordinates: pose check unavailable");
    const std::size_t k = mesh.vertexCoordinates.size();

    std::vector<std::string> order;
    std::map<std::string, std::vector<std::optional<Point2>>> pixels;
    for (const KeypointResult& result : results) {
        auto [it, inserted] = pixels.try_emplace(result.record.image);
        if (inserted) {
            order.push_back(result.record.image);
            it->second.resize(k);
        }
        const int index = result.record.keypoint;
        if (result.record.visible && index >= 0 && static_cast<std::size_t>(index) < k)
            it->second[static_cast<std::size_t>(index)] = result.predictedOriginal;
    }

    std::vector<PoseCheckImage> images;
    for (const std::string& image : order) {
        const std::optional<PinholeCamera> camera = cameraOf(image);
        if (camera)
            images.push_back(checkPose(image, mesh.vertexCoordinates, pixels[image], *camera));
    }
    return PoseCheckSummary::compute(std::move(images));
}

std::optional<PoseCheckSummary> runPoseCheck(const std::filesystem::path& datasetRoot,
                                             const std::vector<KeypointResult>& results)
{
    std::error_code ec;
    const std::filesystem::path meshFile = layout::findMeshFile(datasetRoot);
    if (meshFile.empty() || !std::filesystem::is_regular_file(meshFile, ec))
        return std::nullopt;
    const MeshInformation mesh = MeshInformation::load(meshFile);
    if (mesh.vertexCoordinates.empty())
        return std::nullopt;

    bool anyCamera = false;
    const auto cameraOf = [&](const std::string& image) -> std::optional<PinholeCamera> {
        const std::filesystem::path file = layout::annotationFile(datasetRoot, image);
        if (!std::filesystem::is_regular_file(file, ec))
            return std::nullopt;
        try {
            const Annotation annotation = Annotation::load(file);
            if (!annotation.document().contains("camera"))
                return std::nullopt;
            PinholeCamera camera = PinholeCamera::fromJson(annotation.document().at("camera"));
            anyCamera = true;
            return camera;
        } catch (const std::exception&) {
            return std::nullopt; // an unreadable annotation was already reported by the job
        }
    };
    PoseCheckSummary summary = runPoseCheck(mesh, results, cameraOf);
    if (!anyCamera)
        return std::nullopt;
    return summary;
}

} // namespace kps
