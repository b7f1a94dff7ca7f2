#pragma once
// Reading optional, typed fields of configuration objects (model, preprocessing, training): a
// missing key keeps the default, a key of the wrong type is an error that names it. Every config
// reader uses these (one error text for all).

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <type_traits>

namespace kps {

// Throws std::invalid_argument("expected ...") unless value can be read as a T without loss:
// a bool from true/false, an integer only from an integer, a number from a number, a string
// from a string (nlohmann would silently truncate 2.5 into an int).
template <typename T> void checkJsonFieldType(const nlohmann::ordered_json& value)
{
    if constexpr (std::is_same_v<T, bool>) {
        if (!value.is_boolean())
            throw std::invalid_argument("expected true or false");
    } else if constexpr (std::is_arithmetic_v<T>) {
        if (!value.is_number())
            throw std::invalid_argument("expected a number");
        if constexpr (std::is_integral_v<T>) {
            if (!value.is_number_integer())
                throw std::invalid_argument("expected an integer");
        }
    } else if constexpr (std::is_same_v<T, std::string>) {
        if (!value.is_string())
            throw std::invalid_argument("expected a string");
    }
}

// The one reader of optional, typed JSON fields: reads object[key] into value when the key is
// present and not null (else value keeps its default). A value of the wrong type throws
// std::invalid_argument("<section>.<key>: expected ..."), or "<key>: ..." without a section.
template <typename T>
void readJsonField(const nlohmann::ordered_json& object, const char* key, T& value,
                   const char* section = nullptr)
{
    const auto found = object.find(key);
    if (found == object.end() || found->is_null())
        return;
    try {
        checkJsonFieldType<T>(*found);
        value = found->template get<T>();
    } catch (const std::exception& error) {
        const std::string path = section ? std::string(section) + "." + key : std::string(key);
        throw std::invalid_argument(path + ": " + error.what());
    }
}

// readJsonField for an expression: the field's value, or `fallback` when it is absent.
template <typename T>
T jsonFieldOr(const nlohmann::ordered_json& object, const char* key, T fallback,
              const char* section)
{
    readJsonField(object, key, fallback, section);
    return fallback;
}

} // namespace kps
