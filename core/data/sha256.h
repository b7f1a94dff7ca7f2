#pragma once
// SHA-256 (FIPS 180-4) of bytes or of a file, as lowercase hex: identifies the exact weights an
// exported model was made from. Pure computation, any thread.

#include <cstddef>
#include <filesystem>
#include <string>

namespace kps {

std::string sha256Hex(const void* data, std::size_t size);
// Streams the file; throws kps::FileError naming it when it cannot be read.
std::string sha256HexOfFile(const std::filesystem::path& file);

} // namespace kps
