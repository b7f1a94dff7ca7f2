#pragma once
// Writes files so that a reader never sees a half-written one: the bytes go to a temporary file
// in the same folder, are flushed to disk, then renamed over the target in one step.

#include <cstddef>
#include <filesystem>
#include <string>

namespace kps {

// Throws kps::FileError naming the path when any step fails; the target is then untouched.
void writeFileAtomically(const std::filesystem::path& path, const std::string& bytes);

// Streams a large file to a temporary sibling; commit() flushes and renames it over the target.
// Destroyed without commit(), it removes the temporary file and leaves the target untouched.
class AtomicFileWriter
{
public:
    explicit AtomicFileWriter(std::filesystem::path path); // throws kps::FileError
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    void write(const void* data, std::size_t size); // throws kps::FileError
    void commit();                                  // throws kps::FileError

private:
    std::filesystem::path m_path;
    std::filesystem::path m_temporary;
    int m_fd = -1;
};

// Reads a whole file; throws kps::FileError naming the path when it cannot.
std::string readWholeFile(const std::filesystem::path& path);

} // namespace kps
