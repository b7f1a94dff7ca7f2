#include "resource_paths.h"
namespace kps::resources {
QString builtinMeshPath()
{
    return QStringLiteral(":/meshes/tango_like.json");
}
QString applicationIcon()
{
    return QStringLiteral(":/icons/keypoint-studio.svg");
}
QString modeIcon(const char* mode)
{
    return QStringLiteral(":/icons/mode-%1.svg").arg(QLatin1String(mode));
}
} // namespace kps::resources
