#pragma once
// Writes files so that a reader never sees a half-written one: the bytes go to a temporary file
// in the same folder, are flushed to disk, then renamed over the target in one step.

#include <filesystem>
#include <string>

namespace kps {

// Throws kps::FileError naming the path when any step fails; the target is then untouched.
void writeFileAtomically(const std::filesystem::path& path, const std::string& bytes);

// Reads a whole file; throws kps::FileError naming the path when it cannot.
std::string readWholeFile(const std::filesystem::path& path);

} // namespace kps
