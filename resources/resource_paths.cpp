#include "resource_paths.h"
namespace kps::resources {
QString builtinMeshPath() { return QStringLiteral(":/meshes/tango_like.json"); }
QString applicationIcon() { return QStringLiteral(":/icons/keypoint-studio.svg"); }
} // namespace kps::resources
