#pragma once
// Object_Information/mesh_information.json: topology of the target mesh (K = total_vertices) and,
// as our optional extension, the vertex positions in the object frame. Unknown keys survive.

#include <nlohmann/json.hpp>

#include <array>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace kps {

struct MeshInformation
{
    std::string objectName;
    int totalVertices = 0;
    int totalEdges = 0;
    int totalFaces = 0;
    std::map<int, std::vector<int>> vertexConnectivity;
    std::vector<std::vector<int>> faces;                  // face_composition
    std::vector<std::array<int, 2>> edges;                // edge_composition
    std::vector<std::array<double, 3>> vertexCoordinates; // empty when absent
    nlohmann::ordered_json document = nlohmann::ordered_json::object();

    int keypointCount() const { return totalVertices; }

    // Throws kps::FileError naming the file and the faulty key.
    static MeshInformation fromJson(const nlohmann::ordered_json& json,
                                    const std::filesystem::path& file = {});
    static MeshInformation load(const std::filesystem::path& file);
    nlohmann::ordered_json toJson() const;
    void save(const std::filesystem::path& file) const; // atomic

    // Edges to draw as wireframe: edge_composition, else derived from faces.
    std::vector<std::array<int, 2>> wireframeEdges() const;
    // Recomputes totals, connectivity and edges from vertexCoordinates + faces.
    void deriveTopology();
};

// Loads our JSON or a Wavefront .obj (by extension); throws kps::FileError.
MeshInformation loadMeshFile(const std::filesystem::path& file);
MeshInformation loadObjMesh(const std::filesystem::path& file);
// The built-in Tango-like spacecraft (resources/meshes/tango_like.json, compiled in).
MeshInformation builtinSpacecraftMesh();

} // namespace kps
