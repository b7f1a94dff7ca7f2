#include "mesh_rasterizer.h"

#include "file_error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kps {

namespace {

// Points closer than this (metres) are clipped away: projection needs z > 0.
constexpr double kNearPlane = 1e-3;

cv::Vec3d toVec(const std::array<double, 3>& p)
{
    return {p[0], p[1], p[2]};
}

// Sutherland-Hodgman clip of a convex polygon against z >= kNearPlane.
std::vector<cv::Vec3d> clipNear(const std::vector<cv::Vec3d>& polygon)
{
    std::vector<cv::Vec3d> out;
    const std::size_t n = polygon.size();
    for (std::size_t i = 0; i < n; ++i) {
        const cv::Vec3d& a = polygon[i];
        const cv::Vec3d& b = polygon[(i + 1) % n];
        const bool aIn = a[2] >= kNearPlane;
        const bool bIn = b[2] >= kNearPlane;
        if (aIn)
            out.push_back(a);
        if (aIn != bIn) {
            const double s = (kNearPlane - a[2]) / (b[2] - a[2]);
            cv::Vec3d p = a + s * (b - a);
            p[2] = kNearPlane;
            out.push_back(p);
        }
    }
    return out;
}

} // namespace

cv::Vec3d polygonNormal(const std::vector<cv::Vec3d>& points)
{
    cv::Vec3d n(0, 0, 0);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const cv::Vec3d& a = points[i];
        const cv::Vec3d& b = points[(i + 1) % points.size()];
        n[0] += (a[1] - b[1]) * (a[2] + b[2]);
        n[1] += (a[2] - b[2]) * (a[0] + b[0]);
        n[2] += (a[0] - b[0]) * (a[1] + b[1]);
    }
    const double length = cv::norm(n);
    return length > 0 ? n / length : n;
}

MeshRasterizer::MeshRasterizer(const MeshInformation& mesh, const PinholeCamera& camera)
    : m_camera(camera)
{
    const int vertexCount = static_cast<int>(mesh.vertexCoordinates.size());
    if (vertexCount == 0)
        throw FileError({}, "mesh '" + mesh.objectName + "' has no vertex_coordinates to render");
    std::vector<cv::Vec3d> cameraPoints(mesh.vertexCoordinates.size());
    for (std::size_t v = 0; v < cameraPoints.size(); ++v)
        cameraPoints[v] = camera.toCamera(toVec(mesh.vertexCoordinates[v]));

    m_frontFacing.assign(mesh.faces.size(), false);
    m_cameraNormals.assign(mesh.faces.size(), cv::Vec3d(0, 0, 0));
    for (std::size_t f = 0; f < mesh.faces.size(); ++f) {
        std::vector<cv::Vec3d> polygon;
        for (const int v : mesh.faces[f]) {
            if (v < 0 || v >= vertexCount)
                throw FileError({}, "face " + std::to_string(f) + " refers to vertex " +
                                        std::to_string(v) + " of " + std::to_string(vertexCount));
            polygon.push_back(cameraPoints[static_cast<std::size_t>(v)]);
        }
        if (polygon.size() < 3)
            continue;
        const cv::Vec3d normal = polygonNormal(polygon);
        m_cameraNormals[f] = normal;
        // In the camera frame the centre is the origin: the face looks at it when n . (0 - p) > 0.
        m_frontFacing[f] = normal.dot(-polygon[0]) > 0;
        if (!m_frontFacing[f])
            continue;
        const std::vector<cv::Vec3d> clipped = clipNear(polygon);
        for (std::size_t k = 1; k + 1 < clipped.size(); ++k)
            m_triangles.push_back({{clipped[0], clipped[k], clipped[k + 1]}, static_cast<int>(f)});
    }
}

void MeshRasterizer::rasterize(const SampleGrid& grid, cv::Mat& faceIds, cv::Mat& depth) const
{
    faceIds.create(grid.rows, grid.cols, CV_32S);
    depth.create(grid.rows, grid.cols, CV_32F);
    faceIds.setTo(-1);
    depth.setTo(std::numeric_limits<float>::infinity());
    const double factor = grid.factor;
    for (const Triangle& triangle : m_triangles) {
        // Grid coordinates of the three corners and their reciprocal depths.
        double gx[3], gy[3], inverseZ[3];
        for (int k = 0; k < 3; ++k) {
            const cv::Vec3d& p = triangle.points[static_cast<std::size_t>(k)];
            gx[k] = (m_camera.fx * p[0] / p[2] + m_camera.cx - grid.left + 0.5) * factor - 0.5;
            gy[k] = (m_camera.fy * p[1] / p[2] + m_camera.cy - grid.top + 0.5) * factor - 0.5;
            inverseZ[k] = 1.0 / p[2];
        }
        const double area = (gx[1] - gx[0]) * (gy[2] - gy[0]) - (gy[1] - gy[0]) * (gx[2] - gx[0]);
        if (std::abs(area) < 1e-12)
            continue;
        const double minX = std::min({gx[0], gx[1], gx[2]}), maxX = std::max({gx[0], gx[1], gx[2]});
        const double minY = std::min({gy[0], gy[1], gy[2]}), maxY = std::max({gy[0], gy[1], gy[2]});
        if (maxX < 0 || maxY < 0 || minX > grid.cols - 1 || minY > grid.rows - 1)
            continue;
        const int i0 = std::max(0, static_cast<int>(std::ceil(minX)));
        const int i1 = std::min(grid.cols - 1, static_cast<int>(std::floor(maxX)));
        const int j0 = std::max(0, static_cast<int>(std::ceil(minY)));
        const int j1 = std::min(grid.rows - 1, static_cast<int>(std::floor(maxY)));
        const double inverseArea = 1.0 / area;
        // Barycentric weight of corner k is an affine function of the sample position:
        // w_k = (a_k * x + b_k * y + c_k) / area, from the edge opposite corner k.
        double a[3], b[3], c[3];
        for (int k = 0; k < 3; ++k) {
            const int p = (k + 1) % 3, q = (k + 2) % 3;
            a[k] = (gy[p] - gy[q]) * inverseArea;
            b[k] = (gx[q] - gx[p]) * inverseArea;
            c[k] = (gx[p] * gy[q] - gx[q] * gy[p]) * inverseArea;
        }
        for (int j = j0; j <= j1; ++j) {
            // Span of the row where all three weights are >= 0 (each is linear in i), widened by
            // one sample: the exact test below decides, the span only skips samples far outside.
            double spanLow = i0, spanHigh = i1;
            for (int k = 0; k < 3; ++k) {
                const double rest = b[k] * j + c[k];
                if (a[k] > 0)
                    spanLow = std::max(spanLow, -rest / a[k] - 1);
                else if (a[k] < 0)
                    spanHigh = std::min(spanHigh, -rest / a[k] + 1);
                else if (rest < 0)
                    spanHigh = spanLow - 1;
            }
            if (spanLow > spanHigh)
                continue;
            const int first = static_cast<int>(std::ceil(spanLow)),
                      last = static_cast<int>(std::floor(spanHigh));
            int* ids = faceIds.ptr<int>(j);
            float* z = depth.ptr<float>(j);
            for (int i = first; i <= last; ++i) {
                const double w0 = a[0] * i + b[0] * j + c[0];
                const double w1 = a[1] * i + b[1] * j + c[1];
                const double w2 = a[2] * i + b[2] * j + c[2];
                if (w0 < 0 || w1 < 0 || w2 < 0)
                    continue;
                const float sampleZ = static_cast<float>(
                    1.0 / (w0 * inverseZ[0] + w1 * inverseZ[1] + w2 * inverseZ[2]));
                if (sampleZ < z[i]) {
                    z[i] = sampleZ;
                    ids[i] = triangle.face;
                }
            }
        }
    }
}

cv::Mat MeshRasterizer::depthMap() const
{
    cv::Mat faceIds, depth;
    rasterize({0, 0, m_camera.width, m_camera.height, 1}, faceIds, depth);
    return depth;
}

cv::Rect MeshRasterizer::projectedBounds(int margin) const
{
    double minX = std::numeric_limits<double>::infinity(), minY = minX;
    double maxX = -minX, maxY = -minX;
    for (const Triangle& triangle : m_triangles)
        for (const cv::Vec3d& p : triangle.points) {
            const double x = m_camera.fx * p[0] / p[2] + m_camera.cx;
            const double y = m_camera.fy * p[1] / p[2] + m_camera.cy;
            minX = std::min(minX, x);
            maxX = std::max(maxX, x);
            minY = std::min(minY, y);
            maxY = std::max(maxY, y);
        }
    if (m_triangles.empty())
        return {};
    // Clamp in double first: a point just past the near plane can project very far away.
    const double limit = 1e6;
    const int left = static_cast<int>(std::floor(std::clamp(minX, -limit, limit))) - margin;
    const int top = static_cast<int>(std::floor(std::clamp(minY, -limit, limit))) - margin;
    const int right = static_cast<int>(std::ceil(std::clamp(maxX, -limit, limit))) + margin;
    const int bottom = static_cast<int>(std::ceil(std::clamp(maxY, -limit, limit))) + margin;
    const cv::Rect bounds(cv::Point(left, top), cv::Point(right + 1, bottom + 1));
    return bounds & cv::Rect(0, 0, m_camera.width, m_camera.height);
}

} // namespace kps
