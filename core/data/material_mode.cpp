#include "material_mode.h"

namespace kps {

const char* materialModeName(MaterialMode mode)
{
    return mode == MaterialMode::Fixed ? "fixed" : "random";
}

std::optional<MaterialMode> parseMaterialMode(const std::string& name)
{
    if (name == "fixed")
        return MaterialMode::Fixed;
    if (name == "random")
        return MaterialMode::PerImage;
    return std::nullopt;
}

} // namespace kps
