#pragma once
// How the synthetic generator colours a mesh's faces (GeneratorOptions, SyntheticDataConfig).

#include <optional>
#include <string>

namespace kps {

enum class MaterialMode
{
    // One livery for the mesh, as a real spacecraft has: every face keeps its tone in every image
    // (the faces of a part all different ones); only brightness varies a little per image. Which
    // face is which can be seen, so symmetric corners of a part can be told apart.
    Fixed,
    // Every part and face drawn anew for each image: colour says nothing about which face is
    // which (the generator's only mode before the training study's fifth session).
    PerImage,
};

const char* materialModeName(MaterialMode mode); // "fixed", "random"
std::optional<MaterialMode> parseMaterialMode(const std::string& name);

} // namespace kps
