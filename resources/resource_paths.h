#pragma once
// Paths of the compiled-in resources, in one place.
#include <QString>
namespace kps::resources {
QString builtinMeshPath(); // ":/meshes/tango_like.json"
QString applicationIcon(); // ":/icons/keypoint-studio.svg"
// The mode bar's icons: "data", "train", "inspect" -> ":/icons/mode-<name>.svg".
QString modeIcon(const char* mode);
} // namespace kps::resources
