#pragma once
// Paths of the compiled-in resources, in one place.
#include <QString>
namespace kps::resources {
QString builtinMeshPath();   // ":/meshes/tango_like.json"
QString applicationIcon();   // ":/icons/keypoint-studio.svg"
} // namespace kps::resources
