#pragma once
// One 4SP annotation JSON (JSON_Data_REF/<stem>.json), read and written exactly: the typed fields
// are views of the original document, and saving writes them back into it, so unknown keys
// (top-level and per vertex) and the order of keys and vertices survive a round trip.

#include "letterbox_crop.h"

#include <nlohmann/json.hpp>

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kps {

struct VertexRecord
{
    int index = -1;
    std::optional<std::array<double, 3>> coordinates; // world [x,y,z]
    std::optional<Point2> pixel;                      // absent for "Behind camera"
    std::string status;                               // "", "Behind camera", "Outside view"
    nlohmann::ordered_json json =
        nlohmann::ordered_json::object(); // original object (key order, unknown keys)
};

struct EulerRotation
{
    double x = 0, y = 0, z = 0;
};
struct Quaternion
{
    double w = 1, x = 0, y = 0, z = 0;
};

class Annotation
{
public:
    Annotation() = default;

    // Throws kps::FileError(file, ...) when the JSON is not an object or a known key has the
    // wrong type (e.g. "visible_vertices[3].pixel_coordinates: expected 2 numbers").
    static Annotation fromJson(const nlohmann::ordered_json& document,
                               const std::filesystem::path& file = {});
    // Same, taking the document over without copying it (the dataset scan reads many files).
    static Annotation fromJson(nlohmann::ordered_json&& document,
                               const std::filesystem::path& file = {});
    // Throws kps::FileError; invalid JSON reports "line L, column C: ...".
    static Annotation load(const std::filesystem::path& file);

    nlohmann::ordered_json toJson() const;
    // Atomic write (temp + rename); indent as the 4SP files (4 spaces).
    void save(const std::filesystem::path& file, int indent = 4) const;

    std::vector<VertexRecord>& visibleVertices() { return m_visible; }
    const std::vector<VertexRecord>& visibleVertices() const { return m_visible; }
    std::vector<VertexRecord>& nonVisibleVertices() { return m_nonVisible; }
    const std::vector<VertexRecord>& nonVisibleVertices() const { return m_nonVisible; }

    std::optional<EulerRotation> rotation;
    std::optional<Quaternion> rotationQuaternion;

    // Unknown top-level keys live here, in order (e.g. "camera"); the vertex lists here are empty
    // placeholders that keep their key position (the vertices live in the typed lists).
    const nlohmann::ordered_json& document() const { return m_document; }
    nlohmann::ordered_json& document() { return m_document; }

    // Pixel of each keypoint 0..K-1 that is in visible_vertices, nullopt otherwise.
    std::vector<std::optional<Point2>> visiblePixels(int keypointCount) const;

    // Edits used by the annotation editor. Moving a vertex between the lists keeps its object
    // (and unknown keys); a newly created vertex is appended.
    void setVisiblePixel(int index, Point2 pixel);
    void setNonVisible(int index, const std::string& status = {});
    void removeVertex(int index);

    // Human-readable validation against K: out-of-range / duplicated indices, non-finite numbers.
    struct Issue
    {
        enum class Kind
        {
            IndexOutOfRange,
            DuplicateIndex,
            NonFinite
        } kind;
        std::string message;
    };
    std::vector<Issue> validate(int keypointCount) const;

private:
    nlohmann::ordered_json m_document = nlohmann::ordered_json::object();
    std::vector<VertexRecord> m_visible;
    std::vector<VertexRecord> m_nonVisible;
};

// "line L, column C" for a byte offset into text (nlohmann parse errors give byte offsets).
std::string lineColumnAt(const std::string& text, std::size_t byteOffset);

} // namespace kps
