#pragma once
// Conversions between the rotation forms stored in annotations: 3x3 matrices, unit quaternions
// {w,x,y,z} and Euler angles {x,y,z} in radians.
//
// Euler convention (the annotations' `rotation`): R = Rz(z) * Ry(y) * Rx(x), i.e. rotate about the
// fixed x axis by x, then about the fixed y axis by y, then about the fixed z axis by z
// (extrinsic "xyz", as scipy's Rotation.from_euler("xyz", [x, y, z])). y lies in [-pi/2, pi/2].

#include "annotation.h"

#include <opencv2/core/matx.hpp>

namespace kps {

cv::Matx33d rotationMatrix(const Quaternion& q); // q need not be normalised
cv::Matx33d rotationMatrix(const EulerRotation& euler);
// The unit quaternion of a rotation matrix, with w >= 0.
Quaternion rotationQuaternion(const cv::Matx33d& R);
EulerRotation eulerAngles(const cv::Matx33d& R);

} // namespace kps
