#include "atomic_file.h"

#include "file_error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <sstream>
#include <unistd.h>

namespace kps {

namespace {

std::string errnoText() { return std::strerror(errno); }

std::filesystem::path temporarySibling(const std::filesystem::path& path)
{
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    std::ostringstream name;
    name << '.' << path.filename().string() << ".tmp" << std::hex << rng();
    return path.parent_path() / name.str();
}

} // namespace

void writeFileAtomically(const std::filesystem::path& path, const std::string& bytes)
{
    const std::filesystem::path tmp = temporarySibling(path);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        throw FileError(path, "cannot create temporary file: " + errnoText());
    size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const std::string why = errnoText();
            ::close(fd);
            ::unlink(tmp.c_str());
            throw FileError(path, "cannot write: " + why);
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string why = errnoText();
        ::unlink(tmp.c_str());
        throw FileError(path, "cannot flush to disk: " + why);
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string why = errnoText();
        ::unlink(tmp.c_str());
        throw FileError(path, "cannot replace file: " + why);
    }
}

std::string readWholeFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FileError(path, "cannot open for reading");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        throw FileError(path, "read error");
    return buffer.str();
}

} // namespace kps
