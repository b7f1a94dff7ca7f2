// loadMeshFile / loadObjMesh / builtinSpacecraftMesh (declared in mesh_information.h).
#include "mesh_information.h"

#include "file_error.h"

#include <tiny_obj_loader.h>

#include <algorithm>
#include <cctype>

namespace kps {

extern const char* const
    kBuiltinSpacecraftMeshJson; // generated from resources/meshes/tango_like.json

MeshInformation loadMeshFile(const std::filesystem::path& file)
{
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".json")
        return MeshInformation::load(file);
    if (extension == ".obj")
        return loadObjMesh(file);
    throw FileError(file, "unsupported mesh format '" + extension + "' (expected .json or .obj)");
}

MeshInformation loadObjMesh(const std::filesystem::path& file)
{
    if (!std::filesystem::is_regular_file(file))
        throw FileError(file, "no such file");
    tinyobj::ObjReaderConfig config;
    config.triangulate = false; // keep quads as quads: faces are keypoint topology, not triangles
    config.vertex_color = false;
    config.mtl_search_path = file.parent_path().string();
    tinyobj::ObjReader reader;
    if (!reader.ParseFromFile(file.string(), config)) {
        std::string message = reader.Error();
        while (!message.empty() && (message.back() == '\n' || message.back() == '\r'))
            message.pop_back();
        std::replace(message.begin(), message.end(), '\n', ' ');
        throw FileError(file, message.empty() ? "cannot parse Wavefront OBJ" : message);
    }
    const tinyobj::attrib_t& attrib = reader.GetAttrib();
    MeshInformation mesh;
    mesh.objectName = file.stem().string();
    for (std::size_t i = 0; i + 2 < attrib.vertices.size(); i += 3)
        mesh.vertexCoordinates.push_back(
            {attrib.vertices[i], attrib.vertices[i + 1], attrib.vertices[i + 2]});
    const int vertexCount = static_cast<int>(mesh.vertexCoordinates.size());
    for (const tinyobj::shape_t& shape : reader.GetShapes()) {
        std::size_t offset = 0;
        for (const unsigned char corners : shape.mesh.num_face_vertices) {
            std::vector<int> face;
            for (std::size_t k = 0; k < corners; ++k) {
                const int v = shape.mesh.indices[offset + k].vertex_index;
                if (v < 0 || v >= vertexCount)
                    throw FileError(file, "face of '" + shape.name + "' refers to missing vertex " +
                                              std::to_string(v + 1));
                face.push_back(v);
            }
            offset += corners;
            if (face.size() >= 3)
                mesh.faces.push_back(std::move(face));
        }
    }
    if (vertexCount == 0 || mesh.faces.empty())
        throw FileError(file, "no vertices or faces");
    mesh.deriveTopology();
    return mesh;
}

MeshInformation builtinSpacecraftMesh()
{
    static const MeshInformation mesh = MeshInformation::fromJson(
        nlohmann::ordered_json::parse(kBuiltinSpacecraftMeshJson), "<built-in tango_like.json>");
    return mesh;
}

} // namespace kps
