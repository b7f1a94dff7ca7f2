#include "rotation.h"

#include <algorithm>
#include <cmath>

namespace kps {

cv::Matx33d rotationMatrix(const Quaternion& quaternion)
{
    const double n = std::sqrt(quaternion.w * quaternion.w + quaternion.x * quaternion.x +
                               quaternion.y * quaternion.y + quaternion.z * quaternion.z);
    const double w = quaternion.w / n, x = quaternion.x / n, y = quaternion.y / n,
                 z = quaternion.z / n;
    return {1 - 2 * (y * y + z * z), 2 * (x * y - w * z),     2 * (x * z + w * y),
            2 * (x * y + w * z),     1 - 2 * (x * x + z * z), 2 * (y * z - w * x),
            2 * (x * z - w * y),     2 * (y * z + w * x),     1 - 2 * (x * x + y * y)};
}

cv::Matx33d rotationMatrix(const EulerRotation& euler)
{
    const double cx = std::cos(euler.x), sx = std::sin(euler.x);
    const double cy = std::cos(euler.y), sy = std::sin(euler.y);
    const double cz = std::cos(euler.z), sz = std::sin(euler.z);
    const cv::Matx33d rx(1, 0, 0, 0, cx, -sx, 0, sx, cx);
    const cv::Matx33d ry(cy, 0, sy, 0, 1, 0, -sy, 0, cy);
    const cv::Matx33d rz(cz, -sz, 0, sz, cz, 0, 0, 0, 1);
    return rz * ry * rx;
}

Quaternion rotationQuaternion(const cv::Matx33d& R)
{
    // Shepperd: divide by the largest of 4w^2, 4x^2, 4y^2, 4z^2 for accuracy.
    Quaternion q;
    const double trace = R(0, 0) + R(1, 1) + R(2, 2);
    if (trace >= R(0, 0) && trace >= R(1, 1) && trace >= R(2, 2)) {
        const double s = 2 * std::sqrt(1 + trace);
        q = {s / 4, (R(2, 1) - R(1, 2)) / s, (R(0, 2) - R(2, 0)) / s, (R(1, 0) - R(0, 1)) / s};
    } else if (R(0, 0) >= R(1, 1) && R(0, 0) >= R(2, 2)) {
        const double s = 2 * std::sqrt(1 + R(0, 0) - R(1, 1) - R(2, 2));
        q = {(R(2, 1) - R(1, 2)) / s, s / 4, (R(0, 1) + R(1, 0)) / s, (R(0, 2) + R(2, 0)) / s};
    } else if (R(1, 1) >= R(2, 2)) {
        const double s = 2 * std::sqrt(1 + R(1, 1) - R(0, 0) - R(2, 2));
        q = {(R(0, 2) - R(2, 0)) / s, (R(0, 1) + R(1, 0)) / s, s / 4, (R(1, 2) + R(2, 1)) / s};
    } else {
        const double s = 2 * std::sqrt(1 + R(2, 2) - R(0, 0) - R(1, 1));
        q = {(R(1, 0) - R(0, 1)) / s, (R(0, 2) + R(2, 0)) / s, (R(1, 2) + R(2, 1)) / s, s / 4};
    }
    const double n = std::sqrt(q.w * q.w + q.x * q.x + q.y * q.y + q.z * q.z) * (q.w < 0 ? -1 : 1);
    return {q.w / n, q.x / n, q.y / n, q.z / n};
}

EulerRotation eulerAngles(const cv::Matx33d& R)
{
    EulerRotation euler;
    const double sy = std::clamp(-R(2, 0), -1.0, 1.0);
    euler.y = std::asin(sy);
    if (std::abs(sy) < 1 - 1e-12) {
        euler.x = std::atan2(R(2, 1), R(2, 2));
        euler.z = std::atan2(R(1, 0), R(0, 0));
    } else {
        // Gimbal lock: only x - z (or x + z) is defined; put it all in z.
        euler.x = 0;
        euler.z = std::atan2(-R(0, 1), R(1, 1));
    }
    return euler;
}

} // namespace kps
