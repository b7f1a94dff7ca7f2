#pragma once
// The one exception type core/ throws for bad input or failed I/O. Its message always names the
// file and says what is wrong, so callers (GUI, CLI) can show it unchanged.

#include <filesystem>
#include <stdexcept>
#include <string>

namespace kps {

class FileError : public std::runtime_error
{
public:
    FileError(const std::filesystem::path& file, const std::string& what)
        : std::runtime_error(file.empty() ? what : file.string() + ": " + what), m_file(file)
    {
    }
    const std::filesystem::path& file() const { return m_file; }

private:
    std::filesystem::path m_file;
};

} // namespace kps
