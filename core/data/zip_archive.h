#pragma once
// The small ZIP subset that NumPy's .npz files and Keras's .keras files use: members stored or
// deflated (zlib), read through the central directory (ZIP64 sizes and offsets understood), and
// written as np.savez_compressed writes them (deflate, one member per array). Everything in
// memory; no encryption, no multi-disk archives. Errors throw kps::FileError naming the file.

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace kps {

struct ZipMember
{
    std::string name;
    std::string data; // uncompressed bytes
};

class ZipReader
{
public:
    // Parses the central directory of the archive held in `bytes`; `file` names it in errors.
    ZipReader(std::string bytes, std::filesystem::path file);
    static ZipReader open(const std::filesystem::path& file);

    std::vector<std::string> names() const;
    bool contains(const std::string& name) const;
    // The member's uncompressed bytes; at most maxBytes of them when maxBytes > 0 (enough to read
    // a header without inflating a large member). Throws when the member is missing.
    std::string read(const std::string& name, std::size_t maxBytes = 0) const;

private:
    struct Entry
    {
        std::string name;
        int method = 0;
        unsigned long crc = 0;
        std::size_t compressedSize = 0;
        std::size_t size = 0;
        std::size_t localHeaderOffset = 0;
    };
    const Entry& entry(const std::string& name) const;

    std::string m_bytes;
    std::filesystem::path m_file;
    std::vector<Entry> m_entries;
};

// The complete archive: deflated members (compress = false: stored), 32-bit sizes (throws
// std::length_error beyond 4 GiB).
std::string writeZipArchive(const std::vector<ZipMember>& members, bool compress = true);

} // namespace kps
