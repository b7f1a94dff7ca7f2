#include "zip_archive.h"

#include "atomic_file.h"
#include "file_error.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <stdexcept>

namespace kps {

namespace {

constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr std::uint32_t kZip64EndLocator = 0x07064b50;
constexpr std::uint32_t kZip64End = 0x06064b50;
constexpr std::uint32_t kMax32 = 0xffffffffu;

std::uint64_t readLittle(const std::string& bytes, std::size_t offset, int size)
{
    std::uint64_t value = 0;
    for (int i = 0; i < size; ++i)
        value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[offset + i]))
                 << (8 * i);
    return value;
}

void appendLittle(std::string& out, std::uint64_t value, int size)
{
    for (int i = 0; i < size; ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

std::string deflateRaw(const std::string& data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("zlib: deflateInit2 failed");
    std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        throw std::runtime_error("zlib: deflate did not finish");
    return out;
}

} // namespace

ZipReader::ZipReader(std::string bytes, std::filesystem::path file)
    : m_bytes(std::move(bytes)), m_file(std::move(file))
{
    const std::string& b = m_bytes;
    if (b.size() < 22)
        throw FileError(m_file, "not a zip archive (too short)");
    // The end record sits in the last 22 + 65535 (comment) bytes.
    std::size_t end = std::string::npos;
    const std::size_t lowest = b.size() > 22 + 65535 ? b.size() - 22 - 65535 : 0;
    for (std::size_t pos = b.size() - 22 + 1; pos-- > lowest;)
        if (readLittle(b, pos, 4) == kEndOfCentralDirectory) {
            end = pos;
            break;
        }
    if (end == std::string::npos)
        throw FileError(m_file, "not a zip archive (no end of central directory)");
    std::uint64_t count = readLittle(b, end + 10, 2);
    std::uint64_t directoryOffset = readLittle(b, end + 16, 4);
    if ((count == 0xffff || directoryOffset == kMax32) && end >= 20 &&
        readLittle(b, end - 20, 4) == kZip64EndLocator) {
        const std::uint64_t zip64End = readLittle(b, end - 20 + 8, 8);
        if (zip64End + 56 > b.size() || readLittle(b, zip64End, 4) != kZip64End)
            throw FileError(m_file, "corrupt zip archive (bad ZIP64 end record)");
        count = readLittle(b, zip64End + 32, 8);
        directoryOffset = readLittle(b, zip64End + 48, 8);
    }

    std::size_t pos = directoryOffset;
    for (std::uint64_t i = 0; i < count; ++i) {
        if (pos + 46 > b.size() || readLittle(b, pos, 4) != kCentralHeader)
            throw FileError(m_file, "corrupt zip archive (central directory entry " +
                                        std::to_string(i) + ")");
        Entry entry;
        const int flags = static_cast<int>(readLittle(b, pos + 8, 2));
        entry.method = static_cast<int>(readLittle(b, pos + 10, 2));
        entry.crc = static_cast<unsigned long>(readLittle(b, pos + 16, 4));
        std::uint64_t compressed = readLittle(b, pos + 20, 4);
        std::uint64_t size = readLittle(b, pos + 24, 4);
        const std::size_t nameLength = readLittle(b, pos + 28, 2);
        const std::size_t extraLength = readLittle(b, pos + 30, 2);
        const std::size_t commentLength = readLittle(b, pos + 32, 2);
        std::uint64_t offset = readLittle(b, pos + 42, 4);
        if (pos + 46 + nameLength + extraLength + commentLength > b.size())
            throw FileError(m_file, "corrupt zip archive (truncated central directory)");
        entry.name = b.substr(pos + 46, nameLength);
        // ZIP64 extended information: the 64-bit values of the fields set to 0xffffffff, in order.
        for (std::size_t extra = pos + 46 + nameLength;
             extra + 4 <= pos + 46 + nameLength + extraLength;) {
            const std::uint64_t id = readLittle(b, extra, 2);
            const std::size_t length = readLittle(b, extra + 2, 2);
            std::size_t field = extra + 4;
            if (id == 0x0001) {
                for (std::uint64_t* value : {&size, &compressed, &offset})
                    if (*value == kMax32 && field + 8 <= extra + 4 + length) {
                        *value = readLittle(b, field, 8);
                        field += 8;
                    }
            }
            extra += 4 + length;
        }
        if (flags & 1)
            throw FileError(m_file, entry.name + ": encrypted zip members are not supported");
        if (entry.method != 0 && entry.method != 8)
            throw FileError(m_file, entry.name + ": unsupported zip compression method " +
                                        std::to_string(entry.method) +
                                        " (only stored and deflate)");
        entry.compressedSize = compressed;
        entry.size = size;
        entry.localHeaderOffset = offset;
        m_entries.push_back(std::move(entry));
        pos += 46 + nameLength + extraLength + commentLength;
    }
}

ZipReader ZipReader::open(const std::filesystem::path& file)
{
    return ZipReader(readWholeFile(file), file);
}

std::vector<std::string> ZipReader::names() const
{
    std::vector<std::string> out;
    for (const Entry& e : m_entries)
        out.push_back(e.name);
    return out;
}

bool ZipReader::contains(const std::string& name) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&](const Entry& e) { return e.name == name; });
}

const ZipReader::Entry& ZipReader::entry(const std::string& name) const
{
    for (const Entry& e : m_entries)
        if (e.name == name)
            return e;
    throw FileError(m_file, "zip archive has no member \"" + name + "\"");
}

std::string ZipReader::read(const std::string& name, std::size_t maxBytes) const
{
    const Entry& e = entry(name);
    const std::string& b = m_bytes;
    const std::size_t header = e.localHeaderOffset;
    if (header + 30 > b.size() || readLittle(b, header, 4) != kLocalHeader)
        throw FileError(m_file, name + ": corrupt zip archive (bad local header)");
    const std::size_t dataOffset =
        header + 30 + readLittle(b, header + 26, 2) + readLittle(b, header + 28, 2);
    if (dataOffset + e.compressedSize > b.size())
        throw FileError(m_file, name + ": corrupt zip archive (member data truncated)");
    const std::size_t wanted = maxBytes > 0 ? std::min(maxBytes, e.size) : e.size;
    if (e.method == 0) {
        if (e.compressedSize != e.size)
            throw FileError(m_file, name + ": corrupt zip archive (stored sizes differ)");
        return b.substr(dataOffset, wanted);
    }

    std::string out(wanted, '\0');
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        throw FileError(m_file, name + ": zlib inflateInit2 failed");
    // zlib counts in uInt: feed and drain in chunks below 4 GiB.
    std::size_t consumed = 0, produced = 0;
    int status = Z_OK;
    constexpr std::size_t kChunk = std::size_t(1) << 30;
    while (produced < wanted && status != Z_STREAM_END) {
        const std::size_t in = std::min(kChunk, e.compressedSize - consumed);
        const std::size_t room = std::min(kChunk, wanted - produced);
        stream.next_in =
            reinterpret_cast<Bytef*>(const_cast<char*>(b.data() + dataOffset + consumed));
        stream.avail_in = static_cast<uInt>(in);
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
        stream.avail_out = static_cast<uInt>(room);
        status = inflate(&stream, Z_NO_FLUSH);
        consumed += in - stream.avail_in;
        produced += room - stream.avail_out;
        if (status != Z_OK && status != Z_STREAM_END &&
            !(status == Z_BUF_ERROR && produced == wanted)) {
            inflateEnd(&stream);
            throw FileError(m_file, name + ": corrupt deflate data (zlib error " +
                                        std::to_string(status) + ")");
        }
        if (status == Z_OK && in == 0 && stream.avail_out == room)
            break; // no input left, no progress
    }
    inflateEnd(&stream);
    if (produced != wanted)
        throw FileError(m_file, name + ": corrupt zip archive (inflated " +
                                    std::to_string(produced) + " bytes, expected " +
                                    std::to_string(wanted) + ")");
    if (wanted == e.size && crc32_z(0L, reinterpret_cast<const Bytef*>(out.data()), out.size()) !=
                                static_cast<uLong>(e.crc))
        throw FileError(m_file, name + ": CRC mismatch (corrupt zip member)");
    return out;
}

std::string writeZipArchive(const std::vector<ZipMember>& members, bool compress)
{
    std::string out;
    std::string directory;
    for (const ZipMember& member : members) {
        const std::string payload = compress ? deflateRaw(member.data) : member.data;
        const unsigned long crc =
            crc32_z(0L, reinterpret_cast<const Bytef*>(member.data.data()), member.data.size());
        if (member.data.size() >= kMax32 || payload.size() >= kMax32 || out.size() >= kMax32)
            throw std::length_error(member.name + ": zip members over 4 GiB are not supported");
        const std::size_t offset = out.size();
        const int method = compress ? 8 : 0;
        // Local header, then the same fields in the central directory entry.
        const auto common = [&](std::string& to) {
            appendLittle(to, 20, 2); // version needed: 2.0 (deflate)
            appendLittle(to, 0, 2);  // flags
            appendLittle(to, method, 2);
            appendLittle(to, 0, 2);    // time 00:00:00
            appendLittle(to, 0x21, 2); // date 1980-01-01
            appendLittle(to, crc, 4);
            appendLittle(to, payload.size(), 4);
            appendLittle(to, member.data.size(), 4);
            appendLittle(to, member.name.size(), 2);
            appendLittle(to, 0, 2); // extra length
        };
        appendLittle(out, kLocalHeader, 4);
        common(out);
        out += member.name;
        out += payload;

        appendLittle(directory, kCentralHeader, 4);
        appendLittle(directory, 20, 2); // version made by
        common(directory);
        appendLittle(directory, 0, 2);           // comment length
        appendLittle(directory, 0, 2);           // disk number
        appendLittle(directory, 0, 2);           // internal attributes
        appendLittle(directory, 0x01800000u, 4); // external: -rw------- (as numpy's temp files)
        appendLittle(directory, offset, 4);
        directory += member.name;
    }
    if (out.size() >= kMax32 || members.size() >= 0xffff)
        throw std::length_error("zip archive over 4 GiB or 65535 members is not supported");
    const std::size_t directoryOffset = out.size();
    out += directory;
    appendLittle(out, kEndOfCentralDirectory, 4);
    appendLittle(out, 0, 2);
    appendLittle(out, 0, 2);
    appendLittle(out, members.size(), 2);
    appendLittle(out, members.size(), 2);
    appendLittle(out, directory.size(), 4);
    appendLittle(out, directoryOffset, 4);
    appendLittle(out, 0, 2);
    return out;
}

} // namespace kps
