// MeshInformation: reading, writing and topology of mesh_information.json. (Mesh import from
// .obj files and the built-in mesh live in mesh_import.cpp.)
#include "mesh_information.h"

#include "file_error.h"
#include "json_file.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

namespace kps {

namespace {

using Json = nlohmann::ordered_json;

bool isInteger(const Json& value)
{
    if (value.is_number_integer())
        return true;
    if (value.is_number_float()) {
        const double v = value.get<double>();
        return std::isfinite(v) && v == std::floor(v) && std::abs(v) < 2e9;
    }
    return false;
}

int readInt(const Json& value, const std::string& key, const std::filesystem::path& file)
{
    if (!isInteger(value))
        throw FileError(file,
                        key + ": expected an integer, found " + std::string(value.type_name()));
    const double v = value.get<double>();
    if (v < -2147483648.0 || v > 2147483647.0)
        throw FileError(file, key + ": integer " + value.dump() + " is too large");
    return static_cast<int>(v);
}

int readCount(const Json& json, const char* key, const std::filesystem::path& file)
{
    const int value = readInt(json.at(key), key, file);
    if (value < 0)
        throw FileError(file, std::string(key) + ": must not be negative (found " +
                                  std::to_string(value) + ")");
    return value;
}

std::vector<int> readIntArray(const Json& value, const std::string& key,
                              const std::filesystem::path& file)
{
    if (!value.is_array())
        throw FileError(file, key + ": expected an array of integers, found " +
                                  std::string(value.type_name()));
    std::vector<int> result;
    result.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i)
        result.push_back(readInt(value[i], key + "[" + std::to_string(i) + "]", file));
    return result;
}

void checkVertexIndex(int index, int totalVertices, const std::string& key,
                      const std::filesystem::path& file)
{
    if (index < 0 || index >= totalVertices)
        throw FileError(file, key + ": vertex index " + std::to_string(index) +
                                  " is out of range (total_vertices is " +
                                  std::to_string(totalVertices) + ")");
}

Json connectivityJson(const std::map<int, std::vector<int>>& connectivity)
{
    Json object = Json::object();
    for (const auto& [vertex, neighbours] : connectivity)
        object[std::to_string(vertex)] = neighbours;
    return object;
}

Json edgesJson(const std::vector<std::array<int, 2>>& edges)
{
    Json array = Json::array();
    for (const auto& edge : edges)
        array.push_back({edge[0], edge[1]});
    return array;
}

Json coordinatesJson(const std::vector<std::array<double, 3>>& coordinates)
{
    Json array = Json::array();
    for (const auto& xyz : coordinates)
        array.push_back({xyz[0], xyz[1], xyz[2]});
    return array;
}

std::array<int, 2> ordered(int a, int b)
{
    return a < b ? std::array<int, 2>{a, b} : std::array<int, 2>{b, a};
}

// Writes value under key unless the document already holds an equal value (so an unchanged
// field keeps its original spelling: key order of objects, 1 vs 1.0).
template <typename Same>
void writeBack(Json& document, const char* key, Json value, Same sameAsTyped)
{
    if (document.contains(key)) {
        bool same = false;
        try {
            same = sameAsTyped(document[key]);
        } catch (const std::exception&) {
            same = false;
        }
        if (same)
            return;
    }
    document[key] = std::move(value);
}

} // namespace

MeshInformation MeshInformation::fromJson(const nlohmann::ordered_json& json,
                                          const std::filesystem::path& file)
{
    if (!json.is_object())
        throw FileError(file, "expected a JSON object at the top level, found " +
                                  std::string(json.type_name()));
    MeshInformation mesh;
    mesh.document = json;

    if (json.contains("object_name")) {
        if (!json["object_name"].is_string())
            throw FileError(file, "object_name: expected a string, found " +
                                      std::string(json["object_name"].type_name()));
        mesh.objectName = json["object_name"].get<std::string>();
    }
    if (!json.contains("total_vertices"))
        throw FileError(file, "total_vertices: missing (it gives the number of keypoints)");
    mesh.totalVertices = readCount(json, "total_vertices", file);

    if (json.contains("vertex_connectivity")) {
        const Json& connectivity = json["vertex_connectivity"];
        if (!connectivity.is_object())
            throw FileError(
                file,
                "vertex_connectivity: expected an object {\"vertex\": [neighbours...]}, found " +
                    std::string(connectivity.type_name()));
        for (const auto& [name, neighbours] : connectivity.items()) {
            const std::string key = "vertex_connectivity[\"" + name + "\"]";
            std::size_t used = 0;
            int vertex = -1;
            try {
                vertex = std::stoi(name, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used == 0 || used != name.size())
                throw FileError(file, key + ": key is not a vertex index");
            checkVertexIndex(vertex, mesh.totalVertices, key, file);
            std::vector<int> list = readIntArray(neighbours, key, file);
            for (int neighbour : list)
                checkVertexIndex(neighbour, mesh.totalVertices, key, file);
            mesh.vertexConnectivity[vertex] = std::move(list);
        }
    }
    if (json.contains("face_composition")) {
        const Json& faces = json["face_composition"];
        if (!faces.is_array())
            throw FileError(file, "face_composition: expected an array of faces, found " +
                                      std::string(faces.type_name()));
        for (std::size_t f = 0; f < faces.size(); ++f) {
            const std::string key = "face_composition[" + std::to_string(f) + "]";
            std::vector<int> face = readIntArray(faces[f], key, file);
            if (face.size() < 3)
                throw FileError(file, key + ": a face needs at least 3 vertices, found " +
                                          std::to_string(face.size()));
            for (int vertex : face)
                checkVertexIndex(vertex, mesh.totalVertices, key, file);
            mesh.faces.push_back(std::move(face));
        }
    }
    if (json.contains("edge_composition")) {
        const Json& edges = json["edge_composition"];
        if (!edges.is_array())
            throw FileError(file, "edge_composition: expected an array of [i, j] pairs, found " +
                                      std::string(edges.type_name()));
        for (std::size_t e = 0; e < edges.size(); ++e) {
            const std::string key = "edge_composition[" + std::to_string(e) + "]";
            const std::vector<int> edge = readIntArray(edges[e], key, file);
            if (edge.size() != 2)
                throw FileError(file, key + ": expected 2 vertex indices, found " +
                                          std::to_string(edge.size()));
            checkVertexIndex(edge[0], mesh.totalVertices, key, file);
            checkVertexIndex(edge[1], mesh.totalVertices, key, file);
            mesh.edges.push_back({edge[0], edge[1]});
        }
    }
    if (json.contains("vertex_coordinates") && !json["vertex_coordinates"].is_null()) {
        const Json& coordinates = json["vertex_coordinates"];
        if (!coordinates.is_array())
            throw FileError(file, "vertex_coordinates: expected an array of [x, y, z], found " +
                                      std::string(coordinates.type_name()));
        for (std::size_t v = 0; v < coordinates.size(); ++v) {
            const std::string key = "vertex_coordinates[" + std::to_string(v) + "]";
            const Json& xyz = coordinates[v];
            if (!xyz.is_array() || xyz.size() != 3 || !xyz[0].is_number() || !xyz[1].is_number() ||
                !xyz[2].is_number())
                throw FileError(file, key + ": expected 3 numbers [x, y, z]");
            mesh.vertexCoordinates.push_back(
                {xyz[0].get<double>(), xyz[1].get<double>(), xyz[2].get<double>()});
        }
        if (static_cast<int>(mesh.vertexCoordinates.size()) != mesh.totalVertices)
            throw FileError(
                file, "vertex_coordinates: has " + std::to_string(mesh.vertexCoordinates.size()) +
                          " vertices but total_vertices is " + std::to_string(mesh.totalVertices));
    }
    // The totals are informative in 4SP files; absent ones are taken from the lists.
    mesh.totalEdges = json.contains("total_edges") ? readCount(json, "total_edges", file)
                                                   : static_cast<int>(mesh.wireframeEdges().size());
    mesh.totalFaces = json.contains("total_faces") ? readCount(json, "total_faces", file)
                                                   : static_cast<int>(mesh.faces.size());
    return mesh;
}

MeshInformation MeshInformation::load(const std::filesystem::path& file)
{
    return fromJson(readJsonFile(file), file);
}

nlohmann::ordered_json MeshInformation::toJson() const
{
    Json json = document.is_object() ? document : Json::object();
    writeBack(json, "object_name", objectName,
              [&](const Json& v) { return v.get<std::string>() == objectName; });
    writeBack(json, "total_vertices", totalVertices,
              [&](const Json& v) { return v.get<double>() == totalVertices; });
    writeBack(json, "total_edges", totalEdges,
              [&](const Json& v) { return v.get<double>() == totalEdges; });
    writeBack(json, "total_faces", totalFaces,
              [&](const Json& v) { return v.get<double>() == totalFaces; });
    writeBack(json, "vertex_connectivity", connectivityJson(vertexConnectivity),
              [&](const Json& v) {
                  std::map<int, std::vector<int>> existing;
                  for (const auto& [name, neighbours] : v.items())
                      existing[std::stoi(name)] = neighbours.get<std::vector<int>>();
                  return existing == vertexConnectivity;
              });
    writeBack(json, "face_composition", faces,
              [&](const Json& v) { return v.get<std::vector<std::vector<int>>>() == faces; });
    writeBack(json, "edge_composition", edgesJson(edges),
              [&](const Json& v) { return v.get<std::vector<std::array<int, 2>>>() == edges; });
    if (vertexCoordinates.empty())
        json.erase("vertex_coordinates");
    else
        writeBack(json, "vertex_coordinates", coordinatesJson(vertexCoordinates),
                  [&](const Json& v) {
                      return v.get<std::vector<std::array<double, 3>>>() == vertexCoordinates;
                  });
    return json;
}

void MeshInformation::save(const std::filesystem::path& file) const
{
    writeJsonFile(file, toJson(), 4);
}

std::vector<std::array<int, 2>> MeshInformation::wireframeEdges() const
{
    if (!edges.empty())
        return edges;
    std::vector<std::array<int, 2>> result;
    std::set<std::array<int, 2>> seen;
    for (const auto& face : faces) {
        for (std::size_t i = 0; i < face.size(); ++i) {
            const std::array<int, 2> edge = ordered(face[i], face[(i + 1) % face.size()]);
            if (edge[0] != edge[1] && seen.insert(edge).second)
                result.push_back(edge);
        }
    }
    return result;
}

void MeshInformation::deriveTopology()
{
    if (!vertexCoordinates.empty())
        totalVertices = static_cast<int>(vertexCoordinates.size());
    edges.clear(); // so wireframeEdges() derives them from the faces
    edges = wireframeEdges();
    totalEdges = static_cast<int>(edges.size());
    totalFaces = static_cast<int>(faces.size());
    vertexConnectivity.clear();
    for (int v = 0; v < totalVertices; ++v)
        vertexConnectivity[v] = {};
    for (const auto& edge : edges) {
        vertexConnectivity[edge[0]].push_back(edge[1]);
        vertexConnectivity[edge[1]].push_back(edge[0]);
    }
    for (auto& [vertex, neighbours] : vertexConnectivity) {
        std::sort(neighbours.begin(), neighbours.end());
        neighbours.erase(std::unique(neighbours.begin(), neighbours.end()), neighbours.end());
    }
}

} // namespace kps
