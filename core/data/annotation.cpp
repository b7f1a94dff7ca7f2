#include "annotation.h"

#include "file_error.h"
#include "json_file.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

namespace kps {

namespace {

using Json = nlohmann::ordered_json;

const char* const kVisible = "visible_vertices";
const char* const kNonVisible = "non_visible_vertices";

// nlohmann writes NaN/Inf as null and we read Python's NaN literal as null: a null number is
// kept as NaN so that validate() reports it instead of the load failing.
bool readNumber(const Json& value, double& out)
{
    if (value.is_number()) {
        out = value.get<double>();
        return true;
    }
    if (value.is_null()) {
        out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    return false;
}

template <std::size_t N>
std::array<double, N> readNumbers(const Json& value, const std::string& key,
                                  const std::filesystem::path& file)
{
    std::array<double, N> result{};
    if (!value.is_array() || value.size() != N)
        throw FileError(file, key + ": expected " + std::to_string(N) + " numbers");
    for (std::size_t i = 0; i < N; ++i)
        if (!readNumber(value[i], result[i]))
            throw FileError(file, key + ": expected " + std::to_string(N) + " numbers, element " +
                                      std::to_string(i) + " is " + value[i].type_name());
    return result;
}

int readIndex(const Json& value, const std::string& key, const std::filesystem::path& file)
{
    if (value.is_number_integer()) {
        const auto v = value.get<long long>();
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
            throw FileError(file, key + ": index " + value.dump() + " is too large");
        return static_cast<int>(v);
    }
    if (value.is_number_float()) {
        const double v = value.get<double>();
        if (std::isfinite(v) && v == std::floor(v) && std::abs(v) < 2e9)
            return static_cast<int>(v);
    }
    throw FileError(file, key + ": expected an integer vertex index, found " + value.dump());
}

// Reads the typed fields of one vertex, then takes its object over (moved, not copied).
VertexRecord readVertex(Json& object, const std::string& key, bool visible,
                        const std::filesystem::path& file)
{
    if (!object.is_object())
        throw FileError(file,
                        key + ": expected an object, found " + std::string(object.type_name()));
    VertexRecord record;
    const auto index = object.find("index");
    if (index == object.end())
        throw FileError(file, key + ": missing \"index\"");
    record.index = readIndex(*index, key + ".index", file);
    const auto coordinates = object.find("coordinates");
    if (coordinates != object.end() && !coordinates->is_null())
        record.coordinates = readNumbers<3>(*coordinates, key + ".coordinates", file);
    const auto status = object.find("status");
    if (status != object.end()) {
        if (!status->is_string())
            throw FileError(file, key + ".status: expected a string, found " +
                                      std::string(status->type_name()));
        record.status = status->get<std::string>();
    }
    const auto pixel = object.find("pixel_coordinates");
    if (pixel != object.end() && !pixel->is_null()) {
        const auto xy = readNumbers<2>(*pixel, key + ".pixel_coordinates", file);
        record.pixel = Point2{xy[0], xy[1]};
    } else if (visible) {
        throw FileError(file,
                        key + ": missing \"pixel_coordinates\" (required for a visible vertex)");
    }
    record.json = std::move(object);
    return record;
}

// Moves the vertex objects out of document[name]; the key keeps its place (toJson refills it).
std::vector<VertexRecord> readVertexList(Json& document, const char* name, bool visible,
                                         const std::filesystem::path& file)
{
    std::vector<VertexRecord> records;
    const auto found = document.find(name);
    if (found == document.end() || found->is_null())
        return records;
    Json& list = *found;
    if (!list.is_array())
        throw FileError(file, std::string(name) + ": expected an array of vertices, found " +
                                  list.type_name());
    records.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i)
        records.push_back(
            readVertex(list[i], std::string(name) + "[" + std::to_string(i) + "]", visible, file));
    list = Json::array();
    return records;
}

double readField(const Json& object, const char* field, const std::string& key,
                 const std::filesystem::path& file)
{
    double value = 0;
    if (!object.contains(field) || !readNumber(object[field], value))
        throw FileError(file, key + "." + field + ": expected a number");
    return value;
}

bool sameNumbers(const Json& value, const double* numbers, std::size_t count)
{
    if (!value.is_array() || value.size() != count)
        return false;
    for (std::size_t i = 0; i < count; ++i) {
        double v = 0;
        if (!readNumber(value[i], v))
            return false;
        // NaN never equals NaN: an unchanged null stays null.
        if (!(v == numbers[i] || (std::isnan(v) && std::isnan(numbers[i]))))
            return false;
    }
    return true;
}

// Writes a typed number array into object[key] unless the stored one is equal, so unchanged
// values keep their original spelling (5 stays 5, not 5.0).
void writeNumbers(Json& object, const char* key, const double* numbers, std::size_t count)
{
    if (object.contains(key) && sameNumbers(object[key], numbers, count))
        return;
    Json array = Json::array();
    for (std::size_t i = 0; i < count; ++i)
        array.push_back(numbers[i]);
    object[key] = std::move(array);
}

Json vertexJson(const VertexRecord& record)
{
    Json object = record.json.is_object() ? record.json : Json::object();
    if (!(object.contains("index") && object["index"].is_number() &&
          object["index"].get<double>() == record.index))
        object["index"] = record.index;
    if (record.coordinates)
        writeNumbers(object, "coordinates", record.coordinates->data(), 3);
    else
        object.erase("coordinates");
    if (record.pixel) {
        const double xy[2] = {record.pixel->x, record.pixel->y};
        writeNumbers(object, "pixel_coordinates", xy, 2);
    } else {
        object.erase("pixel_coordinates");
    }
    if (record.status.empty())
        object.erase("status");
    else
        object["status"] = record.status;
    return object;
}

Json vertexListJson(const std::vector<VertexRecord>& records)
{
    Json list = Json::array();
    for (const auto& record : records)
        list.push_back(vertexJson(record));
    return list;
}

void writeComponents(Json& document, const char* key,
                     const std::vector<std::pair<const char*, double>>& fields)
{
    Json& object = document[key];
    if (!object.is_object())
        object = Json::object();
    for (const auto& [field, value] : fields) {
        double stored = 0;
        if (object.contains(field) && readNumber(object[field], stored) &&
            (stored == value || (std::isnan(stored) && std::isnan(value))))
            continue;
        object[field] = value;
    }
}

std::vector<VertexRecord>::iterator findIndex(std::vector<VertexRecord>& records, int index)
{
    return std::find_if(records.begin(), records.end(),
                        [index](const VertexRecord& r) { return r.index == index; });
}

bool finite(const std::optional<std::array<double, 3>>& xyz)
{
    return !xyz ||
           (std::isfinite((*xyz)[0]) && std::isfinite((*xyz)[1]) && std::isfinite((*xyz)[2]));
}

} // namespace

Annotation Annotation::fromJson(const nlohmann::ordered_json& document,
                                const std::filesystem::path& file)
{
    return fromJson(Json(document), file);
}

Annotation Annotation::fromJson(nlohmann::ordered_json&& document,
                                const std::filesystem::path& file)
{
    if (!document.is_object())
        throw FileError(file, "expected a JSON object at the top level, found " +
                                  std::string(document.type_name()));
    if (!document.contains(kVisible))
        throw FileError(file, std::string(kVisible) + ": missing (not a 4SP annotation?)");
    Annotation annotation;
    annotation.m_visible = readVertexList(document, kVisible, true, file);
    annotation.m_nonVisible = readVertexList(document, kNonVisible, false, file);
    const auto rotation = document.find("rotation");
    if (rotation != document.end() && !rotation->is_null()) {
        const Json& r = *rotation;
        if (!r.is_object())
            throw FileError(file, "rotation: expected an object {x, y, z}, found " +
                                      std::string(r.type_name()));
        annotation.rotation =
            EulerRotation{readField(r, "x", "rotation", file), readField(r, "y", "rotation", file),
                          readField(r, "z", "rotation", file)};
    }
    const auto quaternion = document.find("rotation_quaternion");
    if (quaternion != document.end() && !quaternion->is_null()) {
        const Json& q = *quaternion;
        if (!q.is_object())
            throw FileError(file, "rotation_quaternion: expected an object {w, x, y, z}, found " +
                                      std::string(q.type_name()));
        const std::string key = "rotation_quaternion";
        annotation.rotationQuaternion =
            Quaternion{readField(q, "w", key, file), readField(q, "x", key, file),
                       readField(q, "y", key, file), readField(q, "z", key, file)};
    }
    annotation.m_document = std::move(document);
    return annotation;
}

Annotation Annotation::load(const std::filesystem::path& file)
{
    return fromJson(readJsonFile(file), file);
}

nlohmann::ordered_json Annotation::toJson() const
{
    Json document = m_document.is_object() ? m_document : Json::object();
    document[kVisible] = vertexListJson(m_visible);
    if (document.contains(kNonVisible) || !m_nonVisible.empty())
        document[kNonVisible] = vertexListJson(m_nonVisible);
    if (rotation)
        writeComponents(document, "rotation",
                        {{"x", rotation->x}, {"y", rotation->y}, {"z", rotation->z}});
    else
        document.erase("rotation");
    if (rotationQuaternion)
        writeComponents(document, "rotation_quaternion",
                        {{"w", rotationQuaternion->w},
                         {"x", rotationQuaternion->x},
                         {"y", rotationQuaternion->y},
                         {"z", rotationQuaternion->z}});
    else
        document.erase("rotation_quaternion");
    return document;
}

void Annotation::save(const std::filesystem::path& file, int indent) const
{
    writeJsonFile(file, toJson(), indent);
}

std::vector<std::optional<Point2>> Annotation::visiblePixels(int keypointCount) const
{
    std::vector<std::optional<Point2>> pixels(static_cast<std::size_t>(std::max(0, keypointCount)));
    for (const auto& record : m_visible)
        if (record.index >= 0 && record.index < keypointCount && record.pixel &&
            !pixels[record.index])
            pixels[static_cast<std::size_t>(record.index)] = record.pixel;
    return pixels;
}

void Annotation::setVisiblePixel(int index, Point2 pixel)
{
    auto visible = findIndex(m_visible, index);
    if (visible != m_visible.end()) {
        visible->pixel = pixel;
        return;
    }
    VertexRecord record;
    record.index = index;
    auto hidden = findIndex(m_nonVisible, index);
    if (hidden != m_nonVisible.end()) {
        record = std::move(*hidden);
        m_nonVisible.erase(hidden);
        record.status.clear(); // "Behind camera" / "Outside view" describe a hidden vertex only
    }
    record.pixel = pixel;
    m_visible.push_back(std::move(record));
}

void Annotation::setNonVisible(int index, const std::string& status)
{
    auto hidden = findIndex(m_nonVisible, index);
    if (hidden == m_nonVisible.end()) {
        VertexRecord record;
        record.index = index;
        auto visible = findIndex(m_visible, index);
        if (visible != m_visible.end()) {
            record = std::move(*visible);
            m_visible.erase(visible);
        }
        m_nonVisible.push_back(std::move(record));
        hidden = std::prev(m_nonVisible.end());
    }
    hidden->status = status;
    if (status == "Behind camera")
        hidden->pixel.reset(); // a point behind the camera has no projection
}

void Annotation::removeVertex(int index)
{
    auto matches = [index](const VertexRecord& r) { return r.index == index; };
    m_visible.erase(std::remove_if(m_visible.begin(), m_visible.end(), matches), m_visible.end());
    m_nonVisible.erase(std::remove_if(m_nonVisible.begin(), m_nonVisible.end(), matches),
                       m_nonVisible.end());
}

std::vector<Annotation::Issue> Annotation::validate(int keypointCount) const
{
    std::vector<Issue> issues;
    std::map<int, std::string> firstSeen;
    auto check = [&](const std::vector<VertexRecord>& records, const char* listName) {
        for (std::size_t i = 0; i < records.size(); ++i) {
            const VertexRecord& record = records[i];
            const std::string key = std::string(listName) + "[" + std::to_string(i) + "]";
            if (record.index < 0 || (keypointCount > 0 && record.index >= keypointCount)) {
                issues.push_back(
                    {Issue::Kind::IndexOutOfRange,
                     key + ": vertex index " + std::to_string(record.index) + " is out of range" +
                         (keypointCount > 0 ? " 0.." + std::to_string(keypointCount - 1) +
                                                  " (K = " + std::to_string(keypointCount) + ")"
                                            : std::string(" (negative)"))});
            } else {
                const auto [it, inserted] = firstSeen.emplace(record.index, key);
                if (!inserted)
                    issues.push_back({Issue::Kind::DuplicateIndex,
                                      key + ": vertex index " + std::to_string(record.index) +
                                          " is duplicated (already in " + it->second + ")"});
            }
            if (!finite(record.coordinates))
                issues.push_back({Issue::Kind::NonFinite,
                                  key + ".coordinates: non-finite number (NaN, Infinity or null)"});
            if (record.pixel && !(std::isfinite(record.pixel->x) && std::isfinite(record.pixel->y)))
                issues.push_back(
                    {Issue::Kind::NonFinite,
                     key + ".pixel_coordinates: non-finite number (NaN, Infinity or null)"});
        }
    };
    check(m_visible, kVisible);
    check(m_nonVisible, kNonVisible);
    if (rotation &&
        !(std::isfinite(rotation->x) && std::isfinite(rotation->y) && std::isfinite(rotation->z)))
        issues.push_back(
            {Issue::Kind::NonFinite, "rotation: non-finite number (NaN, Infinity or null)"});
    if (rotationQuaternion &&
        !(std::isfinite(rotationQuaternion->w) && std::isfinite(rotationQuaternion->x) &&
          std::isfinite(rotationQuaternion->y) && std::isfinite(rotationQuaternion->z)))
        issues.push_back({Issue::Kind::NonFinite,
                          "rotation_quaternion: non-finite number (NaN, Infinity or null)"});
    return issues;
}

} // namespace kps
