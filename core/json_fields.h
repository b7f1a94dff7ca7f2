#pragma once
// Reading optional, typed fields of configuration objects (model, preprocessing, training): a
// missing key keeps the default, a key of the wrong type is an error that names it.

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace kps {

// Throws std::invalid_argument("<section>.<key> has the wrong type").
template <typename T>
T jsonFieldOr(const nlohmann::ordered_json& object, const char* key, T fallback, const char* section)
{
    const auto found = object.find(key);
    if (found == object.end())
        return fallback;
    try {
        return found->template get<T>();
    } catch (const nlohmann::json::exception&) {
        throw std::invalid_argument(std::string(section) + "." + key + " has the wrong type");
    }
}

} // namespace kps
