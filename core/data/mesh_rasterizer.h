#pragma once
// Turns a mesh seen through a PinholeCamera into a depth-buffered grid of samples, each holding
// the index of the face it sees: polygons are clipped at the near plane, fan-triangulated (faces
// are planar convex polygons) and back faces culled (meshes are closed solids or two-sided
// panels, whose coincident opposite faces would otherwise fight for the same samples). Depth is
// interpolated perspective-correctly. Shading is left to the caller (flat: one colour per face).

#include "mesh_information.h"
#include "pinhole_camera.h"

#include <opencv2/core.hpp>

#include <array>
#include <vector>

namespace kps {

class MeshRasterizer
{
public:
    // Samples of a region of the image: sample (i, j) sits at pixel coordinates
    //   (left - 0.5 + (i + 0.5) / factor, top - 0.5 + (j + 0.5) / factor),
    // i.e. factor x factor samples spread evenly over each pixel and symmetric about its centre,
    // so averaging factor x factor blocks (cv::INTER_AREA) yields pixels centred where
    // PinholeCamera puts them. factor 1 samples exactly the pixel centres.
    struct SampleGrid
    {
        int left = 0;
        int top = 0;
        int cols = 0; // samples
        int rows = 0;
        int factor = 1;
    };

    // Requires mesh.vertexCoordinates (throws kps::FileError otherwise).
    MeshRasterizer(const MeshInformation& mesh, const PinholeCamera& camera);

    // Per face: outward normal (right-handed winding) points toward the camera centre.
    const std::vector<bool>& frontFacing() const { return m_frontFacing; }
    // Per face: unit outward normal in the camera frame.
    const std::vector<cv::Vec3d>& cameraNormals() const { return m_cameraNormals; }

    // Fills faceIds (CV_32S, -1 where no face) and depth (CV_32F camera z, +inf where no face).
    void rasterize(const SampleGrid& grid, cv::Mat& faceIds, cv::Mat& depth) const;
    // Camera z of the nearest face at every pixel centre of the whole image (+inf: background).
    cv::Mat depthMap() const;
    // Pixels covered by the projected front faces (grown by margin), clipped to the image;
    // empty when nothing is in view.
    cv::Rect projectedBounds(int margin) const;

private:
    struct Triangle
    {
        std::array<cv::Vec3d, 3> points; // camera frame, z >= near plane
        int face = -1;
    };

    PinholeCamera m_camera;
    std::vector<bool> m_frontFacing;
    std::vector<cv::Vec3d> m_cameraNormals;
    std::vector<Triangle> m_triangles;
};

// Unit normal of a planar polygon by Newell's method (robust for any vertex count); the zero
// vector for a degenerate face.
cv::Vec3d polygonNormal(const std::vector<cv::Vec3d>& points);

} // namespace kps
