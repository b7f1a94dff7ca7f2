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

std::string errnoText()
{
    return std::strerror(errno);
}

std::filesystem::path temporarySibling(const std::filesystem::path& path)
{
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    std::ostringstream name;
    name << '.' << path.filename().string() << ".tmp" << std::hex << rng();
    return path.parent_path() / name.str();
}

} // namespace

AtomicFileWriter::AtomicFileWriter(std::filesystem::path path)
    : m_path(std::move(path)), m_temporary(temporarySibling(m_path))
{
    m_fd = ::open(m_temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throw FileError(m_path, "cannot create temporary file: " + errnoText());
}

AtomicFileWriter::~AtomicFileWriter()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        ::unlink(m_temporary.c_str());
    }
}

void AtomicFileWriter::write(const void* data, std::size_t size)
{
    const char* bytes = static_cast<const char*>(data);
    std::size_t written = 0;
    while (written < size) {
        const ssize_t n = ::write(m_fd, bytes + written, size - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw FileError(m_path, "cannot write: " + errnoText());
        }
        written += static_cast<std::size_t>(n);
    }
}

void AtomicFileWriter::commit()
{
    const int fd = m_fd;
    m_fd = -1;
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string why = errnoText();
        ::unlink(m_temporary.c_str());
        throw FileError(m_path, "cannot flush to disk: " + why);
    }
    if (std::rename(m_temporary.c_str(), m_path.c_str()) != 0) {
        const std::string why = errnoText();
        ::unlink(m_temporary.c_str());
        throw FileError(m_path, "cannot replace file: " + why);
    }
}

void writeFileAtomically(const std::filesystem::path& path, const std::string& bytes)
{
    AtomicFileWriter writer(path);
    writer.write(bytes.data(), bytes.size());
    writer.commit();
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
