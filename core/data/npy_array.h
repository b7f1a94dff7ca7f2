#pragma once
// A minimal NumPy .npy (format version 1.0) array: little-endian float32 or uint8, C order. Used
// for the raw heatmap snapshots of a training run, so Python (numpy.load) and the GUI read the
// same bytes. No torch here: widgets-side code may read snapshots.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kps {

struct NpyArray
{
    enum class Type
    {
        Float32,
        UInt8
    };

    Type type = Type::Float32;
    std::vector<std::size_t> shape;
    std::vector<char> data; // raw little-endian element bytes, C order

    std::size_t elementCount() const;
    std::size_t elementSize() const { return type == Type::Float32 ? 4 : 1; }
    const float* floats() const { return reinterpret_cast<const float*>(data.data()); }
    const std::uint8_t* bytes() const { return reinterpret_cast<const std::uint8_t*>(data.data()); }

    static NpyArray fromFloats(std::vector<std::size_t> shape, const float* values);
    static NpyArray fromBytes(std::vector<std::size_t> shape, const std::uint8_t* values);

    // The complete file contents: magic, version 1.0, header dict padded to 64 bytes, data.
    std::string serialize() const;
    // Throws kps::FileError(file, ...) for anything but v1/v2 '<f4', '<f8' (read as float32) or
    // '|u1' C-order arrays.
    static NpyArray parse(const std::string& bytes, const std::filesystem::path& file = {});
    // Type and shape only (data stays empty): bytes need to hold the header, not the data.
    static NpyArray parseHeader(const std::string& bytes, const std::filesystem::path& file = {});

    void save(const std::filesystem::path& file) const; // atomic
    static NpyArray load(const std::filesystem::path& file);

private:
    static NpyArray parseImpl(const std::string& bytes, const std::filesystem::path& file,
                              bool withData);
};

} // namespace kps
