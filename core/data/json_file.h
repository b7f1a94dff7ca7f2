#pragma once
// Reading and writing the JSON files of a dataset: parse errors become one kps::FileError that
// names the file and the line and column of the fault; writes are atomic.

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace kps {

// Parses text as JSON. Throws kps::FileError(file, "line L, column C: what is wrong").
// Python's json module writes bare NaN / Infinity; those are read as null so that validation
// can report them as non-finite numbers instead of rejecting the whole file.
nlohmann::ordered_json parseJsonText(const std::string& text,
                                     const std::filesystem::path& file = {});
// Reads and parses a file; throws kps::FileError.
nlohmann::ordered_json readJsonFile(const std::filesystem::path& file);
// Serialises with `indent` spaces (negative: compact) and writes atomically; throws kps::FileError.
void writeJsonFile(const std::filesystem::path& file, const nlohmann::ordered_json& json,
                   int indent = 4);

// "line L, column C" (1-based) of the last non-blank character among the first byteOffset bytes
// of text; byteOffset is nlohmann's parse_error::byte (bytes read when the error was found).
std::string lineColumnAt(const std::string& text, std::size_t byteOffset);

} // namespace kps
