#include "npy_array.h"

#include "atomic_file.h"
#include "file_error.h"

#include <cstring>
#include <sstream>

namespace kps {

namespace {

const char kMagic[] = "\x93NUMPY";
constexpr std::size_t kMagicSize = 6;

std::string shapeText(const std::vector<std::size_t>& shape)
{
    std::ostringstream text;
    text << '(';
    for (std::size_t i = 0; i < shape.size(); ++i)
        text << shape[i] << (i + 1 < shape.size() || shape.size() == 1 ? ", " : "");
    text << ')';
    return text.str();
}

// Value text of 'key' in the header dict: from after "'key':" up to the next ',' at depth 0 or
// the closing '}'.
std::string dictValue(const std::string& header, const std::string& key,
                      const std::filesystem::path& file)
{
    const std::string quoted = "'" + key + "'";
    std::size_t pos = header.find(quoted);
    if (pos == std::string::npos)
        throw FileError(file, "npy header has no '" + key + "'");
    pos = header.find(':', pos + quoted.size());
    if (pos == std::string::npos)
        throw FileError(file, "npy header is malformed");
    ++pos;
    int depth = 0;
    std::size_t end = pos;
    for (; end < header.size(); ++end) {
        const char c = header[end];
        if (c == '(')
            ++depth;
        else if (c == ')')
            --depth;
        else if ((c == ',' && depth == 0) || c == '}')
            break;
    }
    std::string value = header.substr(pos, end - pos);
    const auto first = value.find_first_not_of(" ");
    const auto last = value.find_last_not_of(" ");
    return first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
}

} // namespace

std::size_t NpyArray::elementCount() const
{
    std::size_t count = 1;
    for (const std::size_t extent : shape)
        count *= extent;
    return count;
}

NpyArray NpyArray::fromFloats(std::vector<std::size_t> shape, const float* values)
{
    NpyArray array;
    array.type = Type::Float32;
    array.shape = std::move(shape);
    array.data.resize(array.elementCount() * 4);
    if (!array.data.empty())
        std::memcpy(array.data.data(), values, array.data.size());
    return array;
}

NpyArray NpyArray::fromBytes(std::vector<std::size_t> shape, const std::uint8_t* values)
{
    NpyArray array;
    array.type = Type::UInt8;
    array.shape = std::move(shape);
    array.data.resize(array.elementCount());
    if (!array.data.empty())
        std::memcpy(array.data.data(), values, array.data.size());
    return array;
}

std::string NpyArray::serialize() const
{
    // Little-endian hosts only (x86-64, aarch64): the element bytes are written as they are.
    std::string header = std::string("{'descr': '") + (type == Type::Float32 ? "<f4" : "|u1") +
                         "', 'fortran_order': False, 'shape': " + shapeText(shape) + ", }";
    const std::size_t unpadded = kMagicSize + 2 + 2 + header.size() + 1;
    header.append((64 - unpadded % 64) % 64, ' ');
    header.push_back('\n');
    std::string out(kMagic, kMagicSize);
    out.push_back('\x01');
    out.push_back('\x00');
    out.push_back(static_cast<char>(header.size() & 0xff));
    out.push_back(static_cast<char>((header.size() >> 8) & 0xff));
    out += header;
    out.append(data.data(), data.size());
    return out;
}

NpyArray NpyArray::parse(const std::string& bytes, const std::filesystem::path& file)
{
    return parseImpl(bytes, file, true);
}

NpyArray NpyArray::parseHeader(const std::string& bytes, const std::filesystem::path& file)
{
    return parseImpl(bytes, file, false);
}

NpyArray NpyArray::parseImpl(const std::string& bytes, const std::filesystem::path& file,
                             bool withData)
{
    if (bytes.size() < 10 || bytes.compare(0, kMagicSize, kMagic, kMagicSize) != 0)
        throw FileError(file, "not a .npy file");
    const int major = static_cast<unsigned char>(bytes[6]);
    std::size_t headerLength = 0;
    std::size_t offset = 0;
    if (major == 1) {
        headerLength =
            static_cast<unsigned char>(bytes[8]) | (static_cast<unsigned char>(bytes[9]) << 8);
        offset = 10;
    } else if (major == 2 && bytes.size() >= 12) {
        headerLength = 0;
        for (int i = 0; i < 4; ++i)
            headerLength |= static_cast<std::size_t>(static_cast<unsigned char>(bytes[8 + i]))
                            << (8 * i);
        offset = 12;
    } else {
        throw FileError(file, "unsupported .npy version " + std::to_string(major));
    }
    if (bytes.size() < offset + headerLength)
        throw FileError(file, "truncated .npy header");
    const std::string header = bytes.substr(offset, headerLength);

    NpyArray array;
    const std::string descr = dictValue(header, "descr", file);
    bool doubles = false; // '<f8' (numpy's default float) is read and narrowed to float32
    if (descr == "'<f4'")
        array.type = Type::Float32;
    else if (descr == "'<f8'")
        array.type = Type::Float32, doubles = true;
    else if (descr == "'|u1'" || descr == "'<u1'")
        array.type = Type::UInt8;
    else
        throw FileError(file,
                        "unsupported .npy dtype " + descr + " (expected '<f4', '<f8' or '|u1')");
    if (dictValue(header, "fortran_order", file) != "False")
        throw FileError(file, "Fortran-order .npy arrays are not supported");
    const std::string shape = dictValue(header, "shape", file);
    if (shape.size() < 2 || shape.front() != '(' || shape.back() != ')')
        throw FileError(file, "malformed .npy shape " + shape);
    std::istringstream extents(shape.substr(1, shape.size() - 2));
    std::string item;
    while (std::getline(extents, item, ',')) {
        if (item.find_first_not_of(' ') == std::string::npos)
            continue;
        try {
            array.shape.push_back(static_cast<std::size_t>(std::stoull(item)));
        } catch (const std::exception&) {
            throw FileError(file, "malformed .npy shape " + shape);
        }
    }
    if (!withData)
        return array;
    const std::size_t dataBytes = array.elementCount() * (doubles ? 8 : array.elementSize());
    if (bytes.size() - offset - headerLength < dataBytes)
        throw FileError(file,
                        "truncated .npy data: expected " + std::to_string(dataBytes) + " bytes");
    if (doubles) {
        array.data.resize(array.elementCount() * 4);
        const char* source = bytes.data() + offset + headerLength;
        float* target = reinterpret_cast<float*>(array.data.data());
        for (std::size_t i = 0; i < array.elementCount(); ++i) {
            double value;
            std::memcpy(&value, source + i * 8, 8);
            target[i] = static_cast<float>(value);
        }
        return array;
    }
    array.data.assign(bytes.begin() + static_cast<std::ptrdiff_t>(offset + headerLength),
                      bytes.begin() +
                          static_cast<std::ptrdiff_t>(offset + headerLength + dataBytes));
    return array;
}

void NpyArray::save(const std::filesystem::path& file) const
{
    writeFileAtomically(file, serialize());
}

NpyArray NpyArray::load(const std::filesystem::path& file)
{
    return parse(readWholeFile(file), file);
}

} // namespace kps
